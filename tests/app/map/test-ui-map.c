/* test-ui-map.c: the stakeholder map widget and its tray
 *
 * Real widgets in real windows under Xvfb. Interactions go through the handlers
 * that the canvas's gestures, key controller and drop target call (see
 * quadrant-map-canvas-private.h), with positions taken from the same layout
 * the canvas draws, and every result is checked on the model.
 */
#define G_LOG_DOMAIN "test-ui-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "quadrant-map-render.h"
#include "quadrant-test-wait.h"

#include "quadrant-map-canvas-private.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-test-data.h"
#include "quadrant-resources.h"
#include "quadrant-window-private.h"
#include "quadrant-test-ui.h"
#include "map-checks.h"

/* ---- Helpers ---- */

static void
count_cb (guint *count)
{
  (*count)++;
}

static gboolean
count_positive (gpointer data)
{
  return *(guint *) data > 0;
}

static gboolean
high_contrast_is (gpointer data)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) == GPOINTER_TO_INT (data);
}

/* The canvas as drawn now, through GTK's own drawing of the widget; the
 * colour at (x, y) as 0xRRGGBB. */
static guint32
drawn_pixel (QuadrantMapCanvas *canvas,
             double             x,
             double             y)
{
  GtkWidget *widget = GTK_WIDGET (canvas);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);

  g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  gdk_texture_download (texture, (guchar *) pixels, 4 * width);
  return pixels[(int) y * width + (int) x] & 0xffffff;
}

static guint32
palette_pixel (const QuadrantMapRenderOptions *options,
               QuadrantMapColor                color)
{
  double r, g, b;

  quadrant_map_render_get_color (options, color, &r, &g, &b);
  return (guint32) (r * 255 + 0.5) << 16 | (guint32) (g * 255 + 0.5) << 8 | (guint32) (b * 255 + 0.5);
}

/* ---- Tests ---- */

static void
test_accessible_format (void)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *unplaced = NULL;

  quadrant_party_set_name (party, "Regulator");
  quadrant_party_set_power (party, 80);
  quadrant_party_set_interest (party, 65);
  quadrant_party_set_current_support (party, QUADRANT_SUPPORT_SUPPORTIVE);
  text = quadrant_map_canvas_describe_party (party);
  g_assert_cmpstr (text, ==, "Regulator, power 80, interest 65, supportive");

  quadrant_party_set_power (party, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_interest (party, QUADRANT_NOT_ASSESSED);
  unplaced = quadrant_map_canvas_describe_party (party);
  g_assert_null (strstr (unplaced, "power"));
}

static void
test_layout_matches_register (Fixture       *fixture,
                              gconstpointer  data)
{
  QuadrantMapLayout *layout = _quadrant_map_canvas_get_layout (fixture->canvas);
  const QuadrantMapMarker *marker;
  double x, y;

  /* The placed parties are drawn, the unplaced one waits in the tray. */
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, 2);
  g_assert_cmpuint (quadrant_map_tray_get_n_parties (quadrant_map_view_get_tray (fixture->view)), ==, 1);

  point_of (fixture, fixture->high, &x, &y);
  marker = quadrant_map_layout_hit_test (layout, x, y);
  g_assert_nonnull (marker);
  g_assert_true (marker->party == fixture->high);
  /* Power goes up: the high party is above and right of the low one. */
  {
    double lx, ly;

    point_of (fixture, fixture->low, &lx, &ly);
    g_assert_cmpfloat (lx, <, x);
    g_assert_cmpfloat (ly, >, y);
  }
}

