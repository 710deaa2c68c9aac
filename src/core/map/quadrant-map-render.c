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

/* A name and the box behind it (only where the box would show: over
 * arrows, lines or another quadrant; on its own quadrant's tint the box has
 * that very colour); blended into blit's pixels unless it is NULL. */
static void
draw_label (cairo_t                 *cr,
            RenderState             *state,
            QuadrantBlit            *blit,
            QuadrantMapLayout       *layout,
            const QuadrantMapMarker *marker,
            PangoLayout             *pango_layout,
            double                   alpha,
            gboolean                 plain)
{
  const Palette *p = state->palette;
  const QuadrantRect *r = &marker->label;

  for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR && !plain; q++)
    {
      QuadrantRect box;

      if (!_quadrant_map_label_halo (layout, r, q, &box))
        continue;
      if (blit != NULL)
        {
          _quadrant_map_blit_rect (blit, &box, &p->quadrant[q], p->halo_alpha * alpha);
          continue;
        }
      set_rgba (cr, &p->quadrant[q], p->halo_alpha * alpha);
      cairo_rectangle (cr, box.x, box.y, box.width, box.height);
      cairo_fill (cr);
    }

  if (blit != NULL)
    {
      TextStamp *stamp = _quadrant_map_render_text_stamp (cr, pango_layout, state->device_scale);

      _quadrant_map_blit_mask (blit, stamp->mask,
                               (int) round ((r->x + stamp->x) * blit->scale + blit->offset_x),
                               (int) round ((r->y + stamp->y) * blit->scale + blit->offset_y),
                               &p->text, alpha);
      return;
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

/* A party to review: a dotted ring around its marker. */
static void
draw_review_ring (cairo_t                 *cr,
                  RenderState             *state,
                  const QuadrantMapMarker *m,
                  double                   alpha)
{
  double line = QUADRANT_MAP_REVIEW_RING_WIDTH * _quadrant_map_render_line (state);
  double dash[] = { QUADRANT_MAP_REVIEW_RING_ON * line, QUADRANT_MAP_REVIEW_RING_OFF * line };

  if (!quadrant_party_is_to_review (m->party))
    return;
  cairo_save (cr);
  set_rgba (cr, &state->palette->text, alpha);
  cairo_set_line_width (cr, line);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, m->x, m->y, m->radius + QUADRANT_MAP_REVIEW_RING_GAP * state->scale, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static inline gboolean
is_special (const RenderState *state,
            guint              index)
{
  return state->specials[0] == index || state->specials[1] == index || state->specials[2] == index;
}

static inline double
alpha_of (const RenderState *state,
          guint              index)
{
  return state->dimmed != NULL && state->dimmed->data[index] ? QUADRANT_MAP_DIMMED_ALPHA : 1.0;
}

/* Where parties were at the last revision: faint, with an arrow to now;
 * specials: only the markers in focus, else all the others. */
static void
draw_movement (cairo_t           *cr,
               RenderState       *state,
               QuadrantMapLayout *layout,
               gboolean           specials)
{
  guint n_markers = quadrant_map_layout_get_n_markers (layout);
  double line = _quadrant_map_render_line (state);

  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
      QuadrantSegment shaft;
      double head;

      if (!m->has_previous || is_special (state, i) != specials)
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

/* Leader lines, from the marker's edge to its name's box, as one path per
 * strength (the dimmed ones faint); specials as for draw_movement(). */
static void
draw_leaders (cairo_t           *cr,
              RenderState       *state,
              QuadrantMapLayout *layout,
              gboolean           specials)
{
  guint n_markers = quadrant_map_layout_get_n_markers (layout);

  cairo_set_line_width (cr, QUADRANT_MAP_LEADER_WIDTH * _quadrant_map_render_line (state));
  for (guint faint = 0; faint < (state->dimmed != NULL ? 2 : 1); faint++)
    {
      set_rgba (cr, &state->palette->muted, faint ? QUADRANT_MAP_DIMMED_ALPHA : 1.0);
      for (guint i = 0; i < n_markers; i++)
        {
          QuadrantSegment leader;

          if (is_special (state, i) != specials || (alpha_of (state, i) < 1.0) != faint ||
              !_quadrant_map_leader_line (quadrant_map_layout_get_marker (layout, i), &leader))
            continue;
          cairo_move_to (cr, leader.x0, leader.y0);
          cairo_line_to (cr, leader.x1, leader.y1);
        }
      cairo_stroke (cr);
    }
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

      draw_label (cr, state, NULL, layout, m, quadrant_map_layout_get_label_layout (layout, index), 1.0,
                  FALSE);
    }
  for (guint k = 0; k < n_special; k++)
    {
      _quadrant_map_render_draw_marker (cr, state, special[k]->support, special[k]->x, special[k]->y,
                                        special[k]->radius, 1.0);
      draw_review_ring (cr, state, special[k], 1.0);
      if (state->support_goal)
        _quadrant_map_render_support_goal (cr, state, special[k]->support, special[k]->desired_support,
                                           special[k]->x, special[k]->y, special[k]->radius, 1.0);
    }
}

void
_quadrant_map_render_still (cairo_t           *cr,
                            RenderState       *state,
                            QuadrantMapLayout *layout,
                            gboolean           transparent,
                            gboolean           show_movement)
{
  guint n_markers = quadrant_map_layout_get_n_markers (layout);
  QuadrantBlit pixels, *blit = NULL;
  QuadrantRect areas[QUADRANT_QUADRANT_MONITOR + 1];
  gboolean plain = !show_movement;

  _quadrant_map_render_frame (cr, state, layout, transparent);
  _quadrant_map_render_texts (cr, state, layout);
  if (show_movement)
    draw_movement (cr, state, layout, FALSE);
  draw_leaders (cr, state, layout, FALSE);

  /* The layout keeps names clear of the grid's lines, of markers and of
   * leader lines (see quadrant-map-labels.c): without movement arrows, a
   * name inside its quadrant lies on that quadrant's tint alone. */
  for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
    {
      QuadrantRect area = quadrant_map_layout_get_quadrant_rect (layout, q);
      double inset = MAX (1.0, state->scale) * (QUADRANT_MAP_MIDLINE_WIDTH * state->palette->line_scale / 2 + 1);

      areas[q] = _quadrant_rect_inflate (&area, -inset);
    }
  areas[QUADRANT_QUADRANT_UNPLACED] = (QuadrantRect) { 0 };

  /* Names and markers are most of a frame: straight into the pixels where
   * cr allows it. */
  if (state->stamps && _quadrant_map_blit_begin (cr, state->device_scale, &pixels))
    blit = &pixels;

  /* Only names that found a free place: on a crowded map the others would
   * bury them. Pointing at a party (or selecting it) shows its name anyway. */
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      if (m->label_overlaps || is_special (state, i))
        continue;
      draw_label (cr, state, blit, layout, m, quadrant_map_layout_get_label_layout (layout, i),
                  alpha_of (state, i), plain && _quadrant_rect_inside (&m->label, &areas[m->quadrant]));
    }

  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      if (is_special (state, i))
        continue;
      if (blit != NULL)
        _quadrant_map_render_blit_marker (cr, state, blit, m->support, m->x, m->y, m->radius,
                                          alpha_of (state, i));
      else
        _quadrant_map_render_draw_marker (cr, state, m->support, m->x, m->y, m->radius,
                                          alpha_of (state, i));
    }

  if (blit != NULL)
    _quadrant_map_blit_end (blit);

  for (guint i = 0; i < n_markers; i++)
    if (!is_special (state, i))
      draw_review_ring (cr, state, quadrant_map_layout_get_marker (layout, i), alpha_of (state, i));

  if (state->support_goal)
    for (guint i = 0; i < n_markers; i++)
      {
        const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

        if (!is_special (state, i))
          _quadrant_map_render_support_goal (cr, state, m->support, m->desired_support, m->x, m->y,
                                             m->radius, alpha_of (state, i));
      }
}

