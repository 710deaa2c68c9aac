/* quadrant-party.c: an interested party and its requirements */
#define G_LOG_DOMAIN "quadrant-party"

#include "config.h"

#include "quadrant-enum-types.h"
#include "quadrant-extras.h"
#include "quadrant-party.h"
#include "quadrant-requirement.h"

struct _QuadrantParty
{
  GObject parent_instance;

  char                   *id;
  char                   *name;
  QuadrantCategory        category;
  QuadrantKind            kind;
  char                   *description;
  int                     power;
  int                     interest;
  QuadrantSupport         current_support;
  QuadrantSupport         desired_support;
  char                   *owner;
  char                   *contact;
  QuadrantIdentification  identified_by;
  char                   *identified_on;
  QuadrantRelevance       relevance;
  char                   *relevance_rationale;
  char                   *relevance_decided;
  char                   *engagement_communication;
  char                   *engagement_channel;
  char                   *engagement_frequency;
  char                   *engagement_responsible;
  char                   *notes;
  char                   *last_reviewed;
  char                   *code;

  GListStore             *requirements;
  QuadrantExtras         *extras; /* created on first use */
};

G_DEFINE_FINAL_TYPE (QuadrantParty, quadrant_party, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_POWER,
  PROP_INTEREST,
  PROP_QUADRANT,
  PROP_CURRENT_SUPPORT,
  PROP_DESIRED_SUPPORT,
  PROP_OWNER,
  PROP_CONTACT,
  PROP_IDENTIFIED_BY,
  PROP_IDENTIFIED_ON,
  PROP_RELEVANCE,
  PROP_RELEVANCE_RATIONALE,
  PROP_RELEVANCE_DECIDED,
  PROP_ENGAGEMENT_COMMUNICATION,
  PROP_ENGAGEMENT_CHANNEL,
  PROP_ENGAGEMENT_FREQUENCY,
  PROP_ENGAGEMENT_RESPONSIBLE,
  PROP_NOTES,
  PROP_LAST_REVIEWED,
  PROP_CODE,
  PROP_REQUIREMENTS,
  PROP_N_REQUIREMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Stores value (NULL becomes "") and notifies when it changed. */
static void
set_string (QuadrantParty  *self,
            char          **field,
            const char     *value,
            guint           prop_id)
{
  /* Empty texts are stored as NULL: most fields are empty, and a register
   * can hold 50,000 requirements. */
  if (value != NULL && value[0] == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_position (QuadrantParty *self,
              int           *field,
              int            value,
              guint          prop_id)
{
  QuadrantQuadrant before = quadrant_party_get_quadrant (self);

  g_return_if_fail (value >= QUADRANT_NOT_ASSESSED && value <= 100);

  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (before != quadrant_party_get_quadrant (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUADRANT]);
}

static void
quadrant_party_dispose (GObject *object)
{
  QuadrantParty *self = QUADRANT_PARTY (object);

  if (self->requirements != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->requirements));

      /* Requirements may outlive us (undo stack, views): drop their back pointer. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(QuadrantRequirement) requirement =
            g_list_model_get_item (G_LIST_MODEL (self->requirements), i);

          if (quadrant_requirement_get_party (requirement) == self)
            _quadrant_requirement_set_party (requirement, NULL);
        }
    }
  g_clear_object (&self->requirements);

  G_OBJECT_CLASS (quadrant_party_parent_class)->dispose (object);
}

static void
quadrant_party_finalize (GObject *object)
{
  QuadrantParty *self = QUADRANT_PARTY (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->owner);
  g_free (self->contact);
  g_free (self->identified_on);
  g_free (self->relevance_rationale);
  g_free (self->relevance_decided);
  g_free (self->engagement_communication);
  g_free (self->engagement_channel);
  g_free (self->engagement_frequency);
  g_free (self->engagement_responsible);
  g_free (self->notes);
  g_free (self->last_reviewed);
  g_free (self->code);
  g_clear_pointer (&self->extras, quadrant_extras_free);

  G_OBJECT_CLASS (quadrant_party_parent_class)->finalize (object);
}

static void
quadrant_party_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  QuadrantParty *self = QUADRANT_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id != NULL ? self->id : ""); break;
    case PROP_NAME: g_value_set_string (value, self->name != NULL ? self->name : ""); break;
    case PROP_CATEGORY: g_value_set_enum (value, self->category); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description != NULL ? self->description : ""); break;
    case PROP_POWER: g_value_set_int (value, self->power); break;
    case PROP_INTEREST: g_value_set_int (value, self->interest); break;
    case PROP_QUADRANT: g_value_set_enum (value, quadrant_party_get_quadrant (self)); break;
    case PROP_CURRENT_SUPPORT: g_value_set_enum (value, self->current_support); break;
    case PROP_DESIRED_SUPPORT: g_value_set_enum (value, self->desired_support); break;
    case PROP_OWNER: g_value_set_string (value, self->owner != NULL ? self->owner : ""); break;
    case PROP_CONTACT: g_value_set_string (value, self->contact != NULL ? self->contact : ""); break;
    case PROP_IDENTIFIED_BY: g_value_set_enum (value, self->identified_by); break;
    case PROP_IDENTIFIED_ON: g_value_set_string (value, self->identified_on != NULL ? self->identified_on : ""); break;
    case PROP_RELEVANCE: g_value_set_enum (value, self->relevance); break;
    case PROP_RELEVANCE_RATIONALE: g_value_set_string (value, self->relevance_rationale != NULL ? self->relevance_rationale : ""); break;
    case PROP_RELEVANCE_DECIDED: g_value_set_string (value, self->relevance_decided != NULL ? self->relevance_decided : ""); break;
    case PROP_ENGAGEMENT_COMMUNICATION: g_value_set_string (value, self->engagement_communication != NULL ? self->engagement_communication : ""); break;
    case PROP_ENGAGEMENT_CHANNEL: g_value_set_string (value, self->engagement_channel != NULL ? self->engagement_channel : ""); break;
    case PROP_ENGAGEMENT_FREQUENCY: g_value_set_string (value, self->engagement_frequency != NULL ? self->engagement_frequency : ""); break;
    case PROP_ENGAGEMENT_RESPONSIBLE: g_value_set_string (value, self->engagement_responsible != NULL ? self->engagement_responsible : ""); break;
    case PROP_NOTES: g_value_set_string (value, self->notes != NULL ? self->notes : ""); break;
    case PROP_LAST_REVIEWED: g_value_set_string (value, self->last_reviewed != NULL ? self->last_reviewed : ""); break;
    case PROP_CODE: g_value_set_string (value, self->code != NULL ? self->code : ""); break;
    case PROP_REQUIREMENTS: g_value_set_object (value, self->requirements); break;
    case PROP_N_REQUIREMENTS: g_value_set_uint (value, quadrant_party_get_n_requirements (self)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_party_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  QuadrantParty *self = QUADRANT_PARTY (object);

  switch (prop_id)
    {
    case PROP_NAME: quadrant_party_set_name (self, g_value_get_string (value)); break;
    case PROP_CATEGORY: quadrant_party_set_category (self, g_value_get_enum (value)); break;
    case PROP_KIND: quadrant_party_set_kind (self, g_value_get_enum (value)); break;
    case PROP_DESCRIPTION: quadrant_party_set_description (self, g_value_get_string (value)); break;
    case PROP_POWER: quadrant_party_set_power (self, g_value_get_int (value)); break;
    case PROP_INTEREST: quadrant_party_set_interest (self, g_value_get_int (value)); break;
    case PROP_CURRENT_SUPPORT: quadrant_party_set_current_support (self, g_value_get_enum (value)); break;
    case PROP_DESIRED_SUPPORT: quadrant_party_set_desired_support (self, g_value_get_enum (value)); break;
    case PROP_OWNER: quadrant_party_set_owner (self, g_value_get_string (value)); break;
    case PROP_CONTACT: quadrant_party_set_contact (self, g_value_get_string (value)); break;
    case PROP_IDENTIFIED_BY: quadrant_party_set_identified_by (self, g_value_get_enum (value)); break;
    case PROP_IDENTIFIED_ON: quadrant_party_set_identified_on (self, g_value_get_string (value)); break;
    case PROP_RELEVANCE: quadrant_party_set_relevance (self, g_value_get_enum (value)); break;
    case PROP_RELEVANCE_RATIONALE: quadrant_party_set_relevance_rationale (self, g_value_get_string (value)); break;
    case PROP_RELEVANCE_DECIDED: quadrant_party_set_relevance_decided (self, g_value_get_string (value)); break;
    case PROP_ENGAGEMENT_COMMUNICATION: quadrant_party_set_engagement_communication (self, g_value_get_string (value)); break;
    case PROP_ENGAGEMENT_CHANNEL: quadrant_party_set_engagement_channel (self, g_value_get_string (value)); break;
    case PROP_ENGAGEMENT_FREQUENCY: quadrant_party_set_engagement_frequency (self, g_value_get_string (value)); break;
    case PROP_ENGAGEMENT_RESPONSIBLE: quadrant_party_set_engagement_responsible (self, g_value_get_string (value)); break;
    case PROP_NOTES: quadrant_party_set_notes (self, g_value_get_string (value)); break;
    case PROP_LAST_REVIEWED: quadrant_party_set_last_reviewed (self, g_value_get_string (value)); break;
    case PROP_CODE: quadrant_party_set_code (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
enum_pspec (const char *name,
            GType       enum_type,
            int         default_value)
{
  return g_param_spec_enum (name, NULL, NULL, enum_type, default_value,
                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
position_pspec (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, QUADRANT_NOT_ASSESSED, 100, QUADRANT_NOT_ASSESSED,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
quadrant_party_class_init (QuadrantPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = quadrant_party_dispose;
  object_class->finalize = quadrant_party_finalize;
  object_class->get_property = quadrant_party_get_property;
  object_class->set_property = quadrant_party_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = string_pspec ("name");
  properties[PROP_CATEGORY] = enum_pspec ("category", QUADRANT_TYPE_CATEGORY, QUADRANT_CATEGORY_EXTERNAL);
  properties[PROP_KIND] = enum_pspec ("kind", QUADRANT_TYPE_KIND, QUADRANT_KIND_OTHER);
  properties[PROP_DESCRIPTION] = string_pspec ("description");
  properties[PROP_POWER] = position_pspec ("power");
  properties[PROP_INTEREST] = position_pspec ("interest");
  properties[PROP_QUADRANT] =
    g_param_spec_enum ("quadrant", NULL, NULL, QUADRANT_TYPE_QUADRANT, QUADRANT_QUADRANT_UNPLACED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CURRENT_SUPPORT] = enum_pspec ("current-support", QUADRANT_TYPE_SUPPORT, QUADRANT_SUPPORT_NEUTRAL);
  properties[PROP_DESIRED_SUPPORT] = enum_pspec ("desired-support", QUADRANT_TYPE_SUPPORT, QUADRANT_SUPPORT_NEUTRAL);
  properties[PROP_OWNER] = string_pspec ("owner");
  properties[PROP_CONTACT] = string_pspec ("contact");
  properties[PROP_IDENTIFIED_BY] = enum_pspec ("identified-by", QUADRANT_TYPE_IDENTIFICATION, QUADRANT_IDENTIFICATION_UNSPECIFIED);
  properties[PROP_IDENTIFIED_ON] = string_pspec ("identified-on");
  properties[PROP_RELEVANCE] = enum_pspec ("relevance", QUADRANT_TYPE_RELEVANCE, QUADRANT_RELEVANCE_RELEVANT);
  properties[PROP_RELEVANCE_RATIONALE] = string_pspec ("relevance-rationale");
  properties[PROP_RELEVANCE_DECIDED] = string_pspec ("relevance-decided");
  properties[PROP_ENGAGEMENT_COMMUNICATION] = string_pspec ("engagement-communication");
  properties[PROP_ENGAGEMENT_CHANNEL] = string_pspec ("engagement-channel");
  properties[PROP_ENGAGEMENT_FREQUENCY] = string_pspec ("engagement-frequency");
  properties[PROP_ENGAGEMENT_RESPONSIBLE] = string_pspec ("engagement-responsible");
  properties[PROP_NOTES] = string_pspec ("notes");
  properties[PROP_LAST_REVIEWED] = string_pspec ("last-reviewed");
  properties[PROP_CODE] = string_pspec ("code");
  properties[PROP_REQUIREMENTS] =
    g_param_spec_object ("requirements", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_REQUIREMENTS] =
    g_param_spec_uint ("n-requirements", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
quadrant_party_init (QuadrantParty *self)
{
  self->category = QUADRANT_CATEGORY_EXTERNAL;
  self->kind = QUADRANT_KIND_OTHER;
  self->power = QUADRANT_NOT_ASSESSED;
  self->interest = QUADRANT_NOT_ASSESSED;
  self->current_support = QUADRANT_SUPPORT_NEUTRAL;
  self->desired_support = QUADRANT_SUPPORT_NEUTRAL;
  self->requirements = g_list_store_new (QUADRANT_TYPE_REQUIREMENT);
}

QuadrantParty *
quadrant_party_new (const char *id)
{
  /* No construct property: g_object_new () with properties is slow, and the
   * reader creates tens of thousands of these. */
  QuadrantParty *self = g_object_new (QUADRANT_TYPE_PARTY, NULL);

  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  return self;
}

#define STRING_GETTER(name, field) \
  const char *quadrant_party_get_##name (QuadrantParty *self) \
  { \
    g_return_val_if_fail (QUADRANT_IS_PARTY (self), NULL); \
    return self->field != NULL ? self->field : ""; \
  }

#define GETTER(type, name, field) \
  type quadrant_party_get_##name (QuadrantParty *self) \
  { \
    g_return_val_if_fail (QUADRANT_IS_PARTY (self), 0); \
    return self->field; \
  }

STRING_GETTER (id, id)
STRING_GETTER (name, name)
GETTER (QuadrantCategory, category, category)
GETTER (QuadrantKind, kind, kind)
STRING_GETTER (description, description)
GETTER (int, power, power)
GETTER (int, interest, interest)
GETTER (QuadrantSupport, current_support, current_support)
GETTER (QuadrantSupport, desired_support, desired_support)
STRING_GETTER (owner, owner)
STRING_GETTER (contact, contact)
GETTER (QuadrantIdentification, identified_by, identified_by)
STRING_GETTER (identified_on, identified_on)
GETTER (QuadrantRelevance, relevance, relevance)
STRING_GETTER (relevance_rationale, relevance_rationale)
STRING_GETTER (relevance_decided, relevance_decided)
STRING_GETTER (engagement_communication, engagement_communication)
STRING_GETTER (engagement_channel, engagement_channel)
STRING_GETTER (engagement_frequency, engagement_frequency)
STRING_GETTER (engagement_responsible, engagement_responsible)
STRING_GETTER (notes, notes)
STRING_GETTER (last_reviewed, last_reviewed)
STRING_GETTER (code, code)

#undef GETTER
#undef STRING_GETTER

gboolean
quadrant_party_is_placed (QuadrantParty *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (self), FALSE);
  return self->power >= 0 && self->interest >= 0;
}

/* Quick-added in a workshop (by name alone) and not yet sorted: its kind is
 * still Other (choosing one proposes the category too) and nobody has
 * reviewed it since. */
gboolean
quadrant_party_is_to_review (QuadrantParty *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (self), FALSE);
  return self->identified_by == QUADRANT_IDENTIFICATION_BRAINSTORMING &&
         self->kind == QUADRANT_KIND_OTHER &&
         (self->last_reviewed == NULL || *self->last_reviewed == '\0');
}

