/* quadrant-map-tray.h: the parties not yet on the map, waiting beside it to be
 * dragged onto it (or placed at its centre with Enter) */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_MAP_TRAY (quadrant_map_tray_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantMapTray, quadrant_map_tray, QUADRANT, MAP_TRAY, GtkWidget)

GtkWidget        *quadrant_map_tray_new          (void);
/* Property "register". */
void              quadrant_map_tray_set_register (QuadrantMapTray  *self,
                                                  QuadrantRegister *reg);
QuadrantRegister *quadrant_map_tray_get_register (QuadrantMapTray  *self);
/* Property "n-parties": how many parties wait in the tray. */
guint             quadrant_map_tray_get_n_parties (QuadrantMapTray *self);
/* GListModel of the unplaced QuadrantParty, in register order. */
GListModel       *quadrant_map_tray_get_model    (QuadrantMapTray  *self);

G_END_DECLS
