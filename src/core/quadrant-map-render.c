/* quadrant-map-render.c: draws a computed map layout with cairo and pango
 *
 * Drawing order: quadrants and grid, fixed text, legend, movement arrows,
 * leader lines, names, markers, then the hovered, selected and focused party
 * on top. Names come first so that no marker is ever hidden by a name that
 * had to be placed over others on a crowded map.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "quadrant-map-render.h"

typedef struct {
  double r, g, b;
} Rgb;

typedef struct {
  Rgb    background;
  Rgb    quadrant[5];      /* by QuadrantQuadrant */
  Rgb    border;
  Rgb    midline;
  Rgb    text;
  Rgb    muted;
  Rgb    legend_background;
  Rgb    focus;
  double halo_alpha;
  double line_scale;
} Palette;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

static const Palette light_palette = {
  .background = RGB (0xffffff),
  .quadrant = { RGB (0xffffff), RGB (0xe6eef7), RGB (0xf2f0e8), RGB (0xeaf3ee), RGB (0xf5f5f5) },
  .border = RGB (0xa0a0a0),
  .midline = RGB (0x707070),
  .text = RGB (0x1c1c1c),
  .muted = RGB (0x6a6a6a),
  .legend_background = RGB (0xfafafa),
  .focus = RGB (0x1c71d8),
  .halo_alpha = 0.85,
  .line_scale = 1.0,
};

static const Palette dark_palette = {
  .background = RGB (0x1e1e1e),
  .quadrant = { RGB (0x1e1e1e), RGB (0x22303e), RGB (0x2c2a22), RGB (0x223029), RGB (0x272727) },
  .border = RGB (0x6a6a6a),
  .midline = RGB (0xa0a0a0),
  .text = RGB (0xeeeeee),
  .muted = RGB (0xa8a8a8),
  .legend_background = RGB (0x262626),
  .focus = RGB (0x78aeed),
  .halo_alpha = 0.85,
  .line_scale = 1.0,
};

/* Projectors wash colours out: stronger tints, black lines, solid halos. */
static const Palette light_presentation_palette = {
  .background = RGB (0xffffff),
  .quadrant = { RGB (0xffffff), RGB (0xd5e3f2), RGB (0xebe6d3), RGB (0xd9ebe0), RGB (0xededed) },
  .border = RGB (0x000000),
  .midline = RGB (0x000000),
  .text = RGB (0x000000),
  .muted = RGB (0x333333),
  .legend_background = RGB (0xffffff),
  .focus = RGB (0x1a5fb4),
  .halo_alpha = 0.9,
  .line_scale = 1.6,
};

static const Palette dark_presentation_palette = {
  .background = RGB (0x000000),
  .quadrant = { RGB (0x000000), RGB (0x17304a), RGB (0x332f1c), RGB (0x163324), RGB (0x1c1c1c) },
  .border = RGB (0xffffff),
  .midline = RGB (0xffffff),
  .text = RGB (0xffffff),
  .muted = RGB (0xd0d0d0),
  .legend_background = RGB (0x000000),
  .focus = RGB (0x99c1f1),
  .halo_alpha = 0.9,
  .line_scale = 1.6,
};

/* Okabe-Ito colours, readable by colour-blind viewers; the shapes carry the
 * same meaning for grey-scale prints. Dark variants are lighter. */
static const Rgb support_light[] = {
  RGB (0x8c8c8c),   /* unaware: grey outline with "?" */
  RGB (0xd55e00),   /* resistant: vermillion */
  RGB (0x6e6e6e),   /* neutral: grey */
  RGB (0x009e73),   /* supportive: bluish green */
  RGB (0x0072b2),   /* leading: blue */
};

static const Rgb support_dark[] = {
  RGB (0xb0b0b0),
  RGB (0xf0803c),
  RGB (0xb8b8b8),
  RGB (0x2cc79b),
  RGB (0x56b4e9),
};

typedef struct _Stamp Stamp;

