/* test-ui-map-window.c: the map inside the document window: the party
 * selected on the Parties page and on the map (or in the tray of parties not
 * yet on it) follow each other, and the catalogue beside the map is dragged
 * onto it
 *
 * Real windows under Xvfb. Rows are selected through the Parties page's own
 * selection model, as a click on a row does; drops go through the handler
 * that the canvas's drop target calls, with the value a drag from the
 * catalogue carries.
 */
#define G_LOG_DOMAIN "test-ui-map-window"

#include "config.h"

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-catalogue-item.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-window-private.h"
#include "quadrant-test-data.h"
#include "quadrant-test-ui.h"

static QuadrantApplication *app;

typedef struct {
  QuadrantRegister    *reg;
  QuadrantParty       *alpha;     /* power 20, interest 30 */
  QuadrantParty       *bravo;     /* power 70, interest 80 */
  QuadrantParty       *unplaced;
  QuadrantWindow      *window;
  QuadrantPartiesView *parties;
  QuadrantMapView     *map;
  QuadrantMapCanvas   *canvas;
} Fixture;

/* ---- Helpers ---- */

static void
spin (void)
{
  /* Until idle binding, layout and drawing have settled. */
  quadrant_test_wait_frames (2);
}

static GtkSelectionModel *
parties_selection (Fixture *fixture)
{
  GObject *column_view = gtk_widget_get_template_child (GTK_WIDGET (fixture->parties),
                                                        QUADRANT_TYPE_PARTIES_VIEW, "column_view");

  return gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
}

static guint
row_of (Fixture       *fixture,
        QuadrantParty *party)
{
  GListModel *model = G_LIST_MODEL (parties_selection (fixture));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QuadrantParty) item = g_list_model_get_item (model, i);

      if (item == party)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The keyboard on the Parties page's list, as after choosing a row there. */
static void
focus_parties_list (Fixture *fixture)
{
  GtkWidget *column_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->parties),
                                                                      QUADRANT_TYPE_PARTIES_VIEW,
                                                                      "column_view"));

  g_assert_true (gtk_widget_grab_focus (column_view));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->parties)));
}

/* The party selected in the list when exactly one is, else NULL. */
static QuadrantParty *
list_selected (Fixture *fixture)
{
  g_autoptr(GPtrArray) selected = quadrant_parties_view_get_selected (fixture->parties);

  return selected->len == 1 ? g_ptr_array_index (selected, 0) : NULL;
}

/* The shown catalogue item with id, after searching for search. */
static QuadrantCatalogueItem *
catalogue_item (Fixture    *fixture,
                const char *search,
                const char *id)
{
  QuadrantMapCatalogue *catalogue = quadrant_map_view_get_catalogue (fixture->map);
  GListModel *model = quadrant_map_catalogue_get_model (catalogue);

  quadrant_map_catalogue_set_search (catalogue, search);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QuadrantCatalogueItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (quadrant_catalogue_item_get_entry (item)->id, id))
        return item;
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The tray's list view, and the party of the tray row that holds widget. */
static GtkListView *
tray_list (Fixture *fixture)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (quadrant_map_view_get_tray (fixture->map)),
                                     GTK_TYPE_LIST_VIEW);

  g_assert_nonnull (list);
  return GTK_LIST_VIEW (list);
}

/* The party in the tray's selected row, read from the list view's own
 * selection model, not from the tray's account of it. */
static QuadrantParty *
tray_selected (Fixture *fixture)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (tray_list (fixture)));

  return gtk_single_selection_get_selected_item (selection);
}

static guint
tray_row_of (Fixture       *fixture,
             QuadrantParty *party)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (tray_list (fixture)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QuadrantParty) item = g_list_model_get_item (model, i);

      if (item == party)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The tray row that has the keyboard focus, else NULL. The row box the tray's
 * factory makes keeps its GtkListItem. */
