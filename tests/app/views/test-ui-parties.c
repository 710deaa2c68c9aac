/* test-ui-parties.c: the Parties page, driven through its widgets and actions */
#include "config.h"

#include <adwaita.h>

#include "quadrant-column-fit.h"
#include "quadrant-enum-types.h"
#include "quadrant-parties-view.h"
#include "quadrant-party-editor.h"
#include "quadrant-reader.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

typedef struct {
  QuadrantRegister    *reg;
  GtkWindow           *window;
  QuadrantPartiesView *view;
  QuadrantPartyEditor *editor;
  char                *shown_requirement;
} Fixture;

/* ---- Helpers ---- */

static void
spin (void)
{
  /* Bounded, so that a frame clock that always has work cannot hang a test. */
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static QuadrantParty *
make_party (const char       *name,
            QuadrantCategory  category,
            QuadrantKind      kind,
            int               power,
            int               interest,
            QuadrantSupport   current,
            QuadrantSupport   desired,
            const char       *owner,
            const char       *description)
{
  QuadrantParty *party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_category (party, category);
  quadrant_party_set_kind (party, kind);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_party_set_current_support (party, current);
  quadrant_party_set_desired_support (party, desired);
  quadrant_party_set_owner (party, owner);
  quadrant_party_set_description (party, description);
  return party;
}

static void
add_requirement (QuadrantParty    *party,
                 const char       *statement,
                 QuadrantDecision  decision)
{
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

  quadrant_requirement_set_statement (requirement, statement);
  quadrant_requirement_set_decision (requirement, decision);
  quadrant_party_append_requirement (party, requirement);
}

/* Six parties: two internal, one of each quadrant, one not assessed. */
static QuadrantRegister *
make_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  QuadrantParty *parties[] = {
    make_party ("Data Protection Authority", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_REGULATORS,
                90, 60, QUADRANT_SUPPORT_NEUTRAL, QUADRANT_SUPPORT_SUPPORTIVE,
                "Maria Keane", "Supervises GDPR compliance"),
    make_party ("Staff", QUADRANT_CATEGORY_INTERNAL, QUADRANT_KIND_STAFF,
                30, 70, QUADRANT_SUPPORT_SUPPORTIVE, QUADRANT_SUPPORT_SUPPORTIVE, "HR", ""),
    make_party ("Board", QUADRANT_CATEGORY_INTERNAL, QUADRANT_KIND_BOARD,
                95, 30, QUADRANT_SUPPORT_NEUTRAL, QUADRANT_SUPPORT_LEADING, "CEO", ""),
    make_party ("Cloud hosting", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_SUPPLIERS,
                60, 80, QUADRANT_SUPPORT_SUPPORTIVE, QUADRANT_SUPPORT_SUPPORTIVE, "Operations", ""),
    make_party ("Press", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_MEDIA,
                QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED,
                QUADRANT_SUPPORT_UNAWARE, QUADRANT_SUPPORT_NEUTRAL, "", ""),
    make_party ("Customers", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_CUSTOMERS,
                40, 20, QUADRANT_SUPPORT_UNAWARE, QUADRANT_SUPPORT_NEUTRAL, "Sales", ""),
  };

  add_requirement (parties[0], "Report breaches within 72 hours", QUADRANT_DECISION_ADDRESSED);
  add_requirement (parties[0], "Keep a record of processing", QUADRANT_DECISION_UNDECIDED);

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      quadrant_register_append_party_unrecorded (reg, parties[i]);
      g_object_unref (parties[i]);
    }
  return reg;
}

static QuadrantParty *
register_party (Fixture *fixture,
                guint    position)
{
  g_autoptr(QuadrantParty) party =
    g_list_model_get_item (quadrant_register_get_parties (fixture->reg), position);
  return party;
}

static gpointer
view_child (Fixture    *fixture,
            const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->view), QUADRANT_TYPE_PARTIES_VIEW, name);
}

static gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->editor), QUADRANT_TYPE_PARTY_EDITOR, name);
}

static GtkSelectionModel *
selection (Fixture *fixture)
{
  return gtk_column_view_get_model (view_child (fixture, "column_view"));
}

