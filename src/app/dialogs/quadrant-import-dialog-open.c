/* quadrant-import-dialog-open.c: Import Spreadsheet…, from choosing the file
 * to the import dialog over the window (or why the file cannot be read) */
#define G_LOG_DOMAIN "quadrant-import-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-file-chooser.h"
#include "quadrant-import-dialog-private.h"
#include "quadrant-settings.h"
#include "quadrant-window.h"

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
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     QuadrantWindow  *window)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  import = quadrant_csv_import_new_from_file (file, &error);
  if (import == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Imported"), name);

      show_error (GTK_WINDOW (window), heading, error->message);
      return;
    }

  settings = quadrant_settings_new ();
  gtk_window_present (GTK_WINDOW (quadrant_import_dialog_new (GTK_WINDOW (window),
                                                              quadrant_window_get_register (window),
                                                              import, name, settings)));
}

void
quadrant_import_dialog_activated (GtkWidget  *window,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  gtk_file_filter_set_name (csv, _("Spreadsheets (CSV, XLSX, ODS)"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_mime_type (csv, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (csv, "application/vnd.oasis.opendocument.spreadsheet");
  for (guint i = 0; i < 3; i++)
    {
      const char *extensions[] = { "csv", "xlsx", "ods" };
      g_autofree char *lower = g_strconcat ("*.", extensions[i], NULL);
      g_autofree char *upper = g_ascii_strup (lower, -1);

      gtk_file_filter_add_pattern (csv, lower);
      gtk_file_filter_add_pattern (csv, upper);
    }
  /* Spreadsheets to import are usually kept beside the register. */
  chooser = quadrant_file_chooser_new_open (GTK_WINDOW (window), _("Import Spreadsheet"), _("_Import"),
                                            quadrant_window_get_file (QUADRANT_WINDOW (window)), csv);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
