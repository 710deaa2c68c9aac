/* test-ui-lock-open.c: opening a register someone else has open asks first
 * (Open Read-Only, Open Anyway, Cancel), over the window that will show it;
 * a lock left behind is offered to be ignored; a read-only window refuses
 * edits and says only what can be done, Save As makes it editable; after
 * Open Anyway saving just saves; recovering a draft asks as opening does.
 * Every open goes through the session, as the Open dialog, recent files,
 * drops and the command line do; the question is answered as a click would.
 */
#define G_LOG_DOMAIN "test-ui-lock-open"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "quadrant-drafts.h"
#include "quadrant-lock.h"
#include "quadrant-lock-dialog.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-session.h"
#include "quadrant-window-private.h"
#include "quadrant-test-ui.h"
#include "quadrant-test-wait.h"
#include "window-checks.h"

/* Larger than any pid_max: no process has it. */
#define DEAD_PID G_GINT64_CONSTANT (0x7ffffff0)

static QuadrantApplication *app;
static char *tmp_root;

/* ---- Helpers ---- */

/* A lock as another Quadrant writes it; returns its text. */
static char *
write_lock (GFile      *file,
            const char *host,
            gint64      pid,
            GTimeSpan   age)
{
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) since = g_date_time_add (now, -age);
  g_autofree char *iso = g_date_time_format_iso8601 (since);
  char *text = g_strdup_printf ("[Lock]\nname=Anna Schmidt\nuser=anna\nhost=%s\npid=%" G_GINT64_FORMAT
                                "\nsince=%s\n", host, pid, iso);

  g_assert_true (g_file_set_contents (g_file_peek_path (lock_file), text, -1, NULL));
  return text;
}

static char *
lock_text (GFile *file)
{
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);
  char *text = NULL;

  if (!g_file_get_contents (g_file_peek_path (lock_file), &text, NULL, NULL))
    return NULL;
  return text;
}

static void
remove_lock (GFile *file)
{
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);

  g_unlink (g_file_peek_path (lock_file));
}

typedef struct {
  gboolean        done;
  QuadrantWindow *window;
  GError         *error;
} Opening;

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Opening *opening = user_data;

  opening->window = quadrant_session_open_finish (QUADRANT_SESSION (object), result, &opening->error);
  opening->done = TRUE;
}

static gboolean
opening_done (gpointer data)
{
  return ((Opening *) data)->done;
}

/* Starts opening file from from (may be NULL) as every open does; the
 * question shown, not yet answered. */
static AdwMessageDialog *
start_open (GFile          *file,
            QuadrantWindow *from,
            Opening        *opening)
{
  AdwMessageDialog *dialog;

  quadrant_session_open_async (quadrant_session_get_default (), file, from, NULL, opened_cb, opening);
  dialog = wait_for_dialog (from != NULL ? GTK_WINDOW (from) : NULL);
  g_assert_false (opening->done);
  return dialog;
}

static void
finish_open (Opening *opening)
{
  quadrant_test_spin_until (opening_done, opening);
  quadrant_test_spin_pending ();
}

static gboolean
text_has (const char *text,
          const char *needle)
{
  return text != NULL && strstr (text, needle) != NULL;
}

static guint
n_parties (QuadrantWindow *window)
{
  return quadrant_register_get_n_parties (quadrant_window_get_register (window));
}

/* Whether every preferences group of the party editor is (in)sensitive. */
static gboolean
editor_groups_sensitive (QuadrantWindow *window,
                         gboolean        sensitive)
{
  GtkWidget *group = quadrant_test_find_widget (window->parties_view, ADW_TYPE_PREFERENCES_GROUP);

  g_assert_nonnull (group);
  for (; group != NULL; group = gtk_widget_get_next_sibling (group))
    if (ADW_IS_PREFERENCES_GROUP (group) && gtk_widget_get_sensitive (group) != sensitive)
      return FALSE;
  return TRUE;
}

typedef struct {
  gboolean done;
  GError  *error;
} Saving;

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saving *saving = user_data;

  quadrant_window_save_finish (QUADRANT_WINDOW (object), result, &saving->error);
  saving->done = TRUE;
}

