/* test-ui-map.c: the stakeholder map widget, its tray and presentation mode
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

#include "quadrant-map-canvas-private.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-test-data.h"
#include "quadrant-resources.h"
#include "quadrant-window-private.h"
#include "quadrant-test-ui.h"

/* Fields that presentation mode must never show. */
static const char *secrets[] = {
  "OWNER-SECRET", "CONTACT-SECRET", "NOTES-SECRET",
  "COMMUNICATION-SECRET", "CHANNEL-SECRET", "FREQUENCY-SECRET", "RESPONSIBLE-SECRET",
};

typedef struct {
  QuadrantRegister  *reg;
  QuadrantParty     *low;      /* power 20, interest 20 */
  QuadrantParty     *high;     /* power 80, interest 65, supportive */
  QuadrantParty     *unplaced;
  GtkWindow         *window;
  QuadrantMapView   *view;
  QuadrantMapCanvas *canvas;
} Fixture;

/* ---- Helpers ---- */

static void
spin (void)
{
  /* Until layout and drawing have settled. */
  quadrant_test_wait_frames (2);
}

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           int               power,
           int               interest,
           QuadrantSupport   support)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_kind (party, QUADRANT_KIND_REGULATORS);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_party_set_current_support (party, support);
  quadrant_party_set_owner (party, "OWNER-SECRET");
  quadrant_party_set_contact (party, "CONTACT-SECRET");
  quadrant_party_set_notes (party, "NOTES-SECRET");
  quadrant_party_set_engagement_communication (party, "COMMUNICATION-SECRET");
  quadrant_party_set_engagement_channel (party, "CHANNEL-SECRET");
  quadrant_party_set_engagement_frequency (party, "FREQUENCY-SECRET");
  quadrant_party_set_engagement_responsible (party, "RESPONSIBLE-SECRET");
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = quadrant_register_new ();
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Test Organisation");
  fixture->low = add_party (fixture->reg, "Low Party", 20, 20, QUADRANT_SUPPORT_NEUTRAL);
  fixture->high = add_party (fixture->reg, "Regulator", 80, 65, QUADRANT_SUPPORT_SUPPORTIVE);
  fixture->unplaced = add_party (fixture->reg, "Waiting Party", QUADRANT_NOT_ASSESSED,
                                 QUADRANT_NOT_ASSESSED, QUADRANT_SUPPORT_UNAWARE);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  fixture->view = QUADRANT_MAP_VIEW (quadrant_map_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  quadrant_map_view_set_register (fixture->view, fixture->reg);
  fixture->canvas = quadrant_map_view_get_canvas (fixture->view);
  gtk_window_present (fixture->window);
  spin ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->canvas)), >, 200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin ();
  g_clear_object (&fixture->reg);
}

static void
point_of (Fixture       *fixture,
          QuadrantParty *party,
          double        *x,
          double        *y)
{
  _quadrant_map_canvas_point_for_values (fixture->canvas,
                                         quadrant_party_get_power (party),
                                         quadrant_party_get_interest (party),
                                         x, y);
}

