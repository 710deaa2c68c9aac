/* test-ui-print.c: printing through GtkPrintOperation (run as an export to a
 * PDF file, the path "Print to File" takes) and "Export PDF Report…" through
 * the window's file chooser: in steps with the window responsive, cancelled,
 * failing; the PDFs are read back with poppler's pdfinfo and pdftotext.
 * QUADRANT_TEST_SCREENSHOT=FILE takes screenshots to look at. */
#define G_LOG_DOMAIN "test-ui-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "quadrant-application.h"
#include "quadrant-check.h"
#include "quadrant-language.h"
#include "quadrant-pdf-export.h"
#include "quadrant-print-pdf.h"
#include "quadrant-print-report-private.h"
#include "quadrant-print.h"
#include "quadrant-reader.h"
#include "quadrant-resources.h"
#include "quadrant-window.h"
#include "quadrant-writer.h"
#include "quadrant-test-data.h"
#include "quadrant-test-faults.h"
#include "quadrant-test-ui.h"
#include "print-checks.h"

static QuadrantApplication *app;
static char *tmp_root;

/* ---- Helpers ---- */

static gboolean
window_has_file (gpointer window)
{
  return quadrant_window_get_file (window) != NULL;
}

/* ---- Tests ---- */

static void
operation_done_cb (GtkPrintOperation       *operation,
                   GtkPrintOperationResult  result,
                   gpointer                 data)
{
  *(int *) data = result;
}

static void
test_print_operation_export (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GtkPrintOperation) operation = quadrant_print_operation_new (reg);
  g_autoptr(GtkPageSetup) a4 = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_root, "printed.pdf", NULL);
  GtkPrintOperationResult result;
  int done = -1;
  double width, height;
  guint pages;

  if (!print_checks_have_pdfinfo ())
    return;

  /* A4 whatever the locale's paper, to compare with the PDF export. */
  gtk_page_setup_set_paper_size_and_default_margins (a4, paper);
  gtk_print_operation_set_default_page_setup (operation, a4);
  gtk_print_operation_set_export_filename (operation, path);
  g_signal_connect (operation, "done", G_CALLBACK (operation_done_cb), &done);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  /* The same pages as the PDF export: the first portrait A4 ... */
  pages = print_checks_pdfinfo_pages (path, 1, &width, &height);
  g_assert_cmpuint (pages, >, 3);
  g_assert_cmpuint (pages, ==, print_checks_core_pages (reg));
  g_assert_cmpfloat_with_epsilon (width, QUADRANT_PRINT_A4_WIDTH, 1);
  g_assert_cmpfloat_with_epsilon (height, QUADRANT_PRINT_A4_HEIGHT, 1);

  /* ... the map's page turned by request-page-setup ... */
  print_checks_pdfinfo_pages (path, 2, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, QUADRANT_PRINT_A4_HEIGHT, 1);
  g_assert_cmpfloat_with_epsilon (height, QUADRANT_PRINT_A4_WIDTH, 1);

  /* ... and the register portrait again. */
  print_checks_pdfinfo_pages (path, 3, &width, &height);
  g_assert_cmpfloat (width, <, height);

  if (g_getenv ("QUADRANT_KEEP_TEST_FILES") == NULL)
    g_unlink (path);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* A German register printed by an English-speaking user: the pages speak
 * German, as its PDF export does, and the user's messages stay English. */
static void
test_print_operation_register_language (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_root, "printed-de.pdf", NULL);
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *mo = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *text = NULL;
  g_autofree char *job_name = NULL;

  if (!print_checks_have_pdfinfo ())
    return;

  /* The shipped German catalogue, built with the program. */
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_assert_cmpstr (quadrant_language_current (), ==, "en");

  quadrant_register_set_language (reg, "de");
  operation = quadrant_print_operation_new (reg);
  g_object_get (operation, "job-name", &job_name, NULL);
  g_assert_nonnull (strstr (job_name, "Register der interessierten Parteien"));
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Seite 1 von"));
  g_assert_null (strstr (text, "Page 1 of"));
  /* Back in the user's language once printing is over. */
  g_assert_cmpstr (quadrant_language_current (), ==, "en");
  g_assert_cmpstr (_("Page %u of %u"), ==, "Page %u of %u");

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  setlocale (LC_ALL, old_locale);
  if (g_getenv ("QUADRANT_KEEP_TEST_FILES") == NULL)
    g_unlink (path);
}

