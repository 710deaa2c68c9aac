/* quadrant-party-editor.c: every field of one party; the list of its
 * requirements is in quadrant-party-editor-requirements.c */
#define G_LOG_DOMAIN "quadrant-party-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-party-editor-private.h"
#include "quadrant-relevance.h"
#include "quadrant-enum-labels.h"
#include "quadrant-date-popover.h"
#include "quadrant-language.h"
#include "quadrant-wheel-guard.h"

G_DEFINE_FINAL_TYPE (QuadrantPartyEditor, quadrant_party_editor, GTK_TYPE_WIDGET)

/* ---- Text fields ---- */

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

static gboolean
field_has_focus (TextField *field)
{
  return (gtk_widget_get_state_flags (field->widget) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

static GtkLabel *
field_error_label (TextField *field)
{
  if (field->kind == FIELD_NAME)
    return field->self->name_error;
  if (field->kind == FIELD_DATE)
    return field->self->date_error;
  return NULL;
}

static void
field_show_error (TextField  *field,
                  const char *reason)
{
  GtkLabel *label = field_error_label (field);

  if (reason != NULL)
    gtk_widget_add_css_class (field->widget, "error");
  else
    gtk_widget_remove_css_class (field->widget, "error");
  gtk_widget_set_tooltip_text (field->widget, reason);

  if (label == NULL)
    return;

  /* Both date fields share one label: it stays while either is wrong. */
  if (reason == NULL && field->kind == FIELD_DATE)
    {
      QuadrantPartyEditor *self = field->self;
      TextField *other = &self->text_fields[field == &self->text_fields[TEXT_IDENTIFIED_ON]
                                              ? TEXT_LAST_REVIEWED : TEXT_IDENTIFIED_ON];

      if (gtk_widget_has_css_class (other->widget, "error"))
        return;
    }
  gtk_label_set_text (label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (label), reason != NULL);
}

/* Why text may not be stored in this field, or NULL when it may. */
static char *
field_validate (TextField  *field,
                const char *text)
{
  if (field->kind == FIELD_NAME && quadrant_text_is_blank (text))
    return g_strdup (_("A party needs a name."));
  if (field->kind == FIELD_DATE)
    {
      g_autofree char *iso = quadrant_language_parse_date (text);
      g_autofree char *example = NULL;

      if (iso != NULL)
        return NULL;
      example = quadrant_language_format_date ("2026-03-31");
      /* Translators: %s is an example date as your language writes it
       * (such as 31.03.2026); ISO (2026-03-31) is taken too */
      return g_strdup_printf (_("Not a date: write it like %s."), example);
    }
  return NULL;
}

static void
field_set_text (TextField  *field,
                const char *value)
{
  QuadrantPartyEditor *self = field->self;
  g_autofree char *current = field_get_text (field);

  field->editing = FALSE;
  if (value == NULL)
    value = "";
  if (g_strcmp0 (current, value) == 0)
    return;

  /* Setting the text moves the cursor; only done when the text differs. */
  self->syncing++;
  if (GTK_IS_TEXT_VIEW (field->widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)), value, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->widget), value);
  self->syncing--;
}

static void
field_sync (TextField *field)
{
  QuadrantPartyEditor *self = field->self;
  g_autofree char *value = NULL;

  /* Don't clobber what is being typed. */
  if (field->editing && field_has_focus (field))
    return;

  if (self->party != NULL && field->kind == FIELD_DATE)
    value = quadrant_language_format_date (quadrant_field_get_info (field->field)->get_text (self->party));
  else if (self->party != NULL)
    value = g_strdup (quadrant_field_get_info (field->field)->get_text (self->party));
  field_set_text (field, value);
  field_show_error (field, NULL);
}

/* Stores the typed text; returns FALSE when it was refused. */
static gboolean
field_commit (TextField *field)
{
  QuadrantPartyEditor *self = field->self;
  g_autofree char *text = NULL;
  g_autofree char *reason = NULL;

  if (!field->editing || self->party == NULL || self->reg == NULL)
    return TRUE;

  text = field_get_text (field);
  reason = field_validate (field, text);
  if (reason != NULL)
    {
      field_show_error (field, reason);
      return FALSE;
    }

  field->editing = FALSE;
  field_show_error (field, NULL);
  if (field->kind == FIELD_DATE)
    {
      /* Typed as the language writes dates or as ISO; stored as ISO. */
      g_autofree char *iso = quadrant_language_parse_date (text);

      g_free (text);
      text = g_steal_pointer (&iso);
    }
  else if (field->kind != FIELD_MULTILINE)
    g_strstrip (text);
  quadrant_register_set_text (self->reg, self->party, field->field, text);
  /* Shown again as the language writes it, also when the date was the same. */
  if (field->kind == FIELD_DATE)
    field_sync (field);
  return TRUE;
}

