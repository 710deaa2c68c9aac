/* quadrant-document-disk.c: what the document keeps in step with the disk
 *
 * Drafts: while the document has unsaved changes, a copy is written to the
 * drafts folder draft-interval seconds after an edit, for recovery after a
 * crash; serialised on the main thread, written in a worker.
 * The file monitor: a change to the open file by another program sets
 * "changed-on-disk" (or "deleted-on-disk"). Events are debounced, and a check
 * that falls into our own save waits for it, so our saves stay silent.
 */
#define G_LOG_DOMAIN "quadrant-document"

#include "config.h"

#include "quadrant-document-private.h"
#include "quadrant-writer.h"

#define MONITOR_DEBOUNCE_MS 300

#define properties _quadrant_document_properties

/* ---- Drafts ---- */

typedef struct
{
  char   *dir;
  char   *id;
  GBytes *bytes;
  GFile  *original;
  char   *etag;
} DraftData;

static void
draft_data_free (DraftData *data)
{
  g_free (data->dir);
  g_free (data->id);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_object (&data->original);
  g_free (data->etag);
  g_free (data);
}

static void
remove_draft_files (QuadrantDocument *self,
                    const char       *id)
{
  g_autoptr(GError) error = NULL;

  if (!quadrant_drafts_remove (self->drafts_dir, id, &error))
    g_warning ("Could not remove draft %s: %s", id, error->message);
}

void
quadrant_document_discard_draft (QuadrantDocument *self)
{
  g_autofree char *id = NULL;

  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_again = FALSE;
  if (self->draft_id == NULL)
    return;

  id = g_steal_pointer (&self->draft_id);
  /* A write under way would bring the files back: they go once it ends. */
  if (self->draft_writing)
    {
      g_free (self->draft_to_remove);
      self->draft_to_remove = g_steal_pointer (&id);
    }
  else
    remove_draft_files (self, id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_ID]);
}

/* What to write as the draft: bytes (serialised now when NULL). */
static DraftData *
draft_data_now (QuadrantDocument *self,
                GBytes           *bytes)
{
  DraftData *data = g_new0 (DraftData, 1);

  if (self->draft_id == NULL)
    {
      self->draft_id = quadrant_drafts_new_id ();
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_ID]);
    }

  data->dir = g_strdup (self->drafts_dir);
  data->id = g_strdup (self->draft_id);
  data->bytes = bytes != NULL ? bytes : quadrant_writer_to_bytes (self->reg);
  data->original = self->file != NULL ? g_object_ref (self->file) : NULL;
  data->etag = g_strdup (self->etag);
  return data;
}

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DraftData *data = task_data;
  GError *error = NULL;

  if (quadrant_drafts_write (data->dir, data->id, data->bytes, data->original, data->etag, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* A draft write ended (or never started): what waited for it goes on. */
static void
draft_write_ended (QuadrantDocument *self)
{
  self->draft_writing = FALSE;
  if (self->draft_to_remove != NULL)
    {
      g_autofree char *id = g_steal_pointer (&self->draft_to_remove);

      remove_draft_files (self, id);
    }
  if (self->draft_again)
    {
      self->draft_again = FALSE;
      _quadrant_document_schedule_draft (self);
    }
}

static void
draft_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);
  g_autoptr(GTask) outer = user_data;
  DraftData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  draft_write_ended (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_warning ("Could not write the draft of %s: %s", data->id, error->message);
      g_task_return_error (outer, error);
    }
  else
    g_task_return_boolean (outer, TRUE);
}

static void
draft_serialised_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);
  GTask *outer = user_data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  DraftData *data;

  bytes = _quadrant_document_serialise_finish (self, result, &reg, NULL, NULL);
  /* Discarded meanwhile (saved, or closed), or another register loaded. */
  if (self->draft_id == NULL || reg != self->reg || bytes == NULL)
    {
      draft_write_ended (self);
      g_task_return_boolean (outer, TRUE);
      g_object_unref (outer);
      return;
    }

  data = draft_data_now (self, g_steal_pointer (&bytes));
  task = g_task_new (self, g_task_get_cancellable (outer), draft_done_cb, outer);
  g_task_set_task_data (task, data, (GDestroyNotify) draft_data_free);
  g_task_run_in_thread (task, draft_thread);
}

void
quadrant_document_save_draft_async (QuadrantDocument    *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *outer;

  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, quadrant_document_save_draft_async);

  /* One write at a time; an edit meanwhile gets a draft after this one. A
   * read-only document has nothing of its own to keep. */
  if (self->draft_writing || self->read_only)
    {
      self->draft_again = !self->read_only;
      g_task_return_boolean (outer, TRUE);
      g_object_unref (outer);
      return;
    }

  self->draft_writing = TRUE;
  if (self->draft_id == NULL)
    {
      self->draft_id = quadrant_drafts_new_id ();
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_ID]);
    }
  _quadrant_document_serialise_async (self, FALSE, NULL, draft_serialised_cb, outer);
}

gboolean
quadrant_document_save_draft_finish (QuadrantDocument  *self,
                                     GAsyncResult      *result,
                                     GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
draft_timeout_cb (gpointer user_data)
{
  QuadrantDocument *self = user_data;

  self->draft_source = 0;
  if (quadrant_document_get_unsaved (self))
    quadrant_document_save_draft_async (self, NULL, NULL, NULL);
  else
    quadrant_document_discard_draft (self); /* undone back to the saved state */
  return G_SOURCE_REMOVE;
}

void
_quadrant_document_schedule_draft (QuadrantDocument *self)
{
  /* Not restarted by later edits: a steady typist still gets a draft every interval. */
  if (self->draft_source != 0 || self->draft_interval == 0 || self->closed || self->read_only)
    return;
  self->draft_source = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, self->draft_interval,
                                                   draft_timeout_cb, self, NULL);
}

