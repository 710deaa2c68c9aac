/* test-ui-revisions.c: recording a revision once, correcting its summary,
 * removing the latest one, and the author's name from the settings */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-check.h"
#include "quadrant-details-dialog.h"
#include "quadrant-resources.h"
#include "quadrant-settings.h"
#include "quadrant-test-wait.h"

typedef struct {
  QuadrantRegister *reg;
  GtkWindow        *window;
  GtkWidget        *dialog;
} Fixture;

/* ---- Helpers ---- */

static AdwEntryRow *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwEntryRow *found;

      if (ADW_IS_ENTRY_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return ADW_ENTRY_ROW (child);
      if ((found = find_entry_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label_or_tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child) &&
          (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label_or_tooltip) == 0 ||
           g_strcmp0 (gtk_widget_get_tooltip_text (child), label_or_tooltip) == 0))
        return child;
      if ((found = find_button (child, label_or_tooltip)) != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static guint
n_revisions (Fixture *fixture)
{
  return g_list_model_get_n_items (quadrant_register_get_revisions (fixture->reg));
}

static AdwMessageDialog *
open_record (Fixture *fixture)
{
  AdwMessageDialog *question;

  gtk_widget_activate_action (fixture->dialog, "details.record-revision", NULL);
  quadrant_test_spin_pending ();
  question = find_message_dialog ();
  g_assert_nonnull (question);
  return question;
}

static void
set_row (AdwMessageDialog *question,
         const char       *title,
         const char       *text)
{
  AdwEntryRow *row = find_entry_row (GTK_WIDGET (question), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* ---- Fixture ---- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = quadrant_settings_new ();

  (void) data;
  g_assert_nonnull (settings);
  g_settings_reset (settings, "user-name");

  fixture->reg = quadrant_register_new ();
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_VERSION, "0.1");
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (fixture->window);
  fixture->dialog = quadrant_details_dialog_new (fixture->window, fixture->reg);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  quadrant_test_spin_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *question;

  (void) data;
  while ((question = find_message_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (question));
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  gtk_window_destroy (fixture->window);
  quadrant_test_spin_pending ();
  g_clear_object (&fixture->reg);
}

/* ---- Tests ---- */

/* Enter in the summary records once and closes the dialog, so there is no
 * Record button left to press a second time. */
static void
test_record_enter (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *question = open_record (fixture);
  AdwEntryRow *summary;

  set_row (question, "Author", "Maria Keane");
  summary = find_entry_row (GTK_WIDGET (question), "Summary");
  gtk_editable_set_text (GTK_EDITABLE (summary), "First draft");
  g_signal_emit_by_name (summary, "entry-activated");
  quadrant_test_spin_pending ();

  g_assert_cmpuint (n_revisions (fixture), ==, 1);
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (quadrant_revision_get_summary (quadrant_register_get_latest_revision (fixture->reg)),
                   ==, "First draft");
  g_assert_cmpstr (quadrant_register_get_version (fixture->reg), ==, "0.2");
}

/* The Record button records once and closes too. */
static void
test_record_button (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwMessageDialog *question = open_record (fixture);
  GtkWidget *record = find_button (GTK_WIDGET (question), "_Record");

  g_assert_nonnull (record);
  set_row (question, "Author", "Maria Keane");
  set_row (question, "Summary", "First draft");
  g_signal_emit_by_name (record, "clicked");
  quadrant_test_spin_pending ();

  g_assert_cmpuint (n_revisions (fixture), ==, 1);
  g_assert_null (find_message_dialog ());
}

/* A revision's summary can be corrected and the latest revision removed,
 * each one undoable step; the history shows both at once. */
static void
test_correct_and_remove (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (fixture->dialog, QUADRANT_TYPE_DETAILS_DIALOG,
                                                                   "revisions_list"));
  QuadrantRevision *first, *second;
  AdwMessageDialog *question;
  AdwEntryRow *summary;
  GtkWidget *row0, *row1;

  quadrant_register_record_revision (fixture->reg, "0.1", "2026-01-10", "Maria Keane", "Frist draft");
  quadrant_register_record_revision (fixture->reg, "0.2", "2026-02-10", "Maria Keane", "Review");
  quadrant_test_spin_pending ();
  first = g_list_model_get_item (quadrant_register_get_revisions (fixture->reg), 0);
  second = quadrant_register_get_latest_revision (fixture->reg);
  g_object_unref (first); /* the store keeps it */
  row0 = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  row1 = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));

  /* Only the latest revision offers removal. */
  g_assert_null (find_button (row0, "Remove Latest Revision"));
  g_assert_nonnull (find_button (row1, "Remove Latest Revision"));

  /* Correct the typo in the first one. */
  g_signal_emit_by_name (find_button (row0, "Correct Summary"), "clicked");
  quadrant_test_spin_pending ();
  question = find_message_dialog ();
  g_assert_nonnull (question);
  summary = find_entry_row (GTK_WIDGET (question), "Summary");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (summary)), ==, "Frist draft");
  gtk_editable_set_text (GTK_EDITABLE (summary), "First draft");
  g_signal_emit_by_name (summary, "entry-activated");
  quadrant_test_spin_pending ();
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (quadrant_revision_get_summary (first), ==, "First draft");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row0)), "First draft"));
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Correct Revision Summary");
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpstr (quadrant_revision_get_summary (first), ==, "Frist draft");
  g_assert_true (quadrant_register_redo (fixture->reg));

  /* Remove the latest; the one before becomes the latest and removable. */
  g_signal_emit_by_name (find_button (row1, "Remove Latest Revision"), "clicked");
  quadrant_test_spin_pending ();
  g_assert_cmpuint (n_revisions (fixture), ==, 1);
  g_assert_true (quadrant_register_get_latest_revision (fixture->reg) == first);
  row0 = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_nonnull (find_button (row0, "Remove Latest Revision"));

  /* Undo brings it back, as it was. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  quadrant_test_spin_pending ();
  g_assert_cmpuint (n_revisions (fixture), ==, 2);
  g_assert_true (quadrant_register_get_latest_revision (fixture->reg) == second);
  g_assert_null (find_button (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), "Remove Latest Revision"));
}

/* The author is the user's name from the settings; when there is none the
 * name typed at the first revision is remembered (asked once). */
