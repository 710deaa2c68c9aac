/* quadrant-reader-private.h: what the parts of the reader share
 *
 * quadrant-reader.c has the public entry points, the safety set-up of libxml2,
 * errors and the threads; quadrant-reader-parse.c the streaming parse (the raw
 * cursor, moving through the document, text, attributes, values and checks);
 * quadrant-reader-elements.c what each element of a register may hold;
 * quadrant-reader-fields.c the fields of the table among them. The model
 * is built as the parse goes, and dropped if the load fails.
 */
#pragma once

#include <libxml/xmlreader.h>

#include "quadrant-reader.h"

G_BEGIN_DECLS

/* Names of the format that are not fields of the table (quadrant-field.h),
 * interned in the reader's dictionary so that names from the document can be
 * compared by pointer; the fields' names are interned beside them. */
typedef enum {
  /* elements that a parent may hold only once come first (see SEEN_NAME) */
  N_METADATA, N_REVISIONS, N_PARTIES, N_ENGAGEMENT, N_REQUIREMENTS,
  N_REGISTER, N_REVISION, N_POSITION, N_PARTY, N_REQUIREMENT, N_REFERENCE,
  /* attributes */
  N_FORMAT, N_ID,
  N_NAMES
} Name;

extern const char * const _quadrant_reader_name_strings[N_NAMES];

#define BIT(n) (G_GUINT64_CONSTANT (1) << (n))

/* What an element has held so far, as a set of bits: a field by its
 * QuadrantField, one of the first names by its Name after the fields. */
#define SEEN_FIELD(f) ((guint) (f))
#define SEEN_NAME(n)  ((guint) QUADRANT_N_FIELDS + (n))
G_STATIC_ASSERT (SEEN_NAME (N_REQUIREMENTS) < 64);

typedef struct {
  xmlTextReaderPtr  xml;
  const char       *data;
  gsize             length;
  const char       *display_name;

  /* raw cursor: node_start is the '<' of the current markup node, pos is
   * where the search for the next one starts */
  gsize             pos;
  gsize             node_start;
  gboolean          pos_in_tag;     /* pos is inside the last start or end tag */
  int               type;           /* XML_READER_TYPE_* of the current node */
  xmlNodePtr        node;           /* the current node, until the next advance */
  gboolean          pending;        /* xmlTextReaderNext already moved on */
  int               pending_ret;

  /* first error of libxml2 */
  gboolean          xml_failed;
  int               xml_code;
  int               xml_domain;
  int               xml_line;
  int               xml_column;
  char             *xml_message;

  GError           *error;
  GString          *text;           /* of _quadrant_reader_read_text() */
  guint             n_attributes;   /* of the current element, so far */
  guint             n_extras;       /* unknown attributes and elements kept so far */

  const xmlChar    *ns;
  xmlNsPtr          root_ns;        /* of <register>, when in the register namespace */
  const xmlChar    *names[N_NAMES];
  const xmlChar    *field_names[QUADRANT_N_FIELDS];  /* NULL: not a name in the file */
  GEnumClass       *enums[9];
  guint8           *nick_lengths[9]; /* of the values of enums[i] */

  /* what the checks need to remember */
  GHashTable       *ids;            /* id, the model's -> ID_PARTY or ID_REQUIREMENT */
  GPtrArray        *revisions;      /* of QuadrantRevision, for the position check */
  GArray           *position_offsets;
  QuadrantExtras   *register_extras;

  /* the model so far; requirements are added to their party at its end */
  QuadrantRegister *reg;
  GPtrArray        *requirements;
} Reader;

#define ID_PARTY       GINT_TO_POINTER (1)
#define ID_REQUIREMENT GINT_TO_POINTER (2)

/* What is wrong with the attributes of one object; the first problem wins.
 * Kept until the object's label is known (a party is named by a child). */
typedef enum {
  PROBLEM_NONE,
  PROBLEM_MISSING,
  PROBLEM_BAD_VALUE,
  PROBLEM_HALF_PLACED,
} ProblemKind;

/* What a problem's value should have been. Each pairs with the kind into one
 * whole sentence (see _quadrant_reader_fail_problem()), so that translators
 * never join parts of a sentence. */
typedef enum {
  EXPECT_ONE_OF,          /* values holds the values allowed */
  EXPECT_PERCENTAGE,
  EXPECT_DATE,
  EXPECT_VERSION,
  EXPECT_UNIQUE_ID,
  EXPECT_UNUSED_ID,
  EXPECT_PARTY_ID,
  EXPECT_TEXT,            /* what is an element that must hold text */
} Expect;

typedef struct {
  ProblemKind  kind;
  Expect       expect;
  gboolean     element;   /* what is an element, not an attribute */
  const char  *what;      /* attribute or element name */
  char        *value;
  char        *values;    /* of EXPECT_ONE_OF, as written in the file */
} Problem;

typedef struct {
  const xmlChar *local;   /* NULL for an attribute in a namespace */
  const xmlChar *value;
} Attribute;

#define IS(name, n) ((name) == self->names[n])
#define IS_FIELD(name, f) ((name) == self->field_names[f] && (name) != NULL)

/* The object an element belongs to, for messages that name it. A label
 * ("party “Customers”", "register") stands alone before a colon in the
 * messages, so that its grammar never depends on the sentence after it. */
typedef struct {
  const char *id;
  const char *name;
  gboolean    requirement;
  const char *label;
} Owner;

/* The fields of an object that are attributes, or child elements (of the
 * object's element, or of a container such as <engagement>), from the field
 * table (quadrant-reader-fields.c). */
typedef struct {
  guint                    n;
  QuadrantField            fields[24];
  const QuadrantFieldInfo *infos[24];
} FieldList;

