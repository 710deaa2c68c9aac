/* quadrant-register.c: one interested-parties register and its edit API */
#define G_LOG_DOMAIN "quadrant-register"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-register-private.h"

G_DEFINE_FINAL_TYPE (QuadrantRegister, quadrant_register, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ORGANISATION,
  PROP_SCOPE,
  PROP_OWNER,
  PROP_CLASSIFICATION,
  PROP_VERSION,
  PROP_APPROVED_BY,
  PROP_APPROVAL_DATE,
  PROP_APPROVED_VERSION,
  PROP_NEXT_REVIEW,
  PROP_DIRTY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_CONFLICTS,
  N_PROPS
};

enum {
  CHANGED,
  PREVIEWED,
  FIELD_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- Helpers ---- */

void
_quadrant_register_emit_changed (QuadrantRegister *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_quadrant_register_push (QuadrantRegister           *self,
                         const QuadrantCommandClass *klass,
                         gpointer                    data,
                         const char                 *label)
{
  quadrant_undo_stack_push (self->undo_stack, klass, data, label);
  _quadrant_register_emit_changed (self);
}

static gboolean
find_party_position (QuadrantRegister *self,
                     QuadrantParty    *party,
                     guint            *position)
{
  return g_list_store_find (self->parties, party, position);
}

/* Undo step names are shown as "Undo %s" and "Redo %s". */
static const char *
label_for_field (QuadrantField field)
{
  switch (field)
    {
    case QUADRANT_FIELD_PARTY_NAME:
      /* Translators: the name of an undo step, shown as "Undo %s"; the same
       * for the other names of undo steps */
      return _("Rename Party");
    case QUADRANT_FIELD_PARTY_POWER:
    case QUADRANT_FIELD_PARTY_INTEREST:
      return _("Move Party");
    case QUADRANT_FIELD_REQUIREMENT_DECISION:
      return _("Change Decision");
    default:
      break;
    }

  switch (quadrant_field_get_info (field)->object)
    {
    case QUADRANT_FIELD_OBJECT_REGISTER: return _("Edit Register Details");
    case QUADRANT_FIELD_OBJECT_REQUIREMENT: return _("Edit Requirement");
    default: return _("Edit Party");
    }
}

static void
forward_notify_cb (QuadrantRegister *self,
                   GParamSpec       *pspec,
                   QuadrantUndoStack *stack)
{
  if (g_str_equal (pspec->name, "dirty"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
  else if (g_str_equal (pspec->name, "can-undo"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  else if (g_str_equal (pspec->name, "can-redo"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* ---- GObject ---- */

static char **
metadata_field (QuadrantRegister *self,
                guint             prop_id)
{
  switch (prop_id)
    {
    case PROP_ORGANISATION: return &self->organisation;
    case PROP_SCOPE: return &self->scope;
    case PROP_OWNER: return &self->owner;
    case PROP_CLASSIFICATION: return &self->classification;
    case PROP_VERSION: return &self->version;
    case PROP_APPROVED_BY: return &self->approved_by;
    case PROP_APPROVAL_DATE: return &self->approval_date;
    case PROP_APPROVED_VERSION: return &self->approved_version;
    case PROP_NEXT_REVIEW: return &self->next_review;
    default: return NULL;
    }
}

static void
quadrant_register_dispose (GObject *object)
{
  QuadrantRegister *self = QUADRANT_REGISTER (object);

  /* The undo stack holds parties and requirements; drop it first. */
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->parties);
  g_clear_object (&self->revisions);

  G_OBJECT_CLASS (quadrant_register_parent_class)->dispose (object);
}

static void
quadrant_register_finalize (GObject *object)
{
  QuadrantRegister *self = QUADRANT_REGISTER (object);

  for (guint prop_id = PROP_ORGANISATION; prop_id <= PROP_NEXT_REVIEW; prop_id++)
    g_free (*metadata_field (self, prop_id));
  g_free (self->conflicts);
  g_clear_pointer (&self->extras, quadrant_extras_free);

  G_OBJECT_CLASS (quadrant_register_parent_class)->finalize (object);
}

static void
quadrant_register_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  QuadrantRegister *self = QUADRANT_REGISTER (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION ... PROP_NEXT_REVIEW:
      g_value_set_string (value, *metadata_field (self, prop_id));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, quadrant_register_is_dirty (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, quadrant_register_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, quadrant_register_can_redo (self));
      break;
    case PROP_CONFLICTS:
      g_value_set_string (value, self->conflicts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_register_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QuadrantRegister *self = QUADRANT_REGISTER (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION ... PROP_NEXT_REVIEW:
      {
        char **field = metadata_field (self, prop_id);
        const char *text = g_value_get_string (value);

        if (text == NULL)
          text = "";
        if (g_strcmp0 (*field, text) != 0)
          {
            g_free (*field);
            *field = g_strdup (text);
            g_object_notify_by_pspec (object, pspec);
          }
      }
      break;
    case PROP_CONFLICTS:
      if (g_strcmp0 (self->conflicts, g_value_get_string (value)) != 0)
        {
          g_free (self->conflicts);
          self->conflicts = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_register_class_init (QuadrantRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *metadata_names[] = {
    "organisation", "scope", "owner", "classification", "version",
    "approved-by", "approval-date", "approved-version", "next-review",
  };

  object_class->dispose = quadrant_register_dispose;
  object_class->finalize = quadrant_register_finalize;
  object_class->get_property = quadrant_register_get_property;
  object_class->set_property = quadrant_register_set_property;

  for (guint i = 0; i < G_N_ELEMENTS (metadata_names); i++)
    properties[PROP_ORGANISATION + i] =
      g_param_spec_string (metadata_names[i], NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CONFLICTS] =
    g_param_spec_string ("conflicts", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after every edit, undo and redo: for drafts, findings and views. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A party shows somewhere else for now, unrecorded (quadrant-register-preview.c):
   * for what draws it, not for lists, drafts or undo. */
  signals[PREVIEWED] = g_signal_new ("previewed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, QUADRANT_TYPE_PARTY);
  /* Which field of which object: so that a list updates one row. */
  signals[FIELD_CHANGED] = g_signal_new ("field-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                         G_TYPE_OBJECT, G_TYPE_UINT);
}

static void
quadrant_register_init (QuadrantRegister *self)
{
  for (guint prop_id = PROP_ORGANISATION; prop_id <= PROP_NEXT_REVIEW; prop_id++)
    *metadata_field (self, prop_id) = g_strdup ("");
  self->conflicts = g_strdup ("");

  self->parties = g_list_store_new (QUADRANT_TYPE_PARTY);
  self->revisions = g_list_store_new (QUADRANT_TYPE_REVISION);
  self->undo_stack = quadrant_undo_stack_new ();
  g_signal_connect_object (self->undo_stack, "notify", G_CALLBACK (forward_notify_cb),
                           self, G_CONNECT_SWAPPED);
}

/* ---- Public API ---- */

QuadrantRegister *
quadrant_register_new (void)
{
  return g_object_new (QUADRANT_TYPE_REGISTER, NULL);
}

#define METADATA_GETTER(name) \
  const char *quadrant_register_get_##name (QuadrantRegister *self) \
  { \
    g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL); \
    return self->name; \
  }

METADATA_GETTER (organisation)
METADATA_GETTER (scope)
METADATA_GETTER (owner)
METADATA_GETTER (classification)
METADATA_GETTER (version)
METADATA_GETTER (approved_by)
METADATA_GETTER (approval_date)
METADATA_GETTER (approved_version)
METADATA_GETTER (next_review)
METADATA_GETTER (conflicts)

#undef METADATA_GETTER

GListModel *
quadrant_register_get_parties (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);
  return G_LIST_MODEL (self->parties);
}

guint
quadrant_register_get_n_parties (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->parties));
}

guint
quadrant_register_get_n_requirements (QuadrantRegister *self)
{
  guint n_parties, total = 0;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), 0);

  n_parties = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      total += quadrant_party_get_n_requirements (party);
    }
  return total;
}

GListModel *
quadrant_register_get_revisions (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);
  return G_LIST_MODEL (self->revisions);
}

QuadrantRevision *
quadrant_register_get_latest_revision (QuadrantRegister *self)
{
  g_autoptr(QuadrantRevision) revision = NULL;
  guint n;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->revisions));
  if (n == 0)
    return NULL;
  revision = g_list_model_get_item (G_LIST_MODEL (self->revisions), n - 1);
  /* The store keeps it alive. */
  return revision;
}

QuadrantParty *
quadrant_register_find_party (QuadrantRegister *self,
                              const char       *id)
{
  guint n;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      if (g_str_equal (quadrant_party_get_id (party), id))
        return party;
    }
  return NULL;
}

QuadrantRequirement *
quadrant_register_find_requirement (QuadrantRegister *self,
                                    const char       *id)
{
  guint n_parties;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n_parties = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);
      GListModel *requirements = quadrant_party_get_requirements (party);
      guint n = g_list_model_get_n_items (requirements);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (requirements, j);

          if (g_str_equal (quadrant_requirement_get_id (requirement), id))
            return requirement;
        }
    }
  return NULL;
}

QuadrantExtras *
quadrant_register_get_extras (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);

