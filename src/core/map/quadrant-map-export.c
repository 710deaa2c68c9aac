/* quadrant-map-export.c: the stakeholder map as PNG, SVG or PDF
 *
 * Resolves the options into one layout, then draws it: PNG and PDF with
 * quadrant_map_render() on a cairo surface, SVG by hand in
 * quadrant-map-export-svg.c so that names stay text.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "quadrant-map-export-private.h"
#include "quadrant-safe-file.h"

#define MIN_SIZE 16
#define MAX_SIZE 8192

/* ---- Options ---- */

static void
resolve_options (const QuadrantMapExportOptions *options,
                 QuadrantMapFormat               format,
                 int                            *width,
                 int                            *height,
                 QuadrantMapOptions             *map_options,
                 QuadrantMapRenderOptions       *render_options)
{
  static const QuadrantMapExportOptions defaults = { 0 };

  if (options == NULL)
    options = &defaults;

  if (options->width > 0 && options->height > 0)
    {
      *width = options->width;
      *height = options->height;
    }
  else if (format == QUADRANT_MAP_FORMAT_PDF)
    {
      /* A4 landscape, in points: the page people print. */
      *width = 842;
      *height = 595;
    }
  else
    {
      *width = QUADRANT_MAP_EXPORT_DEFAULT_WIDTH;
      *height = QUADRANT_MAP_EXPORT_DEFAULT_HEIGHT;
    }

  quadrant_map_options_init (map_options);
  if (options->scale > 0)
    map_options->scale = options->scale;
  else
    /* Type grows with the picture, so a large PNG is not a small map with
     * lots of white, and never gets too small to read. */
    map_options->scale = CLAMP (sqrt ((double) *width * *height /
                                      (QUADRANT_MAP_EXPORT_DEFAULT_WIDTH *
                                       QUADRANT_MAP_EXPORT_DEFAULT_HEIGHT)),
                                0.75, 8.0);
  map_options->size_by_requirements = options->size_by_requirements;
  map_options->show_title = !options->no_title;
  map_options->show_legend = !options->no_legend;
  map_options->show_movement = options->show_movement;
  map_options->show_support_goal = options->show_support_goal;
  map_options->show_unassessed = TRUE;
  map_options->complete_key = TRUE;

  *render_options = (QuadrantMapRenderOptions) { 0 };
  render_options->presentation = options->presentation;
  render_options->dark = options->dark;
  render_options->show_movement = options->show_movement;
  render_options->show_support_goal = options->show_support_goal;
}

static gboolean
check_size (int       width,
            int       height,
            GError  **error)
{
  if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The map size %d × %d is out of range; width and height must be from %d to %d"),
                   width, height, MIN_SIZE, MAX_SIZE);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR,
               status == CAIRO_STATUS_NO_MEMORY ? G_IO_ERROR_NO_SPACE : G_IO_ERROR_FAILED,
               _("Cannot draw the map: %s"), cairo_status_to_string (status));
  return FALSE;
}

static cairo_status_t
append_to_byte_array (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* ---- PNG and PDF ---- */

/* The one drawing on an image surface (PNG) or a PDF surface that writes
 * into the result as it goes. */
static GBytes *
export_cairo (QuadrantRegister               *reg,
              QuadrantMapLayout              *layout,
              QuadrantMapFormat               format,
              int                             width,
              int                             height,
              const char                     *title,
              const QuadrantMapRenderOptions *render_options,
              GError                        **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  gboolean pdf = format == QUADRANT_MAP_FORMAT_PDF;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (pdf)
    {
      surface = cairo_pdf_surface_create_for_stream (append_to_byte_array, data, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Quadrant " PACKAGE_VERSION);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  quadrant_map_render (cr, layout, reg, render_options);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (pdf)
    {
      /* Finishing writes the one page and the trailer. */
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  else if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_to_byte_array, data);
  cairo_surface_destroy (surface);

  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* ---- Public API ---- */

gboolean
quadrant_map_format_from_name (const char        *name,
                               QuadrantMapFormat *format)
{
  static const char *names[] = { "png", "svg", "pdf" };

  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        if (format != NULL)
          *format = (QuadrantMapFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
quadrant_map_format_to_name (QuadrantMapFormat format)
{
  switch (format)
    {
    case QUADRANT_MAP_FORMAT_PNG: return "png";
    case QUADRANT_MAP_FORMAT_SVG: return "svg";
    case QUADRANT_MAP_FORMAT_PDF: return "pdf";
    default: return NULL;
    }
}

const char *
quadrant_map_format_content_type (QuadrantMapFormat format)
{
  switch (format)
    {
    case QUADRANT_MAP_FORMAT_PNG: return "image/png";
    case QUADRANT_MAP_FORMAT_SVG: return "image/svg+xml";
    case QUADRANT_MAP_FORMAT_PDF: return "application/pdf";
    default: return NULL;
    }
}

GBytes *
quadrant_map_export_bytes (QuadrantRegister               *reg,
                           QuadrantMapFormat               format,
                           const QuadrantMapExportOptions *options,
                           GError                        **error)
{
  g_autoptr(QuadrantMapLayout) layout = NULL;
  QuadrantMapOptions map_options;
  QuadrantMapRenderOptions render_options;
  g_autofree char *title = NULL;
  const char *organisation;
  int width, height;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (quadrant_map_format_to_name (format) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Unknown map format %d"), (int) format);
      return NULL;
    }

  resolve_options (options, format, &width, &height, &map_options, &render_options);
  if (!check_size (width, height, error))
    return NULL;

  layout = quadrant_map_layout_new ();
  quadrant_map_layout_compute (layout, reg, width, height, &map_options);

  organisation = quadrant_register_get_organisation (reg);
  if (organisation != NULL && *organisation != '\0')
    title = g_strdup_printf (_("%s — Stakeholder map"), organisation);
  else
    title = g_strdup (_("Stakeholder map"));

  if (format == QUADRANT_MAP_FORMAT_SVG)
    return _quadrant_map_export_svg (layout, width, height, title, &render_options);
  return export_cairo (reg, layout, format, width, height, title, &render_options, error);
}

gboolean
quadrant_map_export_to_file (QuadrantRegister               *reg,
                             QuadrantMapFormat               format,
                             const QuadrantMapExportOptions *options,
                             GFile                          *file,
                             GCancellable                   *cancellable,
                             GError                        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = quadrant_map_export_bytes (reg, format, options, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  /* A temporary file in the same folder, renamed over the old one. */
  return quadrant_safe_file_replace (file, data, size, NULL, QUADRANT_SAFE_FILE_NONE, NULL, error);
}

gboolean
quadrant_map_export_parse_size (const char  *text,
                                int         *width,
                                int         *height,
                                GError     **error)
{
  g_auto(GStrv) parts = NULL;
  guint64 w = 0, h = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit_set (text, "xX", 3);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, MIN_SIZE, MAX_SIZE, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, MIN_SIZE, MAX_SIZE, &h, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Invalid size “%s”: expected WIDTHxHEIGHT in pixels, each from %d to %d, such as 1600x1000"),
                   text, MIN_SIZE, MAX_SIZE);
      return FALSE;
    }

  if (width != NULL)
    *width = (int) w;
  if (height != NULL)
    *height = (int) h;
  return TRUE;
}