static GtkListItem *
tray_focused_item (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (tray_list (fixture))))
    return NULL;
  for (GtkWidget *w = gtk_widget_get_first_child (focus); w != NULL; w = gtk_widget_get_first_child (w))
    {
      GtkListItem *item = g_object_get_data (G_OBJECT (w), "quadrant-list-item");

      if (item != NULL)
        return item;
    }
  return NULL;
}

static QuadrantParty *
tray_focused (Fixture *fixture)
{
  GtkListItem *item = tray_focused_item (fixture);

  return item != NULL ? gtk_list_item_get_item (item) : NULL;
}

/* The party is what entry describes, its requirements all undecided. */
static void
assert_made_from (QuadrantParty                *party,
                  const QuadrantCatalogueEntry *entry)
{
  GListModel *requirements = quadrant_party_get_requirements (party);

  g_assert_cmpstr (quadrant_party_get_name (party), ==, entry->name);
  g_assert_cmpstr (quadrant_party_get_description (party), ==, entry->description);
  g_assert_cmpint (quadrant_party_get_category (party), ==, entry->category);
  g_assert_cmpint (quadrant_party_get_kind (party), ==, entry->kind);
  g_assert_cmpuint (entry->requirements->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, entry->requirements->len);
  for (guint i = 0; i < entry->requirements->len; i++)
    {
      const QuadrantCatalogueRequirement *expected = g_ptr_array_index (entry->requirements, i);
      g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (requirements, i);

      g_assert_cmpstr (quadrant_requirement_get_statement (requirement), ==, expected->statement);
      g_assert_cmpint (quadrant_requirement_get_requirement_type (requirement), ==, expected->type);
      g_assert_cmpint (quadrant_requirement_get_decision (requirement), ==, QUADRANT_DECISION_UNDECIDED);
    }
}

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = quadrant_register_new ();
  fixture->alpha = quadrant_test_add_party (fixture->reg, "Alpha", 20, 30);
  fixture->bravo = quadrant_test_add_party (fixture->reg, "Bravo", 70, 80);
  fixture->unplaced = quadrant_test_add_party (fixture->reg, "Waiting", QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED);

  fixture->window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  {
    g_autoptr(QuadrantDocument) document = quadrant_document_new (fixture->reg, NULL, NULL);

    quadrant_window_set_document (fixture->window, document);
  }
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->parties = QUADRANT_PARTIES_VIEW (fixture->window->parties_view);
  fixture->map = QUADRANT_MAP_VIEW (fixture->window->map_page);
  fixture->canvas = quadrant_map_view_get_canvas (fixture->map);
  spin ();

  /* Every page has the document once the first frame is out. */
  g_assert_true (quadrant_map_canvas_get_register (fixture->canvas) == fixture->reg);
  g_assert_true (quadrant_parties_view_get_register (fixture->parties) == fixture->reg);
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin ();
  g_clear_object (&fixture->reg);
}

/* ---- Selection ---- */

