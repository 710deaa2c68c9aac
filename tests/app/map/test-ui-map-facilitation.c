/* test-ui-map-facilitation.c: what the facilitator does in the presentation
 *
 * Sorting the selected party from the keyboard (its category and kind, as
 * one undo step each), dimming every party but one category or kind
 * ("show only suppliers") and the arrowheads of support goals, checked on
 * the model, on the canvas and on the pixels the map draws.
 */
#define G_LOG_DOMAIN "test-ui-map-facilitation"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "quadrant-map-canvas-private.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

typedef struct {
  QuadrantRegister           *reg;
  QuadrantParty              *supplier;
  QuadrantParty              *regulator;
  GtkWindow                  *window;
  QuadrantMapView            *view;
  QuadrantPresentationWindow *presentation;
  QuadrantMapView            *shown;
  QuadrantMapCanvas          *canvas;
} Fixture;

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           QuadrantCategory  category,
           QuadrantKind      kind,
           int               power,
           int               interest)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_category (party, category);
  quadrant_party_set_kind (party, kind);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_party_set_current_support (party, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_party_set_desired_support (party, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;   /* the register keeps it */
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = quadrant_register_new ();
  fixture->supplier = add_party (fixture->reg, "Cloud provider", QUADRANT_CATEGORY_EXTERNAL,
                                 QUADRANT_KIND_SUPPLIERS, 70, 30);
  fixture->regulator = add_party (fixture->reg, "Regulator", QUADRANT_CATEGORY_EXTERNAL,
                                  QUADRANT_KIND_REGULATORS, 80, 80);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 600);
  fixture->view = QUADRANT_MAP_VIEW (quadrant_map_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  quadrant_map_view_set_register (fixture->view, fixture->reg);
  gtk_window_present (fixture->window);

  fixture->presentation = quadrant_presentation_window_new (fixture->view);
  gtk_window_set_default_size (GTK_WINDOW (fixture->presentation), 1000, 700);
  gtk_window_present (GTK_WINDOW (fixture->presentation));
  fixture->shown = quadrant_presentation_window_get_map_view (fixture->presentation);
  fixture->canvas = quadrant_map_view_get_canvas (fixture->shown);
  quadrant_test_wait_frames (2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->presentation));
  gtk_window_destroy (fixture->window);
  quadrant_test_wait_frames (1);
  g_clear_object (&fixture->reg);
}

/* Alt+I, Alt+E, Alt+K and Alt+Shift+K sort the selected party; each is one
 * undo step; without a selection nothing changes. */
static void
test_keys_sort_selected (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->presentation);

  /* Nothing selected: nothing to sort. */
  g_assert_true (gtk_widget_activate_action (window, "presentation.set-category", "i",
                                             QUADRANT_CATEGORY_INTERNAL));
  g_assert_cmpint (quadrant_party_get_category (fixture->supplier), ==, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpint (quadrant_party_get_category (fixture->regulator), ==, QUADRANT_CATEGORY_EXTERNAL);

  /* The selection is the document's: chosen in the editing window. */
  quadrant_map_view_select_party (fixture->view, fixture->supplier);
  quadrant_test_wait_frames (1);
  g_assert_true (quadrant_map_view_get_selected_party (fixture->shown) == fixture->supplier);

  g_assert_true (gtk_widget_activate_action (window, "presentation.set-category", "i",
                                             QUADRANT_CATEGORY_INTERNAL));
  g_assert_cmpint (quadrant_party_get_category (fixture->supplier), ==, QUADRANT_CATEGORY_INTERNAL);
  g_assert_true (gtk_widget_activate_action (window, "presentation.step-kind", "i", 1));
  g_assert_cmpint (quadrant_party_get_kind (fixture->supplier), ==, QUADRANT_KIND_PARTNERS);
  g_assert_true (gtk_widget_activate_action (window, "presentation.step-kind", "i", -1));
  g_assert_true (gtk_widget_activate_action (window, "presentation.step-kind", "i", -1));
  g_assert_cmpint (quadrant_party_get_kind (fixture->supplier), ==, QUADRANT_KIND_PROSPECTS);
  /* Round the list of kinds, both ways. */
  quadrant_register_set_choice (fixture->reg, fixture->supplier, QUADRANT_FIELD_PARTY_KIND, QUADRANT_KIND_OTHER);
  g_assert_true (gtk_widget_activate_action (window, "presentation.step-kind", "i", 1));
  g_assert_cmpint (quadrant_party_get_kind (fixture->supplier), ==, QUADRANT_KIND_STAFF);
  g_assert_true (gtk_widget_activate_action (window, "presentation.step-kind", "i", -1));
  g_assert_cmpint (quadrant_party_get_kind (fixture->supplier), ==, QUADRANT_KIND_OTHER);
  /* The other party is untouched. */
  g_assert_cmpint (quadrant_party_get_kind (fixture->regulator), ==, QUADRANT_KIND_REGULATORS);

  /* Each key was one step: undo walks them back. */
  quadrant_register_undo (fixture->reg);   /* Alt+Shift+K */
  quadrant_register_undo (fixture->reg);   /* Alt+K */
  quadrant_register_undo (fixture->reg);   /* the test's own change */
  g_assert_cmpint (quadrant_party_get_kind (fixture->supplier), ==, QUADRANT_KIND_PROSPECTS);
  quadrant_register_undo (fixture->reg);
  quadrant_register_undo (fixture->reg);
  quadrant_register_undo (fixture->reg);
  g_assert_cmpint (quadrant_party_get_kind (fixture->supplier), ==, QUADRANT_KIND_SUPPLIERS);
  quadrant_register_undo (fixture->reg);
  g_assert_cmpint (quadrant_party_get_category (fixture->supplier), ==, QUADRANT_CATEGORY_EXTERNAL);
}

