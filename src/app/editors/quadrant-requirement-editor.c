/* quadrant-requirement-editor.c: every field of one requirement, its decision
 * and its references (their rows are in quadrant-requirement-editor-references.c) */
#define G_LOG_DOMAIN "quadrant-requirement-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-requirement-editor-private.h"
#include "quadrant-date-popover.h"
#include "quadrant-enum-labels.h"
#include "quadrant-language.h"

G_DEFINE_FINAL_TYPE (QuadrantRequirementEditor, quadrant_requirement_editor, GTK_TYPE_WIDGET)

static const QuadrantField field_ids[N_FIELDS] = {
  QUADRANT_FIELD_REQUIREMENT_STATEMENT, QUADRANT_FIELD_REQUIREMENT_SOURCE,
  QUADRANT_FIELD_REQUIREMENT_RATIONALE, QUADRANT_FIELD_REQUIREMENT_OWNER,
  QUADRANT_FIELD_REQUIREMENT_REVIEW_DATE, QUADRANT_FIELD_REQUIREMENT_NOTES,
  QUADRANT_FIELD_REQUIREMENT_CODE,
};

/* ---- Helpers ---- */

static char *
field_get_text (TextField *field)
{
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
}

static void
field_show_error (TextField  *field,
                  const char *reason)
{
  g_autofree char *title = NULL;

  if (field->error != NULL)
    {
      gtk_label_set_label (field->error, reason);
      gtk_widget_set_visible (GTK_WIDGET (field->error), reason != NULL);
      if (reason != NULL)
        gtk_widget_add_css_class (field->widget, "error");
      else
        gtk_widget_remove_css_class (field->widget, "error");
      return;
    }
  if (!ADW_IS_ENTRY_ROW (field->widget))
    return;

  if (reason == NULL)
    {
      gtk_widget_remove_css_class (field->widget, "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->widget), field->title);
      gtk_widget_set_tooltip_text (field->widget, NULL);
      return;
    }

  /* The reason goes in the title, where it is read out and cannot be missed. */
  /* Translators: a field's title, then why the typed value was refused */
  title = g_strdup_printf (_("%s — %s"), field->title, reason);
  gtk_widget_add_css_class (field->widget, "error");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->widget), title);
  gtk_widget_set_tooltip_text (field->widget, reason);
}

/* Sets the widget from the model; leaves it alone when it already shows the
 * text, so the cursor does not jump after our own commit. */
static void
field_load (QuadrantRequirementEditor *self,
            TextField                 *field,
            const char                *text)
{
  g_autofree char *current = field_get_text (field);
  g_autofree char *date = NULL;

  /* Dates as the user's language writes them. */
  if (field == &self->fields[FIELD_REVIEW_DATE] && text != NULL)
    text = date = quadrant_language_format_date (text);
  field->dirty = FALSE;
  field_show_error (field, NULL);
  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  self->loading = TRUE;
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));

      /* Loading is not something the text view's own undo should revert. */
      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (field->widget), text != NULL ? text : "");
    }
  self->loading = FALSE;
}

static const char *
requirement_get_string (QuadrantRequirement *requirement,
                        FieldId              id)
{
  return quadrant_field_get_info (field_ids[id])->get_text (requirement);
}

static gboolean
field_commit (QuadrantRequirementEditor *self,
              FieldId                    id)
{
  TextField *field = &self->fields[id];
  g_autofree char *text = NULL;

  if (!field->dirty || self->requirement == NULL)
    return TRUE;

  text = field_get_text (field);
  if (id == FIELD_REVIEW_DATE)
    {
      /* Typed as the language writes dates or as ISO; stored as ISO. */
      g_autofree char *iso = quadrant_language_parse_date (text);

      if (iso == NULL)
        {
          g_autofree char *reason = quadrant_date_popover_dup_error ();

          field_show_error (field, reason);
          return FALSE;
        }
      g_free (text);
      text = g_steal_pointer (&iso);
    }
  else if (id == FIELD_STATEMENT && quadrant_text_is_blank (text))
    {
      field_show_error (field, _("A requirement needs a statement."));
      return FALSE;
    }

  field->dirty = FALSE;
  field_show_error (field, NULL);
  quadrant_register_set_text (self->reg, self->requirement, field->field, text);
  /* Shown again as the language writes it, also when the date was the same. */
  if (id == FIELD_REVIEW_DATE)
    field_load (self, field, requirement_get_string (self->requirement, id));
  return TRUE;
}

