/* quadrant-field.c: the table of the register's fields */
#define G_LOG_DOMAIN "quadrant-field"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-field.h"
#include "quadrant-reader.h"
#include "quadrant-register.h"

/* ---- Accessors: typed functions behind the table's untyped pointers ---- */

#define TEXT_GET(fn, Type) \
  static const char *get_##fn (gpointer o) { return quadrant_##fn ((Type *) o); }
#define TEXT_SET(fn, Type) \
  static void set_##fn (gpointer o, const char *v) { quadrant_##fn ((Type *) o, v); }
#define NUMBER_GET(fn, Type) \
  static int get_##fn (gpointer o) { return (int) quadrant_##fn ((Type *) o); }
#define NUMBER_SET(fn, Type) \
  static void set_##fn (gpointer o, int v) { quadrant_##fn ((Type *) o, v); }

/* The metadata has no setters of its own: only its properties. */
#define METADATA(name, property) \
  static const char *get_register_##name (gpointer o) { return quadrant_register_get_##name (o); } \
  static void set_register_##name (gpointer o, const char *v) { g_object_set (o, property, v, NULL); }

METADATA (organisation, "organisation")
METADATA (scope, "scope")
METADATA (owner, "owner")
METADATA (classification, "classification")
METADATA (version, "version")
METADATA (approved_by, "approved-by")
METADATA (approval_date, "approval-date")
METADATA (approved_version, "approved-version")
METADATA (next_review, "next-review")

TEXT_GET (party_get_id, QuadrantParty)
TEXT_GET (party_get_code, QuadrantParty)
TEXT_SET (party_set_code, QuadrantParty)
NUMBER_GET (party_get_category, QuadrantParty)
NUMBER_SET (party_set_category, QuadrantParty)
NUMBER_GET (party_get_kind, QuadrantParty)
NUMBER_SET (party_set_kind, QuadrantParty)
NUMBER_GET (party_get_power, QuadrantParty)
NUMBER_SET (party_set_power, QuadrantParty)
NUMBER_GET (party_get_interest, QuadrantParty)
NUMBER_SET (party_set_interest, QuadrantParty)
NUMBER_GET (party_get_current_support, QuadrantParty)
NUMBER_SET (party_set_current_support, QuadrantParty)
NUMBER_GET (party_get_desired_support, QuadrantParty)
NUMBER_SET (party_set_desired_support, QuadrantParty)
NUMBER_GET (party_get_identified_by, QuadrantParty)
NUMBER_SET (party_set_identified_by, QuadrantParty)
TEXT_GET (party_get_identified_on, QuadrantParty)
TEXT_SET (party_set_identified_on, QuadrantParty)
NUMBER_GET (party_get_relevance, QuadrantParty)
NUMBER_SET (party_set_relevance, QuadrantParty)
TEXT_GET (party_get_relevance_rationale, QuadrantParty)
TEXT_SET (party_set_relevance_rationale, QuadrantParty)
TEXT_GET (party_get_relevance_decided, QuadrantParty)
TEXT_SET (party_set_relevance_decided, QuadrantParty)
TEXT_GET (party_get_last_reviewed, QuadrantParty)
TEXT_SET (party_set_last_reviewed, QuadrantParty)
TEXT_GET (party_get_name, QuadrantParty)
TEXT_SET (party_set_name, QuadrantParty)
TEXT_GET (party_get_description, QuadrantParty)
TEXT_SET (party_set_description, QuadrantParty)
TEXT_GET (party_get_owner, QuadrantParty)
TEXT_SET (party_set_owner, QuadrantParty)
TEXT_GET (party_get_contact, QuadrantParty)
TEXT_SET (party_set_contact, QuadrantParty)
TEXT_GET (party_get_engagement_communication, QuadrantParty)
TEXT_SET (party_set_engagement_communication, QuadrantParty)
TEXT_GET (party_get_engagement_channel, QuadrantParty)
TEXT_SET (party_set_engagement_channel, QuadrantParty)
TEXT_GET (party_get_engagement_frequency, QuadrantParty)
TEXT_SET (party_set_engagement_frequency, QuadrantParty)
TEXT_GET (party_get_engagement_responsible, QuadrantParty)
TEXT_SET (party_set_engagement_responsible, QuadrantParty)
TEXT_GET (party_get_notes, QuadrantParty)
TEXT_SET (party_set_notes, QuadrantParty)

