/* quadrant-accessible-row.h: a name for a row of a list, for screen readers
 *
 * GTK 4.8 names a row of a column view only by its widget type
 * ("GtkListItemWidget") and has no API to name it (GTK 4.12 adds
 * gtk_list_item_set_accessible_label ()).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names the row that shows item (bound, with its child set). */
void quadrant_accessible_row_set_name (GtkListItem *item,
                                       const char  *name);

/* Names the row of column titles of view, which GTK 4.8 makes the view's
 * first child. */
void quadrant_accessible_row_name_titles (GtkColumnView *view);

G_END_DECLS
