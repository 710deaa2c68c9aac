/* quadrant-drafts.c: draft copies of unsaved registers, for recovery after a crash */
#define G_LOG_DOMAIN "quadrant-drafts"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "quadrant-drafts.h"
#include "quadrant-safe-file.h"

#define DRAFT_SUFFIX    ".quadrant.xml"
#define SIDECAR_SUFFIX  ".draft"
#define LOCK_SUFFIX     ".lock"
#define SIDECAR_GROUP   "Draft"

/* A draft is in use while its process holds the lock on <id>.lock: the
 * kernel drops it when the process ends, however it ends, so a reused PID
 * can never make an abandoned draft look alive. Path -> descriptor. */
static GMutex held_lock;
static GHashTable *held;

G_DEFINE_BOXED_TYPE (QuadrantDraft, quadrant_draft, quadrant_draft_copy, quadrant_draft_free)

QuadrantDraft *
quadrant_draft_copy (const QuadrantDraft *draft)
{
  QuadrantDraft *copy;

  g_return_val_if_fail (draft != NULL, NULL);

  copy = g_new0 (QuadrantDraft, 1);
  copy->id = g_strdup (draft->id);
  copy->file = draft->file ? g_object_ref (draft->file) : NULL;
  copy->original = draft->original ? g_object_ref (draft->original) : NULL;
  copy->etag = g_strdup (draft->etag);
  copy->modified = draft->modified;
  copy->pid = draft->pid;

  return copy;
}

void
quadrant_draft_free (QuadrantDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->id);
  g_clear_object (&draft->file);
  g_clear_object (&draft->original);
  g_free (draft->etag);
  g_free (draft);
}

char *
quadrant_drafts_get_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "drafts", NULL);
}

char *
quadrant_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
draft_path (const char *dir,
            const char *id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* Takes the lock of draft path (a .lock file) for this process, once. */
static void
hold_lock (const char *lock_path)
{
  int fd;

  g_mutex_lock (&held_lock);
  if (held == NULL)
    held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_contains (held, lock_path))
    {
      fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
      if (fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) == 0)
        g_hash_table_insert (held, g_strdup (lock_path), GINT_TO_POINTER (fd));
      else if (fd >= 0)
        close (fd);
    }
  g_mutex_unlock (&held_lock);
}

static gboolean
holds_lock (const char *lock_path)
{
  gboolean holds;

  g_mutex_lock (&held_lock);
  holds = held != NULL && g_hash_table_contains (held, lock_path);
  g_mutex_unlock (&held_lock);
  return holds;
}

/* Removes the lock file and lets go of it, if this process held it. */
static void
release_lock (const char *lock_path)
{
  gpointer fd;

  g_mutex_lock (&held_lock);
  if (held != NULL && g_hash_table_lookup_extended (held, lock_path, NULL, &fd))
    {
      g_unlink (lock_path);
      close (GPOINTER_TO_INT (fd));
      g_hash_table_remove (held, lock_path);
    }
  g_mutex_unlock (&held_lock);
}

