/* test-ui-requirements.c: the Requirements page, driven through its widgets
 * (the requirement editor: test-ui-requirement-editor.c) */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-requirement-editor.h"
#include "quadrant-requirements-view.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"
#include "requirements-checks.h"

/* ---- Tests ---- */

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_assert_cmpuint (quadrant_register_get_n_requirements (fixture->reg), ==, 5);
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, 5);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "5 requirements");

  /* Another register replaces the rows. */
  {
    g_autoptr(QuadrantRegister) other = quadrant_register_new ();
    QuadrantParty *party = add_party (other, "Auditors");

    add_requirement (party, "Evidence of management review", QUADRANT_REQUIREMENT_TYPE_OTHER,
                     QUADRANT_DECISION_UNDECIDED, "", NULL);
    quadrant_requirements_view_set_register (fixture->view, other);
    spin ();
    g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 1);
    quadrant_requirements_view_set_register (fixture->view, fixture->reg);
    spin ();
    g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 5);
  }
}

static const char *
statement_at (Fixture *fixture,
              guint    position)
{
  g_autoptr(QuadrantRequirement) item = g_list_model_get_item (rows (fixture), position);

  return quadrant_requirement_get_statement (item);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GtkColumnView *column_view = view_child (fixture, "column_view");

  /* Case does not matter; the key follows an edit of the statement. */
  quadrant_register_set_text (fixture->reg, requirement_at (fixture, 2, 0), QUADRANT_FIELD_REQUIREMENT_STATEMENT, "clear rules for remote work");
  gtk_column_view_sort_by_column (column_view, view_child (fixture, "statement_column"), GTK_SORT_ASCENDING);
  spin ();
  g_assert_cmpstr (statement_at (fixture, 0), ==, "clear rules for remote work");
  g_assert_cmpstr (statement_at (fixture, 1), ==, "Encrypt customer data at rest");
  g_assert_cmpstr (statement_at (fixture, 4), ==, "Report breaches within 72 hours");

  gtk_column_view_sort_by_column (column_view, view_child (fixture, "statement_column"), GTK_SORT_DESCENDING);
  spin ();
  g_assert_cmpstr (statement_at (fixture, 0), ==, "Report breaches within 72 hours");

  quadrant_register_set_text (fixture->reg, requirement_at (fixture, 0, 0), QUADRANT_FIELD_REQUIREMENT_STATEMENT, "Anonymise test data");
  gtk_column_view_sort_by_column (column_view, view_child (fixture, "statement_column"), GTK_SORT_ASCENDING);
  spin ();
  g_assert_cmpstr (statement_at (fixture, 0), ==, "Anonymise test data");

  /* Decisions sort in their own order: undecided first. */
  gtk_column_view_sort_by_column (column_view, view_child (fixture, "decision_column"), GTK_SORT_ASCENDING);
  spin ();
  {
    g_autoptr(QuadrantRequirement) first = g_list_model_get_item (rows (fixture), 0);
    g_autoptr(QuadrantRequirement) last = g_list_model_get_item (rows (fixture), 4);

    g_assert_cmpint (quadrant_requirement_get_decision (first), ==, QUADRANT_DECISION_UNDECIDED);
    g_assert_cmpint (quadrant_requirement_get_decision (last), ==, QUADRANT_DECISION_NOT_ADDRESSED);
  }

  /* By party name. */
  gtk_column_view_sort_by_column (column_view, view_child (fixture, "party_column"), GTK_SORT_ASCENDING);
  spin ();
  g_assert_cmpstr (statement_at (fixture, 2), ==, "clear rules for remote work");
}

static void
test_live (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(QuadrantRequirement) added = quadrant_requirement_new (NULL);
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_requirement_set_statement (added, "Publish a security contact");
  quadrant_register_add_requirement (fixture->reg, party_at (fixture, 3), added);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 6);
  g_assert_true (rows_contain (fixture, added));

  /* A new party brings its requirements; removing it takes them away. */
  quadrant_party_set_name (party, "Insurer");
  add_requirement (party, "Annual penetration test", QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL,
                   QUADRANT_DECISION_UNDECIDED, "Policy terms", NULL);
  add_requirement (party, "Backups tested quarterly", QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL,
                   QUADRANT_DECISION_UNDECIDED, "Policy terms", NULL);
  quadrant_register_add_party (fixture->reg, party);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 8);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "8 requirements");

  quadrant_register_remove_party (fixture->reg, party);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 6);

  g_assert_true (quadrant_register_undo (fixture->reg));  /* the removal */
  g_assert_true (quadrant_register_undo (fixture->reg));  /* the addition of the party */
  g_assert_true (quadrant_register_undo (fixture->reg));  /* the requirement */
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 5);
  g_assert_false (rows_contain (fixture, added));
}

