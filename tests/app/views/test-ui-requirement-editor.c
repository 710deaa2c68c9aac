/* test-ui-requirement-editor.c: the requirement editor beside the
 * Requirements page: decisions, references, review dates, driven through
 * its widgets */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-requirement-editor.h"
#include "quadrant-requirements-view.h"
#include "quadrant-resources.h"
#include "quadrant-test-locale.h"
#include "quadrant-test-ui.h"
#include "requirements-checks.h"

/* ---- Tests ---- */

static void
test_decision_one_step (Fixture       *fixture,
                        gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 0, 1);
  AdwComboRow *decision_row = editor_child (fixture, "decision_row");

  select_row (fixture, requirement);
  g_assert_cmpuint (adw_combo_row_get_selected (decision_row), ==, QUADRANT_DECISION_UNDECIDED);
  g_assert_false (quadrant_register_can_undo (fixture->reg));

  adw_combo_row_set_selected (decision_row, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  spin ();
  g_assert_cmpint (quadrant_requirement_get_decision (requirement), ==, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Change Decision");

  /* Undo shows in the editor. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  spin ();
  g_assert_cmpint (quadrant_requirement_get_decision (requirement), ==, QUADRANT_DECISION_UNDECIDED);
  g_assert_cmpuint (adw_combo_row_get_selected (decision_row), ==, QUADRANT_DECISION_UNDECIDED);
  g_assert_false (quadrant_register_can_undo (fixture->reg));
}

static void
test_references (Fixture       *fixture,
                 gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 0, 0);
  g_autoptr(GPtrArray) rows_before = NULL;
  g_autoptr(GPtrArray) rows_after = NULL;
  GPtrArray *refs;
  GtkWidget *remove;

  select_row (fixture, requirement);
  rows_before = reference_rows (fixture);
  g_assert_cmpuint (rows_before->len, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (rows_before, 0)), ==, "A.5.24");

  /* Add: kind and text, Enter; one step. */
  gtk_drop_down_set_selected (editor_child (fixture, "new_reference_kind"), QUADRANT_REFERENCE_KIND_POLICY);
  type_and_activate (editor_child (fixture, "new_reference_row"), "Incident response policy");
  refs = quadrant_requirement_get_references (requirement);
  g_assert_cmpuint (refs->len, ==, 2);
  g_assert_cmpint (((QuadrantReference *) g_ptr_array_index (refs, 1))->kind, ==, QUADRANT_REFERENCE_KIND_POLICY);
  g_assert_cmpstr (((QuadrantReference *) g_ptr_array_index (refs, 1))->text, ==, "Incident response policy");
  g_assert_cmpstr (gtk_editable_get_text (editor_child (fixture, "new_reference_row")), ==, "");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
  rows_after = reference_rows (fixture);
  g_assert_cmpuint (rows_after->len, ==, 2);

  /* Edit a text; one step. */
  type_and_activate (g_ptr_array_index (rows_after, 0), "A.5.26");
  refs = quadrant_requirement_get_references (requirement);
  g_assert_cmpstr (((QuadrantReference *) g_ptr_array_index (refs, 0))->text, ==, "A.5.26");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 2);

  /* Remove the first; one step. */
  g_clear_pointer (&rows_after, g_ptr_array_unref);
  rows_after = reference_rows (fixture);
  remove = find_descendant (g_ptr_array_index (rows_after, 0), GTK_TYPE_BUTTON, "Remove Reference");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  spin ();
  refs = quadrant_requirement_get_references (requirement);
  g_assert_cmpuint (refs->len, ==, 1);
  g_assert_cmpstr (((QuadrantReference *) g_ptr_array_index (refs, 0))->text, ==, "Incident response policy");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 3);
  g_clear_pointer (&rows_after, g_ptr_array_unref);
  rows_after = reference_rows (fixture);
  g_assert_cmpuint (rows_after->len, ==, 1);

  /* Undo everything: the editor shows the original reference again. */
  while (quadrant_register_undo (fixture->reg))
    ;
  spin ();
  g_clear_pointer (&rows_after, g_ptr_array_unref);
  rows_after = reference_rows (fixture);
  g_assert_cmpuint (rows_after->len, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (rows_after, 0)), ==, "A.5.24");
}

/* A reference may carry what a newer version wrote into it; editing the
 * references in the editor keeps it on the reference it came with. */
static void
test_references_keep_extras (Fixture       *fixture,
                             gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 0, 0);
  g_autoptr(GPtrArray) rows = NULL;
  QuadrantReference *first;
  GPtrArray *refs;

  /* As the reader leaves it (a setter would see an equal list and keep its own). */
  first = g_ptr_array_index (quadrant_requirement_get_references (requirement), 0);
  first->extras = quadrant_extras_new ();
  quadrant_extras_add_attribute (first->extras, "x:weight", "3");

  select_row (fixture, requirement);
  rows = reference_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);

  /* A text typed but not yet committed goes in with a new reference, so the
   * old and new lists have neither the same length nor the same texts. */
  gtk_editable_set_text (g_ptr_array_index (rows, 0), "A.5.26");
  type_and_activate (editor_child (fixture, "new_reference_row"), "Breach policy");

  refs = quadrant_requirement_get_references (requirement);
  g_assert_cmpuint (refs->len, ==, 2);
  first = g_ptr_array_index (refs, 0);
  g_assert_cmpstr (first->text, ==, "A.5.26");
  g_assert_nonnull (first->extras);
  g_assert_cmpuint (first->extras->attributes->len, ==, 1);
  g_assert_cmpstr (((QuadrantExtraAttribute *) g_ptr_array_index (first->extras->attributes, 0))->value, ==, "3");
  g_assert_null (((QuadrantReference *) g_ptr_array_index (refs, 1))->extras);
}

