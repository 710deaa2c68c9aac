/* quadrant-writer.c: canonical, diff-friendly output and atomic saving
 *
 * The document is built in memory (quadrant-writer-xml.c) and then written
 * with one write through GIO's replace, which puts it in a temporary file next
 * to the target, syncs it, keeps the old file as "FILE~" and renames the new
 * one over it.
 */
#define G_LOG_DOMAIN "quadrant-writer"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-writer-private.h"

/* How far a symbolic link chain is followed before giving up. */
#define MAX_SYMLINKS 32

static gssize fail_after = -1;

G_DEFINE_QUARK (quadrant-writer-error-quark, quadrant_writer_error)

/* ---- Saving ---- */

/* GIO rewrites a symbolic link's target in place (truncating it first), so a
 * failure would damage it; replacing the file the link points at instead keeps
 * both the link and the old content safe. */
static GFile *
resolve_symlinks (GFile *file)
{
  g_autoptr(GFile) current = g_object_ref (file);

  for (guint i = 0; i < MAX_SYMLINKS; i++)
    {
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) parent = NULL;
      const char *target;

      info = g_file_query_info (current,
                                G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                                G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                                G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
      if (info == NULL || !g_file_info_get_is_symlink (info))
        break;

      target = g_file_info_get_symlink_target (info);
      parent = g_file_get_parent (current);
      if (target == NULL || parent == NULL)
        break;

      g_object_unref (current);
      current = g_file_resolve_relative_path (parent, target);
    }

  return g_steal_pointer (&current);
}

/* Writes data; with an injected failure, only its first fail_after bytes
 * (at most all of them) and then fails, as a full disk would. */
static gboolean
write_data (GOutputStream  *stream,
            const guint8   *data,
            gsize           length,
            GError        **error)
{
  gssize limit = fail_after;

  if (limit < 0)
    return g_output_stream_write_all (stream, data, length, NULL, NULL, error);

  if (!g_output_stream_write_all (stream, data, MIN ((gsize) limit, length), NULL, NULL, error))
    return FALSE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Writing failed after %" G_GSSIZE_FORMAT " bytes (simulated failure)"), limit);
  return FALSE;
}

/* Closing with a cancelled GCancellable makes GIO delete the temporary file
 * instead of renaming it over the target. */
static void
abandon_stream (GOutputStream *stream)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  g_output_stream_close (stream, cancellable, NULL);
}

static guint64
inode_of (GFile             *file,
          GFileOutputStream *stream)
{
  g_autoptr(GFileInfo) info = NULL;

  if (stream != NULL)
    info = g_file_output_stream_query_info (stream, G_FILE_ATTRIBUTE_UNIX_INODE, NULL, NULL);
  else
    info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_INODE,
                              G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_INODE))
    return 0;
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE);
}

/* GIO writes through a temporary file only when the target exists and has
 * one link; a new file, or one with several hard links, it writes in place
 * (after copying the latter to FILE~). A failure there is undone by hand:
 * a new file is removed, as long as it still is the one we were writing and
 * not one another program created meanwhile; an old file gets its content
 * back from the backup, in place, so that its hard links stay. */
static void
undo_in_place_write (GFile    *target,
                     guint64   inode,
                     gboolean  existed)
{
  g_autoptr(GError) error = NULL;

  if (inode_of (target, NULL) != inode)
    return;

  if (!existed)
    {
      g_file_delete (target, NULL, NULL);
    }
  else if (g_file_peek_path (target) != NULL)
    {
      g_autofree char *backup_path = g_strconcat (g_file_peek_path (target), "~", NULL);
      g_autofree char *old = NULL;
      gsize length;

      if (!g_file_get_contents (backup_path, &old, &length, &error)
          || !g_file_replace_contents (target, old, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                       NULL, NULL, &error))
        g_warning ("Could not restore %s from its backup: %s", g_file_peek_path (target),
                   error->message);
    }
}

static gboolean
fail_with (GError **error,
           GFile   *file,
           GError  *cause)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK,
                 _("“%s” was changed by another program since it was opened or saved; "
                   "it was not overwritten"),
                 name);
  else
    g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED,
                 _("Could not save “%s”: %s"),
                 name, cause->message);
  return FALSE;
}

GBytes *
quadrant_writer_to_bytes (QuadrantRegister *reg)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  return _quadrant_writer_build_document (reg, NULL);
}

gboolean
quadrant_writer_save (QuadrantRegister  *reg,
                      GFile             *file,
                      const char        *expected_etag,
                      char             **new_etag,
                      GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *problem = NULL;
  gboolean existed;
  gboolean in_place;
  guint64 inode;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (new_etag == NULL || *new_etag == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = _quadrant_writer_build_document (reg, &problem);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED,
                   _("Could not save “%s”: %s"), name, problem);
      return FALSE;
    }

  target = resolve_symlinks (file);

  existed = g_file_query_exists (target, NULL);

  stream = g_file_replace (target, expected_etag, TRUE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    return fail_with (error, file, local_error);
  inode = inode_of (target, stream);
  in_place = inode != 0 && inode == inode_of (target, NULL);

  if (!write_data (G_OUTPUT_STREAM (stream),
                   g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   &local_error))
    {
      abandon_stream (G_OUTPUT_STREAM (stream));
      if (in_place)
        undo_in_place_write (target, inode, existed);
      return fail_with (error, file, local_error);
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      if (in_place)
        undo_in_place_write (target, inode, existed);
      return fail_with (error, file, local_error);
    }

  if (new_etag != NULL)
    {
      *new_etag = g_file_output_stream_get_etag (stream);

      /* Not every GVfs backend reports one from the stream. */
      if (*new_etag == NULL)
        {
          g_autoptr(GFileInfo) info = g_file_query_info (target, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                         G_FILE_QUERY_INFO_NONE, NULL, NULL);

          if (info != NULL)
            *new_etag = g_strdup (g_file_info_get_etag (info));
        }
    }

  return TRUE;
}

void
quadrant_writer_inject_failure (gssize fail_after_bytes)
{
  fail_after = fail_after_bytes;
}
