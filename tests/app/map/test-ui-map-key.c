/* test-ui-map-key.c: on the projector every party is named
 *
 * The presentation window at 1920×1080 and 1280×720 with generated registers
 * of 20, 60, 90 and 200 parties: over the pages of its numbered key (turned as
 * the facilitator turns them, with the window's action), every party on the
 * map is named, by its label on the map or in the key, as the canvas's own
 * layout (the one it draws) says; the key's type stays at least
 * QUADRANT_MAP_KEY_MIN_SHARE of the names' size, which is 36 px at 1080
 * lines; selecting a party shows the page that names it; and the button
 * that turns the pages shows only when there is more than one.
 */
#define G_LOG_DOMAIN "test-ui-map-key"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bench/quadrant-generate.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-test-ui.h"

typedef struct {
  GtkWidget *widget;
  int        width, height;
} Size;

static gboolean
has_size (gpointer data)
{
  Size *size = data;

  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (size->widget));

  return surface != NULL && gdk_surface_get_width (surface) == size->width &&
         gdk_surface_get_height (surface) == size->height;
}

/* The parties the layout names on the map (their own label) or in the key
 * (an entry of this page), added to named. */
static void
collect_named (QuadrantMapLayout *layout,
               GHashTable        *named,
               guint              page,
               double             min_size)
{
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      if (m->key_number == 0 && !m->label_overlaps)
        g_hash_table_add (named, m->party);
    }
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    {
      const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);
      const QuadrantMapMarker *m;

      if (text->role != QUADRANT_MAP_TEXT_KEY && text->role != QUADRANT_MAP_TEXT_KEY_HEADING &&
          text->role != QUADRANT_MAP_TEXT_NOTE)
        continue;
      g_assert_cmpfloat (text->size, >=, min_size);
      if (text->role != QUADRANT_MAP_TEXT_KEY)
        continue;
      m = quadrant_map_layout_find_marker (layout, text->party);
      g_assert_nonnull (m);
      g_assert_nonnull (strstr (text->text, quadrant_party_get_name (text->party)));
      /* A number on the map, or no room there even for one. */
      g_assert_true (m->key_number > 0 || m->label_overlaps);
      g_assert_cmpint (quadrant_map_layout_find_key_page (layout, text->party), ==, page);
      g_hash_table_add (named, text->party);
    }
}

