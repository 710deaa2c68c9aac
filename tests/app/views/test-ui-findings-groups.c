/* test-ui-findings-groups.c: findings grouped by party with a severity
 * filter, and a party without requirements opened at Add Requirement */
#include "config.h"

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-check.h"
#include "quadrant-findings-view.h"
#include "quadrant-window-private.h"
#include "quadrant-test-ui.h"

static QuadrantApplication *app;

typedef struct {
  QuadrantRegister *reg;
  QuadrantParty    *alpha;    /* an undecided requirement: an error */
  QuadrantParty    *bravo;    /* no requirements: a warning */
  QuadrantDocument *document;
  QuadrantWindow   *window;
} Fixture;

/* ---- Helpers ---- */

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_kind (party, QUADRANT_KIND_CUSTOMERS);
  quadrant_party_set_category (party, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_party_set_power (party, 20);
  quadrant_party_set_interest (party, 30);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

static QuadrantFindingsView *
findings_view (Fixture *fixture)
{
  return QUADRANT_FINDINGS_VIEW (fixture->window->findings_view);
}

static GListModel *
shown (Fixture *fixture)
{
  QuadrantFindingsView *view = findings_view (fixture);
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                    QUADRANT_TYPE_FINDINGS_VIEW,
                                                                    "list_view"));

  return G_LIST_MODEL (gtk_list_view_get_model (list));
}

static QuadrantFinding *
shown_at (Fixture *fixture,
          guint    position)
{
  g_autoptr(QuadrantFinding) finding = g_list_model_get_item (shown (fixture), position);

  return finding; /* borrowed: the list holds it */
}

static const char *
heading_of (QuadrantFinding *finding)
{
  return g_object_get_data (G_OBJECT (finding), "quadrant-group-title");
}

/* Every label shown under widget, joined by "|". */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        g_string_append_printf (out, "%s|", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, out);
    }
}

static gboolean
check_ran (gpointer data)
{
  Fixture *fixture = data;

  return quadrant_findings_view_get_n_findings (findings_view (fixture)) > 0;
}

static void
select_severity (Fixture *fixture,
                 guint    choice)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (findings_view (fixture)),
                                                                        QUADRANT_TYPE_FINDINGS_VIEW,
                                                                        "severity_dropdown"));

  gtk_drop_down_set_selected (dropdown, choice);
  quadrant_test_wait_frames (2);
}

/* ---- Fixture ---- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(QuadrantRequirement) undecided = quadrant_requirement_new (NULL);

  fixture->reg = quadrant_register_new ();
  fixture->alpha = add_party (fixture->reg, "Alpha");
  fixture->bravo = add_party (fixture->reg, "Bravo");
  quadrant_requirement_set_statement (undecided, "Tell us about incidents");
  quadrant_party_append_requirement (fixture->alpha, undecided);
  /* The register's own finding: an overdue review, an error. */
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2001-01-01");

  fixture->document = quadrant_document_new (fixture->reg, NULL, NULL);
  fixture->window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  quadrant_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  quadrant_test_spin_until (check_ran, fixture);
  quadrant_test_wait_frames (2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  quadrant_test_spin_pending ();
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->reg);
}

/* ---- Tests ---- */

/* The register's own findings, then each party's in register order, each
 * group headed by its party's name and count, worst first inside. */
static void
test_grouped (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *model = shown (fixture);
  g_autoptr(GString) labels = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);
  guint bravo_at = G_MAXUINT;

  g_assert_cmpuint (n, ==, quadrant_findings_view_get_n_findings (findings_view (fixture)));
  g_assert_cmpuint (n, >=, 3);
  g_assert_null (quadrant_finding_get_party (shown_at (fixture, 0)));
  g_assert_cmpstr (heading_of (shown_at (fixture, 0)), ==, "Register");
  g_assert_cmpstr (heading_of (shown_at (fixture, 1)), ==, "Alpha");

  for (guint i = 1; i < n; i++)
    {
      QuadrantFinding *finding = shown_at (fixture, i);
      QuadrantParty *party = quadrant_finding_get_party (finding);
      QuadrantRequirement *requirement = quadrant_finding_get_requirement (finding);

      if (party == NULL && requirement != NULL)
        party = quadrant_requirement_get_party (requirement);
      g_assert_nonnull (party);
      if (party == fixture->bravo && bravo_at == G_MAXUINT)
        {
          bravo_at = i;
          g_assert_cmpstr (heading_of (finding), ==, "Bravo");
        }
      else if (bravo_at != G_MAXUINT)
        /* Bravo's come last and all together. */
        g_assert_true (party == fixture->bravo);
      if (heading_of (finding) == NULL)
        g_assert_cmpint (quadrant_finding_get_severity (finding), <=,
                         quadrant_finding_get_severity (shown_at (fixture, i - 1)));
    }
  g_assert_cmpuint (bravo_at, <, n);

  /* The headings are on screen. */
  collect_labels (GTK_WIDGET (findings_view (fixture)), labels);
  g_test_message ("labels: %s", labels->str);
  g_assert_nonnull (strstr (labels->str, "|Register|1 finding|"));
  g_assert_nonnull (strstr (labels->str, "|Bravo|"));
}