typedef struct {
  QuadrantPrintReport *report;
  guint                n_emissions;
  guint                units;        /* laid out before the last emission */
  guint                max_step;     /* the most units a step laid out */
  gboolean             frame_ran;    /* the one-shot source of the last emission ran */
  guint                n_interleaved;
} PaginateCount;

static gboolean
frame_cb (gpointer data)
{
  ((PaginateCount *) data)->frame_ran = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs at every emission of "paginate", before its handler (which stops the
 * emission): what the steps before it did. */
static gboolean
paginate_hook_cb (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               data)
{
  PaginateCount *count = data;
  guint units = quadrant_print_report_get_units_done (count->report);

  if (count->n_emissions > 0)
    {
      count->max_step = MAX (count->max_step, units - count->units);
      if (count->frame_ran)
        count->n_interleaved++;
    }
  count->units = units;
  count->n_emissions++;

  /* Something at the priority of redrawing a window: it runs before the
   * next step only if the main loop gets control between steps. */
  count->frame_ran = FALSE;
  g_idle_add_full (GDK_PRIORITY_REDRAW, frame_cb, count, NULL);

  return TRUE;
}

/* A large register is paginated in many small steps from "paginate", with
 * the main loop running between them, and a progress dialog. */
static void
test_print_operation_steps (void)
{
  g_autoptr(QuadrantRegister) reg = print_checks_make_register (600);
  g_autoptr(GtkPrintOperation) operation = quadrant_print_operation_new (reg);
  g_autoptr(GtkPageSetup) a4 = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_root, "printed-large.pdf", NULL);
  PaginateCount count = { 0, };
  gboolean show_progress = FALSE;
  double width, height;
  guint n_units, signal_id;
  gulong hook;

  if (!print_checks_have_pdfinfo ())
    return;

  g_object_get (operation, "show-progress", &show_progress, NULL);
  g_assert_true (show_progress);

  gtk_page_setup_set_paper_size_and_default_margins (a4, paper);
  gtk_print_operation_set_default_page_setup (operation, a4);
  gtk_print_operation_set_export_filename (operation, path);
  count.report = g_object_get_data (G_OBJECT (operation), "quadrant-print-report");
  g_assert_true (QUADRANT_IS_PRINT_REPORT (count.report));
  signal_id = g_signal_lookup ("paginate", GTK_TYPE_PRINT_OPERATION);
  hook = g_signal_add_emission_hook (signal_id, 0, paginate_hook_cb, &count, NULL);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_signal_remove_emission_hook (signal_id, hook);

  /* Title, map, five headings, the identification summary, the sign-off, per party its row and its
   * requirements' heading and row, and a row per engagement plan and per
   * finding: QUADRANT_PRINT_ROWS_PER_STEP rows a step. */
  {
    g_autoptr(GPtrArray) findings = quadrant_check_register (reg, NULL);
    GListModel *parties = quadrant_register_get_parties (reg);
    guint n_plans = 0;

    for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
      {
        g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

        n_plans += quadrant_party_has_engagement_plan (party) ? 1 : 0;
      }
    /* Title, map, five headings (none judged not relevant), how parties
     * were identified, sign-off; the findings' check a few parties a unit. */
    n_units = 9 + 3 * 600 + n_plans + findings->len + 600 / QUADRANT_PRINT_CHECK_PARTIES_PER_UNIT;
  }
  g_assert_cmpuint (quadrant_print_report_get_units_done (count.report), ==, n_units);
  g_assert_cmpuint (count.n_emissions, ==,
                    (n_units + QUADRANT_PRINT_ROWS_PER_STEP - 1) / QUADRANT_PRINT_ROWS_PER_STEP);
  g_assert_cmpuint (count.n_emissions, >, 10);
  g_assert_cmpuint (count.max_step, ==, QUADRANT_PRINT_ROWS_PER_STEP);
  /* Between every two steps the main loop ran something else. */
  g_assert_cmpuint (count.n_interleaved, ==, count.n_emissions - 1);

  /* And the pages are those of the PDF export. */
  g_assert_cmpuint (print_checks_pdfinfo_pages (path, 2, &width, &height), ==, print_checks_core_pages (reg));
  g_assert_cmpfloat (width, >, height);

  g_unlink (path);
}

