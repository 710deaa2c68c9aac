/* quadrant-read-only.h: editors of a read-only register
 *
 * A register opened read-only (QuadrantDocument:read-only) is shown in full
 * but cannot be edited: the editors' groups are made insensitive, while the
 * page around them still scrolls.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes every AdwPreferencesGroup under root sensitive or not. */
void quadrant_read_only_set_groups (GtkWidget *root,
                                    gboolean   read_only);

G_END_DECLS