static void
test_list_selects_on_map (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkSelectionModel *selection = parties_selection (fixture);

  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->bravo), TRUE));
  spin ();
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->bravo);

  /* Another row: the map follows. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->alpha), TRUE));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->alpha);

  /* Switching to the Map page shows it selected there, also when the list
   * had the keyboard: the view stack then moves the focus into the map page
   * with a Tab, which must not go on to the next party. */
  focus_parties_list (fixture);
  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->canvas)));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->alpha);
  g_assert_true (list_selected (fixture) == fixture->alpha);

  /* Two rows: nothing single to show, the map keeps its selection. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->bravo), FALSE));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->alpha);

  /* A party that is not on the map has no marker: nothing is highlighted. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->unplaced), TRUE));
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
}

static void
test_map_selects_in_list (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkSelectionModel *selection = parties_selection (fixture);
  GtkEditable *search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (fixture->parties),
                                                                     QUADRANT_TYPE_PARTIES_VIEW,
                                                                     "search_entry"));
  guint changes = 0;
  double x, y;

  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  g_signal_connect_swapped (selection, "selection-changed", G_CALLBACK (count_cb), &changes);

  /* A click on Bravo's marker selects its row, once: no ping-pong. */
  _quadrant_map_canvas_point_for_values (fixture->canvas, 70, 80, &x, &y);
  _quadrant_map_canvas_drag_begin (fixture->canvas, x, y);
  _quadrant_map_canvas_drag_end (fixture->canvas, 0, 0);
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->bravo);
  g_assert_true (list_selected (fixture) == fixture->bravo);
  g_assert_cmpuint (changes, ==, 1);

  /* Tab on the map moves the selection in the list too. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->canvas), GTK_DIR_TAB_BACKWARD));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->alpha);
  g_assert_true (list_selected (fixture) == fixture->alpha);

  /* Esc deselects on the map; the list keeps its row. */
  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Escape, 0));
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
  g_assert_true (list_selected (fixture) == fixture->alpha);

  /* A search that hides Bravo is the user's: the map does not clear it. */
  gtk_editable_set_text (search, "Alpha");
  g_signal_emit_by_name (search, "search-changed");
  spin ();
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->parties), ==, 1);
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->alpha), TRUE));
  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->bravo);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->parties), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "Alpha");
  g_assert_true (list_selected (fixture) == fixture->alpha);

  /* An edit changes the list's rows; the map keeps the party chosen on it. */
  {
    g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

    quadrant_party_set_name (party, "Alpha Two");
    quadrant_register_add_party (fixture->reg, party);
  }
  spin ();
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->parties), ==, 2);
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->bravo);
}

/* ---- The tray of parties not on the map ---- */

static void
test_list_selects_in_tray (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkSelectionModel *selection = parties_selection (fixture);
  QuadrantMapTray *tray = quadrant_map_view_get_tray (fixture->map);
  QuadrantParty *second = quadrant_test_add_party (fixture->reg, "Waiting Too", QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED);

  spin ();
  g_assert_cmpuint (quadrant_map_tray_get_n_parties (tray), ==, 2);
  g_assert_null (tray_selected (fixture));

  /* The second party waiting: its row, not the first, is selected. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, second), TRUE));
  g_assert_true (tray_selected (fixture) == second);
  g_assert_true (quadrant_map_tray_get_selected_party (tray) == second);
  g_assert_true (quadrant_map_view_get_selected_party (fixture->map) == second);
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));

  /* A placed party moves the selection from the tray to its marker... */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->bravo), TRUE));
  g_assert_null (tray_selected (fixture));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->bravo);

  /* ...and back: one party selected on the page, never a marker and a row. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->unplaced), TRUE));
  g_assert_true (tray_selected (fixture) == fixture->unplaced);
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
  g_assert_true (list_selected (fixture) == fixture->unplaced);

  /* Selected before the page is shown, the row has the keyboard there, so
   * Enter places this party and no other. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, second), TRUE));
  focus_parties_list (fixture);
  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (tray)));
  g_assert_true (tray_selected (fixture) == second);
  g_assert_true (tray_focused (fixture) == second);
  /* What Enter on a focused row does in GTK 4.8: activate its position. */
  g_assert_true (gtk_widget_activate_action (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                             "list.activate-item", "u",
                                             gtk_list_item_get_position (tray_focused_item (fixture))));
  g_assert_cmpint (quadrant_party_get_power (second), ==, 50);
  g_assert_cmpint (quadrant_party_get_interest (second), ==, 50);
  g_assert_false (quadrant_party_is_placed (fixture->unplaced));
  /* Placed, it is the map's: highlighted, under the keyboard, still the list's. */
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == second);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->canvas)));
  g_assert_null (tray_selected (fixture));
  g_assert_true (list_selected (fixture) == second);
}

