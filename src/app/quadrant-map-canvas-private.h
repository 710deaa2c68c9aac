/* quadrant-map-canvas-private.h: the canvas's event handlers, for the tests
 *
 * Tests call these as the gestures, key controller and drop target would, in
 * widget coordinates, so an interaction can be checked without a real pointer.
 */
#pragma once

#include "quadrant-map-canvas.h"
#include "quadrant-map-layout.h"

G_BEGIN_DECLS

/* The layout as last drawn (computed now if out of date). */
QuadrantMapLayout *_quadrant_map_canvas_get_layout   (QuadrantMapCanvas *self);
/* Map (content) point of a power/interest, in widget coordinates. */
void      _quadrant_map_canvas_point_for_values      (QuadrantMapCanvas *self,
                                                      int                power,
                                                      int                interest,
                                                      double            *x,
                                                      double            *y);
void      _quadrant_map_canvas_drag_begin            (QuadrantMapCanvas *self,
                                                      double             x,
                                                      double             y);
void      _quadrant_map_canvas_drag_update           (QuadrantMapCanvas *self,
                                                      double             offset_x,
                                                      double             offset_y);
void      _quadrant_map_canvas_drag_end              (QuadrantMapCanvas *self,
                                                      double             offset_x,
                                                      double             offset_y);
gboolean  _quadrant_map_canvas_key_pressed           (QuadrantMapCanvas *self,
                                                      guint              keyval,
                                                      GdkModifierType    state);
gboolean  _quadrant_map_canvas_drop                  (QuadrantMapCanvas *self,
                                                      const GValue      *value,
                                                      double             x,
                                                      double             y);
/* The tooltip text for the marker at (x, y), or NULL. */
char     *_quadrant_map_canvas_tooltip_text          (QuadrantMapCanvas *self,
                                                      double             x,
                                                      double             y);

G_END_DECLS