static QuadrantParty *
shown_party (Fixture *fixture,
             guint    position)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (selection (fixture)), position);
  return party;
}

/* Selects the shown row whose party is named name. */
static QuadrantParty *
select_named (Fixture    *fixture,
              const char *name)
{
  GListModel *model = G_LIST_MODEL (selection (fixture));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (quadrant_party_get_name (shown_party (fixture, i)), name))
      {
        gtk_selection_model_select_item (selection (fixture), i, TRUE);
        spin ();
        return shown_party (fixture, i);
      }
  g_assert_not_reached ();
}

/* Types text into an editable as a person would: replace, then Enter. */
static void
type_and_activate (GtkWidget  *editable,
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

static gboolean
has_focus_within (Fixture   *fixture,
                  GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
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

/* The text a label or a list cell (an inscription) shows, or NULL. */
static const char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  return NULL;
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (gtk_widget_get_mapped (widget) && g_strcmp0 (text_of (widget), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

/* The row widget of the column view that shows position, or NULL. */
static GtkWidget *
row_at (Fixture *fixture,
        guint    position)
{
  GtkWidget *column_view = view_child (fixture, "column_view");

  for (GtkWidget *list = gtk_widget_get_first_child (column_view); list != NULL;
       list = gtk_widget_get_next_sibling (list))
    {
      if (!GTK_IS_LIST_VIEW (list))
        continue;
      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *cell = gtk_widget_get_first_child (row);
          GtkWidget *label = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;
          GtkListItem *item = label != NULL ? g_object_get_data (G_OBJECT (label), "quadrant-list-item") : NULL;

          if (item != NULL && gtk_list_item_get_item (item) != NULL &&
              gtk_list_item_get_position (item) == position)
            return row;
        }
    }
  return NULL;
}

/* ---- Stub window actions (the real window implements them) ---- */

static void
add_party_cb (GSimpleAction *action,
              GVariant      *parameter,
              Fixture       *fixture)
{
  quadrant_parties_view_add_party (fixture->view);
}

static void
delete_party_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 Fixture       *fixture)
{
  quadrant_parties_view_delete_selected (fixture->view);
}

static void
show_requirement_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     Fixture       *fixture)
{
  g_free (fixture->shown_requirement);
  fixture->shown_requirement = g_variant_dup_string (parameter, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { "add-party", (gpointer) add_party_cb, NULL, NULL, NULL },
    { "delete-party", (gpointer) delete_party_cb, NULL, NULL, NULL },
    { "show-requirement", (gpointer) show_requirement_cb, "s", NULL, NULL },
  };

  fixture->reg = make_register ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->view = QUADRANT_PARTIES_VIEW (quadrant_parties_view_new ());
  fixture->editor = view_child (fixture, "editor");
  /* These tests read the cells of every column; which columns a narrow
   * list hides is test-ui-narrow's. */
  quadrant_column_fit_detach (GTK_COLUMN_VIEW (view_child (fixture, "column_view")));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), fixture);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  quadrant_parties_view_set_register (fixture->view, fixture->reg);
  gtk_window_present (fixture->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (fixture->view)))
    g_main_context_iteration (NULL, TRUE);
  spin ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin ();
  g_clear_pointer (&fixture->shown_requirement, g_free);
  g_assert_finalize_object (fixture->reg);
}

/* ---- Tests ---- */

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(QuadrantRegister) other = quadrant_register_new ();

  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection (fixture))), ==, 6);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "6 parties");
  g_assert_true (quadrant_parties_view_get_register (fixture->view) == fixture->reg);

  /* The support column shows current → desired, and unassessed power is named. */
  g_assert_true (find_label (view_child (fixture, "column_view"), "Neutral → Supportive"));
  g_assert_true (find_label (view_child (fixture, "column_view"), "Not assessed"));

  /* A new document replaces the rows. */
  quadrant_parties_view_set_register (fixture->view, other);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 0);
  quadrant_parties_view_set_register (fixture->view, fixture->reg);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 6);
}

