/* quadrant-preferences-window.h: the user's settings (app.preferences) */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QUADRANT_TYPE_PREFERENCES_WINDOW (quadrant_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantPreferencesWindow, quadrant_preferences_window, QUADRANT, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Bound to settings: every change is stored at once. */
GtkWidget *quadrant_preferences_window_new (GtkWindow *parent,
                                            GSettings *settings);
/* The app.preferences action: shows it for the active window. */
void       quadrant_preferences_window_activated (GSimpleAction *action,
                                                  GVariant      *parameter,
                                                  gpointer       user_data);

G_END_DECLS