static void
field_changed_cb (TextField *field)
{
  g_autofree char *text = NULL;

  if (field->self->syncing > 0 || field->self->party == NULL)
    return;

  field->editing = TRUE;
  /* Show the reason as soon as the input is wrong, not only on commit. */
  if (field->kind == FIELD_NAME || field->kind == FIELD_DATE)
    {
      g_autofree char *reason = NULL;

      text = field_get_text (field);
      reason = field_validate (field, text);
      field_show_error (field, reason);
    }
}

static void
field_activated_cb (TextField *field)
{
  field_commit (field);
}

static void
field_focus_leave_cb (GtkEventControllerFocus *controller,
                      TextField               *field)
{
  if (field_commit (field))
    return;

  /* An empty name is refused: keep the old one, but leave the reason visible. */
  if (field->kind == FIELD_NAME && field->self->party != NULL)
    {
      field_set_text (field, quadrant_party_get_name (field->self->party));
      field_show_error (field, NULL);
      /* The entry is valid again, but say why the typing was undone. */
      gtk_label_set_text (field->self->name_error,
                          _("A party needs a name. The previous name was kept."));
      gtk_widget_set_visible (GTK_WIDGET (field->self->name_error), TRUE);
    }
}

static void
field_init (QuadrantPartyEditor *self,
            guint                index,
            GtkWidget           *widget,
            QuadrantField        id,
            FieldKind            kind)
{
  TextField *field = &self->text_fields[index];
  GtkEventController *focus = gtk_event_controller_focus_new ();

  field->self = self;
  field->widget = widget;
  field->field = id;
  field->kind = kind;

  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                              G_CALLBACK (field_changed_cb), field);
  else
    {
      g_signal_connect_swapped (widget, "changed", G_CALLBACK (field_changed_cb), field);
      g_signal_connect_swapped (widget, "entry-activated", G_CALLBACK (field_activated_cb), field);
    }
  g_signal_connect (focus, "leave", G_CALLBACK (field_focus_leave_cb), field);
  gtk_widget_add_controller (widget, focus);
}

/* ---- Enum fields ---- */

static void
enum_sync (EnumField *field)
{
  QuadrantPartyEditor *self = field->self;
  int value = 0;

  if (self->party != NULL)
    value = quadrant_field_get_info (field->field)->get_number (self->party);

  self->syncing++;
  adw_combo_row_set_selected (field->row, (guint) value);
  self->syncing--;
}

static void
enum_selected_cb (EnumField *field)
{
  QuadrantPartyEditor *self = field->self;
  guint selected = adw_combo_row_get_selected (field->row);

  if (self->syncing > 0 || self->party == NULL || self->reg == NULL ||
      selected == GTK_INVALID_LIST_POSITION)
    return;

  /* A kind proposes its usual category (a board is internal); choosing
   * another category after it stays possible, and the check reports it. */
  if (field->field == QUADRANT_FIELD_PARTY_KIND)
    {
      int usual = quadrant_kind_get_usual_category ((QuadrantKind) selected);

      if (usual >= 0 && usual != (int) quadrant_party_get_category (self->party))
        {
          quadrant_register_begin_group (self->reg, _("Change Kind"));
          quadrant_register_set_choice (self->reg, self->party, field->field, (int) selected);
          quadrant_register_set_choice (self->reg, self->party, QUADRANT_FIELD_PARTY_CATEGORY, usual);
          quadrant_register_end_group (self->reg);
          return;
        }
    }
  /* A decision on relevance is dated, as one step. */
  if (field->field == QUADRANT_FIELD_PARTY_RELEVANCE)
    {
      quadrant_register_decide_relevance (self->reg, self->party, (QuadrantRelevance) selected, NULL, NULL);
      return;
    }
  quadrant_register_set_choice (self->reg, self->party, field->field, (int) selected);
}

static void
enum_init (QuadrantPartyEditor *self,
           guint                index,
           AdwComboRow         *row,
           QuadrantField        id)
{
  EnumField *field = &self->enum_fields[index];
  g_autoptr(GtkStringList) labels = quadrant_enum_labels_new (quadrant_field_get_info (id)->enum_type (), NULL);

  field->self = self;
  field->row = row;
  field->field = id;

  /* The enums are dense from 0, so the row index is the value. */
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (enum_selected_cb), field);
}

