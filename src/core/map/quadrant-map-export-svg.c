/* quadrant-map-export-svg.c: the stakeholder map as SVG, written by hand
 *
 * Written from the same layout quadrant_map_render() draws, with the same
 * geometry (quadrant-map-paint-private.h): shapes as paths (taken from
 * cairo, so they are the very same outlines) and every name as a <text>
 * element with a font family and size, so that it stays text in Inkscape and
 * browsers (cairo's SVG surface would make glyph outlines). Groups follow the
 * renderer's drawing order: grid, frame, movement, names, markers.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "quadrant-enum-types.h"
#include "quadrant-map-export-private.h"
#include "quadrant-map-paint-private.h"

typedef struct {
  GString                        *out;
  QuadrantMapLayout              *layout;
  const QuadrantMapRenderOptions *options;
  cairo_t                        *scratch;   /* turns marker shapes into paths */
  char                           *font_family;
  double                          line;      /* the grid's line width */
} Svg;

/* ---- Attributes ---- */

/* ---- Text and numbers ---- */

/* Text as XML character data: escaped, and without the control characters
 * that XML 1.0 does not allow at all. */
static void
append_text (GString    *out,
             const char *text,
             gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;

  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&apos;"); break;
        default:
          if ((guchar) *p < 0x20 && *p != '\n' && *p != '\t')
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, *p);
        }
    }
}

/* Numbers with a dot whatever the locale, and no more digits than useful. */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  /* Trim "12.50" to "12.5" and "12.00" to "12". */
  if (strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (strcmp (buffer, "-0") == 0)
    g_string_append_c (out, '0');
  else
    g_string_append (out, buffer);
}

static void
append_attr_number (GString    *out,
                     const char *name,
                     double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_number (out, value);
  g_string_append_c (out, '"');
}

/* "x,y", as path data wants a point. */
static void
append_point (GString *out,
              double   x,
              double   y)
{
  append_number (out, x);
  g_string_append_c (out, ',');
  append_number (out, y);
}

static void
append_color_attr (GString    *out,
                   const char *name,
                   double      r,
                   double      g,
                   double      b)
{
  g_string_append_printf (out, " %s=\"#%02x%02x%02x\"", name,
                          (int) lround (CLAMP (r, 0, 1) * 255),
                          (int) lround (CLAMP (g, 0, 1) * 255),
                          (int) lround (CLAMP (b, 0, 1) * 255));
}

static void
append_palette_attr (Svg              *svg,
                     const char       *name,
                     QuadrantMapColor  color)
{
  double r, g, b;

  quadrant_map_render_get_color (svg->options, color, &r, &g, &b);
  append_color_attr (svg->out, name, r, g, b);
}

/* A line in a colour of the palette, width in multiples of svg->line. */
static void
append_stroke (Svg              *svg,
               QuadrantMapColor  color,
               double            width)
{
  append_palette_attr (svg, "stroke", color);
  append_attr_number (svg->out, "stroke-width", width * svg->line);
}

/* ---- Elements ---- */

/* Opens a <rect> of r's geometry; the caller adds paint and closes it. */
static void
open_rect (Svg                *svg,
           const QuadrantRect *r)
{
  g_string_append (svg->out, "<rect");
  append_attr_number (svg->out, "x", r->x);
  append_attr_number (svg->out, "y", r->y);
  append_attr_number (svg->out, "width", r->width);
  append_attr_number (svg->out, "height", r->height);
}

static void
append_filled_rect (Svg                *svg,
                    const QuadrantRect *r,
                    QuadrantMapColor    fill)
{
  open_rect (svg, r);
  append_palette_attr (svg, "fill", fill);
  g_string_append (svg->out, "/>\n");
}

static void
open_circle (Svg                  *svg,
             const QuadrantCircle *circle)
{
  g_string_append (svg->out, "<circle");
  append_attr_number (svg->out, "cx", circle->x);
  append_attr_number (svg->out, "cy", circle->y);
  append_attr_number (svg->out, "r", circle->radius);
}

/* Opens a <path> of one straight line. */
static void
open_segment (Svg                   *svg,
              const QuadrantSegment *segment)
{
  g_string_append (svg->out, "<path d=\"M");
  append_point (svg->out, segment->x0, segment->y0);
  g_string_append (svg->out, "L");
  append_point (svg->out, segment->x1, segment->y1);
  g_string_append (svg->out, "\"");
}

