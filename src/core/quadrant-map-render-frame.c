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

#include "quadrant-map-render-private.h"

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

void
_quadrant_map_render_arrow (cairo_t *cr,
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

void
_quadrant_map_render_texts (cairo_t           *cr,
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
          _quadrant_map_render_draw_marker (cr, state, text->support, text->marker_x, text->marker_y, r, 1.0);
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
          _quadrant_map_render_arrow (cr, text->marker_x - 0.1 * r, text->marker_y,
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