static void
test_tray_scrolls_to_row (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkSelectionModel *selection = parties_selection (fixture);
  QuadrantParty *last = NULL;
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  for (int i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Waiting %02d", i);

      last = quadrant_test_add_party (fixture->reg, name, QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED);
    }
  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (tray_list (fixture)), GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));

  /* The last one waiting, far below: the tray scrolls to its row. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, last), TRUE));
  spin ();
  g_assert_true (tray_selected (fixture) == last);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  {
    GtkWidget *row = NULL;

    /* The selected row's widget lies inside the tray's visible part. */
    for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (tray_list (fixture))); w != NULL;
         w = gtk_widget_get_next_sibling (w))
      {
        GtkWidget *box = gtk_widget_get_first_child (w);
        GtkListItem *item = box != NULL ? g_object_get_data (G_OBJECT (box), "quadrant-list-item") : NULL;

        if (item != NULL && gtk_list_item_get_item (item) == last)
          row = w;
      }
    g_assert_nonnull (row);
    g_assert_true (gtk_widget_compute_bounds (row, scrolled, &bounds));
    g_assert_cmpfloat (bounds.origin.y, >=, 0);
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scrolled) + 0.5);
  }
}

static void
test_tray_selects_in_list (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkSelectionModel *selection = parties_selection (fixture);
  GtkSelectionModel *tray_selection;
  guint changes = 0;
  double x, y;

  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  tray_selection = gtk_list_view_get_model (tray_list (fixture));
  g_signal_connect_swapped (selection, "selection-changed", G_CALLBACK (count_cb), &changes);

  /* A click on the waiting party's row selects its row in the list, once:
   * the list's change does not come back to the tray and go round. */
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
  g_assert_true (gtk_selection_model_select_item (tray_selection, tray_row_of (fixture, fixture->unplaced), TRUE));
  g_assert_true (list_selected (fixture) == fixture->unplaced);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (tray_selected (fixture) == fixture->unplaced);

  /* Bravo chosen on the map, then the row again: the marker lets go of it. */
  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->bravo);
  g_assert_true (list_selected (fixture) == fixture->bravo);
  g_assert_null (tray_selected (fixture));
  changes = 0;
  g_assert_true (gtk_selection_model_select_item (tray_selection, tray_row_of (fixture, fixture->unplaced), TRUE));
  g_assert_true (list_selected (fixture) == fixture->unplaced);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (tray_selected (fixture) == fixture->unplaced);
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));

  /* A click on a marker takes the selection out of the tray. */
  _quadrant_map_canvas_point_for_values (fixture->canvas, 20, 30, &x, &y);
  _quadrant_map_canvas_drag_begin (fixture->canvas, x, y);
  _quadrant_map_canvas_drag_end (fixture->canvas, 0, 0);
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->alpha);
  g_assert_null (tray_selected (fixture));
  g_assert_true (list_selected (fixture) == fixture->alpha);

  /* Unselecting the row leaves the list alone, as deselecting on the map does. */
  g_assert_true (gtk_selection_model_select_item (tray_selection, tray_row_of (fixture, fixture->unplaced), TRUE));
  g_assert_true (list_selected (fixture) == fixture->unplaced);
  g_assert_true (gtk_selection_model_unselect_item (tray_selection, tray_row_of (fixture, fixture->unplaced)));
  g_assert_null (quadrant_map_view_get_selected_party (fixture->map));
  g_assert_true (list_selected (fixture) == fixture->unplaced);
}

