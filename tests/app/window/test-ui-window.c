/* test-ui-window.c: the document window: open, save, close, undo, actions
 *
 * Runs real windows under Xvfb. Dialogs are found among the toplevels and
 * answered with adw_message_dialog_response(), as a user would click them.
 * The window and its file on disk (monitor, drafts): test-ui-window-disk.c.
 */
#define G_LOG_DOMAIN "test-ui-window"

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

static void
test_open_example (void)
{
  /* A copy: a lock left beside the shipped example (a killed program) would
   * make opening it ask first. */
  g_autoptr(GFile) file = example_copy ();
  QuadrantWindow *window;
  QuadrantRegister *reg;

  window = open_file (file, NULL);
  g_assert_nonnull (window);
  quadrant_test_spin_pending ();

  reg = quadrant_window_get_register (window);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, NORTHWIND_PARTIES);
  g_assert_cmpstr (quadrant_register_get_organisation (reg), ==, "Northwind Health Systems Ltd");
  g_assert_false (quadrant_window_has_unsaved_changes (window));
  g_assert_true (g_file_equal (quadrant_window_get_file (window), file));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "northwind.quadrant.xml");
  g_assert_cmpstr (adw_view_switcher_title_get_title (window->switcher_title), ==,
                   "northwind.quadrant.xml");
  g_assert_nonnull (strstr (adw_view_switcher_title_get_subtitle (window->switcher_title),
                            "Northwind Health Systems Ltd"));

  /* The four pages, in order. */
  g_assert_nonnull (adw_view_stack_get_child_by_name (window->stack, "parties"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (window->stack, "requirements"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (window->stack, "map"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (window->stack, "findings"));

  /* Every page gets the document: the visible one at once, the rest once
   * the first frame is out. */
  g_assert_true (quadrant_parties_view_get_register (QUADRANT_PARTIES_VIEW (window->parties_view)) == reg);
  g_assert_true (quadrant_requirements_view_get_register (QUADRANT_REQUIREMENTS_VIEW (window->requirements_view)) == reg);

  /* Opening the same file again raises its window instead of a second copy. */
  g_assert_true (open_file (file, NULL) == window);

  destroy_window (window);
}

static void
test_open_reuses_untouched_window (void)
{
  /* A copy: a lock left beside the shipped example (a killed program) would
   * make opening it ask first. */
  g_autoptr(GFile) file = example_copy ();
  QuadrantWindow *empty = quadrant_window_new (app);
  QuadrantWindow *edited = quadrant_window_new (app);
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  QuadrantWindow *window;

  gtk_window_present (GTK_WINDOW (empty));
  g_assert_true (quadrant_window_is_untouched (empty));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (empty)), ==, "Unsaved register");

  window = open_file (file, empty);
  g_assert_true (window == empty);
  g_assert_cmpuint (quadrant_register_get_n_parties (quadrant_window_get_register (empty)), ==,
                    NORTHWIND_PARTIES);
  destroy_window (empty);

  /* A new register with an edit is not thrown away for the file. */
  quadrant_register_add_party (quadrant_window_get_register (edited), party);
  g_assert_false (quadrant_window_is_untouched (edited));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (edited)), ==, "*Unsaved register");
  window = open_file (file, edited);
  g_assert_nonnull (window);
  g_assert_true (window != edited);
  g_assert_cmpuint (quadrant_register_get_n_parties (quadrant_window_get_register (edited)), ==, 1);

  destroy_window (window);
  destroy_window (edited);
}

static void
test_open_failure_keeps_document (void)
{
  g_autoptr(GFile) good = NULL;
  g_autofree char *bad_path = g_build_filename (tmp_root, "broken.quadrant.xml", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  QuadrantWindow *window = open_copy (&good);
  QuadrantRegister *before = quadrant_window_get_register (window);
  AdwMessageDialog *dialog;
  const char *body;

  rename_first_party (window, "Edited before the failed open");
  g_assert_true (g_file_set_contents (bad_path,
                                      "<?xml version=\"1.0\"?>\n"
                                      "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
                                      "  <metadata>\n"
                                      "</register>\n", -1, NULL));

  g_assert_null (open_file (bad, window));
  dialog = wait_for_dialog (GTK_WINDOW (window));
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "broken.quadrant.xml"));
  g_assert_nonnull (strstr (body, ":4:")); /* the line of the mismatched tag */
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken.quadrant.xml"));

  /* The window and its document are exactly as they were. */
  g_assert_true (quadrant_window_get_register (window) == before);
  g_assert_true (g_file_equal (quadrant_window_get_file (window), good));
  g_assert_cmpuint (quadrant_register_get_n_parties (before), ==, NORTHWIND_PARTIES);
  g_assert_cmpstr (quadrant_party_get_name (first_party (window)), ==, "Edited before the failed open");
  g_assert_true (quadrant_window_has_unsaved_changes (window));
  g_assert_null (quadrant_session_find_window (quadrant_session_get_default (), bad));

  /* quadrant_window_load_file keeps the document too. */
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
  quadrant_window_load_file (window, bad);
  answer_dialog (GTK_WINDOW (window), "close");
  g_assert_true (quadrant_window_get_register (window) == before);

  destroy_window (window);
}