/* The darkest channel of the pixels around (x, y): a marker drawn in full is
 * dark there, a dimmed one pale. */
static guint
darkest_near (cairo_surface_t *surface,
              double           x,
              double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint darkest = 255;

  for (int py = (int) y - 3; py <= (int) y + 3; py++)
    for (int px = (int) x - 3; px <= (int) x + 3; px++)
      for (int c = 0; c < 3; c++)
        darkest = MIN (darkest, data[py * stride + 4 * px + c]);
  return darkest;
}

/* The canvas as it draws itself, into an image. */
static cairo_surface_t *
draw_canvas (QuadrantMapCanvas *canvas)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (canvas));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  GTK_WIDGET_GET_CLASS (canvas)->snapshot (GTK_WIDGET (canvas), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* "Suppliers only": every other party is drawn faint, the suppliers and the
 * selected party in full; "Everyone" brings them all back. */
static void
test_highlight_dims (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkDropDown *menu = quadrant_presentation_window_get_highlight (fixture->presentation);
  GListModel *items = gtk_drop_down_get_model (menu);
  guint suppliers = G_MAXUINT;
  QuadrantMapLayout *layout;
  const QuadrantMapMarker *supplier, *regulator;
  cairo_surface_t *full, *dimmed;

  /* The menu names the kinds, found by the entry the room reads. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      const char *item = gtk_string_list_get_string (GTK_STRING_LIST (items), i);

      if (g_str_has_prefix (item, "Suppliers"))
        suppliers = i;
    }
  g_assert_cmpuint (suppliers, !=, G_MAXUINT);

  _quadrant_map_canvas_ensure_layout (fixture->canvas);
  layout = _quadrant_map_canvas_get_layout (fixture->canvas);
  supplier = quadrant_map_layout_find_marker (layout, fixture->supplier);
  regulator = quadrant_map_layout_find_marker (layout, fixture->regulator);
  g_assert_nonnull (supplier);
  g_assert_nonnull (regulator);
  full = draw_canvas (fixture->canvas);

  gtk_drop_down_set_selected (menu, suppliers);
  g_assert_false (quadrant_map_canvas_is_dimmed (fixture->canvas, fixture->supplier));
  g_assert_true (quadrant_map_canvas_is_dimmed (fixture->canvas, fixture->regulator));
  dimmed = draw_canvas (fixture->canvas);
  /* Neutral markers are dark grey squares: pale when dimmed. */
  g_assert_cmpuint (darkest_near (full, regulator->x, regulator->y), <, 160);
  g_assert_cmpuint (darkest_near (dimmed, regulator->x, regulator->y), >, 180);
  g_assert_cmpuint (darkest_near (dimmed, supplier->x, supplier->y), ==,
                    darkest_near (full, supplier->x, supplier->y));

  /* The selected party stays in full whatever the filter. */
  quadrant_map_view_select_party (fixture->view, fixture->regulator);
  quadrant_test_wait_frames (1);
  g_assert_false (quadrant_map_canvas_is_dimmed (fixture->canvas, fixture->regulator));
  quadrant_map_view_select_party (fixture->view, NULL);

  /* Internal only: both are external. */
  gtk_drop_down_set_selected (menu, 1);
  g_assert_true (quadrant_map_canvas_is_dimmed (fixture->canvas, fixture->supplier));
  g_assert_true (quadrant_map_canvas_is_dimmed (fixture->canvas, fixture->regulator));
  /* Sorted into internal from the keyboard: shown in full at once. */
  quadrant_register_set_choice (fixture->reg, fixture->supplier, QUADRANT_FIELD_PARTY_CATEGORY,
                                QUADRANT_CATEGORY_INTERNAL);
  g_assert_false (quadrant_map_canvas_is_dimmed (fixture->canvas, fixture->supplier));

  gtk_drop_down_set_selected (menu, 0);
  g_assert_false (quadrant_map_canvas_is_dimmed (fixture->canvas, fixture->regulator));
  cairo_surface_destroy (full);
  cairo_surface_destroy (dimmed);
}

/* How many pixels differ between a and b in the box of half-size r around
 * (x, y). */
static guint
count_changed (cairo_surface_t *a,
               cairo_surface_t *b,
               double           x,
               double           y,
               double           r)
{
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  for (int py = (int) (y - r); py <= (int) (y + r); py++)
    for (int px = (int) (x - r); px <= (int) (x + r); px++)
      n += memcmp (pa + py * stride + 4 * px, pb + py * stride + 4 * px, 4) != 0;
  return n;
}

static gboolean
has_goal_entry (QuadrantMapCanvas *canvas)
{
  QuadrantMapLayout *layout;

  _quadrant_map_canvas_ensure_layout (canvas);
  layout = _quadrant_map_canvas_get_layout (canvas);
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    if (quadrant_map_layout_get_text (layout, i)->legend_kind == QUADRANT_MAP_LEGEND_GOAL)
      return TRUE;
  return FALSE;
}

/* "Goals": an arrowhead at the upper right of a party whose support should
 * grow, in the colour of the support wanted; none for a party already where
 * it should be. */
static void
test_support_goal (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkToggleButton *toggle = quadrant_presentation_window_get_goal_toggle (fixture->presentation);
  QuadrantMapLayout *layout;
  const QuadrantMapMarker *supplier, *regulator;
  cairo_surface_t *plain, *goals;
  double red, green, blue;
  const guint8 *pixel;
  int stride;

  quadrant_register_set_choice (fixture->reg, fixture->supplier, QUADRANT_FIELD_PARTY_DESIRED_SUPPORT,
                                QUADRANT_SUPPORT_LEADING);
  /* The legend explains the arrowheads once they show. */
  gtk_toggle_button_set_active (toggle, TRUE);
  g_assert_true (has_goal_entry (fixture->canvas));
  gtk_toggle_button_set_active (toggle, FALSE);
  g_assert_false (has_goal_entry (fixture->canvas));

  /* Without the legend (which then changes the layout), the same grid with
   * and without the arrowheads. */
  quadrant_map_canvas_set_show_legend (fixture->canvas, FALSE);
  _quadrant_map_canvas_ensure_layout (fixture->canvas);
  layout = _quadrant_map_canvas_get_layout (fixture->canvas);
  supplier = quadrant_map_layout_find_marker (layout, fixture->supplier);
  regulator = quadrant_map_layout_find_marker (layout, fixture->regulator);
  plain = draw_canvas (fixture->canvas);

  gtk_toggle_button_set_active (toggle, TRUE);
  g_assert_true (quadrant_map_canvas_get_show_support_goal (fixture->canvas));
  goals = draw_canvas (fixture->canvas);
  g_assert_cmpuint (count_changed (plain, goals, supplier->x + supplier->radius,
                                   supplier->y - supplier->radius, supplier->radius), >, 10);
  g_assert_cmpuint (count_changed (plain, goals, regulator->x + regulator->radius,
                                   regulator->y - regulator->radius, regulator->radius), ==, 0);

  /* In the colour of "leading", above its centre (it points up). */
  quadrant_map_render_support_color (QUADRANT_SUPPORT_LEADING, FALSE, &red, &green, &blue);
  stride = cairo_image_surface_get_stride (goals);
  pixel = cairo_image_surface_get_data (goals) +
          (int) (supplier->y - 0.75 * supplier->radius) * stride +
          4 * (int) (supplier->x + 1.05 * supplier->radius);
  g_assert_cmpint (ABS (pixel[2] - (int) (red * 255)), <, 40);
  g_assert_cmpint (ABS (pixel[1] - (int) (green * 255)), <, 40);
  g_assert_cmpint (ABS (pixel[0] - (int) (blue * 255)), <, 40);

  gtk_toggle_button_set_active (toggle, FALSE);
  cairo_surface_destroy (plain);
  plain = draw_canvas (fixture->canvas);
  g_assert_cmpuint (count_changed (plain, goals, supplier->x + supplier->radius,
                                   supplier->y - supplier->radius, supplier->radius), >, 10);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (goals);
}

static gboolean
has_inscription (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_inscription (child, text))
      return TRUE;
  return FALSE;
}

