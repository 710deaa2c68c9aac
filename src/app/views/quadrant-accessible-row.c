/* quadrant-accessible-row.c: a name for a row of a list, for screen readers */
#define G_LOG_DOMAIN "quadrant-accessible-row"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-accessible-row.h"

void
quadrant_accessible_row_set_name (GtkListItem *item,
                                  const char  *name)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *row = child != NULL ? gtk_widget_get_parent (child) : NULL;

  /* The widget holding the child is the row, or in a column view the cell,
   * whose parent is the row. */
  if (row != NULL && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)) == GTK_ACCESSIBLE_ROLE_GRID_CELL)
    row = gtk_widget_get_parent (row);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
quadrant_accessible_row_name_titles (GtkColumnView *view)
{
  GtkWidget *titles = gtk_widget_get_first_child (GTK_WIDGET (view));

  if (titles != NULL && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (titles)) == GTK_ACCESSIBLE_ROLE_ROW)
    gtk_accessible_update_property (GTK_ACCESSIBLE (titles), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Column titles"), -1);
}
