/* quadrant-requirements-view-add.c: adding a requirement from the
 * Requirements page: choose the party (the one in view is suggested), and the
 * new requirement opens in the editor with its empty statement focused; and
 * the page of a read-only register, where nothing is added or edited. */
#define G_LOG_DOMAIN "quadrant-requirements-view"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-party-chooser.h"
#include "quadrant-read-only.h"
#include "quadrant-requirements-view-private.h"

static void
party_chosen_cb (QuadrantParty *party,
                 gpointer       user_data)
{
  QuadrantRequirementsView *self = user_data;

  if (self->reg != NULL)
    quadrant_requirements_view_add_requirement (self, party);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  QuadrantRequirementsView *self = QUADRANT_REQUIREMENTS_VIEW (widget);
  QuadrantRequirement *current = quadrant_requirement_editor_get_requirement (self->editor);
  QuadrantParty *suggested = self->party;

  if (self->reg == NULL || quadrant_register_get_n_parties (self->reg) == 0)
    return;

  /* The party filtered on, else the party of the requirement in the editor. */
  if (suggested == NULL && current != NULL)
    suggested = quadrant_requirement_get_party (current);
  quadrant_party_chooser_present (GTK_WINDOW (gtk_widget_get_root (widget)), self->reg, suggested,
                                  party_chosen_cb, g_object_ref (self), g_object_unref);
}

void
_quadrant_requirements_view_class_init_add (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "requirements.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "requirements.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_R, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "requirements.add", NULL);
}

void
quadrant_requirements_view_add_requirement (QuadrantRequirementsView *self,
                                            QuadrantParty            *party)
{
  g_autoptr(QuadrantRequirement) requirement = NULL;

  g_return_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));
  g_return_if_fail (self->reg != NULL);

  /* An empty statement, not placeholder text to delete first. */
  requirement = quadrant_requirement_new (NULL);
  quadrant_register_add_requirement (self->reg, party, requirement);
  quadrant_requirements_view_select_requirement (self, requirement);
}

void
quadrant_requirements_view_set_read_only (QuadrantRequirementsView *self,
                                          gboolean                  read_only)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requirements.add", !read_only);
  quadrant_read_only_set_groups (GTK_WIDGET (self->editor), read_only);
}
