/* test-ui-findings.c: the Findings page and the register-details dialog,
 * driven through their widgets */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-check.h"
#include "quadrant-conflict.h"
#include "quadrant-details-dialog.h"
#include "quadrant-findings-view.h"
#include "quadrant-merge.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"
#include "quadrant-test-wait.h"

typedef struct {
  QuadrantRegister     *reg;
  GtkWindow            *window;
  QuadrantFindingsView *view;
  GSimpleActionGroup   *actions;
  char                 *activated;  /* "action-name parameter" of the last window action */
  guint                 n_errors_notifies;
} Fixture;

/* ---- Helpers ---- */

static gboolean
check_done (gpointer data)
{
  gpointer *args = data;
  Fixture *fixture = args[0];

  return quadrant_findings_view_get_n_findings (fixture->view) == GPOINTER_TO_UINT (args[1]) &&
         quadrant_findings_view_get_n_errors (fixture->view) == GPOINTER_TO_UINT (args[2]);
}

/* Spins the main loop until the findings were checked again after an edit. */
static void
wait_for_check (Fixture *fixture,
                guint    n_findings,
                guint    n_errors)
{
  gpointer args[] = { fixture, GUINT_TO_POINTER (n_findings), GUINT_TO_POINTER (n_errors) };

  quadrant_test_spin_until (check_done, args);
  quadrant_test_spin_pending ();
}

static guint
expected_count (QuadrantRegister *reg,
                int               severity)
{
  g_autoptr(GPtrArray) findings = quadrant_check_register (reg, NULL);

  return severity < 0 ? findings->len : quadrant_check_count (findings, severity);
}

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           int               power,
           int               interest)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  /* A kind other than Other, in its usual category (external). */
  quadrant_party_set_kind (party, QUADRANT_KIND_PARTNERS);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_party_set_current_support (party, QUADRANT_SUPPORT_SUPPORTIVE);
  quadrant_party_set_desired_support (party, QUADRANT_SUPPORT_SUPPORTIVE);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

static QuadrantRequirement *
add_requirement (QuadrantParty    *party,
                 const char       *statement,
                 QuadrantDecision  decision,
                 const char       *rationale,
                 const char       *reference)
{
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

  quadrant_requirement_set_statement (requirement, statement);
  quadrant_requirement_set_decision (requirement, decision);
  quadrant_requirement_set_rationale (requirement, rationale);
  if (reference != NULL)
    {
      g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();

      g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, reference));
      quadrant_requirement_set_references (requirement, refs);
    }
  quadrant_party_append_requirement (party, requirement);
  return requirement;
}

/* A register without findings: placed, low-power parties whose requirements
 * are all decided with a rationale and a reference. */
static QuadrantRegister *
make_clean_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  QuadrantParty *staff = add_party (reg, "Employees", 30, 70);
  QuadrantParty *auditors = add_party (reg, "Internal audit", 40, 60);

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Northwind Health Systems Ltd");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_VERSION, "2.0");
  add_requirement (staff, "Clear rules for remote work", QUADRANT_DECISION_ADDRESSED,
                   "Remote work policy v2", "A.6.7");
  add_requirement (auditors, "Access to evidence", QUADRANT_DECISION_ADDRESSED,
                   "Audit charter", "A.5.35");
  return reg;
}

/* The clean register plus problems: an undecided requirement (error) and a
 * party without requirements (warning). */
static QuadrantRegister *
make_register (void)
{
  QuadrantRegister *reg = make_clean_register ();
  QuadrantParty *regulator = add_party (reg, "Data Protection Authority", 20, 60);

  add_requirement (regulator, "Keep a record of processing", QUADRANT_DECISION_UNDECIDED, "", NULL);
  add_party (reg, "Press", 10, 10);
  return reg;
}

static QuadrantParty *
party_at (QuadrantRegister *reg,
          guint             position)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), position);
  return party;
}