/* The path cairo builds for a shape, as SVG path data. */
static void
append_shape_path (Svg                 *svg,
                   QuadrantMarkerShape  shape,
                   double               x,
                   double               y,
                   double               radius)
{
  cairo_path_t *path;

  cairo_new_path (svg->scratch);
  quadrant_map_render_marker_path (svg->scratch, shape, x, y, radius);
  path = cairo_copy_path (svg->scratch);

  g_string_append (svg->out, " d=\"");
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      cairo_path_data_t *data = &path->data[i];
      int n_points = 0;

      switch (data->header.type)
        {
        case CAIRO_PATH_MOVE_TO: g_string_append (svg->out, "M"); n_points = 1; break;
        case CAIRO_PATH_LINE_TO: g_string_append (svg->out, "L"); n_points = 1; break;
        case CAIRO_PATH_CURVE_TO: g_string_append (svg->out, "C"); n_points = 3; break;
        case CAIRO_PATH_CLOSE_PATH: g_string_append (svg->out, "Z"); break;
        default: break;
        }
      for (int k = 1; k <= n_points; k++)
        {
          if (k > 1)
            g_string_append_c (svg->out, ' ');
          append_point (svg->out, data[k].point.x, data[k].point.y);
        }
    }
  g_string_append (svg->out, "\"");
  cairo_path_destroy (path);
}

/* data-party says whose it is, for tools (and tests) reading the file. */
static void
append_party_attrs (GString       *out,
                    const char    *class_name,
                    QuadrantParty *party)
{
  g_string_append_printf (out, " class=\"%s\"", class_name);
  if (party != NULL && quadrant_party_get_id (party) != NULL)
    {
      g_string_append (out, " data-party=\"");
      append_text (out, quadrant_party_get_id (party), -1);
      g_string_append_c (out, '"');
    }
}

static void
append_marker (Svg             *svg,
               QuadrantSupport  support,
               double           x,
               double           y,
               double           radius,
               double           opacity,
               QuadrantParty   *party)
{
  QuadrantMarkerShape shape = quadrant_map_layout_marker_shape (support);
  double r, g, b;

  quadrant_map_render_support_color (support, svg->options->dark, &r, &g, &b);
  g_string_append (svg->out, "<path");
  if (party != NULL)
    append_party_attrs (svg->out, "marker", party);
  append_shape_path (svg, shape, x, y, radius);
  if (shape == QUADRANT_MARKER_QUESTION)
    {
      /* An empty ring: not yet aware of the ISMS at all. */
      append_palette_attr (svg, "fill", QUADRANT_MAP_COLOR_BACKGROUND);
      append_color_attr (svg->out, "stroke", r, g, b);
      append_attr_number (svg->out, "stroke-width", QUADRANT_MAP_QUESTION_WIDTH * svg->line);
    }
  else
    {
      append_color_attr (svg->out, "fill", r, g, b);
      append_stroke (svg, QUADRANT_MAP_COLOR_BACKGROUND, QUADRANT_MAP_MARKER_EDGE_WIDTH);
    }
  if (opacity < 1.0)
    append_attr_number (svg->out, "opacity", opacity);
  g_string_append (svg->out, "/>\n");

  if (shape == QUADRANT_MARKER_QUESTION && opacity >= 1.0 && radius >= 4)
    {
      g_string_append (svg->out, "<text text-anchor=\"middle\" font-weight=\"bold\"");
      append_attr_number (svg->out, "x", x);
      /* The "?" sits on a baseline a third of its size below the centre. */
      append_attr_number (svg->out, "y", y + 0.5 * radius);
      append_attr_number (svg->out, "font-size", 1.5 * radius);
      append_color_attr (svg->out, "fill", r, g, b);
      g_string_append (svg->out, ">?</text>\n");
    }
}

