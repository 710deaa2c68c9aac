/* quadrant-map-paint-private.h: what the renderer and the SVG writer both draw
 *
 * quadrant-map-render*.c paint a layout with cairo; quadrant-map-export-svg.c
 * writes the same layout as SVG elements. The geometry of what they draw
 * besides the layout's own rectangles (arrows, leader lines, the boxes that
 * keep names readable, the legend's samples) and its proportions are worked
 * out here once, so the screen, PNG, PDF and SVG cannot drift apart.
 * Inline: the renderer calls them for every marker of every frame.
 */
#pragma once

#include <math.h>

#include "quadrant-map-geometry-private.h"
#include "quadrant-map-render.h"

G_BEGIN_DECLS

/* Line widths, in multiples of quadrant_map_render_get_line_width(). */
#define QUADRANT_MAP_MIDLINE_WIDTH      1.5   /* the lines at 50 */
#define QUADRANT_MAP_MARKER_EDGE_WIDTH  0.8   /* keeps touching markers apart */
#define QUADRANT_MAP_QUESTION_WIDTH     1.4   /* the ring of an unaware party */
#define QUADRANT_MAP_LEADER_WIDTH       0.8
/* Movement arrows are seen from the back of a room: thick and dark. */
#define QUADRANT_MAP_ARROW_WIDTH        2.5
#define QUADRANT_MAP_ARROW_ALPHA        0.85

/* How opaque a marker is where its party was at the latest revision. */
#define QUADRANT_MAP_PREVIOUS_ALPHA     0.3

/* How opaque the dot of the legend's movement sample is. */
#define QUADRANT_MAP_LEGEND_WAS_ALPHA   0.35

/* Half the angle at an arrow's tip, in radians. */
#define QUADRANT_MAP_ARROW_ANGLE        0.45

typedef struct {
  double x, y, radius;
} QuadrantCircle;

/* The palette entry of a quadrant's tint. */
static inline QuadrantMapColor
_quadrant_map_quadrant_color (QuadrantQuadrant quadrant)
{
  switch (quadrant)
    {
    case QUADRANT_QUADRANT_MANAGE_CLOSELY: return QUADRANT_MAP_COLOR_MANAGE_CLOSELY;
    case QUADRANT_QUADRANT_KEEP_SATISFIED: return QUADRANT_MAP_COLOR_KEEP_SATISFIED;
    case QUADRANT_QUADRANT_KEEP_INFORMED: return QUADRANT_MAP_COLOR_KEEP_INFORMED;
    case QUADRANT_QUADRANT_MONITOR: return QUADRANT_MAP_COLOR_MONITOR;
    case QUADRANT_QUADRANT_UNPLACED:
    default: return QUADRANT_MAP_COLOR_BACKGROUND;
    }
}

/* Subtitle and notes are quieter than the rest of the fixed text. */
static inline QuadrantMapColor
_quadrant_map_text_color (const QuadrantMapText *text)
{
  return (text->role == QUADRANT_MAP_TEXT_SUBTITLE || text->role == QUADRANT_MAP_TEXT_NOTE) ?
         QUADRANT_MAP_COLOR_MUTED : QUADRANT_MAP_COLOR_TEXT;
}

/* Where the top-left corner of text's pango layout goes; TRUE when the text
 * is turned a quarter anticlockwise about that point (the power axis). */
static inline gboolean
_quadrant_map_text_origin (const QuadrantMapText *text,
                           double                *x,
                           double                *y)
{
  *x = text->rect.x;
  *y = text->vertical ? text->rect.y + text->rect.height : text->rect.y;
  return text->vertical;
}

/* The two back corners of the head of an arrow along shaft, at its end. */
static inline void
_quadrant_map_arrow_head (const QuadrantSegment *shaft,
                          double                 head,
                          double                *x_left,
                          double                *y_left,
                          double                *x_right,
                          double                *y_right)
{
  double angle = atan2 (shaft->y1 - shaft->y0, shaft->x1 - shaft->x0);

  *x_left = shaft->x1 - head * cos (angle - QUADRANT_MAP_ARROW_ANGLE);
  *y_left = shaft->y1 - head * sin (angle - QUADRANT_MAP_ARROW_ANGLE);
  *x_right = shaft->x1 - head * cos (angle + QUADRANT_MAP_ARROW_ANGLE);
  *y_right = shaft->y1 - head * sin (angle + QUADRANT_MAP_ARROW_ANGLE);
}

/* The leader line of a name placed away from its marker: from the marker's
 * edge to the nearest point of the name's box. FALSE when there is none (the
 * name is next to its marker, hidden, or the box reaches the marker). */