static QuadrantRequirement *
requirement_at (QuadrantRegister *reg,
                guint             party,
                guint             position)
{
  g_autoptr(QuadrantRequirement) requirement =
    g_list_model_get_item (quadrant_party_get_requirements (party_at (reg, party)), position);
  return requirement;
}

static gpointer
view_child (Fixture    *fixture,
            const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->view), QUADRANT_TYPE_FINDINGS_VIEW, name);
}

static void
action_cb (GSimpleAction *action,
           GVariant      *parameter,
           Fixture       *fixture)
{
  g_free (fixture->activated);
  fixture->activated = g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                        parameter != NULL ? g_variant_get_string (parameter, NULL) : "");
}

static void
n_errors_notify_cb (Fixture *fixture)
{
  fixture->n_errors_notifies++;
}

static guint
find_finding (Fixture    *fixture,
              const char *code)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view_child (fixture, "list_view")));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QuadrantFinding) finding = g_list_model_get_item (model, i);

      if (g_str_equal (quadrant_finding_get_code (finding), code))
        return i;
    }
  g_assert_not_reached ();
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

/* Types text into an editable as a person would: replace, then Enter. */
static void
type_and_activate (gpointer    editable,
                   const char *text)
{
  GtkEditable *delegate;

  gtk_widget_grab_focus (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));
  g_signal_emit_by_name (delegate != NULL ? delegate : GTK_EDITABLE (editable), "activate");
  quadrant_test_spin_pending ();
}

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

/* ---- Fixture ---- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *names[] = { "show-party", "show-party-requirements", "show-requirement" };
  g_autoptr(GSimpleAction) details = g_simple_action_new ("details", NULL);

  fixture->reg = data != NULL ? make_clean_register () : make_register ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);

  /* The window's actions, captured. */
  fixture->actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (names[i], G_VARIANT_TYPE_STRING);

      g_signal_connect (action, "activate", G_CALLBACK (action_cb), fixture);
      g_action_map_add_action (G_ACTION_MAP (fixture->actions), G_ACTION (action));
    }
  g_signal_connect (details, "activate", G_CALLBACK (action_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (fixture->actions), G_ACTION (details));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (fixture->actions));

  fixture->view = QUADRANT_FINDINGS_VIEW (quadrant_findings_view_new ());
  g_signal_connect_swapped (fixture->view, "notify::n-errors", G_CALLBACK (n_errors_notify_cb), fixture);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  quadrant_findings_view_set_register (fixture->view, fixture->reg);
  gtk_window_present (fixture->window);
  quadrant_test_spin_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  quadrant_test_spin_pending ();
  g_clear_object (&fixture->actions);
  g_clear_object (&fixture->reg);
  g_clear_pointer (&fixture->activated, g_free);
}

/* ---- Findings ---- */

static void
test_findings_shown (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkStack *stack = view_child (fixture, "stack");

  g_assert_cmpuint (quadrant_findings_view_get_n_findings (fixture->view), ==, expected_count (fixture->reg, -1));
  g_assert_cmpuint (quadrant_findings_view_get_n_errors (fixture->view), ==, 1);
  g_assert_cmpuint (quadrant_findings_view_get_n_errors (fixture->view), ==,
                    expected_count (fixture->reg, QUADRANT_SEVERITY_ERROR));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_nonnull (strstr (gtk_label_get_text (view_child (fixture, "summary_label")), "1 error"));
}

