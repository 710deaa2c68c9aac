/* quadrant-export-file.c: writing an export of a document window to a file */
#define G_LOG_DOMAIN "quadrant-export"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-export-file.h"
#include "quadrant-safe-file.h"

typedef struct {
  GFile               *target;
  GBytes              *bytes;
  char                *heading;
  GAsyncReadyCallback  callback;
  gpointer             user_data;
} Write;

static void
write_free (gpointer data)
{
  Write *write = data;

  g_clear_object (&write->target);
  g_clear_pointer (&write->bytes, g_bytes_unref);
  g_free (write->heading);
  g_free (write);
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Write *write = task_data;
  GError *error = NULL;

  if (quadrant_safe_file_replace (write->target, g_bytes_get_data (write->bytes, NULL),
                                  g_bytes_get_size (write->bytes), NULL, QUADRANT_SAFE_FILE_NONE, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Write *write = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    show_error (GTK_WINDOW (object), write->heading, error->message);
  if (write->callback != NULL)
    write->callback (object, result, write->user_data);
}

gboolean
quadrant_export_file_write (QuadrantWindow      *window,
                            GFile               *target,
                            GBytes              *bytes,
                            const char          *heading,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  Write *write;

  g_return_val_if_fail (QUADRANT_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (heading != NULL, FALSE);

  /* Never over the register itself, under any name. */
  if (!quadrant_safe_file_check_output (target, quadrant_window_get_file (window), &error))
    {
      show_error (GTK_WINDOW (window), heading, error->message);
      return FALSE;
    }

  write = g_new0 (Write, 1);
  write->target = g_object_ref (target);
  write->bytes = g_bytes_ref (bytes);
  write->heading = g_strdup (heading);
  write->callback = callback;
  write->user_data = user_data;

  task = g_task_new (window, NULL, write_done_cb, NULL);
  g_task_set_source_tag (task, quadrant_export_file_write);
  g_task_set_task_data (task, write, write_free);
  g_task_run_in_thread (task, write_thread);
  return TRUE;
}
