/* quadrant-field.h: one description per field of the register
 *
 * Every field of the metadata, a party, a requirement, a reference and a
 * revision is one entry of a table: its object, GObject property, XML name and
 * place, value type, limits, whether it may be blank, label and CSV header.
 * The writer, the CSV export, the checks, the reports and the typed edit API
 * (quadrant_register_set_text () and friends) work from it, so that adding a
 * field is one entry here plus the place the UI shows it.
 *
 * Within one object the fields are listed in the order of the CSV export's
 * columns, which is also the order of the file for the attributes among
 * themselves and for the elements among themselves (the writer writes the
 * attributes, then the elements, each in this order).
 */
#pragma once

#include <glib-object.h>

#include "quadrant-types.h"

G_BEGIN_DECLS

typedef enum {
  /* <metadata> of the register */
  QUADRANT_FIELD_REGISTER_ORGANISATION,
  QUADRANT_FIELD_REGISTER_SCOPE,
  QUADRANT_FIELD_REGISTER_OWNER,
  QUADRANT_FIELD_REGISTER_CLASSIFICATION,
  QUADRANT_FIELD_REGISTER_VERSION,
  QUADRANT_FIELD_REGISTER_APPROVED_BY,
  QUADRANT_FIELD_REGISTER_APPROVAL_DATE,
  QUADRANT_FIELD_REGISTER_APPROVED_VERSION,
  QUADRANT_FIELD_REGISTER_NEXT_REVIEW,

  /* <party> */
  QUADRANT_FIELD_PARTY_ID,
  QUADRANT_FIELD_PARTY_CODE,
  QUADRANT_FIELD_PARTY_NAME,
  QUADRANT_FIELD_PARTY_CATEGORY,
  QUADRANT_FIELD_PARTY_KIND,
  QUADRANT_FIELD_PARTY_DESCRIPTION,
  QUADRANT_FIELD_PARTY_POWER,
  QUADRANT_FIELD_PARTY_INTEREST,
  QUADRANT_FIELD_PARTY_CURRENT_SUPPORT,
  QUADRANT_FIELD_PARTY_DESIRED_SUPPORT,
  QUADRANT_FIELD_PARTY_OWNER,
  QUADRANT_FIELD_PARTY_CONTACT,
  QUADRANT_FIELD_PARTY_IDENTIFIED_BY,
  QUADRANT_FIELD_PARTY_IDENTIFIED_ON,
  QUADRANT_FIELD_PARTY_RELEVANCE,
  QUADRANT_FIELD_PARTY_RELEVANCE_RATIONALE,
  QUADRANT_FIELD_PARTY_RELEVANCE_DECIDED,
  QUADRANT_FIELD_PARTY_ENGAGEMENT_COMMUNICATION,
  QUADRANT_FIELD_PARTY_ENGAGEMENT_CHANNEL,
  QUADRANT_FIELD_PARTY_ENGAGEMENT_FREQUENCY,
  QUADRANT_FIELD_PARTY_ENGAGEMENT_RESPONSIBLE,
  QUADRANT_FIELD_PARTY_LAST_REVIEWED,
  QUADRANT_FIELD_PARTY_NOTES,

  /* <requirement> */
  QUADRANT_FIELD_REQUIREMENT_ID,
  QUADRANT_FIELD_REQUIREMENT_CODE,
  QUADRANT_FIELD_REQUIREMENT_STATEMENT,
  QUADRANT_FIELD_REQUIREMENT_TYPE,
  QUADRANT_FIELD_REQUIREMENT_SOURCE,
  QUADRANT_FIELD_REQUIREMENT_PRIORITY,
  QUADRANT_FIELD_REQUIREMENT_DECISION,
  QUADRANT_FIELD_REQUIREMENT_RATIONALE,
  QUADRANT_FIELD_REQUIREMENT_REFERENCES,
  QUADRANT_FIELD_REQUIREMENT_OWNER,
  QUADRANT_FIELD_REQUIREMENT_REVIEW_DATE,
  QUADRANT_FIELD_REQUIREMENT_NOTES,

  /* <reference> of a requirement */
  QUADRANT_FIELD_REFERENCE_KIND,
  QUADRANT_FIELD_REFERENCE_TEXT,

  /* <revision> */
  QUADRANT_FIELD_REVISION_VERSION,
  QUADRANT_FIELD_REVISION_DATE,
  QUADRANT_FIELD_REVISION_AUTHOR,
  QUADRANT_FIELD_REVISION_SUMMARY,

  QUADRANT_N_FIELDS
} QuadrantField;

/* What a field belongs to. */
typedef enum {
  QUADRANT_FIELD_OBJECT_REGISTER,
  QUADRANT_FIELD_OBJECT_PARTY,
  QUADRANT_FIELD_OBJECT_REQUIREMENT,
  QUADRANT_FIELD_OBJECT_REFERENCE,   /* a QuadrantReference, not a GObject */
  QUADRANT_FIELD_OBJECT_REVISION,
} QuadrantFieldObject;

