/* quadrant-preferences-window.c: the user's settings
 *
 * Each row is bound to its GSettings key, so a change is stored at once and
 * every window that reads the key sees it; nothing to apply or cancel. */
#define G_LOG_DOMAIN "quadrant-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-preferences-window.h"
#include "quadrant-settings.h"
#include "quadrant-wheel-guard.h"

struct _QuadrantPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwEntryRow   *user_name_row;
  GtkSpinButton *presentation_scale_spin;
  GtkSpinButton *draft_interval_spin;
  GtkSpinButton *rating_high_spin;
  GtkSpinButton *rating_medium_spin;
  GtkSpinButton *rating_low_spin;

  /* Owned references */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (QuadrantPreferencesWindow, quadrant_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
quadrant_preferences_window_dispose (GObject *object)
{
  QuadrantPreferencesWindow *self = QUADRANT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (quadrant_preferences_window_parent_class)->dispose (object);
}

static void
quadrant_preferences_window_class_init (QuadrantPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantPreferencesWindow, user_name_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPreferencesWindow, presentation_scale_spin);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPreferencesWindow, draft_interval_spin);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPreferencesWindow, rating_high_spin);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPreferencesWindow, rating_medium_spin);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPreferencesWindow, rating_low_spin);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
quadrant_preferences_window_init (QuadrantPreferencesWindow *self)
{
  GtkSpinButton *spins[5];

  gtk_widget_init_template (GTK_WIDGET (self));
  spins[0] = self->presentation_scale_spin;
  spins[1] = self->draft_interval_spin;
  spins[2] = self->rating_high_spin;
  spins[3] = self->rating_medium_spin;
  spins[4] = self->rating_low_spin;

  /* Scrolling the window must not change a number it passes. */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    quadrant_wheel_guard (GTK_WIDGET (spins[i]));
}

GtkWidget *
quadrant_preferences_window_new (GtkWindow *parent,
                                 GSettings *settings)
{
  QuadrantPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  /* Announced as a dialog, not as another main window. */
  self = g_object_new (QUADRANT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                       NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "user-name", self->user_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "presentation-scale",
                   gtk_spin_button_get_adjustment (self->presentation_scale_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "draft-interval",
                   gtk_spin_button_get_adjustment (self->draft_interval_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "rating-high",
                   gtk_spin_button_get_adjustment (self->rating_high_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "rating-medium",
                   gtk_spin_button_get_adjustment (self->rating_medium_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "rating-low",
                   gtk_spin_button_get_adjustment (self->rating_low_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  return GTK_WIDGET (self);
}

void
quadrant_preferences_window_activated (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GSettings) settings = quadrant_settings_new ();

  gtk_window_present (GTK_WINDOW (quadrant_preferences_window_new (gtk_application_get_active_window (app),
                                                                   settings)));
}