static void
search_for (Fixture    *fixture,
            const char *text)
{
  GtkEditable *entry = view_child (fixture, "search_entry");

  gtk_editable_set_text (entry, text);
  /* The entry debounces typing; don't wait for its timer. */
  g_signal_emit_by_name (entry, "search-changed");
  spin ();
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  search_for (fixture, "cloud");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "1 of 6 parties");

  search_for (fixture, "MARIA");           /* owner, any case */
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);
  search_for (fixture, "gdpr");            /* description */
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);
  search_for (fixture, "regulator");       /* kind */
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);
  /* The organisation's own reference code, set through the edit API. */
  quadrant_register_set_text (fixture->reg, register_party (fixture, 2), QUADRANT_FIELD_PARTY_CODE, "IP-042");
  search_for (fixture, "ip-042");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);
  search_for (fixture, "nothing like this");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "0 of 6 parties");

  /* Edits re-filter: a party renamed to match appears. */
  quadrant_register_set_text (fixture->reg, register_party (fixture, 1), QUADRANT_FIELD_PARTY_NAME, "Nothing like this staff");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);

  search_for (fixture, "");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 6);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "6 parties");
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *category = view_child (fixture, "category_filter");
  GtkDropDown *quadrant = view_child (fixture, "quadrant_filter");
  GtkDropDown *support = view_child (fixture, "support_filter");

  /* Index 0 is "All …"; the rest are the enum values in order. */
  gtk_drop_down_set_selected (category, 1 + QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 2);
  gtk_drop_down_set_selected (category, 1 + QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 4);

  gtk_drop_down_set_selected (quadrant, 1 + QUADRANT_QUADRANT_MANAGE_CLOSELY);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 2);  /* DPA, Cloud */
  gtk_drop_down_set_selected (category, 0);
  gtk_drop_down_set_selected (quadrant, 1 + QUADRANT_QUADRANT_UNPLACED);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);  /* Press */
  gtk_drop_down_set_selected (quadrant, 1 + QUADRANT_QUADRANT_KEEP_SATISFIED);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);  /* Board */

  /* Moving a party on the map moves it out of the quadrant filter. */
  quadrant_register_move_party (fixture->reg, register_party (fixture, 2), 95, 90);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 0);
  gtk_drop_down_set_selected (quadrant, 0);

  gtk_drop_down_set_selected (support, 1 + QUADRANT_SUPPORT_UNAWARE);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 2);  /* Press, Customers */
  gtk_drop_down_set_selected (support, 1 + QUADRANT_SUPPORT_SUPPORTIVE);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 2);  /* Staff, Cloud */

  /* Search and filters combine. */
  search_for (fixture, "staff");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);
  gtk_drop_down_set_selected (support, 0);
  search_for (fixture, "");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 6);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) selected = NULL;
  QuadrantParty *party;
  GtkWidget *name_row = editor_child (fixture, "name_row");
  int start = -1, end = -1;

  select_named (fixture, "Staff");
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.add", NULL);
  spin ();

  /* Inserted after the selection, selected, and its name ready to be replaced. */
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 7);
  party = register_party (fixture, 2);
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "New party");
  selected = quadrant_parties_view_get_selected (fixture->view);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == party);
  g_assert_true (quadrant_party_editor_get_party (fixture->editor) == party);
  g_assert_true (has_focus_within (fixture, name_row));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (name_row), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, (int) strlen ("New party"));

  /* Type a name and press Enter: committed, as one undo step. */
  type_and_activate (name_row, "Works council");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Works council");
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "New party");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "New party");
  g_assert_true (quadrant_register_redo (fixture->reg));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Works council");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 2);  /* add, rename */
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 6);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 6);
}

static void
test_add_hidden_by_search (Fixture       *fixture,
                           gconstpointer  data)
{
  search_for (fixture, "board");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);

  /* A new party must not vanish behind the search. */
  quadrant_parties_view_add_party (fixture->view);
  spin ();
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 7);
  g_assert_cmpstr (quadrant_party_get_name (quadrant_party_editor_get_party (fixture->editor)), ==,
                   "New party");
}

