/* test-ui-requirements.c: the Requirements page and the requirement editor,
 * driven through their widgets */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-requirement-editor.h"
#include "quadrant-requirements-view.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

typedef struct {
  QuadrantRegister          *reg;
  GtkWindow                 *window;
  QuadrantRequirementsView  *view;
  QuadrantRequirementEditor *editor;
} Fixture;

/* ---- Helpers ---- */

static void
spin (void)
{
  /* Bounded, so that a frame clock that always has work cannot hang a test. */
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
n_shown_is (gpointer data)
{
  gpointer *args = data;
  Fixture *fixture = args[0];

  return quadrant_requirements_view_get_n_shown (fixture->view) == GPOINTER_TO_UINT (args[1]);
}

/* Spins until the view shows n rows: the search entry applies its text after
 * a short delay. */
static guint
wait_for_n_shown (Fixture *fixture,
                  guint    n)
{
  gpointer args[] = { fixture, GUINT_TO_POINTER (n) };

  quadrant_test_spin_until (n_shown_is, args);
  spin ();
  return quadrant_requirements_view_get_n_shown (fixture->view);
}

static QuadrantRequirement *
add_requirement (QuadrantParty           *party,
                 const char              *statement,
                 QuadrantRequirementType  type,
                 QuadrantDecision         decision,
                 const char              *source,
                 const char              *reference)
{
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

  quadrant_requirement_set_statement (requirement, statement);
  quadrant_requirement_set_requirement_type (requirement, type);
  quadrant_requirement_set_decision (requirement, decision);
  quadrant_requirement_set_source (requirement, source);
  if (reference != NULL)
    {
      g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();

      g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, reference));
      quadrant_requirement_set_references (requirement, refs);
    }
  quadrant_party_append_requirement (party, requirement);
  return requirement;
}

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

/* Four parties, five requirements: two undecided, two legal, two of Customers. */
static QuadrantRegister *
make_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  QuadrantParty *regulator = add_party (reg, "Data Protection Authority");
  QuadrantParty *customers = add_party (reg, "Hospital customers");
  QuadrantParty *staff = add_party (reg, "Employees");

  add_party (reg, "Press");
  add_requirement (regulator, "Report breaches within 72 hours", QUADRANT_REQUIREMENT_TYPE_LEGAL,
                   QUADRANT_DECISION_ADDRESSED, "GDPR Art. 33", "A.5.24");
  add_requirement (regulator, "Keep a record of processing", QUADRANT_REQUIREMENT_TYPE_LEGAL,
                   QUADRANT_DECISION_UNDECIDED, "GDPR Art. 30", NULL);
  add_requirement (customers, "Encrypt customer data at rest", QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL,
                   QUADRANT_DECISION_UNDECIDED, "Master services agreement §7", "A.8.24");
  add_requirement (customers, "Offer single sign-on (SSO)", QUADRANT_REQUIREMENT_TYPE_BUSINESS,
                   QUADRANT_DECISION_PARTIALLY_ADDRESSED, "Customer advisory board", NULL);
  add_requirement (staff, "Clear rules for remote work", QUADRANT_REQUIREMENT_TYPE_BUSINESS,
                   QUADRANT_DECISION_NOT_ADDRESSED, "Staff survey", NULL);
  return reg;
}

static QuadrantParty *
party_at (Fixture *fixture,
          guint    position)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (fixture->reg),
                                                          position);
  return party;
}

static QuadrantRequirement *
requirement_at (Fixture *fixture,
                guint    party,
                guint    position)
{
  g_autoptr(QuadrantRequirement) requirement =
    g_list_model_get_item (quadrant_party_get_requirements (party_at (fixture, party)), position);
  return requirement;
}

static gpointer
view_child (Fixture    *fixture,
            const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->view), QUADRANT_TYPE_REQUIREMENTS_VIEW,
                                        name);
}

static gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->editor),
                                        QUADRANT_TYPE_REQUIREMENT_EDITOR, name);
}

static GListModel *
rows (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_column_view_get_model (view_child (fixture, "column_view")));
}

static gboolean
rows_contain (Fixture             *fixture,
              QuadrantRequirement *requirement)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows (fixture)); i++)
    {
      g_autoptr(QuadrantRequirement) item = g_list_model_get_item (rows (fixture), i);

      if (item == requirement)
        return TRUE;
    }
  return FALSE;
}