static void
test_cells_update (Fixture       *fixture,
                   gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 0, 0);
  GtkWidget *column_view = view_child (fixture, "column_view");

  /* The statement cell shows what the model says, also after an edit. */
  quadrant_register_set_text (fixture->reg, requirement, QUADRANT_FIELD_REQUIREMENT_STATEMENT, "Notify the authority within 72 hours");
  spin ();
  g_assert_true (has_label (column_view, "Notify the authority within 72 hours"));

  /* So does the references cell after a change of the references. */
  g_assert_true (has_label (column_view, "A.5.24"));
  {
    g_autoptr(GPtrArray) refs = quadrant_reference_array_copy (quadrant_requirement_get_references (requirement));

    g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_POLICY, "Breach policy"));
    quadrant_register_set_references (fixture->reg, requirement, refs);
  }
  spin ();
  g_assert_true (has_label (column_view, "A.5.24, Breach policy"));

  /* And the party cell after a rename. */
  quadrant_register_set_text (fixture->reg, party_at (fixture, 0), QUADRANT_FIELD_PARTY_NAME, "Supervisory authority");
  spin ();
  g_assert_true (has_label (column_view, "Supervisory authority"));

  /* The decision cell's style follows the decision. */
  {
    GtkWidget *cell = find_text (column_view, "Not addressed");
    QuadrantRequirement *staff_requirement = requirement_at (fixture, 2, 0);

    g_assert_nonnull (cell);
    g_assert_true (gtk_widget_has_css_class (cell, "dim-label"));
    quadrant_register_set_choice (fixture->reg, staff_requirement, QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_ADDRESSED);
    spin ();
    g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), ==, "Addressed");
    g_assert_true (gtk_widget_has_css_class (cell, "success"));
    g_assert_false (gtk_widget_has_css_class (cell, "dim-label"));
  }
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *type_dropdown = view_child (fixture, "type_dropdown");
  GtkDropDown *party_dropdown = view_child (fixture, "party_dropdown");
  GtkDropDown *decision_dropdown = view_child (fixture, "decision_dropdown");
  GtkToggleButton *undecided = view_child (fixture, "undecided_button");
  GtkEditable *search = view_child (fixture, "search_entry");

  quadrant_requirements_view_set_undecided_only (fixture->view, TRUE);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (decision_dropdown), ==, 1 + QUADRANT_DECISION_UNDECIDED);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "2 of 5 requirements");

  /* The toggle is the one-click way to the same filter. */
  gtk_toggle_button_set_active (undecided, FALSE);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 5);
  g_signal_emit_by_name (undecided, "clicked");
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 2);

  /* Another decision in the drop-down releases the toggle. */
  gtk_drop_down_set_selected (decision_dropdown, 1 + QUADRANT_DECISION_ADDRESSED);
  spin ();
  g_assert_false (gtk_toggle_button_get_active (undecided));
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 1);
  gtk_drop_down_set_selected (decision_dropdown, 0);

  /* Type and party combine with the decision. */
  gtk_drop_down_set_selected (type_dropdown, 1 + QUADRANT_REQUIREMENT_TYPE_LEGAL);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 2);
  quadrant_requirements_view_set_undecided_only (fixture->view, TRUE);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 1);
  quadrant_requirements_view_set_undecided_only (fixture->view, FALSE);
  gtk_drop_down_set_selected (type_dropdown, 0);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 5);

  /* "All Parties" is first, then the parties in register order. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (party_dropdown)), ==, 5);
  gtk_drop_down_set_selected (party_dropdown, 1 + 1);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 2);
  gtk_drop_down_set_selected (party_dropdown, 1 + 3);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 0);
  gtk_drop_down_set_selected (party_dropdown, 0);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 5);

  /* Search: statement, source, party name, reference text; words combine. */
  gtk_editable_set_text (search, "ENCRYPT");
  g_assert_cmpuint (wait_for_n_shown (fixture, 1), ==, 1);
  gtk_editable_set_text (search, "gdpr");
  g_assert_cmpuint (wait_for_n_shown (fixture, 2), ==, 2);
  gtk_editable_set_text (search, "a.8.24");
  g_assert_cmpuint (wait_for_n_shown (fixture, 1), ==, 1);
  gtk_editable_set_text (search, "hospital");
  g_assert_cmpuint (wait_for_n_shown (fixture, 2), ==, 2);
  gtk_editable_set_text (search, "hospital sso");
  g_assert_cmpuint (wait_for_n_shown (fixture, 1), ==, 1);
  /* Typing on narrows, deleting widens (the filter re-checks only what can change). */
  gtk_editable_set_text (search, "gdpr art. 33");
  g_assert_cmpuint (wait_for_n_shown (fixture, 1), ==, 1);
  gtk_editable_set_text (search, "gdpr art. 3");
  g_assert_cmpuint (wait_for_n_shown (fixture, 2), ==, 2);
  gtk_editable_set_text (search, "gdpr art. 30");
  g_assert_cmpuint (wait_for_n_shown (fixture, 1), ==, 1);
  {
    g_autoptr(QuadrantRequirement) shown = g_list_model_get_item (rows (fixture), 0);

    g_assert_cmpstr (quadrant_requirement_get_statement (shown), ==, "Keep a record of processing");
  }
  gtk_editable_set_text (search, "nothing like this");
  g_assert_cmpuint (wait_for_n_shown (fixture, 0), ==, 0);
  gtk_editable_set_text (search, "");
  g_assert_cmpuint (wait_for_n_shown (fixture, 5), ==, 5);
}