  if (self->extras == NULL)
    self->extras = quadrant_extras_new ();
  return self->extras;
}

void
quadrant_register_set_metadata (QuadrantRegister *self,
                                QuadrantField     field,
                                const char       *value)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (field < QUADRANT_N_FIELDS);
  g_return_if_fail (quadrant_field_get_info (field)->object == QUADRANT_FIELD_OBJECT_REGISTER);

  quadrant_field_get_info (field)->set_text (self, value);
}

void
_quadrant_register_emit_field_changed (QuadrantRegister *self,
                                       GObject          *object,
                                       QuadrantField     field)
{
  const char *property = quadrant_field_get_info (field)->property;

  g_signal_emit (self, signals[FIELD_CHANGED], g_quark_from_static_string (property), object, (guint) field);
}

void
quadrant_register_append_party_unrecorded (QuadrantRegister *self,
                                           QuadrantParty    *party)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));

  g_list_store_append (self->parties, party);
}

void
quadrant_register_append_revision_unrecorded (QuadrantRegister *self,
                                              QuadrantRevision *revision)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_REVISION (revision));

  g_list_store_append (self->revisions, revision);
}

/* One undoable step that sets a property (of a field, or QUADRANT_N_FIELDS
 * for the conflicts); value is converted to the property's type. */