static void
combo_load (QuadrantRequirementEditor *self,
            AdwComboRow               *row,
            guint                      value)
{
  if (adw_combo_row_get_selected (row) == value)
    return;
  self->loading = TRUE;
  adw_combo_row_set_selected (row, value);
  self->loading = FALSE;
}

static void
party_load (QuadrantRequirementEditor *self)
{
  const char *name = self->party != NULL ? quadrant_party_get_name (self->party) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->party_row),
                                 name != NULL && *name != '\0' ? name : _("Unnamed party"));
  /* Name and target together: the action takes the party's id. */
  if (self->party != NULL)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->party_row),
                                              g_variant_new_string (quadrant_party_get_id (self->party)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->party_row), "win.show-party");
    }
  else
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->party_row), NULL);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->party_row), NULL);
    }
}

static void
load_all (QuadrantRequirementEditor *self)
{
  QuadrantRequirement *requirement = self->requirement;

  for (guint i = 0; i < N_FIELDS; i++)
    field_load (self, &self->fields[i], requirement_get_string (requirement, i));

  combo_load (self, self->type_row, quadrant_requirement_get_requirement_type (requirement));
  combo_load (self, self->priority_row, quadrant_requirement_get_priority (requirement));
  combo_load (self, self->decision_row, quadrant_requirement_get_decision (requirement));
  party_load (self);
  _quadrant_requirement_editor_sync_references (self);
}

/* ---- Callbacks ---- */

static TextField *
field_for_widget (QuadrantRequirementEditor *self,
                  gpointer                   widget,
                  FieldId                   *id)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (self->fields[i].widget == widget)
      {
        *id = i;
        return &self->fields[i];
      }
  g_return_val_if_reached (NULL);
}

static void
field_changed_cb (QuadrantRequirementEditor *self,
                  gpointer                   widget)
{
  FieldId id;
  TextField *field;

  if (self->loading)
    return;
  field = field_for_widget (self, widget, &id);
  field->dirty = TRUE;

  /* A refused date stays marked until it is a date (or empty) again. */
  if (id == FIELD_REVIEW_DATE && gtk_widget_has_css_class (field->widget, "error"))
    {
      g_autofree char *text = field_get_text (field);
      g_autofree char *iso = quadrant_language_parse_date (text);

      if (iso != NULL)
        field_show_error (field, NULL);
    }
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   GtkTextView   *view)
{
  QuadrantRequirementEditor *self =
    QUADRANT_REQUIREMENT_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (view),
                                                          QUADRANT_TYPE_REQUIREMENT_EDITOR));

  field_changed_cb (self, view);
}

static void
field_commit_cb (QuadrantRequirementEditor *self,
                 gpointer                   widget_or_controller)
{
  gpointer widget = widget_or_controller;
  FieldId id;

  if (GTK_IS_EVENT_CONTROLLER (widget))
    widget = gtk_event_controller_get_widget (widget);
  if (field_for_widget (self, widget, &id) != NULL)
    field_commit (self, id);
}

/* Escape takes back typing that is not committed yet. */
static gboolean
field_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      gpointer               user_data)
{
  QuadrantRequirementEditor *self = user_data;
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  FieldId id;
  TextField *field;

  if (keyval != GDK_KEY_Escape || self->requirement == NULL)
    return FALSE;
  field = field_for_widget (self, widget, &id);
  if (field == NULL || !field->dirty)
    return FALSE;
  field_load (self, field, requirement_get_string (self->requirement, id));
  return TRUE;
}

