/* test-ui-parties.c: the Parties page, driven through its widgets and actions
 * (the party editor beside it: test-ui-party-editor.c) */
#include "config.h"

#include <adwaita.h>

#include "quadrant-column-fit.h"
#include "quadrant-enum-types.h"
#include "quadrant-parties-view.h"
#include "quadrant-party-editor.h"
#include "quadrant-reader.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"
#include "parties-checks.h"

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
  quadrant_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/parties-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/parties-view/example", test_example);
  ADD ("rows", test_rows);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("add", test_add);
  ADD ("add/hidden-by-search", test_add_hidden_by_search);
  ADD ("delete/two", test_delete_two);
  ADD ("delete/key", test_delete_key);
  ADD ("delete/cursor", test_delete_cursor);
  ADD ("sort/power", test_sort_power);
  ADD ("reorder", test_reorder);
  ADD ("large-register", test_large_register);

#undef ADD

  return g_test_run ();
}
