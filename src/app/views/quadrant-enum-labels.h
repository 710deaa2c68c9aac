/* quadrant-enum-labels.h: an enum's labels as a list model for drop-downs */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The labels of enum_type's values (quadrant_enum_to_label ()), in value
 * order, after all_label when it is not NULL ("All Types" for a filter).
 * Our enums count from 0 without gaps, so a position is a value (plus one
 * with all_label). */
GtkStringList *quadrant_enum_labels_new (GType       enum_type,
                                         const char *all_label);

G_END_DECLS
