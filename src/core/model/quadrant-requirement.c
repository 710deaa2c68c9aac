/* quadrant-requirement.c: one need or expectation of a party, with its decision */
#define G_LOG_DOMAIN "quadrant-requirement"

#include "config.h"

#include "quadrant-enum-types.h"
#include "quadrant-extras.h"
#include "quadrant-party.h"
#include "quadrant-reference.h"
#include "quadrant-requirement.h"

struct _QuadrantRequirement
{
  GObject parent_instance;

  char                    *id;
  QuadrantParty           *party; /* not owned: the party owns us */
  char                    *statement;
  QuadrantRequirementType  requirement_type;
  char                    *source;
  QuadrantPriority         priority;
  QuadrantDecision         decision;
  char                    *rationale;
  GPtrArray               *references; /* of QuadrantReference, replaced, never changed */
  char                    *owner;
  char                    *review_date;
  char                    *notes;
  char                    *code;
  QuadrantExtras          *extras; /* created on first use */
};

G_DEFINE_FINAL_TYPE (QuadrantRequirement, quadrant_requirement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PARTY,
  PROP_STATEMENT,
  PROP_REQUIREMENT_TYPE,
  PROP_SOURCE,
  PROP_PRIORITY,
  PROP_DECISION,
  PROP_RATIONALE,
  PROP_REFERENCES,
  PROP_OWNER,
  PROP_REVIEW_DATE,
  PROP_NOTES,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (QuadrantRequirement  *self,
            char                **field,
            const char           *value,
            guint                 prop_id)
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
quadrant_requirement_finalize (GObject *object)
{
  QuadrantRequirement *self = QUADRANT_REQUIREMENT (object);

  g_free (self->id);
  g_free (self->statement);
  g_free (self->source);
  g_free (self->rationale);
  g_ptr_array_unref (self->references);
  g_free (self->owner);
  g_free (self->review_date);
  g_free (self->notes);
  g_free (self->code);
  g_clear_pointer (&self->extras, quadrant_extras_free);

  G_OBJECT_CLASS (quadrant_requirement_parent_class)->finalize (object);
}

static void
quadrant_requirement_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  QuadrantRequirement *self = QUADRANT_REQUIREMENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id != NULL ? self->id : ""); break;
    case PROP_PARTY: g_value_set_object (value, self->party); break;
    case PROP_STATEMENT: g_value_set_string (value, self->statement != NULL ? self->statement : ""); break;
    case PROP_REQUIREMENT_TYPE: g_value_set_enum (value, self->requirement_type); break;
    case PROP_SOURCE: g_value_set_string (value, self->source != NULL ? self->source : ""); break;
    case PROP_PRIORITY: g_value_set_enum (value, self->priority); break;
    case PROP_DECISION: g_value_set_enum (value, self->decision); break;
    case PROP_RATIONALE: g_value_set_string (value, self->rationale != NULL ? self->rationale : ""); break;
    case PROP_REFERENCES: g_value_set_boxed (value, self->references); break;
    case PROP_OWNER: g_value_set_string (value, self->owner != NULL ? self->owner : ""); break;
    case PROP_REVIEW_DATE: g_value_set_string (value, self->review_date != NULL ? self->review_date : ""); break;
    case PROP_NOTES: g_value_set_string (value, self->notes != NULL ? self->notes : ""); break;
    case PROP_CODE: g_value_set_string (value, self->code != NULL ? self->code : ""); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_requirement_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  QuadrantRequirement *self = QUADRANT_REQUIREMENT (object);

  switch (prop_id)
    {
    case PROP_STATEMENT: quadrant_requirement_set_statement (self, g_value_get_string (value)); break;
    case PROP_REQUIREMENT_TYPE: quadrant_requirement_set_requirement_type (self, g_value_get_enum (value)); break;
    case PROP_SOURCE: quadrant_requirement_set_source (self, g_value_get_string (value)); break;
    case PROP_PRIORITY: quadrant_requirement_set_priority (self, g_value_get_enum (value)); break;
    case PROP_DECISION: quadrant_requirement_set_decision (self, g_value_get_enum (value)); break;
    case PROP_RATIONALE: quadrant_requirement_set_rationale (self, g_value_get_string (value)); break;
    case PROP_REFERENCES: quadrant_requirement_set_references (self, g_value_get_boxed (value)); break;
    case PROP_OWNER: quadrant_requirement_set_owner (self, g_value_get_string (value)); break;
    case PROP_REVIEW_DATE: quadrant_requirement_set_review_date (self, g_value_get_string (value)); break;
    case PROP_NOTES: quadrant_requirement_set_notes (self, g_value_get_string (value)); break;
    case PROP_CODE: quadrant_requirement_set_code (self, g_value_get_string (value)); break;
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

static void
quadrant_requirement_class_init (QuadrantRequirementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = quadrant_requirement_finalize;
  object_class->get_property = quadrant_requirement_get_property;
  object_class->set_property = quadrant_requirement_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTY] =
    g_param_spec_object ("party", NULL, NULL, QUADRANT_TYPE_PARTY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATEMENT] = string_pspec ("statement");
  properties[PROP_REQUIREMENT_TYPE] = enum_pspec ("requirement-type", QUADRANT_TYPE_REQUIREMENT_TYPE, QUADRANT_REQUIREMENT_TYPE_OTHER);
  properties[PROP_SOURCE] = string_pspec ("source");
  properties[PROP_PRIORITY] = enum_pspec ("priority", QUADRANT_TYPE_PRIORITY, QUADRANT_PRIORITY_MEDIUM);
  properties[PROP_DECISION] = enum_pspec ("decision", QUADRANT_TYPE_DECISION, QUADRANT_DECISION_UNDECIDED);
  properties[PROP_RATIONALE] = string_pspec ("rationale");
  properties[PROP_REFERENCES] =
    g_param_spec_boxed ("references", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OWNER] = string_pspec ("owner");
  properties[PROP_REVIEW_DATE] = string_pspec ("review-date");
  properties[PROP_NOTES] = string_pspec ("notes");
  properties[PROP_CODE] = string_pspec ("code");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
quadrant_requirement_init (QuadrantRequirement *self)
{
  self->requirement_type = QUADRANT_REQUIREMENT_TYPE_OTHER;
  self->priority = QUADRANT_PRIORITY_MEDIUM;
  self->decision = QUADRANT_DECISION_UNDECIDED;
  self->references = quadrant_reference_array_new ();
}

QuadrantRequirement *
quadrant_requirement_new (const char *id)
{
  /* No construct property: g_object_new () with properties is slow, and the
   * reader creates tens of thousands of these. */
  QuadrantRequirement *self = g_object_new (QUADRANT_TYPE_REQUIREMENT, NULL);

  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  return self;
}

#define STRING_GETTER(name, field) \
  const char *quadrant_requirement_get_##name (QuadrantRequirement *self) \
  { \
    g_return_val_if_fail (QUADRANT_IS_REQUIREMENT (self), NULL); \
    return self->field != NULL ? self->field : ""; \
  }

#define GETTER(type, name, field) \
  type quadrant_requirement_get_##name (QuadrantRequirement *self) \
  { \
    g_return_val_if_fail (QUADRANT_IS_REQUIREMENT (self), 0); \
    return self->field; \
  }

STRING_GETTER (id, id)
GETTER (QuadrantParty *, party, party)
STRING_GETTER (statement, statement)
GETTER (QuadrantRequirementType, requirement_type, requirement_type)
STRING_GETTER (source, source)
GETTER (QuadrantPriority, priority, priority)
GETTER (QuadrantDecision, decision, decision)
STRING_GETTER (rationale, rationale)
GETTER (GPtrArray *, references, references)
STRING_GETTER (owner, owner)
STRING_GETTER (review_date, review_date)
STRING_GETTER (notes, notes)
STRING_GETTER (code, code)

#undef GETTER
#undef STRING_GETTER

QuadrantExtras *
quadrant_requirement_get_extras (QuadrantRequirement *self)
{
  g_return_val_if_fail (QUADRANT_IS_REQUIREMENT (self), NULL);

  if (self->extras == NULL)
    self->extras = quadrant_extras_new ();
  return self->extras;
}

#define STRING_SETTER(name, field, prop) \
  void quadrant_requirement_set_##name (QuadrantRequirement *self, const char *value) \
  { \
    g_return_if_fail (QUADRANT_IS_REQUIREMENT (self)); \
    set_string (self, &self->field, value, prop); \
  }

#define ENUM_SETTER(name, type, field, prop) \
  void quadrant_requirement_set_##name (QuadrantRequirement *self, type value) \
  { \
    g_return_if_fail (QUADRANT_IS_REQUIREMENT (self)); \
    if (self->field == value) \
      return; \
    self->field = value; \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
  }

STRING_SETTER (statement, statement, PROP_STATEMENT)
STRING_SETTER (source, source, PROP_SOURCE)
STRING_SETTER (rationale, rationale, PROP_RATIONALE)
STRING_SETTER (owner, owner, PROP_OWNER)
STRING_SETTER (review_date, review_date, PROP_REVIEW_DATE)
STRING_SETTER (notes, notes, PROP_NOTES)
STRING_SETTER (code, code, PROP_CODE)
ENUM_SETTER (requirement_type, QuadrantRequirementType, requirement_type, PROP_REQUIREMENT_TYPE)
ENUM_SETTER (priority, QuadrantPriority, priority, PROP_PRIORITY)
ENUM_SETTER (decision, QuadrantDecision, decision, PROP_DECISION)

#undef STRING_SETTER
#undef ENUM_SETTER

/* Editors make new references from what they show, which knows nothing of
 * what the reader kept: a new reference without extras takes a copy of those
 * of the old one it replaces (the same kind and text, else the one at the
 * same place when there are as many), so that editing does not drop them. */
static void
carry_over_extras (GPtrArray *old,
                   GPtrArray *refs)
{
  g_autofree gboolean *used = NULL;
  gboolean any = FALSE;

  for (guint j = 0; j < old->len && !any; j++)
    any = ((QuadrantReference *) g_ptr_array_index (old, j))->extras != NULL;
  if (!any || refs == NULL)
    return;

  used = g_new0 (gboolean, old->len);
  for (guint i = 0; i < refs->len; i++)
    {
      QuadrantReference *reference = g_ptr_array_index (refs, i);

      for (guint j = 0; j < old->len && reference->extras == NULL; j++)
        {
          QuadrantReference *before = g_ptr_array_index (old, j);

          if (!used[j] && before->extras != NULL && quadrant_reference_equal (before, reference))
            {
              reference->extras = quadrant_extras_copy (before->extras);
              used[j] = TRUE;
            }
        }
    }
  for (guint i = 0; old->len == refs->len && i < refs->len; i++)
    {
      QuadrantReference *reference = g_ptr_array_index (refs, i);
      QuadrantReference *before = g_ptr_array_index (old, i);

      if (reference->extras == NULL && !used[i] && before->extras != NULL)
        {
          reference->extras = quadrant_extras_copy (before->extras);
          used[i] = TRUE;
        }
    }
}

void
quadrant_requirement_set_references (QuadrantRequirement *self,
                                     GPtrArray           *refs)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENT (self));

  if (quadrant_reference_array_equal (self->references, refs))
    return;

  carry_over_extras (self->references, refs);
  g_ptr_array_unref (self->references);
  self->references = refs != NULL ? g_ptr_array_ref (refs) : quadrant_reference_array_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCES]);
}

void
_quadrant_requirement_set_party (QuadrantRequirement *self,
                                 QuadrantParty       *party)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENT (self));

  if (self->party == party)
    return;
  self->party = party;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}
