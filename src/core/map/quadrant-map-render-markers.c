/* quadrant-map-render-markers.c: the markers of the stakeholder map
 *
 * Support is shown by colour and by shape, so a map printed in grey still
 * reads. On surfaces that allow it a marker is copied from a stamp (see
 * quadrant-map-render-stamps.c) rather than filled anew.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "quadrant-map-paint-private.h"
#include "quadrant-map-render-private.h"

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

void
_quadrant_map_render_marker_shape (cairo_t         *cr,
                                   RenderState     *state,
                                   QuadrantSupport  support,
                                   double           x,
                                   double           y,
                                   double           r,
                                   double           alpha)
{
  QuadrantMarkerShape shape = quadrant_map_layout_marker_shape (support);
  Rgb color = _quadrant_map_render_support_rgb (support, state->dark);
  const Rgb *bg = &state->palette->background;
  double line = _quadrant_map_render_line (state);

  quadrant_map_render_marker_path (cr, shape, x, y, r);
  if (shape == QUADRANT_MARKER_QUESTION)
    {
      /* An empty ring: not yet aware of the ISMS at all. */
      set_rgba (cr, bg, alpha);
      cairo_fill_preserve (cr);
      set_rgba (cr, &color, alpha);
      cairo_set_line_width (cr, QUADRANT_MAP_QUESTION_WIDTH * line);
      cairo_stroke (cr);
      if (alpha >= 1.0 && r >= 4)
        draw_question (cr, state, &color, x, y, r);
      return;
    }

  set_rgba (cr, &color, alpha);
  cairo_fill_preserve (cr);
  /* A thin edge in the background colour keeps touching markers apart. */
  set_rgba (cr, bg, alpha * 0.9);
  cairo_set_line_width (cr, QUADRANT_MAP_MARKER_EDGE_WIDTH * line);
  cairo_stroke (cr);
}

void
_quadrant_map_render_draw_marker (cairo_t         *cr,
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
      _quadrant_map_render_marker_shape (cr, state, support, x, y, r, alpha);
      return;
    }

  stamp = _quadrant_map_render_stamp (cr, state, support, r, alpha, state->device_scale);
  /* To a whole device pixel, so the copy stays sharp. */
  cairo_get_matrix (cr, &matrix);
  left = round ((x - stamp->half + matrix.x0) * state->device_scale) / state->device_scale - matrix.x0;
  top = round ((y - stamp->half + matrix.y0) * state->device_scale) / state->device_scale - matrix.y0;
  cairo_set_source_surface (cr, stamp->surface, left, top);
  cairo_rectangle (cr, left, top, 2 * stamp->half, 2 * stamp->half);
  cairo_fill (cr);
}

void
_quadrant_map_render_blit_marker (cairo_t         *cr,
                                  RenderState     *state,
                                  QuadrantBlit    *blit,
                                  QuadrantSupport  support,
                                  double           x,
                                  double           y,
                                  double           r,
                                  double           alpha)
{
  Stamp *stamp = _quadrant_map_render_stamp (cr, state, support, r, alpha, state->device_scale);

  /* The same whole pixel as _quadrant_map_render_draw_marker() copies to. */
  _quadrant_map_blit_image (blit, stamp->surface,
                            (int) round ((x - stamp->half) * blit->scale + blit->offset_x),
                            (int) round ((y - stamp->half) * blit->scale + blit->offset_y));
}

void
_quadrant_map_render_support_goal (cairo_t         *cr,
                                   RenderState     *state,
                                   QuadrantSupport  current,
                                   QuadrantSupport  desired,
                                   double           x,
                                   double           y,
                                   double           r,
                                   double           alpha)
{
  double points[6];

  if (desired == current)
    return;
  /* At the marker's upper right, pointing the way support should go. */
  _quadrant_map_goal_head (x + 1.05 * r, y - 0.75 * r, 0.75 * r, desired > current, points);
  _quadrant_map_render_goal_head (cr, state, desired, points, alpha);
}

void
_quadrant_map_render_goal_head (cairo_t         *cr,
                                RenderState     *state,
                                QuadrantSupport  desired,
                                const double     points[6],
                                double           alpha)
{
  Rgb color = _quadrant_map_render_support_rgb (desired, state->dark);

  cairo_move_to (cr, points[0], points[1]);
  cairo_line_to (cr, points[2], points[3]);
  cairo_line_to (cr, points[4], points[5]);
  cairo_close_path (cr);
  set_rgba (cr, &color, alpha);
  cairo_fill_preserve (cr);
  set_rgba (cr, &state->palette->text, alpha);
  cairo_set_line_width (cr, QUADRANT_MAP_MARKER_EDGE_WIDTH * _quadrant_map_render_line (state));
  cairo_stroke (cr);
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

  state.palette = _quadrant_map_render_palette (&(QuadrantMapRenderOptions) { .dark = dark });
  state.dark = dark;
  state.scale = 1.0;
  cairo_save (cr);
  _quadrant_map_render_draw_marker (cr, &state, support, x, y, radius, 1.0);
  cairo_restore (cr);
  g_clear_object (&state.question);
}
