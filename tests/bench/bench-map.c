/* bench-map.c: how long one frame of the stakeholder map takes
 *
 * A frame is what the map widget does per redraw: lay the map out for its
 * size and render it into a surface the size of a 1600x1000 window. Measured
 * for 1,000 and 2,000 parties, as a full frame (laid out from scratch, as
 * after a resize), a redraw where nothing changed (hover), and a drag frame
 * (one party moved since the last one), plus a PNG export.
 * The targets (issue 13): 2,000 parties a full frame within 8 ms and a drag
 * frame within 4 ms; 1,000 parties a full frame within 4 ms.
 *
 * Times are the thread's CPU time, not the wall clock: on a machine shared
 * with others' builds the wall clock mostly measures waiting for a core.
 * They are still noise there, so each figure is also given against
 * references measured in the same rounds: painting the same surface once
 * (what any frame costs at least) and laying out alone. The program reports;
 * it never fails on a missed target. --text-scale and --high-contrast time
 * the map as large text and high contrast draw it.
 */
#define G_LOG_DOMAIN "quadrant-bench"

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include <cairo.h>

#include "quadrant-generate.h"
#include "quadrant-map-export.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"

#define WIDTH           1600
#define HEIGHT          1000

static int      opt_frames = 60;
static gboolean opt_png;
static double   opt_text_scale;
static gboolean opt_high_contrast;

