/* test-ui-selection.c: one selected party, the document's, in every view
 *
 * A party selected in the Parties list, on the map, in the tray of parties
 * not yet on the map, or in the presentation window is selected in all the
 * others. Real windows under Xvfb; rows are selected through the list's own
 * selection model, as a click on a row does.
 */
#define G_LOG_DOMAIN "test-ui-selection"

#include "config.h"

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-window-private.h"
#include "quadrant-test-data.h"
#include "quadrant-test-wait.h"
#include "quadrant-test-ui.h"

static QuadrantApplication *app;

typedef struct {
  QuadrantRegister    *reg;
  QuadrantDocument    *document;
  QuadrantParty       *alpha;
  QuadrantParty       *bravo;
  QuadrantParty       *unplaced;
  QuadrantWindow      *window;
  QuadrantPartiesView *parties;
  QuadrantMapView     *map;
  QuadrantMapView     *shown;     /* the presentation window's map */
  GtkWindow           *presentation;
} Fixture;

/* ---- Helpers ---- */

static GtkSelectionModel *
list_model (Fixture *fixture)
{
  GObject *column_view = gtk_widget_get_template_child (GTK_WIDGET (fixture->parties),
                                                        QUADRANT_TYPE_PARTIES_VIEW, "column_view");

  return gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
}

static guint
row_of (Fixture       *fixture,
        QuadrantParty *party)
{
  GListModel *model = G_LIST_MODEL (list_model (fixture));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QuadrantParty) item = g_list_model_get_item (model, i);

      if (item == party)
        return i;
    }
  g_assert_not_reached ();
}

static QuadrantParty *
list_selected (Fixture *fixture)
{
  g_autoptr(GPtrArray) selected = quadrant_parties_view_get_selected (fixture->parties);

  return selected->len == 1 ? g_ptr_array_index (selected, 0) : NULL;
}

/* Where a map view shows party selected: its marker for a placed party, its
 * row in the tray for one not yet on the map. */
static void
assert_map_selects (QuadrantMapView *map,
                    QuadrantParty   *party)
{
  QuadrantMapCanvas *canvas = quadrant_map_view_get_canvas (map);
  QuadrantMapTray *tray = quadrant_map_view_get_tray (map);

  g_assert_true (quadrant_map_view_get_selected_party (map) == party);
  if (quadrant_party_is_placed (party))
    {
      g_assert_true (quadrant_map_canvas_get_focus_party (canvas) == party);
      g_assert_null (quadrant_map_tray_get_selected_party (tray));
    }
  else
    {
      g_assert_true (quadrant_map_tray_get_selected_party (tray) == party);
      g_assert_null (quadrant_map_canvas_get_focus_party (canvas));
    }
}

/* Every view shows party selected, and the document says so. */
static void
assert_everywhere (Fixture       *fixture,
                   QuadrantParty *party)
{
  g_assert_true (quadrant_document_get_selected_party (fixture->document) == party);
  g_assert_true (list_selected (fixture) == party);
  assert_map_selects (fixture->map, party);
  assert_map_selects (fixture->shown, party);
}

static gboolean
pages_bound (gpointer data)
{
  Fixture *fixture = data;

  return quadrant_map_view_get_register (fixture->map) == fixture->reg
         && quadrant_parties_view_get_register (fixture->parties) == fixture->reg;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = quadrant_register_new ();
  fixture->alpha = quadrant_test_add_party (fixture->reg, "Alpha", 20, 30);
  fixture->bravo = quadrant_test_add_party (fixture->reg, "Bravo", 70, 80);
  fixture->unplaced = quadrant_test_add_party (fixture->reg, "Waiting", QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED);
  fixture->document = quadrant_document_new (fixture->reg, NULL, NULL);

  fixture->window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  quadrant_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->parties = QUADRANT_PARTIES_VIEW (fixture->window->parties_view);
  fixture->map = QUADRANT_MAP_VIEW (fixture->window->map_page);
  quadrant_test_spin_until (pages_bound, fixture);

  /* The presentation window, as F5 opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  fixture->presentation = quadrant_map_view_get_presentation_window (fixture->map);
  g_assert_nonnull (fixture->presentation);
  fixture->shown = quadrant_presentation_window_get_map_view (QUADRANT_PRESENTATION_WINDOW (fixture->presentation));
  g_assert_true (quadrant_map_view_get_register (fixture->shown) == fixture->reg);
  quadrant_test_spin_pending ();
  g_assert_null (quadrant_document_get_selected_party (fixture->document));
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

static void
test_from_list (Fixture       *fixture,
                gconstpointer  data)
{
  GtkSelectionModel *model = list_model (fixture);

  g_assert_true (gtk_selection_model_select_item (model, row_of (fixture, fixture->bravo), TRUE));
  assert_everywhere (fixture, fixture->bravo);

  /* A party not on the map: its row in both trays. */
  g_assert_true (gtk_selection_model_select_item (model, row_of (fixture, fixture->unplaced), TRUE));
  assert_everywhere (fixture, fixture->unplaced);

  /* Several rows say nothing about the one party: the others keep theirs. */
  g_assert_true (gtk_selection_model_select_item (model, row_of (fixture, fixture->alpha), FALSE));
  g_assert_true (quadrant_document_get_selected_party (fixture->document) == fixture->unplaced);
  assert_map_selects (fixture->shown, fixture->unplaced);
}