/* A statement is one paragraph: Enter commits it, as in the other fields. */
static gboolean
statement_key_pressed_cb (QuadrantRequirementEditor *self,
                          guint                      keyval,
                          guint                      keycode,
                          GdkModifierType            state)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    {
      field_commit (self, FIELD_STATEMENT);
      return TRUE;
    }
  return FALSE;
}

static void
combo_selected_cb (QuadrantRequirementEditor *self,
                   GParamSpec                *pspec,
                   AdwComboRow               *row)
{
  QuadrantField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || self->requirement == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  quadrant_register_set_choice (self->reg, self->requirement, field, selected);
}

static void
requirement_notify_cb (QuadrantRequirementEditor *self,
                       GParamSpec                *pspec,
                       QuadrantRequirement       *requirement)
{
  const char *name = pspec->name;

  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (name, quadrant_field_get_info (field_ids[i])->property))
      {
        if (!self->fields[i].dirty)
          field_load (self, &self->fields[i], requirement_get_string (requirement, i));
        return;
      }

  if (g_str_equal (name, "requirement-type"))
    combo_load (self, self->type_row, quadrant_requirement_get_requirement_type (requirement));
  else if (g_str_equal (name, "priority"))
    combo_load (self, self->priority_row, quadrant_requirement_get_priority (requirement));
  else if (g_str_equal (name, "decision"))
    combo_load (self, self->decision_row, quadrant_requirement_get_decision (requirement));
  else if (g_str_equal (name, "references"))
    _quadrant_requirement_editor_sync_references (self);
}

/* ---- GObject / GtkWidget ---- */

static void
disconnect_requirement (QuadrantRequirementEditor *self)
{
  if (self->requirement != NULL)
    g_clear_signal_handler (&self->notify_handler, self->requirement);
  if (self->party != NULL)
    g_clear_signal_handler (&self->party_handler, self->party);
  g_clear_object (&self->requirement);
  g_clear_object (&self->party);
  g_clear_object (&self->reg);
}

static void
quadrant_requirement_editor_dispose (GObject *object)
{
  QuadrantRequirementEditor *self = QUADRANT_REQUIREMENT_EDITOR (object);

  disconnect_requirement (self);
  _quadrant_requirement_editor_dispose_references (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_REQUIREMENT_EDITOR);

  G_OBJECT_CLASS (quadrant_requirement_editor_parent_class)->dispose (object);
}

static void
quadrant_requirement_editor_finalize (GObject *object)
{
  QuadrantRequirementEditor *self = QUADRANT_REQUIREMENT_EDITOR (object);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->fields[i].title);
  g_clear_pointer (&self->reference_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (quadrant_requirement_editor_parent_class)->finalize (object);
}

