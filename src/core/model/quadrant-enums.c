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

static const char *kind_labels[] = {
  N_("Staff"), N_("Senior leadership"), N_("Board"), N_("Shareholders"), N_("Departments"),
  N_("Internal auditors"), N_("Customers"), N_("Clients"), N_("Prospects"), N_("Suppliers"),
  N_("Partners"), N_("Regulators"), N_("Legislators"), N_("Industry bodies"), N_("Competitors"),
  N_("Media"), N_("Activist groups"), N_("Unions"), N_("Insurers"), N_("Malicious actors"),
  N_("Other"),
};
static const char *category_labels[] = { N_("Internal"), N_("External") };
static const char *support_labels[] = {
  N_("Unaware"), N_("Resistant"), N_("Neutral"), N_("Supportive"), N_("Leading"),
};
static const char *quadrant_labels[] = {
  N_("Not placed"), N_("Manage closely"), N_("Keep satisfied"), N_("Keep informed"), N_("Monitor"),
};
static const char *identification_labels[] = {
  N_("Not recorded"), N_("Risk assessment"), N_("Management consultation"),
  N_("Survey or interview"), N_("Focus group"), N_("Brainstorming"),
  N_("Formal stakeholder analysis"),
};
static const char *relevance_labels[] = {
  N_("Relevant"), N_("To decide"), N_("Not relevant"),
};

static const char *requirement_type_labels[] = {
  N_("Legal"), N_("Regulatory"), N_("Contractual"), N_("Business"), N_("Other"),
};
static const char *priority_labels[] = { N_("Low"), N_("Medium"), N_("High") };
static const char *decision_labels[] = {
  N_("Undecided"), N_("Addressed"), N_("Partially addressed"), N_("Not addressed"),
};
static const char *reference_kind_labels[] = {
  N_("Control"), N_("Policy"), N_("Process"), N_("Objective"), N_("Other"),
};
static const char *severity_labels[] = { N_("Info"), N_("Warning"), N_("Error") };

#define LABEL(table, value) \
  ((value) >= 0 && (guint) (value) < G_N_ELEMENTS (table) ? _(table[value]) : NULL)

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
