/* quadrant-types.h: forward declarations and the enumerations of the register
 *
 * The enum nicks that glib-mkenums derives from these names ("senior-leadership",
 * "partially-addressed", ...) are the values written to the register file, so
 * renaming a member changes the file format.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _QuadrantExtras      QuadrantExtras;
typedef struct _QuadrantFinding     QuadrantFinding;
typedef struct _QuadrantParty       QuadrantParty;
typedef struct _QuadrantReference   QuadrantReference;
typedef struct _QuadrantRegister    QuadrantRegister;
typedef struct _QuadrantRequirement QuadrantRequirement;
typedef struct _QuadrantRevision    QuadrantRevision;
typedef struct _QuadrantUndoStack   QuadrantUndoStack;

/* Power and interest of a party that is not yet assessed (not on the map). */
#define QUADRANT_NOT_ASSESSED (-1)
/* Power or interest at or above this value counts as "high". */
#define QUADRANT_HIGH_THRESHOLD 50

typedef enum {
  QUADRANT_CATEGORY_INTERNAL,
  QUADRANT_CATEGORY_EXTERNAL,
} QuadrantCategory;

typedef enum {
  QUADRANT_KIND_STAFF,
  QUADRANT_KIND_SENIOR_LEADERSHIP,
  QUADRANT_KIND_BOARD,
  QUADRANT_KIND_SHAREHOLDERS,
  QUADRANT_KIND_DEPARTMENTS,
  QUADRANT_KIND_INTERNAL_AUDITORS,
  QUADRANT_KIND_CUSTOMERS,
  QUADRANT_KIND_CLIENTS,
  QUADRANT_KIND_PROSPECTS,
  QUADRANT_KIND_SUPPLIERS,
  QUADRANT_KIND_PARTNERS,
  QUADRANT_KIND_REGULATORS,
  QUADRANT_KIND_LEGISLATORS,
  QUADRANT_KIND_INDUSTRY_BODIES,
  QUADRANT_KIND_COMPETITORS,
  QUADRANT_KIND_MEDIA,
  QUADRANT_KIND_ACTIVIST_GROUPS,
  QUADRANT_KIND_UNIONS,
  QUADRANT_KIND_INSURERS,
  QUADRANT_KIND_MALICIOUS_ACTORS,
  QUADRANT_KIND_OTHER,
} QuadrantKind;

typedef enum {
  QUADRANT_SUPPORT_UNAWARE,
  QUADRANT_SUPPORT_RESISTANT,
  QUADRANT_SUPPORT_NEUTRAL,
  QUADRANT_SUPPORT_SUPPORTIVE,
  QUADRANT_SUPPORT_LEADING,
} QuadrantSupport;

typedef enum {
  QUADRANT_QUADRANT_UNPLACED,
  QUADRANT_QUADRANT_MANAGE_CLOSELY,
  QUADRANT_QUADRANT_KEEP_SATISFIED,
  QUADRANT_QUADRANT_KEEP_INFORMED,
  QUADRANT_QUADRANT_MONITOR,
} QuadrantQuadrant;

typedef enum {
  QUADRANT_IDENTIFICATION_UNSPECIFIED,
  QUADRANT_IDENTIFICATION_RISK_ASSESSMENT,
  QUADRANT_IDENTIFICATION_MANAGEMENT_CONSULTATION,
  QUADRANT_IDENTIFICATION_SURVEY_OR_INTERVIEW,
  QUADRANT_IDENTIFICATION_FOCUS_GROUP,
  QUADRANT_IDENTIFICATION_BRAINSTORMING,
  QUADRANT_IDENTIFICATION_FORMAL_STAKEHOLDER_ANALYSIS,
} QuadrantIdentification;

/* Whether a party is relevant to the ISMS (clause 4.2 a). Relevant is 0:
 * a register written before relevance was recorded reads as relevant, and
 * the file leaves the attribute out for a relevant party. */
typedef enum {
  QUADRANT_RELEVANCE_RELEVANT,
  QUADRANT_RELEVANCE_TO_DECIDE,
  QUADRANT_RELEVANCE_NOT_RELEVANT,
} QuadrantRelevance;

typedef enum {
  QUADRANT_REQUIREMENT_TYPE_LEGAL,
  QUADRANT_REQUIREMENT_TYPE_REGULATORY,
  QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL,
  QUADRANT_REQUIREMENT_TYPE_BUSINESS,
  QUADRANT_REQUIREMENT_TYPE_OTHER,
} QuadrantRequirementType;

typedef enum {
  QUADRANT_PRIORITY_LOW,
  QUADRANT_PRIORITY_MEDIUM,
  QUADRANT_PRIORITY_HIGH,
} QuadrantPriority;

typedef enum {
  QUADRANT_DECISION_UNDECIDED,
  QUADRANT_DECISION_ADDRESSED,
  QUADRANT_DECISION_PARTIALLY_ADDRESSED,
  QUADRANT_DECISION_NOT_ADDRESSED,
} QuadrantDecision;

typedef enum {
  QUADRANT_REFERENCE_KIND_CONTROL,
  QUADRANT_REFERENCE_KIND_POLICY,
  QUADRANT_REFERENCE_KIND_PROCESS,
  QUADRANT_REFERENCE_KIND_OBJECTIVE,
  QUADRANT_REFERENCE_KIND_OTHER,
} QuadrantReferenceKind;

typedef enum {
  QUADRANT_SEVERITY_INFO,
  QUADRANT_SEVERITY_WARNING,
  QUADRANT_SEVERITY_ERROR,
} QuadrantSeverity;

/* Nick <-> value for any of the enums above (the file-format spelling). */
const char *quadrant_enum_to_nick   (GType        enum_type,
                                     int          value);
gboolean    quadrant_enum_from_nick (GType        enum_type,
                                     const char  *nick,
                                     int         *value);
/* Translated, human-readable label for an enum value, for views and reports. */
const char *quadrant_enum_to_label  (GType        enum_type,
                                     int          value);
/* The same value as a word within a sentence or after another value in a
 * cell ("Internal, senior leadership"; "(manage closely)"): in lower case
 * where the language writes it so, as English and French do and German does
 * for all but nouns. For kinds, support levels and quadrants; any other
 * enum gets its label. */
const char *quadrant_enum_to_word   (GType        enum_type,
                                     int          value);

QuadrantQuadrant quadrant_quadrant_from_position (int power,
                                                  int interest);

/* The category a party of kind usually has (board: internal, regulators:
 * external, ...), or -1 when the kind can be either (shareholders, other). */
int quadrant_kind_get_usual_category (QuadrantKind kind);

/* Dates are kept as ISO 8601 calendar dates (YYYY-MM-DD) or empty/NULL. */
gboolean quadrant_date_is_valid (const char *date);

G_END_DECLS