typedef enum {
  QUADRANT_FIELD_XML_ATTRIBUTE,
  QUADRANT_FIELD_XML_ELEMENT,        /* a child element holding the text */
  QUADRANT_FIELD_XML_CONTENT,        /* the text of the object's own element */
  QUADRANT_FIELD_XML_LIST,           /* repeated child elements (references) */
} QuadrantFieldXml;

typedef enum {
  QUADRANT_FIELD_TYPE_ID,            /* a UUID, set on creation */
  QUADRANT_FIELD_TYPE_LINE,          /* single-line text */
  QUADRANT_FIELD_TYPE_TEXT,          /* multi-line text */
  QUADRANT_FIELD_TYPE_DATE,          /* YYYY-MM-DD or empty */
  QUADRANT_FIELD_TYPE_PERCENT,       /* 0–100, or QUADRANT_NOT_ASSESSED */
  QUADRANT_FIELD_TYPE_CHOICE,        /* a value of enum_type () */
  QUADRANT_FIELD_TYPE_REFERENCES,    /* a GPtrArray of QuadrantReference */
} QuadrantFieldType;

typedef enum {
  QUADRANT_FIELD_FLAG_NONE         = 0,
  /* Must not be blank (quadrant_text_is_blank ()): the reader refuses it. */
  QUADRANT_FIELD_FLAG_REQUIRED     = 1 << 0,
  /* Left out of the file when empty (or, for a choice, when 0). */
  QUADRANT_FIELD_FLAG_OPTIONAL     = 1 << 1,
  /* Power and interest: both are written, or neither. */
  QUADRANT_FIELD_FLAG_POSITION     = 1 << 2,
  /* Shown in presentation mode and other audiences only with care. */
  QUADRANT_FIELD_FLAG_CONFIDENTIAL = 1 << 3,
  /* Changed through the register's edit API (the id is not). */
  QUADRANT_FIELD_FLAG_EDITABLE     = 1 << 4,
  /* A party column of the one-row-per-requirement CSV export too. */
  QUADRANT_FIELD_FLAG_CSV_WITH_REQUIREMENTS = 1 << 5,
  /* An optional choice whose 0 is a value of its own (relevant), not "not
   * recorded": the file leaves it out, exports and reports still name it. */
  QUADRANT_FIELD_FLAG_DEFAULT_IS_VALUE = 1 << 6,
} QuadrantFieldFlags;

typedef struct {
  QuadrantField        field;
  QuadrantFieldObject  object;
  QuadrantFieldType    type;
  QuadrantFieldFlags   flags;
  /* GObject property, or NULL (reference, revision) */
  const char          *property;
  QuadrantFieldXml     xml;
  const char          *xml_name;
  /* Element between the object's and this one ("metadata", "engagement"), or NULL. */
  const char          *xml_parent;
  GType              (*enum_type) (void);
  /* Longest text, in bytes: the reader's limit. */
  gsize                max_length;
  /* Marked for translation; quadrant_field_get_label () translates it. */
  const char          *label;
  /* Column of our CSV exports; NULL when not exported. Where the header alone
   * would be ambiguous among the fields of a row (a party's and a
   * requirement's owner), csv_qualified_header is used there instead. */
  const char          *csv_header;
  const char          *csv_qualified_header;
  /* More English headers that mean this field, compacted (lower case,
   * letters and digits only), separated by spaces. */
  const char          *csv_synonyms;

  /* Access without undo, for the reader, writer and exports. NULL where the
   * value cannot be set directly (ids, revisions). */
  const char        *(*get_text)   (gpointer object);
  int                (*get_number) (gpointer object);
  void               (*set_text)   (gpointer object, const char *value);
  void               (*set_number) (gpointer object, int value);
} QuadrantFieldInfo;

const QuadrantFieldInfo *quadrant_field_get_info (QuadrantField field);
/* Translated label. */
const char *quadrant_field_get_label   (QuadrantField field);
/* The field of an object with the given XML name (attribute or element), or
 * QUADRANT_N_FIELDS. */
QuadrantField quadrant_field_find_xml  (QuadrantFieldObject object,
                                        QuadrantFieldXml    xml,
                                        const char         *xml_name);
QuadrantField quadrant_field_find_property (QuadrantFieldObject object,
                                            const char         *property);
/* The first and one past the last field of an object, in file order. */
QuadrantField quadrant_field_object_first (QuadrantFieldObject object);
QuadrantField quadrant_field_object_end   (QuadrantFieldObject object);
/* Whether object (a register, party, requirement or revision) has field. */
gboolean    quadrant_field_belongs_to  (QuadrantField field,
                                        gpointer      object);
/* Text or number fields: whether the value is text (get_text) or a number. */
gboolean    quadrant_field_is_text     (QuadrantField field);

/* The one "blank" rule: NULL, empty, or nothing but Unicode white space. */
gboolean    quadrant_text_is_blank     (const char *text);

G_END_DECLS