static void
test_name_focus_out (Fixture       *fixture,
                     gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Board");
  GtkWidget *name_row = editor_child (fixture, "name_row");

  gtk_widget_grab_focus (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Board of directors");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Board");

  /* Tabbing away commits. */
  gtk_widget_grab_focus (view_child (fixture, "search_entry"));
  spin ();
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Board of directors");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
}

static void
test_empty_name (Fixture       *fixture,
                 gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Staff");
  GtkWidget *name_row = editor_child (fixture, "name_row");
  GtkWidget *name_error = editor_child (fixture, "name_error");

  type_and_activate (name_row, "   ");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Staff");
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (gtk_widget_get_visible (name_error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name_error)), !=, "");

  /* Leaving the field keeps the old name. */
  gtk_widget_grab_focus (view_child (fixture, "search_entry"));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Staff");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Staff");
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (gtk_widget_get_visible (name_error));

  /* A good name clears the error. */
  type_and_activate (name_row, "All staff");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "All staff");
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  g_assert_false (gtk_widget_get_visible (name_error));
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Customers");
  GtkWidget *reviewed = editor_child (fixture, "last_reviewed_row");
  GtkWidget *identified = editor_child (fixture, "identified_on_row");
  GtkWidget *date_error = editor_child (fixture, "date_error");

  type_and_activate (reviewed, "2026-02-30");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party), ==, "");
  g_assert_true (gtk_widget_has_css_class (reviewed, "error"));
  g_assert_true (gtk_widget_get_visible (date_error));
  g_assert_false (quadrant_register_can_undo (fixture->reg));

  type_and_activate (reviewed, "2026-02-28");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party), ==, "2026-02-28");
  g_assert_false (gtk_widget_has_css_class (reviewed, "error"));
  g_assert_false (gtk_widget_get_visible (date_error));

  /* Clearing a date is allowed. */
  type_and_activate (reviewed, "");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party), ==, "");

  /* One wrong date keeps the reason visible while the other is fixed. */
  type_and_activate (identified, "31/01/2026");
  type_and_activate (reviewed, "2026-13-01");
  type_and_activate (reviewed, "2026-01-31");
  g_assert_true (gtk_widget_has_css_class (identified, "error"));
  g_assert_false (gtk_widget_has_css_class (reviewed, "error"));
  g_assert_true (gtk_widget_get_visible (date_error));
  g_assert_cmpstr (quadrant_party_get_identified_on (party), ==, "");
  type_and_activate (identified, "2026-01-31");
  g_assert_false (gtk_widget_get_visible (date_error));
  g_assert_cmpstr (quadrant_party_get_identified_on (party), ==, "2026-01-31");
}

static void
test_fields (Fixture       *fixture,
             gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Customers");
  GtkTextView *notes = editor_child (fixture, "notes_view");

  type_and_activate (editor_child (fixture, "owner_row"), "Head of Sales");
  type_and_activate (editor_child (fixture, "channel_row"), "Newsletter");
  adw_combo_row_set_selected (editor_child (fixture, "kind_row"), QUADRANT_KIND_CLIENTS);
  adw_combo_row_set_selected (editor_child (fixture, "desired_support_row"), QUADRANT_SUPPORT_LEADING);
  g_assert_cmpstr (quadrant_party_get_owner (party), ==, "Head of Sales");
  g_assert_cmpstr (quadrant_party_get_engagement_channel (party), ==, "Newsletter");
  g_assert_cmpint (quadrant_party_get_kind (party), ==, QUADRANT_KIND_CLIENTS);
  g_assert_cmpint (quadrant_party_get_desired_support (party), ==, QUADRANT_SUPPORT_LEADING);

  /* Notes are committed when the text view loses focus. */
  gtk_widget_grab_focus (GTK_WIDGET (notes));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Two lines\nof notes", -1);
  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "");
  gtk_widget_grab_focus (view_child (fixture, "search_entry"));
  spin ();
  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "Two lines\nof notes");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 5);

  /* The list's cells follow. */
  spin ();
  g_assert_true (find_label (view_child (fixture, "column_view"), "Head of Sales"));
  g_assert_true (find_label (view_child (fixture, "column_view"), "Unaware → Leading"));

  /* A kind proposes its usual category, in the same undo step. */
  g_assert_cmpint (quadrant_party_get_category (party), ==, QUADRANT_CATEGORY_EXTERNAL);
  adw_combo_row_set_selected (editor_child (fixture, "kind_row"), QUADRANT_KIND_BOARD);
  g_assert_cmpint (quadrant_party_get_kind (party), ==, QUADRANT_KIND_BOARD);
  g_assert_cmpint (quadrant_party_get_category (party), ==, QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpuint (adw_combo_row_get_selected (editor_child (fixture, "category_row")), ==,
                    QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 6);
  quadrant_register_undo (fixture->reg);
  g_assert_cmpint (quadrant_party_get_kind (party), ==, QUADRANT_KIND_CLIENTS);
  g_assert_cmpint (quadrant_party_get_category (party), ==, QUADRANT_CATEGORY_EXTERNAL);
}

