/* quadrant-spreadsheet-export.c: "Export Spreadsheet…" and "Export CSV…"
 *
 * The file is made on the main thread (the register is the main thread's)
 * and written in a thread, through a temporary file beside the target that
 * is renamed over it, so a slow network folder does not freeze the window
 * and a file is never left half-written (quadrant-export-file.h). Never over
 * the register itself.
 */
#define G_LOG_DOMAIN "quadrant-spreadsheet-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv.h"
#include "quadrant-export-file.h"
#include "quadrant-file-chooser.h"
#include "quadrant-report-export.h"
#include "quadrant-safe-file.h"
#include "quadrant-spreadsheet-export.h"
#include "quadrant-window.h"
#include "quadrant-xlsx-export.h"

typedef enum {
  FORMAT_XLSX,
  FORMAT_CSV_REQUIREMENTS,
  FORMAT_CSV_PARTIES,
  FORMAT_CSV_REQUIREMENTS_WORDS,
  FORMAT_CSV_PARTIES_WORDS,
} Format;

/* The parameter of win.export-csv: which table, and for tools the file's
 * words instead of labels. */
static const char * const csv_formats[] = {
  [FORMAT_CSV_REQUIREMENTS] = "requirements",
  [FORMAT_CSV_PARTIES] = "parties",
  [FORMAT_CSV_REQUIREMENTS_WORDS] = "requirements-words",
  [FORMAT_CSV_PARTIES_WORDS] = "parties-words",
};

static void
show_error (GtkWindow  *parent,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The Spreadsheet Could Not Be Exported"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GBytes *
make_file (QuadrantWindow *window,
           Format          format,
           GError        **error)
{
  QuadrantRegister *reg = quadrant_window_get_register (window);
  gboolean parties = format == FORMAT_CSV_PARTIES || format == FORMAT_CSV_PARTIES_WORDS;
  gboolean words = format == FORMAT_CSV_REQUIREMENTS_WORDS || format == FORMAT_CSV_PARTIES_WORDS;
  char *csv;

  if (format == FORMAT_XLSX)
    return quadrant_xlsx_export (reg, NULL, error);

  csv = quadrant_csv_export (reg, parties ? QUADRANT_EXPORT_TABLE_PARTIES : QUADRANT_EXPORT_TABLE_REQUIREMENTS, !words);
  return g_bytes_new_take (csv, strlen (csv));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     QuadrantWindow  *window)
{
  Format format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "quadrant-format"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && (bytes = make_file (window, format, &error)) == NULL)
    show_error (GTK_WINDOW (window), error->message);
  else if (file != NULL)
    quadrant_export_file_write (window, file, bytes, _("The Spreadsheet Could Not Be Exported"), NULL, NULL);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
ask (QuadrantWindow *window,
     Format          format)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GFile *file = quadrant_window_get_file (window);
  g_autofree char *report_name = NULL;
  g_autofree char *name = NULL;

  if (format == FORMAT_XLSX)
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      gtk_file_filter_add_pattern (filter, "*.xlsx");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("CSV files"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_pattern (filter, "*.csv");
    }

  /* "NAME-report.html" without its ending, as the report names it. */
  report_name = quadrant_report_export_dup_name (file, quadrant_register_get_organisation (
                                                         quadrant_window_get_register (window)));
  report_name[strlen (report_name) - strlen (".html")] = '\0';
  if (g_str_has_suffix (report_name, "-report"))
    report_name[strlen (report_name) - strlen ("-report")] = '\0';
  name = g_strconcat (report_name,
                      format == FORMAT_XLSX ? ".xlsx" :
                      format == FORMAT_CSV_PARTIES || format == FORMAT_CSV_PARTIES_WORDS ? "-parties.csv" : ".csv",
                      NULL);
  chooser = quadrant_file_chooser_new_export (GTK_WINDOW (window),
                                              format == FORMAT_XLSX ? _("Export Spreadsheet") : _("Export CSV"),
                                              file, name, filter);

  g_object_set_data (G_OBJECT (chooser), "quadrant-format", GINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
quadrant_spreadsheet_export_xlsx_activated (GtkWidget  *window,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  ask (QUADRANT_WINDOW (window), FORMAT_XLSX);
}

void
quadrant_spreadsheet_export_csv_activated (GtkWidget  *window,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  const char *table = parameter != NULL ? g_variant_get_string (parameter, NULL) : "requirements";

  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  for (Format format = FORMAT_CSV_REQUIREMENTS; format < G_N_ELEMENTS (csv_formats); format++)
    if (g_str_equal (table, csv_formats[format]))
      {
        ask (QUADRANT_WINDOW (window), format);
        return;
      }
  g_warning ("win.export-csv: no table “%s”", table);
}
