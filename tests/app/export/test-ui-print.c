/* test-ui-print.c: printing through GtkPrintOperation (run as an export to a
 * PDF file, the path "Print to File" takes) and "Export PDF Report…" through
 * the window's file chooser: in steps with the window responsive, cancelled,
 * failing; the PDFs are read back with poppler's pdfinfo and pdftotext.
 * QUADRANT_TEST_SCREENSHOT=FILE takes screenshots to look at. */
#define G_LOG_DOMAIN "test-ui-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "quadrant-application.h"
#include "quadrant-check.h"
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

static QuadrantApplication *app;
static char *tmp_root;

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL)
    {
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
        break;
      remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

/* ---- Helpers ---- */

static gboolean
window_has_file (gpointer window)
{
  return quadrant_window_get_file (window) != NULL;
}

static gboolean
have_pdfinfo (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is needed; `make deps` installs it");
      return FALSE;
    }
  return TRUE;
}

/* What pdfinfo says: the page count and the size of page (1-based). */
static guint
pdfinfo_pages (const char *path,
               guint       page,
               double     *width,
               double     *height)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdfinfo", "-f", first, "-l", first, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *size_key = g_strdup_printf ("\nPage %4u size:", page);
  g_autoptr(GError) error = NULL;
  const char *line;
  int status;
  char *end;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  line = strstr (out, size_key);
  g_assert_nonnull (line);
  *width = g_ascii_strtod (line + strlen (size_key), &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);

  line = strstr (out, "\nPages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
}

/* The page count of reg's report on A4, as the core paginates it. */
static guint
core_pages (QuadrantRegister *reg)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  return n_pages;
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

  if (!have_pdfinfo ())
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
  pages = pdfinfo_pages (path, 1, &width, &height);
  g_assert_cmpuint (pages, >, 3);
  g_assert_cmpuint (pages, ==, core_pages (reg));
  g_assert_cmpfloat_with_epsilon (width, QUADRANT_PRINT_A4_WIDTH, 1);
  g_assert_cmpfloat_with_epsilon (height, QUADRANT_PRINT_A4_HEIGHT, 1);

  /* ... the map's page turned by request-page-setup ... */
  pdfinfo_pages (path, 2, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, QUADRANT_PRINT_A4_HEIGHT, 1);
  g_assert_cmpfloat_with_epsilon (height, QUADRANT_PRINT_A4_WIDTH, 1);

  /* ... and the register portrait again. */
  pdfinfo_pages (path, 3, &width, &height);
  g_assert_cmpfloat (width, <, height);

  if (g_getenv ("QUADRANT_KEEP_TEST_FILES") == NULL)
    g_unlink (path);
}

/* A register of n_parties parties with a requirement each. */
static QuadrantRegister *
make_register (guint n_parties)
{
  QuadrantRegister *reg = quadrant_register_new ();

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Many Parties Ltd");
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
      g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (NULL);
      g_autofree char *name = g_strdup_printf ("Party %04u", i);

      quadrant_party_set_name (party, name);
      quadrant_party_set_power (party, i % 101);
      quadrant_party_set_interest (party, (i * 7) % 101);
      quadrant_requirement_set_statement (req, "Keep the register current");
      quadrant_party_append_requirement (party, req);
      quadrant_register_append_party_unrecorded (reg, party);
    }

  return reg;
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
  g_autoptr(QuadrantRegister) reg = make_register (600);
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

  if (!have_pdfinfo ())
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

  /* Title, map, four headings, the sign-off, per party its row and its
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
    n_units = 7 + 3 * 600 + n_plans + findings->len;
  }
  g_assert_cmpuint (quadrant_print_report_get_units_done (count.report), ==, n_units);
  g_assert_cmpuint (count.n_emissions, ==,
                    (n_units + QUADRANT_PRINT_ROWS_PER_STEP - 1) / QUADRANT_PRINT_ROWS_PER_STEP);
  g_assert_cmpuint (count.n_emissions, >, 10);
  g_assert_cmpuint (count.max_step, ==, QUADRANT_PRINT_ROWS_PER_STEP);
  /* Between every two steps the main loop ran something else. */
  g_assert_cmpuint (count.n_interleaved, ==, count.n_emissions - 1);

  /* And the pages are those of the PDF export. */
  g_assert_cmpuint (pdfinfo_pages (path, 2, &width, &height), ==, core_pages (reg));
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

  if (!have_pdfinfo ())
    return;

  gtk_page_setup_set_paper_size_and_default_margins (a5, paper);
  gtk_print_operation_set_default_page_setup (operation, a5);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_cmpuint (pdfinfo_pages (path, 1, &width, &height), >, core_pages (reg));
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

