/* quadrant-map-view.h: the Map page: the stakeholder map with its zoom and
 * movement toolbar and the tray of parties not yet on the map
 *
 * The presentation window shows one too, with "presentation" set.
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-map-canvas.h"
#include "quadrant-map-catalogue.h"
#include "quadrant-map-tray.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_MAP_VIEW (quadrant_map_view_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantMapView, quadrant_map_view, QUADRANT, MAP_VIEW, GtkWidget)

GtkWidget         *quadrant_map_view_new              (void);
/* Property "register"; may be set again when the window's document changes. */
void               quadrant_map_view_set_register     (QuadrantMapView  *self,
                                                       QuadrantRegister *reg);
QuadrantRegister  *quadrant_map_view_get_register     (QuadrantMapView  *self);
/* Property "presentation": large type, high contrast, no editing toolbar. */
void               quadrant_map_view_set_presentation (QuadrantMapView  *self,
                                                       gboolean          presentation);
/* A read-only register: the map selects and zooms but moves and adds nothing;
 * the tray, the catalogue and a presentation follow. */
void               quadrant_map_view_set_read_only    (QuadrantMapView  *self,
                                                       gboolean          read_only);
QuadrantMapCanvas *quadrant_map_view_get_canvas       (QuadrantMapView  *self);
QuadrantMapTray   *quadrant_map_view_get_tray         (QuadrantMapView  *self);
/* Property "selected-party": the one party selected on the page, either the
 * map's focus party or the tray's selected row, or NULL. Setting it selects
 * the party as quadrant_map_view_select_party () does. */
QuadrantParty     *quadrant_map_view_get_selected_party (QuadrantMapView *self);
/* Selects party where it is: its marker on the map when it is placed, its row
 * in the tray when it is not (scrolled to, ready for Enter). NULL clears both. */
void               quadrant_map_view_select_party     (QuadrantMapView  *self,
                                                       QuadrantParty    *party);
/* The catalogue beside the map; the Catalogue toggle shows it, except in
 * presentation. */
QuadrantMapCatalogue *quadrant_map_view_get_catalogue (QuadrantMapView  *self);
/* Opens the presentation window for this view's register, full screen on the
 * best monitor; closes it when it is open. Returns the window, or NULL. */
GtkWindow         *quadrant_map_view_toggle_presentation (QuadrantMapView *self);
GtkWindow         *quadrant_map_view_get_presentation_window (QuadrantMapView *self);
/* Asks for a file and exports the map as PNG, SVG or PDF (by its extension). */
void               quadrant_map_view_export           (QuadrantMapView  *self,
                                                       GtkWindow        *parent,
                                                       GFile            *register_file);

/* Exports the map to file, as PNG, SVG or PDF by its extension (PNG, with
 * ".png" added, when it has none). Returns the file written, or NULL. */
GFile             *quadrant_map_view_export_to_file   (QuadrantMapView  *self,
                                                       GFile            *file,
                                                       GError          **error);

G_END_DECLS
