/* quadrant-catalogue-item.h: one entry of the catalogue as an object
 *
 * What the map's catalogue list shows and what a drag from it carries: its
 * own GType, so a drop can tell a catalogue entry from dropped text. It keeps
 * the catalogue alive, so the entry it points to stays valid.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-catalogue.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_CATALOGUE_ITEM (quadrant_catalogue_item_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantCatalogueItem, quadrant_catalogue_item, QUADRANT, CATALOGUE_ITEM, GObject)

QuadrantCatalogueItem        *quadrant_catalogue_item_new           (QuadrantCatalogue     *catalogue,
                                                                     guint                  index);
const QuadrantCatalogueEntry *quadrant_catalogue_item_get_entry     (QuadrantCatalogueItem *self);

/* A GListModel of QuadrantCatalogueItem, one for each entry in catalogue order. */
GListModel                   *quadrant_catalogue_item_list_new      (QuadrantCatalogue     *catalogue);

G_END_DECLS