/* The dotted ring of a party to review around a marker of radius r. */
static void
append_review_ring (Svg           *svg,
                    double         x,
                    double         y,
                    double         r,
                    QuadrantParty *party)
{
  QuadrantCircle ring = { x, y, r + QUADRANT_MAP_REVIEW_RING_GAP * quadrant_map_layout_get_scale (svg->layout) };
  double line = QUADRANT_MAP_REVIEW_RING_WIDTH * svg->line;

  open_circle (svg, &ring);
  if (party != NULL)
    append_party_attrs (svg->out, "to-review", party);
  g_string_append (svg->out, " fill=\"none\"");
  append_stroke (svg, QUADRANT_MAP_COLOR_TEXT, QUADRANT_MAP_REVIEW_RING_WIDTH);
  g_string_append (svg->out, " stroke-dasharray=\"");
  append_number (svg->out, QUADRANT_MAP_REVIEW_RING_ON * line);
  g_string_append_c (svg->out, ' ');
  append_number (svg->out, QUADRANT_MAP_REVIEW_RING_OFF * line);
  g_string_append (svg->out, "\"/>\n");
}

/* A support goal's arrowhead (see _quadrant_map_goal_head), in the colour
 * of the support wanted. */
static void
append_goal_head (Svg             *svg,
                  QuadrantSupport  desired,
                  const double     points[6],
                  QuadrantParty   *party)
{
  double r, g, b;

  quadrant_map_render_support_color (desired, svg->options->dark, &r, &g, &b);
  g_string_append (svg->out, "<path");
  if (party != NULL)
    append_party_attrs (svg->out, "goal", party);
  g_string_append (svg->out, " d=\"M");
  for (guint i = 0; i < 6; i += 2)
    {
      if (i > 0)
        g_string_append (svg->out, " L");
      append_number (svg->out, points[i]);
      g_string_append_c (svg->out, ' ');
      append_number (svg->out, points[i + 1]);
    }
  g_string_append (svg->out, " Z\"");
  append_color_attr (svg->out, "fill", r, g, b);
  append_stroke (svg, QUADRANT_MAP_COLOR_TEXT, QUADRANT_MAP_MARKER_EDGE_WIDTH);
  g_string_append (svg->out, "/>\n");
}

static void
append_arrow (Svg                   *svg,
              const QuadrantSegment *shaft,
              double                 head)
{
  double xl, yl, xr, yr;

  _quadrant_map_arrow_head (shaft, head, &xl, &yl, &xr, &yr);
  open_segment (svg, shaft);
  g_string_append (svg->out, " fill=\"none\"");
  append_stroke (svg, QUADRANT_MAP_COLOR_TEXT, QUADRANT_MAP_ARROW_WIDTH);
  append_attr_number (svg->out, "stroke-opacity", QUADRANT_MAP_ARROW_ALPHA);
  g_string_append (svg->out, "/>\n<path d=\"M");
  append_point (svg->out, shaft->x1, shaft->y1);
  g_string_append (svg->out, "L");
  append_point (svg->out, xl, yl);
  g_string_append (svg->out, "L");
  append_point (svg->out, xr, yr);
  g_string_append (svg->out, "Z\"");
  append_palette_attr (svg, "fill", QUADRANT_MAP_COLOR_TEXT);
  append_attr_number (svg->out, "fill-opacity", QUADRANT_MAP_ARROW_ALPHA);
  g_string_append (svg->out, "/>\n");
}

/* One <text> per piece of text; one <tspan> per line of a wrapped name, at
 * the baseline pango gave it. */
