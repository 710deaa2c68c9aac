/* quadrant-map-render-blit.c: copying stamps straight into an image's pixels
 *
 * A cairo call costs a few microseconds before it touches a pixel; a map of
 * a large register makes thousands (a marker, a name's box and its text
 * each). Where cr draws into an image surface, unturned and unclipped or
 * clipped to one rectangle, the names' boxes, names and markers of the still
 * part are blended here instead, with the same OVER rule on premultiplied
 * pixels as cairo, into the same whole device pixels as the stamps' copies.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>

#include "quadrant-map-render-private.h"

/* x · y / 255, rounded, for bytes (as pixman rounds). */
static inline guint32
mul255 (guint32 x,
        guint32 y)
{
  guint32 t = x * y + 128;

  return ((t >> 8) + t) >> 8;
}

/* All four bytes of x times a / 255, two at a time. */
static inline guint32
mul255x4 (guint32 x,
          guint32 a)
{
  guint32 rb = (x & 0xff00ff) * a + 0x800080;
  guint32 ag = ((x >> 8) & 0xff00ff) * a + 0x800080;

  rb = ((rb + ((rb >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  ag = ((ag + ((ag >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  return rb | ag << 8;
}

/* Premultiplied src over dst. */
static inline guint32
over (guint32 src,
      guint32 dst)
{
  return src + mul255x4 (dst, 255 - (src >> 24));
}

gboolean
_quadrant_map_blit_begin (cairo_t     *cr,
                          double       device_scale,
                          QuadrantBlit *blit)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *clip;
  cairo_matrix_t matrix;
  double sx, sy, dx, dy;
  int width, height;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      (cairo_image_surface_get_format (target) != CAIRO_FORMAT_ARGB32 &&
       cairo_image_surface_get_format (target) != CAIRO_FORMAT_RGB24))
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &matrix);
  if (sx != device_scale || sy != device_scale ||
      matrix.xx != 1 || matrix.yy != 1 || matrix.xy != 0 || matrix.yx != 0)
    return FALSE;

  cairo_surface_get_device_offset (target, &dx, &dy);
  blit->scale = device_scale;
  blit->offset_x = matrix.x0 * device_scale + dx;
  blit->offset_y = matrix.y0 * device_scale + dy;
  if (fabs (blit->offset_x - round (blit->offset_x)) > 1e-6 ||
      fabs (blit->offset_y - round (blit->offset_y)) > 1e-6)
    return FALSE;
  blit->offset_x = round (blit->offset_x);
  blit->offset_y = round (blit->offset_y);

  width = cairo_image_surface_get_width (target);
  height = cairo_image_surface_get_height (target);
  blit->x0 = 0;
  blit->y0 = 0;
  blit->x1 = width;
  blit->y1 = height;

  /* Only a clip of one rectangle on whole pixels (or none) is followed. */
  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status != CAIRO_STATUS_SUCCESS || clip->num_rectangles != 1)
    {
      gboolean empty = clip->status == CAIRO_STATUS_SUCCESS && clip->num_rectangles == 0;

      cairo_rectangle_list_destroy (clip);
      /* No rectangle at all: everything is clipped away. */
      if (!empty)
        return FALSE;
      blit->x1 = blit->x0;
    }
  else
    {
      const cairo_rectangle_t *r = &clip->rectangles[0];
      double x0 = r->x * device_scale + blit->offset_x, y0 = r->y * device_scale + blit->offset_y;
      double x1 = (r->x + r->width) * device_scale + blit->offset_x;
      double y1 = (r->y + r->height) * device_scale + blit->offset_y;

      cairo_rectangle_list_destroy (clip);
      if (x0 != floor (x0) || y0 != floor (y0) || x1 != floor (x1) || y1 != floor (y1))
        return FALSE;
      blit->x0 = CLAMP ((int) x0, 0, width);
      blit->y0 = CLAMP ((int) y0, 0, height);
      blit->x1 = CLAMP ((int) x1, blit->x0, width);
      blit->y1 = CLAMP ((int) y1, blit->y0, height);
    }

  cairo_surface_flush (target);
  blit->target = target;
  blit->data = cairo_image_surface_get_data (target);
  blit->stride = cairo_image_surface_get_stride (target);
  return blit->data != NULL;
}

void
_quadrant_map_blit_end (QuadrantBlit *blit)
{
  cairo_surface_mark_dirty_rectangle (blit->target, blit->x0, blit->y0,
                                      blit->x1 - blit->x0, blit->y1 - blit->y0);
}

/* An image of premultiplied ARGB32 pixels (a marker's stamp), its corner at
 * device pixel (px, py). */
void
_quadrant_map_blit_image (QuadrantBlit    *blit,
                          cairo_surface_t *image,
                          int              px,
                          int              py)
{
  const guint8 *src = cairo_image_surface_get_data (image);
  int src_stride = cairo_image_surface_get_stride (image);
  int w = cairo_image_surface_get_width (image), h = cairo_image_surface_get_height (image);
  int x0 = MAX (px, blit->x0), x1 = MIN (px + w, blit->x1);
  int y0 = MAX (py, blit->y0), y1 = MIN (py + h, blit->y1);

  for (int y = y0; y < y1; y++)
    {
      const guint32 *s = (const guint32 *) (const void *) (src + (y - py) * src_stride) + (x0 - px);
      guint32 *d = (guint32 *) (void *) (blit->data + y * blit->stride) + x0;

      for (int x = x0; x < x1; x++, s++, d++)
        {
          guint32 p = *s, a = p >> 24;

          if (a == 255)
            *d = p;
          else if (a != 0)
            *d = over (p, *d);
        }
    }
}

/* color at alpha as one premultiplied pixel. */
static inline guint32
premultiply (const Rgb *color,
             double     alpha)
{
  alpha = CLAMP (alpha, 0.0, 1.0);
  return (guint32) lround (alpha * 255) << 24 |
         (guint32) lround (CLAMP (color->r, 0.0, 1.0) * alpha * 255) << 16 |
         (guint32) lround (CLAMP (color->g, 0.0, 1.0) * alpha * 255) << 8 |
         (guint32) lround (CLAMP (color->b, 0.0, 1.0) * alpha * 255);
}

/* An A8 mask (a name's stamp) painted in color at alpha, its corner at
 * device pixel (px, py). */
void
_quadrant_map_blit_mask (QuadrantBlit    *blit,
                         cairo_surface_t *mask,
                         int              px,
                         int              py,
                         const Rgb       *color,
                         double           alpha)
{
  const guint8 *src = cairo_image_surface_get_data (mask);
  int src_stride = cairo_image_surface_get_stride (mask);
  int w = cairo_image_surface_get_width (mask), h = cairo_image_surface_get_height (mask);
  int x0 = MAX (px, blit->x0), x1 = MIN (px + w, blit->x1);
  int y0 = MAX (py, blit->y0), y1 = MIN (py + h, blit->y1);
  guint32 solid = premultiply (color, alpha);

  for (int y = y0; y < y1; y++)
    {
      const guint8 *s = src + (y - py) * src_stride + (x0 - px);
      guint32 *d = (guint32 *) (void *) (blit->data + y * blit->stride) + x0;

      for (int x = x0; x < x1; x++, s++, d++)
        {
          if (*s == 255 && solid >> 24 == 255)
            *d = solid;
          else if (*s != 0)
            *d = over (mul255x4 (solid, *s), *d);
        }
    }
}

/* How much of pixel [p, p + 1) the span [lo, hi) covers, 0–1. */
static inline double
span_coverage (int    p,
               double lo,
               double hi)
{
  return MAX (0.0, MIN (hi, p + 1.0) - MAX (lo, (double) p));
}

/* A rectangle in user units filled with color at alpha; partly covered
 * pixels at its edges get their share, as cairo's antialiasing gives them. */
void
_quadrant_map_blit_rect (QuadrantBlit       *blit,
                         const QuadrantRect *rect,
                         const Rgb          *color,
                         double              alpha)
{
  double lx = rect->x * blit->scale + blit->offset_x, ly = rect->y * blit->scale + blit->offset_y;
  double hx = lx + rect->width * blit->scale, hy = ly + rect->height * blit->scale;
  int x0 = MAX ((int) floor (lx), blit->x0), x1 = MIN ((int) ceil (hx), blit->x1);
  int y0 = MAX ((int) floor (ly), blit->y0), y1 = MIN ((int) ceil (hy), blit->y1);
  guint32 solid = premultiply (color, alpha);

  if (x1 <= x0 || y1 <= y0 || solid >> 24 == 0)
    return;
  for (int y = y0; y < y1; y++)
    {
      guint32 cy = (guint32) lround (span_coverage (y, ly, hy) * 255);
      guint32 *d = (guint32 *) (void *) (blit->data + y * blit->stride) + x0;

      /* Only the first and last columns can be partly covered. */
      for (int x = x0; x < x1; x++, d++)
        {
          guint32 c = (x == x0 || x == x1 - 1) ?
                      mul255 (cy, (guint32) lround (span_coverage (x, lx, hx) * 255)) : cy;

          if (c != 0)
            *d = over (mul255x4 (solid, c), *d);
        }
    }
}