static void
test_findings_clean (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkStack *stack = view_child (fixture, "stack");

  g_assert_cmpuint (quadrant_findings_view_get_n_findings (fixture->view), ==, 0);
  g_assert_cmpuint (quadrant_findings_view_get_n_errors (fixture->view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* A problem appears once the register changes, and goes with undo. */
  quadrant_register_set_choice (fixture->reg, requirement_at (fixture->reg, 0, 0), QUADRANT_FIELD_REQUIREMENT_DECISION,
                              QUADRANT_DECISION_UNDECIDED);
  wait_for_check (fixture, 1, 1);
  g_assert_cmpuint (quadrant_findings_view_get_n_errors (fixture->view), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  quadrant_register_undo (fixture->reg);
  wait_for_check (fixture, 0, 0);
  g_assert_cmpuint (quadrant_findings_view_get_n_errors (fixture->view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

static void
test_findings_live (Fixture       *fixture,
                    gconstpointer  data)
{
  QuadrantRequirement *undecided = requirement_at (fixture->reg, 2, 0);
  guint before = quadrant_findings_view_get_n_findings (fixture->view);
  guint notifies = fixture->n_errors_notifies;
  g_autoptr(QuadrantRequirement) added = quadrant_requirement_new (NULL);

  /* Deciding with a rationale and a reference removes the error. */
  quadrant_register_begin_group (fixture->reg, "Decide");
  quadrant_register_set_text (fixture->reg, undecided, QUADRANT_FIELD_REQUIREMENT_RATIONALE, "Processing register kept by the DPO");
  quadrant_register_set_choice (fixture->reg, undecided, QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_NOT_ADDRESSED);
  quadrant_register_end_group (fixture->reg);
  /* Debounced: nothing yet ... */
  g_assert_cmpuint (quadrant_findings_view_get_n_findings (fixture->view), ==, before);
  /* ... until the main loop has run. */
  wait_for_check (fixture, before - 1, 0);
  g_assert_cmpuint (quadrant_findings_view_get_n_findings (fixture->view), ==, before - 1);
  g_assert_cmpuint (quadrant_findings_view_get_n_errors (fixture->view), ==, 0);
  g_assert_cmpuint (fixture->n_errors_notifies, ==, notifies + 1);

  /* A requirement for Press: its "without requirements" warning goes, an error comes. */
  quadrant_requirement_set_statement (added, "Answer press enquiries within a day");
  quadrant_register_add_requirement (fixture->reg, party_at (fixture->reg, 3), added);
  wait_for_check (fixture, before - 1, 1);
  g_assert_cmpuint (quadrant_findings_view_get_n_errors (fixture->view), ==, 1);
  g_assert_cmpuint (fixture->n_errors_notifies, ==, notifies + 2);
  g_assert_cmpuint (quadrant_findings_view_get_n_findings (fixture->view), ==,
                    expected_count (fixture->reg, -1));
}

static void
test_findings_activate (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkListView *list_view = view_child (fixture, "list_view");
  QuadrantRequirement *undecided = requirement_at (fixture->reg, 2, 0);
  QuadrantParty *press = party_at (fixture->reg, 3);
  g_autofree char *expected = NULL;

  g_signal_emit_by_name (list_view, "activate", find_finding (fixture, QUADRANT_CHECK_REQUIREMENT_UNDECIDED));
  expected = g_strdup_printf ("show-requirement %s", quadrant_requirement_get_id (undecided));
  g_assert_cmpstr (fixture->activated, ==, expected);

  g_signal_emit_by_name (list_view, "activate", find_finding (fixture, QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS));
  g_free (expected);
  expected = g_strdup_printf ("show-party-requirements %s", quadrant_party_get_id (press));
  g_assert_cmpstr (fixture->activated, ==, expected);

  /* A finding about the register itself opens its details. */
  quadrant_register_set_text (fixture->reg, fixture->reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2001-01-01");
  wait_for_check (fixture, expected_count (fixture->reg, -1),
                  expected_count (fixture->reg, QUADRANT_SEVERITY_ERROR));
  g_signal_emit_by_name (list_view, "activate", find_finding (fixture, QUADRANT_CHECK_REGISTER_REVIEW_OVERDUE));
  g_assert_cmpstr (fixture->activated, ==, "details ");
}


/* ---- Merge conflicts ---- */

static QuadrantRegister *
copy_register (QuadrantRegister *reg)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *copy = quadrant_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                      "copy", &error);

  g_assert_no_error (error);
  return copy;
}

/* The visible button with this label in the n-th row showing one. */
static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return GTK_BUTTON (child);
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static guint
n_conflicts (QuadrantRegister *reg)
{
  g_autoptr(GPtrArray) conflicts = quadrant_conflicts_list (reg);

  return conflicts->len;
}

/* Conflicts of a merge are errors with a one-click choice of either value;
 * each choice is one undo step; after the last the register is clean. */
static void
test_findings_conflicts (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(QuadrantRegister) base = copy_register (fixture->reg);
  g_autoptr(QuadrantRegister) ours = copy_register (fixture->reg);
  g_autoptr(QuadrantRegister) theirs = copy_register (fixture->reg);
  g_autoptr(QuadrantRegister) merged = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *list_view = view_child (fixture, "list_view");
  QuadrantParty *employees;

  quadrant_register_move_party (ours, party_at (ours, 0), 35, 70);
  quadrant_register_move_party (theirs, party_at (theirs, 0), 45, 70);
  quadrant_register_set_text (ours, ours, QUADRANT_FIELD_REGISTER_VERSION, "2.1");
  quadrant_register_set_text (theirs, theirs, QUADRANT_FIELD_REGISTER_VERSION, "3.0");
  merged = quadrant_merge_registers (base, ours, theirs, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts (merged), ==, 2);
  employees = party_at (merged, 0);

  quadrant_findings_view_set_register (fixture->view, merged);
  wait_for_check (fixture, expected_count (merged, -1), 2);
  g_assert_cmpuint (find_finding (fixture, QUADRANT_CHECK_MERGE_CONFLICT), ==, 0);

  /* the first row (the version): take theirs, with a click */
  g_signal_emit_by_name (find_button (list_view, "Take Theirs"), "clicked");
  wait_for_check (fixture, expected_count (merged, -1), 1);
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "3.0");
  g_assert_cmpuint (n_conflicts (merged), ==, 1);

  /* undone, the conflict is back */
  g_assert_true (quadrant_register_undo (merged));
  wait_for_check (fixture, expected_count (merged, -1), 2);
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "2.1");
  g_assert_cmpuint (n_conflicts (merged), ==, 2);

  /* keep ours for the version, take theirs for the power */
  g_signal_emit_by_name (find_button (list_view, "Keep Ours"), "clicked");
  wait_for_check (fixture, expected_count (merged, -1), 1);
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "2.1");
  g_signal_emit_by_name (find_button (list_view, "Take Theirs"), "clicked");
  wait_for_check (fixture, expected_count (merged, -1), 0);
  g_assert_cmpint (quadrant_party_get_power (employees), ==, 45);
  g_assert_null (find_button (list_view, "Take Theirs"));

  /* saved, a clean register */
  bytes = quadrant_writer_to_bytes (merged);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "conflict"));
  quadrant_findings_view_set_register (fixture->view, fixture->reg);
}

