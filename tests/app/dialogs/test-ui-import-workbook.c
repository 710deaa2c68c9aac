/* test-ui-import-workbook.c: Quadrant's own workbook imported from the
 * window, through Import Spreadsheet…, its file chooser and the import
 * dialog: the parties sheet and the requirements sheet arrive together, as
 * the command line joins them, in one undo step. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "quadrant-application.h"
#include "quadrant-import-dialog.h"
#include "quadrant-resources.h"
#include "quadrant-window.h"
#include "quadrant-xlsx-export.h"
#include "quadrant-test-data.h"
#include "quadrant-test-ui.h"

static QuadrantApplication *app;

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_assert_null (found);
          found = window;
        }
    }
  return found;
}

static gboolean
chooser_shown (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
import_dialog_shown (gpointer data)
{
  return find_toplevel (QUADRANT_TYPE_IMPORT_DIALOG) != NULL;
}

static gboolean
import_dialog_closed (gpointer data)
{
  return find_toplevel (QUADRANT_TYPE_IMPORT_DIALOG) == NULL;
}

/* args: the file chooser and the GFile it should have selected. */
static gboolean
chooser_has_file (gpointer data)
{
  gpointer *args = data;
  g_autoptr(GFile) selected = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (args[0]));

  return selected != NULL && g_file_equal (selected, args[1]);
}

static void
test_import_exported_workbook (void)
{
  g_autoptr(QuadrantRegister) example = quadrant_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xlsx = quadrant_xlsx_export (example, NULL, &error);
  g_autofree char *dir = g_dir_make_tmp ("quadrant-test-import-workbook-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "register.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  QuadrantWindow *window = quadrant_window_new (app);
  QuadrantRegister *reg = quadrant_window_get_register (window);
  QuadrantImportDialog *dialog;
  GtkWindow *chooser;
  GListModel *parties;

  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_requirements (example), >, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (xlsx, NULL), g_bytes_get_size (xlsx), NULL));

  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (1);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-csv", NULL));
  quadrant_test_spin_until (chooser_shown, NULL);
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  {
    gpointer args[] = { chooser, file };

    quadrant_test_spin_until (chooser_has_file, args);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  quadrant_test_spin_until (import_dialog_shown, NULL);
  dialog = (QuadrantImportDialog *) find_toplevel (QUADRANT_TYPE_IMPORT_DIALOG);
  g_assert_cmpuint (quadrant_import_dialog_get_n_problems (dialog), ==, 0);
  g_assert_true (quadrant_import_dialog_accept (dialog));
  quadrant_test_spin_until (import_dialog_closed, NULL);

  /* Every party with every one of its requirements, found by their ids. */
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, quadrant_register_get_n_parties (example));
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, quadrant_register_get_n_requirements (example));
  parties = quadrant_register_get_parties (example);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      QuadrantParty *imported = quadrant_register_find_party (reg, quadrant_party_get_id (party));

      g_assert_nonnull (imported);
      g_assert_cmpstr (quadrant_party_get_name (imported), ==, quadrant_party_get_name (party));
      g_assert_cmpuint (quadrant_party_get_n_requirements (imported), ==, quadrant_party_get_n_requirements (party));
    }

  /* Both sheets are one step: one undo takes all of it back. */
  g_assert_true (quadrant_register_can_undo (reg));
  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, 0);
  g_assert_false (quadrant_register_can_undo (reg));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-import-workbook");

  g_test_add_func ("/import-dialog/exported-workbook", test_import_exported_workbook);

  return g_test_run ();
}