static void
test_power_slider (Fixture       *fixture,
                   gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Staff");
  GtkRange *power = editor_child (fixture, "power_scale");
  GtkSwitch *assessed = editor_child (fixture, "assessed_switch");

  g_assert_true (gtk_switch_get_active (assessed));
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 30);

  /* A drag: many positions, one undo step. */
  quadrant_party_editor_begin_slide (fixture->editor);
  for (int value = 35; value <= 75; value += 5)
    gtk_range_set_value (power, value);
  quadrant_party_editor_end_slide (fixture->editor);
  g_assert_cmpint (quadrant_party_get_power (party), ==, 75);
  g_assert_cmpint (quadrant_party_get_interest (party), ==, 70);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Move Party");

  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (party), ==, 30);
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 30);

  /* A keyboard step outside a drag is one step too. */
  gtk_range_set_value (power, 31);
  g_assert_cmpint (quadrant_party_get_power (party), ==, 31);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);

  /* Switching "Assessed" off takes the party off the map. */
  gtk_switch_set_active (assessed, FALSE);
  g_assert_cmpint (quadrant_party_get_power (party), ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpint (quadrant_party_get_interest (party), ==, QUADRANT_NOT_ASSESSED);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (power)));
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 2);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_true (gtk_switch_get_active (assessed));
  g_assert_cmpint (quadrant_party_get_interest (party), ==, 70);

  /* ... and on again places it where the sliders are. */
  select_named (fixture, "Press");
  g_assert_false (gtk_switch_get_active (assessed));
  gtk_switch_set_active (assessed, TRUE);
  party = select_named (fixture, "Press");
  g_assert_true (quadrant_party_is_placed (party));
}

static void
test_delete_two (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkSelectionModel *model = selection (fixture);
  g_autoptr(QuadrantParty) first = g_object_ref (register_party (fixture, 1));
  g_autoptr(QuadrantParty) second = g_object_ref (register_party (fixture, 3));

  gtk_selection_model_select_item (model, 1, TRUE);
  gtk_selection_model_select_item (model, 3, FALSE);
  spin ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.delete", NULL);
  spin ();

  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 4);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 4);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Delete 2 Parties");
  /* The next row is selected, so Delete can be pressed again. */
  g_assert_cmpuint (quadrant_parties_view_get_selected (fixture->view)->len, ==, 1);

  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 6);
  g_assert_true (register_party (fixture, 1) == first);
  g_assert_true (register_party (fixture, 3) == second);
}

