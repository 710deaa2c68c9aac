/* quadrant-map-catalogue.h: the catalogue of typical parties beside the map,
 * searchable, its entries dragged onto the map (or added with Enter)
 *
 * A drag carries a QuadrantCatalogueItem; the canvas makes the party with its
 * typical requirements where it is dropped.
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-catalogue-item.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_MAP_CATALOGUE (quadrant_map_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantMapCatalogue, quadrant_map_catalogue, QUADRANT, MAP_CATALOGUE, GtkWidget)

GtkWidget         *quadrant_map_catalogue_new           (void);
/* Property "catalogue". Unset, the shipped catalogue is loaded when the
 * pane is first shown; a catalogue that cannot be loaded is said so in it. */
void               quadrant_map_catalogue_set_catalogue (QuadrantMapCatalogue *self,
                                                         QuadrantCatalogue    *catalogue);
QuadrantCatalogue *quadrant_map_catalogue_get_catalogue (QuadrantMapCatalogue *self);
/* What the search entry does: shows only the entries that match text. */
void               quadrant_map_catalogue_set_search    (QuadrantMapCatalogue *self,
                                                         const char           *text);
/* GListModel of the QuadrantCatalogueItem shown (after the search). */
GListModel        *quadrant_map_catalogue_get_model     (QuadrantMapCatalogue *self);

G_END_DECLS
