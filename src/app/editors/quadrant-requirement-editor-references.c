/* quadrant-requirement-editor-references.c: the requirement editor's
 * references: a row for each, with its kind and a remove button, and the row
 * that adds one
 *
 * The rows are rebuilt from the model when it changes, and every edit (a
 * text, a kind, a removal, an addition) commits the whole list at once.
 */
#define G_LOG_DOMAIN "quadrant-requirement-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-requirement-editor-private.h"
#include "quadrant-enum-labels.h"

static GtkWidget *
kind_dropdown_new (QuadrantReferenceKind kind)
{
  g_autoptr(GtkStringList) labels =
    quadrant_enum_labels_new (QUADRANT_TYPE_REFERENCE_KIND, NULL);
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), kind);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Kind of reference"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of reference"),
                                  -1);
  return dropdown;
}

static GtkDropDown *
row_get_kind (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "kind-dropdown");
}

/* The references as the rows show them. A text emptied by the user is not a
 * reference: it keeps its committed text (remove is a button of its own).
 * Row i shows the model's reference i: each is a copy of it, so that what
 * the reader kept in it from a newer version is kept too. */
static GPtrArray *
references_from_rows (QuadrantRequirementEditor *self)
{
  GPtrArray *model = quadrant_requirement_get_references (self->requirement);
  GPtrArray *refs = quadrant_reference_array_new ();

  for (guint i = 0; i < self->reference_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->reference_rows, i);
      g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
      QuadrantReferenceKind kind = gtk_drop_down_get_selected (row_get_kind (row));

      g_strstrip (text);
      if (*text == '\0')
        {
          if (i >= model->len)
            continue;
          g_free (text);
          text = g_strdup (((QuadrantReference *) g_ptr_array_index (model, i))->text);
        }
      if (i < model->len)
        {
          QuadrantReference *reference = quadrant_reference_copy (g_ptr_array_index (model, i));

          reference->kind = kind;
          g_free (reference->text);
          reference->text = g_steal_pointer (&text);
          g_ptr_array_add (refs, reference);
        }
      else
        g_ptr_array_add (refs, quadrant_reference_new (kind, text));
    }
  return refs;
}

static void
references_commit (QuadrantRequirementEditor *self,
                   GPtrArray                 *refs)
{
  for (guint i = 0; i < self->reference_rows->len; i++)
    g_object_set_data (g_ptr_array_index (self->reference_rows, i), "dirty", NULL);

  quadrant_register_set_references (self->reg, self->requirement, refs);
  /* Nothing changed (an emptied text): show the model again. */
  _quadrant_requirement_editor_sync_references (self);
}

static void reference_row_changed_cb     (QuadrantRequirementEditor *self,
                                          GtkEditable               *row);
static void reference_row_commit_cb      (QuadrantRequirementEditor *self);
static void reference_kind_changed_cb    (QuadrantRequirementEditor *self);
static void reference_remove_clicked_cb  (QuadrantRequirementEditor *self,
                                          GtkButton                 *button);

