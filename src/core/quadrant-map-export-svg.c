/* quadrant-map-export-svg.c: the stakeholder map as SVG, written by hand
 *
 * Written from the same layout quadrant_map_render() draws: shapes as paths
 * (taken from cairo, so they are the very same outlines) and every name as a
 * <text> element with a font family and size, so that it stays text in
 * Inkscape and browsers (cairo's SVG surface would make glyph outlines).
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "quadrant-map-export-private.h"

static QuadrantMapColor
quadrant_color (QuadrantQuadrant quadrant)
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

typedef struct {
  GString                        *out;
  QuadrantMapLayout              *layout;
  const QuadrantMapRenderOptions *options;
  cairo_t                        *scratch;   /* turns marker shapes into paths */
  char                           *font_family;
} Svg;

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

static void
append_color (GString *out,
              double   r,
              double   g,
              double   b)
{
  g_string_append_printf (out, "#%02x%02x%02x",
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
  g_string_append_printf (svg->out, " %s=\"", name);
  append_color (svg->out, r, g, b);
  g_string_append_c (svg->out, '"');
}

static void
append_rect (Svg                *svg,
             const QuadrantRect *r,
             QuadrantMapColor    fill,
             const char         *extra)
{
  g_string_append (svg->out, "<rect");
  append_attr_number (svg->out, "x", r->x);
  append_attr_number (svg->out, "y", r->y);
  append_attr_number (svg->out, "width", r->width);
  append_attr_number (svg->out, "height", r->height);
  append_palette_attr (svg, "fill", fill);
  if (extra != NULL)
    g_string_append_printf (svg->out, " %s", extra);
  g_string_append (svg->out, "/>\n");
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
          append_number (svg->out, data[k].point.x);
          g_string_append_c (svg->out, ',');
          append_number (svg->out, data[k].point.y);
        }
    }
  g_string_append (svg->out, "\"");
  cairo_path_destroy (path);
}

static void
append_marker (Svg             *svg,
               QuadrantSupport  support,
               double           x,
               double           y,
               double           radius,
               double           opacity)
{
  QuadrantMarkerShape shape = quadrant_map_layout_marker_shape (support);
  double line = quadrant_map_render_get_line_width (svg->layout, svg->options);
  double r, g, b;

  quadrant_map_render_support_color (support, svg->options->dark, &r, &g, &b);
  g_string_append (svg->out, "<path");
  append_shape_path (svg, shape, x, y, radius);
  if (shape == QUADRANT_MARKER_QUESTION)
    {
      append_palette_attr (svg, "fill", QUADRANT_MAP_COLOR_BACKGROUND);
      g_string_append (svg->out, " stroke=\"");
      append_color (svg->out, r, g, b);
      g_string_append (svg->out, "\"");
      append_attr_number (svg->out, "stroke-width", 1.4 * line);
    }
  else
    {
      g_string_append (svg->out, " fill=\"");
      append_color (svg->out, r, g, b);
      g_string_append (svg->out, "\"");
      append_palette_attr (svg, "stroke", QUADRANT_MAP_COLOR_BACKGROUND);
      append_attr_number (svg->out, "stroke-width", 0.8 * line);
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
      g_string_append (svg->out, " fill=\"");
      append_color (svg->out, r, g, b);
      g_string_append (svg->out, "\">?</text>\n");
    }
}

static void
append_arrow (Svg    *svg,
              double  x0,
              double  y0,
              double  x1,
              double  y1,
              double  head,
              double  line)
{
  double angle = atan2 (y1 - y0, x1 - x0);

  g_string_append (svg->out, "<path d=\"M");
  append_number (svg->out, x0);
  g_string_append_c (svg->out, ',');
  append_number (svg->out, y0);
  g_string_append (svg->out, "L");
  append_number (svg->out, x1);
  g_string_append_c (svg->out, ',');
  append_number (svg->out, y1);
  g_string_append (svg->out, "\" fill=\"none\"");
  append_palette_attr (svg, "stroke", QUADRANT_MAP_COLOR_MUTED);
  append_attr_number (svg->out, "stroke-width", line);
  g_string_append (svg->out, "/>\n<path d=\"M");
  append_number (svg->out, x1);
  g_string_append_c (svg->out, ',');
  append_number (svg->out, y1);
  g_string_append (svg->out, "L");
  append_number (svg->out, x1 - head * cos (angle - 0.45));
  g_string_append_c (svg->out, ',');
  append_number (svg->out, y1 - head * sin (angle - 0.45));
  g_string_append (svg->out, "L");
  append_number (svg->out, x1 - head * cos (angle + 0.45));
  g_string_append_c (svg->out, ',');
  append_number (svg->out, y1 - head * sin (angle + 0.45));
  g_string_append (svg->out, "Z\"");
  append_palette_attr (svg, "fill", QUADRANT_MAP_COLOR_MUTED);
  g_string_append (svg->out, "/>\n");
}