/* Smaller paper: begin-print paginates for the size it is given. */
static void
test_print_operation_paper (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GtkPrintOperation) operation = quadrant_print_operation_new (reg);
  g_autoptr(GtkPageSetup) a5 = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A5);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_root, "printed-a5.pdf", NULL);
  double width, height;

  if (!print_checks_have_pdfinfo ())
    return;

  gtk_page_setup_set_paper_size_and_default_margins (a5, paper);
  gtk_print_operation_set_default_page_setup (operation, a5);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_cmpuint (print_checks_pdfinfo_pages (path, 1, &width, &height), >, print_checks_core_pages (reg));
  g_assert_cmpfloat_with_epsilon (width, 419.53, 1);

  g_unlink (path);
}

/* Ctrl+P prints; both actions are the window's. */
static void
test_window_actions (void)
{
  GtkWidgetClass *klass = g_type_class_ref (QUADRANT_TYPE_WINDOW);
  gboolean have_print = FALSE, have_export = FALSE, have_shortcut = FALSE;
  QuadrantWindow *window;
  GListModel *controllers;
  const char *name;
  guint i;

  GType owner;
  const GVariantType *parameter_type;
  const char *property;

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    {
      have_print |= g_str_equal (name, "win.print");
      have_export |= g_str_equal (name, "win.export-pdf-report");
    }
  g_assert_true (have_print);
  g_assert_true (have_export);

  /* The class's shortcuts live in a shortcut controller of every window. */
  window = quadrant_window_new (app);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (action) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_p &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == GDK_CONTROL_MASK)
            have_shortcut = g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                         "win.print");
        }
    }
  g_object_unref (controllers);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (have_shortcut);

  g_type_class_unref (klass);
}

/* The export is written asynchronously: a whole PDF ends with its %%EOF line. */
static gboolean
pdf_complete (gpointer path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  /* Binary streams hold NUL bytes: compare by length, not as strings. */
  while (length > 0 && g_ascii_isspace (contents[length - 1]))
    length--;
  return length > 10 && memcmp (contents, "%PDF-", 5) == 0 &&
         memcmp (contents + length - 5, "%%EOF", 5) == 0;
}

static gboolean
chooser_gone (gpointer window)
{
  return print_checks_find_chooser (window) == NULL;
}

/* Export PDF Report…: the chooser suggests "<register>.pdf" beside the
 * register, and accepting writes the report there. */
static void
test_window_export_pdf (void)
{
  g_autofree char *example = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autofree char *folder_path = g_build_filename (tmp_root, "export", NULL);
  g_autofree char *register_path = g_build_filename (folder_path, "northwind.quadrant.xml", NULL);
  g_autofree char *pdf_path = g_build_filename (folder_path, "northwind.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) register_file = NULL;
  g_autoptr(GFile) expected = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantWindow *window;
  GtkWidget *dialog;
  gsize length;
  double width, height;

  if (!print_checks_have_pdfinfo ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (folder_path, 0700), ==, 0);
  g_file_get_contents (example, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (register_path, contents, length, &error);
  g_assert_no_error (error);

  window = quadrant_window_new (app);
  register_file = g_file_new_for_path (register_path);
  quadrant_window_load_file (window, register_file);
  quadrant_test_spin_until (window_has_file, window);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-report", NULL));
  dialog = print_checks_find_chooser (GTK_WINDOW (window));
  g_assert_nonnull (dialog);

  /* The chooser loads its folder asynchronously. */
  expected = g_file_new_for_path (pdf_path);
  print_checks_wait_for_choice (dialog, expected);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  quadrant_test_spin_until (pdf_complete, pdf_path);
  quadrant_test_spin_until (chooser_gone, window);

  g_assert_cmpuint (print_checks_pdfinfo_pages (pdf_path, 2, &width, &height), ==,
                    print_checks_core_pages (quadrant_window_get_register (window)));
  g_assert_cmpfloat (width, >, height);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf_path);
  g_unlink (register_path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = print_checks_init (&argc, &argv, "test-ui-print", &tmp_root);

  g_test_add_func ("/print/operation/export", test_print_operation_export);
  g_test_add_func ("/print/operation/paper", test_print_operation_paper);
  g_test_add_func ("/print/operation/steps", test_print_operation_steps);
  g_test_add_func ("/print/operation/register-language", test_print_operation_register_language);
  g_test_add_func ("/print/window/actions", test_window_actions);
  g_test_add_func ("/print/window/export-pdf", test_window_export_pdf);

  status = g_test_run ();
  print_checks_finish (app, tmp_root);
  return status;
}
