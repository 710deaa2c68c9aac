/* quadrant-side-pane.c: what the panes beside the map have in common */
#define G_LOG_DOMAIN "quadrant-map-view"

#include "config.h"

#include "quadrant-side-pane.h"

void
quadrant_side_pane_append_heading (GtkBox     *box,
                                   const char *title,
                                   const char *hint)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *hint_label = gtk_label_new (hint);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_end (heading, 12);
  gtk_box_append (box, heading);

  gtk_label_set_xalign (GTK_LABEL (hint_label), 0);
  gtk_label_set_wrap (GTK_LABEL (hint_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint_label), 20);
  gtk_widget_add_css_class (hint_label, "dim-label");
  gtk_widget_add_css_class (hint_label, "caption");
  gtk_widget_set_margin_start (hint_label, 12);
  gtk_widget_set_margin_end (hint_label, 12);
  gtk_box_append (box, hint_label);
}

void
quadrant_side_pane_set_drag_icon (GdkDrag    *drag,
                                  const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "quadrant-drag-icon");
  gtk_drag_icon_set_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)), label);
}