static void
append_pango_text (Svg              *svg,
                   PangoLayout      *pango_layout,
                   double            x,
                   double            y,
                   double            size,
                   gboolean          bold,
                   QuadrantMapColor  fill,
                   const char       *extra)
{
  const char *text = pango_layout_get_text (pango_layout);
  PangoLayoutIter *iter = pango_layout_get_iter (pango_layout);

  g_string_append (svg->out, "<text");
  append_attr_number (svg->out, "x", x);
  append_attr_number (svg->out, "y", y + pango_layout_get_baseline (pango_layout) / (double) PANGO_SCALE);
  append_attr_number (svg->out, "font-size", size);
  if (bold)
    g_string_append (svg->out, " font-weight=\"bold\"");
  append_palette_attr (svg, "fill", fill);
  if (extra != NULL)
    g_string_append_printf (svg->out, " %s", extra);
  g_string_append_c (svg->out, '>');

  if (pango_layout_get_line_count (pango_layout) == 1)
    append_text (svg->out, text, -1);
  else
    do
      {
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
        PangoRectangle logical;

        pango_layout_iter_get_line_extents (iter, NULL, &logical);
        g_string_append (svg->out, "<tspan");
        append_attr_number (svg->out, "x", x + (double) logical.x / PANGO_SCALE);
        append_attr_number (svg->out, "y", y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
        g_string_append_c (svg->out, '>');
        /* Lines keep the space they broke at, so the name reads whole. */
        append_text (svg->out, text + line->start_index, line->length);
        g_string_append (svg->out, "</tspan>");
      }
    while (pango_layout_iter_next_line (iter));

  g_string_append (svg->out, "</text>\n");
  pango_layout_iter_free (iter);
}

/* The family that fontconfig really picked for "Sans", so that viewers use
 * the same font the layout was measured with. */
static char *
resolve_font_family (QuadrantMapLayout *layout)
{
  g_autoptr(PangoFontDescription) description = NULL;
  g_autoptr(PangoFont) font = NULL;
  PangoLayout *pango_layout;
  const char *family;

  if (quadrant_map_layout_get_n_texts (layout) == 0)
    return g_strdup (quadrant_map_layout_get_font_family (layout));

  pango_layout = quadrant_map_layout_get_text_layout (layout, 0);
  font = pango_context_load_font (pango_layout_get_context (pango_layout),
                                  pango_layout_get_font_description (pango_layout));
  if (font != NULL)
    description = pango_font_describe (font);
  family = description != NULL ? pango_font_description_get_family (description) : NULL;
  return g_strdup (family != NULL ? family : quadrant_map_layout_get_font_family (layout));
}

/* ---- The map, group by group ---- */

static void
write_grid (Svg  *svg,
            int   width,
            int   height)
{
  QuadrantRect plot = quadrant_map_layout_get_plot (svg->layout);
  double x_mid, y_mid;

  if (!svg->options->transparent)
    append_filled_rect (svg, &(QuadrantRect) { 0, 0, width, height }, QUADRANT_MAP_COLOR_BACKGROUND);
  g_string_append (svg->out, "<g id=\"grid\">\n");
  for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
    {
      QuadrantRect area = quadrant_map_layout_get_quadrant_rect (svg->layout, q);

      open_rect (svg, &area);
      g_string_append_printf (svg->out, " data-quadrant=\"%s\"", quadrant_enum_to_nick (QUADRANT_TYPE_QUADRANT, q));
      append_palette_attr (svg, "fill", _quadrant_map_quadrant_color (q));
      g_string_append (svg->out, "/>\n");
    }
  open_rect (svg, &plot);
  g_string_append (svg->out, " fill=\"none\"");
  append_stroke (svg, QUADRANT_MAP_COLOR_BORDER, 1.0);
  g_string_append (svg->out, "/>\n");

  quadrant_map_layout_to_point (svg->layout, QUADRANT_HIGH_THRESHOLD, QUADRANT_HIGH_THRESHOLD,
                                &x_mid, &y_mid);
  g_string_append (svg->out, "<path class=\"midlines\" d=\"M");
  append_point (svg->out, x_mid, plot.y);
  g_string_append (svg->out, "V");
  append_number (svg->out, plot.y + plot.height);
  g_string_append (svg->out, "M");
  append_point (svg->out, plot.x, y_mid);
  g_string_append (svg->out, "H");
  append_number (svg->out, plot.x + plot.width);
  g_string_append (svg->out, "\" fill=\"none\"");
  append_stroke (svg, QUADRANT_MAP_COLOR_MIDLINE, QUADRANT_MAP_MIDLINE_WIDTH);
  g_string_append (svg->out, "/>\n</g>\n");
}

static void
write_legend_sample (Svg                   *svg,
                     const QuadrantMapText *text)
{
  QuadrantCircle small, large, was;
  QuadrantSegment shaft;
  double head;

  switch (text->legend_kind)
    {
    case QUADRANT_MAP_LEGEND_SUPPORT:
      append_marker (svg, text->support, text->marker_x, text->marker_y, text->marker_radius, 1.0, NULL);
      break;

    case QUADRANT_MAP_LEGEND_SIZE:
      _quadrant_map_legend_size_sample (text, &small, &large);
      open_circle (svg, &small);
      g_string_append (svg->out, " fill=\"none\"");
      append_stroke (svg, QUADRANT_MAP_COLOR_MUTED, 1.0);
      g_string_append (svg->out, "/>\n");
      open_circle (svg, &large);
      g_string_append (svg->out, " fill=\"none\"");
      append_stroke (svg, QUADRANT_MAP_COLOR_MUTED, 1.0);
      g_string_append (svg->out, "/>\n");
      break;

    case QUADRANT_MAP_LEGEND_MOVEMENT:
      _quadrant_map_legend_movement_sample (text, &was, &shaft, &head);
      open_circle (svg, &was);
      append_palette_attr (svg, "fill", QUADRANT_MAP_COLOR_MUTED);
      append_attr_number (svg->out, "opacity", QUADRANT_MAP_LEGEND_WAS_ALPHA);
      g_string_append (svg->out, "/>\n");
      append_arrow (svg, &shaft, head);
      break;

    case QUADRANT_MAP_LEGEND_REVIEW:
      append_marker (svg, text->support, text->marker_x, text->marker_y, 0.7 * text->marker_radius, 1.0, NULL);
      append_review_ring (svg, text->marker_x, text->marker_y, 0.7 * text->marker_radius, NULL);
      break;

    case QUADRANT_MAP_LEGEND_GOAL:
      {
        double points[6];

        _quadrant_map_legend_goal_sample (text, points);
        append_goal_head (svg, text->support, points, NULL);
      }
      break;

    case QUADRANT_MAP_LEGEND_NONE:
    default:
      break;
    }
}

/* The legend's box, then every fixed text with the legend's samples. */
static void
write_frame (Svg *svg)
{
  QuadrantRect legend = quadrant_map_layout_get_legend (svg->layout);

  g_string_append (svg->out, "<g id=\"frame\">\n");
  if (legend.width > 0 && legend.height > 0)
    {
      open_rect (svg, &legend);
      append_palette_attr (svg, "fill", QUADRANT_MAP_COLOR_LEGEND_BACKGROUND);
      append_stroke (svg, QUADRANT_MAP_COLOR_BORDER, 1.0);
      g_string_append (svg->out, "/>\n");
    }
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (svg->layout); i++)
    {
      const QuadrantMapText *text = quadrant_map_layout_get_text (svg->layout, i);
      PangoLayout *pango_layout = quadrant_map_layout_get_text_layout (svg->layout, i);
      g_autofree char *transform = NULL;
      double x, y;

      write_legend_sample (svg, text);
      if (_quadrant_map_text_origin (text, &x, &y))
        {
          GString *t = g_string_new ("transform=\"rotate(-90 ");

          append_number (t, x);
          g_string_append_c (t, ' ');
          append_number (t, y);
          g_string_append (t, ")\"");
          transform = g_string_free (t, FALSE);
        }
      if (text->role == QUADRANT_MAP_TEXT_KEY || text->role == QUADRANT_MAP_TEXT_UNASSESSED)
        {
          g_autoptr(GString) attrs = g_string_new (NULL);

          append_party_attrs (attrs, text->role == QUADRANT_MAP_TEXT_KEY ? "key" : "unassessed", text->party);
          g_string_erase (attrs, 0, 1);
          transform = g_string_free (g_steal_pointer (&attrs), FALSE);
        }
      append_pango_text (svg, pango_layout, x, y, text->size, text->bold,
                         _quadrant_map_text_color (text), transform);
    }
  g_string_append (svg->out, "</g>\n");
}