typedef struct {
  const Palette *palette;
  gboolean       dark;
  double         scale;
  PangoLayout   *question;   /* the "?" of unaware markers, made on first use */
  double         question_size;
  gboolean       stamps;     /* copy markers from images (see find_stamp()) */
  double         device_scale;
  Stamp         *local[16];  /* the stamps this frame used so far */
  guint          n_local;
} RenderState;

static inline void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static inline void
set_rgba (cairo_t   *cr,
          const Rgb *c,
          double     alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

static const Palette *
palette_for (const QuadrantMapRenderOptions *options)
{
  if (options == NULL)
    return &light_palette;
  if (options->presentation)
    return options->dark ? &dark_presentation_palette : &light_presentation_palette;
  return options->dark ? &dark_palette : &light_palette;
}

static Rgb
support_rgb (QuadrantSupport support,
             gboolean        dark)
{
  guint i = (guint) support < G_N_ELEMENTS (support_light) ? (guint) support : QUADRANT_SUPPORT_NEUTRAL;

  return dark ? support_dark[i] : support_light[i];
}

void
quadrant_map_render_marker_path (cairo_t             *cr,
                                 QuadrantMarkerShape  shape,
                                 double               x,
                                 double               y,
                                 double               r)
{
  switch (shape)
    {
    case QUADRANT_MARKER_TRIANGLE_DOWN:
      cairo_move_to (cr, x - r, y - 0.72 * r);
      cairo_line_to (cr, x + r, y - 0.72 * r);
      cairo_line_to (cr, x, y + r);
      cairo_close_path (cr);
      break;

    case QUADRANT_MARKER_SQUARE:
      cairo_rectangle (cr, x - 0.8 * r, y - 0.8 * r, 1.6 * r, 1.6 * r);
      break;

    case QUADRANT_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;

    case QUADRANT_MARKER_STAR:
      /* Five points; the inner radius keeps it bold enough to see small. */
      for (int i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2 + i * G_PI / 5;
          double d = (i % 2 == 0) ? r : 0.5 * r;

          if (i == 0)
            cairo_move_to (cr, x + d * cos (angle), y + d * sin (angle) + 0.1 * r);
          else
            cairo_line_to (cr, x + d * cos (angle), y + d * sin (angle) + 0.1 * r);
        }
      cairo_close_path (cr);
      break;

    case QUADRANT_MARKER_QUESTION:
    case QUADRANT_MARKER_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static void
draw_question (cairo_t     *cr,
               RenderState *state,
               const Rgb   *color,
               double       x,
               double       y,
               double       r)
{
  PangoRectangle ink;
  double size = MAX (1.0, 1.5 * r);

  if (state->question == NULL || state->question_size != size)
    {
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold");

      g_clear_object (&state->question);
      state->question = pango_cairo_create_layout (cr);
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (state->question, font);
      pango_layout_set_text (state->question, "?", -1);
      state->question_size = size;
    }

  pango_layout_get_extents (state->question, &ink, NULL);
  set_rgb (cr, color);
  cairo_move_to (cr, x - (ink.x + ink.width / 2.0) / PANGO_SCALE,
                 y - (ink.y + ink.height / 2.0) / PANGO_SCALE);
  pango_cairo_show_layout (cr, state->question);
}

static void
draw_marker_path (cairo_t         *cr,
                  RenderState     *state,
                  QuadrantSupport  support,
                  double           x,
                  double           y,
                  double           r,
                  double           alpha)
{
  QuadrantMarkerShape shape = quadrant_map_layout_marker_shape (support);
  Rgb color = support_rgb (support, state->dark);
  const Rgb *bg = &state->palette->background;
  double line = MAX (1.0, state->scale) * state->palette->line_scale;

  quadrant_map_render_marker_path (cr, shape, x, y, r);
  if (shape == QUADRANT_MARKER_QUESTION)
    {
      /* An empty ring: not yet aware of the ISMS at all. */
      set_rgba (cr, bg, alpha);
      cairo_fill_preserve (cr);
      set_rgba (cr, &color, alpha);
      cairo_set_line_width (cr, 1.4 * line);
      cairo_stroke (cr);
      if (alpha >= 1.0 && r >= 4)
        draw_question (cr, state, &color, x, y, r);
      return;
    }

  set_rgba (cr, &color, alpha);
  cairo_fill_preserve (cr);
  /* A thin edge in the background colour keeps touching markers apart. */
  set_rgba (cr, bg, alpha * 0.9);
  cairo_set_line_width (cr, 0.8 * line);
  cairo_stroke (cr);
}

/* ---- Marker stamps ----
 *
 * Filling a small anti-aliased path costs several microseconds; copying a
 * ready image of it costs one. On image surfaces (the screen, PNG) each kind
 * of marker is drawn once into a stamp and then copied, to a whole device
 * pixel; vector surfaces (PDF) get real paths. Stamps outlive a frame. */

struct _Stamp {
  QuadrantSupport  support;
  double           radius, alpha, device_scale;
  const Palette   *palette;
  cairo_surface_t *surface;
  double           half;      /* user units from the stamp's corner to its centre */
};

#define MAX_STAMPS 256

G_LOCK_DEFINE_STATIC (stamps);
static GPtrArray *stamps;     /* Stamp, most recently made last */

static void
stamp_free (gpointer data)
{
  Stamp *stamp = data;

  cairo_surface_destroy (stamp->surface);
  g_free (stamp);
}

static Stamp *
find_stamp (cairo_t         *cr,
            RenderState     *state,
            QuadrantSupport  support,
            double           r,
            double           alpha,
            double           device_scale)
{
  Stamp *stamp = NULL;
  cairo_t *stamp_cr;
  double line = MAX (1.0, state->scale) * state->palette->line_scale;
  int pixels;

  /* The few kinds of a frame are looked up here first, without the lock. */
  for (guint i = 0; i < state->n_local; i++)
    {
      Stamp *s = state->local[i];

      if (s->support == support && s->radius == r && s->alpha == alpha)
        return s;
    }

  G_LOCK (stamps);
  if (stamps == NULL)
    stamps = g_ptr_array_new_with_free_func (stamp_free);
  for (guint i = stamps->len; i-- > 0 && stamp == NULL;)
    {
      Stamp *s = g_ptr_array_index (stamps, i);

      if (s->support == support && s->radius == r && s->alpha == alpha &&
          s->palette == state->palette && s->device_scale == device_scale)
        stamp = s;
    }
  if (stamp == NULL)
    {
      if (stamps->len >= MAX_STAMPS)
        g_ptr_array_remove_range (stamps, 0, stamps->len / 2);

      stamp = g_new0 (Stamp, 1);
      stamp->support = support;
      stamp->radius = r;
      stamp->alpha = alpha;
      stamp->palette = state->palette;
      stamp->device_scale = device_scale;
      pixels = (int) ceil ((2 * (r + 2 * line) + 2) * device_scale);
      stamp->surface = cairo_surface_create_similar_image (cairo_get_target (cr), CAIRO_FORMAT_ARGB32,
                                                           pixels, pixels);
      cairo_surface_set_device_scale (stamp->surface, device_scale, device_scale);
      stamp->half = pixels / device_scale / 2;
      stamp_cr = cairo_create (stamp->surface);
      draw_marker_path (stamp_cr, state, support, stamp->half, stamp->half, r, alpha);
      cairo_destroy (stamp_cr);
      g_ptr_array_add (stamps, stamp);
    }
  G_UNLOCK (stamps);

  if (state->n_local < G_N_ELEMENTS (state->local))
    state->local[state->n_local++] = stamp;
  return stamp;
}

/* Names the same way: shaping and rasterising a name costs more than all
 * its marker, so each name is kept as a mask, looked up by its PangoLayout
 * (the layout keeps those across frames). */

typedef struct {
  PangoLayout     *layout;    /* a reference, so its address is not reused */
  double           device_scale;
  cairo_surface_t *mask;
  double           x, y;      /* the mask's corner, from the layout's origin */
  double           width, height;
} TextStamp;

#define MAX_TEXT_STAMPS 2048

static GHashTable *text_stamps;   /* PangoLayout → TextStamp */

static void
text_stamp_free (gpointer data)
{
  TextStamp *stamp = data;

  cairo_surface_destroy (stamp->mask);
  g_object_unref (stamp->layout);
  g_free (stamp);
}

static TextStamp *
find_text_stamp (cairo_t     *cr,
                 PangoLayout *layout,
                 double       device_scale)
{
  TextStamp *stamp;
  PangoRectangle ink;
  cairo_t *mask_cr;
  int width, height;

  G_LOCK (stamps);
  if (text_stamps == NULL)
    text_stamps = g_hash_table_new_full (NULL, NULL, NULL, text_stamp_free);
  stamp = g_hash_table_lookup (text_stamps, layout);
  if (stamp != NULL && stamp->device_scale == device_scale)
    {
      G_UNLOCK (stamps);
      return stamp;
    }
  if (g_hash_table_size (text_stamps) >= MAX_TEXT_STAMPS)
    g_hash_table_remove_all (text_stamps);

  pango_layout_get_extents (layout, &ink, NULL);
  stamp = g_new0 (TextStamp, 1);
  stamp->layout = g_object_ref (layout);
  stamp->device_scale = device_scale;
  stamp->x = floor ((double) ink.x / PANGO_SCALE) - 1;
  stamp->y = floor ((double) ink.y / PANGO_SCALE) - 1;
  stamp->width = ceil ((double) (ink.x + ink.width) / PANGO_SCALE) + 1 - stamp->x;
  stamp->height = ceil ((double) (ink.y + ink.height) / PANGO_SCALE) + 1 - stamp->y;
  width = MAX (1, (int) ceil (stamp->width * device_scale));
  height = MAX (1, (int) ceil (stamp->height * device_scale));
  stamp->mask = cairo_surface_create_similar_image (cairo_get_target (cr), CAIRO_FORMAT_A8,
                                                    width, height);
  cairo_surface_set_device_scale (stamp->mask, device_scale, device_scale);
  mask_cr = cairo_create (stamp->mask);
  cairo_move_to (mask_cr, -stamp->x, -stamp->y);
  pango_cairo_show_layout (mask_cr, layout);
  cairo_destroy (mask_cr);
  g_hash_table_replace (text_stamps, layout, stamp);
  G_UNLOCK (stamps);

  return stamp;
}

/* Whether cr draws to pixels, or to a recording of them, without scaling or
 * turning (stamps would blur). */
static gboolean
can_stamp (cairo_t *cr,
           double   pixel_scale,
           double  *device_scale)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t matrix;
  double sx, sy;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xx != 1 || matrix.yy != 1 || matrix.xy != 0 || matrix.yx != 0)
    return FALSE;

  /* GTK records a widget's cairo drawing and plays it back later on pixels
   * it alone knows: stamps at the scale the caller gave (its scale factor),
   * else at twice the size, sharp on HiDPI and as good at 1×. */
  if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_RECORDING)
    {
      *device_scale = pixel_scale > 0 ? pixel_scale : 2.0;
      return TRUE;
    }
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (sx != sy)
    return FALSE;
  *device_scale = sx;
  return TRUE;
}