/* Selects the row of requirement, as a click would. */
static void
select_row (Fixture             *fixture,
            QuadrantRequirement *requirement)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows (fixture)); i++)
    {
      g_autoptr(QuadrantRequirement) item = g_list_model_get_item (rows (fixture), i);

      if (item == requirement)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows (fixture)), i, TRUE);
          spin ();
          g_assert_true (quadrant_requirement_editor_get_requirement (fixture->editor) == requirement);
          return;
        }
    }
  g_assert_not_reached ();
}

/* Types text into an editable as a person would: replace, then Enter. */
static void
type_and_activate (gpointer    editable,
                   const char *text)
{
  GtkEditable *delegate;

  gtk_widget_grab_focus (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));
  /* Enter makes the GtkText inside emit activate; AdwEntryRow turns that into entry-activated. */
  g_signal_emit_by_name (delegate != NULL ? delegate : GTK_EDITABLE (editable), "activate");
  spin ();
}

static void
capture_cb (GSimpleAction  *action,
            GVariant       *parameter,
            char          **out)
{
  g_free (*out);
  *out = g_variant_dup_string (parameter, NULL);
}

/* The label or list cell (an inscription) under widget that shows text. */
static GtkWidget *
find_text (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  return find_text (widget, text) != NULL;
}

static const char *
buffer_text (GtkTextBuffer *buffer)
{
  static char *text;
  GtkTextIter start, end;

  g_free (text);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return text;
}

/* A key as the key controllers of widget see it, in the order GTK runs them. */
static void
press_key (gpointer widget,
           guint    keyval)
{
  gboolean handled = FALSE;
  GListModel *list = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (list) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (list, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (list);
  g_assert_true (handled);
  spin ();
}

static void
press_enter (GtkWidget *widget)
{
  press_key (widget, GDK_KEY_Return);
}

static guint
count_undo_steps (QuadrantRegister *reg)
{
  guint n = 0;

  while (quadrant_register_undo (reg))
    n++;
  while (quadrant_register_redo (reg))
    ;
  return n;
}

/* The editor's rows for existing references (not the "new reference" row). */
static GPtrArray *
reference_rows (Fixture *fixture)
{
  GPtrArray *result = g_ptr_array_new ();
  GtkWidget *new_row = editor_child (fixture, "new_reference_row");

  for (GtkWidget *child = gtk_widget_get_first_child (editor_child (fixture, "references_list"));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ENTRY_ROW (child) && child != new_row)
      g_ptr_array_add (result, child);
  return result;
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (tooltip == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0))
        return child;
      if ((found = find_descendant (child, type, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

/* ---- Fixture ---- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = make_register ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 700);
  fixture->view = QUADRANT_REQUIREMENTS_VIEW (quadrant_requirements_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  quadrant_requirements_view_set_register (fixture->view, fixture->reg);
  fixture->editor = quadrant_requirements_view_get_editor (fixture->view);
  gtk_window_present (fixture->window);
  spin ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin ();
  g_clear_object (&fixture->reg);
}

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
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "YYYY-MM-DD"));
  g_assert_false (quadrant_requirement_editor_commit (fixture->editor));

  type_and_activate (row, "31/12/2026");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  type_and_activate (row, "2026-12-31");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "2026-12-31");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
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
  /* No session bus under Xvfb: without this the accessibility bridge warns, fatally. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (quadrant_get_resource ());

  g_test_add_func ("/requirements-view/example", test_example);
#define ADD(path, func) \
  g_test_add ("/requirements-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows", test_rows);
  ADD ("sort", test_sort);
  ADD ("live", test_live);
  ADD ("cells-update", test_cells_update);
  ADD ("filters", test_filters);
  ADD ("filter-follows-edits", test_filter_follows_edits);
  ADD ("editor/decision-one-step", test_decision_one_step);
  ADD ("editor/references", test_references);
  ADD ("editor/references-keep-extras", test_references_keep_extras);
  ADD ("editor/review-date", test_review_date);
  ADD ("editor/follows-model", test_editor_follows_model);
  ADD ("select-requirement", test_select_requirement);
  ADD ("editor/party-link", test_party_link);
#undef ADD

  return g_test_run ();
}