typedef enum {
  LIST_PARTY_ATTRIBUTES,
  LIST_PARTY_ELEMENTS,
  LIST_ENGAGEMENT,
  LIST_REQUIREMENT_ATTRIBUTES,
  LIST_REQUIREMENT_ELEMENTS,
  LIST_METADATA,
  N_LISTS
} FieldListId;

/* quadrant-reader.c */
gboolean       _quadrant_reader_fail_at                (Reader               *self,
                                                        gsize                 offset,
                                                        QuadrantReaderError   code,
                                                        const char           *format,
                                                        ...) G_GNUC_PRINTF (4, 5);
gboolean       _quadrant_reader_fail_from_libxml       (Reader               *self);

/* quadrant-reader-raw.c */
gboolean       _quadrant_reader_check_prolog           (Reader               *self);
gboolean       _quadrant_reader_check_attribute_counts (Reader               *self);
/* Moves the raw cursor to the node the reader is on now. */
void           _quadrant_reader_track_node             (Reader               *self);
gsize          _quadrant_reader_skip_past              (Reader               *self,
                                                        gsize                 from,
                                                        const char           *terminator);
/* Where the element whose start tag begins at start ends, or 0. */
gsize          _quadrant_reader_raw_element_end        (Reader               *self,
                                                        gsize                 start);

/* quadrant-reader-parse.c */
gboolean       _quadrant_reader_advance                (Reader               *self);
const xmlChar *_quadrant_reader_current_name           (Reader               *self);
const xmlChar *_quadrant_reader_known_local_name       (Reader               *self);
int            _quadrant_reader_next_child             (Reader               *self);
gboolean       _quadrant_reader_keep_unknown_element   (Reader               *self,
                                                        QuadrantExtras      **extras);
gboolean       _quadrant_reader_read_text              (Reader               *self,
                                                        const char          **out,
                                                        QuadrantExtras      **extras);
gboolean       _quadrant_reader_keep_attributes        (Reader               *self,
                                                        QuadrantExtras      **extras);
void           _quadrant_reader_attach_extras          (QuadrantExtras      **owner,
                                                        const char           *name,
                                                        QuadrantExtras       *child);
void           _quadrant_reader_replace_string         (char                **field,
                                                        const char           *value);
void           _quadrant_reader_problem_clear          (Problem              *problem);
/* values: of EXPECT_ONE_OF (taken), else NULL */
void           _quadrant_reader_note_missing           (Problem              *problem,
                                                        const char           *what,
                                                        Expect                expect,
                                                        char                 *values);
void           _quadrant_reader_note_bad               (Problem              *problem,
                                                        const char           *what,
                                                        const xmlChar        *value,
                                                        Expect                expect,
                                                        char                 *values);
gboolean       _quadrant_reader_fail_problem           (Reader               *self,
                                                        gsize                 offset,
                                                        const char           *label,
                                                        Problem              *problem);
gboolean       _quadrant_reader_parse_enum             (Reader               *self,
                                                        Problem              *problem,
                                                        GType                 type,
                                                        const char           *what,
                                                        const xmlChar        *value,
                                                        int                  *out);
char          *_quadrant_reader_enum_values            (Reader               *self,
                                                        GType                 type);
gboolean       _quadrant_reader_parse_percentage       (Problem              *problem,
                                                        const char           *what,
                                                        const xmlChar        *value,
                                                        int                  *out);
gboolean       _quadrant_reader_parse_date             (Problem              *problem,
                                                        const char           *what,
                                                        const xmlChar        *value);
gboolean       _quadrant_reader_next_attribute         (Reader               *self,
                                                        gboolean              first,
                                                        Attribute            *attribute,
                                                        gboolean             *failed);
void           _quadrant_reader_keep_unknown_attribute (Reader               *self,
                                                        QuadrantExtras      **extras,
                                                        const xmlChar        *value);
char          *_quadrant_reader_describe_party         (const char           *id,
                                                        const char           *name);
char          *_quadrant_reader_describe_requirement   (const char           *id);
gboolean       _quadrant_reader_first_of               (Reader               *self,
                                                        guint64              *seen,
                                                        guint                 what,
                                                        const Owner          *owner);
const char    *_quadrant_reader_read_id                (Reader               *self,
                                                        Problem              *problem);
void           _quadrant_reader_remember_id            (Reader               *self,
                                                        const char           *id,
                                                        gpointer              kind,
                                                        Problem              *problem);
gboolean       _quadrant_reader_read_text_element      (Reader               *self,
                                                        guint64              *seen,
                                                        QuadrantField         field,
                                                        const Owner          *owner,
                                                        const char          **text,
                                                        QuadrantExtras      **extras);

/* quadrant-reader-fields.c */
const FieldList *_quadrant_reader_get_fields              (FieldListId           which);
gboolean       _quadrant_reader_parse_field_attribute  (Reader               *self,
                                                        const FieldList      *list,
                                                        gpointer              target,
                                                        const Attribute      *attribute,
                                                        Problem              *problem,
                                                        guint64              *seen,
                                                        int                  *numbers);
void           _quadrant_reader_note_missing_attributes (Reader              *self,
                                                        const FieldList      *list,
                                                        guint64               seen,
                                                        Problem              *problem);

/* The index in list of the field named local, or -1; inline, as every
 * element and attribute of a party and a requirement is looked up. */
static inline int
_quadrant_reader_find_field (Reader          *self,
                             const FieldList *list,
                             const xmlChar   *local)
{
  for (guint i = 0; local != NULL && i < list->n; i++)
    if (local == self->field_names[list->fields[i]])
      return i;
  return -1;
}

/* quadrant-reader-elements.c */
gboolean       _quadrant_reader_read_document          (Reader               *self);

G_END_DECLS