static const GOptionEntry entries[] = {
  { "frames", 'n', 0, G_OPTION_ARG_INT, &opt_frames, "Frames measured per figure; the median is reported (default 60)", "N" },
  { "png", 0, 0, G_OPTION_ARG_NONE, &opt_png, "Also write the 1,000-party frame to bench-map.png", NULL },
  { "text-scale", 0, 0, G_OPTION_ARG_DOUBLE, &opt_text_scale, "The desktop's text scale, as large text sets it (1.5)", "F" },
  { "high-contrast", 0, 0, G_OPTION_ARG_NONE, &opt_high_contrast, "Draw with the high-contrast palette", NULL },
  { NULL }
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static inline double
now_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

typedef struct {
  double clear;      /* painting the surface once: the floor of any frame */
  double layout;     /* laying out only, same register */
  double frame;      /* layout from scratch + render (a resize) */
  double redraw;     /* layout + render, nothing changed (hover) */
  double recorded;   /* the same, recorded and played back as GTK does */
  double drag;       /* layout + render, one party moved since the last frame */
  double drag_layout;
  double png;        /* quadrant_map_export_bytes (PNG, 1600x1000) */
  guint  n_overlapping, n_numbered;
} Figures;

static Figures
measure (guint n_parties)
{
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (n_parties, n_parties * 4, 42);
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  g_autoptr(GArray) clear = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_only = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redraw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) recorded = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drag = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drag_layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) png = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(QuadrantParty) dragged = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  QuadrantMapOptions options;
  QuadrantMapRenderOptions render = { 0 };
  GListModel *parties = quadrant_register_get_parties (reg);
  Figures figures = { 0 };
  int power, interest;

  quadrant_map_options_init (&options);
  options.text_scale = opt_text_scale;
  render.high_contrast = opt_high_contrast;
  /* The dragged party is the selected one, as in the widget. */
  for (guint i = g_list_model_get_n_items (parties) / 2; dragged == NULL; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_is_placed (party))
        dragged = g_steal_pointer (&party);
    }
  render.selected = dragged;
  power = quadrant_party_get_power (dragged);
  interest = quadrant_party_get_interest (dragged);

  /* Warm-up: the first frame shapes every name once. */
  quadrant_map_layout_compute (layout, reg, WIDTH, HEIGHT, &options);
  quadrant_map_render (cr, layout, reg, &render);

  /* Rounds in which every kind of frame runs back to back, so the machine's
   * other work slows them all alike. */
  for (int f = 0; f < opt_frames; f++)
    {
      double start;

      start = now_ms ();
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_surface_flush (surface);
      start = now_ms () - start;
      g_array_append_val (clear, start);

      /* Laid out from scratch: a width no frame before had (a resize), so
       * nothing of the last layout can be kept but the shaped names. */
      start = now_ms ();
      quadrant_map_layout_compute (layout, reg, WIDTH - 2 - (f % 2), HEIGHT, &options);
      start = now_ms () - start;
      g_array_append_val (layout_only, start);

      start = now_ms ();
      quadrant_map_layout_compute (layout, reg, WIDTH - ((f + 1) % 2), HEIGHT, &options);
      quadrant_map_render (cr, layout, reg, &render);
      cairo_surface_flush (surface);
      start = now_ms () - start;
      g_array_append_val (frame, start);

      /* Nothing changed since the full frame (the pointer moved over the
       * map): drawn again. */
      start = now_ms ();
      quadrant_map_layout_compute (layout, reg, WIDTH - ((f + 1) % 2), HEIGHT, &options);
      quadrant_map_render (cr, layout, reg, &render);
      cairo_surface_flush (surface);
      start = now_ms () - start;
      g_array_append_val (redraw, start);

      /* The same redraw as GTK 4.8 does it: the drawing is recorded into a
       * cairo node and played back onto the window's pixels later. */
      {
        cairo_surface_t *recording;
        cairo_t *record_cr;

        start = now_ms ();
        quadrant_map_layout_compute (layout, reg, WIDTH - ((f + 1) % 2), HEIGHT, &options);
        recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                    &(cairo_rectangle_t) { 0, 0, WIDTH, HEIGHT });
        record_cr = cairo_create (recording);
        render.pixel_scale = 1;
        quadrant_map_render (record_cr, layout, reg, &render);
        render.pixel_scale = 0;
        cairo_destroy (record_cr);
        cairo_set_source_surface (cr, recording, 0, 0);
        cairo_paint (cr);
        cairo_surface_flush (surface);
        cairo_surface_destroy (recording);
        start = now_ms () - start;
        g_array_append_val (recorded, start);
      }

      /* A drag step: the party moves a little, as under the pointer. */
      quadrant_party_set_power (dragged, CLAMP (power + (f % 20) - 10, 0, 100));
      quadrant_party_set_interest (dragged, CLAMP (interest + (f % 14) - 7, 0, 100));
      /* As the widget does while dragging: only that party's label moves. */
      options.dragged = dragged;
      start = now_ms ();
      quadrant_map_layout_compute (layout, reg, WIDTH - ((f + 1) % 2), HEIGHT, &options);
      options.dragged = NULL;
      {
        double layout_end = now_ms ();
        double d = layout_end - start;

        g_array_append_val (drag_layout, d);
      }
      quadrant_map_render (cr, layout, reg, &render);
      cairo_surface_flush (surface);
      start = now_ms () - start;
      g_array_append_val (drag, start);
    }

  for (int f = 0; f < MAX (3, opt_frames / 10); f++)
    {
      g_autoptr(GBytes) bytes = NULL;
      double start = now_ms ();

      bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_PNG, NULL, NULL);
      start = now_ms () - start;
      g_assert (bytes != NULL);
      g_array_append_val (png, start);
    }

  if (opt_png && n_parties == 1000)
    cairo_surface_write_to_png (surface, "bench-map.png");

  figures.clear = median (clear);
  figures.layout = median (layout_only);
  figures.frame = median (frame);
  figures.redraw = median (redraw);
  figures.recorded = median (recorded);
  figures.drag = median (drag);
  figures.drag_layout = median (drag_layout);
  figures.png = median (png);
  figures.n_overlapping = quadrant_map_layout_get_n_overlapping (layout);
  figures.n_numbered = quadrant_map_layout_get_n_numbered (layout);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return figures;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time a frame of the stakeholder map");
  g_autoptr(GError) error = NULL;
  /* Parties, and the targets for a full frame and a drag frame in ms. */
  static const struct {
    guint  n_parties;
    double full_target, drag_target;
  } sizes[] = { { 1000, 4.0, 4.0 }, { 2000, 8.0, 4.0 } };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-map: %s\n", error->message);
      return 2;
    }
  opt_frames = MAX (opt_frames, 3);

  g_print ("Stakeholder map, %dx%d, medians of %d frames after one warm-up frame.\n"
           "Thread CPU time. A frame = layout + render into an image surface. Full frame: laid out from scratch\n"
           "(a resize; shaped names are kept); drag frame: one party moved since the last frame.\n",
           WIDTH, HEIGHT, opt_frames);
  if (opt_text_scale > 0 || opt_high_contrast)
    g_print ("Text scale %.2f%s.\n", opt_text_scale > 0 ? opt_text_scale : 1.0,
             opt_high_contrast ? ", high contrast" : "");
  g_print ("\n");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Figures f = measure (sizes[i].n_parties);
      double full = sizes[i].full_target, drag = sizes[i].drag_target;

      g_print ("%u parties (%u names in the numbered key, %u without any place, not drawn):\n",
               sizes[i].n_parties, f.n_numbered, f.n_overlapping);
      g_print ("  clear the surface (reference)  %7.2f ms\n", f.clear);
      g_print ("  layout from scratch (reference)%7.2f ms\n", f.layout);
      g_print ("  full frame (resize)            %7.2f ms   %5.2f x target (%.0f ms)   %5.1f x clear   %4.1f x layout\n",
               f.frame, f.frame / full, full, f.frame / f.clear, f.frame / f.layout);
      g_print ("  redraw, nothing changed        %7.2f ms   %5.2f x target (%.0f ms)   %5.1f x clear\n",
               f.redraw, f.redraw / full, full, f.redraw / f.clear);
      g_print ("  redraw recorded, as GTK does   %7.2f ms   %5.2f x target (%.0f ms)   %5.1f x clear\n",
               f.recorded, f.recorded / full, full, f.recorded / f.clear);
      g_print ("  drag frame                     %7.2f ms   %5.2f x target (%.0f ms)   %5.1f x clear   (layout %.2f ms)\n",
               f.drag, f.drag / drag, drag, f.drag / f.clear, f.drag_layout);
      g_print ("  PNG export                     %7.2f ms   %5.1f x a frame\n\n", f.png, f.png / f.frame);
    }

  return 0;
}