/* ---- Position ---- */

static void
position_sync (QuadrantPartyEditor *self)
{
  gboolean placed = FALSE;
  int power = QUADRANT_NOT_ASSESSED, interest = QUADRANT_NOT_ASSESSED;
  QuadrantQuadrant quadrant = QUADRANT_QUADRANT_UNPLACED;

  if (self->party != NULL)
    {
      placed = quadrant_party_is_placed (self->party);
      power = quadrant_party_get_power (self->party);
      interest = quadrant_party_get_interest (self->party);
      quadrant = quadrant_party_get_quadrant (self->party);
    }

  self->syncing++;
  gtk_switch_set_active (self->assessed_switch, placed);
  /* Unassessed sliders rest in the middle, where switching on places the party. */
  gtk_range_set_value (GTK_RANGE (self->power_scale), power >= 0 ? power : 50);
  gtk_range_set_value (GTK_RANGE (self->interest_scale), interest >= 0 ? interest : 50);
  gtk_widget_set_sensitive (GTK_WIDGET (self->power_scale), placed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->interest_scale), placed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->power_spin), placed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->interest_spin), placed);
  adw_action_row_set_subtitle (self->quadrant_row,
                               quadrant_enum_to_label (QUADRANT_TYPE_QUADRANT, quadrant));
  self->syncing--;
}

static void
position_commit (QuadrantPartyEditor *self)
{
  int power = (int) gtk_range_get_value (GTK_RANGE (self->power_scale));
  int interest = (int) gtk_range_get_value (GTK_RANGE (self->interest_scale));

  if (self->party == NULL || self->reg == NULL)
    return;

  quadrant_register_move_party (self->reg, self->party,
                                CLAMP (power, 0, 100), CLAMP (interest, 0, 100));
}

static void
scale_value_changed_cb (QuadrantPartyEditor *self)
{
  if (self->syncing > 0 || !gtk_switch_get_active (self->assessed_switch))
    return;
  position_commit (self);
}

static void
assessed_cb (QuadrantPartyEditor *self)
{
  if (self->syncing > 0 || self->party == NULL || self->reg == NULL)
    return;

  if (gtk_switch_get_active (self->assessed_switch))
    position_commit (self);
  else
    quadrant_register_move_party (self->reg, self->party,
                                  QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED);
}

/* Keys that move a slider: holding one down is one undo step, like a drag. */
static gboolean
is_slider_key (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_Right: case GDK_KEY_Up: case GDK_KEY_Down:
    case GDK_KEY_KP_Left: case GDK_KEY_KP_Right: case GDK_KEY_KP_Up: case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Up: case GDK_KEY_Page_Down: case GDK_KEY_Home: case GDK_KEY_End:
    case GDK_KEY_KP_Page_Up: case GDK_KEY_KP_Page_Down: case GDK_KEY_KP_Home: case GDK_KEY_KP_End:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
scale_event_cb (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                QuadrantPartyEditor      *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      quadrant_party_editor_begin_slide (self);
      break;
    case GDK_KEY_PRESS:
      if (is_slider_key (gdk_key_event_get_keyval (event)) &&
          (gdk_event_get_modifier_state (event) & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) == 0)
        quadrant_party_editor_begin_slide (self);
      break;
    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
    case GDK_GRAB_BROKEN:
    case GDK_KEY_RELEASE:
      quadrant_party_editor_end_slide (self);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

/* The slider and the spin button beside it share one adjustment. */
static void
value_control_init (QuadrantPartyEditor *self,
                    GtkWidget           *control)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* Capture phase: the scale's own drag gesture must not hide press and release. */
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (scale_event_cb), self);
  gtk_widget_add_controller (control, legacy);
  /* A release that goes elsewhere must not leave the undo group open. */
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (quadrant_party_editor_end_slide), self);
  gtk_widget_add_controller (control, focus);
  /* Scrolling past must never move a party. */
  quadrant_wheel_guard (control);
}

/* ---- The party ---- */