static gboolean
saving_done (gpointer data)
{
  return ((Saving *) data)->done;
}

static QuadrantWindow *saving_window;

static gboolean
saved_or_asked (gpointer data)
{
  return ((Saving *) data)->done || find_dialog (GTK_WINDOW (saving_window)) != NULL;
}

/* Saves window as Ctrl+S does; TRUE when it saved without a question. */
static gboolean
save_without_question (QuadrantWindow *window)
{
  Saving saving = { 0 };

  saving_window = window;
  quadrant_window_save_async (window, NULL, saved_cb, &saving);
  quadrant_test_spin_until (saved_or_asked, &saving);
  if (!saving.done)
    return FALSE;
  g_assert_no_error (saving.error);
  return TRUE;
}

/* Saves window, expects the question with heading, answers Cancel: nothing
 * is saved. */
static void
save_cancelled_at (QuadrantWindow *window,
                   const char     *heading)
{
  Saving saving = { 0 };
  AdwMessageDialog *dialog;

  quadrant_window_save_async (window, NULL, saved_cb, &saving);
  dialog = wait_for_dialog (GTK_WINDOW (window));
  g_assert_true (text_has (adw_message_dialog_get_heading (dialog), heading));
  answer_dialog (GTK_WINDOW (window), "cancel");
  quadrant_test_spin_until (saving_done, &saving);
  g_assert_error (saving.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&saving.error);
}

/* Whether a label in root's tree (root included) says needle. */
static gboolean
tree_says (GtkWidget  *root,
           const char *needle)
{
  if (GTK_IS_LABEL (root) && text_has (gtk_label_get_text (GTK_LABEL (root)), needle))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (tree_says (child, needle))
      return TRUE;
  return FALSE;
}

/* The texts that invite editing: the empty party editor, the map's hint
 * and the presentation's quick-add, each with what read-only says instead. */
static void
assert_texts_read_only (QuadrantWindow *window,
                        GtkWidget      *presentation,
                        gboolean        read_only)
{
  g_assert_cmpint (tree_says (window->parties_view, "or add one"), !=, read_only);
  g_assert_cmpint (tree_says (window->parties_view, "Select a party in the list to see it"), ==, read_only);
  g_assert_cmpint (tree_says (window->map_page, "Drag parties to move them"), !=, read_only);
  g_assert_cmpint (tree_says (window->map_page, "Read-only: click a party"), ==, read_only);
  if (presentation != NULL)
    {
      GtkWidget *entry = quadrant_test_find_widget (presentation, GTK_TYPE_ENTRY);

      g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==,
                       read_only ? "Read-only" : "New party name");
      g_assert_cmpint (text_has (gtk_widget_get_tooltip_text (entry), "cannot be added"), ==, read_only);
    }
}

/* Tries every way of editing that needs no pointer; returns the parties the
 * register has afterwards. */
static guint
try_edits (QuadrantWindow *window)
{
  QuadrantMapCanvas *canvas = quadrant_map_view_get_canvas (QUADRANT_MAP_VIEW (window->map_page));
  QuadrantParty *party = first_party (window);
  int power = quadrant_party_get_power (party);
  g_auto(GValue) names = G_VALUE_INIT;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-party", NULL);
  gtk_widget_activate_action (window->parties_view, "parties.add", NULL);
  quadrant_document_set_selected_party (quadrant_window_get_document (window), party);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-party", NULL);
  quadrant_test_spin_pending ();

  /* The map: arrow keys move nothing, a dropped list of names adds nothing. */
  quadrant_map_canvas_set_focus_party (canvas, party);
  _quadrant_map_canvas_key_pressed (canvas, GDK_KEY_Up, 0);
  g_assert_cmpint (quadrant_party_get_power (party), ==, power);
  g_value_init (&names, G_TYPE_STRING);
  g_value_set_string (&names, "Dropped In\nAnother One");
  g_assert_false (_quadrant_map_canvas_drop (canvas, &names, 10, 10));
  return n_parties (window);
}

/* The chooser of Save As: GTK's own dialog without a portal, as under Xvfb. */
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