/* The bar's button that turns the key's pages. */
static GtkWidget *
find_key_page_button (GtkWidget *root)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), "presentation.key-page") == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_key_page_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Returns the number of key pages. */
static guint
check_register (guint  n_parties,
                int    width,
                int    height)
{
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (n_parties, 3 * n_parties, 7);
  GtkWindow *source = GTK_WINDOW (gtk_window_new ());
  QuadrantMapView *view = QUADRANT_MAP_VIEW (quadrant_map_view_new ());
  QuadrantPresentationWindow *presentation;
  QuadrantMapCanvas *canvas;
  QuadrantMapLayout *layout;
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
  GListModel *parties = quadrant_register_get_parties (reg);
  Size size;
  guint n_pages, n_on_map = 0;
  double min_size;
  int lines;

  {
    GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
    g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
    GdkRectangle geometry;

    gdk_monitor_get_geometry (monitor, &geometry);
    if (geometry.width < width || geometry.height < height)
      {
        g_autofree char *why = g_strdup_printf ("needs a screen of %d×%d at least (tests/meson.build "
                                                "gives it one with xvfb-run)", width, height);

        g_test_skip (why);
        gtk_window_destroy (source);
        return 0;
      }
  }
  gtk_window_set_child (source, GTK_WIDGET (view));
  quadrant_map_view_set_register (view, reg);
  gtk_window_present (source);

  presentation = quadrant_presentation_window_new (view);
  gtk_window_set_default_size (GTK_WINDOW (presentation), width, height);
  quadrant_presentation_window_show_on (presentation, NULL);
  size = (Size) { GTK_WIDGET (presentation), width, height };
  quadrant_test_spin_until (has_size, &size);
  quadrant_test_wait_frames (2);

  canvas = quadrant_map_view_get_canvas (quadrant_presentation_window_get_map_view (presentation));
  layout = _quadrant_map_canvas_get_layout (canvas);
  _quadrant_map_canvas_ensure_layout (canvas);
  /* Names 36 px high at 1080 lines of the window (without a window
   * manager, the window keeps a few pixels of its surface for its frame),
   * the key at least half that. */
  lines = gtk_widget_get_height (GTK_WIDGET (presentation));
  g_assert_cmpint (lines, >, height - 16);
  g_assert_cmpfloat (quadrant_map_layout_get_label_size (layout), >=, 36.0 * lines / 1080 - 1e-9);
  min_size = QUADRANT_MAP_KEY_MIN_SHARE * quadrant_map_layout_get_label_size (layout) - 1e-9;
  g_assert_cmpfloat (min_size, >=, 18.0 * lines / 1080 - 1e-6);

  /* Every placed, relevant party is on the map (the others are in the tray). */
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_is_placed (party) &&
          quadrant_party_get_relevance (party) != QUADRANT_RELEVANCE_NOT_RELEVANT)
        {
          g_assert_nonnull (quadrant_map_layout_find_marker (layout, party));
          n_on_map++;
        }
    }
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, n_on_map);

  /* Page Down, page by page, as the facilitator does; the last page is
   * followed by the first again. */
  n_pages = quadrant_map_canvas_get_n_key_pages (canvas);
  g_assert_cmpuint (quadrant_map_canvas_get_key_page (canvas), ==, 0);
  for (guint page = 0; page < n_pages; page++)
    {
      quadrant_test_wait_frames (1);
      g_assert_cmpuint (quadrant_map_canvas_get_key_page (canvas), ==, page);
      collect_named (layout, named, page, min_size);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.key-page", "i", 1));
    }
  g_assert_cmpuint (quadrant_map_canvas_get_key_page (canvas), ==, 0);
  g_test_message ("%u parties at %d×%d: %u on the map, %u named, %u key pages, %u numbered, "
                  "%u without room for a number, key type %.1f px", n_parties, width, height, n_on_map,
                  g_hash_table_size (named), n_pages, quadrant_map_layout_get_n_numbered (layout),
                  quadrant_map_layout_get_n_overlapping (layout), min_size);
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      QuadrantParty *party = quadrant_map_layout_get_marker (layout, i)->party;

      if (!g_hash_table_contains (named, party))
        g_error ("%u parties at %d×%d: “%s” is named neither on the map nor on any page of the key",
                 n_parties, width, height, quadrant_party_get_name (party));
    }
  /* A key that needs pages at these sizes: the pages are really used. */
  if (n_parties >= 200)
    g_assert_cmpuint (n_pages, >, 1);
  /* The button to turn them is there only when there are pages to turn. */
  {
    GtkWidget *button = find_key_page_button (GTK_WIDGET (presentation));

    g_assert_nonnull (button);
    g_assert_cmpint (gtk_widget_get_visible (button), ==, n_pages > 1);
  }

  /* Page Up from the first page: the last one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.key-page", "i", -1));
  g_assert_cmpuint (quadrant_map_canvas_get_key_page (canvas), ==, n_pages - 1);

  /* Selecting a party named in the key shows its page. */
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      QuadrantParty *party = quadrant_map_layout_get_marker (layout, i)->party;
      int page = quadrant_map_layout_find_key_page (layout, party);

      if (page < 0 || (guint) page == quadrant_map_canvas_get_key_page (canvas))
        continue;
      g_object_set (view, "selected-party", party, NULL);
      quadrant_test_wait_frames (1);
      g_assert_cmpuint (quadrant_map_canvas_get_key_page (canvas), ==, (guint) page);
      break;
    }

  gtk_window_destroy (GTK_WINDOW (presentation));
  gtk_window_destroy (source);
  quadrant_test_spin_pending ();
  return n_pages;
}

static void
test_key_names_everyone (gconstpointer data)
{
  static const guint sizes[] = { 20, 60, 90, 200 };
  const int *screen = data;
  guint n_pages[G_N_ELEMENTS (sizes)];

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    n_pages[s] = check_register (sizes[s], screen[0], screen[1]);
  /* Both cases of the page button were seen: a key on one page, and pages. */
  if (n_pages[0] != 0) /* 0: skipped, the screen is too small */
    {
      g_assert_cmpuint (n_pages[0], ==, 1);
      g_assert_cmpuint (n_pages[G_N_ELEMENTS (sizes) - 1], >, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const int full_hd[] = { 1920, 1080 };
  static const int hd[] = { 1280, 720 };

  quadrant_test_ui_init (&argc, &argv);

  g_test_add_data_func ("/map/key/1920x1080", full_hd, test_key_names_everyone);
  g_test_add_data_func ("/map/key/1280x720", hd, test_key_names_everyone);

  return g_test_run ();
}