static guint
marker_index (QuadrantMapLayout       *layout,
              const QuadrantMapMarker *marker)
{
  return marker != NULL ? (guint) (marker - quadrant_map_layout_get_marker (layout, 0)) : G_MAXUINT;
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

  g_return_if_fail (cr != NULL);
  g_return_if_fail (QUADRANT_IS_MAP_LAYOUT (layout));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (options == NULL)
    options = &defaults;

  state.dark = options->dark;
  state.scale = quadrant_map_layout_get_scale (layout);
  state.palette = _quadrant_map_render_palette (options);
  state.stamps = _quadrant_map_render_can_stamp (cr, options->pixel_scale, &state.device_scale);
  state.support_goal = options->show_support_goal;

  selected = options->selected ? quadrant_map_layout_find_marker (layout, options->selected) : NULL;
  focused = options->focused ? quadrant_map_layout_find_marker (layout, options->focused) : NULL;
  hovered = options->hovered ? quadrant_map_layout_find_marker (layout, options->hovered) : NULL;
  state.specials[0] = marker_index (layout, hovered);
  state.specials[1] = marker_index (layout, selected);
  state.specials[2] = marker_index (layout, focused);
  {
    guint n_markers = quadrant_map_layout_get_n_markers (layout);
    gboolean any = options->dimmed != NULL;

    /* Dimmed by the highlight, or judged not relevant (shown on request). */
    for (guint i = 0; i < n_markers && !any; i++)
      any = quadrant_map_layout_get_marker (layout, i)->dimmed;
    if (any)
      {
        state.dimmed = g_byte_array_sized_new (n_markers);
        g_byte_array_set_size (state.dimmed, n_markers);
        for (guint i = 0; i < n_markers; i++)
          {
            const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

            state.dimmed->data[i] = !is_special (&state, i) &&
                                    (m->dimmed || (options->dimmed != NULL &&
                                                   options->dimmed (m->party, options->dimmed_data)));
          }
      }
  }

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* Everything but the parties in focus, kept from the last frames when it
   * has not changed (a drag, the pointer moving), else drawn now. */
  if (!_quadrant_map_render_layer_paint (cr, _quadrant_map_render_layer_get (layout), &state, layout,
                                         options->transparent, options->show_movement))
    _quadrant_map_render_still (cr, &state, layout, options->transparent, options->show_movement);

  if (options->show_movement)
    draw_movement (cr, &state, layout, TRUE);
  draw_leaders (cr, &state, layout, TRUE);
  draw_in_focus (cr, &state, layout, hovered, selected, focused);

  g_clear_object (&state.question);
  g_clear_pointer (&state.dimmed, g_byte_array_unref);
  cairo_restore (cr);
}