static gboolean
chooser_shown (gpointer window)
{
  return find_chooser_dialog (window) != NULL;
}

static GFile *expected_choice;

static gboolean
chooser_has_expected_file (gpointer chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);

  return file != NULL && g_file_equal (file, expected_choice);
}

/* Saved under the new name (the chooser may answer in the working folder). */
static gboolean
saved_as_copy (gpointer window)
{
  g_autofree char *base = g_file_get_basename (quadrant_window_get_file (window));

  return g_str_equal (base, "mine.quadrant.xml")
         && !quadrant_document_get_busy (quadrant_window_get_document (window));
}

/* ---- Tests ---- */

/* Open Read-Only: Anna's lock stays hers, nothing can be edited, and Save As
 * makes an ordinary document of the new file. */
static void
test_open_read_only (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autofree char *anna = write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFile) copy = g_file_get_child (folder, "mine.quadrant.xml");
  Opening opening = { 0 };
  AdwMessageDialog *dialog;
  QuadrantWindow *window;
  QuadrantDocument *document;
  GtkFileChooser *chooser;
  GtkWidget *chooser_dialog;

  dialog = start_open (file, NULL, &opening);
  g_assert_true (text_has (adw_message_dialog_get_heading (dialog), "Open Elsewhere"));
  g_assert_true (text_has (adw_message_dialog_get_body (dialog), "Anna Schmidt (anna on ws-12.example)"));
  g_assert_true (adw_message_dialog_has_response (dialog, QUADRANT_LOCK_RESPONSE_OPEN));
  g_assert_true (adw_message_dialog_has_response (dialog, QUADRANT_LOCK_RESPONSE_CANCEL));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, QUADRANT_LOCK_RESPONSE_READ_ONLY);
  answer_dialog (NULL, QUADRANT_LOCK_RESPONSE_READ_ONLY);
  finish_open (&opening);

  g_assert_no_error (opening.error);
  window = opening.window;
  g_assert_nonnull (window);
  document = quadrant_window_get_document (window);
  g_assert_true (quadrant_document_get_read_only (document));
  g_assert_true (g_file_equal (quadrant_window_get_file (window), file));
  {
    g_autofree char *now = lock_text (file);

    g_assert_cmpstr (now, ==, anna);
  }

  /* The window says so, with a way to edit anyway. */
  g_assert_true (gtk_info_bar_get_revealed (window->lock_bar));
  g_assert_true (text_has (gtk_label_get_text (window->lock_bar_label), "Read-only"));
  g_assert_true (text_has (gtk_label_get_text (window->lock_bar_label), "Anna Schmidt"));
  g_assert_true (gtk_widget_get_visible (window->lock_bar_edit));

  /* Browsing works; editing does not, however it is tried. */
  _quadrant_window_bind_pages (window);
  assert_texts_read_only (window, NULL, TRUE);
  g_assert_true (editor_groups_sensitive (window, FALSE));
  g_assert_true (quadrant_map_canvas_get_read_only (quadrant_map_view_get_canvas (QUADRANT_MAP_VIEW (window->map_page))));
  g_assert_cmpuint (try_edits (window), ==, NORTHWIND_PARTIES);
  g_assert_false (quadrant_window_has_unsaved_changes (window));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window->undo_button)));
  g_assert_cmpuint (count_drafts (), ==, 0);

  /* Save As: a new name of the user's own. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  quadrant_test_spin_until (chooser_shown, window);
  chooser_dialog = find_chooser_dialog (GTK_WINDOW (window));
  g_assert_nonnull (chooser_dialog);
  chooser = GTK_FILE_CHOOSER (chooser_dialog);
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, "mine.quadrant.xml");
  /* The chooser loads its folder asynchronously. */
  expected_choice = copy;
  quadrant_test_spin_until (chooser_has_expected_file, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser_dialog), GTK_RESPONSE_ACCEPT);
  quadrant_test_spin_until (saved_as_copy, window);
  g_set_object (&copy, quadrant_window_get_file (window));

  /* Now it is the user's own file: editable, locked by us, Anna's untouched. */
  g_assert_false (quadrant_document_get_read_only (document));
  g_assert_false (gtk_info_bar_get_revealed (window->lock_bar));
  g_assert_true (editor_groups_sensitive (window, TRUE));
  assert_texts_read_only (window, NULL, FALSE);
  {
    g_autoptr(QuadrantLock) ours = quadrant_lock_read (copy);
    g_autofree char *now = lock_text (file);

    g_assert_true (ours != NULL && quadrant_lock_is_ours (ours));
    g_assert_cmpstr (now, ==, anna);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-party", NULL);
  g_assert_cmpuint (n_parties (window), ==, NORTHWIND_PARTIES + 1);

  destroy_window (window);
  g_assert_null (lock_text (copy));
  g_unlink (g_file_peek_path (copy));
  remove_lock (file);
}