/* Movement since the last revision */
static void
write_movement (Svg *svg)
{
  guint n_markers = quadrant_map_layout_get_n_markers (svg->layout);

  g_string_append (svg->out, "<g id=\"movement\">\n");
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (svg->layout, i);
      QuadrantSegment shaft;
      double head;

      if (!m->has_previous)
        continue;
      append_marker (svg, m->support, m->previous_x, m->previous_y, m->radius, QUADRANT_MAP_PREVIOUS_ALPHA, NULL);
      if (_quadrant_map_movement_arrow (m, svg->line, &shaft, &head))
        append_arrow (svg, &shaft, head);
    }
  g_string_append (svg->out, "</g>\n");
}

/* Names: leader line, a box that keeps them readable on lines, the text */
static void
write_names (Svg *svg)
{
  guint n_markers = quadrant_map_layout_get_n_markers (svg->layout);
  double label_size = quadrant_map_layout_get_label_size (svg->layout);
  double halo = quadrant_map_render_get_halo_alpha (svg->options);

  g_string_append (svg->out, "<g id=\"names\">\n");
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (svg->layout, i);
      PangoLayout *pango_layout = quadrant_map_layout_get_label_layout (svg->layout, i);
      const QuadrantRect *r = &m->label;
      QuadrantSegment leader;

      if (_quadrant_map_leader_line (m, &leader))
        {
          open_segment (svg, &leader);
          append_party_attrs (svg->out, "leader", m->party);
          append_stroke (svg, QUADRANT_MAP_COLOR_MUTED, QUADRANT_MAP_LEADER_WIDTH);
          g_string_append (svg->out, "/>\n");
        }

      /* A name without a free place is in the file, hidden as on screen
       * and in PNG: found by a search, shown by whoever edits the map. */
      if (m->label_overlaps || m->key_number > 0)
        {
          g_autoptr(PangoLayout) name = pango_layout_copy (pango_layout);

          pango_layout_set_text (name, quadrant_party_get_name (m->party), -1);
          append_pango_text (svg, name, r->x, r->y, label_size, FALSE,
                             QUADRANT_MAP_COLOR_TEXT, "class=\"name-hidden\" visibility=\"hidden\"");
          if (m->label_overlaps)
            continue;
        }

      for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
        {
          QuadrantRect box;

          if (!_quadrant_map_label_halo (svg->layout, r, q, &box))
            continue;
          open_rect (svg, &box);
          append_party_attrs (svg->out, "name-box", m->party);
          append_palette_attr (svg, "fill", _quadrant_map_quadrant_color (q));
          append_attr_number (svg->out, "fill-opacity", halo);
          g_string_append (svg->out, "/>\n");
        }
      {
        g_autoptr(GString) attrs = g_string_new (NULL);

        append_party_attrs (attrs, m->key_number > 0 ? "number" : "name", m->party);
        g_string_erase (attrs, 0, 1);
        if (m->key_number > 0)
          g_string_append (attrs, " font-weight=\"bold\"");
        append_pango_text (svg, pango_layout, r->x, r->y, label_size, FALSE,
                           QUADRANT_MAP_COLOR_TEXT, attrs->str);
      }
    }
  g_string_append (svg->out, "</g>\n");
}