static void
test_filter_follows_edits (Fixture       *fixture,
                           gconstpointer  data)
{
  QuadrantRequirement *record = requirement_at (fixture, 0, 1);
  QuadrantRequirement *encrypt = requirement_at (fixture, 1, 0);

  quadrant_requirements_view_set_undecided_only (fixture->view, TRUE);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 2);

  /* Decided elsewhere (another view, undo): the row leaves the filter. */
  quadrant_register_set_choice (fixture->reg, encrypt, QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_ADDRESSED);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 1);
  quadrant_register_undo (fixture->reg);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 2);

  /* Decided in the editor: the row stays while it is being edited ... */
  select_row (fixture, record);
  adw_combo_row_set_selected (editor_child (fixture, "decision_row"), QUADRANT_DECISION_NOT_ADDRESSED);
  spin ();
  g_assert_cmpint (quadrant_requirement_get_decision (record), ==, QUADRANT_DECISION_NOT_ADDRESSED);
  g_assert_true (rows_contain (fixture, record));

  /* ... and goes once the reviewer moves on to the next one. */
  select_row (fixture, encrypt);
  spin ();
  g_assert_false (rows_contain (fixture, record));
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 1);
}

static void
test_select_requirement (Fixture       *fixture,
                         gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 0, 0);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (rows (fixture));

  /* Hidden by the Undecided filter: selecting it shows everything again. */
  quadrant_requirements_view_set_undecided_only (fixture->view, TRUE);
  spin ();
  g_assert_false (rows_contain (fixture, requirement));

  quadrant_requirements_view_select_requirement (fixture->view, requirement);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 5);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) requirement);
  g_assert_true (quadrant_requirement_editor_get_requirement (fixture->editor) == requirement);

  /* Removing the requirement empties the editor. */
  quadrant_register_remove_requirement (fixture->reg, requirement);
  spin ();
  g_assert_null (quadrant_requirement_editor_get_requirement (fixture->editor));
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (fixture->view), ==, 4);
}

static void
capture_cb (GSimpleAction  *action,
            GVariant       *parameter,
            char          **out)
{
  g_free (*out);
  *out = g_variant_dup_string (parameter, NULL);
}

static void
test_party_link (Fixture       *fixture,
                 gconstpointer  data)
{
  QuadrantRequirement *requirement = requirement_at (fixture, 1, 1);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-party", G_VARIANT_TYPE_STRING);
  g_autofree char *shown = NULL;
  GtkWidget *party_row = editor_child (fixture, "party_row");

  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  g_signal_connect (action, "activate", G_CALLBACK (capture_cb), &shown);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  select_row (fixture, requirement);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (party_row)), ==, "Hospital customers");
  spin ();
  g_signal_emit_by_name (party_row, "activate");
  spin ();
  g_assert_cmpstr (shown, ==, quadrant_party_get_id (party_at (fixture, 1)));
}

/* The example register, through the reader: every requirement is a row. */
static void
test_example (void)
{
  const char *datadir = g_getenv ("QUADRANT_DATADIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  GtkWindow *window;
  QuadrantRequirementsView *view;
  guint n_undecided = 0;

  if (datadir == NULL)
    {
      g_test_skip ("QUADRANT_DATADIR is not set");
      return;
    }
  path = g_build_filename (datadir, "examples", "northwind.quadrant.xml", NULL);
  file = g_file_new_for_path (path);
  reg = quadrant_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < quadrant_register_get_n_parties (reg); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), i);

      n_undecided += quadrant_party_get_n_undecided (party);
    }
  g_assert_cmpuint (n_undecided, >, 0);

  window = GTK_WINDOW (gtk_window_new ());
  view = QUADRANT_REQUIREMENTS_VIEW (quadrant_requirements_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  quadrant_requirements_view_set_register (view, reg);
  gtk_window_present (window);
  spin ();

  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), >, 50);
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (view), ==, quadrant_register_get_n_requirements (reg));
  quadrant_requirements_view_set_undecided_only (view, TRUE);
  spin ();
  g_assert_cmpuint (quadrant_requirements_view_get_n_shown (view), ==, n_undecided);

  gtk_window_destroy (window);
  spin ();
}

int
main (int   argc,
      char *argv[])
{
  quadrant_test_ui_init (&argc, &argv);

  g_test_add_func ("/requirements-view/example", test_example);
#define ADD(path, func) \
  g_test_add ("/requirements-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows", test_rows);
  ADD ("sort", test_sort);
  ADD ("live", test_live);
  ADD ("cells-update", test_cells_update);
  ADD ("filters", test_filters);
  ADD ("filter-follows-edits", test_filter_follows_edits);
  ADD ("select-requirement", test_select_requirement);
  ADD ("editor/party-link", test_party_link);
#undef ADD

  return g_test_run ();
}