static void
party_notify_cb (QuadrantPartyEditor *self,
                 GParamSpec          *pspec,
                 QuadrantParty       *party)
{
  const char *name = g_param_spec_get_name (pspec);

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    if (g_str_equal (quadrant_field_get_info (self->text_fields[i].field)->property, name))
      {
        field_sync (&self->text_fields[i]);
        return;
      }

  for (guint i = 0; i < N_ENUM_FIELDS; i++)
    if (g_str_equal (quadrant_field_get_info (self->enum_fields[i].field)->property, name))
      {
        enum_sync (&self->enum_fields[i]);
        return;
      }

  if (g_str_equal (name, "power") || g_str_equal (name, "interest") || g_str_equal (name, "quadrant"))
    position_sync (self);
  else if (g_str_equal (name, "n-requirements"))
    _quadrant_party_editor_update_requirement_actions (self);
}

static void
sync_all (QuadrantPartyEditor *self)
{
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    {
      self->text_fields[i].editing = FALSE;
      field_sync (&self->text_fields[i]);
    }
  for (guint i = 0; i < N_ENUM_FIELDS; i++)
    enum_sync (&self->enum_fields[i]);
  position_sync (self);
}

/* ---- GObject ---- */

static void
quadrant_party_editor_dispose (GObject *object)
{
  QuadrantPartyEditor *self = QUADRANT_PARTY_EDITOR (object);

  quadrant_party_editor_end_slide (self);
  if (self->party != NULL)
    g_clear_signal_handler (&self->notify_handler, self->party);
  g_clear_object (&self->party);
  g_clear_object (&self->reg);
  /* The list emits row-selected while it goes away; we must not hear it. */
  if (self->requirements_list != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->requirements_list, self);
      gtk_list_box_bind_model (self->requirements_list, NULL, NULL, NULL, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_PARTY_EDITOR);

  G_OBJECT_CLASS (quadrant_party_editor_parent_class)->dispose (object);
}

static void
quadrant_party_editor_class_init (QuadrantPartyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_party_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-party-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, page);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, assessed_switch);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, power_scale);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, interest_scale);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, power_spin);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, interest_spin);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, quadrant_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, current_support_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, desired_support_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, identified_by_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, relevance_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, relevance_rationale_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, identified_on_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, last_reviewed_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, communication_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, channel_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartyEditor, requirements_list);

  _quadrant_party_editor_class_init_requirements (widget_class);
}

static void
quadrant_party_editor_init (QuadrantPartyEditor *self)
{
  g_type_ensure (ADW_TYPE_PREFERENCES_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));

  field_init (self, TEXT_NAME, GTK_WIDGET (self->name_row), QUADRANT_FIELD_PARTY_NAME, FIELD_NAME);
  field_init (self, TEXT_DESCRIPTION, GTK_WIDGET (self->description_view), QUADRANT_FIELD_PARTY_DESCRIPTION, FIELD_MULTILINE);
  field_init (self, TEXT_IDENTIFIED_ON, GTK_WIDGET (self->identified_on_row), QUADRANT_FIELD_PARTY_IDENTIFIED_ON, FIELD_DATE);
  field_init (self, TEXT_LAST_REVIEWED, GTK_WIDGET (self->last_reviewed_row), QUADRANT_FIELD_PARTY_LAST_REVIEWED, FIELD_DATE);
  field_init (self, TEXT_COMMUNICATION, GTK_WIDGET (self->communication_row), QUADRANT_FIELD_PARTY_ENGAGEMENT_COMMUNICATION, FIELD_LINE);
  field_init (self, TEXT_CHANNEL, GTK_WIDGET (self->channel_row), QUADRANT_FIELD_PARTY_ENGAGEMENT_CHANNEL, FIELD_LINE);
  field_init (self, TEXT_FREQUENCY, GTK_WIDGET (self->frequency_row), QUADRANT_FIELD_PARTY_ENGAGEMENT_FREQUENCY, FIELD_LINE);
  field_init (self, TEXT_RESPONSIBLE, GTK_WIDGET (self->responsible_row), QUADRANT_FIELD_PARTY_ENGAGEMENT_RESPONSIBLE, FIELD_LINE);
  field_init (self, TEXT_OWNER, GTK_WIDGET (self->owner_row), QUADRANT_FIELD_PARTY_OWNER, FIELD_LINE);
  field_init (self, TEXT_CONTACT, GTK_WIDGET (self->contact_row), QUADRANT_FIELD_PARTY_CONTACT, FIELD_LINE);
  field_init (self, TEXT_CODE, GTK_WIDGET (self->code_row), QUADRANT_FIELD_PARTY_CODE, FIELD_LINE);
  field_init (self, TEXT_NOTES, GTK_WIDGET (self->notes_view), QUADRANT_FIELD_PARTY_NOTES, FIELD_MULTILINE);
  field_init (self, TEXT_RELEVANCE_RATIONALE, GTK_WIDGET (self->relevance_rationale_row),
              QUADRANT_FIELD_PARTY_RELEVANCE_RATIONALE, FIELD_LINE);

  quadrant_date_popover_attach (self->identified_on_row);
  quadrant_date_popover_attach (self->last_reviewed_row);

  enum_init (self, ENUM_CATEGORY, self->category_row, QUADRANT_FIELD_PARTY_CATEGORY);
  enum_init (self, ENUM_KIND, self->kind_row, QUADRANT_FIELD_PARTY_KIND);
  enum_init (self, ENUM_CURRENT_SUPPORT, self->current_support_row, QUADRANT_FIELD_PARTY_CURRENT_SUPPORT);
  enum_init (self, ENUM_DESIRED_SUPPORT, self->desired_support_row, QUADRANT_FIELD_PARTY_DESIRED_SUPPORT);
  enum_init (self, ENUM_IDENTIFIED_BY, self->identified_by_row, QUADRANT_FIELD_PARTY_IDENTIFIED_BY);
  enum_init (self, ENUM_RELEVANCE, self->relevance_row, QUADRANT_FIELD_PARTY_RELEVANCE);

  value_control_init (self, GTK_WIDGET (self->power_scale));
  value_control_init (self, GTK_WIDGET (self->power_spin));
  value_control_init (self, GTK_WIDGET (self->interest_scale));
  value_control_init (self, GTK_WIDGET (self->interest_spin));
  g_signal_connect_swapped (self->power_scale, "value-changed", G_CALLBACK (scale_value_changed_cb), self);
  g_signal_connect_swapped (self->interest_scale, "value-changed", G_CALLBACK (scale_value_changed_cb), self);
  g_signal_connect_swapped (self->assessed_switch, "notify::active", G_CALLBACK (assessed_cb), self);

  _quadrant_party_editor_init_requirements (self);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_party_editor_new (void)
{
  return g_object_new (QUADRANT_TYPE_PARTY_EDITOR, NULL);
}