static GtkWidget *
find_chooser_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return GTK_WIDGET (window);
    }
  return NULL;
}

static GFile *expected_choice;

static gboolean
chooser_has_expected_file (gpointer chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);

  return file != NULL && g_file_equal (file, expected_choice);
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
  return find_chooser_dialog (window) == NULL;
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

  if (!have_pdfinfo ())
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
  dialog = find_chooser_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);

  /* The chooser loads its folder asynchronously. */
  expected = g_file_new_for_path (pdf_path);
  expected_choice = expected;
  quadrant_test_spin_until (chooser_has_expected_file, dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  quadrant_test_spin_until (pdf_complete, pdf_path);
  quadrant_test_spin_until (chooser_gone, window);

  g_assert_cmpuint (pdfinfo_pages (pdf_path, 2, &width, &height), ==,
                    core_pages (quadrant_window_get_register (window)));
  g_assert_cmpfloat (width, >, height);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf_path);
  g_unlink (register_path);
}

/* ---- Export PDF Report… in steps ---- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in folder, sorted, joined by spaces ("" when empty). */
static char *
list_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* A window with reg, saved as "register.quadrant.xml" in folder: the chooser
 * of Export PDF Report… opens there. */
static QuadrantWindow *
window_with (QuadrantRegister *reg,
             const char       *folder)
{
  QuadrantWindow *window = quadrant_window_new (app);
  g_autofree char *path = g_build_filename (folder, "register.quadrant.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  {
    g_autoptr(QuadrantDocument) document = quadrant_document_new (reg, file, NULL);

    quadrant_window_set_document (window, document);
  }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
export_started (gpointer window)
{
  return quadrant_pdf_export_get_running (window) != NULL;
}

/* Answers the chooser of Export PDF Report… of a window from window_with ()
 * with what it suggests: "register.pdf" beside the register. The export
 * starts from its response. */
static QuadrantPdfExport *
start_export (QuadrantWindow *window,
              const char     *folder)
{
  g_autofree char *path = g_build_filename (folder, "register.pdf", NULL);
  g_autoptr(GFile) expected = g_file_new_for_path (path);
  GtkWidget *dialog;

  g_assert_null (quadrant_pdf_export_get_running (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-report", NULL));
  dialog = find_chooser_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  /* The chooser loads its folder asynchronously. */
  expected_choice = expected;
  quadrant_test_spin_until (chooser_has_expected_file, dialog);
  /* A save dialog checks the folder before it answers. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  quadrant_test_spin_until (export_started, window);

  return quadrant_pdf_export_get_running (GTK_WINDOW (window));
}

static gboolean
export_over (gpointer window)
{
  return quadrant_pdf_export_get_running (window) == NULL;
}

static GtkWidget *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
message_dialog_shown (gpointer parent)
{
  return find_message_dialog (parent) != NULL;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

typedef struct {
  QuadrantWindow *window;
  const char     *pdf_path;
  guint           n_steps;
  guint           n_interleaved;   /* steps before which the main loop ran something else */
  guint           n_target_seen;   /* steps after which the target existed */
  guint           n_temp_seen;     /* steps after which the temporary file existed */
  gboolean        frame_ran;
  gboolean        went_back;       /* progress decreased */
  double          progress;
  guint           edit_at;         /* edit the register after this step (0: never) */
  gboolean        keep_parties;    /* the edit only renames */
  const char     *screenshot;
} ExportWatch;

static gboolean
export_frame_cb (gpointer data)
{
  ((ExportWatch *) data)->frame_ran = TRUE;
  return G_SOURCE_REMOVE;
}

/* After every step of the export. */
static void
export_progress_cb (QuadrantPdfExport *export,
                    GParamSpec        *pspec,
                    ExportWatch       *watch)
{
  double progress = quadrant_pdf_export_get_progress (export);
  GFile *temp = quadrant_pdf_export_get_temp_file (export);

  if (watch->n_steps > 0 && watch->frame_ran)
    watch->n_interleaved++;
  watch->n_steps++;
  if (g_file_test (watch->pdf_path, G_FILE_TEST_EXISTS))
    watch->n_target_seen++;
  if (temp != NULL && g_file_query_exists (temp, NULL))
    watch->n_temp_seen++;
  if (progress < watch->progress)
    watch->went_back = TRUE;
  watch->progress = progress;

  /* Something at the priority of redrawing the window: it runs before the
   * next step only if the main loop gets control between steps. */
  watch->frame_ran = FALSE;
  g_idle_add_full (GDK_PRIORITY_REDRAW, export_frame_cb, watch, NULL);

  /* An edit in the middle of the export: the PDF shows the register as it
   * was when the export started. */
  if (watch->n_steps == watch->edit_at)
    {
      QuadrantRegister *reg = quadrant_window_get_register (watch->window);
      GListModel *parties = quadrant_register_get_parties (reg);
      g_autoptr(QuadrantParty) first = g_list_model_get_item (parties, 0);

      quadrant_register_set_text (reg, first, QUADRANT_FIELD_PARTY_NAME, "Renamed during export");
      for (guint i = 0; i < (watch->keep_parties ? 0 : 100); i++)
        {
          g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, 1);

          quadrant_register_remove_party (reg, party);
        }
    }

  /* QUADRANT_TEST_SCREENSHOT=FILE: the screen halfway through, to look at. */
  if (watch->screenshot != NULL && watch->n_steps == 20)
    {
      const char *argv[] = { "import", "-window", "root", watch->screenshot, NULL };

      for (guint i = 0; i < 50; i++)
        g_main_context_iteration (NULL, FALSE);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    NULL, NULL);
    }
}

/* A register of some hundreds of parties exports in many steps with the
 * main loop running between them, with progress in a bar; the target appears
 * only when the PDF is complete, and the PDF is of the register as it was
 * when the export started, though it was edited meanwhile. */
static void
test_window_export_pdf_steps (void)
{
  g_autoptr(QuadrantRegister) reg = make_register (300);
  g_autofree char *folder = g_build_filename (tmp_root, "steps", NULL);
  g_autofree char *pdf_path = g_build_filename (folder, "register.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *text = NULL;
  QuadrantPdfExport *export;
  QuadrantWindow *window;
  ExportWatch watch = { 0, };
  GtkWidget *bar;
  guint expected_pages;
  double width, height;

  if (!have_pdfinfo ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  expected_pages = core_pages (reg);
  window = window_with (reg, folder);

  watch.window = window;
  watch.pdf_path = pdf_path;
  watch.edit_at = 5;
  watch.screenshot = g_getenv ("QUADRANT_TEST_SCREENSHOT");
  export = start_export (window, folder);
  g_assert_nonnull (export);
  g_signal_connect (export, "notify::progress", G_CALLBACK (export_progress_cb), &watch);

  /* The bar is in the window, under the header bar, with a Cancel button. */
  bar = quadrant_pdf_export_get_bar (export);
  g_assert_true (GTK_IS_INFO_BAR (bar));
  g_assert_true (gtk_widget_get_root (bar) == GTK_ROOT (window));
  g_assert_true (gtk_widget_get_visible (bar));
  /* A second Export PDF Report… while one runs asks for no file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-report", NULL));
  g_assert_null (find_chooser_dialog (GTK_WINDOW (window)));

  quadrant_test_spin_until (export_over, window);
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));

  /* Title, map, the tables of 300 parties and their requirements: many
   * steps, between every two of which the main loop ran something else. */
  g_assert_cmpuint (watch.n_steps, >, 20);
  g_assert_cmpuint (watch.n_interleaved, ==, watch.n_steps - 1);
  g_assert_false (watch.went_back);
  g_assert_cmpfloat (watch.progress, ==, 1.0);
  /* Written to a temporary file, the target only once complete. */
  g_assert_cmpuint (watch.n_target_seen, ==, 0);
  g_assert_cmpuint (watch.n_temp_seen, ==, watch.n_steps);
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.pdf register.quadrant.xml");

  /* The pages of the register before the edit, the map's page landscape. */
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 200);
  g_assert_cmpuint (pdfinfo_pages (pdf_path, 2, &width, &height), ==, expected_pages);
  g_assert_cmpfloat (width, >, height);
  g_assert_cmpuint (expected_pages, !=, core_pages (reg));
  text = pdf_text (pdf_path);
  g_assert_nonnull (strstr (text, "Party 0000"));
  g_assert_nonnull (strstr (text, "Party 0050"));
  g_assert_null (strstr (text, "Renamed during export"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf_path);
}

/* A register that cannot be copied (a party without a name, which the
 * reader refuses) is exported as it is, and an edit starts the export over:
 * the PDF has the edit, and never a mix of two versions. */
static void
test_window_export_pdf_live (void)
{
  g_autoptr(QuadrantRegister) reg = make_register (300);
  g_autoptr(QuadrantParty) second = g_list_model_get_item (quadrant_register_get_parties (reg), 1);
  g_autofree char *folder = g_build_filename (tmp_root, "live", NULL);
  g_autofree char *pdf_path = g_build_filename (folder, "register.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *text = NULL;
  QuadrantPdfExport *export;
  QuadrantWindow *window;
  ExportWatch watch = { 0, };

  if (!have_pdfinfo ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  window = window_with (reg, folder);
  quadrant_register_set_text (reg, second, QUADRANT_FIELD_PARTY_NAME, "");

  watch.window = window;
  watch.pdf_path = pdf_path;
  watch.edit_at = 30;
  watch.keep_parties = TRUE;
  export = start_export (window, folder);
  g_assert_nonnull (export);
  g_signal_connect (export, "notify::progress", G_CALLBACK (export_progress_cb), &watch);
  quadrant_test_spin_until (export_over, window);
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));

  /* Started over after the edit: progress went back, once. */
  g_assert_true (watch.went_back);
  g_assert_cmpuint (watch.n_steps, >, 30);
  g_assert_cmpuint (watch.n_target_seen, ==, 0);
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.pdf register.quadrant.xml");

  text = pdf_text (pdf_path);
  g_assert_nonnull (strstr (text, "Renamed during export"));
  g_assert_null (strstr (text, "Party 0000"));
  {
    double width, height;

    g_assert_cmpuint (pdfinfo_pages (pdf_path, 2, &width, &height), ==, core_pages (reg));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
export_has_drawn (gpointer export)
{
  return quadrant_pdf_export_get_progress (export) > 0.5;
}

/* Cancel in the bar stops the export and leaves nothing behind: no target,
 * no temporary file, no dialog. So does closing the window. */
static void
test_window_export_pdf_cancel (void)
{
  g_autoptr(QuadrantRegister) reg = make_register (300);
  g_autofree char *folder = g_build_filename (tmp_root, "cancel", NULL);
  g_autofree char *listing = NULL;
  QuadrantPdfExport *export;
  QuadrantWindow *window;
  GFile *temp;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  window = window_with (reg, folder);

  /* Halfway through drawing the pages. */
  export = start_export (window, folder);
  g_assert_nonnull (export);
  g_object_add_weak_pointer (G_OBJECT (export), (gpointer *) &export);
  quadrant_test_spin_until (export_has_drawn, export);
  temp = quadrant_pdf_export_get_temp_file (export);
  g_assert_nonnull (temp);
  g_assert_true (g_file_query_exists (temp, NULL));
  gtk_info_bar_response (GTK_INFO_BAR (quadrant_pdf_export_get_bar (export)), GTK_RESPONSE_CANCEL);
  g_assert_null (quadrant_pdf_export_get_running (GTK_WINDOW (window)));
  g_assert_null (export);
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml");

  /* At once, while the temporary file is being created in a thread: the
   * thread's file is deleted when it is done. */
  export = start_export (window, folder);
  g_assert_nonnull (export);
  g_object_add_weak_pointer (G_OBJECT (export), (gpointer *) &export);
  quadrant_pdf_export_cancel (export);
  g_assert_null (quadrant_pdf_export_get_running (GTK_WINDOW (window)));
  quadrant_test_spin_until (export_over, window);
  while (export != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_free (listing);
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml");
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));

  /* Closing the window stops its export. */
  export = start_export (window, folder);
  g_assert_nonnull (export);
  g_object_add_weak_pointer (G_OBJECT (export), (gpointer *) &export);
  quadrant_test_spin_until (export_has_drawn, export);
  gtk_window_destroy (GTK_WINDOW (window));
  while (export != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_free (listing);
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml");

}

/* Makes folder unwritable (or writable again), even for root where the file
 * system has immutable files. FALSE where neither works. */
static gboolean
make_unwritable (const char *folder,
                 gboolean    unwritable)
{
  g_autofree char *probe = g_build_filename (folder, "probe", NULL);
  const char *argv[] = { "chattr", unwritable ? "+i" : "-i", folder, NULL };
  int fd;

  if (getuid () != 0)
    g_assert_cmpint (g_chmod (folder, unwritable ? 0500 : 0700), ==, 0);
  else if (!g_spawn_sync (NULL, (char **) argv, NULL,
                          G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                          NULL, NULL, NULL, NULL, NULL, NULL))
    return FALSE;

  fd = g_open (probe, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd >= 0)
    {
      close (fd);
      g_unlink (probe);
    }
  return unwritable ? fd < 0 : fd >= 0;
}

/* A failure shows a dialog that names the file and why, and leaves nothing:
 * a folder that cannot be written to, and a disk that fills up halfway. */
static void
test_window_export_pdf_failure (void)
{
  g_autoptr(QuadrantRegister) reg = make_register (100);
  g_autofree char *folder = g_build_filename (tmp_root, "failure", NULL);
  g_autofree char *locked = g_build_filename (tmp_root, "locked", NULL);
  g_autofree char *locked_pdf = g_build_filename (locked, "register.pdf", NULL);
  g_autofree char *full_pdf = g_build_filename (folder, "register.pdf", NULL);
  g_autofree char *listing = NULL;
  QuadrantPdfExport *export;
  QuadrantWindow *window;
  GtkWidget *dialog;
  const char *body;

  g_assert_cmpint (g_mkdir_with_parents (locked, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  /* A folder that may not be written to (after the register was saved in
   * it). Permissions do not stop root, which the tests may run as, but an
   * immutable folder does, where the file system has them. */
  window = window_with (reg, locked);
  if (make_unwritable (locked, TRUE))
    {
      export = start_export (window, locked);
      g_assert_nonnull (export);
      quadrant_test_spin_until (message_dialog_shown, window);
      quadrant_test_spin_until (export_over, window);
      dialog = find_message_dialog (GTK_WINDOW (window));
      g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                       "Could Not Export the PDF Report");
      body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
      g_assert_nonnull (strstr (body, locked_pdf));
      g_assert_nonnull (strstr (body, "you may not write to that folder"));
      gtk_window_destroy (GTK_WINDOW (dialog));
      listing = list_folder (locked);
      g_assert_cmpstr (listing, ==, "register.quadrant.xml");
      g_assert_true (make_unwritable (locked, FALSE));
    }
  else
    g_test_message ("No unwritable folder here (root on a file system without chattr +i): not tested");
  gtk_window_destroy (GTK_WINDOW (window));
  window = window_with (reg, folder);

  /* No room after some pages: the system refuses to make the file larger. */
  quadrant_test_limit_file_size (20000);
  export = start_export (window, folder);
  g_assert_nonnull (export);
  quadrant_test_spin_until (message_dialog_shown, window);
  quadrant_test_limit_file_size (-1);
  g_assert_null (quadrant_pdf_export_get_running (GTK_WINDOW (window)));
  dialog = find_message_dialog (GTK_WINDOW (window));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, full_pdf));
  g_assert_nonnull (strstr (body, g_strerror (EFBIG)));
  if (g_getenv ("QUADRANT_TEST_SCREENSHOT") != NULL)
    {
      g_autofree char *shot = g_strconcat (g_getenv ("QUADRANT_TEST_SCREENSHOT"), "-error.png", NULL);
      const char *argv[] = { "import", "-window", "root", shot, NULL };

      for (guint i = 0; i < 50; i++)
        g_main_context_iteration (NULL, FALSE);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    NULL, NULL);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_free (listing);
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  int status;

  /* Everything the window writes (drafts, recent files) stays in the test's own folder. */
  tmp_root = g_dir_make_tmp ("quadrant-test-ui-print-XXXXXX", NULL);
  g_assert_nonnull (tmp_root);
  data = g_build_filename (tmp_root, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* No accessibility bus under Xvfb; GTK would warn about it in every window. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  /* The chooser of GTK itself, not a portal's, so the test can answer it. */
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = g_object_new (QUADRANT_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/print/operation/export", test_print_operation_export);
  g_test_add_func ("/print/operation/paper", test_print_operation_paper);
  g_test_add_func ("/print/operation/steps", test_print_operation_steps);
  g_test_add_func ("/print/window/actions", test_window_actions);
  g_test_add_func ("/print/window/export-pdf", test_window_export_pdf);
  g_test_add_func ("/print/window/export-pdf/steps", test_window_export_pdf_steps);
  g_test_add_func ("/print/window/export-pdf/live", test_window_export_pdf_live);
  g_test_add_func ("/print/window/export-pdf/cancel", test_window_export_pdf_cancel);
  g_test_add_func ("/print/window/export-pdf/failure", test_window_export_pdf_failure);

  status = g_test_run ();

  g_object_unref (app);
  if (g_getenv ("QUADRANT_KEEP_TEST_FILES") == NULL)
    {
      g_autoptr(GFile) root = g_file_new_for_path (tmp_root);

      remove_tree (root);
    }
  else
    g_printerr ("# files kept in %s\n", tmp_root);
  return status;
}