/* Open Anyway: an ordinary window, Anna's lock left alone and named. */
static void
test_open_anyway (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autofree char *anna = write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  Opening opening = { 0 };
  QuadrantWindow *window;

  start_open (file, NULL, &opening);
  answer_dialog (NULL, QUADRANT_LOCK_RESPONSE_OPEN);
  finish_open (&opening);

  window = opening.window;
  g_assert_nonnull (window);
  g_assert_false (quadrant_document_get_read_only (quadrant_window_get_document (window)));
  g_assert_true (text_has (gtk_label_get_text (window->lock_bar_label), "Anna Schmidt"));
  g_assert_true (text_has (gtk_label_get_text (window->lock_bar_label), "if they saved it meanwhile"));
  g_assert_false (gtk_widget_get_visible (window->lock_bar_edit));
  g_assert_true (editor_groups_sensitive (window, TRUE));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-party", NULL);
  g_assert_cmpuint (n_parties (window), ==, NORTHWIND_PARTIES + 1);
  g_assert_true (quadrant_window_has_unsaved_changes (window));
  {
    g_autofree char *now = lock_text (file);

    g_assert_cmpstr (now, ==, anna);
  }

  /* Open Anyway was the choice to work over her lock: saving just saves,
   * and her lock stays hers. */
  rename_first_party (window, "Saved over the lock");
  g_assert_true (save_without_question (window));
  {
    g_autofree char *saved = file_contents (file);
    g_autofree char *now = lock_text (file);

    g_assert_true (text_has (saved, "Saved over the lock"));
    g_assert_cmpstr (now, ==, anna);
  }

  /* She saved meanwhile: her version is not replaced without a question. */
  {
    g_autofree char *saved = file_contents (file);
    g_autoptr(GString) hers = g_string_new (saved);

    g_string_replace (hers, "Saved over the lock", "Saved by Anna", 0);
    g_assert_true (g_file_set_contents (g_file_peek_path (file), hers->str, -1, NULL));
  }
  rename_first_party (window, "Ours again");
  save_cancelled_at (window, "Changed on Disk");
  {
    g_autofree char *saved = file_contents (file);

    g_assert_true (text_has (saved, "Saved by Anna"));
  }

  /* She opened it again: a new lock, asked about once more. */
  g_free (anna);
  anna = write_lock (file, "ws-12.example", 4343, G_TIME_SPAN_MINUTE);
  save_cancelled_at (window, "Someone Else Has This Register Open");
  {
    g_autofree char *saved = file_contents (file);

    g_assert_true (text_has (saved, "Saved by Anna"));
  }

  destroy_window (window);
  remove_lock (file);
}

/* Cancel: nothing opens, and the untouched window it was asked from stays
 * as it was. */
static void
test_open_cancel (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autofree char *anna = write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  QuadrantWindow *from = quadrant_window_new (app);
  QuadrantDocument *before = quadrant_window_get_document (from);
  guint windows;
  Opening opening = { 0 };
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (from));
  quadrant_test_wait_frames (1);
  windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));

  dialog = start_open (file, from, &opening);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (from));
  answer_dialog (GTK_WINDOW (from), QUADRANT_LOCK_RESPONSE_CANCEL);
  finish_open (&opening);

  g_assert_error (opening.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&opening.error);
  g_assert_null (opening.window);
  g_assert_true (quadrant_window_get_document (from) == before);
  g_assert_null (quadrant_window_get_file (from));
  g_assert_true (quadrant_window_is_untouched (from));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, windows);
  g_assert_null (quadrant_session_find_window (quadrant_session_get_default (), file));
  {
    g_autofree char *now = lock_text (file);

    g_assert_cmpstr (now, ==, anna);
  }

  destroy_window (from);
  remove_lock (file);
}