void
_quadrant_register_set_property_value (QuadrantRegister *self,
                                       gpointer          object,
                                       const char       *property,
                                       QuadrantField     field,
                                       const char       *label,
                                       const GValue     *value)
{
  GParamSpec *pspec;
  QuadrantSetPropertyCommand *command;
  g_auto(GValue) current = G_VALUE_INIT;

  g_assert (object == self || QUADRANT_IS_PARTY (object) || QUADRANT_IS_REQUIREMENT (object) ||
            QUADRANT_IS_REVISION (object));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_assert (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE));

  g_value_init (&current, pspec->value_type);
  g_object_get_property (object, pspec->name, &current);

  command = g_new0 (QuadrantSetPropertyCommand, 1);
  g_value_init (&command->new_value, pspec->value_type);
  if (!g_value_transform (value, &command->new_value) ||
      g_param_value_validate (pspec, &command->new_value))
    {
      g_critical ("Value for %s:%s is of the wrong type or out of range",
                  G_OBJECT_TYPE_NAME (object), pspec->name);
      g_value_unset (&command->new_value);
      g_free (command);
      return;
    }

  if (g_param_values_cmp (pspec, &current, &command->new_value) == 0 &&
      (!G_IS_PARAM_SPEC_BOXED (pspec) ||
       quadrant_reference_array_equal (g_value_get_boxed (&current),
                                       g_value_get_boxed (&command->new_value))))
    {
      g_value_unset (&command->new_value);
      g_free (command);
      return;
    }

  command->reg = self;
  command->object = g_object_ref (object);
  command->pspec = pspec;
  command->field = field;
  g_value_init (&command->old_value, pspec->value_type);
  g_value_copy (&current, &command->old_value);

  _quadrant_register_push (self, &quadrant_set_property_command, command, label);
}

