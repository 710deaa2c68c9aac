/* quadrant-print.c: printing the register and exporting it as a PDF report
 *
 * The print operation only adapts QuadrantPrintReport to GtkPrintOperation:
 * all the drawing, and the pagination that must match it, is in the core, so
 * the printed pages and the PDF export cannot drift apart.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-file-chooser.h"
#include "quadrant-language.h"
#include "quadrant-pdf-export.h"
#include "quadrant-print-report.h"
#include "quadrant-print.h"
#include "quadrant-window.h"
#include "quadrant-safe-file.h"

/* Remembered between prints while the application runs, as other GNOME
 * applications do: the printer, copies and paper chosen last time. */
static GtkPrintSettings *last_settings;
static GtkPageSetup     *last_page_setup;

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_job_name (QuadrantRegister *reg)
{
  const char *organisation = quadrant_register_get_organisation (reg);

  if (organisation == NULL || organisation[0] == '\0')
    return g_strdup (_("Interested Parties Register"));

  /* Translators: the name of a print job; %s is the organisation */
  return g_strdup_printf (_("%s — Interested Parties Register"), organisation);
}

/* ---- the print operation ---- */

/* The pages speak the register's language, as the PDF export does; only
 * while our callbacks run, so the print dialog and its progress stay in the
 * user's. */
static QuadrantLanguageSwitch *
speak_register_language (QuadrantPrintReport *report)
{
  return quadrant_language_push (quadrant_register_get_language (quadrant_print_report_get_register (report)));
}

static void
begin_print_cb (GtkPrintOperation   *operation,
                GtkPrintContext     *context,
                QuadrantPrintReport *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  g_autoptr(QuadrantLanguageSwitch) language = speak_register_language (report);

  /* Smaller than a postcard: nothing sensible fits. */
  if (width < 4 * 72 || height < 4 * 72)
    {
      gtk_print_operation_cancel (operation);
      return;
    }

  /* The pages are laid out in "paginate", a few rows at a time. */
  quadrant_print_report_begin (report, cr, width, height);
}

/* Emitted from an idle until it returns TRUE: each call lays out a bounded
 * number of rows, so a register of thousands of parties leaves the main loop
 * free to redraw windows and the progress dialog in between. */
static gboolean
paginate_cb (GtkPrintOperation   *operation,
             GtkPrintContext     *context,
             QuadrantPrintReport *report)
{
  g_autoptr(QuadrantLanguageSwitch) language = speak_register_language (report);

  if (!quadrant_print_report_step (report, QUADRANT_PRINT_ROWS_PER_STEP))
    return FALSE;

  gtk_print_operation_set_n_pages (operation, quadrant_print_report_get_n_pages (report));
  return TRUE;
}

static void
request_page_setup_cb (GtkPrintOperation   *operation,
                       GtkPrintContext     *context,
                       int                  page_nr,
                       GtkPageSetup        *setup,
                       QuadrantPrintReport *report)
{
  /* The map is wider than tall: its page is turned on portrait paper. */
  if (page_nr >= 0 && (guint) page_nr < quadrant_print_report_get_n_pages (report) &&
      quadrant_print_report_page_is_landscape (report, page_nr))
    gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
}

static void
draw_page_cb (GtkPrintOperation   *operation,
              GtkPrintContext     *context,
              int                  page_nr,
              QuadrantPrintReport *report)
{
  g_autoptr(QuadrantLanguageSwitch) language = speak_register_language (report);

  if (page_nr < 0 || (guint) page_nr >= quadrant_print_report_get_n_pages (report))
    return;

  quadrant_print_report_draw_page (report,
                                   gtk_print_context_get_cairo_context (context),
                                   page_nr,
                                   gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context));
}

