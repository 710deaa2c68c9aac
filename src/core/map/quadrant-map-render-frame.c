/* quadrant-map-render-frame.c: what the stakeholder map draws around its parties
 *
 * The background, the four quadrants' tints, the grid's edge and the lines
 * at 50, then the legend box and every fixed text of the layout (title, axes,
 * quadrant names, legend entries with their sample markers).
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "quadrant-map-paint-private.h"
#include "quadrant-map-render-private.h"

static void
show_text (cairo_t               *cr,
           RenderState           *state,
           PangoLayout           *layout,
           const QuadrantMapText *text)
{
  double x, y;
  gboolean vertical = _quadrant_map_text_origin (text, &x, &y);

  /* Copied from a stamp like the names, at a whole device pixel. */
  if (!vertical && state->stamps)
    {
      TextStamp *stamp = _quadrant_map_render_text_stamp (cr, layout, state->device_scale);
      cairo_matrix_t matrix;
      double left, top;

      cairo_get_matrix (cr, &matrix);
      left = round ((x + stamp->x + matrix.x0) * state->device_scale) / state->device_scale - matrix.x0;
      top = round ((y + stamp->y + matrix.y0) * state->device_scale) / state->device_scale - matrix.y0;
      cairo_mask_surface (cr, stamp->mask, left, top);
      return;
    }
  if (vertical)
    {
      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_rotate (cr, -G_PI / 2);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  else
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
circle_path (cairo_t              *cr,
             const QuadrantCircle *circle)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, circle->x, circle->y, circle->radius, 0, 2 * G_PI);
}

void
_quadrant_map_render_arrow (cairo_t               *cr,
                            const QuadrantSegment *shaft,
                            double                 head)
{
  double xl, yl, xr, yr;

  _quadrant_map_arrow_head (shaft, head, &xl, &yl, &xr, &yr);
  cairo_move_to (cr, shaft->x0, shaft->y0);
  cairo_line_to (cr, shaft->x1, shaft->y1);
  cairo_stroke (cr);
  cairo_move_to (cr, shaft->x1, shaft->y1);
  cairo_line_to (cr, xl, yl);
  cairo_line_to (cr, xr, yr);
  cairo_close_path (cr);
  cairo_fill (cr);
}

void
_quadrant_map_render_frame (cairo_t           *cr,
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
  double line = _quadrant_map_render_line (state);
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
  cairo_set_line_width (cr, QUADRANT_MAP_MIDLINE_WIDTH * line);
  cairo_move_to (cr, x_mid, plot.y);
  cairo_line_to (cr, x_mid, plot.y + plot.height);
  cairo_move_to (cr, plot.x, y_mid);
  cairo_line_to (cr, plot.x + plot.width, y_mid);
  cairo_stroke (cr);
}

void
_quadrant_map_render_texts (cairo_t           *cr,
                            RenderState       *state,
                            QuadrantMapLayout *layout)
{
  const Palette *p = state->palette;
  QuadrantRect legend = quadrant_map_layout_get_legend (layout);
  double line = _quadrant_map_render_line (state);

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
      QuadrantCircle small, large, was;
      QuadrantSegment shaft;
      double head;

      switch (text->legend_kind)
        {
        case QUADRANT_MAP_LEGEND_SUPPORT:
          _quadrant_map_render_draw_marker (cr, state, text->support, text->marker_x, text->marker_y,
                                            text->marker_radius, 1.0);
          break;

        case QUADRANT_MAP_LEGEND_SIZE:
          _quadrant_map_legend_size_sample (text, &small, &large);
          set_rgb (cr, &p->muted);
          cairo_set_line_width (cr, line);
          circle_path (cr, &small);
          circle_path (cr, &large);
          cairo_stroke (cr);
          break;

        case QUADRANT_MAP_LEGEND_MOVEMENT:
          _quadrant_map_legend_movement_sample (text, &was, &shaft, &head);
          set_rgba (cr, &p->muted, QUADRANT_MAP_LEGEND_WAS_ALPHA);
          circle_path (cr, &was);
          cairo_fill (cr);
          set_rgba (cr, &p->text, QUADRANT_MAP_ARROW_ALPHA);
          cairo_set_line_width (cr, QUADRANT_MAP_ARROW_WIDTH * line);
          _quadrant_map_render_arrow (cr, &shaft, head);
          break;

        case QUADRANT_MAP_LEGEND_REVIEW:
          {
            double r = 0.7 * text->marker_radius;
            double dash[] = { QUADRANT_MAP_REVIEW_RING_ON * QUADRANT_MAP_REVIEW_RING_WIDTH * line,
                              QUADRANT_MAP_REVIEW_RING_OFF * QUADRANT_MAP_REVIEW_RING_WIDTH * line };

            _quadrant_map_render_draw_marker (cr, state, text->support, text->marker_x, text->marker_y, r, 1.0);
            cairo_save (cr);
            set_rgb (cr, &p->text);
            cairo_set_line_width (cr, QUADRANT_MAP_REVIEW_RING_WIDTH * line);
            cairo_set_dash (cr, dash, 2, 0);
            cairo_new_sub_path (cr);
            cairo_arc (cr, text->marker_x, text->marker_y,
                       r + QUADRANT_MAP_REVIEW_RING_GAP * quadrant_map_layout_get_scale (layout), 0, 2 * G_PI);
            cairo_stroke (cr);
            cairo_restore (cr);
          }
          break;

        case QUADRANT_MAP_LEGEND_GOAL:
          {
            double points[6];

            _quadrant_map_legend_goal_sample (text, points);
            _quadrant_map_render_goal_head (cr, state, text->support, points, 1.0);
          }
          break;

        case QUADRANT_MAP_LEGEND_NONE:
        default:
          break;
        }

      set_rgb (cr, _quadrant_map_render_palette_color (p, _quadrant_map_text_color (text)));
      show_text (cr, state, pango_layout, text);
    }
}
