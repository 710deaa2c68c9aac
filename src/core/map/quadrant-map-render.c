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

#include "quadrant-map-paint-private.h"
#include "quadrant-map-render-private.h"

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

  for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
    {
      QuadrantRect box;

      if (!_quadrant_map_label_halo (layout, r, q, &box))
        continue;
      set_rgba (cr, &p->quadrant[q], p->halo_alpha * alpha);
      cairo_rectangle (cr, box.x, box.y, box.width, box.height);
      cairo_fill (cr);
    }

  if (state->stamps)
    {
      TextStamp *stamp = _quadrant_map_render_text_stamp (cr, pango_layout, state->device_scale);
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

/* Where parties were at the last revision: faint, with an arrow to now. */
static void
draw_movement (cairo_t           *cr,
               RenderState       *state,
               QuadrantMapLayout *layout)
{
  guint n_markers = quadrant_map_layout_get_n_markers (layout);
  double line = _quadrant_map_render_line (state);

  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
      QuadrantSegment shaft;
      double head;

      if (!m->has_previous)
        continue;
      _quadrant_map_render_draw_marker (cr, state, m->support, m->previous_x, m->previous_y, m->radius,
                                        QUADRANT_MAP_PREVIOUS_ALPHA);
      if (!_quadrant_map_movement_arrow (m, line, &shaft, &head))
        continue;
      set_rgba (cr, &state->palette->text, QUADRANT_MAP_ARROW_ALPHA);
      cairo_set_line_width (cr, QUADRANT_MAP_ARROW_WIDTH * line);
      _quadrant_map_render_arrow (cr, &shaft, head);
    }
}

/* Leader lines, from the marker's edge to its name's box, as one path. */
static void
draw_leaders (cairo_t           *cr,
              RenderState       *state,
              QuadrantMapLayout *layout)
{
  guint n_markers = quadrant_map_layout_get_n_markers (layout);

  set_rgb (cr, &state->palette->muted);
  cairo_set_line_width (cr, QUADRANT_MAP_LEADER_WIDTH * _quadrant_map_render_line (state));
  for (guint i = 0; i < n_markers; i++)
    {
      QuadrantSegment leader;

      if (!_quadrant_map_leader_line (quadrant_map_layout_get_marker (layout, i), &leader))
        continue;
      cairo_move_to (cr, leader.x0, leader.y0);
      cairo_line_to (cr, leader.x1, leader.y1);
    }
  cairo_stroke (cr);
}

/* The parties the user is pointing at or working on, on top of everything:
 * rings first, so the names stay readable where a ring reaches them, then
 * names, then markers. */
static void
draw_in_focus (cairo_t                 *cr,
               RenderState             *state,
               QuadrantMapLayout       *layout,
               const QuadrantMapMarker *hovered,
               const QuadrantMapMarker *selected,
               const QuadrantMapMarker *focused)
{
  const QuadrantMapMarker *candidates[] = { hovered, selected, focused };
  const QuadrantMapMarker *special[G_N_ELEMENTS (candidates)];
  const Palette *p = state->palette;
  double line = _quadrant_map_render_line (state);
  guint n_special = 0;

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      gboolean seen = candidates[k] == NULL;

      for (guint j = 0; j < n_special && !seen; j++)
        seen = special[j] == candidates[k];
      if (!seen)
        special[n_special++] = candidates[k];
    }

  if (hovered != NULL && hovered != selected)
    draw_ring (cr, &p->muted, hovered->x, hovered->y,
               hovered->radius + 3 * state->scale, line, FALSE);
  if (selected != NULL)
    {
      draw_ring (cr, &p->background, selected->x, selected->y,
                 selected->radius + 3.5 * state->scale, 3 * line, FALSE);
      draw_ring (cr, &p->text, selected->x, selected->y,
                 selected->radius + 3.5 * state->scale, 2 * line, FALSE);
    }
  if (focused != NULL)
    draw_ring (cr, &p->focus, focused->x, focused->y,
               focused->radius + 7 * state->scale, 2 * line, TRUE);

  for (guint k = 0; k < n_special; k++)
    {
      const QuadrantMapMarker *m = special[k];
      guint index = m - quadrant_map_layout_get_marker (layout, 0);

      draw_label (cr, state, layout, m, quadrant_map_layout_get_label_layout (layout, index), 1.0);
    }
  for (guint k = 0; k < n_special; k++)
    _quadrant_map_render_draw_marker (cr, state, special[k]->support, special[k]->x, special[k]->y,
                                      special[k]->radius, 1.0);
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

  g_return_if_fail (cr != NULL);
  g_return_if_fail (QUADRANT_IS_MAP_LAYOUT (layout));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (options == NULL)
    options = &defaults;

  state.dark = options->dark;
  state.scale = quadrant_map_layout_get_scale (layout);
  state.palette = _quadrant_map_render_palette (options);
  state.stamps = _quadrant_map_render_can_stamp (cr, options->pixel_scale, &state.device_scale);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  _quadrant_map_render_frame (cr, &state, layout, options->transparent);
  _quadrant_map_render_texts (cr, &state, layout);

  n_markers = quadrant_map_layout_get_n_markers (layout);
  selected = options->selected ? quadrant_map_layout_find_marker (layout, options->selected) : NULL;
  focused = options->focused ? quadrant_map_layout_find_marker (layout, options->focused) : NULL;
  hovered = options->hovered ? quadrant_map_layout_find_marker (layout, options->hovered) : NULL;

  if (options->show_movement)
    draw_movement (cr, &state, layout);
  draw_leaders (cr, &state, layout);

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
      _quadrant_map_render_draw_marker (cr, &state, m->support, m->x, m->y, m->radius, 1.0);
    }

  draw_in_focus (cr, &state, layout, hovered, selected, focused);

  g_clear_object (&state.question);
  cairo_restore (cr);
}
