/* test-ui-window-disk.c: the document window and its file on disk: changes
 * made by others, its own saves, drafts and their recovery after a crash
 *
 * Runs real windows under Xvfb, as test-ui-window.c does.
 */
#define G_LOG_DOMAIN "test-ui-window-disk"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "quadrant-application.h"
#include "quadrant-details-dialog.h"
#include "quadrant-document-private.h"
#include "quadrant-drafts.h"
#include "quadrant-findings-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-requirements-view.h"
#include "quadrant-reader.h"
#include "quadrant-session.h"
#include "quadrant-window-private.h"
#include "quadrant-writer.h"
#include "quadrant-test-ui.h"
#include "quadrant-test-wait.h"
#include "window-checks.h"

static QuadrantApplication *app;
static char *tmp_root;

/* ---- Tests ---- */

static gboolean
disk_bar_revealed (gpointer window)
{
  return gtk_info_bar_get_revealed (((QuadrantWindow *) window)->disk_bar);
}

static gboolean
first_party_renamed_elsewhere (gpointer window)
{
  return g_strcmp0 (quadrant_party_get_name (first_party (window)), "Renamed elsewhere") == 0;
}

static void
test_changed_on_disk_bar (void)
{
  g_autoptr(GFile) file = NULL;
  QuadrantWindow *window = open_copy (&file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(QuadrantRegister) other = NULL;
  g_autoptr(QuadrantParty) other_party = NULL;
  g_autoptr(GBytes) bytes = NULL;

  /* Another program renames a party and saves. */
  other = quadrant_reader_load_file (file, NULL, NULL);
  g_assert_nonnull (other);
  other_party = g_list_model_get_item (quadrant_register_get_parties (other), 0);
  quadrant_register_set_text (other, other_party, QUADRANT_FIELD_PARTY_NAME, "Renamed elsewhere");
  bytes = quadrant_writer_to_bytes (other);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  quadrant_test_spin_until (disk_bar_revealed, window);
  g_assert_nonnull (strstr (gtk_label_get_text (window->disk_bar_label), "changed on disk"));

  /* Reload (nothing unsaved, so no question) brings the other program's version. */
  gtk_info_bar_response (window->disk_bar, 1);
  quadrant_test_spin_until (first_party_renamed_elsewhere, window);
  g_assert_cmpstr (quadrant_party_get_name (first_party (window)), ==, "Renamed elsewhere");
  g_assert_false (disk_bar_revealed (window));
  g_assert_false (quadrant_window_has_unsaved_changes (window));

  destroy_window (window);
}

static void
count_event_cb (GFileMonitor      *monitor,
                GFile             *file,
                GFile             *other,
                GFileMonitorEvent  event,
                guint             *n_events)
{
  (*n_events)++;
}

typedef struct {
  QuadrantWindow *window;
  guint           n_events;
} MonitorWatch;

/* The monitor has seen our save and its debounced check has run. */
static gboolean
own_save_checked (gpointer data)
{
  MonitorWatch *watch = data;

  QuadrantDocument *document = quadrant_window_get_document (watch->window);

  return watch->n_events > 0 && document->monitor_source == 0 && !document->saving
         && document->check_cancellable == NULL;
}

static void
test_own_save_is_quiet (void)
{
  QuadrantWindow *window = open_copy (NULL);
  MonitorWatch watch = { window, 0 };
  QuadrantDocument *document = quadrant_window_get_document (window);

  g_assert_nonnull (document->monitor);
  g_signal_connect (document->monitor, "changed", G_CALLBACK (count_event_cb), &watch.n_events);

  rename_first_party (window, "Saved by us");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  quadrant_test_spin_until (own_save_checked, &watch);
  g_assert_false (disk_bar_revealed (window));

  g_signal_handlers_disconnect_by_data (document->monitor, &watch.n_events);
  destroy_window (window);
}

static void
test_draft_discarded_on_close (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  QuadrantWindow *window;

  g_settings_set_uint (settings, "draft-interval", 1);
  window = open_copy (NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  g_assert_cmpuint (count_drafts (), ==, 0);
  rename_first_party (window, "Draft me");
  quadrant_test_spin_until (has_draft, window);
  g_assert_cmpuint (count_drafts (), ==, 1);

  gtk_window_close (GTK_WINDOW (window));
  answer_dialog (GTK_WINDOW (window), "discard");
  quadrant_test_spin_until (window_gone, &window);
  g_assert_cmpuint (count_drafts (), ==, 0);
}

static void
test_draft_deleted_on_save (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  QuadrantWindow *window;

  g_settings_set_uint (settings, "draft-interval", 1);
  window = open_copy (NULL);

  rename_first_party (window, "Draft then save");
  quadrant_test_spin_until (has_draft, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  quadrant_test_spin_until (is_saved, window);
  g_assert_null (quadrant_window_get_draft_id (window));
  g_assert_cmpuint (count_drafts (), ==, 0);

  destroy_window (window);
}

static gboolean
window_shows_target (gpointer file)
{
  return quadrant_session_find_window (quadrant_session_get_default (), file) != NULL;
}

/* The child writes a draft and dies without cleaning up, like kill -9. */
static void
test_draft_recovery (void)
{
  /* Shared with the child, which has a temporary folder of its own. */
  g_autofree char *path_file = g_build_filename (g_get_user_data_dir (), "recovery-target", NULL);
  g_autofree char *target_path = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *dir = quadrant_drafts_get_default_dir ();
  QuadrantWindow *recovered = NULL;
  QuadrantDraft *draft;
  GtkWindow *parent;

  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
      g_autoptr(GFile) file = NULL;
      g_autofree char *path = NULL;
      QuadrantWindow *window;

      g_settings_set_uint (settings, "draft-interval", 1);
      window = open_copy (&file);
      path = g_file_get_path (file);
      g_assert_true (g_file_set_contents (path_file, path, -1, NULL));

      rename_first_party (window, "Typed before the crash");
      quadrant_test_spin_until (has_draft, window);
      _exit (0);
    }

  g_assert_cmpuint (count_drafts (), ==, 0);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  g_assert_true (g_file_get_contents (path_file, &target_path, NULL, NULL));
  target = g_file_new_for_path (target_path);

  drafts = quadrant_drafts_list (dir, TRUE);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_nonnull (draft->original);
  g_assert_true (g_file_equal (draft->original, target));

  /* The next start, opening another register, offers it over that
   * register's window once the window is up (not as a dialog of its own that
   * can open behind it); Not Now keeps it for later. */
  {
    g_autoptr(GFile) other = example_copy ();
    GtkWindow *opened;

    g_application_open (G_APPLICATION (app), &other, 1, "");
    quadrant_test_spin_until (window_shows_target, other);
    opened = GTK_WINDOW (quadrant_session_find_window (quadrant_session_get_default (), other));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (wait_for_dialog (opened)),
                              "northwind.quadrant.xml"));
    answer_dialog (opened, "later");
    g_assert_cmpuint (count_drafts (), ==, 1);
    /* Not destroy_window (): that cleans up the drafts. */
    gtk_window_destroy (opened);
    quadrant_test_spin_pending ();
  }

  /* Offered again on request, over an untouched window. */
  parent = GTK_WINDOW (quadrant_window_new (app));
  gtk_window_present (parent);
  g_assert_true (quadrant_application_offer_recovery (app, parent));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (wait_for_dialog (parent)),
                            "northwind.quadrant.xml"));
  answer_dialog (parent, "later");
  g_assert_cmpuint (count_drafts (), ==, 1);

  /* Recover: the untouched window gets the draft, bound to its file, unsaved. */
  g_assert_true (quadrant_application_offer_recovery (app, parent));
  answer_dialog (parent, "recover");
  quadrant_test_spin_until (window_shows_target, target);
  recovered = quadrant_session_find_window (quadrant_session_get_default (), target);
  g_assert_true (recovered == QUADRANT_WINDOW (parent));
  g_assert_true (quadrant_window_has_unsaved_changes (recovered));
  g_assert_cmpstr (quadrant_party_get_name (first_party (recovered)), ==, "Typed before the crash");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (recovered)), ==, "*northwind.quadrant.xml");

  /* Its own draft is not offered again while it is open. */
  g_assert_false (quadrant_application_offer_recovery (app, NULL));

  /* Saving writes the recovered work to the original file and ends the draft. */
  gtk_widget_activate_action (GTK_WIDGET (recovered), "win.save", NULL);
  quadrant_test_spin_until (is_saved, recovered);
  g_assert_cmpuint (count_drafts (), ==, 0);
  {
    g_autofree char *saved = file_contents (target);

    g_assert_nonnull (strstr (saved, "Typed before the crash"));
  }

  destroy_window (recovered);
}