static void
test_delete_key (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *column_view = view_child (fixture, "column_view");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (column_view);
  gboolean found = FALSE;
  g_autofree char *press_id = NULL;

  press_id = g_strdup (quadrant_party_get_id (select_named (fixture, "Press")));

  /* Delete in the list goes through the window's action. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Delete &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            found = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, column_view, NULL);
        }
    }
  g_assert_true (found);
  spin ();
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 5);
  g_assert_null (quadrant_register_find_party (fixture->reg, press_id));
}

static void
test_delete_cursor (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *row;

  /* A keyboard user on the Staff row presses Delete... */
  select_named (fixture, "Staff");
  row = row_at (fixture, 1);
  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.delete", NULL);
  spin ();

  /* ... and the next party is selected and has the keyboard cursor. */
  g_assert_cmpstr (quadrant_party_get_name (quadrant_party_editor_get_party (fixture->editor)), ==, "Board");
  row = row_at (fixture, 1);
  g_assert_nonnull (row);
  g_assert_true (has_focus_within (fixture, row));

  /* Moving keeps the cursor on the moved party. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.move-down", NULL);
  spin ();
  g_assert_true (register_party (fixture, 2) == quadrant_party_editor_get_party (fixture->editor));
  g_assert_true (has_focus_within (fixture, row_at (fixture, 2)));
}

static void
test_editor_follows_model (Fixture       *fixture,
                           gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Board");
  GtkEditable *owner = editor_child (fixture, "owner_row");
  GtkEditable *name = editor_child (fixture, "name_row");
  AdwComboRow *category = editor_child (fixture, "category_row");

  quadrant_register_set_text (fixture->reg, party, QUADRANT_FIELD_PARTY_OWNER, "Company secretary");
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "Company secretary");
  quadrant_register_set_choice (fixture->reg, party, QUADRANT_FIELD_PARTY_CATEGORY, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpuint (adw_combo_row_get_selected (category), ==, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_register_undo (fixture->reg);
  quadrant_register_undo (fixture->reg);
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "CEO");
  g_assert_cmpuint (adw_combo_row_get_selected (category), ==, QUADRANT_CATEGORY_INTERNAL);

  /* What is being typed is not clobbered by a change from elsewhere... */
  gtk_widget_grab_focus (GTK_WIDGET (name));
  gtk_editable_set_text (name, "Board (typing");
  quadrant_register_set_text (fixture->reg, party, QUADRANT_FIELD_PARTY_OWNER, "Chair");
  quadrant_register_move_party (fixture->reg, party, 10, 10);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Board (typing");
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "Chair");
  g_assert_cmpfloat (gtk_range_get_value (editor_child (fixture, "power_scale")), ==, 10);
  spin ();
  g_assert_true (find_label (view_child (fixture, "column_view"), "Chair"));

  /* ... and is committed when the selection moves on. */
  select_named (fixture, "Staff");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Board (typing");
}

static GtkColumnViewColumn *
column_at (Fixture *fixture,
           guint    position)
{
  GListModel *columns = gtk_column_view_get_columns (view_child (fixture, "column_view"));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, position);
  return column;
}

static void
test_sort_power (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkColumnView *column_view = view_child (fixture, "column_view");
  GtkColumnViewColumn *power = column_at (fixture, 3);

  g_assert_cmpstr (gtk_column_view_column_get_title (power), ==, "Power");
  gtk_column_view_sort_by_column (column_view, power, GTK_SORT_ASCENDING);
  spin ();
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 0)), ==, "Staff");
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 4)), ==, "Board");
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 5)), ==, "Press");

  /* Not assessed stays last when sorting the other way too. */
  gtk_column_view_sort_by_column (column_view, power, GTK_SORT_DESCENDING);
  spin ();
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 0)), ==, "Board");
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 4)), ==, "Staff");
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 5)), ==, "Press");

  /* Sorted rows follow edits; reordering is off while sorted. */
  select_named (fixture, "Staff");
  quadrant_register_move_party (fixture->reg, register_party (fixture, 1), 99, 70);
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 0)), ==, "Staff");
  g_assert_false (gtk_widget_is_sensitive (view_child (fixture, "move_up_button")));
  g_assert_true (gtk_widget_get_visible (view_child (fixture, "unsort_button")));
  g_assert_true (quadrant_party_editor_get_party (fixture->editor) == register_party (fixture, 1));

  /* Back to register order. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.unsort", NULL);
  spin ();
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 0)), ==, "Data Protection Authority");
  g_assert_false (gtk_widget_get_visible (view_child (fixture, "unsort_button")));

  /* Names sort by collation; the quadrant puts unplaced last. */
  gtk_column_view_sort_by_column (column_view, column_at (fixture, 0), GTK_SORT_ASCENDING);
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 0)), ==, "Board");
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 5)), ==, "Staff");
  quadrant_register_set_text (fixture->reg, register_party (fixture, 2), QUADRANT_FIELD_PARTY_NAME, "Zebra board");
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 0)), ==, "Cloud hosting");
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 5)), ==, "Zebra board");
  gtk_column_view_sort_by_column (column_view, column_at (fixture, 5), GTK_SORT_DESCENDING);
  g_assert_cmpstr (quadrant_party_get_name (shown_party (fixture, 5)), ==, "Press");
}

