/* test-ui-map-drag.c: a drag on the map previews live and records one command
 *
 * A two-second drag is about 120 motion events. Each shows the party where
 * the pointer is, on every map, but records nothing and emits no "changed";
 * the release records one undo step. The Parties list, sorted and on screen
 * in the editing window while the drag happens in the presentation window,
 * is re-sorted once for the move, not once per motion event; and a hidden
 * Parties page does its sorting only when it is shown again.
 *
 * Real windows under Xvfb; the drag goes through the canvas's gesture
 * handlers (quadrant-map-canvas-private.h) with the main loop running
 * between motion events, as between real ones.
 */
#define G_LOG_DOMAIN "test-ui-map-drag"

#include "config.h"

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-window-private.h"
#include "quadrant-test-data.h"
#include "quadrant-test-wait.h"
#include "quadrant-test-ui.h"

#define N_MOTIONS 120

static QuadrantApplication *app;

typedef struct {
  QuadrantRegister  *reg;
  QuadrantDocument  *document;
  QuadrantParty     *alpha;     /* power 20, interest 30 */
  QuadrantWindow    *window;
  GtkSorter         *sorter;    /* the Parties list's */
  guint              n_sorts;
  guint              n_changed;
} Fixture;

/* ---- Helpers ---- */

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

static GtkColumnView *
parties_column_view (Fixture *fixture)
{
  return GTK_COLUMN_VIEW (gtk_widget_get_template_child (fixture->window->parties_view,
                                                         QUADRANT_TYPE_PARTIES_VIEW, "column_view"));
}

static gboolean
list_bound (gpointer data)
{
  Fixture *fixture = data;

  return quadrant_parties_view_get_register (QUADRANT_PARTIES_VIEW (fixture->window->parties_view))
         == fixture->reg;
}

static gboolean
canvas_shows (gpointer canvas)
{
  QuadrantMapCanvas *self = canvas;

  return quadrant_map_canvas_get_register (self) != NULL
         && gtk_widget_get_width (GTK_WIDGET (self)) > 0;
}

/* The x of party's marker as the canvas would draw it now. */
static double
marker_x (QuadrantMapCanvas *canvas,
          QuadrantParty     *party)
{
  const QuadrantMapMarker *marker =
    quadrant_map_layout_find_marker (_quadrant_map_canvas_get_layout (canvas), party);

  g_assert_nonnull (marker);
  return marker->x;
}

/* A drag of party's marker to the right and up, in N_MOTIONS steps with the
 * main loop running in between. Checks the live preview on the way. */
static void
drag (Fixture           *fixture,
      QuadrantMapCanvas *canvas,
      QuadrantParty     *party)
{
  double x, y, start_x;

  _quadrant_map_canvas_point_for_values (canvas, quadrant_party_get_power (party),
                                         quadrant_party_get_interest (party), &x, &y);
  start_x = marker_x (canvas, party);
  _quadrant_map_canvas_drag_begin (canvas, x, y);
  for (guint i = 1; i <= N_MOTIONS; i++)
    {
      _quadrant_map_canvas_drag_update (canvas, i * 1.5, -i * 1.0);
      quadrant_test_spin_pending ();
      if (i == N_MOTIONS / 2)
        {
          /* Halfway: the map shows the party where the pointer is, the
           * model has it there, and nothing was recorded. */
          g_assert_cmpfloat (marker_x (canvas, party), >, start_x + 20);
          g_assert_cmpint (quadrant_party_get_interest (party), >, 30);
          g_assert_false (quadrant_register_can_undo (fixture->reg));
          g_assert_false (quadrant_document_get_unsaved (fixture->document));
        }
    }
  _quadrant_map_canvas_drag_end (canvas, N_MOTIONS * 1.5, -N_MOTIONS * 1.0);
  quadrant_test_spin_pending ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = quadrant_register_new ();
  fixture->alpha = quadrant_test_add_party (fixture->reg, "Alpha", 20, 30);
  quadrant_test_add_party (fixture->reg, "Bravo", 70, 80);
  quadrant_test_add_party (fixture->reg, "Charlie", 50, 50);
  fixture->document = quadrant_document_new (fixture->reg, NULL, NULL);

  fixture->window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  quadrant_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  quadrant_test_spin_until (list_bound, fixture);

  /* The list sorted by a column, as a click on its header does. */
  {
    g_autoptr(GtkColumnViewColumn) column =
      g_list_model_get_item (gtk_column_view_get_columns (parties_column_view (fixture)), 0);

    gtk_column_view_sort_by_column (parties_column_view (fixture), column, GTK_SORT_ASCENDING);
  }
  quadrant_test_spin_pending ();
  fixture->sorter = gtk_column_view_get_sorter (parties_column_view (fixture));
  g_signal_connect_swapped (fixture->sorter, "changed", G_CALLBACK (count_cb), &fixture->n_sorts);
  g_signal_connect_swapped (fixture->reg, "changed", G_CALLBACK (count_cb), &fixture->n_changed);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->sorter, &fixture->n_sorts);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  quadrant_test_spin_pending ();
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->reg);
}