static void
set_field_value (QuadrantRegister *self,
                 gpointer          object,
                 QuadrantField     field,
                 const GValue     *value)
{
  _quadrant_register_set_property_value (self, object, quadrant_field_get_info (field)->property, field,
                                         label_for_field (field), value);
}

void
quadrant_register_set_conflicts (QuadrantRegister *self,
                                 const char       *xml)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, xml != NULL ? xml : "");
  _quadrant_register_set_property_value (self, self, "conflicts", QUADRANT_N_FIELDS, _("Resolve Conflict"), &gvalue);
}

/* The checks shared by the typed setters below. */
static gboolean
field_fits (QuadrantRegister  *self,
            gpointer           object,
            QuadrantField      field,
            QuadrantFieldType  type)
{
  const QuadrantFieldInfo *info;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), FALSE);
  g_return_val_if_fail (field < QUADRANT_N_FIELDS, FALSE);
  g_return_val_if_fail (object == self || QUADRANT_IS_PARTY (object) || QUADRANT_IS_REQUIREMENT (object), FALSE);
  g_return_val_if_fail (quadrant_field_belongs_to (field, object), FALSE);

  info = quadrant_field_get_info (field);
  g_return_val_if_fail (info->flags & QUADRANT_FIELD_FLAG_EDITABLE, FALSE);
  if (type == QUADRANT_FIELD_TYPE_TEXT)
    g_return_val_if_fail (quadrant_field_is_text (field), FALSE);
  else
    g_return_val_if_fail (info->type == type, FALSE);
  return TRUE;
}

void
quadrant_register_set_text (QuadrantRegister *self,
                            gpointer          object,
                            QuadrantField     field,
                            const char       *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (!field_fits (self, object, field, QUADRANT_FIELD_TYPE_TEXT))
    return;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value != NULL ? value : "");
  set_field_value (self, object, field, &gvalue);
}

void
quadrant_register_set_number (QuadrantRegister *self,
                              gpointer          object,
                              QuadrantField     field,
                              int               value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (!field_fits (self, object, field, QUADRANT_FIELD_TYPE_PERCENT))
    return;

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  set_field_value (self, object, field, &gvalue);
}

void
quadrant_register_set_choice (QuadrantRegister *self,
                              gpointer          object,
                              QuadrantField     field,
                              int               value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (!field_fits (self, object, field, QUADRANT_FIELD_TYPE_CHOICE))
    return;

  g_value_init (&gvalue, quadrant_field_get_info (field)->enum_type ());
  g_value_set_enum (&gvalue, value);
  set_field_value (self, object, field, &gvalue);
}

void
quadrant_register_move_party (QuadrantRegister *self,
                              QuadrantParty    *party,
                              int               power,
                              int               interest)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));
  g_return_if_fail (power >= QUADRANT_NOT_ASSESSED && power <= 100);
  g_return_if_fail (interest >= QUADRANT_NOT_ASSESSED && interest <= 100);

  quadrant_register_begin_group (self, _("Move Party"));
  quadrant_register_set_number (self, party, QUADRANT_FIELD_PARTY_POWER, power);
  quadrant_register_set_number (self, party, QUADRANT_FIELD_PARTY_INTEREST, interest);
  quadrant_register_end_group (self);
}

void
quadrant_register_set_references (QuadrantRegister    *self,
                                  QuadrantRequirement *requirement,
                                  GPtrArray           *references)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;
  g_autoptr(GPtrArray) copy = NULL;

  if (!field_fits (self, requirement, QUADRANT_FIELD_REQUIREMENT_REFERENCES, QUADRANT_FIELD_TYPE_REFERENCES))
    return;

  copy = quadrant_reference_array_copy (references);
  g_value_init (&gvalue, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&gvalue, copy);
  set_field_value (self, requirement, QUADRANT_FIELD_REQUIREMENT_REFERENCES, &gvalue);
}

void
quadrant_register_insert_party (QuadrantRegister *self,
                                guint             position,
                                QuadrantParty    *party)
{
  QuadrantPartyCommand *command;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));
  g_return_if_fail (!find_party_position (self, party, NULL));

  command = g_new0 (QuadrantPartyCommand, 1);
  command->parties = self->parties;
  command->party = g_object_ref (party);
  command->position = MIN (position, quadrant_register_get_n_parties (self));
  _quadrant_register_push (self, &quadrant_insert_party_command, command, _("Add Party"));
}