static void
test_drag_one_undo_step (Fixture       *fixture,
                         gconstpointer  data)
{
  double x, y, tx, ty;
  int steps = 10;

  point_of (fixture, fixture->low, &x, &y);
  _quadrant_map_canvas_point_for_values (fixture->canvas, 60, 70, &tx, &ty);
  g_assert_false (quadrant_register_can_undo (fixture->reg));

  /* Grab the marker a little off its centre: it must not jump to the pointer. */
  x += 2;
  y -= 1;
  tx += 2;
  ty -= 1;

  _quadrant_map_canvas_drag_begin (fixture->canvas, x, y);
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->low);
  for (int i = 1; i <= steps; i++)
    {
      _quadrant_map_canvas_drag_update (fixture->canvas, (tx - x) * i / steps, (ty - y) * i / steps);
      spin ();
      /* Live: the model follows the pointer during the drag. */
      if (i == steps / 2)
        {
          g_assert_cmpint (quadrant_party_get_power (fixture->low), >, 30);
          g_assert_cmpint (quadrant_party_get_power (fixture->low), <, 50);
          g_assert_cmpint (quadrant_party_get_interest (fixture->low), >, 35);
          g_assert_cmpint (quadrant_party_get_interest (fixture->low), <, 55);
        }
    }
  _quadrant_map_canvas_drag_end (fixture->canvas, tx - x, ty - y);

  g_assert_cmpint (ABS (quadrant_party_get_power (fixture->low) - 60), <=, 1);
  g_assert_cmpint (ABS (quadrant_party_get_interest (fixture->low) - 70), <=, 1);
  g_assert_cmpint (quadrant_party_get_quadrant (fixture->low), ==, QUADRANT_QUADRANT_MANAGE_CLOSELY);

  /* The whole drag is one step. */
  g_assert_true (quadrant_register_can_undo (fixture->reg));
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (fixture->low), ==, 20);
  g_assert_cmpint (quadrant_party_get_interest (fixture->low), ==, 20);
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (quadrant_register_redo (fixture->reg));
  g_assert_cmpint (ABS (quadrant_party_get_power (fixture->low) - 60), <=, 1);
}

/* While a party is dragged, only its own label moves: every other name stays
 * where the room last saw it. */
static void
test_drag_moves_only_own_label (Fixture       *fixture,
                                gconstpointer  data)
{
  static const char *names[] = { "Board", "Regulator", "Customers", "Suppliers", "Staff", "Insurer" };
  QuadrantMapLayout *layout = _quadrant_map_canvas_get_layout (fixture->canvas);
  g_autoptr(GHashTable) before = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  double x, y, tx, ty;
  QuadrantRect own;
  int steps = 8;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

      quadrant_party_set_name (party, names[i]);
      quadrant_party_set_power (party, 15 + 13 * i);
      quadrant_party_set_interest (party, 85 - 12 * i);
      quadrant_register_append_party_unrecorded (fixture->reg, party);
    }
  spin ();
  _quadrant_map_canvas_ensure_layout (fixture->canvas);
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, 2 + G_N_ELEMENTS (names));
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      g_hash_table_insert (before, m->party, g_memdup2 (&m->label, sizeof m->label));
    }
  own = quadrant_map_layout_find_marker (layout, fixture->low)->label;

  point_of (fixture, fixture->low, &x, &y);
  _quadrant_map_canvas_point_for_values (fixture->canvas, 45, 62, &tx, &ty);
  _quadrant_map_canvas_drag_begin (fixture->canvas, x, y);
  for (int i = 1; i <= steps; i++)
    {
      _quadrant_map_canvas_drag_update (fixture->canvas, (tx - x) * i / steps, (ty - y) * i / steps);
      spin ();
      _quadrant_map_canvas_ensure_layout (fixture->canvas);
      for (guint k = 0; k < quadrant_map_layout_get_n_markers (layout); k++)
        {
          const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, k);

          if (m->party != fixture->low)
            g_assert_cmpmem (&m->label, sizeof m->label,
                             g_hash_table_lookup (before, m->party), sizeof (QuadrantRect));
        }
    }
  /* The dragged party's own label went with it. */
  g_assert_false (memcmp (&own, &quadrant_map_layout_find_marker (layout, fixture->low)->label,
                          sizeof own) == 0);
  _quadrant_map_canvas_drag_end (fixture->canvas, tx - x, ty - y);
}