static void
test_tray_drop_moves_highlight (Fixture       *fixture,
                                gconstpointer  data)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GtkSelectionModel *selection = parties_selection (fixture);
  QuadrantMapTray *tray = quadrant_map_view_get_tray (fixture->map);
  QuadrantParty *second = quadrant_test_add_party (fixture->reg, "Waiting Too", QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED);
  double x, y;

  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->unplaced), TRUE));
  g_assert_true (tray_selected (fixture) == fixture->unplaced);

  /* Dragged from its row onto the map: it leaves the tray, and the
   * highlight goes with it to its marker. */
  _quadrant_map_canvas_point_for_values (fixture->canvas, 40, 85, &x, &y);
  g_value_init (&value, QUADRANT_TYPE_PARTY);
  g_value_set_object (&value, fixture->unplaced);
  g_assert_true (_quadrant_map_canvas_drop (fixture->canvas, &value, x, y));
  spin ();
  g_assert_true (quadrant_party_is_placed (fixture->unplaced));
  g_assert_cmpuint (quadrant_map_tray_get_n_parties (tray), ==, 1);
  g_assert_cmpuint (tray_row_of (fixture, fixture->unplaced), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (tray_selected (fixture));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->unplaced);
  g_assert_true (quadrant_map_view_get_selected_party (fixture->map) == fixture->unplaced);
  g_assert_true (list_selected (fixture) == fixture->unplaced);

  /* Undo puts it back in the tray, and the selection goes with it. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  spin ();
  g_assert_false (quadrant_party_is_placed (fixture->unplaced));
  g_assert_true (tray_selected (fixture) == fixture->unplaced);
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
  g_assert_true (list_selected (fixture) == fixture->unplaced);

  /* Choosing another party and then it again in the list finds it there. */
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, second), TRUE));
  g_assert_true (tray_selected (fixture) == second);
  g_assert_true (gtk_selection_model_select_item (selection, row_of (fixture, fixture->unplaced), TRUE));
  g_assert_true (tray_selected (fixture) == fixture->unplaced);
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
}

/* ---- The catalogue beside the map ---- */

static void
test_catalogue_drop (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(GValue) value = G_VALUE_INIT;
  QuadrantCatalogueItem *item;
  const QuadrantCatalogueEntry *entry;
  GListModel *parties = quadrant_register_get_parties (fixture->reg);
  guint n = g_list_model_get_n_items (parties);
  g_autoptr(QuadrantParty) party = NULL;
  double x, y;

  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  /* Shown with the map, the shipped catalogue loaded. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (quadrant_map_view_get_catalogue (fixture->map))));
  g_assert_nonnull (quadrant_map_catalogue_get_catalogue (quadrant_map_view_get_catalogue (fixture->map)));

  item = catalogue_item (fixture, "customer", "customers");
  entry = quadrant_catalogue_item_get_entry (item);
  /* Dropped far from where the catalogue would put it. */
  g_assert_true (ABS (entry->power - 15) > 5 || ABS (entry->interest - 90) > 5);
  _quadrant_map_canvas_point_for_values (fixture->canvas, 15, 90, &x, &y);
  g_value_init (&value, QUADRANT_TYPE_CATALOGUE_ITEM);
  g_value_set_object (&value, item);
  g_assert_true (_quadrant_map_canvas_drop (fixture->canvas, &value, x, y));

  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, n + 1);
  party = g_list_model_get_item (parties, n);
  assert_made_from (party, entry);
  g_assert_cmpint (ABS (quadrant_party_get_power (party) - 15), <=, 1);
  g_assert_cmpint (ABS (quadrant_party_get_interest (party) - 90), <=, 1);
  /* Selected on the map, and so in the list. */
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == party);
  g_assert_true (list_selected (fixture) == party);

  /* One undo takes the party and its requirements away; redo brings both back. */
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Add from Catalogue");
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, n);
  g_assert_null (quadrant_register_find_party (fixture->reg, quadrant_party_get_id (party)));
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (quadrant_register_redo (fixture->reg));
  g_assert_true (quadrant_register_find_party (fixture->reg, quadrant_party_get_id (party)) == party);
  g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, entry->requirements->len);
}

static void
test_catalogue_drop_target (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->canvas));
  GtkDropTarget *target = NULL;
  const GType *types;
  gsize n_types;
  gboolean item = FALSE, text = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  /* The map's drop target takes catalogue entries as what they are... */
  types = gtk_drop_target_get_gtypes (target, &n_types);
  for (gsize i = 0; i < n_types; i++)
    {
      item |= types[i] == QUADRANT_TYPE_CATALOGUE_ITEM;
      text |= types[i] == G_TYPE_STRING;
      /* ...before text, which would make a party named after the drag. */
      g_assert_false (types[i] == G_TYPE_STRING && !item);
    }
  g_assert_true (item);
  g_assert_true (text);
}

