/* test-ui-pdf-export.c: "Export PDF Report…" in steps, with the window
 * responsive and showing progress, cancelled, and failing (a folder that
 * cannot be written to, no room after some pages) with nothing left
 * behind; the PDFs are read back with poppler's pdfinfo and pdftotext.
 * QUADRANT_TEST_SCREENSHOT=FILE takes screenshots to look at. */
#define G_LOG_DOMAIN "test-ui-pdf-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
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
#include "quadrant-test-files.h"
#include "quadrant-test-locale.h"
#include "quadrant-test-ui.h"
#include "print-checks.h"

static QuadrantApplication *app;
static char *tmp_root;

/* ---- Export PDF Report… in steps ---- */

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
  dialog = print_checks_find_chooser (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  /* The chooser loads its folder asynchronously. */
  print_checks_wait_for_choice (dialog, expected);
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
  g_autoptr(QuadrantRegister) reg = print_checks_make_register (300);
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

  if (!print_checks_have_pdfinfo ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  expected_pages = print_checks_core_pages (reg);
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
  g_assert_null (print_checks_find_chooser (GTK_WINDOW (window)));

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
  listing = quadrant_test_list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.pdf,register.quadrant.xml");

  /* The pages of the register before the edit, the map's page landscape. */
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 200);
  g_assert_cmpuint (print_checks_pdfinfo_pages (pdf_path, 2, &width, &height), ==, expected_pages);
  g_assert_cmpfloat (width, >, height);
  g_assert_cmpuint (expected_pages, !=, print_checks_core_pages (reg));
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
  g_autoptr(QuadrantRegister) reg = print_checks_make_register (300);
  g_autoptr(QuadrantParty) second = g_list_model_get_item (quadrant_register_get_parties (reg), 1);
  g_autofree char *folder = g_build_filename (tmp_root, "live", NULL);
  g_autofree char *pdf_path = g_build_filename (folder, "register.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *text = NULL;
  QuadrantPdfExport *export;
  QuadrantWindow *window;
  ExportWatch watch = { 0, };

  if (!print_checks_have_pdfinfo ())
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
  listing = quadrant_test_list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.pdf,register.quadrant.xml");

  text = pdf_text (pdf_path);
  g_assert_nonnull (strstr (text, "Renamed during export"));
  g_assert_null (strstr (text, "Party 0000"));
  {
    double width, height;

    g_assert_cmpuint (print_checks_pdfinfo_pages (pdf_path, 2, &width, &height), ==, print_checks_core_pages (reg));
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
  g_autoptr(QuadrantRegister) reg = print_checks_make_register (300);
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
  listing = quadrant_test_list_folder (folder);
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
  listing = quadrant_test_list_folder (folder);
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
  listing = quadrant_test_list_folder (folder);
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
  g_autoptr(QuadrantRegister) reg = print_checks_make_register (100);
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
      listing = quadrant_test_list_folder (locked);
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
  listing = quadrant_test_list_folder (folder);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A German register exported by someone who reads English: the PDF is
 * German (the register's language), the window stays English. */
static void
test_window_export_pdf_language (void)
{
  static const char po[] =
    "msgid \"Document Control\"\nmsgstr \"Dokumentenlenkung (Test)\"\n\n"
    "msgid \"Preparing…\"\nmsgstr \"Vorbereitung (Test)\"\n";
  g_autoptr(QuadrantRegister) reg = print_checks_make_register (3);
  g_autofree char *folder = g_build_filename (tmp_root, "language", NULL);
  g_autofree char *pdf_path = g_build_filename (folder, "register.pdf", NULL);
  g_autoptr(QuadrantTestLocale) locale = NULL;
  g_autofree char *text = NULL;
  QuadrantWindow *window;

  if (!print_checks_have_pdfinfo ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  quadrant_register_set_language (reg, "de");
  locale = quadrant_test_locale_new ("de", po);
  g_setenv ("LANGUAGE", "en", TRUE);
  window = window_with (reg, folder);
  g_assert_nonnull (start_export (window, folder));
  quadrant_test_spin_until (export_over, window);
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));

  text = pdf_text (pdf_path);
  g_assert_nonnull (strstr (text, "Dokumentenlenkung (Test)"));
  g_assert_null (strstr (text, "Document Control"));
  /* Between the steps the messages are the user's again. */
  g_assert_cmpstr (_("Preparing…"), ==, "Preparing…");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = print_checks_init (&argc, &argv, "test-ui-pdf-export", &tmp_root);

  g_test_add_func ("/print/window/export-pdf/steps", test_window_export_pdf_steps);
  g_test_add_func ("/print/window/export-pdf/live", test_window_export_pdf_live);
  g_test_add_func ("/print/window/export-pdf/cancel", test_window_export_pdf_cancel);
  g_test_add_func ("/print/window/export-pdf/failure", test_window_export_pdf_failure);
  g_test_add_func ("/print/window/export-pdf/language", test_window_export_pdf_language);

  status = g_test_run ();
  print_checks_finish (app, tmp_root);
  return status;
}