TEXT_GET (requirement_get_id, QuadrantRequirement)
TEXT_GET (requirement_get_code, QuadrantRequirement)
TEXT_SET (requirement_set_code, QuadrantRequirement)
NUMBER_GET (requirement_get_requirement_type, QuadrantRequirement)
NUMBER_SET (requirement_set_requirement_type, QuadrantRequirement)
NUMBER_GET (requirement_get_priority, QuadrantRequirement)
NUMBER_SET (requirement_set_priority, QuadrantRequirement)
NUMBER_GET (requirement_get_decision, QuadrantRequirement)
NUMBER_SET (requirement_set_decision, QuadrantRequirement)
TEXT_GET (requirement_get_review_date, QuadrantRequirement)
TEXT_SET (requirement_set_review_date, QuadrantRequirement)
TEXT_GET (requirement_get_statement, QuadrantRequirement)
TEXT_SET (requirement_set_statement, QuadrantRequirement)
TEXT_GET (requirement_get_source, QuadrantRequirement)
TEXT_SET (requirement_set_source, QuadrantRequirement)
TEXT_GET (requirement_get_rationale, QuadrantRequirement)
TEXT_SET (requirement_set_rationale, QuadrantRequirement)
TEXT_GET (requirement_get_owner, QuadrantRequirement)
TEXT_SET (requirement_set_owner, QuadrantRequirement)
TEXT_GET (requirement_get_notes, QuadrantRequirement)
TEXT_SET (requirement_set_notes, QuadrantRequirement)

TEXT_GET (revision_get_version, QuadrantRevision)
TEXT_GET (revision_get_date, QuadrantRevision)
TEXT_GET (revision_get_author, QuadrantRevision)
TEXT_GET (revision_get_summary, QuadrantRevision)

static int
get_reference_kind (gpointer o)
{
  return ((QuadrantReference *) o)->kind;
}

static void
set_reference_kind (gpointer o,
                    int      v)
{
  ((QuadrantReference *) o)->kind = v;
}

static const char *
get_reference_text (gpointer o)
{
  return ((QuadrantReference *) o)->text;
}

static void
set_reference_text (gpointer    o,
                    const char *v)
{
  QuadrantReference *reference = o;

  g_free (reference->text);
  reference->text = g_strdup (v);
}

/* ---- The table ---- */

#define MAX_TEXT QUADRANT_READER_MAX_TEXT_SIZE
#define EDITABLE QUADRANT_FIELD_FLAG_EDITABLE
#define OPTIONAL QUADRANT_FIELD_FLAG_OPTIONAL
#define REQUIRED QUADRANT_FIELD_FLAG_REQUIRED
#define CONFIDENTIAL QUADRANT_FIELD_FLAG_CONFIDENTIAL
#define WITH_REQUIREMENTS QUADRANT_FIELD_FLAG_CSV_WITH_REQUIREMENTS