QuadrantQuadrant
quadrant_party_get_quadrant (QuadrantParty *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (self), QUADRANT_QUADRANT_UNPLACED);
  return quadrant_quadrant_from_position (self->power, self->interest);
}

gboolean
quadrant_party_has_engagement_plan (QuadrantParty *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (self), FALSE);
  /* Empty texts are stored as NULL. */
  return self->engagement_communication != NULL || self->engagement_channel != NULL ||
         self->engagement_frequency != NULL || self->engagement_responsible != NULL;
}

GListModel *
quadrant_party_get_requirements (QuadrantParty *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (self), NULL);
  return G_LIST_MODEL (self->requirements);
}

guint
quadrant_party_get_n_requirements (QuadrantParty *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->requirements));
}

guint
quadrant_party_get_n_undecided (QuadrantParty *self)
{
  guint n, undecided = 0;

  g_return_val_if_fail (QUADRANT_IS_PARTY (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->requirements));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantRequirement) requirement =
        g_list_model_get_item (G_LIST_MODEL (self->requirements), i);

      if (quadrant_requirement_get_decision (requirement) == QUADRANT_DECISION_UNDECIDED)
        undecided++;
    }
  return undecided;
}

QuadrantExtras *
quadrant_party_get_extras (QuadrantParty *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (self), NULL);

  if (self->extras == NULL)
    self->extras = quadrant_extras_new ();
  return self->extras;
}

