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
/* Property "selected-party": the party whose row is selected, or NULL. A
 * party that leaves the tray (placed on the map) leaves the selection too. */
QuadrantParty    *quadrant_map_tray_get_selected_party (QuadrantMapTray *self);
/* Selects party's row and scrolls to it; NULL, or a party that is not in the
 * tray, clears the selection. Returns whether party's row is selected. */
gboolean          quadrant_map_tray_select_party (QuadrantMapTray  *self,
                                                  QuadrantParty    *party);
/* Gives the keyboard focus to the selected row, so that Enter places it.
 * Returns FALSE when no row is selected or the row cannot take the focus. */
gboolean          quadrant_map_tray_focus_selected (QuadrantMapTray *self);

G_END_DECLS