#define META(F, prop, name, type, label) \
  [QUADRANT_FIELD_REGISTER_##F] = { QUADRANT_FIELD_REGISTER_##F, QUADRANT_FIELD_OBJECT_REGISTER, \
    QUADRANT_FIELD_TYPE_##type, EDITABLE | OPTIONAL, prop, QUADRANT_FIELD_XML_ELEMENT, prop, "metadata", \
    NULL, MAX_TEXT, label, NULL, NULL, NULL, get_register_##name, NULL, set_register_##name, NULL }

#define PARTY_TEXT(F, prop, xml, xml_kind, parent, type, flags, label, csv, qualified, synonyms, fn) \
  [QUADRANT_FIELD_PARTY_##F] = { QUADRANT_FIELD_PARTY_##F, QUADRANT_FIELD_OBJECT_PARTY, \
    QUADRANT_FIELD_TYPE_##type, EDITABLE | (flags), prop, QUADRANT_FIELD_XML_##xml_kind, xml, parent, NULL, MAX_TEXT, label, csv, qualified, synonyms, \
    get_party_get_##fn, NULL, set_party_set_##fn, NULL }

#define PARTY_NUMBER(F, prop, xml, type, enum_type, flags, label, csv, synonyms, fn) \
  [QUADRANT_FIELD_PARTY_##F] = { QUADRANT_FIELD_PARTY_##F, QUADRANT_FIELD_OBJECT_PARTY, \
    QUADRANT_FIELD_TYPE_##type, EDITABLE | (flags), prop, QUADRANT_FIELD_XML_ATTRIBUTE, xml, NULL, \
    enum_type, 0, label, csv, NULL, synonyms, NULL, get_party_get_##fn, NULL, set_party_set_##fn }

#define REQ_TEXT(F, prop, xml, xml_kind, type, flags, label, csv, qualified, synonyms, fn) \
  [QUADRANT_FIELD_REQUIREMENT_##F] = { QUADRANT_FIELD_REQUIREMENT_##F, QUADRANT_FIELD_OBJECT_REQUIREMENT, \
    QUADRANT_FIELD_TYPE_##type, EDITABLE | (flags), prop, QUADRANT_FIELD_XML_##xml_kind, xml, NULL, \
    NULL, MAX_TEXT, label, csv, qualified, synonyms, \
    get_requirement_get_##fn, NULL, set_requirement_set_##fn, NULL }

#define REQ_CHOICE(F, prop, xml, enum_type, label, csv, synonyms, fn) \
  [QUADRANT_FIELD_REQUIREMENT_##F] = { QUADRANT_FIELD_REQUIREMENT_##F, QUADRANT_FIELD_OBJECT_REQUIREMENT, \
    QUADRANT_FIELD_TYPE_CHOICE, EDITABLE, prop, QUADRANT_FIELD_XML_ATTRIBUTE, xml, NULL, \
    enum_type, 0, label, csv, NULL, synonyms, NULL, get_requirement_get_##fn, NULL, set_requirement_set_##fn }

#define REVISION(F, xml, xml_kind, type, flags, label, fn) \
  [QUADRANT_FIELD_REVISION_##F] = { QUADRANT_FIELD_REVISION_##F, QUADRANT_FIELD_OBJECT_REVISION, \
    QUADRANT_FIELD_TYPE_##type, flags, NULL, QUADRANT_FIELD_XML_##xml_kind, xml, NULL, \
    NULL, MAX_TEXT, label, NULL, NULL, NULL, get_revision_get_##fn, NULL, NULL, NULL }

static const QuadrantFieldInfo fields[QUADRANT_N_FIELDS] = {
  META (ORGANISATION, "organisation", organisation, LINE, N_("Organisation")),
  META (SCOPE, "scope", scope, TEXT, N_("ISMS scope")),
  META (OWNER, "owner", owner, LINE, N_("Register owner")),
  META (CLASSIFICATION, "classification", classification, LINE, N_("Classification")),
  META (VERSION, "version", version, LINE, N_("Version")),
  META (APPROVED_BY, "approved-by", approved_by, LINE, N_("Approved by")),
  META (APPROVAL_DATE, "approval-date", approval_date, DATE, N_("Approval date")),
  META (APPROVED_VERSION, "approved-version", approved_version, LINE, N_("Approved version")),
  META (NEXT_REVIEW, "next-review", next_review, DATE, N_("Next review")),

  [QUADRANT_FIELD_PARTY_ID] = { QUADRANT_FIELD_PARTY_ID, QUADRANT_FIELD_OBJECT_PARTY,
    QUADRANT_FIELD_TYPE_ID, REQUIRED | WITH_REQUIREMENTS, "id", QUADRANT_FIELD_XML_ATTRIBUTE, "id", NULL,
    NULL, MAX_TEXT, N_("Party ID"), "party-id", NULL, "partyid stakeholderid",
    get_party_get_id, NULL, NULL, NULL },
  /* The organisation's own code ("IP-001"), kept through import and export. */
  PARTY_TEXT (CODE, "code", "code", ATTRIBUTE, NULL, LINE, OPTIONAL | WITH_REQUIREMENTS,
              N_("Reference code"), "reference", "party-reference", "code referencecode partycode partyref", code),
  PARTY_NUMBER (CATEGORY, "category", "category", CHOICE, quadrant_category_get_type, WITH_REQUIREMENTS,
                N_("Category"), "category", "internalexternal partycategory", category),
  PARTY_NUMBER (KIND, "kind", "kind", CHOICE, quadrant_kind_get_type, WITH_REQUIREMENTS,
                /* Translators: a field of a party: what sort of party it is (customers, suppliers, regulators…) */
                N_("Kind"), "kind", "typeofparty partytype stakeholdertype", kind),
  PARTY_NUMBER (POWER, "power", "power", PERCENT, NULL, QUADRANT_FIELD_FLAG_POSITION | WITH_REQUIREMENTS,
                /* Translators: a field of a party: its power (influence) over the ISMS, 0 to 100; the vertical axis of the map */
                N_("Power"), "power", "influence", power),
  PARTY_NUMBER (INTEREST, "interest", "interest", PERCENT, NULL, QUADRANT_FIELD_FLAG_POSITION | WITH_REQUIREMENTS,
                /* Translators: a field of a party: how much it is concerned with the ISMS, 0 to 100; not money */
                N_("Interest"), "interest", "interestlevel", interest),
  PARTY_NUMBER (CURRENT_SUPPORT, "current-support", "support", CHOICE, quadrant_support_get_type,
                /* Translators: a field of a party: its engagement level today (unaware, resistant, neutral, supportive, leading) */
                WITH_REQUIREMENTS, N_("Current support"), "current-support", "support attitude", current_support),
  PARTY_NUMBER (DESIRED_SUPPORT, "desired-support", "desired-support", CHOICE, quadrant_support_get_type,
                /* Translators: a field of a party: the engagement level the organisation aims for */
                WITH_REQUIREMENTS, N_("Desired support"), "desired-support", "targetsupport", desired_support),
  PARTY_NUMBER (IDENTIFIED_BY, "identified-by", "identified-by", CHOICE, quadrant_identification_get_type,
                OPTIONAL, N_("Identified by"), "identified-by", "identificationmethod", identified_by),
  PARTY_TEXT (IDENTIFIED_ON, "identified-on", "identified-on", ATTRIBUTE, NULL, DATE, OPTIONAL,
              N_("Identified on"), "identified-on", NULL, "dateidentified", identified_on),
  /* Relevant (0) is left out of the file: registers from before 1.1 read as relevant. */
  PARTY_NUMBER (RELEVANCE, "relevance", "relevance", CHOICE, quadrant_relevance_get_type,
                OPTIONAL | QUADRANT_FIELD_FLAG_DEFAULT_IS_VALUE,
                N_("Relevance"), "relevant", "relevanttoisms isrelevant", relevance),
  PARTY_TEXT (RELEVANCE_RATIONALE, "relevance-rationale", "relevance-rationale", ELEMENT, NULL, TEXT, OPTIONAL,
              N_("Relevance rationale"), "relevance-rationale", NULL, "whyrelevant reasonforrelevance", relevance_rationale),
  PARTY_TEXT (RELEVANCE_DECIDED, "relevance-decided", "relevance-decided", ATTRIBUTE, NULL, DATE, OPTIONAL,
              N_("Relevance decided on"), "relevance-decided", NULL, "relevancedecidedon", relevance_decided),
  PARTY_TEXT (LAST_REVIEWED, "last-reviewed", "last-reviewed", ATTRIBUTE, NULL, DATE, OPTIONAL,
              N_("Last reviewed"), "last-reviewed", NULL, "lastreview", last_reviewed),
  PARTY_TEXT (NAME, "name", "name", ELEMENT, NULL, LINE, REQUIRED | WITH_REQUIREMENTS,
              N_("Name"), "name", "party-name", "party stakeholder interestedparty", name),
  PARTY_TEXT (DESCRIPTION, "description", "description", ELEMENT, NULL, TEXT, OPTIONAL,
              N_("Description"), "description", NULL, "partydescription", description),
  PARTY_TEXT (OWNER, "owner", "owner", ELEMENT, NULL, LINE, OPTIONAL | CONFIDENTIAL | WITH_REQUIREMENTS,
              /* Translators: a field: the person in the organisation responsible for this party or requirement */
              N_("Owner"), "owner", "party-owner", "relationshipowner", owner),
  PARTY_TEXT (CONTACT, "contact", "contact", ELEMENT, NULL, LINE, OPTIONAL | CONFIDENTIAL,
              N_("Contact"), "contact", NULL, "contactperson", contact),
  PARTY_TEXT (ENGAGEMENT_COMMUNICATION, "engagement-communication", "communication", ELEMENT, "engagement", TEXT,
              /* Translators: a field of a party's engagement plan: what is communicated to the party */
              OPTIONAL | CONFIDENTIAL, N_("Communication"), "engagement-communication", NULL,
              "communication whattocommunicate", engagement_communication),
  PARTY_TEXT (ENGAGEMENT_CHANNEL, "engagement-channel", "channel", ELEMENT, "engagement", LINE,
              /* Translators: a field of a party's engagement plan: how it is communicated (meeting, mail, portal…) */
              OPTIONAL | CONFIDENTIAL, N_("Channel"), "engagement-channel", NULL, "channel", engagement_channel),
  PARTY_TEXT (ENGAGEMENT_FREQUENCY, "engagement-frequency", "frequency", ELEMENT, "engagement", LINE,
              /* Translators: a field of a party's engagement plan: how often it is communicated */
              OPTIONAL | CONFIDENTIAL, N_("Frequency"), "engagement-frequency", NULL, "frequency",
              engagement_frequency),
  PARTY_TEXT (ENGAGEMENT_RESPONSIBLE, "engagement-responsible", "responsible", ELEMENT, "engagement", LINE,
              /* Translators: a field of a party's engagement plan: who communicates (a noun, the person responsible) */
              OPTIONAL | CONFIDENTIAL, N_("Responsible"), "engagement-responsible", NULL, "responsible",
              engagement_responsible),
  PARTY_TEXT (NOTES, "notes", "notes", ELEMENT, NULL, TEXT, OPTIONAL | CONFIDENTIAL,
              N_("Notes"), "notes", NULL, "comments comment", notes),

  [QUADRANT_FIELD_REQUIREMENT_ID] = { QUADRANT_FIELD_REQUIREMENT_ID, QUADRANT_FIELD_OBJECT_REQUIREMENT,
    QUADRANT_FIELD_TYPE_ID, REQUIRED, "id", QUADRANT_FIELD_XML_ATTRIBUTE, "id", NULL,
    NULL, MAX_TEXT, N_("Requirement ID"), "requirement-id", NULL, "requirementid",
    get_requirement_get_id, NULL, NULL, NULL },
  REQ_TEXT (CODE, "code", "code", ATTRIBUTE, LINE, OPTIONAL,
            N_("Requirement reference code"), "requirement-reference", NULL,
            "requirementcode requirementref", code),
  REQ_CHOICE (TYPE, "requirement-type", "type", quadrant_requirement_type_get_type,
              N_("Requirement type"), "type", "requirementtype", requirement_type),
  REQ_CHOICE (PRIORITY, "priority", "priority", quadrant_priority_get_type,
              N_("Priority"), "priority", "importance", priority),
  REQ_CHOICE (DECISION, "decision", "decision", quadrant_decision_get_type,
              N_("Decision"), "decision", "ismsdecision addressed", decision),
  REQ_TEXT (REVIEW_DATE, "review-date", "review-date", ATTRIBUTE, DATE, OPTIONAL,
            N_("Review date"), "review-date", NULL, "requirementreviewdate", review_date),
  REQ_TEXT (STATEMENT, "statement", "statement", ELEMENT, TEXT, REQUIRED,
            /* Translators: a field of a requirement: the text of the need or expectation */
            N_("Statement"), "statement", NULL, "requirement need expectation", statement),
  REQ_TEXT (SOURCE, "source", "source", ELEMENT, LINE, OPTIONAL,
            /* Translators: a field of a requirement: where it comes from (a law, a contract clause, a meeting) */
            N_("Source"), "source", NULL, "requirementsource", source),
  REQ_TEXT (RATIONALE, "rationale", "rationale", ELEMENT, TEXT, OPTIONAL,
            /* Translators: a field of a requirement: why the ISMS addresses it or not */
            N_("Rationale"), "rationale", NULL, "justification reason", rationale),
  [QUADRANT_FIELD_REQUIREMENT_REFERENCES] = { QUADRANT_FIELD_REQUIREMENT_REFERENCES,
    QUADRANT_FIELD_OBJECT_REQUIREMENT, QUADRANT_FIELD_TYPE_REFERENCES, EDITABLE | OPTIONAL, "references",
    QUADRANT_FIELD_XML_LIST, "reference", NULL, NULL, 0, N_("References"), "references", NULL,
    "reference controls", NULL, NULL, NULL, NULL },
  REQ_TEXT (OWNER, "owner", "owner", ELEMENT, LINE, OPTIONAL,
            /* Translators: a field: the person in the organisation responsible for this party or requirement */
            N_("Owner"), "owner", "requirement-owner", "requirementowner", owner),
  REQ_TEXT (NOTES, "notes", "notes", ELEMENT, TEXT, OPTIONAL,
            N_("Notes"), "notes", "requirement-notes", "requirementnotes", notes),

  [QUADRANT_FIELD_REFERENCE_KIND] = { QUADRANT_FIELD_REFERENCE_KIND, QUADRANT_FIELD_OBJECT_REFERENCE,
    QUADRANT_FIELD_TYPE_CHOICE, EDITABLE, NULL, QUADRANT_FIELD_XML_ATTRIBUTE, "kind", NULL,
    quadrant_reference_kind_get_type, 0, N_("Kind of reference"), NULL, NULL, NULL,
    NULL, get_reference_kind, NULL, set_reference_kind },
  [QUADRANT_FIELD_REFERENCE_TEXT] = { QUADRANT_FIELD_REFERENCE_TEXT, QUADRANT_FIELD_OBJECT_REFERENCE,
    QUADRANT_FIELD_TYPE_LINE, EDITABLE, NULL, QUADRANT_FIELD_XML_CONTENT, NULL, NULL,
    /* Translators: a reference of a decision to a control, policy, process or objective (e.g. A.5.34) */
    NULL, MAX_TEXT, N_("Reference"), NULL, NULL, NULL,
    get_reference_text, NULL, set_reference_text, NULL },

  REVISION (VERSION, "version", ATTRIBUTE, LINE, REQUIRED, N_("Version"), version),
  REVISION (DATE, "date", ATTRIBUTE, DATE, REQUIRED, N_("Date"), date),
  REVISION (AUTHOR, "author", ATTRIBUTE, LINE, OPTIONAL, N_("Author"), author),
  REVISION (SUMMARY, "summary", ELEMENT, TEXT, OPTIONAL, N_("Summary"), summary),
};

/* ---- Public API ---- */

const QuadrantFieldInfo *
quadrant_field_get_info (QuadrantField field)
{
  g_return_val_if_fail (field < QUADRANT_N_FIELDS, NULL);
  return &fields[field];
}

const char *
quadrant_field_get_label (QuadrantField field)
{
  g_return_val_if_fail (field < QUADRANT_N_FIELDS, NULL);
  return _(fields[field].label);
}

/* The fields of each object, in the order of the enumeration. */
static const struct {
  QuadrantField first;
  QuadrantField end;
} object_ranges[] = {
  [QUADRANT_FIELD_OBJECT_REGISTER] = { QUADRANT_FIELD_REGISTER_ORGANISATION, QUADRANT_FIELD_PARTY_ID },
  [QUADRANT_FIELD_OBJECT_PARTY] = { QUADRANT_FIELD_PARTY_ID, QUADRANT_FIELD_REQUIREMENT_ID },
  [QUADRANT_FIELD_OBJECT_REQUIREMENT] = { QUADRANT_FIELD_REQUIREMENT_ID, QUADRANT_FIELD_REFERENCE_KIND },
  [QUADRANT_FIELD_OBJECT_REFERENCE] = { QUADRANT_FIELD_REFERENCE_KIND, QUADRANT_FIELD_REVISION_VERSION },
  [QUADRANT_FIELD_OBJECT_REVISION] = { QUADRANT_FIELD_REVISION_VERSION, QUADRANT_N_FIELDS },
};

QuadrantField
quadrant_field_object_first (QuadrantFieldObject object)
{
  g_return_val_if_fail (object < G_N_ELEMENTS (object_ranges), QUADRANT_N_FIELDS);
  return object_ranges[object].first;
}

QuadrantField
quadrant_field_object_end (QuadrantFieldObject object)
{
  g_return_val_if_fail (object < G_N_ELEMENTS (object_ranges), QUADRANT_N_FIELDS);
  return object_ranges[object].end;
}

QuadrantField
quadrant_field_find_xml (QuadrantFieldObject  object,
                         QuadrantFieldXml     xml,
                         const char          *xml_name)
{
  g_return_val_if_fail (xml_name != NULL, QUADRANT_N_FIELDS);

  for (guint f = 0; f < QUADRANT_N_FIELDS; f++)
    if (fields[f].object == object && fields[f].xml == xml &&
        g_strcmp0 (fields[f].xml_name, xml_name) == 0)
      return f;
  return QUADRANT_N_FIELDS;
}

QuadrantField
quadrant_field_find_property (QuadrantFieldObject  object,
                              const char          *property)
{
  g_return_val_if_fail (property != NULL, QUADRANT_N_FIELDS);

  for (guint f = 0; f < QUADRANT_N_FIELDS; f++)
    if (fields[f].object == object && g_strcmp0 (fields[f].property, property) == 0)
      return f;
  return QUADRANT_N_FIELDS;
}

gboolean
quadrant_field_belongs_to (QuadrantField field,
                           gpointer      object)
{
  g_return_val_if_fail (field < QUADRANT_N_FIELDS, FALSE);

  switch (fields[field].object)
    {
    case QUADRANT_FIELD_OBJECT_REGISTER: return QUADRANT_IS_REGISTER (object);
    case QUADRANT_FIELD_OBJECT_PARTY: return QUADRANT_IS_PARTY (object);
    case QUADRANT_FIELD_OBJECT_REQUIREMENT: return QUADRANT_IS_REQUIREMENT (object);
    case QUADRANT_FIELD_OBJECT_REVISION: return QUADRANT_IS_REVISION (object);
    case QUADRANT_FIELD_OBJECT_REFERENCE: return object != NULL; /* not a GObject: cannot tell */
    default: g_assert_not_reached ();
    }
}

gboolean
quadrant_field_is_text (QuadrantField field)
{
  g_return_val_if_fail (field < QUADRANT_N_FIELDS, FALSE);
  return fields[field].get_text != NULL;
}

gboolean
quadrant_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      /* Most text starts with a letter: decided without decoding. */
      if ((guchar) *p < 0x80)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
        }
      else
        {
          gunichar c = g_utf8_get_char_validated (p, -1);

          /* Invalid UTF-8 is something, and must not be stepped over. */
          if (c >= 0xFFFFFFFE || !g_unichar_isspace (c))
            return FALSE;
        }
    }
  return TRUE;
}
