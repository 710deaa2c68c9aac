/* quadrant-requirement-editor.c: every field of one requirement, its decision
 * and its references */
#define G_LOG_DOMAIN "quadrant-requirement-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-requirement-editor.h"

typedef enum {
  FIELD_STATEMENT,
  FIELD_SOURCE,
  FIELD_RATIONALE,
  FIELD_OWNER,
  FIELD_REVIEW_DATE,
  FIELD_NOTES,
  N_FIELDS
} FieldId;

/* A text field that commits on Enter (entry rows) and when it loses focus. */
typedef struct {
  const char *property;
  GtkWidget  *widget;     /* AdwEntryRow or GtkTextView */
  char       *title;      /* entry rows: the title when there is no error */
  GtkLabel   *error;      /* text views: where a refusal is explained */
  guint       dirty : 1;  /* typed, not committed yet: model changes leave it alone */
} TextField;

struct _QuadrantRequirementEditor
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  AdwPreferencesPage *page;
  AdwActionRow       *party_row;
  GtkTextView        *statement_view;
  GtkLabel           *statement_error;
  AdwComboRow        *type_row;
  AdwEntryRow        *source_row;
  AdwComboRow        *priority_row;
  AdwComboRow        *decision_row;
  GtkTextView        *rationale_view;
  GtkListBox         *references_list;
  AdwEntryRow        *new_reference_row;
  GtkDropDown        *new_reference_kind;
  GtkButton          *add_reference_button;
  AdwEntryRow        *owner_row;
  AdwEntryRow        *review_date_row;
  GtkTextView        *notes_view;

  /* Owned references */
  QuadrantRegister    *reg;
  QuadrantRequirement *requirement;
  QuadrantParty       *party;
  GPtrArray           *reference_rows; /* AdwEntryRow, in references_list order */

  /* State */
  TextField fields[N_FIELDS];
  gulong    notify_handler;
  gulong    party_handler;
  guint     loading : 1; /* widgets are being set from the model: not an edit */
};

G_DEFINE_FINAL_TYPE (QuadrantRequirementEditor, quadrant_requirement_editor, GTK_TYPE_WIDGET)

static const char *field_properties[N_FIELDS] = {
  "statement", "source", "rationale", "owner", "review-date", "notes",
};

static void references_sync (QuadrantRequirementEditor *self);

/* ---- Helpers ---- */

static GtkStringList *
enum_labels_new (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *list = gtk_string_list_new (NULL);

  /* Our enums count from 0 without gaps, so a position is a value. */
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, quadrant_enum_to_label (enum_type, klass->values[i].value));
  return list;
}

static GtkWidget *
kind_dropdown_new (QuadrantReferenceKind kind)
{
  g_autoptr(GtkStringList) labels = enum_labels_new (QUADRANT_TYPE_REFERENCE_KIND);
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), kind);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Kind of reference"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of reference"),
                                  -1);
  return dropdown;
}

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
  switch (id)
    {
    case FIELD_STATEMENT: return quadrant_requirement_get_statement (requirement);
    case FIELD_SOURCE: return quadrant_requirement_get_source (requirement);
    case FIELD_RATIONALE: return quadrant_requirement_get_rationale (requirement);
    case FIELD_OWNER: return quadrant_requirement_get_owner (requirement);
    case FIELD_REVIEW_DATE: return quadrant_requirement_get_review_date (requirement);
    case FIELD_NOTES: return quadrant_requirement_get_notes (requirement);
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
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
      g_strstrip (text);
      if (*text != '\0' && !quadrant_date_is_valid (text))
        {
          field_show_error (field, _("not a date, use YYYY-MM-DD"));
          return FALSE;
        }
    }
  else if (id == FIELD_STATEMENT && is_blank (text))
    {
      field_show_error (field, _("A requirement needs a statement."));
      return FALSE;
    }

  field->dirty = FALSE;
  field_show_error (field, NULL);
  quadrant_register_set_string (self->reg, self->requirement, field->property, text);
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
  references_sync (self);
}

/* ---- References ---- */

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
  references_sync (self);
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
static void
references_sync (QuadrantRequirementEditor *self)
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
}

static void
new_reference_changed_cb (QuadrantRequirementEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_reference_row));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_reference_button), !is_blank (text));
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

      g_strstrip (text);
      if (*text == '\0' || quadrant_date_is_valid (text))
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
  const char *property = g_object_get_data (G_OBJECT (row), "property");
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || self->requirement == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  quadrant_register_set_enum (self->reg, self->requirement, property, selected);
}

static void
requirement_notify_cb (QuadrantRequirementEditor *self,
                       GParamSpec                *pspec,
                       QuadrantRequirement       *requirement)
{
  const char *name = pspec->name;

  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (name, field_properties[i]))
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
    references_sync (self);
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
  gtk_widget_class_bind_template_callback (widget_class, add_reference_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_reference_changed_cb);

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

  field->property = field_properties[id];
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
             GType                      enum_type,
             const char                *property)
{
  g_autoptr(GtkStringList) labels = enum_labels_new (enum_type);

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_object_set_data (G_OBJECT (row), "property", (gpointer) property);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (combo_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
quadrant_requirement_editor_init (QuadrantRequirementEditor *self)
{
  g_autoptr(GtkStringList) kinds = enum_labels_new (QUADRANT_TYPE_REFERENCE_KIND);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reference_rows = g_ptr_array_new ();

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
  setup_field (self, FIELD_RATIONALE, self->rationale_view);
  setup_field (self, FIELD_OWNER, self->owner_row);
  setup_field (self, FIELD_REVIEW_DATE, self->review_date_row);
  setup_field (self, FIELD_NOTES, self->notes_view);

  setup_combo (self, self->type_row, QUADRANT_TYPE_REQUIREMENT_TYPE, "requirement-type");
  setup_combo (self, self->priority_row, QUADRANT_TYPE_PRIORITY, "priority");
  setup_combo (self, self->decision_row, QUADRANT_TYPE_DECISION, "decision");

  gtk_drop_down_set_model (self->new_reference_kind, G_LIST_MODEL (kinds));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_reference_kind),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of reference"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->statement_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Statement"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rationale_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rationale"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes"),
                                  -1);
  new_reference_changed_cb (self);
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
  reference_row_commit_cb (self);
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