GtkPrintOperation *
quadrant_print_operation_new (QuadrantRegister *reg)
{
  GtkPrintOperation *operation;
  QuadrantPrintReport *report;
  g_autofree char *job_name = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  operation = gtk_print_operation_new ();
  report = quadrant_print_report_new (reg);
  g_object_set_data_full (G_OBJECT (operation), "quadrant-print-report", report, g_object_unref);

  /* The job is named like the document it prints. */
  {
    g_autoptr(QuadrantLanguageSwitch) language = quadrant_language_push (quadrant_register_get_language (reg));

    job_name = dup_job_name (reg);
  }
  gtk_print_operation_set_job_name (operation, job_name);
  /* The report lays out its own margins on the whole sheet, in points. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Pagination of a large register takes seconds: the progress dialog says so. */
  gtk_print_operation_set_show_progress (operation, TRUE);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  if (last_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, last_page_setup);

  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), report, 0);
  g_signal_connect_object (operation, "paginate", G_CALLBACK (paginate_cb), report, 0);
  g_signal_connect_object (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb),
                           report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), report, 0);

  return operation;
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&last_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (parent, _("Could Not Print"),
                  error != NULL ? error->message : _("The printing system reported an error."));
    }

  g_object_unref (operation);
}

void
quadrant_print_activated (GtkWidget  *window,
                          const char *action_name,
                          GVariant   *parameter)
{
  QuadrantRegister *reg;
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  reg = quadrant_window_get_register (QUADRANT_WINDOW (window));
  g_return_if_fail (reg != NULL);

  operation = quadrant_print_operation_new (reg);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), window, 0);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (window), &error);
  /* "done" is not emitted when run fails before the dialog shows. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    {
      show_error (GTK_WINDOW (window), _("Could Not Print"), error->message);
      g_signal_handlers_disconnect_by_func (operation, print_done_cb, window);
      g_object_unref (operation);
    }
}

/* ---- Export PDF Report ---- */

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtkWindow       *window)
{
  g_autoptr(GFile) file = NULL;
  QuadrantRegister *reg;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GError) error = NULL;

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      reg = quadrant_window_get_register (QUADRANT_WINDOW (window));
      /* Never over the register itself, under any name. */
      if (file != NULL &&
          !quadrant_safe_file_check_output (file, quadrant_window_get_file (QUADRANT_WINDOW (window)),
                                            &error))
        {
          GtkWidget *dialog = adw_message_dialog_new (window, _("The Report Could Not Be Exported"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      /* In steps from the main loop, with progress and Cancel in the window. */
      else if (file != NULL && reg != NULL)
        quadrant_pdf_export_start (window, reg, file);
    }

  g_object_unref (chooser);
}

/* "northwind.quadrant.xml" → "northwind.pdf" */
static char *
dup_pdf_name (GFile            *file,
              QuadrantRegister *reg)
{
  g_autofree char *base = NULL;
  const char *organisation = quadrant_register_get_organisation (reg);

  if (file != NULL)
    {
      base = g_file_get_basename (file);
      if (g_str_has_suffix (base, ".quadrant.xml"))
        base[strlen (base) - strlen (".quadrant.xml")] = '\0';
      else if (g_str_has_suffix (base, ".xml"))
        base[strlen (base) - strlen (".xml")] = '\0';
    }
  if ((base == NULL || base[0] == '\0') && organisation != NULL && organisation[0] != '\0')
    {
      g_free (base);
      base = g_strdup (organisation);
      g_strdelimit (base, "/\\:", '-');
    }
  if (base == NULL || base[0] == '\0')
    {
      g_free (base);
      /* Translators: the suggested file name of a PDF report, without ".pdf" */
      base = g_strdup (_("Interested parties register"));
    }

  return g_strconcat (base, ".pdf", NULL);
}

void
quadrant_print_export_pdf_activated (GtkWidget  *window,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  QuadrantRegister *reg;
  GFile *file;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();

  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  reg = quadrant_window_get_register (QUADRANT_WINDOW (window));
  g_return_if_fail (reg != NULL);
  /* One export at a time: the running one shows its bar in the window. */
  if (quadrant_pdf_export_get_running (GTK_WINDOW (window)) != NULL)
    return;
  file = quadrant_window_get_file (QUADRANT_WINDOW (window));

  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  name = dup_pdf_name (file, reg);
  chooser = quadrant_file_chooser_new_export (GTK_WINDOW (window), _("Export PDF Report"), file, name, pdf);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
