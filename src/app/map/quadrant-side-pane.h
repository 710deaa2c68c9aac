/* quadrant-side-pane.h: what the panes beside the map (the tray of parties
 * not on the map, the catalogue) have in common */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Appends a section's title and the dim, wrapped hint under it to box. */
void quadrant_side_pane_append_heading (GtkBox     *box,
                                        const char *title,
                                        const char *hint);

/* Shows text as the label of drag, in the look the stylesheet gives names
 * dragged onto the map (.quadrant-drag-icon). */
void quadrant_side_pane_set_drag_icon  (GdkDrag    *drag,
                                        const char *text);

G_END_DECLS