/* One <text> per piece of text; one <tspan> per line of a wrapped name, at
 * the baseline pango gave it. */
static void
append_pango_text (Svg         *svg,
                   PangoLayout *pango_layout,
                   double       x,
                   double       y,
                   double       size,
                   gboolean     bold,
                   QuadrantMapColor fill,
                   const char  *extra)
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

GBytes *
_quadrant_map_export_svg (QuadrantMapLayout              *layout,
                          int                             width,
                          int                             height,
                          const char                     *title,
                          const QuadrantMapRenderOptions *options)
{
  static const struct {
    QuadrantQuadrant quadrant;
    QuadrantMapColor color;
  } quadrants[] = {
    { QUADRANT_QUADRANT_MANAGE_CLOSELY, QUADRANT_MAP_COLOR_MANAGE_CLOSELY },
    { QUADRANT_QUADRANT_KEEP_SATISFIED, QUADRANT_MAP_COLOR_KEEP_SATISFIED },
    { QUADRANT_QUADRANT_KEEP_INFORMED, QUADRANT_MAP_COLOR_KEEP_INFORMED },
    { QUADRANT_QUADRANT_MONITOR, QUADRANT_MAP_COLOR_MONITOR },
  };
  Svg svg = { 0 };
  cairo_surface_t *scratch_surface;
  QuadrantRect plot = quadrant_map_layout_get_plot (layout);
  QuadrantRect legend = quadrant_map_layout_get_legend (layout);
  double line = quadrant_map_render_get_line_width (layout, options);
  double halo = quadrant_map_render_get_halo_alpha (options);
  guint n_markers = quadrant_map_layout_get_n_markers (layout);
  double x_mid, y_mid;
  g_autofree char *stroke = NULL;

  svg.out = g_string_sized_new (4096 + 600 * n_markers);
  svg.layout = layout;
  svg.options = options;
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

  /* Background, quadrants, grid */
  if (!options->transparent)
    append_rect (&svg, &(QuadrantRect) { 0, 0, width, height }, QUADRANT_MAP_COLOR_BACKGROUND, NULL);
  g_string_append (svg.out, "<g id=\"grid\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (quadrants); i++)
    {
      QuadrantRect q = quadrant_map_layout_get_quadrant_rect (layout, quadrants[i].quadrant);

      append_rect (&svg, &q, quadrants[i].color, NULL);
    }
  {
    GString *attrs = g_string_new (NULL);
    double r, g, b;

    quadrant_map_render_get_color (options, QUADRANT_MAP_COLOR_BORDER, &r, &g, &b);
    g_string_append (attrs, "stroke=\"");
    append_color (attrs, r, g, b);
    g_string_append (attrs, "\" stroke-width=\"");
    append_number (attrs, line);
    g_string_append_c (attrs, '"');
    stroke = g_string_free (attrs, FALSE);
  }
  g_string_append (svg.out, "<rect");
  append_attr_number (svg.out, "x", plot.x);
  append_attr_number (svg.out, "y", plot.y);
  append_attr_number (svg.out, "width", plot.width);
  append_attr_number (svg.out, "height", plot.height);
  g_string_append_printf (svg.out, " fill=\"none\" %s/>\n", stroke);

  quadrant_map_layout_to_point (layout, QUADRANT_HIGH_THRESHOLD, QUADRANT_HIGH_THRESHOLD,
                                &x_mid, &y_mid);
  g_string_append (svg.out, "<path d=\"M");
  append_number (svg.out, x_mid);
  g_string_append_c (svg.out, ',');
  append_number (svg.out, plot.y);
  g_string_append (svg.out, "V");
  append_number (svg.out, plot.y + plot.height);
  g_string_append (svg.out, "M");
  append_number (svg.out, plot.x);
  g_string_append_c (svg.out, ',');
  append_number (svg.out, y_mid);
  g_string_append (svg.out, "H");
  append_number (svg.out, plot.x + plot.width);
  g_string_append (svg.out, "\" fill=\"none\"");
  append_palette_attr (&svg, "stroke", QUADRANT_MAP_COLOR_MIDLINE);
  append_attr_number (svg.out, "stroke-width", 1.5 * line);
  g_string_append (svg.out, "/>\n</g>\n");

  /* Legend box, then every fixed text (with the legend's sample markers) */
  g_string_append (svg.out, "<g id=\"frame\">\n");
  if (legend.width > 0 && legend.height > 0)
    {
      append_rect (&svg, &legend, QUADRANT_MAP_COLOR_LEGEND_BACKGROUND, stroke);
    }
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    {
      const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);
      PangoLayout *pango_layout = quadrant_map_layout_get_text_layout (layout, i);
      QuadrantMapColor fill = (text->role == QUADRANT_MAP_TEXT_SUBTITLE ||
                               text->role == QUADRANT_MAP_TEXT_NOTE) ?
                              QUADRANT_MAP_COLOR_MUTED : QUADRANT_MAP_COLOR_TEXT;
      double r = text->marker_radius;

      switch (text->legend_kind)
        {
        case QUADRANT_MAP_LEGEND_SUPPORT:
          append_marker (&svg, text->support, text->marker_x, text->marker_y, r, 1.0);
          break;

        case QUADRANT_MAP_LEGEND_SIZE:
          g_string_append (svg.out, "<circle");
          append_attr_number (svg.out, "cx", text->marker_x);
          append_attr_number (svg.out, "cy", text->marker_y + 0.45 * r);
          append_attr_number (svg.out, "r", 0.5 * r);
          g_string_append (svg.out, " fill=\"none\"");
          append_palette_attr (&svg, "stroke", QUADRANT_MAP_COLOR_MUTED);
          append_attr_number (svg.out, "stroke-width", line);
          g_string_append (svg.out, "/>\n<circle");
          append_attr_number (svg.out, "cx", text->marker_x);
          append_attr_number (svg.out, "cy", text->marker_y);
          append_attr_number (svg.out, "r", 0.95 * r);
          g_string_append (svg.out, " fill=\"none\"");
          append_palette_attr (&svg, "stroke", QUADRANT_MAP_COLOR_MUTED);
          append_attr_number (svg.out, "stroke-width", line);
          g_string_append (svg.out, "/>\n");
          break;

        case QUADRANT_MAP_LEGEND_MOVEMENT:
          g_string_append (svg.out, "<circle");
          append_attr_number (svg.out, "cx", text->marker_x - 0.6 * r);
          append_attr_number (svg.out, "cy", text->marker_y);
          append_attr_number (svg.out, "r", 0.45 * r);
          append_palette_attr (&svg, "fill", QUADRANT_MAP_COLOR_MUTED);
          g_string_append (svg.out, " opacity=\"0.35\"/>\n");
          append_arrow (&svg, text->marker_x - 0.1 * r, text->marker_y,
                        text->marker_x + 1.1 * r, text->marker_y, 0.6 * r, line);
          break;

        case QUADRANT_MAP_LEGEND_NONE:
        default:
          break;
        }

      if (text->vertical)
        {
          g_autofree char *transform = NULL;
          GString *t = g_string_new ("transform=\"rotate(-90 ");

          append_number (t, text->rect.x);
          g_string_append_c (t, ' ');
          append_number (t, text->rect.y + text->rect.height);
          g_string_append (t, ")\"");
          transform = g_string_free (t, FALSE);
          append_pango_text (&svg, pango_layout, text->rect.x, text->rect.y + text->rect.height,
                             text->size, text->bold, fill, transform);
        }
      else
        append_pango_text (&svg, pango_layout, text->rect.x, text->rect.y,
                           text->size, text->bold, fill, NULL);
    }
  g_string_append (svg.out, "</g>\n");

  /* Movement since the last revision */
  if (options->show_movement)
    {
      g_string_append (svg.out, "<g id=\"movement\">\n");
      for (guint i = 0; i < n_markers; i++)
        {
          const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
          double dx, dy, d;

          if (!m->has_previous)
            continue;
          append_marker (&svg, m->support, m->previous_x, m->previous_y, m->radius, 0.3);
          dx = m->x - m->previous_x;
          dy = m->y - m->previous_y;
          d = hypot (dx, dy);
          if (d <= m->radius * 2)
            continue;
          append_arrow (&svg, m->previous_x + dx / d * m->radius, m->previous_y + dy / d * m->radius,
                        m->x - dx / d * (m->radius + 2 * line), m->y - dy / d * (m->radius + 2 * line),
                        MAX (5.0, 0.9 * m->radius), line);
        }
      g_string_append (svg.out, "</g>\n");
    }

  /* Names: leader line, a box that keeps them readable on lines, the text */
  g_string_append (svg.out, "<g id=\"names\">\n");
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
      const QuadrantRect *r = &m->label;
      g_autofree char *halo_attr = NULL;

      if (m->label_moved && !m->label_overlaps)
        {
          double nx = CLAMP (m->x, r->x, r->x + r->width);
          double ny = CLAMP (m->y, r->y, r->y + r->height);
          double dx = nx - m->x, dy = ny - m->y, d = hypot (dx, dy);

          if (d > m->radius)
            {
              g_string_append (svg.out, "<path d=\"M");
              append_number (svg.out, m->x + dx / d * m->radius);
              g_string_append_c (svg.out, ',');
              append_number (svg.out, m->y + dy / d * m->radius);
              g_string_append (svg.out, "L");
              append_number (svg.out, nx);
              g_string_append_c (svg.out, ',');
              append_number (svg.out, ny);
              g_string_append (svg.out, "\"");
              append_palette_attr (&svg, "stroke", QUADRANT_MAP_COLOR_MUTED);
              append_attr_number (svg.out, "stroke-width", 0.8 * line);
              g_string_append (svg.out, "/>\n");
            }
        }

      /* A name without a free place is in the file, hidden as on screen
       * and in PNG: found by a search, shown by whoever edits the map. */
      if (m->label_overlaps)
        {
          append_pango_text (&svg, quadrant_map_layout_get_label_layout (layout, i), r->x, r->y,
                             quadrant_map_layout_get_label_size (layout), FALSE,
                             QUADRANT_MAP_COLOR_TEXT, "visibility=\"hidden\"");
          continue;
        }

      {
        GString *a = g_string_new ("fill-opacity=\"");

        append_number (a, halo);
        g_string_append_c (a, '"');
        halo_attr = g_string_free (a, FALSE);
      }
      for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
        {
          QuadrantRect area = quadrant_map_layout_get_quadrant_rect (layout, q);
          double x0 = MAX (r->x - 1, area.x), x1 = MIN (r->x + r->width + 1, area.x + area.width);
          double y0 = MAX (r->y, area.y), y1 = MIN (r->y + r->height, area.y + area.height);

          if (x1 > x0 && y1 > y0)
            append_rect (&svg, &(QuadrantRect) { x0, y0, x1 - x0, y1 - y0 }, quadrant_color (q),
                         halo_attr);
        }
      append_pango_text (&svg, quadrant_map_layout_get_label_layout (layout, i), r->x, r->y,
                         quadrant_map_layout_get_label_size (layout), FALSE,
                         QUADRANT_MAP_COLOR_TEXT, NULL);
    }
  g_string_append (svg.out, "</g>\n");

  /* Markers on top */
  g_string_append (svg.out, "<g id=\"markers\">\n");
  for (guint i = 0; i < n_markers; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      append_marker (&svg, m->support, m->x, m->y, m->radius, 1.0);
    }
  g_string_append (svg.out, "</g>\n</svg>\n");

  cairo_destroy (svg.scratch);
  cairo_surface_destroy (scratch_surface);
  g_free (svg.font_family);
  return g_string_free_to_bytes (svg.out);
}
