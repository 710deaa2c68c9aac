/* quadrant-wheel-guard.c: values that the mouse wheel changes only on purpose
 *
 * A slider or spin button takes every wheel event that passes over it, so
 * scrolling down a long editor changed the values it passed. Guarded, such a
 * control takes the wheel only while it has the keyboard focus (the user
 * clicked or tabbed into it); otherwise the wheel scrolls the page around it. */
#define G_LOG_DOMAIN "quadrant-wheel-guard"

#include "config.h"

#include "quadrant-wheel-guard.h"

static void
update_cb (GtkEventController *focus,
           GParamSpec         *pspec,
           GtkWidget          *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean focused = gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (focus));
  guint n = g_list_model_get_n_items (controllers);

  (void) pspec;

  /* The widget's own scroll handling, switched off while it is not focused:
   * the event then goes on to the scrolled window, which scrolls. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller,
                                                    focused ? GTK_PHASE_BUBBLE : GTK_PHASE_NONE);
    }
}

/* Call once the widget is built (its own controllers exist by then). */
void
quadrant_wheel_guard (GtkWidget *widget)
{
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  focus = gtk_event_controller_focus_new ();
  gtk_event_controller_set_name (focus, "quadrant-wheel-guard");
  g_signal_connect (focus, "notify::contains-focus", G_CALLBACK (update_cb), widget);
  gtk_widget_add_controller (widget, focus);
  update_cb (focus, NULL, widget);
}