static void
assert_no_secret (const char *text,
                  const char *where)
{
  if (text == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    if (strstr (text, secrets[i]) != NULL)
      g_error ("%s shows the confidential “%s”: %s", where, secrets[i], text);
}

/* Every text a widget tree shows: labels, entries, buttons, tooltips, titles. */
static guint
walk_for_secrets (GtkWidget *widget)
{
  guint n_texts = 0;

  if (GTK_IS_LABEL (widget))
    {
      assert_no_secret (gtk_label_get_text (GTK_LABEL (widget)), "a label");
      n_texts++;
    }
  if (GTK_IS_EDITABLE (widget))
    assert_no_secret (gtk_editable_get_text (GTK_EDITABLE (widget)), "an entry");
  if (GTK_IS_BUTTON (widget))
    assert_no_secret (gtk_button_get_label (GTK_BUTTON (widget)), "a button");
  if (GTK_IS_WINDOW (widget))
    assert_no_secret (gtk_window_get_title (GTK_WINDOW (widget)), "a window title");
  assert_no_secret (gtk_widget_get_tooltip_text (widget), "a tooltip");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_texts += walk_for_secrets (child);
  return n_texts;
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
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  GtkScrollable *scrollable = GTK_SCROLLABLE (fixture->canvas);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (scrollable);
  double width = gtk_widget_get_width (GTK_WIDGET (fixture->canvas));
  double x1, y1, x2, y2;

  g_assert_cmpfloat (quadrant_map_canvas_get_zoom (fixture->canvas), ==, 1.0);
  point_of (fixture, fixture->high, &x1, &y1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.zoom-in", NULL));
  spin ();
  g_assert_cmpfloat (quadrant_map_canvas_get_zoom (fixture->canvas), >, 1.5);
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, width * 1.5);
  /* The grid grew: the two parties are further apart on screen. */
  {
    double lx1, ly1, lx2, ly2;

    quadrant_map_canvas_zoom_to_fit (fixture->canvas);
    point_of (fixture, fixture->low, &lx1, &ly1);
    point_of (fixture, fixture->high, &x1, &y1);
    quadrant_map_canvas_set_zoom (fixture->canvas, 2.0);
    point_of (fixture, fixture->low, &lx2, &ly2);
    point_of (fixture, fixture->high, &x2, &y2);
    g_assert_cmpfloat (x2 - lx2, >, (x1 - lx1) * 1.5);
  }

  /* Dragging empty space pans the zoomed map (the top edge is above the grid). */
  {
    double before;

    gtk_adjustment_set_value (h, width / 2);
    before = gtk_adjustment_get_value (h);
    _quadrant_map_canvas_drag_begin (fixture->canvas, width / 2, 2);
    _quadrant_map_canvas_drag_update (fixture->canvas, -50, 0);
    _quadrant_map_canvas_drag_end (fixture->canvas, -50, 0);
    g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, before + 50);
    g_assert_false (quadrant_register_can_undo (fixture->reg));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.zoom-fit", NULL));
  g_assert_cmpfloat (quadrant_map_canvas_get_zoom (fixture->canvas), ==, 1.0);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0.0);
}

static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *text = NULL;
  double x, y;

  point_of (fixture, fixture->high, &x, &y);
  text = _quadrant_map_canvas_tooltip_text (fixture->canvas, x, y);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Regulator"));
  g_assert_nonnull (strstr (text, "80"));
  g_assert_nonnull (strstr (text, "65"));
  g_assert_nonnull (strstr (text, "Supportive"));
  assert_no_secret (text, "the tooltip");
}

static gboolean
is_destroyed (gpointer data)
{
  return *(gboolean *) data;
}

static void
set_flag (gpointer  data,
          GObject  *where_the_object_was)
{
  *(gboolean *) data = TRUE;
}

static gboolean
window_has_size (GtkWidget *window,
                 int        width,
                 int        height)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return width > 0 ? gtk_widget_get_width (window) == width && gtk_widget_get_height (window) == height :
                     gtk_widget_get_width (window) > 0;
}

/* Read from the back of a room: in a 1920×1080 presentation, names are at
 * least 36 px high, markers grow with them, and Ctrl+plus, Ctrl+minus and
 * Ctrl+0 change the text size live and remember it. */