void
quadrant_party_editor_set_party (QuadrantPartyEditor *self,
                                 QuadrantRegister    *reg,
                                 QuadrantParty       *party)
{
  g_return_if_fail (QUADRANT_IS_PARTY_EDITOR (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));
  g_return_if_fail (party == NULL || QUADRANT_IS_PARTY (party));

  if (self->party == party && self->reg == reg)
    return;

  quadrant_party_editor_end_slide (self);
  quadrant_party_editor_commit (self);

  if (self->party != NULL)
    g_clear_signal_handler (&self->notify_handler, self->party);
  g_set_object (&self->reg, reg);
  g_set_object (&self->party, party);
  if (party != NULL)
    self->notify_handler = g_signal_connect_object (party, "notify", G_CALLBACK (party_notify_cb),
                                                    self, G_CONNECT_SWAPPED);

  _quadrant_party_editor_bind_requirements (self);
  sync_all (self);
  _quadrant_party_editor_update_requirement_actions (self);
}

QuadrantParty *
quadrant_party_editor_get_party (QuadrantPartyEditor *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY_EDITOR (self), NULL);
  return self->party;
}

void
quadrant_party_editor_focus_name (QuadrantPartyEditor *self)
{
  g_return_if_fail (QUADRANT_IS_PARTY_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

void
quadrant_party_editor_commit (QuadrantPartyEditor *self)
{
  g_return_if_fail (QUADRANT_IS_PARTY_EDITOR (self));

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    field_commit (&self->text_fields[i]);
}

void
quadrant_party_editor_begin_slide (QuadrantPartyEditor *self)
{
  g_return_if_fail (QUADRANT_IS_PARTY_EDITOR (self));

  if (self->sliding || self->reg == NULL)
    return;

  self->sliding = TRUE;
  self->slide_reg = g_object_ref (self->reg);
  quadrant_register_begin_group (self->slide_reg, _("Move Party"));
}

void
quadrant_party_editor_end_slide (QuadrantPartyEditor *self)
{
  g_return_if_fail (QUADRANT_IS_PARTY_EDITOR (self));

  if (!self->sliding)
    return;

  self->sliding = FALSE;
  quadrant_register_end_group (self->slide_reg);
  g_clear_object (&self->slide_reg);
}