static void
test_reorder (Fixture       *fixture,
              gconstpointer  data)
{
  QuadrantParty *board = select_named (fixture, "Board");
  g_autoptr(GPtrArray) selected = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.move-up", NULL);
  spin ();
  g_assert_true (register_party (fixture, 1) == board);
  selected = quadrant_parties_view_get_selected (fixture->view);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == board);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.move-down", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.move-down", NULL);
  spin ();
  g_assert_true (register_party (fixture, 3) == board);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 3);

  /* Under a filter the move skips hidden parties: Board swaps with Staff. */
  gtk_drop_down_set_selected (view_child (fixture, "category_filter"), 1 + QUADRANT_CATEGORY_INTERNAL);
  select_named (fixture, "Board");
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "parties.move-up", NULL);
  g_assert_true (register_party (fixture, 1) == board);
}

static void
test_requirements (Fixture       *fixture,
                   gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Data Protection Authority");
  GtkListBox *list = editor_child (fixture, "requirements_list");
  GtkListBoxRow *row;
  g_autoptr(QuadrantRequirement) first = g_list_model_get_item (quadrant_party_get_requirements (party), 0);

  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));

  /* Activating a requirement asks the window to show it. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (fixture->shown_requirement, ==, quadrant_requirement_get_id (first));

  /* Add after the selected one, then move it and remove it. */
  gtk_list_box_select_row (list, row);
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.add-requirement", NULL);
  g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, 3);
  {
    g_autoptr(QuadrantRequirement) added = g_list_model_get_item (quadrant_party_get_requirements (party), 1);

    /* Empty, not placeholder text, and opened at once for its statement. */
    g_assert_cmpstr (quadrant_requirement_get_statement (added), ==, "");
    g_assert_cmpstr (fixture->shown_requirement, ==, quadrant_requirement_get_id (added));
    g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, 1);

    gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.move-requirement-down", NULL);
    g_assert_true (g_list_model_get_item (quadrant_party_get_requirements (party), 2) == (gpointer) added);
    g_object_unref (added);
    gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.move-requirement-up", NULL);
    gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.remove-requirement", NULL);
    g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, 2);
  }
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 4);

  /* The undecided count in the list follows decisions. */
  g_assert_true (find_label (view_child (fixture, "column_view"), "1"));
  quadrant_register_set_choice (fixture->reg, first, QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_UNDECIDED);
  spin ();
  g_assert_true (find_label (view_child (fixture, "column_view"), "2"));
}

static gboolean
listed (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (G_LIST_MODEL (selection (args[0]))) == GPOINTER_TO_UINT (args[1]);
}

/* Runs frames until the list shows n parties. */
static void
spin_until_listed (Fixture *fixture,
                   guint    n)
{
  gpointer args[] = { fixture, GUINT_TO_POINTER (n) };

  quadrant_test_spin_until (listed, args);
}

static QuadrantRegister *
make_large_register (guint n)
{
  QuadrantRegister *reg = quadrant_register_new ();

  for (guint i = 1; i <= n; i++)
    {
      g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
      g_autofree char *name = g_strdup_printf ("Party %04u", i);

      quadrant_party_set_name (party, name);
      quadrant_register_append_party_unrecorded (reg, party);
    }
  return reg;
}

/* A large register may reach the list in steps (the first screen first);
 * the count, searching and selecting see every party at once. */
