/* quadrant-wheel-guard.h: values that the mouse wheel changes only on purpose */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void quadrant_wheel_guard (GtkWidget *widget);

G_END_DECLS
