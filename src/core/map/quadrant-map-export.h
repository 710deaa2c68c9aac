/* quadrant-map-export.h: the stakeholder map as PNG, SVG or PDF
 *
 * Every format is drawn from one QuadrantMapLayout, the same one the screen
 * uses, so an export shows what the user saw. The SVG is written by hand from
 * the layout so that party names are real <text> elements (searchable and
 * editable in Inkscape), not glyph outlines as cairo's SVG surface makes.
 * Exports never need a display.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

typedef enum {
  QUADRANT_MAP_FORMAT_PNG,
  QUADRANT_MAP_FORMAT_SVG,
  QUADRANT_MAP_FORMAT_PDF,
} QuadrantMapFormat;

#define QUADRANT_MAP_EXPORT_DEFAULT_WIDTH  1600
#define QUADRANT_MAP_EXPORT_DEFAULT_HEIGHT 1000

typedef struct {
  int      width, height;        /* pixels (PNG) or points (PDF) or user units (SVG);
                                    0 for the default 1600 × 1000 */
  double   scale;                /* type and marker size; 0 picks one from the size */
  gboolean presentation;         /* high contrast */
  gboolean dark;
  gboolean show_movement;
  gboolean show_support_goal;    /* an arrowhead beside each party toward the support wanted */
  gboolean size_by_requirements;
  gboolean no_title;             /* title and legend are on unless these say otherwise */
  gboolean no_legend;
} QuadrantMapExportOptions;

/* "png", "svg" or "pdf" (any case). */
gboolean    quadrant_map_format_from_name   (const char                     *name,
                                             QuadrantMapFormat              *format);
const char *quadrant_map_format_to_name     (QuadrantMapFormat               format);
const char *quadrant_map_format_content_type (QuadrantMapFormat              format);

/* The map of reg in format; options may be NULL for the defaults. */
GBytes     *quadrant_map_export_bytes       (QuadrantRegister               *reg,
                                             QuadrantMapFormat               format,
                                             const QuadrantMapExportOptions *options,
                                             GError                        **error);
/* Writes the map to file atomically (a temporary file renamed over it). */
gboolean    quadrant_map_export_to_file     (QuadrantRegister               *reg,
                                             QuadrantMapFormat               format,
                                             const QuadrantMapExportOptions *options,
                                             GFile                          *file,
                                             GCancellable                   *cancellable,
                                             GError                        **error);

/* Parses "WIDTHxHEIGHT" (e.g. "1600x1000"; 16–16384 each). */
gboolean    quadrant_map_export_parse_size  (const char                     *text,
                                             int                            *width,
                                             int                            *height,
                                             GError                        **error);

G_END_DECLS