/* ---- Register details ---- */

static void
test_details_metadata (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *dialog = quadrant_details_dialog_new (fixture->window, fixture->reg);
  AdwEntryRow *organisation;
  AdwEntryRow *next_review;

  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
  organisation = find_entry_row (dialog, "Organisation");
  next_review = find_entry_row (dialog, "Next Review");
  g_assert_nonnull (organisation);
  g_assert_nonnull (next_review);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (organisation)), ==, "Northwind Health Systems Ltd");

  type_and_activate (organisation, "Northwind Health Systems plc");
  g_assert_cmpstr (quadrant_register_get_organisation (fixture->reg), ==, "Northwind Health Systems plc");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);

  /* Undo shows in the dialog. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  quadrant_test_spin_pending ();
  g_assert_cmpstr (quadrant_register_get_organisation (fixture->reg), ==, "Northwind Health Systems Ltd");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (organisation)), ==, "Northwind Health Systems Ltd");

  /* A date that is not one is refused, with the reason in the field. */
  type_and_activate (next_review, "next March");
  g_assert_cmpstr (quadrant_register_get_next_review (fixture->reg), ==, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (next_review), "error"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next_review)), "2026-03-31"));
  g_assert_false (quadrant_details_dialog_commit (QUADRANT_DETAILS_DIALOG (dialog)));
  type_and_activate (next_review, "2027-03-01");
  g_assert_cmpstr (quadrant_register_get_next_review (fixture->reg), ==, "2027-03-01");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (next_review), "error"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
}