#define STRING_SETTER(name, field, prop) \
  void quadrant_party_set_##name (QuadrantParty *self, const char *value) \
  { \
    g_return_if_fail (QUADRANT_IS_PARTY (self)); \
    set_string (self, &self->field, value, prop); \
  }

#define ENUM_SETTER(name, type, field, prop) \
  void quadrant_party_set_##name (QuadrantParty *self, type value) \
  { \
    g_return_if_fail (QUADRANT_IS_PARTY (self)); \
    if (self->field == value) \
      return; \
    self->field = value; \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
  }

STRING_SETTER (name, name, PROP_NAME)
STRING_SETTER (description, description, PROP_DESCRIPTION)
STRING_SETTER (owner, owner, PROP_OWNER)
STRING_SETTER (contact, contact, PROP_CONTACT)
STRING_SETTER (identified_on, identified_on, PROP_IDENTIFIED_ON)
STRING_SETTER (relevance_rationale, relevance_rationale, PROP_RELEVANCE_RATIONALE)
STRING_SETTER (relevance_decided, relevance_decided, PROP_RELEVANCE_DECIDED)
STRING_SETTER (engagement_communication, engagement_communication, PROP_ENGAGEMENT_COMMUNICATION)
STRING_SETTER (engagement_channel, engagement_channel, PROP_ENGAGEMENT_CHANNEL)
STRING_SETTER (engagement_frequency, engagement_frequency, PROP_ENGAGEMENT_FREQUENCY)
STRING_SETTER (engagement_responsible, engagement_responsible, PROP_ENGAGEMENT_RESPONSIBLE)
STRING_SETTER (notes, notes, PROP_NOTES)
STRING_SETTER (last_reviewed, last_reviewed, PROP_LAST_REVIEWED)
STRING_SETTER (code, code, PROP_CODE)
ENUM_SETTER (category, QuadrantCategory, category, PROP_CATEGORY)
ENUM_SETTER (kind, QuadrantKind, kind, PROP_KIND)
ENUM_SETTER (current_support, QuadrantSupport, current_support, PROP_CURRENT_SUPPORT)
ENUM_SETTER (desired_support, QuadrantSupport, desired_support, PROP_DESIRED_SUPPORT)
ENUM_SETTER (identified_by, QuadrantIdentification, identified_by, PROP_IDENTIFIED_BY)
ENUM_SETTER (relevance, QuadrantRelevance, relevance, PROP_RELEVANCE)

