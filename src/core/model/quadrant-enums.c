/* quadrant-enums.c: names, labels and derived values of the register's enums */
#define G_LOG_DOMAIN "quadrant-enums"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-types.h"

const char *
quadrant_enum_to_nick (GType enum_type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* The class of a static enum type lives forever, so its nicks do too. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
quadrant_enum_from_nick (GType       enum_type,
                         const char *nick,
                         int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

#define kind_labels_context "party kind"
#define category_labels_context "party category"
#define support_labels_context "support level"
#define quadrant_labels_context "quadrant"
#define identification_labels_context "identification method"
#define relevance_labels_context "relevance"
#define requirement_type_labels_context "requirement type"
#define priority_labels_context "priority"
#define decision_labels_context "decision"
#define reference_kind_labels_context "reference kind"
#define severity_labels_context "finding severity"

static const char *kind_labels[] = {
  NC_("party kind", "Staff"),
  NC_("party kind", "Senior leadership"),
  NC_("party kind", "Board"),
  NC_("party kind", "Shareholders"),
  NC_("party kind", "Departments"),
  NC_("party kind", "Internal auditors"),
  NC_("party kind", "Customers"),
  NC_("party kind", "Clients"),
  NC_("party kind", "Prospects"),
  NC_("party kind", "Suppliers"),
  NC_("party kind", "Partners"),
  NC_("party kind", "Regulators"),
  NC_("party kind", "Legislators"),
  NC_("party kind", "Industry bodies"),
  NC_("party kind", "Competitors"),
  NC_("party kind", "Media"),
  NC_("party kind", "Activist groups"),
  NC_("party kind", "Unions"),
  NC_("party kind", "Insurers"),
  NC_("party kind", "Malicious actors"),
  NC_("party kind", "Other"),
};
static const char *category_labels[] = {
  NC_("party category", "Internal"),
  NC_("party category", "External"),
};
static const char *support_labels[] = {
  NC_("support level", "Unaware"),
  NC_("support level", "Resistant"),
  NC_("support level", "Neutral"),
  NC_("support level", "Supportive"),
  NC_("support level", "Leading"),
};
static const char *quadrant_labels[] = {
  NC_("quadrant", "Not placed"),
  NC_("quadrant", "Manage closely"),
  NC_("quadrant", "Keep satisfied"),
  NC_("quadrant", "Keep informed"),
  NC_("quadrant", "Monitor"),
};
static const char *identification_labels[] = {
  NC_("identification method", "Not recorded"),
  NC_("identification method", "Risk assessment"),
  NC_("identification method", "Management consultation"),
  NC_("identification method", "Survey or interview"),
  NC_("identification method", "Focus group"),
  NC_("identification method", "Brainstorming"),
  NC_("identification method", "Formal stakeholder analysis"),
};
static const char *relevance_labels[] = {
  NC_("relevance", "Relevant"),
  NC_("relevance", "To decide"),
  NC_("relevance", "Not relevant"),
};
static const char *requirement_type_labels[] = {
  NC_("requirement type", "Legal"),
  NC_("requirement type", "Regulatory"),
  NC_("requirement type", "Contractual"),
  NC_("requirement type", "Business"),
  NC_("requirement type", "Other"),
};
static const char *priority_labels[] = {
  NC_("priority", "Low"),
  NC_("priority", "Medium"),
  NC_("priority", "High"),
};
static const char *decision_labels[] = {
  NC_("decision", "Undecided"),
  NC_("decision", "Addressed"),
  NC_("decision", "Partially addressed"),
  NC_("decision", "Not addressed"),
};
static const char *reference_kind_labels[] = {
  NC_("reference kind", "Control"),
  NC_("reference kind", "Policy"),
  NC_("reference kind", "Process"),
  NC_("reference kind", "Objective"),
  NC_("reference kind", "Other"),
};
static const char *severity_labels[] = {
  NC_("finding severity", "Info"),
  NC_("finding severity", "Warning"),
  NC_("finding severity", "Error"),
};

/* The words within a sentence; each context says so, for translators. */
#define kind_words_context "party kind, within a sentence"
#define support_words_context "support level, within a sentence"
#define quadrant_words_context "quadrant, within a sentence"

static const char *kind_words[] = {
  NC_("party kind, within a sentence", "staff"),
  NC_("party kind, within a sentence", "senior leadership"),
  NC_("party kind, within a sentence", "board"),
  NC_("party kind, within a sentence", "shareholders"),
  NC_("party kind, within a sentence", "departments"),
  NC_("party kind, within a sentence", "internal auditors"),
  NC_("party kind, within a sentence", "customers"),
  NC_("party kind, within a sentence", "clients"),
  NC_("party kind, within a sentence", "prospects"),
  NC_("party kind, within a sentence", "suppliers"),
  NC_("party kind, within a sentence", "partners"),
  NC_("party kind, within a sentence", "regulators"),
  NC_("party kind, within a sentence", "legislators"),
  NC_("party kind, within a sentence", "industry bodies"),
  NC_("party kind, within a sentence", "competitors"),
  NC_("party kind, within a sentence", "media"),
  NC_("party kind, within a sentence", "activist groups"),
  NC_("party kind, within a sentence", "unions"),
  NC_("party kind, within a sentence", "insurers"),
  NC_("party kind, within a sentence", "malicious actors"),
  NC_("party kind, within a sentence", "other"),
};
static const char *support_words[] = {
  NC_("support level, within a sentence", "unaware"),
  NC_("support level, within a sentence", "resistant"),
  NC_("support level, within a sentence", "neutral"),
  NC_("support level, within a sentence", "supportive"),
  NC_("support level, within a sentence", "leading"),
};
static const char *quadrant_words[] = {
  NC_("quadrant, within a sentence", "not placed"),
  NC_("quadrant, within a sentence", "manage closely"),
  NC_("quadrant, within a sentence", "keep satisfied"),
  NC_("quadrant, within a sentence", "keep informed"),
  NC_("quadrant, within a sentence", "monitor"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_words) == G_N_ELEMENTS (kind_labels));
G_STATIC_ASSERT (G_N_ELEMENTS (support_words) == G_N_ELEMENTS (support_labels));
G_STATIC_ASSERT (G_N_ELEMENTS (quadrant_words) == G_N_ELEMENTS (quadrant_labels));

/* Each table has a context of its own: "Other" kind and "Other" requirement
 * type, or "Monitor" as a quadrant, may need different words or genders. */
#define LABEL(table, value) \
  ((value) >= 0 && (guint) (value) < G_N_ELEMENTS (table) \
     ? g_dpgettext2 (GETTEXT_PACKAGE, table##_context, table[value]) : NULL)

const char *
quadrant_enum_to_label (GType enum_type,
                        int   value)
{
  if (enum_type == QUADRANT_TYPE_KIND)
    return LABEL (kind_labels, value);
  if (enum_type == QUADRANT_TYPE_CATEGORY)
    return LABEL (category_labels, value);
  if (enum_type == QUADRANT_TYPE_SUPPORT)
    return LABEL (support_labels, value);
  if (enum_type == QUADRANT_TYPE_QUADRANT)
    return LABEL (quadrant_labels, value);
  if (enum_type == QUADRANT_TYPE_IDENTIFICATION)
    return LABEL (identification_labels, value);
  if (enum_type == QUADRANT_TYPE_RELEVANCE)
    return LABEL (relevance_labels, value);
  if (enum_type == QUADRANT_TYPE_REQUIREMENT_TYPE)
    return LABEL (requirement_type_labels, value);
  if (enum_type == QUADRANT_TYPE_PRIORITY)
    return LABEL (priority_labels, value);
  if (enum_type == QUADRANT_TYPE_DECISION)
    return LABEL (decision_labels, value);
  if (enum_type == QUADRANT_TYPE_REFERENCE_KIND)
    return LABEL (reference_kind_labels, value);
  if (enum_type == QUADRANT_TYPE_SEVERITY)
    return LABEL (severity_labels, value);

  g_return_val_if_reached (NULL);
}

const char *
quadrant_enum_to_word (GType enum_type,
                       int   value)
{
  if (enum_type == QUADRANT_TYPE_KIND)
    return LABEL (kind_words, value);
  if (enum_type == QUADRANT_TYPE_SUPPORT)
    return LABEL (support_words, value);
  if (enum_type == QUADRANT_TYPE_QUADRANT)
    return LABEL (quadrant_words, value);
  return quadrant_enum_to_label (enum_type, value);
}

QuadrantQuadrant
quadrant_quadrant_from_position (int power,
                                 int interest)
{
  gboolean high_power, high_interest;

  if (power < 0 || interest < 0)
    return QUADRANT_QUADRANT_UNPLACED;

  high_power = power >= QUADRANT_HIGH_THRESHOLD;
  high_interest = interest >= QUADRANT_HIGH_THRESHOLD;

  if (high_power && high_interest)
    return QUADRANT_QUADRANT_MANAGE_CLOSELY;
  if (high_power)
    return QUADRANT_QUADRANT_KEEP_SATISFIED;
  if (high_interest)
    return QUADRANT_QUADRANT_KEEP_INFORMED;
  return QUADRANT_QUADRANT_MONITOR;
}

gboolean
quadrant_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (date, NULL, 10);
  month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (date + 8, NULL, 10);

  return year >= 1 && g_date_valid_dmy (day, month, year);
}

int
quadrant_kind_get_usual_category (QuadrantKind kind)
{
  switch (kind)
    {
    case QUADRANT_KIND_STAFF:
    case QUADRANT_KIND_SENIOR_LEADERSHIP:
    case QUADRANT_KIND_BOARD:
    case QUADRANT_KIND_DEPARTMENTS:
    case QUADRANT_KIND_INTERNAL_AUDITORS:
    case QUADRANT_KIND_UNIONS:
      return QUADRANT_CATEGORY_INTERNAL;
    case QUADRANT_KIND_CUSTOMERS:
    case QUADRANT_KIND_CLIENTS:
    case QUADRANT_KIND_PROSPECTS:
    case QUADRANT_KIND_SUPPLIERS:
    case QUADRANT_KIND_PARTNERS:
    case QUADRANT_KIND_REGULATORS:
    case QUADRANT_KIND_LEGISLATORS:
    case QUADRANT_KIND_INDUSTRY_BODIES:
    case QUADRANT_KIND_COMPETITORS:
    case QUADRANT_KIND_MEDIA:
    case QUADRANT_KIND_ACTIVIST_GROUPS:
    case QUADRANT_KIND_INSURERS:
    case QUADRANT_KIND_MALICIOUS_ACTORS:
      return QUADRANT_CATEGORY_EXTERNAL;
    case QUADRANT_KIND_SHAREHOLDERS:
    case QUADRANT_KIND_OTHER:
    default:
      return -1;
    }
}