void
quadrant_document_set_draft_interval (QuadrantDocument *self,
                                      guint             seconds)
{
  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));

  if (self->draft_interval == seconds)
    return;
  self->draft_interval = seconds;
  if (self->draft_source != 0)
    {
      g_clear_handle_id (&self->draft_source, g_source_remove);
      _quadrant_document_schedule_draft (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_INTERVAL]);
}

/* ---- The file on disk ---- */

void
_quadrant_document_set_disk_state (QuadrantDocument *self,
                                   gboolean          changed,
                                   gboolean          deleted)
{
  if (self->changed_on_disk != !!changed)
    {
      self->changed_on_disk = !!changed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_ON_DISK]);
    }
  if (self->deleted_on_disk != !!deleted)
    {
      self->deleted_on_disk = !!deleted;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_ON_DISK]);
    }
}

/* By content, not time (a change that restores the mtime is still one);
 * hashing a large file is work for a worker. */
static void
identity_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;
  char *identity = quadrant_safe_file_identity (task_data, &error);

  if (identity == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, identity, g_free);
}

static void
identity_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *identity = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_task_get_cancellable (G_TASK (result)) != self->check_cancellable)
    return; /* a newer check, or none any more */
  g_clear_object (&self->check_cancellable);

  if (identity == NULL)
    {
      g_clear_pointer (&self->disk_etag, g_free);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        _quadrant_document_set_disk_state (self, FALSE, TRUE);
      return;
    }

  g_free (self->disk_etag);
  self->disk_etag = g_strdup (identity);
  if (g_strcmp0 (identity, self->etag) == 0)
    _quadrant_document_set_disk_state (self, FALSE, FALSE); /* our own save, or changed back */
  else if (g_strcmp0 (identity, self->dismissed_etag) != 0)
    _quadrant_document_set_disk_state (self, TRUE, FALSE);
}

static void
check_disk (QuadrantDocument *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->file == NULL)
    return;

  /* Our own save is being written: its identity is not known yet. */
  if (self->saving)
    {
      self->check_after_save = TRUE;
      return;
    }

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->check_cancellable, identity_done_cb, NULL);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, identity_thread);
}

static gboolean
check_disk_cb (gpointer user_data)
{
  QuadrantDocument *self = user_data;

  self->monitor_source = 0;
  check_disk (self);
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (QuadrantDocument  *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
      /* Editors and our own writer replace a file in several events. */
      g_clear_handle_id (&self->monitor_source, g_source_remove);
      self->monitor_source = g_timeout_add (MONITOR_DEBOUNCE_MS, check_disk_cb, self);
      break;
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

void
_quadrant_document_stop_monitor (QuadrantDocument *self)
{
  g_clear_handle_id (&self->monitor_source, g_source_remove);
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_after_save = FALSE;
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

void
_quadrant_document_restart_monitor (QuadrantDocument *self)
{
  g_autoptr(GError) error = NULL;

  _quadrant_document_stop_monitor (self);
  g_clear_pointer (&self->dismissed_etag, g_free);
  g_clear_pointer (&self->disk_etag, g_free);
  _quadrant_document_set_disk_state (self, FALSE, FALSE);

  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching the file: %s", error->message);
      return;
    }
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

void
_quadrant_document_saved_to_disk (QuadrantDocument *self)
{
  g_clear_pointer (&self->dismissed_etag, g_free);
  g_clear_pointer (&self->disk_etag, g_free);
  if (self->check_after_save)
    {
      self->check_after_save = FALSE;
      check_disk (self);
    }
  else
    _quadrant_document_set_disk_state (self, FALSE, FALSE);
}

void
quadrant_document_dismiss_disk_change (QuadrantDocument *self)
{
  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));

  /* Stay quiet about this change, but not about the next one. The change is
   * the content the worker hashed: hashing again here would read a large
   * register from a slow share on the main thread. */
  g_free (self->dismissed_etag);
  self->dismissed_etag = g_strdup (self->disk_etag);
  _quadrant_document_set_disk_state (self, FALSE, FALSE);
}

gboolean
quadrant_document_get_changed_on_disk (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);
  return self->changed_on_disk;
}

gboolean
quadrant_document_get_deleted_on_disk (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);
  return self->deleted_on_disk;
}

void
quadrant_document_close (QuadrantDocument *self)
{
  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));

  if (self->closed)
    return;
  self->closed = TRUE;
  _quadrant_document_stop_monitor (self);
  _quadrant_document_release_lock (self);

  /* Closed with unsaved changes (not through the close question): the draft
   * is brought up to date now, as nothing runs after this. */
  if (self->reg != NULL && !quadrant_document_get_unsaved (self))
    quadrant_document_discard_draft (self);
  else if (self->reg != NULL && self->draft_source != 0)
    {
      g_autoptr(GError) error = NULL;
      DraftData *data = draft_data_now (self, NULL);

      if (!quadrant_drafts_write (data->dir, data->id, data->bytes, data->original, data->etag, &error))
        g_warning ("Could not write the draft of %s: %s", data->id, error->message);
      draft_data_free (data);
    }
  g_clear_handle_id (&self->draft_source, g_source_remove);
}
