/* quadrant-document-lock.c: the document's lock beside its file, for shared
 * folders (quadrant-lock.h)
 *
 * The document writes its lock when it gets a file (load, Save As) and
 * removes it when it closes or moves to another file. When someone else's
 * lock is there and not stale, it writes none and says whose it is; the
 * window tells the user and asks before saving over their work. A
 * read-only document (opened to look while someone else has the file) never
 * writes one; saving it under a new name makes it editable there.
 */
#define G_LOG_DOMAIN "quadrant-document"

#include "config.h"

#include "quadrant-document-private.h"

#define properties _quadrant_document_properties

static void
set_other_lock (QuadrantDocument *self,
                QuadrantLock     *lock)
{
  gboolean was = self->other_lock != NULL;

  g_clear_pointer (&self->other_lock, quadrant_lock_free);
  self->other_lock = lock;
  /* Whose lock it is can change with it (a read again); the window asks
   * again for a lock it has not been told about. */
  if (was != (lock != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED_ELSEWHERE]);
}

void
_quadrant_document_release_lock (QuadrantDocument *self)
{
  if (self->locked_file != NULL)
    quadrant_lock_release (self->locked_file);
  g_clear_object (&self->locked_file);
}

/* Takes the lock beside the file unless someone else holds it. */
static void
check_lock (QuadrantDocument *self)
{
  g_autoptr(QuadrantLock) lock = NULL;
  g_autoptr(GError) error = NULL;

  if (self->file == NULL)
    {
      set_other_lock (self, NULL);
      return;
    }

  lock = quadrant_lock_read (self->file);
  if (lock != NULL && !quadrant_lock_is_ours (lock) && !quadrant_lock_is_stale (lock, NULL))
    {
      set_other_lock (self, g_steal_pointer (&lock));
      return;
    }
  /* Read-only writes no lock: nobody else is told we are only looking. */
  if (self->read_only)
    {
      set_other_lock (self, NULL);
      return;
    }

  if (self->locked_file == NULL || lock == NULL)
    {
      /* A folder we may not write to: nobody learns that we have it open. */
      if (!quadrant_lock_take (self->file, &error))
        g_debug ("No lock beside the register: %s", error->message);
      else
        g_set_object (&self->locked_file, self->file);
    }
  set_other_lock (self, NULL);
}

void
_quadrant_document_lock_file_changed (QuadrantDocument *self,
                                      GFile            *old_file)
{
  /* Accepted for the file it was accepted on (set before loading, too). */
  if (old_file != NULL && (self->file == NULL || !g_file_equal (old_file, self->file)))
    g_clear_pointer (&self->accepted_lock, quadrant_lock_free);
  if (self->locked_file != NULL && (self->file == NULL || !g_file_equal (self->locked_file, self->file)))
    _quadrant_document_release_lock (self);
  check_lock (self);
}

gboolean
quadrant_document_get_locked_elsewhere (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);

  return self->other_lock != NULL;
}

const QuadrantLock *
quadrant_document_get_other_lock (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), NULL);

  return self->other_lock;
}

const QuadrantLock *
quadrant_document_refresh_lock (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), NULL);

  if (!self->closed)
    check_lock (self);
  return self->other_lock;
}

void
quadrant_document_accept_lock (QuadrantDocument   *self,
                               const QuadrantLock *lock)
{
  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));

  g_clear_pointer (&self->accepted_lock, quadrant_lock_free);
  self->accepted_lock = quadrant_lock_copy (lock != NULL ? lock : self->other_lock);
}

gboolean
quadrant_document_get_lock_accepted (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);

  return self->other_lock != NULL && quadrant_lock_equal (self->other_lock, self->accepted_lock);
}

gboolean
quadrant_document_get_read_only (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);

  return self->read_only;
}

void
quadrant_document_set_read_only (QuadrantDocument *self,
                                 gboolean          read_only)
{
  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));

  if (self->read_only == !!read_only)
    return;
  self->read_only = !!read_only;
  if (self->read_only)
    {
      /* Looking only: whoever has it open keeps it to themselves. */
      g_clear_handle_id (&self->draft_source, g_source_remove);
      _quadrant_document_release_lock (self);
    }
  if (!self->closed)
    check_lock (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

void
_quadrant_document_leave_read_only (QuadrantDocument *self)
{
  if (!self->read_only)
    return;
  self->read_only = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}
