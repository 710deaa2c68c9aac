/* quadrant-map-geometry-private.h: rectangles and segments of the map
 *
 * Small enough to be inlined where the label placement calls them thousands
 * of times a frame, hence static inline in a header rather than a .c file.
 */
#pragma once

#include <glib.h>

#include "quadrant-map-layout.h"

G_BEGIN_DECLS

/* A straight line from (x0, y0) to (x1, y1): a leader line, say. */
typedef struct {
  double x0, y0, x1, y1;
} QuadrantSegment;

static inline gboolean
_quadrant_rect_intersects (const QuadrantRect *a,
                           const QuadrantRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static inline double
_quadrant_rect_intersection_area (const QuadrantRect *a,
                                  const QuadrantRect *b)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return (w > 0 && h > 0) ? w * h : 0;
}

static inline gboolean
_quadrant_rect_inside (const QuadrantRect *inner,
                       const QuadrantRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

/* Whether (x, y) is in r, edges included. */
static inline gboolean
_quadrant_rect_contains (const QuadrantRect *r,
                         double              x,
                         double              y)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}

static inline QuadrantRect
_quadrant_rect_inflate (const QuadrantRect *r,
                        double              d)
{
  return (QuadrantRect) { r->x - d, r->y - d, r->width + 2 * d, r->height + 2 * d };
}

/* Moves r (not larger than bounds) inside bounds. */
static inline QuadrantRect
_quadrant_rect_clamp (QuadrantRect        r,
                      const QuadrantRect *bounds)
{
  r.x = MAX (bounds->x, MIN (r.x, bounds->x + bounds->width - r.width));
  r.y = MAX (bounds->y, MIN (r.y, bounds->y + bounds->height - r.height));
  return r;
}

/* Whether segment crosses r (Liang–Barsky). */
static inline gboolean
_quadrant_segment_hits_rect (const QuadrantSegment *segment,
                             const QuadrantRect    *r)
{
  double x0 = segment->x0, y0 = segment->y0;
  double dx = segment->x1 - x0, dy = segment->y1 - y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { x0 - r->x, r->x + r->width - x0, y0 - r->y, r->y + r->height - y0 };
  double t0 = 0, t1 = 1;

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

static inline double
_quadrant_orientation (double ax, double ay, double bx, double by, double cx, double cy)
{
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/* Whether a and b cross each other properly (touching does not count). */
static inline gboolean
_quadrant_segments_cross (const QuadrantSegment *a,
                          const QuadrantSegment *b)
{
  double d1 = _quadrant_orientation (a->x0, a->y0, a->x1, a->y1, b->x0, b->y0);
  double d2 = _quadrant_orientation (a->x0, a->y0, a->x1, a->y1, b->x1, b->y1);
  double d3 = _quadrant_orientation (b->x0, b->y0, b->x1, b->y1, a->x0, a->y0);
  double d4 = _quadrant_orientation (b->x0, b->y0, b->x1, b->y1, a->x1, a->y1);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) &&
         ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/* The segment from (x, y) to the nearest point of box: a leader line. */
static inline QuadrantSegment
_quadrant_segment_to_rect (double              x,
                           double              y,
                           const QuadrantRect *box)
{
  return (QuadrantSegment) { x, y,
                             CLAMP (x, box->x, box->x + box->width),
                             CLAMP (y, box->y, box->y + box->height) };
}

G_END_DECLS