static void
test_save (void)
{
  g_autoptr(GFile) file = NULL;
  QuadrantWindow *window = open_copy (&file);
  g_autofree char *saved = NULL;

  rename_first_party (window, "Saved by the window test");
  g_assert_true (quadrant_window_has_unsaved_changes (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "*northwind.quadrant.xml");
  g_assert_true (g_str_has_prefix (adw_view_switcher_title_get_title (window->switcher_title), "•"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  quadrant_test_spin_until (is_saved, window);

  g_assert_false (quadrant_register_is_dirty (quadrant_window_get_register (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "northwind.quadrant.xml");
  saved = file_contents (file);
  g_assert_nonnull (strstr (saved, "Saved by the window test"));
  g_assert_null (find_dialog (GTK_WINDOW (window)));

  destroy_window (window);
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

static gboolean
window_has_file (gpointer window)
{
  return quadrant_window_get_file (window) != NULL;
}

static gboolean
chooser_shown (gpointer window)
{
  return ((QuadrantWindow *) window)->chooser != NULL;
}

static void
test_save_new_register (void)
{
  QuadrantWindow *window = quadrant_window_new (app);
  QuadrantRegister *reg = quadrant_window_get_register (window);
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autofree char *dir = g_build_filename (tmp_root, "save-as-XXXXXX", NULL);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) expected = NULL;
  g_autoptr(GtkNativeDialog) native = NULL;
  GtkFileChooser *chooser;
  GtkWidget *dialog;
  g_autofree char *saved = NULL;
  g_autofree char *old_cwd = NULL;

  g_assert_nonnull (g_mkdtemp (dir));
  folder = g_file_new_for_path (dir);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Contoso Ltd");
  quadrant_party_set_name (party, "First party of a new register");
  quadrant_register_add_party (reg, party);

  /* Never saved: Save asks for a name, suggesting one from the organisation. */
  old_cwd = g_get_current_dir ();
  g_assert_cmpint (g_chdir (dir), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  quadrant_test_spin_until (chooser_shown, window);
  native = g_object_ref (window->chooser);
  chooser = GTK_FILE_CHOOSER (native);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (chooser), ==, "Contoso Ltd.quadrant.xml");

  /* The user accepts the suggestion, in the chooser's dialog (GTK's own
   * without a portal, as under Xvfb), which opens in the working folder. */
  dialog = find_chooser_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  expected = g_file_get_child (folder, "Contoso Ltd.quadrant.xml");
  /* The chooser loads its folder asynchronously. */
  expected_choice = expected;
  quadrant_test_spin_until (chooser_has_expected_file, dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the folder before it answers. */
  quadrant_test_spin_until (window_has_file, window);
  g_assert_cmpint (g_chdir (old_cwd), ==, 0);

  g_assert_nonnull (quadrant_window_get_file (window));
  g_assert_true (g_file_equal (quadrant_window_get_file (window), expected));
  g_assert_false (quadrant_window_has_unsaved_changes (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Contoso Ltd.quadrant.xml");
  saved = file_contents (expected);
  g_assert_nonnull (strstr (saved, "First party of a new register"));

  destroy_window (window);
}

static void
test_save_changed_on_disk (void)
{
  g_autoptr(GFile) file = NULL;
  QuadrantWindow *window = open_copy (&file);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;
  g_autofree char *external = NULL;

  rename_first_party (window, "Ours");

  /* Another program rewrites the file (a newer mtime, so a new etag). */
  contents = file_contents (file);
  external = g_strconcat (contents, "<!-- edited elsewhere -->\n", NULL);
  g_assert_true (g_file_set_contents (path, external, -1, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (wait_for_dialog (GTK_WINDOW (window))), ==,
                   "The File Changed on Disk");
  answer_dialog (GTK_WINDOW (window), "cancel");
  g_assert_true (quadrant_window_has_unsaved_changes (window));
  g_free (contents);
  contents = file_contents (file);
  g_assert_cmpstr (contents, ==, external);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  answer_dialog (GTK_WINDOW (window), "overwrite");
  quadrant_test_spin_until (is_saved, window);
  g_free (contents);
  contents = file_contents (file);
  g_assert_nonnull (strstr (contents, "Ours"));
  g_assert_null (strstr (contents, "edited elsewhere"));

  destroy_window (window);
}

/* The write fails in the worker (the folder is gone, as on an unplugged
 * drive): the window says so and nothing is lost. */
static void
test_save_failure (void)
{
  g_autoptr(GFile) file = NULL;
  QuadrantWindow *window = open_copy (&file);
  g_autofree char *before = file_contents (file);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *moved_path = g_strconcat (g_file_peek_path (folder), "-moved", NULL);
  g_autoptr(GFile) moved = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  rename_first_party (window, "Not written");
  g_assert_cmpint (g_rename (g_file_peek_path (folder), moved_path), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);

  dialog = wait_for_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "northwind.quadrant.xml"));
  answer_dialog (GTK_WINDOW (window), "close");

  /* Nothing is lost: still unsaved, and the file is untouched. */
  g_assert_true (quadrant_window_has_unsaved_changes (window));
  moved = g_file_new_build_filename (moved_path, "northwind.quadrant.xml", NULL);
  after = file_contents (moved);
  g_assert_cmpstr (after, ==, before);

  destroy_window (window);
}

static void
test_close_unsaved (void)
{
  g_autoptr(GFile) file = NULL;
  QuadrantWindow *window = open_copy (&file);
  g_autofree char *before = file_contents (file);
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  /* Unchanged: closes without a question. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  rename_first_party (window, "Close me");

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "northwind.quadrant.xml"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));

  /* Cancel keeps the window and its changes. */
  answer_dialog (GTK_WINDOW (window), "cancel");
  g_assert_nonnull (window);
  g_assert_true (is_app_window (window));
  g_assert_true (quadrant_window_has_unsaved_changes (window));

  /* Discard closes it and leaves the file alone. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  answer_dialog (GTK_WINDOW (window), "discard");
  quadrant_test_spin_until (window_gone, &window);
  after = file_contents (file);
  g_assert_cmpstr (after, ==, before);
}

static void
test_close_save (void)
{
  g_autoptr(GFile) file = NULL;
  QuadrantWindow *window = open_copy (&file);
  g_autofree char *after = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  rename_first_party (window, "Saved on close");
  gtk_window_close (GTK_WINDOW (window));
  answer_dialog (GTK_WINDOW (window), "save");
  quadrant_test_spin_until (window_gone, &window);
  after = file_contents (file);
  g_assert_nonnull (strstr (after, "Saved on close"));
}

static void
test_close_clean (void)
{
  QuadrantWindow *window = open_copy (NULL);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  quadrant_test_spin_until (window_gone, &window);
}

static void
test_undo_redo (void)
{
  QuadrantWindow *window = open_copy (NULL);
  QuadrantParty *party = first_party (window);
  g_autofree char *original = g_strdup (quadrant_party_get_name (party));
  const char *tip;

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window->undo_button)));

  rename_first_party (window, "Undo me");
  quadrant_test_spin_pending ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->undo_button)));
  tip = gtk_widget_get_tooltip_text (GTK_WIDGET (window->undo_button));
  g_assert_cmpstr (tip, ==, "Undo Rename Party");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  quadrant_test_spin_pending ();
  g_assert_cmpstr (quadrant_party_get_name (party), ==, original);
  g_assert_false (quadrant_window_has_unsaved_changes (window));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window->undo_button)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->redo_button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->redo_button)), ==,
                   "Redo Rename Party");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  quadrant_test_spin_pending ();
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Undo me");
  g_assert_true (quadrant_window_has_unsaved_changes (window));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window->redo_button)));

  destroy_window (window);
}

static gboolean
focus_in_text (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && GTK_IS_EDITABLE (focus);
}

static void
test_party_actions (void)
{
  QuadrantWindow *window = open_copy (NULL);
  QuadrantRegister *reg = quadrant_window_get_register (window);
  QuadrantPartiesView *view = QUADRANT_PARTIES_VIEW (window->parties_view);
  g_autoptr(GPtrArray) selected = NULL;
  QuadrantParty *party;
  g_autofree char *id = NULL;

  /* From another page, adding a party brings the Parties page up and the
   * new party's name field gets the keyboard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "map"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->stack), ==, "map");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-party", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->stack), ==, "parties");
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, NORTHWIND_PARTIES + 1);
  quadrant_test_spin_until (focus_in_text, window);
  g_assert_true (quadrant_window_has_unsaved_changes (window));

  /* Showing a party by id selects it on the Parties page. */
  party = first_party (window);
  id = g_strdup (quadrant_party_get_id (party));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "findings");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-party", "s", id));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->stack), ==, "parties");
  selected = quadrant_parties_view_get_selected (view);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == party);

  /* Deleting it is one step that Undo (the toast's button) brings back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-party", NULL));
  g_assert_null (quadrant_register_find_party (reg, id));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, NORTHWIND_PARTIES);
  quadrant_test_spin_pending ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->undo_button)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (quadrant_register_find_party (reg, id) == party);

  /* An unknown id changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "map");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-party", "s", "no-such-party");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->stack), ==, "map");

  /* Find focuses the search of the parties when the page has none. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->stack), ==, "parties");
  quadrant_test_spin_until (focus_in_text, window);

  destroy_window (window);
}

static gboolean
findings_badge_matches (gpointer window)
{
  QuadrantWindow *self = window;
  guint n_errors = quadrant_findings_view_get_n_errors (QUADRANT_FINDINGS_VIEW (self->findings_view));

  return adw_view_stack_page_get_badge_number (self->findings_page) == n_errors
         && adw_view_stack_page_get_needs_attention (self->findings_page) == (n_errors > 0);
}

static gboolean
has_errors (gpointer window)
{
  QuadrantWindow *self = window;

  return quadrant_findings_view_get_n_errors (QUADRANT_FINDINGS_VIEW (self->findings_view)) > 0;
}

static void
test_requirement_and_details_actions (void)
{
  QuadrantWindow *window = open_copy (NULL);
  QuadrantRegister *reg = quadrant_window_get_register (window);
  QuadrantParty *party = first_party (window);
  QuadrantRequirement *requirement;
  g_autoptr(QuadrantParty) orphan = quadrant_party_new (NULL);
  GListModel *toplevels;
  gboolean found = FALSE;

  /* Showing a requirement by id brings up the Requirements page. */
  g_assert_cmpuint (quadrant_party_get_n_requirements (party), >, 0);
  requirement = g_list_model_get_item (quadrant_party_get_requirements (party), 0);
  g_object_unref (requirement);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-requirement", "s",
                                             quadrant_requirement_get_id (requirement)));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->stack), ==, "requirements");

  /* There, Find searches the requirements. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->stack), ==, "requirements");
  quadrant_test_spin_until (focus_in_text, window);

  /* The Findings badge counts the errors, live: a party without requirements is one. */
  quadrant_party_set_name (orphan, "Party without requirements");
  quadrant_register_add_party (reg, orphan);
  quadrant_test_spin_until (has_errors, window);
  quadrant_test_spin_until (findings_badge_matches, window);
  g_assert_true (adw_view_stack_page_get_needs_attention (window->findings_page));

  /* Register details opens over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details", NULL));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) dialog = g_list_model_get_item (toplevels, i);

      if (QUADRANT_IS_DETAILS_DIALOG (dialog)
          && gtk_window_get_transient_for (dialog) == GTK_WINDOW (window))
        {
          g_assert_true (quadrant_details_dialog_get_register (QUADRANT_DETAILS_DIALOG (dialog)) == reg);
          gtk_window_destroy (dialog);
          found = TRUE;
          break;
        }
    }
  g_assert_true (found);

  destroy_window (window);
}

static gboolean
recent_menu_has (gpointer data)
{
  gpointer *args = data;
  QuadrantWindow *window = args[0];
  const char *uri = args[1];
  GMenuModel *menu = G_MENU_MODEL (window->recent_menu);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri))
        return TRUE;
    }
  return FALSE;
}

static void
test_recent_menu (void)
{
  g_autoptr(GFile) file = NULL;
  QuadrantWindow *window = open_copy (&file);
  g_autofree char *uri = g_file_get_uri (file);
  gpointer args[2] = { window, uri };

  quadrant_test_spin_until (recent_menu_has, args);

  destroy_window (window);
}

static void
test_window_size_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  QuadrantWindow *window = quadrant_window_new (app);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1201, 759);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
  gtk_window_close (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1201);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 759);

  window = quadrant_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1201);
  g_assert_cmpint (height, ==, 759);
  destroy_window (window);
}

typedef struct {
  QuadrantWindow   *window;
  QuadrantRegister *before;
} ReplaceWatch;

static gboolean
register_replaced (gpointer data)
{
  ReplaceWatch *watch = data;

  return quadrant_window_get_register (watch->window) != watch->before;
}

static void
test_revert (void)
{
  QuadrantWindow *window = open_copy (NULL);
  QuadrantRegister *before = quadrant_window_get_register (window);
  g_autofree char *original = g_strdup (quadrant_party_get_name (first_party (window)));

  rename_first_party (window, "Reverted away");

  /* Cancel keeps the edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.revert", NULL));
  answer_dialog (GTK_WINDOW (window), "cancel");
  g_assert_true (quadrant_window_get_register (window) == before);
  g_assert_cmpstr (quadrant_party_get_name (first_party (window)), ==, "Reverted away");

  /* Revert reads the file again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.revert", NULL);
  answer_dialog (GTK_WINDOW (window), "revert");
  quadrant_test_spin_until (register_replaced, &(ReplaceWatch) { window, before });
  g_assert_cmpstr (quadrant_party_get_name (first_party (window)), ==, original);
  g_assert_false (quadrant_window_has_unsaved_changes (window));

  destroy_window (window);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static void
test_drop_file (void)
{
  g_autoptr(GFile) file = example_copy ();
  QuadrantWindow *window = quadrant_window_new (app);
  GtkDropTarget *target;
  GSList *files = g_slist_prepend (NULL, file);
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  target = find_drop_target (GTK_WIDGET (window));
  g_assert_nonnull (target);
  g_assert_true (gtk_drop_target_get_gtypes (target, NULL)[0] == GDK_TYPE_FILE_LIST);

  /* A register dropped on an untouched window opens in it. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);

  g_assert_true (accepted);
  quadrant_test_spin_until (window_has_file, window);
  g_assert_true (g_file_equal (quadrant_window_get_file (window), file));
  g_assert_cmpuint (quadrant_register_get_n_parties (quadrant_window_get_register (window)), ==,
                    NORTHWIND_PARTIES);

  destroy_window (window);
}

static guint
count_document_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (QUADRANT_IS_WINDOW (l->data))
      n++;
  return n;
}

static gboolean
no_document_windows (gpointer data)
{
  return count_document_windows () == 0;
}

static void
test_quit_asks_per_document (void)
{
  QuadrantWindow *clean = open_copy (NULL);
  QuadrantWindow *edited = open_copy (NULL);

  g_assert_cmpuint (count_document_windows (), ==, 2);
  g_object_add_weak_pointer (G_OBJECT (clean), (gpointer *) &clean);
  rename_first_party (edited, "Unsaved at quit");

  /* Cancel at the unsaved document stops quitting; it stays open. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  answer_dialog (GTK_WINDOW (edited), "cancel");
  quadrant_test_spin_pending ();
  g_assert_true (is_app_window (edited));
  g_assert_true (quadrant_window_has_unsaved_changes (edited));

  /* Discard lets quitting go on until every window is closed. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  answer_dialog (GTK_WINDOW (edited), "discard");
  quadrant_test_spin_until (no_document_windows, NULL);
  g_assert_null (clean);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = window_checks_init (&argc, &argv, "test-ui-window", &tmp_root);

  g_test_add_func ("/window/open/example", test_open_example);
  g_test_add_func ("/window/open/reuse-untouched", test_open_reuses_untouched_window);
  g_test_add_func ("/window/open/failure-keeps-document", test_open_failure_keeps_document);
  g_test_add_func ("/window/save/writes-file", test_save);
  g_test_add_func ("/window/save/new-register", test_save_new_register);
  g_test_add_func ("/window/save/changed-on-disk", test_save_changed_on_disk);
  g_test_add_func ("/window/save/failure", test_save_failure);
  g_test_add_func ("/window/close/unsaved", test_close_unsaved);
  g_test_add_func ("/window/close/save", test_close_save);
  g_test_add_func ("/window/close/clean", test_close_clean);
  g_test_add_func ("/window/undo-redo", test_undo_redo);
  g_test_add_func ("/window/actions/parties", test_party_actions);
  g_test_add_func ("/window/actions/requirements-findings-details", test_requirement_and_details_actions);
  g_test_add_func ("/window/recent-menu", test_recent_menu);
  g_test_add_func ("/window/revert", test_revert);
  g_test_add_func ("/window/open/drop", test_drop_file);
  g_test_add_func ("/window/quit/asks-per-document", test_quit_asks_per_document);
  g_test_add_func ("/window/size-remembered", test_window_size_remembered);

  status = g_test_run ();

  g_clear_object (&app);
  return status;
}