/* ---- Tests ---- */

/* The Parties list on screen, the drag on the projector's map. */
static void
test_one_command_list_shown (Fixture       *fixture,
                             gconstpointer  data)
{
  QuadrantMapView *shown;
  QuadrantMapCanvas *canvas;
  int power, interest;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  shown = quadrant_presentation_window_get_map_view (
            QUADRANT_PRESENTATION_WINDOW (quadrant_map_view_get_presentation_window (
              QUADRANT_MAP_VIEW (fixture->window->map_page))));
  canvas = quadrant_map_view_get_canvas (shown);
  quadrant_test_spin_until (canvas_shows, canvas);
  g_assert_true (gtk_widget_get_mapped (fixture->window->parties_view));

  fixture->n_sorts = fixture->n_changed = 0;
  drag (fixture, canvas, fixture->alpha);
  power = quadrant_party_get_power (fixture->alpha);
  interest = quadrant_party_get_interest (fixture->alpha);
  g_assert_cmpint (interest, >, 30);
  g_assert_cmpint (power, >, 20);

  /* One move recorded: a "changed" for each of its two values, and as many
   * sorts of the list, not one per motion event. */
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_cmpuint (fixture->n_sorts, ==, fixture->n_changed);
  g_assert_true (quadrant_document_get_unsaved (fixture->document));

  /* One undo step takes the whole drag back, and it was the only one. */
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Move Party");
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (fixture->alpha), ==, 20);
  g_assert_cmpint (quadrant_party_get_interest (fixture->alpha), ==, 30);
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (quadrant_register_redo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (fixture->alpha), ==, power);
  g_assert_cmpint (quadrant_party_get_interest (fixture->alpha), ==, interest);
}

static gboolean
list_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The drag on the Map page: the hidden Parties page sorts once, when shown. */
static void
test_hidden_list_waits (Fixture       *fixture,
                        gconstpointer  data)
{
  QuadrantMapCanvas *canvas = quadrant_map_view_get_canvas (QUADRANT_MAP_VIEW (fixture->window->map_page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "map"));
  quadrant_test_spin_until (canvas_shows, canvas);
  g_assert_false (gtk_widget_get_mapped (fixture->window->parties_view));

  fixture->n_sorts = fixture->n_changed = 0;
  drag (fixture, canvas, fixture->alpha);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (quadrant_register_redo (fixture->reg));
  g_assert_cmpuint (fixture->n_changed, >, 0);
  g_assert_cmpuint (fixture->n_sorts, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "parties"));
  quadrant_test_spin_until (list_mapped, fixture->window->parties_view);
  quadrant_test_spin_pending ();
  g_assert_cmpuint (fixture->n_sorts, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-map-drag");

  g_test_add ("/map-drag/one-command/list-shown", Fixture, NULL, fixture_set_up,
              test_one_command_list_shown, fixture_tear_down);
  g_test_add ("/map-drag/hidden-list-waits", Fixture, NULL, fixture_set_up,
              test_hidden_list_waits, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
