/* test-map-render-layer.c: the fast ways of drawing the map draw the same map
 *
 * A frame of the map may be drawn three ways: with cairo calls (on a
 * recording, as GTK draws), blended straight into an image's pixels, or
 * copied from the still part kept from the frames before (a drag, the
 * pointer moving). Each must give the same pixels as the plain drawing, to
 * rounding, also after the selected party moved and when anything else
 * changed in between (a kept image must never show a stale map).
 */
#define G_LOG_DOMAIN "test-map-render-layer"

#include "config.h"

#include <stdlib.h>

#include "bench/quadrant-generate.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"
#include "quadrant-map-render-private.h"

#define WIDTH  900
#define HEIGHT 600

static cairo_surface_t *
new_image (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
}

/* Straight into an image (the blended way, or the kept still part). */
static cairo_surface_t *
render_image (QuadrantMapLayout              *layout,
              QuadrantRegister               *reg,
              const QuadrantMapRenderOptions *options)
{
  cairo_surface_t *surface = new_image ();
  cairo_t *cr = cairo_create (surface);

  quadrant_map_render (cr, layout, reg, options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Recorded and played back as GTK does: every part drawn by cairo calls. */
static cairo_surface_t *
render_recorded (QuadrantMapLayout              *layout,
                 QuadrantRegister               *reg,
                 const QuadrantMapRenderOptions *options)
{
  cairo_surface_t *surface = new_image ();
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                               &(cairo_rectangle_t) { 0, 0, WIDTH, HEIGHT });
  QuadrantMapRenderOptions recorded = *options;
  cairo_t *cr = cairo_create (recording);

  recorded.pixel_scale = 1;
  quadrant_map_render (cr, layout, reg, &recorded);
  cairo_destroy (cr);
  cr = cairo_create (surface);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels that differ by more than rounding; the largest difference. */
static guint
count_different (cairo_surface_t *a,
                 cairo_surface_t *b,
                 guint           *largest)
{
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  *largest = 0;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH * 4; x++)
      {
        guint d = abs (pa[y * stride + x] - pb[y * stride + x]);

        *largest = MAX (*largest, d);
        n += d > 2;
      }
  return n;
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  guint largest;
  guint n = count_different (a, b, &largest);

  if (n > 0)
    g_test_message ("%u channels differ by more than 2, the largest by %u", n, largest);
  g_assert_cmpuint (n, ==, 0);
}

static QuadrantParty *
placed_party (QuadrantRegister *reg,
              guint             from)
{
  GListModel *parties = quadrant_register_get_parties (reg);

  for (guint i = from; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_is_placed (party))
        return party;   /* the register keeps it */
    }
  g_assert_not_reached ();
}

static void
test_ways_agree (gconstpointer data)
{
  guint n_parties = GPOINTER_TO_UINT (data);
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (n_parties, n_parties, 7);
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantParty *selected = placed_party (reg, n_parties / 2);
  QuadrantParty *other = placed_party (reg, n_parties / 3);
  QuadrantMapRenderOptions options = { .selected = selected, .hovered = placed_party (reg, 1) };
  QuadrantMapOptions map_options;
  cairo_surface_t *recorded, *direct, *kept, *dragged_kept, *dragged_direct, *changed;

  quadrant_map_options_init (&map_options);
  quadrant_map_layout_compute (layout, reg, WIDTH, HEIGHT, &map_options);
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), >, 0);

  /* cairo calls, then straight into the pixels, then the kept still part. */
  recorded = render_recorded (layout, reg, &options);
  _quadrant_map_render_layer_drop (layout);
  direct = render_image (layout, reg, &options);
  kept = render_image (layout, reg, &options);
  assert_same_pixels (recorded, direct);
  assert_same_pixels (direct, kept);

  /* A drag step: only the selected party moves; the kept part stays. */
  quadrant_party_set_power (selected, quadrant_party_get_power (selected) > 50 ? 60 : 40);
  quadrant_party_set_interest (selected, quadrant_party_get_interest (selected) > 50 ? 95 : 5);
  map_options.dragged = selected;
  quadrant_map_layout_compute (layout, reg, WIDTH, HEIGHT, &map_options);
  map_options.dragged = NULL;
  dragged_kept = render_image (layout, reg, &options);
  _quadrant_map_render_layer_drop (layout);
  dragged_direct = render_image (layout, reg, &options);
  assert_same_pixels (dragged_kept, dragged_direct);
  /* The selected party was drawn where it is now, not where it was. */
  {
    guint largest;

    g_assert_cmpuint (count_different (kept, dragged_kept, &largest), >, 0);
  }

  /* Another party changes between two frames: no stale image. */
  quadrant_map_layout_compute (layout, reg, WIDTH, HEIGHT, &map_options);
  cairo_surface_destroy (render_image (layout, reg, &options));
  cairo_surface_destroy (render_image (layout, reg, &options));   /* keeps the still part */
  quadrant_party_set_current_support (other,
                                      quadrant_party_get_current_support (other) == QUADRANT_SUPPORT_LEADING ?
                                      QUADRANT_SUPPORT_RESISTANT : QUADRANT_SUPPORT_LEADING);
  quadrant_map_layout_compute (layout, reg, WIDTH, HEIGHT, &map_options);
  changed = render_image (layout, reg, &options);
  _quadrant_map_render_layer_drop (layout);
  {
    cairo_surface_t *fresh = render_image (layout, reg, &options);

    assert_same_pixels (changed, fresh);
    cairo_surface_destroy (fresh);
  }

  cairo_surface_destroy (recorded);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (kept);
  cairo_surface_destroy (dragged_kept);
  cairo_surface_destroy (dragged_direct);
  cairo_surface_destroy (changed);
}

/* Drawing into part of a larger image, clipped and moved as a widget's
 * drawing is, changes no pixel outside the clip. */
static void
test_clip (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (200, 200, 3);
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  cairo_surface_t *surface = new_image ();
  const guint8 *data;
  int stride;
  cairo_t *cr;

  quadrant_map_layout_compute (layout, reg, WIDTH, HEIGHT, NULL);
  for (int frame = 0; frame < 2; frame++)   /* drawn, then copied from the kept part */
    {
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 0, 0);
      cairo_paint (cr);
      cairo_rectangle (cr, 100, 50, 400, 300);
      cairo_clip (cr);
      cairo_translate (cr, -20, -10);
      quadrant_map_render (cr, layout, reg, NULL);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < HEIGHT; y++)
        for (int x = 0; x < WIDTH; x++)
          {
            guint32 pixel = *(const guint32 *) (const void *) (data + y * stride + 4 * x);
            gboolean inside = x >= 100 && x < 500 && y >= 50 && y < 350;

            if (!inside)
              g_assert_cmphex (pixel, ==, 0xffff0000);
          }
    }
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/map/render-layer/ways-agree/60", GUINT_TO_POINTER (60), test_ways_agree);
  g_test_add_data_func ("/map/render-layer/ways-agree/400", GUINT_TO_POINTER (400), test_ways_agree);
  g_test_add_func ("/map/render-layer/clip", test_clip);

  return g_test_run ();
}
