/* quadrant-map-export-private.h: what the parts of the map export share
 *
 * quadrant-map-export.c has the public API, the options and the PNG and PDF
 * exports (drawn by quadrant_map_render() on a cairo surface);
 * quadrant-map-export-svg.c writes the SVG by hand from the same layout.
 */
#pragma once

#include <glib.h>

#include "quadrant-map-export.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"

G_BEGIN_DECLS

/* The SVG document of layout, width × height user units, with title as its
 * <title>; cannot fail. */
GBytes *_quadrant_map_export_svg (QuadrantMapLayout              *layout,
                                  int                             width,
                                  int                             height,
                                  const char                     *title,
                                  const QuadrantMapRenderOptions *options);

G_END_DECLS