static void
test_author_from_settings (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GSettings) settings = quadrant_settings_new ();
  AdwMessageDialog *question;
  AdwEntryRow *author;
  g_autofree char *saved = NULL;

  /* Nothing known, unless the account has a full name other than its login. */
  question = open_record (fixture);
  author = find_entry_row (GTK_WIDGET (question), "Author");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (author)), !=, g_get_user_name ());
  gtk_editable_set_text (GTK_EDITABLE (author), "Maria Keane");
  g_signal_emit_by_name (author, "entry-activated");
  quadrant_test_spin_pending ();
  g_assert_cmpuint (n_revisions (fixture), ==, 1);
  saved = g_settings_get_string (settings, "user-name");
  g_assert_cmpstr (saved, ==, "Maria Keane");

  /* Next time it is filled in, and a name typed then does not replace it. */
  g_settings_set_string (settings, "user-name", "M. Keane");
  question = open_record (fixture);
  author = find_entry_row (GTK_WIDGET (question), "Author");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (author)), ==, "M. Keane");
  gtk_editable_set_text (GTK_EDITABLE (author), "A colleague");
  g_signal_emit_by_name (author, "entry-activated");
  quadrant_test_spin_pending ();
  g_assert_cmpuint (n_revisions (fixture), ==, 2);
  g_clear_pointer (&saved, g_free);
  saved = g_settings_get_string (settings, "user-name");
  g_assert_cmpstr (saved, ==, "M. Keane");
  g_assert_cmpstr (quadrant_revision_get_author (quadrant_register_get_latest_revision (fixture->reg)),
                   ==, "A colleague");
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (shows_text (child, text))
        return TRUE;
    }
  return FALSE;
}

/* Approve Version records the current version as approved today, as one
 * step; the next version then shows as not approved, in the dialog and in
 * the check. */
static void
test_approve_version (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *approve = find_button (fixture->dialog, "_Approve Version");
  AdwMessageDialog *question;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GPtrArray) findings = NULL;
  AdwEntryRow *approver = find_entry_row (fixture->dialog, "Approved By");

  (void) data;
  g_assert_nonnull (approve);
  g_assert_false (shows_text (fixture->dialog, "Version 0.1 is approved."));
  g_signal_emit_by_name (approve, "clicked");
  quadrant_test_spin_pending ();
  g_assert_cmpstr (quadrant_register_get_approved_version (fixture->reg), ==, "0.1");
  g_assert_cmpstr (quadrant_register_get_approval_date (fixture->reg), ==, today);
  g_assert_true (shows_text (fixture->dialog, "Version 0.1 is approved."));
  /* No approver yet: the cursor goes where it is typed. */
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (approver)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->dialog)), GTK_WIDGET (approver)));

  question = open_record (fixture);
  set_row (question, "Author", "Maria Keane");
  set_row (question, "Summary", "After the audit");
  g_signal_emit_by_name (find_button (GTK_WIDGET (question), "_Record"), "clicked");
  quadrant_test_spin_pending ();
  g_assert_cmpstr (quadrant_register_get_version (fixture->reg), ==, "0.2");
  g_assert_true (shows_text (fixture->dialog, "Version 0.2 is not approved: the approval was of version 0.1."));
  findings = quadrant_check_register (fixture->reg, NULL);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (quadrant_finding_get_code (g_ptr_array_index (findings, 0)), ==,
                   QUADRANT_CHECK_APPROVAL_OUTDATED);

  /* Undo the revision, then the approval: one step each. */
  quadrant_register_undo (fixture->reg);
  quadrant_register_undo (fixture->reg);
  quadrant_test_spin_pending ();
  g_assert_cmpstr (quadrant_register_get_approved_version (fixture->reg), ==, "");
  g_assert_cmpstr (quadrant_register_get_approval_date (fixture->reg), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (quadrant_get_resource ());

  g_test_add ("/revisions/record/enter", Fixture, NULL,
              fixture_set_up, test_record_enter, fixture_tear_down);
  g_test_add ("/revisions/record/button", Fixture, NULL,
              fixture_set_up, test_record_button, fixture_tear_down);
  g_test_add ("/revisions/correct-and-remove", Fixture, NULL,
              fixture_set_up, test_correct_and_remove, fixture_tear_down);
  g_test_add ("/revisions/approve", Fixture, NULL,
              fixture_set_up, test_approve_version, fixture_tear_down);
  g_test_add ("/revisions/author", Fixture, NULL,
              fixture_set_up, test_author_from_settings, fixture_tear_down);

  return g_test_run ();
}