#undef STRING_SETTER
#undef ENUM_SETTER

void
quadrant_party_set_power (QuadrantParty *self,
                          int            power)
{
  g_return_if_fail (QUADRANT_IS_PARTY (self));
  set_position (self, &self->power, power, PROP_POWER);
}

void
quadrant_party_set_interest (QuadrantParty *self,
                             int            interest)
{
  g_return_if_fail (QUADRANT_IS_PARTY (self));
  set_position (self, &self->interest, interest, PROP_INTEREST);
}

void
quadrant_party_append_requirement (QuadrantParty       *self,
                                   QuadrantRequirement *requirement)
{
  g_return_if_fail (QUADRANT_IS_PARTY (self));
  _quadrant_party_insert_requirement (self, g_list_model_get_n_items (G_LIST_MODEL (self->requirements)),
                                      requirement);
}

void
_quadrant_party_insert_requirement (QuadrantParty       *self,
                                    guint                position,
                                    QuadrantRequirement *requirement)
{
  g_return_if_fail (QUADRANT_IS_PARTY (self));
  g_return_if_fail (QUADRANT_IS_REQUIREMENT (requirement));

  _quadrant_requirement_set_party (requirement, self);
  g_list_store_insert (self->requirements, position, requirement);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REQUIREMENTS]);
}

/* One items-changed for all of them: a signal emission costs more than the
 * insertion itself, and a large register has thousands of requirements. */
void
_quadrant_party_append_requirements (QuadrantParty        *self,
                                     QuadrantRequirement **requirements,
                                     guint                 n)
{
  g_return_if_fail (QUADRANT_IS_PARTY (self));
  g_return_if_fail (requirements != NULL || n == 0);

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    _quadrant_requirement_set_party (requirements[i], self);
  g_list_store_splice (self->requirements, g_list_model_get_n_items (G_LIST_MODEL (self->requirements)), 0,
                       (gpointer *) requirements, n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REQUIREMENTS]);
}

void
_quadrant_party_remove_requirement (QuadrantParty *self,
                                    guint          position)
{
  g_autoptr(QuadrantRequirement) requirement = NULL;

  g_return_if_fail (QUADRANT_IS_PARTY (self));

  requirement = g_list_model_get_item (G_LIST_MODEL (self->requirements), position);
  g_return_if_fail (requirement != NULL);

  g_list_store_remove (self->requirements, position);
  _quadrant_requirement_set_party (requirement, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REQUIREMENTS]);
}
