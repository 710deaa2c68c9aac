/* test-ui-map-window.c: the map inside the document window: the party
 * selected on the Parties page and on the map follow each other
 *
 * Real windows under Xvfb. Rows are selected through the Parties page's own
 * selection model, as a click on a row does.
 */
#define G_LOG_DOMAIN "test-ui-map-window"

#include "config.h"

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-window-private.h"

static QuadrantApplication *app;

typedef struct {
  QuadrantRegister    *reg;
  QuadrantParty       *alpha;     /* power 20, interest 30 */
  QuadrantParty       *bravo;     /* power 70, interest 80 */
  QuadrantParty       *unplaced;
  QuadrantWindow      *window;
  QuadrantPartiesView *parties;
  QuadrantMapCanvas   *canvas;
} Fixture;

/* ---- Helpers ---- */

static void
spin (void)
{
  /* Until idle binding, layout and drawing have settled. */
  for (int i = 0; i < 5; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
}

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           int               power,
           int               interest)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
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

/* The party selected in the list when exactly one is, else NULL. */
static QuadrantParty *
list_selected (Fixture *fixture)
{
  g_autoptr(GPtrArray) selected = quadrant_parties_view_get_selected (fixture->parties);

  return selected->len == 1 ? g_ptr_array_index (selected, 0) : NULL;
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
  fixture->alpha = add_party (fixture->reg, "Alpha", 20, 30);
  fixture->bravo = add_party (fixture->reg, "Bravo", 70, 80);
  fixture->unplaced = add_party (fixture->reg, "Waiting", QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED);

  fixture->window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  quadrant_window_set_document (fixture->window, fixture->reg, NULL, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->parties = QUADRANT_PARTIES_VIEW (fixture->window->parties_view);
  fixture->canvas = quadrant_map_view_get_canvas (QUADRANT_MAP_VIEW (fixture->window->map_page));
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

  /* Switching to the Map page shows it selected there. */
  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  spin ();
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
  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->bravo);
  g_assert_cmpuint (quadrant_parties_view_get_n_shown (fixture->parties), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "Alpha");
  g_assert_true (list_selected (fixture) != fixture->bravo);
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
#undef ADD

  status = g_test_run ();

  g_clear_object (&app);
  return status;
}
