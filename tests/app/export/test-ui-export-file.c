/* test-ui-export-file.c: every export from the window is written the way a
 * register is saved (quadrant-export-file.h): never over the open register,
 * not through a symbolic or a hard link either, and through a symbolic link
 * to another file the link stays and the file it names is replaced whole. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "quadrant-application.h"
#include "quadrant-document.h"
#include "quadrant-export-file.h"
#include "quadrant-report.h"
#include "quadrant-resources.h"
#include "quadrant-window.h"
#include "quadrant-writer.h"
#include "quadrant-test-data.h"
#include "quadrant-test-ui.h"

static QuadrantApplication *app;

static guint
count_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        n++;
    }
  return n;
}

static void
close_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  int *outcome = user_data;

  *outcome = g_task_had_error (G_TASK (result)) ? 2 : 1;
}

static gboolean
outcome_known (gpointer data)
{
  return *(int *) data != 0;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Files in dir, besides a lock of a register open in a window. */
static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, ".~lock."))
      n++;
  return n;
}

static void
test_export_links (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) saved = quadrant_writer_to_bytes (reg);
  g_autoptr(GBytes) html = quadrant_report_to_html (reg, NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("quadrant-test-export-file-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "northwind.quadrant.xml", NULL);
  g_autofree char *symlink_path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *hardlink_path = g_build_filename (dir, "copy.html", NULL);
  g_autofree char *other_path = g_build_filename (dir, "old-report.html", NULL);
  g_autofree char *latest_path = g_build_filename (dir, "latest.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) symlink_file = g_file_new_for_path (symlink_path);
  g_autoptr(GFile) hardlink_file = g_file_new_for_path (hardlink_path);
  g_autoptr(GFile) latest_file = g_file_new_for_path (latest_path);
  g_autoptr(QuadrantDocument) document = NULL;
  QuadrantWindow *window = quadrant_window_new (app);
  const char *saved_text;
  int outcome = 0;

  g_assert_nonnull (html);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), NULL));
  saved_text = g_bytes_get_data (saved, NULL);
  document = quadrant_document_new (reg, file, NULL);
  quadrant_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (1);
  g_assert_true (g_file_equal (quadrant_window_get_file (window), file));

  /* The register under another name: refused at once, said over the window. */
  g_assert_cmpint (symlink ("northwind.quadrant.xml", symlink_path), ==, 0);
  g_assert_cmpint (link (path, hardlink_path), ==, 0);
  g_assert_false (quadrant_export_file_write (window, symlink_file, html, "Not Exported", NULL, NULL));
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  close_message_dialogs ();
  g_assert_false (quadrant_export_file_write (window, hardlink_file, html, "Not Exported", NULL, NULL));
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  close_message_dialogs ();
  {
    g_autofree char *text = read_text (path);

    g_assert_true (strncmp (text, saved_text, g_bytes_get_size (saved)) == 0);
    g_assert_true (g_file_test (symlink_path, G_FILE_TEST_IS_SYMLINK));
  }

  /* A link to another file: that file gets the report, the link stays, and
   * nothing temporary is left beside it. */
  g_assert_true (g_file_set_contents (other_path, "last year's report", -1, NULL));
  g_assert_cmpint (symlink ("old-report.html", latest_path), ==, 0);
  g_assert_true (quadrant_export_file_write (window, latest_file, html, "Not Exported", written_cb, &outcome));
  quadrant_test_spin_until (outcome_known, &outcome);
  g_assert_cmpint (outcome, ==, 1);
  g_assert_cmpuint (count_message_dialogs (), ==, 0);
  g_assert_true (g_file_test (latest_path, G_FILE_TEST_IS_SYMLINK));
  {
    g_autofree char *text = read_text (other_path);

    g_assert_cmpuint (strlen (text), ==, g_bytes_get_size (html));
    g_assert_true (memcmp (text, g_bytes_get_data (html, NULL), g_bytes_get_size (html)) == 0);
  }
  /* The register, two links to it, the old report and the link to that. */
  g_assert_cmpuint (count_entries (dir), ==, 5);

  /* A folder that cannot be written: the failure is said over the window. */
  {
    g_autofree char *missing = g_build_filename (dir, "no-such-folder", "report.html", NULL);
    g_autoptr(GFile) missing_file = g_file_new_for_path (missing);

    outcome = 0;
    g_assert_true (quadrant_export_file_write (window, missing_file, html, "Not Exported", written_cb, &outcome));
    quadrant_test_spin_until (outcome_known, &outcome);
    g_assert_cmpint (outcome, ==, 2);
    g_assert_cmpuint (count_message_dialogs (), ==, 1);
    close_message_dialogs ();
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (latest_path);
  g_unlink (other_path);
  g_unlink (hardlink_path);
  g_unlink (symlink_path);
  g_unlink (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-export-file");

  g_test_add_func ("/export-file/links", test_export_links);

  return g_test_run ();
}
