/* quadrant-party-editor-requirements.c: the requirements list of the party
 * editor: a row a requirement, and adding, removing and reordering them */
#define G_LOG_DOMAIN "quadrant-party-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-party-editor-private.h"

/* ---- Rows ---- */

static gboolean
decision_to_label (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_set_string (to, quadrant_enum_to_label (QUADRANT_TYPE_DECISION, g_value_get_enum (from)));
  return TRUE;
}

static gboolean
statement_to_title (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  const char *statement = g_value_get_string (from);

  g_value_set_string (to, statement != NULL && *statement != '\0' ? statement : _("(No statement)"));
  return TRUE;
}

static GtkWidget *
create_requirement_row (gpointer item,
                        gpointer user_data)
{
  QuadrantRequirement *requirement = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_bind_property_full (requirement, "statement", row, "title", G_BINDING_SYNC_CREATE,
                               statement_to_title, NULL, NULL, NULL);
  g_object_bind_property_full (requirement, "decision", row, "subtitle", G_BINDING_SYNC_CREATE,
                               decision_to_label, NULL, NULL, NULL);
  g_object_set_data_full (G_OBJECT (row), "quadrant-requirement",
                          g_object_ref (requirement), g_object_unref);
  return row;
}

static QuadrantRequirement *
selected_requirement (QuadrantPartyEditor *self,
                      guint               *position)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->requirements_list);

  if (row == NULL)
    return NULL;
  if (position != NULL)
    *position = (guint) gtk_list_box_row_get_index (row);
  return g_object_get_data (G_OBJECT (row), "quadrant-requirement");
}

static void
select_requirement_at (QuadrantPartyEditor *self,
                       guint                position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->requirements_list, (int) position);

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->requirements_list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

void
_quadrant_party_editor_update_requirement_actions (QuadrantPartyEditor *self)
{
  guint position = 0, n = 0;
  gboolean selected = selected_requirement (self, &position) != NULL;

  if (self->party != NULL)
    n = quadrant_party_get_n_requirements (self->party);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-requirement", self->party != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-requirement", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-requirement-up",
                                 selected && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-requirement-down",
                                 selected && position + 1 < n);
}

static void
requirement_activated_cb (QuadrantPartyEditor *self,
                          GtkListBoxRow       *row)
{
  QuadrantRequirement *requirement = g_object_get_data (G_OBJECT (row), "quadrant-requirement");

  if (requirement == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-requirement", "s",
                              quadrant_requirement_get_id (requirement));
}

static void
add_requirement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  QuadrantPartyEditor *self = QUADRANT_PARTY_EDITOR (widget);
  g_autoptr(QuadrantRequirement) requirement = NULL;
  guint position;

  if (self->party == NULL || self->reg == NULL)
    return;

  if (selected_requirement (self, &position) != NULL)
    position++;
  else
    position = quadrant_party_get_n_requirements (self->party);

  /* Empty, and opened in its editor: the statement is typed straight away. */
  quadrant_party_editor_commit (self);
  requirement = quadrant_requirement_new (NULL);
  quadrant_register_insert_requirement (self->reg, self->party, position, requirement);
  select_requirement_at (self, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-requirement", "s",
                              quadrant_requirement_get_id (requirement));
}

static void
remove_requirement_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  QuadrantPartyEditor *self = QUADRANT_PARTY_EDITOR (widget);
  QuadrantRequirement *requirement;
  guint position, n;

  requirement = selected_requirement (self, &position);
  if (requirement == NULL || self->reg == NULL)
    return;

  quadrant_register_remove_requirement (self->reg, requirement);
  /* Keep a row selected so that Delete can be pressed again. */
  n = quadrant_party_get_n_requirements (self->party);
  if (n > 0)
    select_requirement_at (self, MIN (position, n - 1));
}

static void
move_requirement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  QuadrantPartyEditor *self = QUADRANT_PARTY_EDITOR (widget);
  QuadrantRequirement *requirement;
  gboolean up = g_str_equal (action_name, "editor.move-requirement-up");
  guint position, n;

  requirement = selected_requirement (self, &position);
  if (requirement == NULL || self->reg == NULL)
    return;

  n = quadrant_party_get_n_requirements (self->party);
  if ((up && position == 0) || (!up && position + 1 >= n))
    return;

  position = up ? position - 1 : position + 1;
  quadrant_register_reorder_requirement (self->reg, requirement, position);
  select_requirement_at (self, position);
}

/* ---- Set-up, for the editor ---- */

void
_quadrant_party_editor_class_init_requirements (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, add_requirement_button);
  gtk_widget_class_install_action (widget_class, "editor.add-requirement", NULL, add_requirement_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-requirement", NULL, remove_requirement_action);
  gtk_widget_class_install_action (widget_class, "editor.move-requirement-up", NULL, move_requirement_action);
  gtk_widget_class_install_action (widget_class, "editor.move-requirement-down", NULL, move_requirement_action);
}

void
_quadrant_party_editor_init_requirements (QuadrantPartyEditor *self)
{
  GtkEventController *keys;

  g_signal_connect_swapped (self->requirements_list, "row-activated",
                            G_CALLBACK (requirement_activated_cb), self);
  g_signal_connect_swapped (self->requirements_list, "row-selected",
                            G_CALLBACK (_quadrant_party_editor_update_requirement_actions), self);

  /* Delete on a requirement row removes it, as in the parties list. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                      gtk_named_action_new ("editor.remove-requirement")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                      gtk_named_action_new ("editor.move-requirement-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                      gtk_named_action_new ("editor.move-requirement-down")));
  gtk_widget_add_controller (GTK_WIDGET (self->requirements_list), keys);

  _quadrant_party_editor_update_requirement_actions (self);
}

void
_quadrant_party_editor_bind_requirements (QuadrantPartyEditor *self)
{
  gtk_list_box_bind_model (self->requirements_list,
                           self->party != NULL ? quadrant_party_get_requirements (self->party) : NULL,
                           create_requirement_row, self, NULL);
}

/* Where a finding "has no requirements" leads: the page scrolls to the
 * button as it takes the focus. */
void
quadrant_party_editor_focus_add_requirement (QuadrantPartyEditor *self)
{
  g_return_if_fail (QUADRANT_IS_PARTY_EDITOR (self));

  gtk_widget_grab_focus (self->add_requirement_button);
}
