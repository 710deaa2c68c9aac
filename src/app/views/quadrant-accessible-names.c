/* quadrant-accessible-names.c: names a screen reader can read, in every window */
#define G_LOG_DOMAIN "quadrant-accessible-names"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-accessible-names.h"

static void
set_label (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* "_Save As…" read as "Save As…"; "__" is a real underscore. */
static char *
without_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        g_string_append_c (text, *p++);
      else if (*p != '_')
        g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
name_mnemonic (GtkWidget  *widget,
               const char *label,
               gboolean    use_underline)
{
  g_autofree char *plain = NULL;

  if (!use_underline || label == NULL || strchr (label, '_') == NULL)
    return;
  plain = without_mnemonic (label);
  set_label (widget, plain);
  /* GTK 4.8 reads the label inside too, which points at the button with
   * its mnemonic: "Cancel Cancel" otherwise. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
fix_widget (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      GtkButton *button = GTK_BUTTON (widget);
      GtkWidget *child = gtk_button_get_child (button);
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      name_mnemonic (widget, gtk_button_get_label (button), gtk_button_get_use_underline (button));
      /* An icon with a tooltip: the tooltip says what it does. */
      if (gtk_button_get_label (button) == NULL && GTK_IS_IMAGE (child) && tooltip != NULL)
        set_label (widget, tooltip);
    }
  else if (GTK_IS_MENU_BUTTON (widget))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      name_mnemonic (widget, gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)),
                     gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget)));
      if (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL && tooltip != NULL)
        set_label (widget, tooltip);
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    name_mnemonic (widget, gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)),
                   gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      set_label (widget, placeholder != NULL && placeholder[0] != '\0' ? placeholder : _("Search"));
    }
}

void
quadrant_accessible_names_fix (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  fix_widget (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    quadrant_accessible_names_fix (child);
}

static gboolean
window_shown_cb (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (GTK_IS_WINDOW (object))
    quadrant_accessible_names_fix (GTK_WIDGET (object));
  return TRUE;
}

void
quadrant_accessible_names_install (void)
{
  static gulong hook;

  if (hook == 0)
    {
      /* Signals exist once their class does. */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      hook = g_signal_add_emission_hook (g_signal_lookup ("show", GTK_TYPE_WIDGET), 0,
                                         window_shown_cb, NULL, NULL);
    }
}
