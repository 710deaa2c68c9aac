/* quadrant-writer.c: canonical, diff-friendly output and atomic saving
 *
 * The document is built in memory (quadrant-writer-xml.c) and then written
 * by quadrant-safe-file.c: a temporary file next to the target, synced,
 * renamed over it, the old file kept as "FILE~".
 */
#define G_LOG_DOMAIN "quadrant-writer"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-safe-file.h"
#include "quadrant-writer-private.h"

G_DEFINE_QUARK (quadrant-writer-error-quark, quadrant_writer_error)

/* ---- Saving ---- */

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
  return quadrant_writer_save_full (reg, file, expected_etag, new_etag, NULL, error);
}

GBytes *
quadrant_writer_serialize (QuadrantRegister  *reg,
                           GFile             *file,
                           GError           **error)
{
  g_autofree char *problem = NULL;
  GBytes *bytes;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _quadrant_writer_build_document (reg, &problem);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED,
                   _("Could not save “%s”: %s"), name, problem);
    }
  return bytes;
}

QuadrantWriterJob *
quadrant_writer_job_new (QuadrantRegister *reg,
                         gboolean          check)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  return _quadrant_writer_job_new (reg, check);
}

gboolean
quadrant_writer_job_step (QuadrantWriterJob *job,
                          gint64             until)
{
  g_return_val_if_fail (job != NULL, TRUE);
  return _quadrant_writer_job_step (job, until);
}

GBytes *
quadrant_writer_job_finish (QuadrantWriterJob  *job,
                            GFile              *file,
                            GError            **error)
{
  g_autofree char *problem = NULL;
  GBytes *bytes;

  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  bytes = _quadrant_writer_job_finish (job, &problem);
  if (bytes == NULL)
    {
      g_autofree char *name = file != NULL ? g_file_get_parse_name (file) : g_strdup ("?");

      g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED,
                   _("Could not save “%s”: %s"), name, problem);
    }
  return bytes;
}

void
quadrant_writer_job_free (QuadrantWriterJob *job)
{
  if (job != NULL)
    _quadrant_writer_job_free (job);
}

gboolean
quadrant_writer_save_full (QuadrantRegister        *reg,
                           GFile                   *file,
                           const char              *expected_identity,
                           char                   **new_identity,
                           QuadrantSafeFileNotice  *notice,
                           GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = quadrant_writer_serialize (reg, file, error);
  if (bytes == NULL)
    return FALSE;
  return quadrant_writer_save_bytes (bytes, file, expected_identity, new_identity, notice, error);
}

gboolean
quadrant_writer_save_bytes (GBytes                  *bytes,
                            GFile                   *file,
                            const char              *expected_identity,
                            char                   **new_identity,
                            QuadrantSafeFileNotice  *notice,
                            GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  const guint8 *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (new_identity == NULL || *new_identity == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  if (!quadrant_safe_file_replace (file, data, length, expected_identity,
                                   QUADRANT_SAFE_FILE_BACKUP, notice, &local_error))
    return fail_with (error, file, local_error);

  if (new_identity != NULL)
    *new_identity = quadrant_safe_file_identity_for_data (data, length);
  return TRUE;
}