static void
test_drafts_store (void)
{
  g_autofree char *dir = g_build_filename (tmp_root, "draft-store", NULL);
  g_autofree char *id = quadrant_drafts_new_id ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<register/>", 11);
  g_autoptr(GFile) original = g_file_new_for_path ("/srv/isms/register.quadrant.xml");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantDraft *draft;

  drafts = quadrant_drafts_list (dir, TRUE);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_true (quadrant_drafts_write (dir, id, bytes, original, "123:456", &error));
  g_assert_no_error (error);
  drafts = quadrant_drafts_list (dir, TRUE);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->id, ==, id);
  g_assert_true (g_file_equal (draft->original, original));
  g_assert_cmpstr (draft->etag, ==, "123:456");
  g_assert_cmpint (draft->pid, ==, getpid ());
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_true (quadrant_drafts_remove (dir, id, &error));
  g_assert_true (quadrant_drafts_remove (dir, id, &error)); /* twice is fine */
  drafts = quadrant_drafts_list (dir, FALSE);
  g_assert_cmpuint (drafts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = window_checks_init (&argc, &argv, "test-ui-window-disk", &tmp_root);

  g_test_add_func ("/window/drafts/store", test_drafts_store);
  g_test_add_func ("/window/monitor/changed-on-disk", test_changed_on_disk_bar);
  g_test_add_func ("/window/monitor/own-save-is-quiet", test_own_save_is_quiet);
  g_test_add_func ("/window/drafts/discarded-on-close", test_draft_discarded_on_close);
  g_test_add_func ("/window/drafts/deleted-on-save", test_draft_deleted_on_save);
  g_test_add_func ("/window/drafts/recovery", test_draft_recovery);

  status = g_test_run ();

  g_clear_object (&app);
  return status;
}