void
quadrant_register_add_party (QuadrantRegister *self,
                             QuadrantParty    *party)
{
  quadrant_register_insert_party (self, G_MAXUINT, party);
}

void
quadrant_register_remove_party (QuadrantRegister *self,
                                QuadrantParty    *party)
{
  QuadrantPartyCommand *command;
  guint position;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));

  if (!find_party_position (self, party, &position))
    g_return_if_reached ();

  command = g_new0 (QuadrantPartyCommand, 1);
  command->parties = self->parties;
  command->party = g_object_ref (party);
  command->position = position;
  _quadrant_register_push (self, &quadrant_remove_party_command, command, _("Delete Party"));
}

void
quadrant_register_reorder_party (QuadrantRegister *self,
                                 QuadrantParty    *party,
                                 guint             new_position)
{
  QuadrantReorderCommand *command;
  guint position, n;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));

  if (!find_party_position (self, party, &position))
    g_return_if_reached ();

  n = quadrant_register_get_n_parties (self);
  new_position = MIN (new_position, n - 1);
  if (new_position == position)
    return;

  command = g_new0 (QuadrantReorderCommand, 1);
  command->store = g_object_ref (self->parties);
  command->from = position;
  command->to = new_position;
  _quadrant_register_push (self, &quadrant_reorder_command, command, _("Move Party in List"));
}

void
quadrant_register_insert_requirement (QuadrantRegister    *self,
                                      QuadrantParty       *party,
                                      guint                position,
                                      QuadrantRequirement *requirement)
{
  QuadrantRequirementCommand *command;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));
  g_return_if_fail (QUADRANT_IS_REQUIREMENT (requirement));
  g_return_if_fail (quadrant_requirement_get_party (requirement) == NULL);

  command = g_new0 (QuadrantRequirementCommand, 1);
  command->party = g_object_ref (party);
  command->requirement = g_object_ref (requirement);
  command->position = MIN (position, quadrant_party_get_n_requirements (party));
  _quadrant_register_push (self, &quadrant_insert_requirement_command, command, _("Add Requirement"));
}

void
quadrant_register_add_requirement (QuadrantRegister    *self,
                                   QuadrantParty       *party,
                                   QuadrantRequirement *requirement)
{
  quadrant_register_insert_requirement (self, party, G_MAXUINT, requirement);
}

void
quadrant_register_remove_requirement (QuadrantRegister    *self,
                                      QuadrantRequirement *requirement)
{
  QuadrantRequirementCommand *command;
  QuadrantParty *party;
  guint position;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_REQUIREMENT (requirement));

  party = quadrant_requirement_get_party (requirement);
  g_return_if_fail (party != NULL);
  if (!g_list_store_find (G_LIST_STORE (quadrant_party_get_requirements (party)), requirement, &position))
    g_return_if_reached ();

  command = g_new0 (QuadrantRequirementCommand, 1);
  command->party = g_object_ref (party);
  command->requirement = g_object_ref (requirement);
  command->position = position;
  _quadrant_register_push (self, &quadrant_remove_requirement_command, command, _("Delete Requirement"));
}

void
quadrant_register_reorder_requirement (QuadrantRegister    *self,
                                       QuadrantRequirement *requirement,
                                       guint                new_position)
{
  QuadrantReorderCommand *command;
  QuadrantParty *party;
  GListStore *store;
  guint position, n;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_REQUIREMENT (requirement));

  party = quadrant_requirement_get_party (requirement);
  g_return_if_fail (party != NULL);
  store = G_LIST_STORE (quadrant_party_get_requirements (party));
  if (!g_list_store_find (store, requirement, &position))
    g_return_if_reached ();

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  new_position = MIN (new_position, n - 1);
  if (new_position == position)
    return;

  command = g_new0 (QuadrantReorderCommand, 1);
  command->store = g_object_ref (store);
  command->from = position;
  command->to = new_position;
  _quadrant_register_push (self, &quadrant_reorder_command, command, _("Move Requirement in List"));
}