static void
test_review_date (Fixture       *fixture,
                  gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 1, 0);
  GtkWidget *row = editor_child (fixture, "review_date_row");

  select_row (fixture, requirement);
  type_and_activate (row, "2026-13-45");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "");
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  /* The reason shows how to write a date. */
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "2026-03-31"));
  g_assert_false (quadrant_requirement_editor_commit (fixture->editor));

  type_and_activate (row, "31/12/2026");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  type_and_activate (row, "2026-12-31");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "2026-12-31");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
}

/* In German the date is shown and typed as 31.12.2026, ISO is still taken,
 * and the file keeps ISO. */
static void
test_review_date_german (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char po[] =
    "msgctxt \"report date pattern\"\nmsgid \"{year}-{month}-{day}\"\nmsgstr \"{day}.{month}.{year}\"\n";
  g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", po);
  QuadrantRequirement *requirement = requirement_at (fixture, 1, 0);
  GtkWidget *row = editor_child (fixture, "review_date_row");

  select_row (fixture, requirement);
  type_and_activate (row, "2.3.2027");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "2027-03-02");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "02.03.2027");

  /* ISO, of the same day: shown the German way again. */
  type_and_activate (row, "2027-03-02");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "02.03.2027");
  type_and_activate (row, "2027-04-01");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "2027-04-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "01.04.2027");

  type_and_activate (row, "31.02.2027");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "2027-04-01");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "31.03.2026"));
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 2);
}

static void
test_editor_follows_model (Fixture       *fixture,
                           gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 1, 0);
  GtkTextView *statement = editor_child (fixture, "statement_view");
  GtkTextBuffer *statement_buffer = gtk_text_view_get_buffer (statement);
  GtkWidget *source = editor_child (fixture, "source_row");
  GtkTextView *rationale = editor_child (fixture, "rationale_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (rationale);

  select_row (fixture, requirement);
  g_assert_cmpstr (buffer_text (statement_buffer), ==, "Encrypt customer data at rest");

  /* Typing commits when the field loses focus. */
  gtk_widget_grab_focus (GTK_WIDGET (rationale));
  gtk_text_buffer_set_text (buffer, "Covered by the cryptography policy", -1);
  gtk_widget_grab_focus (source);
  spin ();
  g_assert_cmpstr (quadrant_requirement_get_rationale (requirement), ==, "Covered by the cryptography policy");

  /* A change from elsewhere shows at once ... */
  quadrant_register_set_text (fixture->reg, requirement, QUADRANT_FIELD_REQUIREMENT_STATEMENT, "Encrypt all customer data");
  spin ();
  g_assert_cmpstr (buffer_text (statement_buffer), ==, "Encrypt all customer data");

  /* ... but does not overwrite typing that is not committed yet. */
  gtk_editable_set_text (GTK_EDITABLE (source), "MSA §7.2 (typing)");
  quadrant_register_set_text (fixture->reg, requirement, QUADRANT_FIELD_REQUIREMENT_SOURCE, "MSA §8");
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (source)), ==, "MSA §7.2 (typing)");
  g_assert_true (quadrant_requirement_editor_commit (fixture->editor));
  g_assert_cmpstr (quadrant_requirement_get_source (requirement), ==, "MSA §7.2 (typing)");

  /* Escape takes back what was typed. */
  gtk_editable_set_text (GTK_EDITABLE (source), "Something else");
  press_key (source, GDK_KEY_Escape);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (source)), ==, "MSA §7.2 (typing)");
  g_assert_cmpstr (quadrant_requirement_get_source (requirement), ==, "MSA §7.2 (typing)");

  /* Undo goes back through all of it, and the editor shows each state. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (source)), ==, "MSA §8");

  /* Enter commits the statement (it is one paragraph); empty is refused, with the reason shown. */
  gtk_widget_grab_focus (GTK_WIDGET (statement));
  gtk_text_buffer_set_text (statement_buffer, "Encrypt all customer data at rest", -1);
  press_enter (GTK_WIDGET (statement));
  g_assert_cmpstr (quadrant_requirement_get_statement (requirement), ==, "Encrypt all customer data at rest");
  g_assert_cmpstr (buffer_text (statement_buffer), ==, "Encrypt all customer data at rest");

  gtk_text_buffer_set_text (statement_buffer, "   ", -1);
  press_enter (GTK_WIDGET (statement));
  g_assert_cmpstr (quadrant_requirement_get_statement (requirement), ==, "Encrypt all customer data at rest");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (statement), "error"));
  g_assert_true (gtk_widget_get_visible (editor_child (fixture, "statement_error")));
}

int
main (int   argc,
      char *argv[])
{
  quadrant_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/requirements-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("editor/decision-one-step", test_decision_one_step);
  ADD ("editor/references", test_references);
  ADD ("editor/references-keep-extras", test_references_keep_extras);
  ADD ("editor/review-date", test_review_date);
  ADD ("editor/review-date-german", test_review_date_german);
  ADD ("editor/follows-model", test_editor_follows_model);
#undef ADD

  return g_test_run ();
}
