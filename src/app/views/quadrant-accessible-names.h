/* quadrant-accessible-names.h: names a screen reader can read, in every window
 *
 * GTK 4.8 names a button or check button with a mnemonic by its raw label
 * and again by the label inside ("_Cancel Cancel"), a search entry and a
 * text view by their widget types,
 * and an image-only button by the type of its image, even when it has a
 * tooltip. Windows Quadrant makes and those libadwaita makes for it (message
 * dialogs, the about window) get names from what they show instead.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names every control under root that GTK 4.8 leaves badly named. */
void quadrant_accessible_names_fix     (GtkWidget *root);

/* From now on, names the controls of every window when it is shown. */
void quadrant_accessible_names_install (void);

G_END_DECLS