/* The filter shows one severity, grouped again; the summary still counts all. */
static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  guint all = g_list_model_get_n_items (shown (fixture));
  g_autoptr(GPtrArray) findings = quadrant_check_register (fixture->reg, NULL);
  guint n_errors = quadrant_check_count (findings, QUADRANT_SEVERITY_ERROR);
  guint n_warnings = quadrant_check_count (findings, QUADRANT_SEVERITY_WARNING);
  guint n_notes = quadrant_check_count (findings, QUADRANT_SEVERITY_INFO);
  GtkWidget *empty = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (findings_view (fixture)),
                                                    QUADRANT_TYPE_FINDINGS_VIEW, "filtered_empty_label");

  g_assert_cmpuint (all, ==, findings->len);
  g_assert_cmpuint (n_errors, >=, 2);
  g_assert_cmpuint (n_warnings, >=, 1);

  select_severity (fixture, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, n_errors);
  for (guint i = 0; i < n_errors; i++)
    g_assert_cmpint (quadrant_finding_get_severity (shown_at (fixture, i)), ==, QUADRANT_SEVERITY_ERROR);
  g_assert_cmpstr (heading_of (shown_at (fixture, 0)), ==, "Register");
  g_assert_cmpuint (quadrant_findings_view_get_n_findings (findings_view (fixture)), ==, all);

  select_severity (fixture, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, n_warnings);
  for (guint i = 0; i < n_warnings; i++)
    g_assert_cmpint (quadrant_finding_get_severity (shown_at (fixture, i)), ==, QUADRANT_SEVERITY_WARNING);
  /* Alpha has no warning here: the first group is whoever has one. */
  g_assert_nonnull (heading_of (shown_at (fixture, 0)));

  select_severity (fixture, 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, n_notes);
  g_assert_true (gtk_widget_get_visible (empty) == (n_notes == 0));

  select_severity (fixture, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, all);
  g_assert_false (gtk_widget_get_visible (empty));
}

static gboolean
has_requirement (gpointer data)
{
  return quadrant_party_get_n_requirements (data) > 0;
}

/* Activating "has no requirements" opens the party on the Parties page with
 * Add Requirement focused; Enter there adds its first requirement. */
static void
test_opens_party (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (findings_view (fixture)),
                                                                    QUADRANT_TYPE_FINDINGS_VIEW, "list_view"));
  GListModel *model = shown (fixture);
  GtkWidget *focus;
  guint position = G_MAXUINT;

  adw_view_stack_set_visible_child_name (fixture->window->stack, "findings");
  quadrant_test_wait_frames (2);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (quadrant_finding_get_code (shown_at (fixture, i)), QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS))
      position = i;
  g_assert_cmpuint (position, !=, G_MAXUINT);

  g_signal_emit_by_name (list, "activate", position);
  quadrant_test_wait_frames (3);

  g_assert_true (adw_view_stack_get_visible_child (fixture->window->stack) == fixture->window->parties_view);
  g_assert_true (quadrant_document_get_selected_party (fixture->document) == fixture->bravo);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "editor.add-requirement");
  g_assert_true (gtk_widget_get_mapped (focus));

  /* A button clicks a moment after it is activated (its pressed look). */
  g_assert_true (gtk_widget_activate (focus));
  quadrant_test_spin_until (has_requirement, fixture->bravo);
  g_assert_cmpuint (quadrant_party_get_n_requirements (fixture->bravo), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-findings-groups");

  g_test_add ("/findings/grouped", Fixture, NULL, fixture_set_up, test_grouped, fixture_tear_down);
  g_test_add ("/findings/filter", Fixture, NULL, fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/findings/opens-party", Fixture, NULL, fixture_set_up, test_opens_party, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