static void
quadrant_requirement_editor_class_init (QuadrantRequirementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_requirement_editor_dispose;
  object_class->finalize = quadrant_requirement_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-requirement-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, page);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, party_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, statement_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, statement_error);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, priority_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, decision_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, references_list);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, new_reference_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, new_reference_kind);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, add_reference_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, review_date_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementEditor, notes_view);
  _quadrant_requirement_editor_bind_references (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
setup_field (QuadrantRequirementEditor *self,
             FieldId                    id,
             gpointer                   widget)
{
  TextField *field = &self->fields[id];
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys;

  field->field = field_ids[id];
  field->widget = widget;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      g_signal_connect_object (gtk_text_view_get_buffer (widget), "changed",
                               G_CALLBACK (buffer_changed_cb), widget, 0);
    }
  else
    {
      field->title = g_strdup (adw_preferences_row_get_title (widget));
      g_signal_connect_object (widget, "changed", G_CALLBACK (field_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (widget, "entry-activated", G_CALLBACK (field_commit_cb),
                               self, G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (focus, "leave", G_CALLBACK (field_commit_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (field_key_pressed_cb), self, 0);
  gtk_widget_add_controller (widget, keys);
}

static void
setup_combo (QuadrantRequirementEditor *self,
             AdwComboRow               *row,
             QuadrantField              field)
{
  g_autoptr(GtkStringList) labels = quadrant_enum_labels_new (quadrant_field_get_info (field)->enum_type (), NULL);

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (combo_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
quadrant_requirement_editor_init (QuadrantRequirementEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_field (self, FIELD_STATEMENT, self->statement_view);
  self->fields[FIELD_STATEMENT].error = self->statement_error;
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    /* Before the text view's own handler, which would insert a line break. */
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (statement_key_pressed_cb),
                             self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->statement_view), keys);
  }
  setup_field (self, FIELD_SOURCE, self->source_row);
  setup_field (self, FIELD_CODE, self->code_row);
  setup_field (self, FIELD_RATIONALE, self->rationale_view);
  setup_field (self, FIELD_OWNER, self->owner_row);
  setup_field (self, FIELD_REVIEW_DATE, self->review_date_row);
  quadrant_date_popover_attach (self->review_date_row);
  setup_field (self, FIELD_NOTES, self->notes_view);

  setup_combo (self, self->type_row, QUADRANT_FIELD_REQUIREMENT_TYPE);
  setup_combo (self, self->priority_row, QUADRANT_FIELD_REQUIREMENT_PRIORITY);
  setup_combo (self, self->decision_row, QUADRANT_FIELD_REQUIREMENT_DECISION);

  _quadrant_requirement_editor_setup_references (self);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_requirement_editor_new (void)
{
  return g_object_new (QUADRANT_TYPE_REQUIREMENT_EDITOR, NULL);
}

void
quadrant_requirement_editor_set_requirement (QuadrantRequirementEditor *self,
                                             QuadrantRegister          *reg,
                                             QuadrantRequirement       *requirement)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENT_EDITOR (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));
  g_return_if_fail (requirement == NULL || QUADRANT_IS_REQUIREMENT (requirement));
  g_return_if_fail (requirement == NULL || reg != NULL);

  if (self->requirement == requirement && self->reg == reg)
    return;

  if (self->requirement != NULL)
    quadrant_requirement_editor_commit (self);
  disconnect_requirement (self);

  if (requirement == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->reg = g_object_ref (reg);
  self->requirement = g_object_ref (requirement);
  self->notify_handler = g_signal_connect_object (requirement, "notify",
                                                  G_CALLBACK (requirement_notify_cb),
                                                  self, G_CONNECT_SWAPPED);
  if (quadrant_requirement_get_party (requirement) != NULL)
    {
      self->party = g_object_ref (quadrant_requirement_get_party (requirement));
      self->party_handler = g_signal_connect_object (self->party, "notify::name",
                                                     G_CALLBACK (party_load),
                                                     self, G_CONNECT_SWAPPED);
    }

  load_all (self);
  gtk_stack_set_visible_child_name (self->stack, "editor");
}

QuadrantRequirement *
quadrant_requirement_editor_get_requirement (QuadrantRequirementEditor *self)
{
  g_return_val_if_fail (QUADRANT_IS_REQUIREMENT_EDITOR (self), NULL);

  return self->requirement;
}

gboolean
quadrant_requirement_editor_commit (QuadrantRequirementEditor *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (QUADRANT_IS_REQUIREMENT_EDITOR (self), FALSE);

  if (self->requirement == NULL)
    return TRUE;

  for (guint i = 0; i < N_FIELDS; i++)
    ok &= field_commit (self, i);
  _quadrant_requirement_editor_commit_references (self);
  return ok;
}

void
quadrant_requirement_editor_focus_statement (QuadrantRequirementEditor *self)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENT_EDITOR (self));

  if (self->requirement == NULL)
    return;
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->statement_view);
    GtkTextIter start, end;

    gtk_widget_grab_focus (GTK_WIDGET (self->statement_view));
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_select_range (buffer, &start, &end);
  }
}