static void
test_presentation_room_size (Fixture       *fixture,
                             gconstpointer  data)
{
  QuadrantPresentationWindow *presentation = quadrant_presentation_window_new (fixture->view);
  GtkWindow *window = GTK_WINDOW (presentation);
  QuadrantMapView *shown = quadrant_presentation_window_get_map_view (presentation);
  QuadrantMapCanvas *canvas = quadrant_map_view_get_canvas (shown);
  QuadrantMapLayout *layout = _quadrant_map_canvas_get_layout (canvas);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const QuadrantMapMarker *marker;
  double size, larger, height, share;

  gtk_window_set_default_size (window, 1920, 1080);
  gtk_window_present (window);
  while (!window_has_size (GTK_WIDGET (window), 0, 0))
    g_main_context_iteration (NULL, TRUE);
  spin ();
  _quadrant_map_canvas_ensure_layout (canvas);

  /* The names are a share of the window's height: 36 px at 1080 lines (the
   * test's screen may be smaller, which clamps the window). */
  height = gtk_widget_get_height (GTK_WIDGET (window));
  share = height / 1080.0;
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, 2);
  marker = quadrant_map_layout_find_marker (layout, fixture->high);
  size = quadrant_map_layout_get_label_size (layout);
  g_assert_cmpfloat (size, ==, quadrant_map_canvas_room_scale (height, 1.0) * QUADRANT_MAP_LABEL_SIZE);
  g_assert_cmpfloat (size, >=, 36 * share - 0.01);
  g_assert_cmpfloat (marker->label.height, >=, 36 * share);
  g_assert_cmpfloat (marker->radius, >=, 7 * 36 / 13.0 * share - 0.01);

  /* And at 1920×1080 itself, with every name of a real register. */
  {
    g_autoptr(QuadrantRegister) example = quadrant_test_load_example ();
    g_autoptr(QuadrantMapLayout) room = quadrant_map_layout_new ();
    QuadrantMapOptions options;

    quadrant_map_options_init (&options);
    options.scale = quadrant_map_canvas_room_scale (1080, 1.0);
    quadrant_map_layout_compute (room, example, 1920, 1080, &options);
    g_assert_cmpfloat (quadrant_map_layout_get_label_size (room), >=, 36 - 1e-9);
    g_assert_cmpuint (quadrant_map_layout_get_n_markers (room), >, 10);
    for (guint i = 0; i < quadrant_map_layout_get_n_markers (room); i++)
      {
        const QuadrantMapMarker *m = quadrant_map_layout_get_marker (room, i);

        if (!m->label_overlaps)
          g_assert_cmpfloat (m->label.height, >=, 36);
      }
  }

  /* Ctrl+plus: larger at once, and remembered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.text-size", "i", 1));
  spin ();
  _quadrant_map_canvas_ensure_layout (canvas);
  larger = quadrant_map_layout_get_label_size (layout);
  g_assert_cmpfloat (larger, >, size);
  g_assert_cmpfloat (g_settings_get_double (settings, "presentation-scale"), >, 1.5);
  /* Ctrl+minus twice: smaller than at first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.text-size", "i", -1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.text-size", "i", -1));
  spin ();
  _quadrant_map_canvas_ensure_layout (canvas);
  g_assert_cmpfloat (quadrant_map_layout_get_label_size (layout), <, size);
  /* Ctrl+0: back to the default. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.text-size", "i", 0));
  spin ();
  _quadrant_map_canvas_ensure_layout (canvas);
  g_assert_cmpfloat (quadrant_map_layout_get_label_size (layout), ==, size);
  g_assert_cmpfloat (g_settings_get_double (settings, "presentation-scale"), ==, 1.5);

  /* The legend toggle: off, the map has no legend. */
  g_assert_cmpfloat (quadrant_map_layout_get_legend (layout).width, >, 0);
  quadrant_map_canvas_set_show_legend (canvas, FALSE);
  _quadrant_map_canvas_ensure_layout (canvas);
  g_assert_cmpfloat (quadrant_map_layout_get_legend (layout).width, ==, 0);

  gtk_window_destroy (window);
  spin ();
}

