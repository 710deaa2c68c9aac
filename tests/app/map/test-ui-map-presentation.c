/* test-ui-map-presentation.c: the map's zoom, tooltips, presentation mode,
 * export and its window
 *
 * Real widgets in real windows under Xvfb. Interactions go through the handlers
 * that the canvas's gestures, key controller and drop target call (see
 * quadrant-map-canvas-private.h), with positions taken from the same layout
 * the canvas draws, and every result is checked on the model.
 */
#define G_LOG_DOMAIN "test-ui-map-presentation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "quadrant-language.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-test-data.h"
#include "quadrant-resources.h"
#include "quadrant-window-private.h"
#include "quadrant-test-ui.h"
#include "map-checks.h"

/* ---- Tests ---- */

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

static gboolean
is_destroyed (gpointer data)
{
  return *(gboolean *) data;
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

  /* The desktop's large text on top of the room's size (by less where the
   * test's screen, smaller than a projector's, has no room for all of it). */
  assert_follows_text_scale (canvas, fixture->high, FALSE);

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
          /* The desktop's large text is not the file's: the same bytes at
           * 144 dpi. */
          {
            GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (fixture->canvas));
            g_autofree char *large = NULL;
            gsize large_length;
            int dpi = 0;

            g_remove (expected);
            g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
            g_object_set (settings, "gtk-xft-dpi", 144 * 1024, NULL);
            spin ();
            g_clear_object (&written);
            written = quadrant_map_view_export_to_file (fixture->view, file, &error);
            g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
            g_assert_no_error (error);
            g_assert_true (g_file_get_contents (expected, &large, &large_length, NULL));
            g_assert_cmpuint (large_length, ==, length);
            g_assert_true (memcmp (large, contents, length) == 0);
          }
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

/* On a 1280×720 projector, in German and in French (whose labels are the
 * longest), every control of the presentation's bar is on screen and the
 * quick-add entry shows its placeholder whole. */
static void
test_presentation_bar_fits (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *languages[] = { "de", "fr" };
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Northwind Health Systems Ltd");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(QuadrantLanguageSwitch) language = quadrant_language_push (languages[i]);
      QuadrantPresentationWindow *presentation = quadrant_presentation_window_new (fixture->view);
      GtkWindow *window = GTK_WINDOW (presentation);
      GtkWidget *entry, *bar;
      g_autoptr(PangoLayout) placeholder = NULL;
      int placeholder_width, n_controls = 0;

      g_assert_cmpstr (quadrant_language_current (), ==, languages[i]);
      gtk_window_set_default_size (window, 1280, 720);
      gtk_window_present (window);
      while (!window_has_size (GTK_WIDGET (window), 0, 0))
        g_main_context_iteration (NULL, TRUE);
      spin ();
      /* Without a window manager the window keeps a few pixels for its frame. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 1260);

      entry = quadrant_test_find_widget (GTK_WIDGET (window), GTK_TYPE_ENTRY);
      g_assert_nonnull (entry);
      bar = gtk_widget_get_parent (entry);
      for (GtkWidget *child = gtk_widget_get_first_child (bar); child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          graphene_rect_t bounds;

          if (!gtk_widget_get_visible (child))
            continue;
          g_assert_true (gtk_widget_compute_bounds (child, bar, &bounds));
          g_test_message ("%s: %s %.0f–%.0f of %d", languages[i], G_OBJECT_TYPE_NAME (child),
                          bounds.origin.x, bounds.origin.x + bounds.size.width, gtk_widget_get_width (bar));
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (bar));
          n_controls++;
        }
      g_assert_cmpint (n_controls, >=, 10);

      /* The placeholder in the entry's own font, beside its icon. */
      placeholder = gtk_widget_create_pango_layout (entry, gtk_entry_get_placeholder_text (GTK_ENTRY (entry)));
      pango_layout_get_pixel_size (placeholder, &placeholder_width, NULL);
      g_test_message ("%s: placeholder %d px in an entry of %d px", languages[i], placeholder_width,
                      gtk_widget_get_width (entry));
      g_assert_cmpint (gtk_widget_get_width (entry), >=, placeholder_width + 32);

      gtk_window_destroy (window);
      spin ();
    }

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  setlocale (LC_ALL, old_locale);
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

  ADD ("zoom", test_zoom);
  ADD ("tooltip", test_tooltip);
  ADD ("presentation", test_presentation);
  ADD ("presentation/room-size", test_presentation_room_size);
  ADD ("presentation/toggle-and-close", test_presentation_follows_window);
  ADD ("presentation/bar-fits", test_presentation_bar_fits);
  ADD ("export", test_export);
  g_test_add_func ("/map/window", test_window);

#undef ADD

  return g_test_run ();
}
