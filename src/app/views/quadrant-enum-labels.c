/* quadrant-enum-labels.c: an enum's labels as a list model for drop-downs */
#define G_LOG_DOMAIN "quadrant"

#include "config.h"

#include "quadrant-enum-labels.h"
#include "quadrant-types.h"

GtkStringList *
quadrant_enum_labels_new (GType       enum_type,
                          const char *all_label)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *list = gtk_string_list_new (NULL);

  if (all_label != NULL)
    gtk_string_list_append (list, all_label);
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, quadrant_enum_to_label (enum_type, klass->values[i].value));
  return list;
}
