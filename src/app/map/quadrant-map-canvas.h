/* quadrant-map-canvas.h: the drawn stakeholder map: markers to drag, keyboard
 * focus between parties, drops of parties, catalogue entries and text, zoom
 * and pan
 *
 * A GtkScrollable, so a GtkScrolledWindow around it gives scrollbars when
 * zoomed in. QuadrantMapView puts it beside the tray of unplaced parties.
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-catalogue.h"
#include "quadrant-field.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_MAP_ZOOM_MIN 1.0
#define QUADRANT_MAP_ZOOM_MAX 8.0
/* How high names are in presentation, in pixels on a 1080-line screen (in
 * proportion on others): readable from the back of a room. */
#define QUADRANT_MAP_ROOM_LABEL_PX 36.0

#define QUADRANT_TYPE_MAP_CANVAS (quadrant_map_canvas_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantMapCanvas, quadrant_map_canvas, QUADRANT, MAP_CANVAS, GtkWidget)

GtkWidget        *quadrant_map_canvas_new               (void);
/* Property "register". */
void              quadrant_map_canvas_set_register      (QuadrantMapCanvas *self,
                                                         QuadrantRegister  *reg);
QuadrantRegister *quadrant_map_canvas_get_register      (QuadrantMapCanvas *self);
/* Property "presentation": large type (the presentation-scale setting), high
 * contrast, and tooltips that never show confidential fields (they never do). */
void              quadrant_map_canvas_set_presentation  (QuadrantMapCanvas *self,
                                                         gboolean           presentation);
gboolean          quadrant_map_canvas_get_presentation  (QuadrantMapCanvas *self);
/* Property "show-movement": arrows from the last revision's positions. */
void              quadrant_map_canvas_set_show_movement (QuadrantMapCanvas *self,
                                                         gboolean           show_movement);
gboolean          quadrant_map_canvas_get_show_movement (QuadrantMapCanvas *self);
/* Property "show-legend": the legend (and the numbered key) beside the map. */
void              quadrant_map_canvas_set_show_legend   (QuadrantMapCanvas *self,
                                                         gboolean           show_legend);
gboolean          quadrant_map_canvas_get_show_legend   (QuadrantMapCanvas *self);
/* The layout scale of a presentation in a window window_height high, with
 * the text size relative to the default (quadrant_settings_get_presentation_size ()). */
double            quadrant_map_canvas_room_scale        (double             window_height,
                                                         double             presentation_size);
/* Property "zoom": 1.0 shows the whole grid. */
void              quadrant_map_canvas_set_zoom          (QuadrantMapCanvas *self,
                                                         double             zoom);
double            quadrant_map_canvas_get_zoom          (QuadrantMapCanvas *self);
void              quadrant_map_canvas_zoom_in           (QuadrantMapCanvas *self);
void              quadrant_map_canvas_zoom_out          (QuadrantMapCanvas *self);
void              quadrant_map_canvas_zoom_to_fit       (QuadrantMapCanvas *self);
/* Property "focus-party": the selected party, highlighted, moved by the arrow
 * keys and named to screen readers. NULL or a placed party of the register. */
void              quadrant_map_canvas_set_focus_party   (QuadrantMapCanvas *self,
                                                         QuadrantParty     *party);
QuadrantParty    *quadrant_map_canvas_get_focus_party   (QuadrantMapCanvas *self);

/* Adds a party made from a catalogue entry, its typical requirements
 * undecided, at power and interest (0-100), as one undo step, and selects it.
 * Returns the new party (owned by the register), or NULL without a register. */
QuadrantParty    *quadrant_map_canvas_add_catalogue_entry  (QuadrantMapCanvas            *self,
                                                            const QuadrantCatalogueEntry *entry,
                                                            int                           power,
                                                            int                           interest);
/* The same at the map point (x, y) in widget coordinates: what dropping an
 * entry dragged from the catalogue there does. */
QuadrantParty    *quadrant_map_canvas_drop_catalogue_entry (QuadrantMapCanvas            *self,
                                                            const QuadrantCatalogueEntry *entry,
                                                            double                        x,
                                                            double                        y);

/* Dims every party but those of one category or kind ("show only
 * suppliers"): field is QUADRANT_FIELD_PARTY_CATEGORY or
 * QUADRANT_FIELD_PARTY_KIND and value one of its choices; a value of -1
 * shows every party alike. The selected party is never dimmed. */
void              quadrant_map_canvas_set_highlight     (QuadrantMapCanvas *self,
                                                         QuadrantField      field,
                                                         int                value);
/* An arrowhead beside each party whose desired support differs from its
 * current one (see QuadrantMapRenderOptions.show_support_goal). */
void              quadrant_map_canvas_set_show_support_goal (QuadrantMapCanvas *self,
                                                             gboolean           show);
gboolean          quadrant_map_canvas_get_show_support_goal (QuadrantMapCanvas *self);
/* A read-only register: a press selects, but nothing is dragged, moved by
 * keys, deleted, dropped or added. */
void              quadrant_map_canvas_set_read_only     (QuadrantMapCanvas *self,
                                                         gboolean           read_only);
gboolean          quadrant_map_canvas_get_read_only     (QuadrantMapCanvas *self);
/* Whether party is drawn dimmed by the highlight. */
gboolean          quadrant_map_canvas_is_dimmed         (QuadrantMapCanvas *self,
                                                         QuadrantParty     *party);

/* In presentation, a numbered key that does not fit beside the map is split
 * into pages (see quadrant-map-canvas-key.c): the page shown (clamped to the
 * last one), how many there are, turning them (direction 1 or -1, round and
 * round), and showing the page that names party, if the key names it. */
void              quadrant_map_canvas_set_key_page      (QuadrantMapCanvas *self,
                                                         guint              page);
guint             quadrant_map_canvas_get_key_page      (QuadrantMapCanvas *self);
guint             quadrant_map_canvas_get_n_key_pages   (QuadrantMapCanvas *self);
void              quadrant_map_canvas_turn_key_page     (QuadrantMapCanvas *self,
                                                         int                direction);
void              quadrant_map_canvas_show_key_page_of  (QuadrantMapCanvas *self,
                                                         QuadrantParty     *party);

/* What a screen reader says for a party's marker:
 * "Regulator, power 80, interest 65, supportive". */
char             *quadrant_map_canvas_describe_party    (QuadrantParty     *party);

G_END_DECLS