static inline gboolean
_quadrant_map_leader_line (const QuadrantMapMarker *m,
                           QuadrantSegment         *leader)
{
  const QuadrantRect *r = &m->label;
  double nx, ny, dx, dy, d;

  if (!m->label_moved || m->label_overlaps)
    return FALSE;
  nx = CLAMP (m->x, r->x, r->x + r->width);
  ny = CLAMP (m->y, r->y, r->y + r->height);
  dx = nx - m->x;
  dy = ny - m->y;
  d = hypot (dx, dy);
  if (d <= m->radius)
    return FALSE;
  *leader = (QuadrantSegment) { m->x + dx / d * m->radius, m->y + dy / d * m->radius, nx, ny };
  return TRUE;
}

/* The arrow from where a party was at the latest revision (m->has_previous)
 * to where it is, edge to edge, stopping short of the marker so its head
 * stays visible; line is the line width. FALSE when the two markers are too
 * close for one. */
static inline gboolean
_quadrant_map_movement_arrow (const QuadrantMapMarker *m,
                              double                   line,
                              QuadrantSegment         *shaft,
                              double                  *head)
{
  double dx = m->x - m->previous_x;
  double dy = m->y - m->previous_y;
  double d = hypot (dx, dy);

  if (d <= m->radius * 2)
    return FALSE;
  *shaft = (QuadrantSegment) {
    m->previous_x + dx / d * m->radius, m->previous_y + dy / d * m->radius,
    m->x - dx / d * (m->radius + 2 * line), m->y - dy / d * (m->radius + 2 * line),
  };
  /* The head in proportion to the markers, and wide enough for the shaft. */
  *head = MAX (MAX (5.0, 1.3 * m->radius), 3 * QUADRANT_MAP_ARROW_WIDTH * line);
  return TRUE;
}

/* The part of the box behind the name in label that lies in quadrant, in
 * that quadrant's tint: it cuts the grid's lines where the name crosses them
 * and is invisible elsewhere. FALSE when the name does not reach quadrant. */
static inline gboolean
_quadrant_map_label_halo (QuadrantMapLayout  *layout,
                          const QuadrantRect *label,
                          QuadrantQuadrant    quadrant,
                          QuadrantRect       *box)
{
  QuadrantRect area = quadrant_map_layout_get_quadrant_rect (layout, quadrant);
  /* Within the room kept free around each label, so boxes never overlap. */
  double d = 0.4 * quadrant_map_layout_get_scale (layout);
  double x0 = MAX (label->x - d, area.x), x1 = MIN (label->x + label->width + d, area.x + area.width);
  double y0 = MAX (label->y, area.y), y1 = MIN (label->y + label->height, area.y + area.height);

  if (x1 <= x0 || y1 <= y0)
    return FALSE;
  *box = (QuadrantRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

/* The legend's sample of marker sizes: a small circle standing in a large
 * one, both outlined. */
static inline void
_quadrant_map_legend_size_sample (const QuadrantMapText *text,
                                  QuadrantCircle        *small,
                                  QuadrantCircle        *large)
{
  double r = text->marker_radius;

  *small = (QuadrantCircle) { text->marker_x, text->marker_y + 0.45 * r, 0.5 * r };
  *large = (QuadrantCircle) { text->marker_x, text->marker_y, 0.95 * r };
}

/* The legend's sample of movement: a faint dot and an arrow away from it. */
static inline void
_quadrant_map_legend_movement_sample (const QuadrantMapText *text,
                                      QuadrantCircle        *was,
                                      QuadrantSegment       *shaft,
                                      double                *head)
{
  double r = text->marker_radius;

  *was = (QuadrantCircle) { text->marker_x - 0.6 * r, text->marker_y, 0.45 * r };
  *shaft = (QuadrantSegment) { text->marker_x - 0.1 * r, text->marker_y,
                               text->marker_x + 1.1 * r, text->marker_y };
  *head = 0.6 * r;
}

/* The dotted ring around a marker of radius r at scale s whose party is to
 * review: its radius, line width and dashes (on, off). */
#define QUADRANT_MAP_REVIEW_RING_GAP   3.0
#define QUADRANT_MAP_REVIEW_RING_WIDTH 1.5
#define QUADRANT_MAP_REVIEW_RING_ON    1.5
#define QUADRANT_MAP_REVIEW_RING_OFF   2.0

/* A support goal's arrowhead: a triangle size wide each side of (cx, cy),
 * pointing up (more support wanted) or down; points are x, y three times. */
static inline void
_quadrant_map_goal_head (double   cx,
                         double   cy,
                         double   size,
                         gboolean up,
                         double   points[6])
{
  double dir = up ? 1 : -1;

  points[0] = cx - size;
  points[1] = cy + dir * 0.5 * size;
  points[2] = cx + size;
  points[3] = cy + dir * 0.5 * size;
  points[4] = cx;
  points[5] = cy - dir * size;
}

/* The legend's sample of a support goal: an arrowhead pointing up. */
static inline void
_quadrant_map_legend_goal_sample (const QuadrantMapText *text,
                                  double                 points[6])
{
  double r = text->marker_radius;

  _quadrant_map_goal_head (text->marker_x, text->marker_y + 0.25 * r, 0.9 * r, TRUE, points);
}

G_END_DECLS