/* A lock left behind is offered to be ignored: why it no longer counts, Open
 * (the default) takes it over, Cancel leaves everything. */
static void
test_open_stale (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autofree char *left = write_lock (file, g_get_host_name (), DEAD_PID, G_TIME_SPAN_MINUTE);
  Opening opening = { 0 };
  AdwMessageDialog *dialog;
  QuadrantWindow *window;

  /* This machine, a program that is gone. */
  dialog = start_open (file, NULL, &opening);
  g_assert_true (text_has (adw_message_dialog_get_heading (dialog), "Lock Left Behind"));
  g_assert_true (text_has (adw_message_dialog_get_body (dialog), "Anna Schmidt"));
  g_assert_true (text_has (adw_message_dialog_get_body (dialog), "no longer running"));
  g_assert_false (adw_message_dialog_has_response (dialog, QUADRANT_LOCK_RESPONSE_READ_ONLY));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, QUADRANT_LOCK_RESPONSE_OPEN);
  answer_dialog (NULL, QUADRANT_LOCK_RESPONSE_CANCEL);
  finish_open (&opening);
  g_assert_error (opening.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&opening.error);
  {
    g_autofree char *now = lock_text (file);

    g_assert_cmpstr (now, ==, left);
  }

  /* Another machine's, older than a week: Open takes it over. */
  g_free (left);
  left = write_lock (file, "ws-12.example", 4242, 8 * G_TIME_SPAN_DAY);
  opening = (Opening) { 0 };
  dialog = start_open (file, NULL, &opening);
  g_assert_true (text_has (adw_message_dialog_get_body (dialog), "older than a week"));
  answer_dialog (NULL, QUADRANT_LOCK_RESPONSE_OPEN);
  finish_open (&opening);
  window = opening.window;
  g_assert_nonnull (window);
  g_assert_false (quadrant_document_get_read_only (quadrant_window_get_document (window)));
  g_assert_false (gtk_info_bar_get_revealed (window->lock_bar));
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_true (lock != NULL && quadrant_lock_is_ours (lock));
  }

  destroy_window (window);
  g_assert_null (lock_text (file));
}