static void
test_drag_empty_space (Fixture       *fixture,
                       gconstpointer  data)
{
  double x, y;

  /* The middle of the low-power, high-interest quadrant is empty. */
  _quadrant_map_canvas_point_for_values (fixture->canvas, 10, 95, &x, &y);
  _quadrant_map_canvas_drag_begin (fixture->canvas, x, y);
  _quadrant_map_canvas_drag_update (fixture->canvas, -80, -80);
  _quadrant_map_canvas_drag_end (fixture->canvas, -80, -80);

  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (fixture->low), ==, 20);
  g_assert_cmpint (quadrant_party_get_power (fixture->high), ==, 80);
}

static void
test_keyboard_moves (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);

  /* Tab enters the map on the first party, then goes on to the next. */
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->low);
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->high);
  /* After the last party, Tab leaves the map. */
  g_assert_false (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->high);
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_BACKWARD));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->low);
  /* Focus that leaves and comes back finds the same party selected. */
  gtk_widget_grab_focus (GTK_WIDGET (quadrant_map_view_get_tray (fixture->view)));
  gtk_window_set_focus (fixture->window, NULL);
  g_assert_false (gtk_widget_has_focus (canvas));
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (canvas));
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->low);

  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Right, 0));
  g_assert_cmpint (quadrant_party_get_interest (fixture->low), ==, 21);
  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Up, GDK_SHIFT_MASK));
  g_assert_cmpint (quadrant_party_get_power (fixture->low), ==, 30);
  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Down, 0));
  g_assert_cmpint (quadrant_party_get_power (fixture->low), ==, 29);
  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Left, GDK_SHIFT_MASK));
  g_assert_cmpint (quadrant_party_get_interest (fixture->low), ==, 11);

  /* Each press is one undo step. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_interest (fixture->low), ==, 21);
  g_assert_cmpint (quadrant_party_get_power (fixture->low), ==, 29);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (fixture->low), ==, 30);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (fixture->low), ==, 20);
  g_assert_cmpint (quadrant_party_get_interest (fixture->low), ==, 20);
  g_assert_false (quadrant_register_can_undo (fixture->reg));

  /* At the edge nothing moves and nothing is recorded. */
  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->high);
  for (int i = 0; i < 3; i++)
    _quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Up, GDK_SHIFT_MASK);
  g_assert_cmpint (quadrant_party_get_power (fixture->high), ==, 100);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_false (quadrant_register_can_undo (fixture->reg));

  /* Esc deselects. */
  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Escape, 0));
  g_assert_null (quadrant_map_canvas_get_focus_party (fixture->canvas));
  g_assert_false (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Up, 0));
  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->high);

  /* Keys with Ctrl are shortcuts, not moves. */
  g_assert_false (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Left, GDK_CONTROL_MASK));
}

static void
test_keyboard_delete (Fixture       *fixture,
                      gconstpointer  data)
{
  guint n = quadrant_register_get_n_parties (fixture->reg);

  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->low);
  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Delete, 0));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n - 1);
  g_assert_null (quadrant_register_find_party (fixture->reg, quadrant_party_get_id (fixture->low)));
  /* Focus goes on to the next party. */
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->high);
  spin ();
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (_quadrant_map_canvas_get_layout (fixture->canvas)), ==, 1);

  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n);
  g_assert_true (quadrant_register_find_party (fixture->reg, quadrant_party_get_id (fixture->low)) == fixture->low);
}

static void
show_party_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  char **id = user_data;

  g_free (*id);
  *id = g_variant_dup_string (parameter, NULL);
}

static void
test_keyboard_enter (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-party", G_VARIANT_TYPE_STRING);
  g_autofree char *id = NULL;

  g_signal_connect (action, "activate", G_CALLBACK (show_party_cb), &id);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->high);
  g_assert_true (_quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Return, 0));
  g_assert_cmpstr (id, ==, quadrant_party_get_id (fixture->high));
}

