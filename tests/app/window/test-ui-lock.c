/* test-ui-lock.c: a register someone else has open in a shared folder: the
 * window names who, and saving asks before replacing the file they have
 * open (Cancel leaves it alone; Save Anyway saves, once asked). */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "quadrant-application.h"
#include "quadrant-document.h"
#include "quadrant-lock.h"
#include "quadrant-resources.h"
#include "quadrant-window.h"
#include "quadrant-writer.h"
#include "quadrant-test-data.h"
#include "quadrant-test-ui.h"

static QuadrantApplication *app;

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

/* The text of a revealed info bar under widget that mentions needle. */
static gboolean
bar_says (GtkWidget  *widget,
          const char *needle)
{
  if (GTK_IS_INFO_BAR (widget) && !gtk_info_bar_get_revealed (GTK_INFO_BAR (widget)))
    return FALSE;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    {
      GtkWidget *bar = gtk_widget_get_ancestor (widget, GTK_TYPE_INFO_BAR);

      return bar != NULL && gtk_info_bar_get_revealed (GTK_INFO_BAR (bar));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (bar_says (child, needle))
      return TRUE;
  return FALSE;
}

typedef struct {
  gboolean done;
  GError  *error;
} Saved;

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saved *saved = user_data;

  quadrant_window_save_finish (QUADRANT_WINDOW (object), result, &saved->error);
  saved->done = TRUE;
}

static gboolean
save_done (gpointer data)
{
  return ((Saved *) data)->done;
}

static char *
read_text (GFile *file)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (g_file_peek_path (file), &text, NULL, NULL));
  return text;
}

static void
rename_organisation (QuadrantWindow *window,
                     const char     *name)
{
  QuadrantRegister *reg = quadrant_window_get_register (window);

  quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_ORGANISATION, name);
}

static void
test_lock_notice (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  g_autofree char *dir = g_dir_make_tmp ("quadrant-test-ui-lock-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shared.quadrant.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *since = g_date_time_format_iso8601 (now);
  g_autofree char *lock = g_strdup_printf ("[Lock]\nname=Anna Schmidt\nuser=anna\nhost=ws-12.example\npid=4242\n"
                                           "since=%s\n", since);
  g_autoptr(QuadrantDocument) document = NULL;
  QuadrantWindow *window = quadrant_window_new (app);
  AdwMessageDialog *dialog;
  Saved saved = { 0 };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_assert_true (g_file_set_contents (g_file_peek_path (lock_file), lock, -1, NULL));

  /* The register as the window opens it, from the file. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *etag = quadrant_safe_file_identity (file, &error);
    g_autoptr(QuadrantRegister) loaded = quadrant_test_load_example ();

    g_assert_no_error (error);
    document = quadrant_document_new (loaded, file, etag);
  }
  quadrant_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (1);

  /* The window says who has it open. */
  g_assert_true (bar_says (GTK_WIDGET (window), "Anna Schmidt (anna on ws-12.example)"));

  /* Saving asks; Cancel leaves her file alone. */
  rename_organisation (window, "Edited While Anna Had It Open");
  quadrant_window_save_async (window, NULL, saved_cb, &saved);
  quadrant_test_spin_until (dialog_shown, NULL);
  dialog = find_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_until (save_done, &saved);
  g_assert_error (saved.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&saved.error);
  {
    g_autofree char *text = read_text (file);

    g_assert_null (strstr (text, "Edited While Anna Had It Open"));
  }

  /* Save Anyway saves; the next save does not ask again. */
  saved.done = FALSE;
  quadrant_window_save_async (window, NULL, saved_cb, &saved);
  quadrant_test_spin_until (dialog_shown, NULL);
  dialog = find_dialog ();
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_until (save_done, &saved);
  g_assert_no_error (saved.error);
  {
    g_autofree char *text = read_text (file);

    g_assert_nonnull (strstr (text, "Edited While Anna Had It Open"));
  }
  rename_organisation (window, "Edited Again");
  saved.done = FALSE;
  quadrant_window_save_async (window, NULL, saved_cb, &saved);
  g_assert_null (find_dialog ());
  quadrant_test_spin_until (save_done, &saved);
  g_assert_no_error (saved.error);

  /* Her lock is hers to remove. */
  gtk_window_destroy (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (g_file_peek_path (lock_file), &text, NULL, NULL));
    g_assert_cmpstr (text, ==, lock);
  }

  g_unlink (g_file_peek_path (lock_file));
  g_unlink (path);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_unlink (backup);
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-lock");

  g_test_add_func ("/lock/notice-and-save", test_lock_notice);

  return g_test_run ();
}