/* Edit Anyway in the bar of a read-only window: editable where it is. */
static void
test_edit_anyway (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autofree char *anna = write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  Opening opening = { 0 };
  QuadrantWindow *window;
  QuadrantMapView *map_view;
  GtkWidget *presentation;

  start_open (file, NULL, &opening);
  answer_dialog (NULL, QUADRANT_LOCK_RESPONSE_READ_ONLY);
  finish_open (&opening);
  window = opening.window;
  g_assert_true (quadrant_document_get_read_only (quadrant_window_get_document (window)));
  _quadrant_window_bind_pages (window);
  map_view = QUADRANT_MAP_VIEW (window->map_page);
  presentation = GTK_WIDGET (quadrant_map_view_toggle_presentation (map_view));
  g_assert_nonnull (presentation);
  assert_texts_read_only (window, presentation, TRUE);

  /* What a click on Edit Anyway does: the texts invite editing again. */
  g_signal_emit_by_name (window->lock_bar_edit, "clicked");
  quadrant_test_spin_pending ();
  g_assert_false (quadrant_document_get_read_only (quadrant_window_get_document (window)));
  assert_texts_read_only (window, presentation, FALSE);
  g_assert_null (quadrant_map_view_toggle_presentation (map_view));
  g_assert_true (text_has (gtk_label_get_text (window->lock_bar_label), "if they saved it meanwhile"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-party", NULL);
  g_assert_cmpuint (n_parties (window), ==, NORTHWIND_PARTIES + 1);

  /* Edit Anyway was the same choice as Open Anyway: saving just saves. */
  g_assert_true (save_without_question (window));
  {
    g_autofree char *now = lock_text (file);

    g_assert_cmpstr (now, ==, anna);
  }

  destroy_window (window);
  remove_lock (file);
}

/* Started with a file (quadrant FILE) and no window yet: the question is
 * modal over the window that will show the register, with its start page,
 * not a window of its own that can open behind others. */
static void
test_no_window (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autofree char *anna = write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  Opening opening = { 0 };
  AdwMessageDialog *dialog;
  GtkWindow *parent;

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  dialog = start_open (file, NULL, &opening);
  parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_assert_true (QUADRANT_IS_WINDOW (parent));
  g_assert_true (is_app_window (QUADRANT_WINDOW (parent)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (parent)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (quadrant_window_get_welcome_shown (QUADRANT_WINDOW (parent)));
  answer_dialog (parent, QUADRANT_LOCK_RESPONSE_READ_ONLY);
  finish_open (&opening);
  g_assert_no_error (opening.error);
  g_assert_true (opening.window == QUADRANT_WINDOW (parent));
  g_assert_true (g_file_equal (quadrant_window_get_file (opening.window), file));
  g_assert_false (quadrant_window_get_welcome_shown (opening.window));
  g_assert_true (quadrant_document_get_read_only (quadrant_window_get_document (opening.window)));
  destroy_window (opening.window);

  /* Cancel: the window stays with its start page, to choose another one. */
  opening = (Opening) { 0 };
  dialog = start_open (file, NULL, &opening);
  parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_assert_true (QUADRANT_IS_WINDOW (parent));
  answer_dialog (parent, QUADRANT_LOCK_RESPONSE_CANCEL);
  finish_open (&opening);
  g_assert_error (opening.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&opening.error);
  g_assert_true (is_app_window (QUADRANT_WINDOW (parent)));
  g_assert_true (quadrant_window_get_welcome_shown (QUADRANT_WINDOW (parent)));
  g_assert_null (quadrant_window_get_file (QUADRANT_WINDOW (parent)));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  destroy_window (QUADRANT_WINDOW (parent));
  remove_lock (file);
}

/* A draft of file left by a crash, as the process that wrote it (pid) left
 * it: the register with its first party renamed to name. */
static void
write_draft (GFile      *file,
             const char *name,
             gint64      pid)
{
  g_autofree char *dir = quadrant_drafts_get_default_dir ();
  g_autofree char *id = quadrant_drafts_new_id ();
  g_autofree char *text = file_contents (file);
  g_autoptr(GString) edited = g_string_new (text);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GKeyFile) sidecar = g_key_file_new ();
  g_autofree char *sidecar_name = g_strconcat (id, ".draft", NULL);
  g_autofree char *sidecar_path = g_build_filename (dir, sidecar_name, NULL);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  const char *party = strstr (text, "<party");
  const char *start = party != NULL ? strstr (party, "<name>") : NULL;
  const char *end = start != NULL ? strstr (start, "</name>") : NULL;

  /* The first party's name, whatever it is now. */
  g_assert_nonnull (end);
  g_string_erase (edited, start - text + 6, end - start - 6);
  g_string_insert (edited, start - text + 6, escaped);
  bytes = g_string_free_to_bytes (g_steal_pointer (&edited));
  g_assert_true (quadrant_drafts_write (dir, id, bytes, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_key_file_load_from_file (sidecar, sidecar_path, G_KEY_FILE_KEEP_COMMENTS, NULL));
  g_key_file_set_integer (sidecar, "Draft", "pid", (int) pid);
  g_assert_true (g_key_file_save_to_file (sidecar, sidecar_path, NULL));
}

static gboolean
window_shows (gpointer file)
{
  return quadrant_session_find_window (quadrant_session_get_default (), file) != NULL;
}

/* Recover, then the answer to the lock question; the window recovered into. */
static QuadrantWindow *
recover (GFile      *file,
         const char *answer)
{
  GtkWindow *parent = GTK_WINDOW (quadrant_window_new (app));
  AdwMessageDialog *dialog;

  gtk_window_present (parent);
  g_assert_true (quadrant_application_offer_recovery (app, parent));
  answer_dialog (parent, "recover");
  if (answer == NULL)
    {
      g_assert_null (find_dialog (parent));
      quadrant_test_spin_until (window_shows, file);
      return quadrant_session_find_window (quadrant_session_get_default (), file);
    }
  dialog = wait_for_dialog (parent);
  g_assert_true (text_has (adw_message_dialog_get_heading (dialog), "Open Elsewhere"));
  g_assert_true (text_has (adw_message_dialog_get_body (dialog), "Anna Schmidt"));
  answer_dialog (parent, answer);
  if (g_str_equal (answer, QUADRANT_LOCK_RESPONSE_CANCEL))
    return QUADRANT_WINDOW (parent);
  quadrant_test_spin_until (window_shows, file);
  g_assert_true (quadrant_session_find_window (quadrant_session_get_default (), file) == QUADRANT_WINDOW (parent));
  return QUADRANT_WINDOW (parent);
}

/* Recovering a draft asks about Anna's lock as opening does. */
static void
test_recover (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autofree char *anna = write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  QuadrantWindow *window;

  /* Cancel: nothing recovered, the draft kept for the next time. */
  write_draft (file, "Typed before the crash", getpid ());
  window = recover (file, QUADRANT_LOCK_RESPONSE_CANCEL);
  g_assert_null (quadrant_session_find_window (quadrant_session_get_default (), file));
  g_assert_true (quadrant_window_is_untouched (window));
  g_assert_cmpuint (count_drafts (), ==, 1);

  /* Read-only: the recovered work to look at, unsaved; her lock hers. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = recover (file, QUADRANT_LOCK_RESPONSE_READ_ONLY);
  g_assert_true (quadrant_document_get_read_only (quadrant_window_get_document (window)));
  g_assert_true (quadrant_window_has_unsaved_changes (window));
  g_assert_cmpstr (quadrant_party_get_name (first_party (window)), ==, "Typed before the crash");
  g_assert_cmpuint (count_drafts (), ==, 1);
  {
    g_autofree char *now = lock_text (file);

    g_assert_cmpstr (now, ==, anna);
  }
  destroy_window (window);

  /* Open Anyway: editable, and saving just saves over her lock. */
  write_draft (file, "Typed before the crash", getpid ());
  window = recover (file, QUADRANT_LOCK_RESPONSE_OPEN);
  g_assert_false (quadrant_document_get_read_only (quadrant_window_get_document (window)));
  g_assert_true (save_without_question (window));
  g_assert_cmpuint (count_drafts (), ==, 0);
  {
    g_autofree char *saved = file_contents (file);
    g_autofree char *now = lock_text (file);

    g_assert_true (text_has (saved, "Typed before the crash"));
    g_assert_cmpstr (now, ==, anna);
  }
  destroy_window (window);

  /* The lock the crash itself left (this host, the draft's dead process) is
   * taken over without a question. */
  g_free (anna);
  anna = write_lock (file, g_get_host_name (), DEAD_PID, G_TIME_SPAN_MINUTE);
  write_draft (file, "Typed before the second crash", DEAD_PID);
  window = recover (file, NULL);
  g_assert_false (quadrant_document_get_read_only (quadrant_window_get_document (window)));
  g_assert_cmpstr (quadrant_party_get_name (first_party (window)), ==, "Typed before the second crash");
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_true (lock != NULL && quadrant_lock_is_ours (lock));
  }
  destroy_window (window);
  g_assert_null (lock_text (file));
}

int
main (int   argc,
      char *argv[])
{
  app = window_checks_init (&argc, &argv, "test-ui-lock-open", &tmp_root);

  g_test_add_func ("/lock-open/read-only", test_open_read_only);
  g_test_add_func ("/lock-open/no-window", test_no_window);
  g_test_add_func ("/lock-open/anyway", test_open_anyway);
  g_test_add_func ("/lock-open/cancel", test_open_cancel);
  g_test_add_func ("/lock-open/stale", test_open_stale);
  g_test_add_func ("/lock-open/edit-anyway", test_edit_anyway);
  g_test_add_func ("/lock-open/recover", test_recover);

  return g_test_run ();
}