static void
test_details_record_revision (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *dialog = quadrant_details_dialog_new (fixture->window, fixture->reg);
  GListModel *revisions = quadrant_register_get_revisions (fixture->reg);
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (dialog, QUADRANT_TYPE_DETAILS_DIALOG,
                                                                   "revisions_list"));
  AdwMessageDialog *question;
  QuadrantRevision *revision;
  const QuadrantPosition *position;
  QuadrantParty *staff = party_at (fixture->reg, 0);
  AdwEntryRow *version;
  AdwEntryRow *date;

  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 0);

  gtk_widget_activate_action (dialog, "details.record-revision", NULL);
  quadrant_test_spin_pending ();
  question = find_message_dialog ();
  g_assert_nonnull (question);

  /* The next version is suggested, the date is today's. */
  version = find_entry_row (GTK_WIDGET (question), "Version");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (version)), ==, "2.1");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (question), "Author")), "Maria Keane");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (question), "Summary")),
                         "Annual review after the surveillance audit");

  /* A bad date disables Record, and says why. */
  date = find_entry_row (GTK_WIDGET (question), "Date");
  g_assert_nonnull (date);
  gtk_editable_set_text (GTK_EDITABLE (date), "yesterday");
  g_assert_false (adw_message_dialog_get_response_enabled (question, "record"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-11-27");
  g_assert_true (adw_message_dialog_get_response_enabled (question, "record"));

  adw_message_dialog_response (question, "record");
  quadrant_test_spin_pending ();

  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 1);
  revision = quadrant_register_get_latest_revision (fixture->reg);
  g_assert_cmpstr (quadrant_revision_get_version (revision), ==, "2.1");
  g_assert_cmpstr (quadrant_revision_get_date (revision), ==, "2026-11-27");
  g_assert_cmpstr (quadrant_revision_get_author (revision), ==, "Maria Keane");
  g_assert_cmpstr (quadrant_revision_get_summary (revision), ==, "Annual review after the surveillance audit");
  g_assert_cmpstr (quadrant_register_get_version (fixture->reg), ==, "2.1");

  /* Every party's position and support at that moment. */
  g_assert_cmpuint (quadrant_revision_get_positions (revision)->len, ==,
                    quadrant_register_get_n_parties (fixture->reg));
  position = quadrant_revision_find_position (revision, quadrant_party_get_id (staff));
  g_assert_nonnull (position);
  g_assert_cmpint (position->power, ==, 30);
  g_assert_cmpint (position->interest, ==, 70);
  g_assert_cmpint (position->support, ==, QUADRANT_SUPPORT_SUPPORTIVE);

  /* The history lists it. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                   ==, "Version 2.1, 2026-11-27");

  /* One undo step takes back the revision and the version. */
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
  g_assert_true (quadrant_register_undo (fixture->reg));
  quadrant_test_spin_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 0);
  g_assert_cmpstr (quadrant_register_get_version (fixture->reg), ==, "2.0");
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));

  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
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

  g_test_add ("/findings-view/shown", Fixture, NULL,
              fixture_set_up, test_findings_shown, fixture_tear_down);
  g_test_add ("/findings-view/clean", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_findings_clean, fixture_tear_down);
  g_test_add ("/findings-view/live", Fixture, NULL,
              fixture_set_up, test_findings_live, fixture_tear_down);
  g_test_add ("/findings-view/activate", Fixture, NULL,
              fixture_set_up, test_findings_activate, fixture_tear_down);
  g_test_add ("/findings-view/conflicts", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_findings_conflicts, fixture_tear_down);
  g_test_add ("/details-dialog/metadata", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_details_metadata, fixture_tear_down);
  g_test_add ("/details-dialog/record-revision", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_details_record_revision, fixture_tear_down);

  return g_test_run ();
}