static GtkWidget *
reference_row_new (QuadrantRequirementEditor *self,
                   const QuadrantReference   *ref)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *kind = kind_dropdown_new (ref->kind);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Reference"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), ref->text != NULL ? ref->text : "");
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), kind);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Reference"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Reference"),
                                  -1);
  g_object_set_data (G_OBJECT (remove), "row", row);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "kind-dropdown", kind);

  g_signal_connect_object (row, "changed", G_CALLBACK (reference_row_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (reference_row_commit_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (reference_row_commit_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, focus);
  g_signal_connect_object (kind, "notify::selected", G_CALLBACK (reference_kind_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (reference_remove_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  return row;
}

static gboolean
rows_match_model (QuadrantRequirementEditor *self,
                  GPtrArray                 *model)
{
  if (model->len != self->reference_rows->len)
    return FALSE;

  for (guint i = 0; i < model->len; i++)
    {
      const QuadrantReference *ref = g_ptr_array_index (model, i);
      GtkWidget *row = g_ptr_array_index (self->reference_rows, i);

      if (gtk_drop_down_get_selected (row_get_kind (row)) != (guint) ref->kind)
        return FALSE;
      /* Typing not committed yet is kept, as in the other fields. */
      if (g_object_get_data (G_OBJECT (row), "dirty") == NULL &&
          g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), ref->text) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Rebuilds the rows when they differ from the model, keeping the keyboard
 * focus at the same place in the list. */
void
_quadrant_requirement_editor_sync_references (QuadrantRequirementEditor *self)
{
  GPtrArray *model;
  GtkRoot *root;
  GtkWidget *focus = NULL;
  int focus_index = -1;

  if (self->requirement == NULL)
    return;

  model = quadrant_requirement_get_references (self->requirement);
  if (rows_match_model (self, model))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL)
    focus = gtk_root_get_focus (root);
  for (guint i = 0; focus != NULL && i < self->reference_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->reference_rows, i);

      if (focus == row || gtk_widget_is_ancestor (focus, row))
        focus_index = i;
    }

  self->loading = TRUE;
  for (guint i = 0; i < self->reference_rows->len; i++)
    gtk_list_box_remove (self->references_list, g_ptr_array_index (self->reference_rows, i));
  g_ptr_array_set_size (self->reference_rows, 0);

  for (guint i = 0; i < model->len; i++)
    {
      GtkWidget *row = reference_row_new (self, g_ptr_array_index (model, i));

      gtk_list_box_insert (self->references_list, row, i);
      g_ptr_array_add (self->reference_rows, row);
    }
  self->loading = FALSE;

  if (focus_index >= 0)
    {
      if ((guint) focus_index < self->reference_rows->len)
        gtk_widget_grab_focus (g_ptr_array_index (self->reference_rows, focus_index));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->new_reference_row));
    }
}

static void
reference_row_changed_cb (QuadrantRequirementEditor *self,
                          GtkEditable               *row)
{
  if (!self->loading)
    g_object_set_data (G_OBJECT (row), "dirty", GINT_TO_POINTER (TRUE));
}

static gboolean
any_reference_row_dirty (QuadrantRequirementEditor *self)
{
  for (guint i = 0; i < self->reference_rows->len; i++)
    if (g_object_get_data (g_ptr_array_index (self->reference_rows, i), "dirty") != NULL)
      return TRUE;
  return FALSE;
}

static void
reference_row_commit_cb (QuadrantRequirementEditor *self)
{
  g_autoptr(GPtrArray) refs = NULL;

  if (self->requirement == NULL || !any_reference_row_dirty (self))
    return;
  refs = references_from_rows (self);
  references_commit (self, refs);
}

static void
reference_kind_changed_cb (QuadrantRequirementEditor *self)
{
  g_autoptr(GPtrArray) refs = NULL;

  if (self->loading || self->requirement == NULL)
    return;
  refs = references_from_rows (self);
  references_commit (self, refs);
}

static void
reference_remove_clicked_cb (QuadrantRequirementEditor *self,
                             GtkButton                 *button)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  g_autoptr(GPtrArray) refs = NULL;
  guint index;

  if (self->requirement == NULL ||
      !g_ptr_array_find (self->reference_rows, row, &index))
    return;

  refs = references_from_rows (self);
  if (index < refs->len)
    g_ptr_array_remove_index (refs, index);
  references_commit (self, refs);
}

static void
add_reference_cb (QuadrantRequirementEditor *self)
{
  g_autoptr(GPtrArray) refs = NULL;
  g_autofree char *text = NULL;

  if (self->requirement == NULL)
    return;

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_reference_row)));
  g_strstrip (text);
  if (*text == '\0')
    return;

  refs = references_from_rows (self);
  g_ptr_array_add (refs, quadrant_reference_new (gtk_drop_down_get_selected (self->new_reference_kind),
                                                 text));
  references_commit (self, refs);
  gtk_editable_set_text (GTK_EDITABLE (self->new_reference_row), "");
  quadrant_reference_completion_hide (self->completion);
}

static void
new_reference_changed_cb (QuadrantRequirementEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_reference_row));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_reference_button),
                            !quadrant_text_is_blank (text));
  /* Only what the user types is completed, not what a load puts there. */
  if (self->completion == NULL)
    return;
  if (gtk_widget_get_focus_child (GTK_WIDGET (self->new_reference_row)) != NULL)
    quadrant_reference_completion_update (self->completion, self->reg, self->requirement);
  else
    quadrant_reference_completion_hide (self->completion);
}

/* A suggestion taken: its kind too, ready for Enter or Add. */
static void
completion_chosen_cb (QuadrantRequirementEditor *self,
                      const char                *text,
                      guint                      kind)
{
  gtk_drop_down_set_selected (self->new_reference_kind, kind);
}

void
_quadrant_requirement_editor_commit_references (QuadrantRequirementEditor *self)
{
  reference_row_commit_cb (self);
}

void
_quadrant_requirement_editor_bind_references (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, add_reference_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_reference_changed_cb);
}

void
_quadrant_requirement_editor_setup_references (QuadrantRequirementEditor *self)
{
  g_autoptr(GtkStringList) kinds =
    quadrant_enum_labels_new (QUADRANT_TYPE_REFERENCE_KIND, NULL);

  self->reference_rows = g_ptr_array_new ();
  self->completion = quadrant_reference_completion_new (GTK_WIDGET (self->new_reference_row));
  g_signal_connect_object (self->completion, "chosen", G_CALLBACK (completion_chosen_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_drop_down_set_model (self->new_reference_kind, G_LIST_MODEL (kinds));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_reference_kind),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of reference"),
                                  -1);
  new_reference_changed_cb (self);
}

void
_quadrant_requirement_editor_dispose_references (QuadrantRequirementEditor *self)
{
  if (self->completion != NULL)
    quadrant_reference_completion_detach (self->completion);
  g_clear_object (&self->completion);
}
