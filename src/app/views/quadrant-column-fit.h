/* quadrant-column-fit.h: a list's columns that fit its width: the less
 * important ones hide when the list is narrow and come back when it widens */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* order lists the view's column positions from the most important to the
 * least; the first is always shown. first_width is the room the first
 * column (which expands) counts for, or 0 for its fixed width.
 * The view must be the child of a GtkScrolledWindow. */
void quadrant_column_fit_attach (GtkColumnView *view,
                                 const guint   *order,
                                 guint          n_order,
                                 int            first_width);

/* Every column shown again, whatever the width (for views that must show
 * them all, such as a test of their cells). */
void quadrant_column_fit_detach (GtkColumnView *view);

G_END_DECLS