/* Markers on top */
static void
write_markers (Svg *svg)
{
  guint n_markers = quadrant_map_layout_get_n_markers (svg->layout);

  g_string_append (svg->out, "<g id=\"markers\">\n");
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (svg->layout, i);

      append_marker (svg, m->support, m->x, m->y, m->radius, 1.0, m->party);
      if (quadrant_party_is_to_review (m->party))
        append_review_ring (svg, m->x, m->y, m->radius, m->party);
      if (svg->options->show_support_goal && m->desired_support != m->support)
        {
          double points[6];

          _quadrant_map_goal_head (m->x + 1.05 * m->radius, m->y - 0.75 * m->radius, 0.75 * m->radius,
                                   m->desired_support > m->support, points);
          append_goal_head (svg, m->desired_support, points, m->party);
        }
    }
  g_string_append (svg->out, "</g>\n");
}

GBytes *
_quadrant_map_export_svg (QuadrantMapLayout              *layout,
                          int                             width,
                          int                             height,
                          const char                     *title,
                          const QuadrantMapRenderOptions *options)
{
  Svg svg = { 0 };
  cairo_surface_t *scratch_surface;

  svg.out = g_string_sized_new (4096 + 600 * quadrant_map_layout_get_n_markers (layout));
  svg.layout = layout;
  svg.options = options;
  svg.line = quadrant_map_render_get_line_width (layout, options);
  scratch_surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  svg.scratch = cairo_create (scratch_surface);
  svg.font_family = resolve_font_family (layout);

  g_string_append (svg.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
  g_string_append_printf (svg.out, " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"",
                          width, height, width, height);
  g_string_append (svg.out, " font-family=\"");
  append_text (svg.out, svg.font_family, -1);
  g_string_append (svg.out, ", sans-serif\">\n<title>");
  append_text (svg.out, title, -1);
  g_string_append (svg.out, "</title>\n");

  write_grid (&svg, width, height);
  write_frame (&svg);
  if (options->show_movement)
    write_movement (&svg);
  write_names (&svg);
  write_markers (&svg);
  g_string_append (svg.out, "</svg>\n");

  cairo_destroy (svg.scratch);
  cairo_surface_destroy (scratch_surface);
  g_free (svg.font_family);
  return g_string_free_to_bytes (svg.out);
}