/* Whether another process holds the lock of the draft (it is still open). */
static gboolean
locked_elsewhere (const char *lock_path)
{
  int fd;
  gboolean locked;

  if (holds_lock (lock_path))
    return FALSE;
  fd = g_open (lock_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (fd < 0)
    return FALSE;
  locked = flock (fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return locked;
}

gboolean
quadrant_drafts_write (const char  *dir,
                       const char  *id,
                       GBytes      *contents,
                       GFile       *original,
                       const char  *etag,
                       GError     **error)
{
  g_autoptr(GKeyFile) sidecar = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *sidecar_path = NULL;
  g_autofree char *sidecar_data = NULL;
  g_autofree char *xml_path = NULL;
  g_autofree char *lock_path = NULL;
  g_autoptr(GFile) sidecar_file = NULL;
  g_autoptr(GFile) xml_file = NULL;
  gsize sidecar_len;
  gsize len;
  const char *data;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (id != NULL && g_uuid_string_is_valid (id), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (sidecar, SIDECAR_GROUP, "original", uri);
    }
  if (etag != NULL)
    g_key_file_set_string (sidecar, SIDECAR_GROUP, "etag", etag);
  g_key_file_set_int64 (sidecar, SIDECAR_GROUP, "modified", g_date_time_to_unix (now));
  g_key_file_set_integer (sidecar, SIDECAR_GROUP, "pid", (int) getpid ());

  lock_path = draft_path (dir, id, LOCK_SUFFIX);
  hold_lock (lock_path);

  /* The sidecar first: a draft file without it still recovers, as an unsaved register. */
  sidecar_data = g_key_file_to_data (sidecar, &sidecar_len, NULL);
  sidecar_path = draft_path (dir, id, SIDECAR_SUFFIX);
  sidecar_file = g_file_new_for_path (sidecar_path);
  if (!quadrant_safe_file_replace (sidecar_file, sidecar_data, sidecar_len, NULL,
                                   QUADRANT_SAFE_FILE_PRIVATE, NULL, error))
    return FALSE;

  data = g_bytes_get_data (contents, &len);
  xml_path = draft_path (dir, id, DRAFT_SUFFIX);
  xml_file = g_file_new_for_path (xml_path);
  return quadrant_safe_file_replace (xml_file, data, len, NULL,
                                     QUADRANT_SAFE_FILE_PRIVATE, NULL, error);
}

static gboolean
remove_if_present (const char  *path,
                   GError     **error)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
quadrant_drafts_remove (const char  *dir,
                        const char  *id,
                        GError     **error)
{
  g_autofree char *xml_path = NULL;
  g_autofree char *sidecar_path = NULL;
  g_autofree char *lock_path = NULL;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (id != NULL && g_uuid_string_is_valid (id), FALSE);

  /* The register file first, so that a sidecar never outlives nothing but itself
   * for long; a lone sidecar is ignored by list(). */
  xml_path = draft_path (dir, id, DRAFT_SUFFIX);
  if (!remove_if_present (xml_path, error))
    return FALSE;
  sidecar_path = draft_path (dir, id, SIDECAR_SUFFIX);
  if (!remove_if_present (sidecar_path, error))
    return FALSE;
  lock_path = draft_path (dir, id, LOCK_SUFFIX);
  release_lock (lock_path);
  return TRUE;
}

static QuadrantDraft *
read_draft (const char *dir,
            const char *id)
{
  g_autoptr(QuadrantDraft) draft = g_new0 (QuadrantDraft, 1);
  g_autoptr(GKeyFile) sidecar = g_key_file_new ();
  g_autofree char *xml_path = draft_path (dir, id, DRAFT_SUFFIX);
  g_autofree char *sidecar_path = draft_path (dir, id, SIDECAR_SUFFIX);
  GStatBuf st;

  if (g_stat (xml_path, &st) != 0)
    return NULL;

  draft->id = g_strdup (id);
  draft->file = g_file_new_for_path (xml_path);
  draft->modified = (gint64) st.st_mtime;

  if (g_key_file_load_from_file (sidecar, sidecar_path, G_KEY_FILE_NONE, NULL))
    {
      g_autofree char *uri = g_key_file_get_string (sidecar, SIDECAR_GROUP, "original", NULL);
      gint64 modified;

      if (uri != NULL && *uri != '\0')
        draft->original = g_file_new_for_uri (uri);
      draft->etag = g_key_file_get_string (sidecar, SIDECAR_GROUP, "etag", NULL);
      draft->pid = g_key_file_get_integer (sidecar, SIDECAR_GROUP, "pid", NULL);
      modified = g_key_file_get_int64 (sidecar, SIDECAR_GROUP, "modified", NULL);
      if (modified > 0)
        draft->modified = modified;
    }

  return g_steal_pointer (&draft);
}

static gboolean
draft_in_use_elsewhere (const char *dir,
                        const char *id)
{
  g_autofree char *lock_path = draft_path (dir, id, LOCK_SUFFIX);

  return locked_elsewhere (lock_path);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const QuadrantDraft *da = *(const QuadrantDraft * const *) a;
  const QuadrantDraft *db = *(const QuadrantDraft * const *) b;

  if (da->modified != db->modified)
    return da->modified > db->modified ? -1 : 1;
  return strcmp (da->id, db->id);
}

GPtrArray *
quadrant_drafts_list (const char *dir,
                      gboolean    orphans_only)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_draft_free);
  g_autoptr(GDir) gdir = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  gdir = g_dir_open (dir, 0, NULL);
  if (gdir == NULL)
    return g_steal_pointer (&drafts);

  while ((name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *id = NULL;
      QuadrantDraft *draft;

      if (!g_str_has_suffix (name, DRAFT_SUFFIX))
        continue;
      id = g_strndup (name, strlen (name) - strlen (DRAFT_SUFFIX));
      /* Temporary files of an interrupted write and strangers are not drafts. */
      if (!g_uuid_string_is_valid (id))
        continue;

      draft = read_draft (dir, id);
      if (draft == NULL)
        continue;
      if (orphans_only && draft_in_use_elsewhere (dir, id))
        {
          quadrant_draft_free (draft);
          continue;
        }
      g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return g_steal_pointer (&drafts);
}