static void
draw_marker (cairo_t         *cr,
             RenderState     *state,
             QuadrantSupport  support,
             double           x,
             double           y,
             double           r,
             double           alpha)
{
  Stamp *stamp;
  cairo_matrix_t matrix;
  double left, top;

  if (!state->stamps)
    {
      draw_marker_path (cr, state, support, x, y, r, alpha);
      return;
    }

  stamp = find_stamp (cr, state, support, r, alpha, state->device_scale);
  /* To a whole device pixel, so the copy stays sharp. */
  cairo_get_matrix (cr, &matrix);
  left = round ((x - stamp->half + matrix.x0) * state->device_scale) / state->device_scale - matrix.x0;
  top = round ((y - stamp->half + matrix.y0) * state->device_scale) / state->device_scale - matrix.y0;
  cairo_set_source_surface (cr, stamp->surface, left, top);
  cairo_rectangle (cr, left, top, 2 * stamp->half, 2 * stamp->half);
  cairo_fill (cr);
}

static void
show_text (cairo_t               *cr,
           PangoLayout           *layout,
           const QuadrantMapText *text)
{
  if (text->vertical)
    {
      cairo_save (cr);
      cairo_translate (cr, text->rect.x, text->rect.y + text->rect.height);
      cairo_rotate (cr, -G_PI / 2);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  else
    {
      cairo_move_to (cr, text->rect.x, text->rect.y);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
draw_arrow (cairo_t *cr,
            double   x0,
            double   y0,
            double   x1,
            double   y1,
            double   head)
{
  double angle = atan2 (y1 - y0, x1 - x0);

  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x1 - head * cos (angle - 0.45), y1 - head * sin (angle - 0.45));
  cairo_line_to (cr, x1 - head * cos (angle + 0.45), y1 - head * sin (angle + 0.45));
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_frame (cairo_t           *cr,
            RenderState       *state,
            QuadrantMapLayout *layout,
            gboolean           transparent)
{
  static const QuadrantQuadrant quadrants[] = {
    QUADRANT_QUADRANT_MANAGE_CLOSELY, QUADRANT_QUADRANT_KEEP_SATISFIED,
    QUADRANT_QUADRANT_KEEP_INFORMED, QUADRANT_QUADRANT_MONITOR,
  };
  const Palette *p = state->palette;
  QuadrantRect plot = quadrant_map_layout_get_plot (layout);
  double line = MAX (1.0, state->scale) * p->line_scale;
  double x_mid, y_mid;

  if (!transparent)
    {
      set_rgb (cr, &p->background);
      cairo_paint (cr);
    }

  for (guint i = 0; i < G_N_ELEMENTS (quadrants); i++)
    {
      QuadrantRect q = quadrant_map_layout_get_quadrant_rect (layout, quadrants[i]);

      set_rgb (cr, &p->quadrant[quadrants[i]]);
      cairo_rectangle (cr, q.x, q.y, q.width, q.height);
      cairo_fill (cr);
    }

  set_rgb (cr, &p->border);
  cairo_set_line_width (cr, line);
  cairo_rectangle (cr, plot.x, plot.y, plot.width, plot.height);
  cairo_stroke (cr);

  quadrant_map_layout_to_point (layout, QUADRANT_HIGH_THRESHOLD, QUADRANT_HIGH_THRESHOLD,
                                &x_mid, &y_mid);
  set_rgb (cr, &p->midline);
  cairo_set_line_width (cr, 1.5 * line);
  cairo_move_to (cr, x_mid, plot.y);
  cairo_line_to (cr, x_mid, plot.y + plot.height);
  cairo_move_to (cr, plot.x, y_mid);
  cairo_line_to (cr, plot.x + plot.width, y_mid);
  cairo_stroke (cr);
}

static void
draw_texts (cairo_t           *cr,
            RenderState       *state,
            QuadrantMapLayout *layout)
{
  const Palette *p = state->palette;
  QuadrantRect legend = quadrant_map_layout_get_legend (layout);
  double line = MAX (1.0, state->scale) * p->line_scale;

  if (legend.width > 0 && legend.height > 0)
    {
      set_rgb (cr, &p->legend_background);
      cairo_rectangle (cr, legend.x, legend.y, legend.width, legend.height);
      cairo_fill_preserve (cr);
      set_rgb (cr, &p->border);
      cairo_set_line_width (cr, line);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    {
      const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);
      PangoLayout *pango_layout = quadrant_map_layout_get_text_layout (layout, i);
      double r = text->marker_radius;

      switch (text->legend_kind)
        {
        case QUADRANT_MAP_LEGEND_SUPPORT:
          draw_marker (cr, state, text->support, text->marker_x, text->marker_y, r, 1.0);
          break;

        case QUADRANT_MAP_LEGEND_SIZE:
          set_rgb (cr, &p->muted);
          cairo_set_line_width (cr, line);
          cairo_new_sub_path (cr);
          cairo_arc (cr, text->marker_x, text->marker_y + 0.45 * r, 0.5 * r, 0, 2 * G_PI);
          cairo_new_sub_path (cr);
          cairo_arc (cr, text->marker_x, text->marker_y, 0.95 * r, 0, 2 * G_PI);
          cairo_stroke (cr);
          break;

        case QUADRANT_MAP_LEGEND_MOVEMENT:
          set_rgba (cr, &p->muted, 0.35);
          cairo_new_sub_path (cr);
          cairo_arc (cr, text->marker_x - 0.6 * r, text->marker_y, 0.45 * r, 0, 2 * G_PI);
          cairo_fill (cr);
          set_rgb (cr, &p->muted);
          cairo_set_line_width (cr, line);
          draw_arrow (cr, text->marker_x - 0.1 * r, text->marker_y,
                      text->marker_x + 1.1 * r, text->marker_y, 0.6 * r);
          break;

        case QUADRANT_MAP_LEGEND_NONE:
        default:
          break;
        }

      set_rgb (cr, (text->role == QUADRANT_MAP_TEXT_SUBTITLE || text->role == QUADRANT_MAP_TEXT_NOTE) ?
                   &p->muted : &p->text);
      show_text (cr, pango_layout, text);
    }
}

/* The point of a label's box nearest to (x, y). */
static void
nearest_on_rect (const QuadrantRect *r,
                 double              x,
                 double              y,
                 double             *nx,
                 double             *ny)
{
  *nx = CLAMP (x, r->x, r->x + r->width);
  *ny = CLAMP (y, r->y, r->y + r->height);
}

static void
draw_label (cairo_t                 *cr,
            RenderState             *state,
            QuadrantMapLayout       *layout,
            const QuadrantMapMarker *marker,
            PangoLayout             *pango_layout,
            double                   alpha)
{
  const Palette *p = state->palette;
  const QuadrantRect *r = &marker->label;

  /* A box in the colours of the quadrants under the name: it cuts the grid's
   * lines where the name crosses them and is invisible elsewhere. */
  for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
    {
      QuadrantRect area = quadrant_map_layout_get_quadrant_rect (layout, q);
      double x0 = MAX (r->x - 1, area.x), x1 = MIN (r->x + r->width + 1, area.x + area.width);
      double y0 = MAX (r->y, area.y), y1 = MIN (r->y + r->height, area.y + area.height);

      if (x1 <= x0 || y1 <= y0)
        continue;
      set_rgba (cr, &p->quadrant[q], p->halo_alpha * alpha);
      cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
      cairo_fill (cr);
    }

  if (state->stamps)
    {
      TextStamp *stamp = find_text_stamp (cr, pango_layout, state->device_scale);
      cairo_matrix_t matrix;
      double left, top;

      cairo_get_matrix (cr, &matrix);
      left = round ((r->x + stamp->x + matrix.x0) * state->device_scale) / state->device_scale - matrix.x0;
      top = round ((r->y + stamp->y + matrix.y0) * state->device_scale) / state->device_scale - matrix.y0;
      set_rgba (cr, &p->text, alpha);
      cairo_mask_surface (cr, stamp->mask, left, top);
      return;
    }
  set_rgba (cr, &p->text, alpha);
  cairo_move_to (cr, r->x, r->y);
  pango_cairo_show_layout (cr, pango_layout);
}

static void
draw_ring (cairo_t   *cr,
           const Rgb *color,
           double     x,
           double     y,
           double     r,
           double     width,
           gboolean   dashed)
{
  double dash[] = { 3 * width, 2 * width };

  cairo_save (cr);
  set_rgb (cr, color);
  cairo_set_line_width (cr, width);
  if (dashed)
    cairo_set_dash (cr, dash, 2, 0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
quadrant_map_render (cairo_t                        *cr,
                     QuadrantMapLayout              *layout,
                     QuadrantRegister               *reg,
                     const QuadrantMapRenderOptions *options)
{
  static const QuadrantMapRenderOptions defaults = { 0 };
  RenderState state = { 0 };
  const QuadrantMapMarker *selected, *focused, *hovered;
  guint n_markers;
  double line;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (QUADRANT_IS_MAP_LAYOUT (layout));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (options == NULL)
    options = &defaults;

  state.dark = options->dark;
  state.scale = quadrant_map_layout_get_scale (layout);
  state.palette = palette_for (options);
  state.stamps = can_stamp (cr, options->pixel_scale, &state.device_scale);
  line = MAX (1.0, state.scale) * state.palette->line_scale;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  draw_frame (cr, &state, layout, options->transparent);
  draw_texts (cr, &state, layout);

  n_markers = quadrant_map_layout_get_n_markers (layout);
  selected = options->selected ? quadrant_map_layout_find_marker (layout, options->selected) : NULL;
  focused = options->focused ? quadrant_map_layout_find_marker (layout, options->focused) : NULL;
  hovered = options->hovered ? quadrant_map_layout_find_marker (layout, options->hovered) : NULL;

  /* Where parties were at the last revision: faint, with an arrow to now. */
  if (options->show_movement)
    {
      for (guint i = 0; i < n_markers; i++)
        {
          const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
          double dx, dy, d;

          if (!m->has_previous)
            continue;
          draw_marker (cr, &state, m->support, m->previous_x, m->previous_y, m->radius, 0.3);
          dx = m->x - m->previous_x;
          dy = m->y - m->previous_y;
          d = hypot (dx, dy);
          if (d <= m->radius * 2)
            continue;
          set_rgba (cr, &state.palette->muted, 0.8);
          cairo_set_line_width (cr, line);
          draw_arrow (cr, m->previous_x + dx / d * m->radius, m->previous_y + dy / d * m->radius,
                      m->x - dx / d * (m->radius + 2 * line), m->y - dy / d * (m->radius + 2 * line),
                      MAX (5.0, 0.9 * m->radius));
        }
    }

  /* Leader lines, from the marker's edge to its name's box. */
  set_rgb (cr, &state.palette->muted);
  cairo_set_line_width (cr, 0.8 * line);
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
      double nx, ny, dx, dy, d;

      if (!m->label_moved || m->label_overlaps)
        continue;
      nearest_on_rect (&m->label, m->x, m->y, &nx, &ny);
      dx = nx - m->x;
      dy = ny - m->y;
      d = hypot (dx, dy);
      if (d <= m->radius)
        continue;
      cairo_move_to (cr, m->x + dx / d * m->radius, m->y + dy / d * m->radius);
      cairo_line_to (cr, nx, ny);
    }
  cairo_stroke (cr);

  /* Only names that found a free place: on a crowded map the others would
   * bury them. Pointing at a party (or selecting it) shows its name anyway. */
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      if (m->label_overlaps || m == selected || m == focused || m == hovered)
        continue;
      draw_label (cr, &state, layout, m, quadrant_map_layout_get_label_layout (layout, i), 1.0);
    }

  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      if (m == selected || m == focused || m == hovered)
        continue;
      draw_marker (cr, &state, m->support, m->x, m->y, m->radius, 1.0);
    }

  /* The parties the user is pointing at or working on, on top of everything. */
  {
    const QuadrantMapMarker *candidates[] = { hovered, selected, focused };
    const QuadrantMapMarker *special[G_N_ELEMENTS (candidates)];
    guint n_special = 0;

    for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
      {
        gboolean seen = candidates[k] == NULL;

        for (guint j = 0; j < n_special && !seen; j++)
          seen = special[j] == candidates[k];
        if (!seen)
          special[n_special++] = candidates[k];
      }

    /* Rings first: the names stay readable where a ring reaches them. */
    if (hovered != NULL && hovered != selected)
      draw_ring (cr, &state.palette->muted, hovered->x, hovered->y,
                 hovered->radius + 3 * state.scale, line, FALSE);
    if (selected != NULL)
      {
        draw_ring (cr, &state.palette->background, selected->x, selected->y,
                   selected->radius + 3.5 * state.scale, 3 * line, FALSE);
        draw_ring (cr, &state.palette->text, selected->x, selected->y,
                   selected->radius + 3.5 * state.scale, 2 * line, FALSE);
      }
    if (focused != NULL)
      draw_ring (cr, &state.palette->focus, focused->x, focused->y,
                 focused->radius + 7 * state.scale, 2 * line, TRUE);

    for (guint k = 0; k < n_special; k++)
      {
        const QuadrantMapMarker *m = special[k];
        guint index = m - quadrant_map_layout_get_marker (layout, 0);

        draw_label (cr, &state, layout, m, quadrant_map_layout_get_label_layout (layout, index), 1.0);
      }
    for (guint k = 0; k < n_special; k++)
      draw_marker (cr, &state, special[k]->support, special[k]->x, special[k]->y, special[k]->radius, 1.0);
  }

  g_clear_object (&state.question);
  cairo_restore (cr);
}

void
quadrant_map_render_marker (cairo_t         *cr,
                            QuadrantSupport  support,
                            double           x,
                            double           y,
                            double           radius,
                            gboolean         dark)
{
  RenderState state = { 0 };

  g_return_if_fail (cr != NULL);

  state.palette = dark ? &dark_palette : &light_palette;
  state.dark = dark;
  state.scale = 1.0;
  cairo_save (cr);
  draw_marker (cr, &state, support, x, y, radius, 1.0);
  cairo_restore (cr);
  g_clear_object (&state.question);
}

void
quadrant_map_render_support_color (QuadrantSupport  support,
                                   gboolean         dark,
                                   double          *red,
                                   double          *green,
                                   double          *blue)
{
  Rgb c = support_rgb (support, dark);

  if (red != NULL)
    *red = c.r;
  if (green != NULL)
    *green = c.g;
  if (blue != NULL)
    *blue = c.b;
}

void
quadrant_map_render_get_color (const QuadrantMapRenderOptions *options,
                               QuadrantMapColor                color,
                               double                         *red,
                               double                         *green,
                               double                         *blue)
{
  const Palette *p = palette_for (options);
  const Rgb *c;

  switch (color)
    {
    case QUADRANT_MAP_COLOR_TEXT: c = &p->text; break;
    case QUADRANT_MAP_COLOR_MUTED: c = &p->muted; break;
    case QUADRANT_MAP_COLOR_BORDER: c = &p->border; break;
    case QUADRANT_MAP_COLOR_MIDLINE: c = &p->midline; break;
    case QUADRANT_MAP_COLOR_LEGEND_BACKGROUND: c = &p->legend_background; break;
    case QUADRANT_MAP_COLOR_FOCUS: c = &p->focus; break;
    case QUADRANT_MAP_COLOR_MANAGE_CLOSELY: c = &p->quadrant[QUADRANT_QUADRANT_MANAGE_CLOSELY]; break;
    case QUADRANT_MAP_COLOR_KEEP_SATISFIED: c = &p->quadrant[QUADRANT_QUADRANT_KEEP_SATISFIED]; break;
    case QUADRANT_MAP_COLOR_KEEP_INFORMED: c = &p->quadrant[QUADRANT_QUADRANT_KEEP_INFORMED]; break;
    case QUADRANT_MAP_COLOR_MONITOR: c = &p->quadrant[QUADRANT_QUADRANT_MONITOR]; break;
    case QUADRANT_MAP_COLOR_BACKGROUND:
    default: c = &p->background; break;
    }

  if (red != NULL)
    *red = c->r;
  if (green != NULL)
    *green = c->g;
  if (blue != NULL)
    *blue = c->b;
}

double
quadrant_map_render_get_line_width (QuadrantMapLayout              *layout,
                                    const QuadrantMapRenderOptions *options)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (layout), 1.0);

  return MAX (1.0, quadrant_map_layout_get_scale (layout)) * palette_for (options)->line_scale;
}

double
quadrant_map_render_get_halo_alpha (const QuadrantMapRenderOptions *options)
{
  return palette_for (options)->halo_alpha;
}
