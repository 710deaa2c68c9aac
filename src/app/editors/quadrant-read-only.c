/* quadrant-read-only.c: editors of a read-only register */
#define G_LOG_DOMAIN "quadrant-read-only"

#include "config.h"

#include <adwaita.h>

#include "quadrant-read-only.h"

void
quadrant_read_only_set_groups (GtkWidget *root,
                               gboolean   read_only)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  /* The groups, not the page: an insensitive page would not scroll. */
  if (ADW_IS_PREFERENCES_GROUP (root))
    {
      gtk_widget_set_sensitive (root, !read_only);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    quadrant_read_only_set_groups (child, read_only);
}