static void
test_accessible_focus (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (fixture->canvas);
  g_autofree char *error = NULL;
  g_autofree char *moved = NULL;

  quadrant_map_canvas_set_focus_party (fixture->canvas, fixture->high);
  error = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Regulator, power 80, interest 65, supportive");
  g_assert_null (error);

  /* A move by keyboard is said again. */
  _quadrant_map_canvas_key_pressed (fixture->canvas, GDK_KEY_Left, 0);
  moved = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Regulator, power 80, interest 64, supportive");
  g_assert_null (moved);
}

static void
test_drop_text (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint n = quadrant_register_get_n_parties (fixture->reg);
  GListModel *parties = quadrant_register_get_parties (fixture->reg);
  double x, y;

  _quadrant_map_canvas_point_for_values (fixture->canvas, 70, 30, &x, &y);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Alpha Ltd\n\n  Beta Group \r\nGamma\n");
  g_assert_true (_quadrant_map_canvas_drop (fixture->canvas, &value, x, y));

  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n + 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, n + i);
      static const char *names[] = { "Alpha Ltd", "Beta Group", "Gamma" };

      g_assert_cmpstr (quadrant_party_get_name (party), ==, names[i]);
      g_assert_true (quadrant_party_is_placed (party));
      /* At the drop point, the next ones just below it. */
      g_assert_cmpint (ABS (quadrant_party_get_interest (party) - 30), <=, 1);
      g_assert_cmpint (quadrant_party_get_power (party), <=, 71);
      g_assert_cmpint (quadrant_party_get_power (party), >=, 50);
    }

  /* One undo removes them all. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n);
  g_assert_false (quadrant_register_can_undo (fixture->reg));

  /* Blank text creates nothing. */
  g_value_set_string (&value, " \n\t\n");
  g_assert_false (_quadrant_map_canvas_drop (fixture->canvas, &value, x, y));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n);
}

static void
test_drop_party_from_tray (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(QuadrantRegister) other = quadrant_register_new ();
  g_autoptr(QuadrantParty) stranger = quadrant_party_new (NULL);
  QuadrantMapTray *tray = quadrant_map_view_get_tray (fixture->view);
  double x, y;

  g_assert_cmpuint (quadrant_map_tray_get_n_parties (tray), ==, 1);
  _quadrant_map_canvas_point_for_values (fixture->canvas, 35, 85, &x, &y);
  g_value_init (&value, QUADRANT_TYPE_PARTY);
  g_value_set_object (&value, fixture->unplaced);
  g_assert_true (_quadrant_map_canvas_drop (fixture->canvas, &value, x, y));

  g_assert_cmpint (ABS (quadrant_party_get_power (fixture->unplaced) - 35), <=, 1);
  g_assert_cmpint (ABS (quadrant_party_get_interest (fixture->unplaced) - 85), <=, 1);
  spin ();
  g_assert_cmpuint (quadrant_map_tray_get_n_parties (tray), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tray)));

  /* Undo puts it back in the tray. */
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_false (quadrant_party_is_placed (fixture->unplaced));
  spin ();
  g_assert_cmpuint (quadrant_map_tray_get_n_parties (tray), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tray)));

  /* A party of another register is not moved from here. */
  quadrant_party_set_name (stranger, "Stranger");
  quadrant_register_append_party_unrecorded (other, stranger);
  g_value_set_object (&value, stranger);
  g_assert_false (_quadrant_map_canvas_drop (fixture->canvas, &value, x, y));
  g_assert_false (quadrant_party_is_placed (stranger));
}

static void
test_tray_enter_places (Fixture       *fixture,
                        gconstpointer  data)
{
  QuadrantMapTray *tray = quadrant_map_view_get_tray (fixture->view);
  GtkWidget *list = NULL;

  /* The tray's list view; Enter on a row emits its "activate". */
  for (GtkWidget *w = GTK_WIDGET (tray); w != NULL; w = gtk_widget_get_first_child (w))
    if (GTK_IS_LIST_VIEW (w))
      {
        list = w;
        break;
      }
    else if (GTK_IS_SCROLLED_WINDOW (gtk_widget_get_last_child (w)))
      {
        list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_widget_get_last_child (w)));
        break;
      }
  g_assert_true (GTK_IS_LIST_VIEW (list));
  g_signal_emit_by_name (list, "activate", 0);

  g_assert_cmpint (quadrant_party_get_power (fixture->unplaced), ==, 50);
  g_assert_cmpint (quadrant_party_get_interest (fixture->unplaced), ==, 50);
  /* The map takes over, with the placed party under the keyboard. */
  g_assert_true (quadrant_map_canvas_get_focus_party (fixture->canvas) == fixture->unplaced);
}