static void
test_catalogue_search_and_enter (Fixture       *fixture,
                                 gconstpointer  data)
{
  QuadrantMapCatalogue *catalogue = quadrant_map_view_get_catalogue (fixture->map);
  GListModel *model = quadrant_map_catalogue_get_model (catalogue);
  GListModel *parties = quadrant_register_get_parties (fixture->reg);
  guint n = g_list_model_get_n_items (parties);
  const QuadrantCatalogueEntry *entry;
  g_autoptr(QuadrantParty) party = NULL;
  GtkWidget *list;
  guint all;

  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
  all = g_list_model_get_n_items (model);
  g_assert_cmpuint (all, ==, quadrant_catalogue_get_n_entries (quadrant_map_catalogue_get_catalogue (catalogue)));

  /* The search narrows the list to what matches. */
  quadrant_map_catalogue_set_search (catalogue, "regulator");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QuadrantCatalogueItem) item = g_list_model_get_item (model, i);

      g_assert_true (quadrant_catalogue_entry_matches (quadrant_catalogue_item_get_entry (item), "regulator"));
    }

  /* Enter on the first entry adds it where the catalogue suggests, selected. */
  {
    g_autoptr(QuadrantCatalogueItem) item = g_list_model_get_item (model, 0);

    entry = quadrant_catalogue_item_get_entry (item);
  }
  list = find_descendant (GTK_WIDGET (catalogue), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, n + 1);
  party = g_list_model_get_item (parties, n);
  assert_made_from (party, entry);
  g_assert_cmpint (quadrant_party_get_power (party), ==, entry->power != QUADRANT_NOT_ASSESSED ? entry->power : 50);
  g_assert_cmpint (quadrant_party_get_interest (party), ==,
                   entry->interest != QUADRANT_NOT_ASSESSED ? entry->interest : 50);
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == party);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, n);
}

static void
test_catalogue_shown (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *catalogue = GTK_WIDGET (quadrant_map_view_get_catalogue (fixture->map));
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (fixture->map),
                                                                              QUADRANT_TYPE_MAP_VIEW,
                                                                              "catalogue_button"));

  g_assert_true (gtk_widget_get_visible (catalogue));
  gtk_toggle_button_set_active (button, FALSE);
  g_assert_false (gtk_widget_get_visible (catalogue));
  gtk_toggle_button_set_active (button, TRUE);
  g_assert_true (gtk_widget_get_visible (catalogue));

  /* The room sees the map, not the catalogue. */
  quadrant_map_view_set_presentation (fixture->map, TRUE);
  g_assert_false (gtk_widget_get_visible (catalogue));
  quadrant_map_view_set_presentation (fixture->map, FALSE);
  g_assert_true (gtk_widget_get_visible (catalogue));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp_root = NULL;
  g_autofree char *data = NULL;
  int status;

  /* Drafts and recent files stay in a folder of the test's own. */
  tmp_root = g_dir_make_tmp ("quadrant-test-ui-map-window-XXXXXX", NULL);
  g_assert_nonnull (tmp_root);
  data = g_build_filename (tmp_root, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = g_object_new (QUADRANT_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/map-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("selection/list-to-map", test_list_selects_on_map);
  ADD ("selection/map-to-list", test_map_selects_in_list);
  ADD ("tray/list-to-tray", test_list_selects_in_tray);
  ADD ("tray/scrolls-to-row", test_tray_scrolls_to_row);
  ADD ("tray/tray-to-list", test_tray_selects_in_list);
  ADD ("tray/drop-moves-highlight", test_tray_drop_moves_highlight);
  ADD ("catalogue/drop", test_catalogue_drop);
  ADD ("catalogue/drop-target", test_catalogue_drop_target);
  ADD ("catalogue/search-and-enter", test_catalogue_search_and_enter);
  ADD ("catalogue/shown", test_catalogue_shown);
#undef ADD

  status = g_test_run ();

  g_clear_object (&app);
  return status;
}