static void
test_presentation (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *window = quadrant_map_view_toggle_presentation (fixture->view);
  QuadrantPresentationWindow *presentation;
  QuadrantMapView *shown;
  QuadrantMapCanvas *canvas;
  QuadrantMapLayout *layout;
  QuadrantParty *added;
  GtkWidget *entry = NULL;
  GtkWidget *focus;
  guint n = quadrant_register_get_n_parties (fixture->reg);
  gboolean destroyed = FALSE;

  g_assert_true (QUADRANT_IS_PRESENTATION_WINDOW (window));
  g_assert_true (quadrant_map_view_get_presentation_window (fixture->view) == window);
  presentation = QUADRANT_PRESENTATION_WINDOW (window);
  g_object_weak_ref (G_OBJECT (window), set_flag, &destroyed);
  spin ();

  /* The same register, live. */
  shown = quadrant_presentation_window_get_map_view (presentation);
  canvas = quadrant_map_view_get_canvas (shown);
  g_assert_true (quadrant_map_view_get_register (shown) == fixture->reg);
  g_assert_true (quadrant_map_canvas_get_presentation (canvas));

  /* Nothing confidential in any text of the window, nor on the map it draws. */
  g_assert_cmpuint (walk_for_secrets (GTK_WIDGET (window)), >, 2);
  layout = _quadrant_map_canvas_get_layout (canvas);
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, 2);
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    assert_no_secret (quadrant_map_layout_get_text (layout, i)->text, "the map's text");
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      const QuadrantMapMarker *marker = quadrant_map_layout_get_marker (layout, i);
      g_autofree char *tip = _quadrant_map_canvas_tooltip_text (canvas, marker->x, marker->y);
      g_autofree char *said = quadrant_map_canvas_describe_party (marker->party);

      assert_no_secret (quadrant_party_get_name (marker->party), "a marker");
      assert_no_secret (tip, "a marker's tooltip");
      assert_no_secret (said, "a marker's accessible name");
    }
  /* Large type: the presentation map is drawn at the presentation scale. */
  g_assert_cmpfloat (quadrant_map_layout_get_scale (layout), >,
                     quadrant_map_layout_get_scale (_quadrant_map_canvas_get_layout (fixture->canvas)));

  /* Quick add: Enter adds an unplaced party (to the tray) and keeps the entry. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (window)); w != NULL && entry == NULL;)
    {
      if (GTK_IS_ENTRY (w))
        entry = w;
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w) == GTK_WIDGET (window) ? NULL : gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Workshop Idea  ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n + 1);
  added = g_list_model_get_item (quadrant_register_get_parties (fixture->reg), n);
  g_assert_cmpstr (quadrant_party_get_name (added), ==, "Workshop Idea");
  g_assert_false (quadrant_party_is_placed (added));
  g_object_unref (added);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  focus = gtk_window_get_focus (window);
  g_assert_true (focus == entry || (focus != NULL && gtk_widget_is_ancestor (focus, entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Second Idea");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n + 2);
  spin ();
  g_assert_cmpuint (quadrant_map_tray_get_n_parties (quadrant_map_view_get_tray (shown)), ==, 3);
  g_assert_cmpuint (quadrant_map_tray_get_n_parties (quadrant_map_view_get_tray (fixture->view)), ==, 3);

  /* An edit in presentation is seen by the editing window's map. */
  quadrant_map_canvas_set_focus_party (canvas, fixture->high);
  _quadrant_map_canvas_key_pressed (canvas, GDK_KEY_Down, GDK_SHIFT_MASK);
  g_assert_cmpint (quadrant_party_get_power (fixture->high), ==, 70);
  {
    double x, y;
    const QuadrantMapMarker *marker;

    _quadrant_map_canvas_point_for_values (fixture->canvas, 70, 65, &x, &y);
    marker = quadrant_map_layout_hit_test (_quadrant_map_canvas_get_layout (fixture->canvas), x, y);
    g_assert_nonnull (marker);
    g_assert_true (marker->party == fixture->high);
  }
  walk_for_secrets (GTK_WIDGET (window));

  /* Undo works in presentation too: the move, then the second quick add. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.undo", NULL));
  g_assert_cmpint (quadrant_party_get_power (fixture->high), ==, 80);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.undo", NULL));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.redo", NULL));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, n + 2);

  /* Esc (the leave action) ends presentation. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.leave", NULL));
  spin ();
  g_assert_true (is_destroyed (&destroyed));
  g_assert_null (quadrant_map_view_get_presentation_window (fixture->view));
}

static void
test_presentation_follows_window (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWindow *window = quadrant_map_view_toggle_presentation (fixture->view);
  gboolean destroyed = FALSE;

  g_object_weak_ref (G_OBJECT (window), set_flag, &destroyed);
  spin ();
  /* F5 again toggles it off. */
  g_assert_null (quadrant_map_view_toggle_presentation (fixture->view));
  spin ();
  g_assert_true (destroyed);

  /* It ends with the editing window. */
  destroyed = FALSE;
  window = quadrant_map_view_toggle_presentation (fixture->view);
  g_object_weak_ref (G_OBJECT (window), set_flag, &destroyed);
  spin ();
  gtk_window_destroy (fixture->window);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  spin ();
  g_assert_true (destroyed);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("test-ui-map-XXXXXX", NULL);
  static const struct {
    const char *name;
    const char *written;
    const char *magic;
  } cases[] = {
    { "map.svg", "map.svg", "<" },
    { "map.PDF", "map.PDF", "%PDF" },
    { "map.png", "map.png", "\x89PNG" },
    { "plain", "plain.png", "\x89PNG" },
  };

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autofree char *expected = g_build_filename (dir, cases[i].written, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) written = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *written_path = NULL;
      gsize length;

      written = quadrant_map_view_export_to_file (fixture->view, file, &error);
      g_assert_no_error (error);
      g_assert_nonnull (written);
      written_path = g_file_get_path (written);
      g_assert_cmpstr (written_path, ==, expected);
      g_assert_true (g_file_get_contents (expected, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 100);
      g_assert_true (g_str_has_prefix (contents, cases[i].magic));
      if (g_str_has_suffix (cases[i].written, ".svg"))
        {
          /* The names are text, and nothing confidential is in the file. */
          g_assert_nonnull (strstr (contents, "Regulator"));
          assert_no_secret (contents, "the exported SVG");
        }
      g_remove (expected);
    }

  /* A folder that does not exist fails with a message, and writes nothing. */
  {
    g_autofree char *path = g_build_filename (dir, "missing", "map.png", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    g_assert_null (quadrant_map_view_export_to_file (fixture->view, file, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  g_rmdir (dir);
}

/* The real window: its Map page is the map of its document, and F5's action
 * presents it. */
static void
test_window (void)
{
  QuadrantWindow *window = quadrant_window_new (NULL);
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  QuadrantMapView *view;
  GtkWindow *presentation;

  quadrant_party_set_name (party, "Windowed");
  quadrant_party_set_power (party, 70);
  quadrant_party_set_interest (party, 30);
  quadrant_register_append_party_unrecorded (reg, party);
  {
    g_autoptr(QuadrantDocument) document = quadrant_document_new (reg, NULL, NULL);

    quadrant_window_set_document (window, document);
  }
  gtk_window_present (GTK_WINDOW (window));
  spin ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "map"));
  spin ();
  g_assert_true (QUADRANT_IS_MAP_VIEW (window->map_page));
  view = QUADRANT_MAP_VIEW (window->map_page);
  g_assert_true (adw_view_stack_get_visible_child (window->stack) == window->map_page);
  g_assert_true (quadrant_map_view_get_register (view) == reg);
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (_quadrant_map_canvas_get_layout (quadrant_map_view_get_canvas (view))),
                    ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  spin ();
  presentation = quadrant_map_view_get_presentation_window (view);
  g_assert_true (QUADRANT_IS_PRESENTATION_WINDOW (presentation));
  g_assert_true (quadrant_map_view_get_register (quadrant_presentation_window_get_map_view (QUADRANT_PRESENTATION_WINDOW (presentation))) == reg);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  spin ();
  g_assert_null (quadrant_map_view_get_presentation_window (view));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
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
  ADD ("zoom", test_zoom);
  ADD ("tooltip", test_tooltip);
  ADD ("presentation", test_presentation);
  ADD ("presentation/room-size", test_presentation_room_size);
  ADD ("presentation/toggle-and-close", test_presentation_follows_window);
  ADD ("export", test_export);
  g_test_add_func ("/map/window", test_window);

#undef ADD

  return g_test_run ();
}