static void
test_large_text (Fixture       *fixture,
                 gconstpointer  data)
{
  assert_follows_text_scale (fixture->canvas, fixture->high, TRUE);
}

/* GNOME's high contrast (org.gnome.desktop.a11y.interface high-contrast, as
 * libadwaita reads it): the map is drawn again at once, without tints. */
static void
test_high_contrast (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                     "org.gnome.desktop.a11y.interface", TRUE);
  g_autoptr(GSettings) a11y = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  QuadrantMapRenderOptions options = { 0 };
  QuadrantRect quadrant;
  double x, y;
  guint32 before;
  guint redraws = 0;

  if (schema == NULL)
    {
      g_test_skip ("GNOME's desktop schemas are not installed");
      return;
    }
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_assert_false (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));

  quadrant = quadrant_map_layout_get_quadrant_rect (_quadrant_map_canvas_get_layout (fixture->canvas),
                                                    QUADRANT_QUADRANT_KEEP_SATISFIED);
  /* Low in the quadrant: clear of its name and of the parties. */
  x = quadrant.x + quadrant.width / 2;
  y = quadrant.y + 0.85 * quadrant.height;
  _quadrant_map_canvas_style_options (fixture->canvas, &options);
  g_assert_false (options.high_contrast);
  before = drawn_pixel (fixture->canvas, x, y);
  g_assert_cmphex (before, ==, palette_pixel (&options, QUADRANT_MAP_COLOR_KEEP_SATISFIED));
  g_assert_cmphex (before, !=, palette_pixel (&options, QUADRANT_MAP_COLOR_BACKGROUND));

  paintable = gtk_widget_paintable_new (GTK_WIDGET (fixture->canvas));
  g_signal_connect_swapped (paintable, "invalidate-contents", G_CALLBACK (count_cb), &redraws);
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  quadrant_test_spin_until (high_contrast_is, GINT_TO_POINTER (TRUE));
  quadrant_test_spin_until (count_positive, &redraws);

  _quadrant_map_canvas_style_options (fixture->canvas, &options);
  g_assert_true (options.high_contrast);
  g_assert_cmphex (drawn_pixel (fixture->canvas, x, y), ==, palette_pixel (&options, QUADRANT_MAP_COLOR_BACKGROUND));

  redraws = 0;
  g_settings_set_boolean (a11y, "high-contrast", FALSE);
  quadrant_test_spin_until (high_contrast_is, GINT_TO_POINTER (FALSE));
  quadrant_test_spin_until (count_positive, &redraws);
  g_assert_cmphex (drawn_pixel (fixture->canvas, x, y), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend: no bus needed, and its properties can be checked. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (quadrant_get_resource ());

#define ADD(path, func) \
  g_test_add ("/map/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/map/accessible/format", test_accessible_format);
  ADD ("layout", test_layout_matches_register);
  ADD ("drag/one-undo-step", test_drag_one_undo_step);
  ADD ("drag/empty-space", test_drag_empty_space);
  ADD ("drag/only-own-label", test_drag_moves_only_own_label);
  ADD ("keyboard/moves", test_keyboard_moves);
  ADD ("keyboard/delete", test_keyboard_delete);
  ADD ("keyboard/enter", test_keyboard_enter);
  ADD ("accessible/focus", test_accessible_focus);
  ADD ("drop/text", test_drop_text);
  ADD ("drop/party", test_drop_party_from_tray);
  ADD ("tray/enter", test_tray_enter_places);
  ADD ("style/large-text", test_large_text);
  ADD ("style/high-contrast", test_high_contrast);

#undef ADD

  return g_test_run ();
}
