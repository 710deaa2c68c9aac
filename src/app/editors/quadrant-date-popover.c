/* quadrant-date-popover.c: a calendar beside a typed date
 *
 * Typing stays the quick way; the calendar is for finding "the last Friday
 * of March". It opens on the date in the row, or today. Rows show dates as
 * the user's language writes them and take that form or ISO. */
#define G_LOG_DOMAIN "quadrant-date-popover"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "quadrant-date-popover.h"
#include "quadrant-language.h"
#include "quadrant-types.h"

static void
popover_show_cb (GtkPopover *popover,
                 GtkCalendar *calendar)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "quadrant-row");
  g_autofree char *iso = quadrant_language_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)));
  g_autoptr(GDateTime) date = NULL;

  (void) popover;

  if (iso != NULL && iso[0] != '\0')
    {
      int y = 0, m = 0, d = 0;

      if (sscanf (iso, "%d-%d-%d", &y, &m, &d) == 3)
        date = g_date_time_new_local (y, m, d, 0, 0, 0);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  gtk_calendar_select_day (calendar, date);
}

/* The calendar's day, into the row, committed; the popover closes. */
static void
choose (GtkCalendar *calendar)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "quadrant-row");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *text = quadrant_language_format_date (iso);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* Only a click on a day chooses it: the calendar also selects a day when its
 * month or year is changed, and that is not a choice yet. */
static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             GtkCalendar     *calendar)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (calendar), x, y, GTK_PICK_DEFAULT);

  (void) gesture;
  (void) n_press;
  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number") &&
      !gtk_widget_has_css_class (picked, "other-month"))
    choose (calendar);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkCalendar           *calendar)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_space)
    return GDK_EVENT_PROPAGATE;
  choose (calendar);
  return GDK_EVENT_STOP;
}

/* GtkCalendar 4.8 leaves its four arrow buttons unnamed (read as
 * "GtkImage"); they come in this order in its header. */
static void
name_arrows (GtkWidget *calendar)
{
  const char *names[] = { _("Previous Month"), _("Next Month"), _("Previous Year"), _("Next Year") };
  GtkWidget *buttons[G_N_ELEMENTS (names)] = { NULL, };
  guint n = 0;
  GtkWidget *header = gtk_widget_get_first_child (calendar);

  for (GtkWidget *child = header != NULL ? gtk_widget_get_first_child (header) : NULL; child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) && n < G_N_ELEMENTS (buttons))
      buttons[n++] = child;
  /* Another layout: unnamed rather than misnamed. */
  if (n != G_N_ELEMENTS (names))
    return;
  for (guint i = 0; i < n; i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, names[i], -1);
}

void
quadrant_date_popover_attach (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  GtkGesture *click;
  GtkEventController *keys;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  g_object_set_data (G_OBJECT (calendar), "quadrant-row", row);
  name_arrows (calendar);
  /* Read as the date it is for. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a Date"), -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (popover, "show", G_CALLBACK (popover_show_cb), calendar);
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), calendar);
  gtk_widget_add_controller (calendar, GTK_EVENT_CONTROLLER (click));
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), calendar);
  gtk_widget_add_controller (calendar, keys);
  adw_entry_row_add_suffix (row, button);
}

char *
quadrant_date_popover_dup_error (void)
{
  g_autofree char *example = quadrant_language_format_date ("2026-03-31");

  /* Translators: why a typed date was refused; %s is an example date as
   * your language writes it (such as 31.03.2026). ISO (2026-03-31) is
   * taken too. */
  return g_strdup_printf (_("not a date, write it like %s"), example);
}