static void
test_large_register (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(QuadrantRegister) large = make_large_register (1000);
  g_autoptr(QuadrantParty) last = g_list_model_get_item (quadrant_register_get_parties (large), 999);
  g_autoptr(GtkBitset) selected = NULL;

  /* Shown: the count is right before any frame. */
  quadrant_parties_view_set_register (fixture->view, large);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1000);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "1000 parties");
  spin_until_listed (fixture, 1000);
  g_assert_true (find_label (view_child (fixture, "column_view"), "Party 0001"));
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "1000 parties");

  /* Selecting the last party at once finds it. */
  quadrant_parties_view_set_register (fixture->view, fixture->reg);
  spin ();
  quadrant_parties_view_set_register (fixture->view, large);
  quadrant_parties_view_select_party (fixture->view, last);
  selected = gtk_selection_model_get_selection (selection (fixture));
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  g_assert_true (shown_party (fixture, gtk_bitset_get_minimum (selected)) == last);
  g_assert_true (quadrant_party_editor_get_party (fixture->editor) == last);
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection (fixture))), ==, 1000);

  /* Searching at once searches every party. */
  quadrant_parties_view_set_register (fixture->view, fixture->reg);
  spin ();
  quadrant_parties_view_set_register (fixture->view, large);
  gtk_editable_set_text (GTK_EDITABLE (view_child (fixture, "search_entry")), "Party 0999");
  g_signal_emit_by_name (view_child (fixture, "search_entry"), "search-changed");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (view_child (fixture, "count_label")), ==, "1 of 1000 parties");
  gtk_editable_set_text (GTK_EDITABLE (view_child (fixture, "search_entry")), "");
  g_signal_emit_by_name (view_child (fixture, "search_entry"), "search-changed");
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->view), ==, 1000);

  /* The fixture checks that its own register is let go. */
  quadrant_parties_view_set_register (fixture->view, fixture->reg);
  spin ();
}

static void
test_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QUADRANT_DATADIR"), "examples",
                                            "northwind.quadrant.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_reader_load_file (file, NULL, &error);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  QuadrantPartiesView *view = QUADRANT_PARTIES_VIEW (quadrant_parties_view_new ());
  GtkDropDown *category = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (view), QUADRANT_TYPE_PARTIES_VIEW,
                                                                        "category_filter"));
  GtkDropDown *quadrant = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (view), QUADRANT_TYPE_PARTIES_VIEW,
                                                                        "quadrant_filter"));
  GListModel *parties;
  guint internal = 0, placed = 0;

  g_assert_no_error (error);
  parties = quadrant_register_get_parties (reg);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      internal += quadrant_party_get_category (party) == QUADRANT_CATEGORY_INTERNAL;
      placed += quadrant_party_is_placed (party);
    }
  g_assert_cmpuint (internal, >, 0);
  g_assert_cmpuint (placed, <, g_list_model_get_n_items (parties));

  gtk_window_set_child (window, GTK_WIDGET (view));
  quadrant_parties_view_set_register (view, reg);
  gtk_window_present (window);
  spin ();
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (view), ==, quadrant_register_get_n_parties (reg));
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (view), ==, 24);

  gtk_drop_down_set_selected (category, 1 + QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (view), ==, internal);
  gtk_drop_down_set_selected (category, 0);
  gtk_drop_down_set_selected (quadrant, 1 + QUADRANT_QUADRANT_UNPLACED);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (view), ==, g_list_model_get_n_items (parties) - placed);

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
  /* The resources live in the app's static library; the window registers them in the app. */
  g_resources_register (quadrant_get_resource ());

#define ADD(path, func) \
  g_test_add ("/parties-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/parties-view/example", test_example);
  ADD ("rows", test_rows);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("add", test_add);
  ADD ("add/hidden-by-search", test_add_hidden_by_search);
  ADD ("name/focus-out", test_name_focus_out);
  ADD ("name/empty", test_empty_name);
  ADD ("dates", test_dates);
  ADD ("fields", test_fields);
  ADD ("power-slider", test_power_slider);
  ADD ("delete/two", test_delete_two);
  ADD ("delete/key", test_delete_key);
  ADD ("delete/cursor", test_delete_cursor);
  ADD ("editor-follows-model", test_editor_follows_model);
  ADD ("sort/power", test_sort_power);
  ADD ("reorder", test_reorder);
  ADD ("requirements", test_requirements);
  ADD ("large-register", test_large_register);

#undef ADD

  return g_test_run ();
}