static void
test_from_map (Fixture       *fixture,
               gconstpointer  data)
{
  quadrant_map_canvas_set_focus_party (quadrant_map_view_get_canvas (fixture->map), fixture->alpha);
  assert_everywhere (fixture, fixture->alpha);

  quadrant_map_canvas_set_focus_party (quadrant_map_view_get_canvas (fixture->map), fixture->bravo);
  assert_everywhere (fixture, fixture->bravo);
}

static void
test_from_tray (Fixture       *fixture,
                gconstpointer  data)
{
  quadrant_map_canvas_set_focus_party (quadrant_map_view_get_canvas (fixture->map), fixture->alpha);
  g_assert_true (quadrant_map_tray_select_party (quadrant_map_view_get_tray (fixture->map),
                                                 fixture->unplaced));
  assert_everywhere (fixture, fixture->unplaced);
}

static void
test_from_presentation (Fixture       *fixture,
                        gconstpointer  data)
{
  quadrant_map_canvas_set_focus_party (quadrant_map_view_get_canvas (fixture->shown), fixture->bravo);
  assert_everywhere (fixture, fixture->bravo);

  g_assert_true (quadrant_map_tray_select_party (quadrant_map_view_get_tray (fixture->shown),
                                                 fixture->unplaced));
  assert_everywhere (fixture, fixture->unplaced);
}

static void
test_from_document (Fixture       *fixture,
                    gconstpointer  data)
{
  quadrant_document_set_selected_party (fixture->document, fixture->alpha);
  assert_everywhere (fixture, fixture->alpha);

  /* A deleted party is selected nowhere. */
  quadrant_register_remove_party (fixture->reg, fixture->alpha);
  quadrant_test_spin_pending ();
  g_assert_null (quadrant_document_get_selected_party (fixture->document));
  g_assert_null (quadrant_map_view_get_selected_party (fixture->map));
  g_assert_null (quadrant_map_view_get_selected_party (fixture->shown));
}

/* A party the document selected before the window's pages had the register
 * (a click in the list before the Map page is bound) stays selected: the Map
 * page shows it once bound instead of clearing it everywhere, and the pages
 * without a selection (Requirements, Findings) are left alone, without a
 * warning, which the test harness makes fatal. */
static void
test_selected_before_binding (void)
{
  Fixture fixture = { 0 };

  fixture.reg = quadrant_register_new ();
  fixture.alpha = quadrant_test_add_party (fixture.reg, "Alpha", 20, 30);
  fixture.document = quadrant_document_new (fixture.reg, NULL, NULL);
  quadrant_document_set_selected_party (fixture.document, fixture.alpha);

  fixture.window = quadrant_window_new (app);
  quadrant_window_set_document (fixture.window, fixture.document);
  gtk_window_present (GTK_WINDOW (fixture.window));
  fixture.parties = QUADRANT_PARTIES_VIEW (fixture.window->parties_view);
  fixture.map = QUADRANT_MAP_VIEW (fixture.window->map_page);
  quadrant_test_spin_until (pages_bound, &fixture);
  quadrant_test_spin_pending ();

  g_assert_true (quadrant_document_get_selected_party (fixture.document) == fixture.alpha);
  g_assert_true (list_selected (&fixture) == fixture.alpha);
  g_assert_true (quadrant_map_view_get_selected_party (fixture.map) == fixture.alpha);

  fixture_tear_down (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-selection");

#define ADD(path, func) \
  g_test_add ("/selection/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("from-list", test_from_list);
  ADD ("from-map", test_from_map);
  ADD ("from-tray", test_from_tray);
  ADD ("from-presentation", test_from_presentation);
  ADD ("from-document", test_from_document);
#undef ADD
  g_test_add_func ("/selection/selected-before-binding", test_selected_before_binding);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
