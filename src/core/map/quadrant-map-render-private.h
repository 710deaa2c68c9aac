/* quadrant-map-render-private.h: what the parts of the map renderer share
 *
 * quadrant-map-render.c has quadrant_map_render(): the drawing order, the
 * names, movement, leader lines and the rings of the parties in focus;
 * quadrant-map-render-palette.c the colours; quadrant-map-render-frame.c the
 * background, quadrants, grid lines, legend and fixed text;
 * quadrant-map-render-markers.c the marker shapes; and
 * quadrant-map-render-stamps.c the images of markers and names that frames
 * copy instead of drawing them again.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "quadrant-map-geometry-private.h"
#include "quadrant-map-render.h"

G_BEGIN_DECLS

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

/* A marker of one kind, size and palette drawn once, to copy. */
typedef struct {
  QuadrantSupport  support;
  double           radius, alpha, device_scale;
  const Palette   *palette;
  cairo_surface_t *surface;
  double           half;      /* user units from the stamp's corner to its centre */
} Stamp;

/* What one call of quadrant_map_render() (or _render_marker()) keeps while
 * it draws. */
typedef struct {
  const Palette *palette;
  gboolean       dark;
  double         scale;
  PangoLayout   *question;   /* the "?" of unaware markers, made on first use */
  double         question_size;
  gboolean       stamps;     /* copy markers from images (see _quadrant_map_render_stamp()) */
  double         device_scale;
  Stamp         *local[16];  /* the stamps this frame used so far */
  guint          n_local;
  guint          specials[3]; /* markers in focus (hovered, selected, focused), drawn
                                 on top; G_MAXUINT for none */
  GByteArray    *dimmed;      /* per marker: drawn faint (options->dimmed); NULL for none */
  gboolean       support_goal; /* options->show_support_goal */
} RenderState;

/* How opaque the markers and names a filter dims are. */
#define QUADRANT_MAP_DIMMED_ALPHA 0.2

/* A name rasterised once, as a mask to paint in the text colour. */
typedef struct {
  PangoLayout     *layout;    /* a reference, so its address is not reused */
  double           device_scale;
  cairo_surface_t *mask;
  double           x, y;      /* the mask's corner, from the layout's origin */
  double           width, height;
} TextStamp;

/* Stamps blended straight into an image's
 * pixels, at whole device pixels: pixel = user × scale + offset. */
typedef struct {
  cairo_surface_t *target;
  guint8          *data;
  int              stride;
  int              x0, y0, x1, y1;   /* the pixels that may change */
  double           scale, offset_x, offset_y;
} QuadrantBlit;

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

/* The width of the grid's lines, the unit of every other line. */
static inline double
_quadrant_map_render_line (const RenderState *state)
{
  return MAX (1.0, state->scale) * state->palette->line_scale;
}

/* quadrant-map-render-palette.c: options may be NULL (light). */
const Palette *_quadrant_map_render_palette       (const QuadrantMapRenderOptions *options);
const Rgb     *_quadrant_map_render_palette_color (const Palette                  *palette,
                                                   QuadrantMapColor                color);
Rgb            _quadrant_map_render_support_rgb   (QuadrantSupport                 support,
                                                   gboolean                        dark);

/* quadrant-map-render-markers.c: a marker as a path filled and stroked on
 * cr, or copied from a stamp where state->stamps says cr allows it. */
void _quadrant_map_render_marker_shape (cairo_t         *cr,
                                        RenderState     *state,
                                        QuadrantSupport  support,
                                        double           x,
                                        double           y,
                                        double           r,
                                        double           alpha);
void _quadrant_map_render_draw_marker  (cairo_t         *cr,
                                        RenderState     *state,
                                        QuadrantSupport  support,
                                        double           x,
                                        double           y,
                                        double           r,
                                        double           alpha);
/* An arrowhead (see _quadrant_map_goal_head) filled in desired's colour. */
void _quadrant_map_render_goal_head (cairo_t         *cr,
                                     RenderState     *state,
                                     QuadrantSupport  desired,
                                     const double     points[6],
                                     double           alpha);