/* A party quick-added in the room is marked to review, with a dotted ring on
 * the map and in the Parties list, until its kind is chosen. */
static void
test_to_review (Fixture       *fixture,
                gconstpointer  data)
{
  QuadrantParty *party = quadrant_presentation_window_quick_add (fixture->presentation, "Neighbours");
  GtkWidget *list_window = gtk_window_new ();
  GtkWidget *parties = quadrant_parties_view_new ();
  const QuadrantMapMarker *marker;
  cairo_surface_t *marked, *sorted;
  double ring;

  quadrant_parties_view_set_register (QUADRANT_PARTIES_VIEW (parties), fixture->reg);
  gtk_window_set_child (GTK_WINDOW (list_window), parties);
  gtk_window_set_default_size (GTK_WINDOW (list_window), 1100, 600);
  gtk_window_present (GTK_WINDOW (list_window));
  quadrant_register_set_number (fixture->reg, party, QUADRANT_FIELD_PARTY_POWER, 30);
  quadrant_register_set_number (fixture->reg, party, QUADRANT_FIELD_PARTY_INTEREST, 70);
  quadrant_test_wait_frames (2);
  g_assert_true (quadrant_party_is_to_review (party));
  g_assert_true (has_inscription (parties, "Neighbours (to review)"));

  /* Without the legend (whose entry for the ring goes too), the grid stays. */
  quadrant_map_canvas_set_show_legend (fixture->canvas, FALSE);
  _quadrant_map_canvas_ensure_layout (fixture->canvas);
  marker = quadrant_map_layout_find_marker (_quadrant_map_canvas_get_layout (fixture->canvas), party);
  g_assert_nonnull (marker);
  ring = marker->radius + 3 * quadrant_map_layout_get_scale (_quadrant_map_canvas_get_layout (fixture->canvas));
  marked = draw_canvas (fixture->canvas);

  /* Its kind chosen in the room: the mark goes, from both. */
  quadrant_register_set_choice (fixture->reg, party, QUADRANT_FIELD_PARTY_KIND, QUADRANT_KIND_ACTIVIST_GROUPS);
  quadrant_test_wait_frames (2);
  g_assert_false (quadrant_party_is_to_review (party));
  g_assert_true (has_inscription (parties, "Neighbours"));
  _quadrant_map_canvas_ensure_layout (fixture->canvas);
  marker = quadrant_map_layout_find_marker (_quadrant_map_canvas_get_layout (fixture->canvas), party);
  sorted = draw_canvas (fixture->canvas);
  /* The ring's band, left of the marker (its name sits elsewhere); the
   * marker itself unchanged. */
  g_assert_cmpuint (count_changed (marked, sorted, marker->x - ring, marker->y, 1.5), >, 0);
  g_assert_cmpuint (count_changed (marked, sorted, marker->x, marker->y, 0.5 * marker->radius), ==, 0);

  cairo_surface_destroy (marked);
  cairo_surface_destroy (sorted);
  gtk_window_destroy (GTK_WINDOW (list_window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (quadrant_get_resource ());

  g_test_add ("/map-facilitation/keys", Fixture, NULL, fixture_set_up, test_keys_sort_selected,
              fixture_tear_down);
  g_test_add ("/map-facilitation/support-goal", Fixture, NULL, fixture_set_up, test_support_goal,
              fixture_tear_down);
  g_test_add ("/map-facilitation/to-review", Fixture, NULL, fixture_set_up, test_to_review,
              fixture_tear_down);
  g_test_add ("/map-facilitation/highlight", Fixture, NULL, fixture_set_up, test_highlight_dims,
              fixture_tear_down);

  return g_test_run ();
}
