/* quadrant-map-canvas-private.h: what the canvas's files share, and its event
 * handlers for the tests
 *
 * quadrant-map-canvas.c has the state: register, layout, selection, zoom and
 * scrolling, properties; quadrant-map-canvas-input.c what the pointer, the
 * keyboard and drops do; quadrant-map-canvas-draw.c what the canvas shows
 * and says: drawing, tooltips, the accessible description;
 * quadrant-map-canvas-key.c the pages of the key in presentation;
 * quadrant-map-canvas-style.c the desktop's text scale and high contrast.
 *
 * Tests call the handlers as the gestures, key controller and drop target
 * would, in widget coordinates, so an interaction can be checked without a
 * real pointer.
 */
#pragma once

#include "quadrant-map-canvas.h"
#include "quadrant-field.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"

G_BEGIN_DECLS

#define QUADRANT_MAP_ZOOM_STEP 1.25

typedef enum {
  QUADRANT_MAP_DRAG_NONE,
  QUADRANT_MAP_DRAG_MOVE,
  QUADRANT_MAP_DRAG_PAN,
} QuadrantMapDragMode;

struct _QuadrantMapCanvas
{
  GtkWidget parent_instance;

  /* Owned references */
  QuadrantRegister    *reg;
  QuadrantMapLayout   *layout;
  QuadrantParty       *focus_party;
  QuadrantParty       *drag_party;
  QuadrantParty       *hover_party;
  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  GSettings           *settings;
  GtkSettings         *gtk_settings;   /* the display's, while rooted */

  /* State */
  gulong               changed_handler;
  gulong               previewed_handler;
  gulong               items_handler;
  gulong               dpi_handler;    /* on gtk_settings */
  double               zoom;
  double               pinch_zoom;     /* zoom when the pinch began */
  double               layout_width;   /* size the layout was computed for */
  double               layout_height;
  QuadrantMapDragMode  drag_mode;
  double               drag_x, drag_y; /* press point, content coordinates */
  double               grab_dx, grab_dy;
  double               pan_h, pan_v;
  guint                hscroll_policy : 1;
  guint                vscroll_policy : 1;
  guint                layout_dirty : 1;
  guint                presentation : 1;
  guint                show_movement : 1;
  guint                show_not_relevant : 1;
  guint                previewing : 1;  /* a drag shows a move not yet recorded */
  guint                hide_legend : 1;
  guint                drop_active : 1;
  guint                show_support_goal : 1;
  guint                read_only : 1;  /* looked at only: nothing moves, nothing is added */
  double               drop_x, drop_y; /* content coordinates of a drop in progress */
  QuadrantField        highlight_field; /* category or kind shown in full, the others dimmed */
  int                  highlight_value; /* -1: nothing dimmed */
  guint                key_page;        /* in presentation: the key's page asked for */
  guint                n_key_pages;     /* as last said by key-pages-changed */
  guint                key_pages_source;
};

static inline double
_quadrant_map_canvas_adjustment_value (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0.0;
}

/* ---- quadrant-map-canvas.c ---- */

/* Widget coordinates to content (layout) coordinates. */
void               _quadrant_map_canvas_to_content        (QuadrantMapCanvas *self,
                                                           double             x,
                                                           double             y,
                                                           double            *cx,
                                                           double            *cy);
double             _quadrant_map_canvas_presentation_scale (QuadrantMapCanvas *self);
/* Computes the layout if the register, the size or the options changed. */
void               _quadrant_map_canvas_ensure_layout     (QuadrantMapCanvas *self);
const QuadrantMapMarker *
                   _quadrant_map_canvas_find_marker       (QuadrantMapCanvas *self,
                                                           QuadrantParty     *party);
/* The marker at (x, y) in widget coordinates, or NULL. */
const QuadrantMapMarker *
                   _quadrant_map_canvas_marker_at         (QuadrantMapCanvas *self,
                                                           double             x,
                                                           double             y);
/* The placed parties in register order: the order of Tab. */
GPtrArray         *_quadrant_map_canvas_placed_parties    (QuadrantMapCanvas *self);
void               _quadrant_map_canvas_scroll_to_party   (QuadrantMapCanvas *self,
                                                           QuadrantParty     *party);
void               _quadrant_map_canvas_set_focus_party   (QuadrantMapCanvas *self,
                                                           QuadrantParty     *party);
void               _quadrant_map_canvas_set_hover_party   (QuadrantMapCanvas *self,
                                                           QuadrantParty     *party);
/* Zooms keeping the content point under (x, y) where it is. */
void               _quadrant_map_canvas_zoom_at           (QuadrantMapCanvas *self,
                                                           double             zoom,
                                                           double             x,
                                                           double             y);
void               _quadrant_map_canvas_zoom_at_centre    (QuadrantMapCanvas *self,
                                                           double             zoom);

/* ---- quadrant-map-canvas-input.c ---- */

/* Adds the gestures, the key and focus controllers and the drop target. */
void               _quadrant_map_canvas_init_input        (QuadrantMapCanvas *self);
/* Ends a drag of a marker (recording its move) or a pan. */
void               _quadrant_map_canvas_finish_drag       (QuadrantMapCanvas *self);
gboolean           _quadrant_map_canvas_focus             (GtkWidget         *widget,
                                                           GtkDirectionType   direction);

/* ---- quadrant-map-canvas-draw.c ---- */

void               _quadrant_map_canvas_snapshot          (GtkWidget         *widget,
                                                           GtkSnapshot       *snapshot);
gboolean           _quadrant_map_canvas_query_tooltip     (GtkWidget         *widget,
                                                           int                x,
                                                           int                y,
                                                           gboolean           keyboard,
                                                           GtkTooltip        *tooltip);
/* What the canvas says to screen readers: the focused party, or the map. */
void               _quadrant_map_canvas_update_accessible (QuadrantMapCanvas *self);

/* ---- quadrant-map-canvas-style.c ---- */

/* Follows the style manager (dark, high contrast). */
void               _quadrant_map_canvas_init_style        (QuadrantMapCanvas *self);
/* Follows the text scale of the display's settings while rooted. */
void               _quadrant_map_canvas_root_style        (QuadrantMapCanvas *self);
void               _quadrant_map_canvas_unroot_style      (QuadrantMapCanvas *self);
/* The desktop's text scaling factor (1.0 at 96 dpi). */
double             _quadrant_map_canvas_text_scale        (QuadrantMapCanvas *self);
/* Sets options' palette choices (dark, high contrast) from the desktop. */
void               _quadrant_map_canvas_style_options     (QuadrantMapCanvas        *self,
                                                           QuadrantMapRenderOptions *options);

/* ---- quadrant-map-canvas-key.c ---- */

/* Installs the signal "key-pages-changed" (after drawing, from an idle). */
void               _quadrant_map_canvas_key_class_init    (QuadrantMapCanvasClass *klass);
/* After the layout was computed: emits "key-pages-changed" when it changed. */
void               _quadrant_map_canvas_key_layout_done   (QuadrantMapCanvas *self);

/* ---- For the tests: the handlers ---- */

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