/* The arrowhead of a support goal beside the marker at (x, y), radius r:
 * nothing when desired is current. */
void _quadrant_map_render_support_goal (cairo_t         *cr,
                                        RenderState     *state,
                                        QuadrantSupport  current,
                                        QuadrantSupport  desired,
                                        double           x,
                                        double           y,
                                        double           r,
                                        double           alpha);
/* The same, blended into blit's pixels (state->stamps must be TRUE). */
void _quadrant_map_render_blit_marker  (cairo_t         *cr,
                                        RenderState     *state,
                                        QuadrantBlit    *blit,
                                        QuadrantSupport  support,
                                        double           x,
                                        double           y,
                                        double           r,
                                        double           alpha);

/* quadrant-map-render-stamps.c: images shared by every frame (and thread). */
Stamp     *_quadrant_map_render_stamp      (cairo_t         *cr,
                                            RenderState     *state,
                                            QuadrantSupport  support,
                                            double           r,
                                            double           alpha,
                                            double           device_scale);
TextStamp *_quadrant_map_render_text_stamp (cairo_t         *cr,
                                            PangoLayout     *layout,
                                            double           device_scale);
/* Whether cr draws to pixels (or a recording of them) without scaling or
 * turning, and at how many device pixels per unit. */
gboolean   _quadrant_map_render_can_stamp  (cairo_t         *cr,
                                            double           pixel_scale,
                                            double          *device_scale);

/* quadrant-map-render-frame.c: everything around the parties. */
void _quadrant_map_render_frame (cairo_t           *cr,
                                 RenderState       *state,
                                 QuadrantMapLayout *layout,
                                 gboolean           transparent);
void _quadrant_map_render_texts (cairo_t           *cr,
                                 RenderState       *state,
                                 QuadrantMapLayout *layout);
/* quadrant-map-render-blit.c (see QuadrantBlit above). */
/* FALSE when cr does not draw into an image's pixels this way. */
gboolean _quadrant_map_blit_begin (cairo_t            *cr,
                                   double              device_scale,
                                   QuadrantBlit       *blit);
void     _quadrant_map_blit_end   (QuadrantBlit       *blit);
void     _quadrant_map_blit_image (QuadrantBlit       *blit,
                                   cairo_surface_t    *image,
                                   int                 px,
                                   int                 py);
void     _quadrant_map_blit_mask  (QuadrantBlit       *blit,
                                   cairo_surface_t    *mask,
                                   int                 px,
                                   int                 py,
                                   const Rgb          *color,
                                   double              alpha);
void     _quadrant_map_blit_rect  (QuadrantBlit       *blit,
                                   const QuadrantRect *rect,
                                   const Rgb          *color,
                                   double              alpha);

/* quadrant-map-render.c: everything but the markers in state->specials and
 * their arrows and leader lines. */
void _quadrant_map_render_still (cairo_t           *cr,
                                 RenderState       *state,
                                 QuadrantMapLayout *layout,
                                 gboolean           transparent,
                                 gboolean           show_movement);

/* quadrant-map-render-layer.c: the still part kept as an image on the layout. */
typedef struct _QuadrantMapRenderLayer QuadrantMapRenderLayer;

QuadrantMapRenderLayer *_quadrant_map_render_layer_get   (QuadrantMapLayout      *layout);
/* Forgets the image (tests compare a kept image with a direct drawing). */
void                    _quadrant_map_render_layer_drop  (QuadrantMapLayout      *layout);
/* Paints the kept still part on cr and returns TRUE, else FALSE: draw it
 * directly (the layer keeps in mind what it was, to keep it next time). */
gboolean                _quadrant_map_render_layer_paint (cairo_t                *cr,
                                                          QuadrantMapRenderLayer *layer,
                                                          RenderState            *state,
                                                          QuadrantMapLayout      *layout,
                                                          gboolean                transparent,
                                                          gboolean                show_movement);

/* Strokes the shaft and fills the head in cr's source colour. */
void _quadrant_map_render_arrow (cairo_t               *cr,
                                 const QuadrantSegment *shaft,
                                 double                 head);

G_END_DECLS
