/* quadrant-writer.c: canonical, diff-friendly output and atomic saving
 *
 * The document is built in memory with libxml2's xmlTextWriter (which does the
 * escaping) and then written with one write through GIO's replace, which puts
 * it in a temporary file next to the target, syncs it, keeps the old file as
 * "FILE~" and renames the new one over it. Indentation is written by hand
 * rather than by xmlTextWriter's indent mode, so that the kept foreign elements
 * (raw XML) land at exactly the same place as the known ones.
 */
#define G_LOG_DOMAIN "quadrant-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-writer.h"

/* Deep enough for every element we write; kept extras nest inside their own text. */
#define MAX_INDENT_DEPTH 8

/* How far a symbolic link chain is followed before giving up. */
#define MAX_SYMLINKS 32

/* Enough for the largest enum (kind, 21 values) and the number of enums. */
#define MAX_ENUM_VALUES 32
#define MAX_ENUM_TYPES  12

/* The nicks of one enum, looked up once per document rather than per value. */
typedef struct {
  GType       type;
  guint       n_values;
  const char *nicks[MAX_ENUM_VALUES];
} NickTable;

typedef struct {
  xmlTextWriterPtr  writer;
  GByteArray       *out;
  GString          *scratch;    /* cleaned copy of a text that needed it */
  GHashTable       *party_ids;  /* ids of the register's parties, for revisions */
  NickTable         nick_tables[MAX_ENUM_TYPES];
  guint             n_nick_tables;

  /* Checking that the file can be loaded again (only when ids is set). */
  GHashTable       *ids;        /* of every party and requirement so far */
  char             *problem;    /* the first problem found */
} Writer;

static gssize fail_after = -1;

/* The size of the last document written: the next one is most likely the same
 * register again, and starting at its size saves growing a large buffer step
 * by step. */
static gsize last_size = 0;

G_DEFINE_QUARK (quadrant-writer-error-quark, quadrant_writer_error)

/* ---- Building the document ---- */

static int
write_to_byte_array_cb (void       *context,
                        const char *buffer,
                        int         len)
{
  g_byte_array_append (context, (const guint8 *) buffer, len);
  return len;
}

static inline gboolean
is_xml_char (gunichar c)
{
  return (c >= 0x20 && c <= 0xD7FF) || c == 0x9 || c == 0xA || c == 0xD
      || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* What a byte asks of the text it is in. */
enum {
  BYTE_ESCAPE    = 1 << 0,  /* < > & " and CR are escaped in element content */
  BYTE_NON_ASCII = 1 << 1,  /* the text must be checked to be valid UTF-8 */
  BYTE_INVALID   = 1 << 2,  /* a control character, not allowed in XML */
};

static guint8 byte_classes[256];

static void
init_byte_classes (void)
{
  static gsize initialised = 0;

  if (!g_once_init_enter (&initialised))
    return;

  for (guint c = 0; c < 0x20; c++)
    byte_classes[c] = BYTE_INVALID;
  byte_classes['\t'] = 0;
  byte_classes['\n'] = 0;
  byte_classes['\r'] = BYTE_ESCAPE;
  byte_classes['<'] = BYTE_ESCAPE;
  byte_classes['>'] = BYTE_ESCAPE;
  byte_classes['&'] = BYTE_ESCAPE;
  byte_classes['"'] = BYTE_ESCAPE;
  for (guint c = 0x80; c < 0x100; c++)
    byte_classes[c] = BYTE_NON_ASCII;

  g_once_init_leave (&initialised, 1);
}

static guint
classify_text (const char *text,
               gsize      *length)
{
  const guchar *p = (const guchar *) text;
  guint flags = 0;

  for (; *p != '\0'; p++)
    flags |= byte_classes[*p];
  *length = p - (const guchar *) text;

  if ((flags & BYTE_NON_ASCII) != 0
      && (!g_utf8_validate (text, *length, NULL)
          || memmem (text, *length, "\xEF\xBF\xBE", 3) != NULL      /* U+FFFE */
          || memmem (text, *length, "\xEF\xBF\xBF", 3) != NULL))    /* U+FFFF */
    flags |= BYTE_INVALID;

  return flags;
}

/* XML 1.0 cannot carry control characters, U+FFFE/U+FFFF or invalid UTF-8:
 * written as they are, they would make a file that nobody can load again. So
 * they are dropped (invalid UTF-8 is repaired) and the rest kept as it is.
 * Also says whether the text needs escaping in element content, as the few
 * that do not can be written without another pass over them. */
static const char *
clean_text (Writer     *self,
            const char *text,
            gsize      *length,
            gboolean   *needs_escaping)
{
  g_autofree char *valid = NULL;
  guint flags = classify_text (text, length);

  if (G_UNLIKELY (flags & BYTE_INVALID))
    {
      valid = g_utf8_make_valid (text, -1);
      g_string_truncate (self->scratch, 0);
      for (const char *s = valid; *s != '\0'; s = g_utf8_next_char (s))
        {
          gunichar c = g_utf8_get_char (s);

          if (is_xml_char (c))
            g_string_append_unichar (self->scratch, c);
        }
      text = self->scratch->str;
      flags = classify_text (text, length);
      g_assert (!(flags & BYTE_INVALID));
    }

  if (needs_escaping != NULL)
    *needs_escaping = (flags & BYTE_ESCAPE) != 0;
  return text;
}

/* Element content: a clean text without special characters needs no
 * escaping, so it skips xmlTextWriter's copy. Both give the same bytes. */
static void
write_text (Writer     *self,
            const char *text)
{
  gboolean needs_escaping;
  gsize length;

  text = clean_text (self, text, &length, &needs_escaping);
  if (needs_escaping)
    xmlTextWriterWriteString (self->writer, (const xmlChar *) text);
  else
    xmlTextWriterWriteRawLen (self->writer, (const xmlChar *) text, length);
}

static inline gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static void
write_indent (Writer *self,
              guint   depth)
{
  /* A line feed and two spaces per level. */
  static const char spaces[] = "\n                ";

  g_assert (depth <= MAX_INDENT_DEPTH);
  xmlTextWriterWriteRawLen (self->writer, (const xmlChar *) spaces, 1 + 2 * depth);
}

static void
start_element (Writer     *self,
               guint       depth,
               const char *name)
{
  if (depth > 0)
    write_indent (self, depth);
  xmlTextWriterStartElement (self->writer, (const xmlChar *) name);
}

/* Ends an element whose children were written on lines of their own. */
static void
end_element_with_children (Writer *self,
                           guint   depth)
{
  write_indent (self, depth);
  xmlTextWriterEndElement (self->writer);
}

static void
write_attribute (Writer     *self,
                 const char *name,
                 const char *value)
{
  gsize length;

  value = clean_text (self, value != NULL ? value : "", &length, NULL);
  xmlTextWriterWriteAttribute (self->writer, (const xmlChar *) name, (const xmlChar *) value);
}

static void
write_optional_attribute (Writer     *self,
                          const char *name,
                          const char *value)
{
  if (!is_empty (value))
    write_attribute (self, name, value);
}

static const char *
lookup_nick (Writer *self,
             GType   enum_type,
             int     value)
{
  NickTable *table = NULL;

  for (guint i = 0; i < self->n_nick_tables && table == NULL; i++)
    if (self->nick_tables[i].type == enum_type)
      table = &self->nick_tables[i];

  if (table == NULL && self->n_nick_tables < MAX_ENUM_TYPES)
    {
      table = &self->nick_tables[self->n_nick_tables++];
      table->type = enum_type;
      /* Our enums count up from 0 without gaps. */
      for (int v = 0; v < MAX_ENUM_VALUES; v++)
        {
          const char *nick = quadrant_enum_to_nick (enum_type, v);

          if (nick == NULL)
            break;
          table->nicks[v] = nick;
          table->n_values++;
        }
    }

  if (table != NULL && value >= 0 && (guint) value < table->n_values)
    return table->nicks[value];
  return quadrant_enum_to_nick (enum_type, value);
}

static void
write_enum_attribute (Writer     *self,
                      const char *name,
                      GType       enum_type,
                      int         value)
{
  const char *nick = lookup_nick (self, enum_type, value);

  /* An out-of-range value would otherwise vanish and make the file invalid. */
  if (nick == NULL)
    {
      g_warning ("Invalid value %d for attribute “%s”", value, name);
      nick = quadrant_enum_to_nick (enum_type, 0);
    }
  write_attribute (self, name, nick);
}

static void
write_int_attribute (Writer     *self,
                     const char *name,
                     int         value)
{
  char buffer[4];
  char *p = buffer + sizeof buffer;

  /* By hand: printf is a noticeable part of a large save. */
  value = CLAMP (value, 0, 100);
  *--p = '\0';
  do
    {
      *--p = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);
  xmlTextWriterWriteAttribute (self->writer, (const xmlChar *) name, (const xmlChar *) p);
}

/* Power and interest: both or neither (a party not yet assessed). */
static void
write_position_attributes (Writer *self,
                           int     power,
                           int     interest)
{
  if (power < 0 || interest < 0)
    return;

  write_int_attribute (self, "power", power);
  write_int_attribute (self, "interest", interest);
}

static void
write_text_element (Writer     *self,
                    guint       depth,
                    const char *name,
                    const char *text)
{
  start_element (self, depth, name);
  if (!is_empty (text))
    write_text (self, text);
  xmlTextWriterEndElement (self->writer);
}

static void
write_optional_text_element (Writer     *self,
                             guint       depth,
                             const char *name,
                             const char *text)
{
  if (!is_empty (text))
    write_text_element (self, depth, name, text);
}

/* Kept attributes go after the known ones. Names that would clash with a known
 * attribute, with the default namespace or with each other are left out, as
 * they would make the element malformed or move it out of our namespace. */
static void
write_extra_attributes (Writer             *self,
                        QuadrantExtras     *extras,
                        const char * const *known)
{
  if (extras == NULL)
    return;

  for (guint i = 0; i < extras->attributes->len; i++)
    {
      const QuadrantExtraAttribute *attribute = g_ptr_array_index (extras->attributes, i);
      gboolean skip = FALSE;

      if (attribute->name == NULL
          || g_str_equal (attribute->name, "xmlns")
          || xmlValidateQName ((const xmlChar *) attribute->name, 0) != 0
          || (known != NULL && g_strv_contains (known, attribute->name)))
        skip = TRUE;

      for (guint j = 0; j < i && !skip; j++)
        {
          const QuadrantExtraAttribute *earlier = g_ptr_array_index (extras->attributes, j);

          skip = g_strcmp0 (earlier->name, attribute->name) == 0;
        }

      if (skip)
        {
          g_debug ("Not writing kept attribute “%s”", attribute->name);
          continue;
        }

      write_attribute (self, attribute->name, attribute->value);
    }
}

/* Kept elements go after the known children, each on a line of its own, as
 * the serialised XML the reader kept. Only the whitespace around it is
 * dropped: inside, it is written back byte for byte. */
static void
write_extra_elements (Writer         *self,
                      QuadrantExtras *extras,
                      guint           depth)
{
  if (extras == NULL)
    return;

  for (guint i = 0; i < extras->elements->len; i++)
    {
      const char *xml = g_ptr_array_index (extras->elements, i);
      const char *end;

      if (xml == NULL)
        continue;
      while (g_ascii_isspace (*xml))
        xml++;
      end = xml + strlen (xml);
      while (end > xml && g_ascii_isspace (end[-1]))
        end--;
      if (end == xml)
        continue;

      write_indent (self, depth);
      xmlTextWriterWriteRawLen (self->writer, (const xmlChar *) xml, end - xml);
    }
}

static gboolean
has_extra_elements (QuadrantExtras *extras)
{
  return extras != NULL && extras->elements->len > 0;
}

/* ---- Checking that the file can be opened again ----
 *
 * The reader refuses a register with a blank name or statement, a date that is
 * not YYYY-MM-DD or an id used twice, so saving one as it is would make a file
 * that cannot be opened again: better to say so while the document is still
 * open and can be fixed. Checked while writing, as one more pass over a large
 * register would cost nearly as much again; labels are made only for a
 * problem found.
 */

/* Blank as the reader sees it. */
static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
      return FALSE;
  return TRUE;
}

static inline gboolean
is_date_ok (const char *date)
{
  return is_empty (date) || quadrant_date_is_valid (date);
}

/* Adds id to the set; FALSE when it is empty or already there. */
static inline gboolean
is_id_ok (GHashTable *ids,
          const char *id)
{
  return !is_empty (id) && g_hash_table_add (ids, (gpointer) id);
}

static char *
describe_party (QuadrantParty *party,
                guint          position)
{
  const char *name = quadrant_party_get_name (party);

  if (is_blank (name))
    return g_strdup_printf (_("the party at position %u"), position + 1);
  return g_strdup_printf (_("the party “%s”"), name);
}

static char *
describe_requirement (QuadrantRequirement *requirement,
                      const char          *party_label)
{
  const char *statement = quadrant_requirement_get_statement (requirement);
  g_autofree char *start = NULL;

  if (is_blank (statement))
    return g_strdup_printf (_("a requirement of %s"), party_label);
  if (g_utf8_strlen (statement, 61) <= 60)
    return g_strdup_printf (_("the requirement “%s”"), statement);
  start = g_utf8_substring (statement, 0, 60);
  return g_strdup_printf (_("the requirement “%s…”"), start);
}

static char *
describe_bad_date (const char *what,
                   const char *owner,
                   const char *date)
{
  /* Translators: "the review date of the requirement “…”, “next week”, is not…" */
  return g_strdup_printf (_("the %s of %s, “%s”, is not a date written as YYYY-MM-DD"),
                          what, owner, date);
}

/* Says what is wrong with an object that failed its checks. They are made
 * again in the same order, but the id last: it was added to the set if it
 * passed, so its check would now fail. */
static char *
describe_problem (const char *label,
                  const char *text,
                  const char *no_text_format,
                  const char *date_1,
                  const char *date_1_what,
                  const char *date_2,
                  const char *date_2_what,
                  const char *id)
{
  if (is_blank (text))
    return g_strdup_printf (no_text_format, label);
  if (!is_date_ok (date_1))
    return describe_bad_date (date_1_what, label, date_1);
  if (date_2_what != NULL && !is_date_ok (date_2))
    return describe_bad_date (date_2_what, label, date_2);
  if (is_empty (id))
    return g_strdup_printf (_("%s has no id"), label);
  return g_strdup_printf (_("%s has the id “%s”, which is already used"), label, id);
}

static void
check_metadata (Writer           *self,
                QuadrantRegister *reg)
{
  const char *approval_date = quadrant_register_get_approval_date (reg);
  const char *next_review = quadrant_register_get_next_review (reg);

  if (self->ids == NULL || self->problem != NULL)
    return;

  if (!is_date_ok (approval_date))
    self->problem = describe_bad_date (_("approval date"), _("the register"), approval_date);
  else if (!is_date_ok (next_review))
    self->problem = describe_bad_date (_("next review date"), _("the register"), next_review);
}

static void
check_revision (Writer           *self,
                QuadrantRevision *revision)
{
  const char *version = quadrant_revision_get_version (revision);
  const char *date = quadrant_revision_get_date (revision);
  g_autofree char *label = NULL;

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (!is_empty (version) && !is_empty (date) && quadrant_date_is_valid (date))
    return;

  if (is_empty (version))
    {
      self->problem = g_strdup (_("a revision has no version"));
      return;
    }
  label = g_strdup_printf (_("revision “%s”"), version);
  if (is_empty (date))
    self->problem = g_strdup_printf (_("%s has no date"), label);
  else
    self->problem = describe_bad_date (_("date"), label, date);
}

static void
check_party (Writer        *self,
             QuadrantParty *party,
             guint          position)
{
  g_autofree char *label = NULL;

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (!is_blank (quadrant_party_get_name (party))
      && is_date_ok (quadrant_party_get_identified_on (party))
      && is_date_ok (quadrant_party_get_last_reviewed (party))
      && is_id_ok (self->ids, quadrant_party_get_id (party)))
    return;

  label = describe_party (party, position);
  self->problem = describe_problem (label, quadrant_party_get_name (party), _("%s has no name"),
                                    quadrant_party_get_identified_on (party),
                                    _("identification date"),
                                    quadrant_party_get_last_reviewed (party),
                                    _("last review date"),
                                    quadrant_party_get_id (party));
}

static void
check_requirement (Writer              *self,
                   QuadrantParty       *party,
                   guint                party_position,
                   QuadrantRequirement *requirement)
{
  g_autofree char *party_label = NULL;
  g_autofree char *label = NULL;

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (!is_blank (quadrant_requirement_get_statement (requirement))
      && is_date_ok (quadrant_requirement_get_review_date (requirement))
      && is_id_ok (self->ids, quadrant_requirement_get_id (requirement)))
    return;

  party_label = describe_party (party, party_position);
  label = describe_requirement (requirement, party_label);
  self->problem = describe_problem (label, quadrant_requirement_get_statement (requirement),
                                    _("%s has no statement"),
                                    quadrant_requirement_get_review_date (requirement),
                                    _("review date"), NULL, NULL,
                                    quadrant_requirement_get_id (requirement));
}

/* ---- Writing the elements ---- */

static gboolean
write_metadata (Writer           *self,
                QuadrantRegister *reg)
{
  const struct {
    const char *name;
    const char *value;
  } fields[] = {
    { "organisation", quadrant_register_get_organisation (reg) },
    { "scope", quadrant_register_get_scope (reg) },
    { "owner", quadrant_register_get_owner (reg) },
    { "classification", quadrant_register_get_classification (reg) },
    { "version", quadrant_register_get_version (reg) },
    { "approved-by", quadrant_register_get_approved_by (reg) },
    { "approval-date", quadrant_register_get_approval_date (reg) },
    { "next-review", quadrant_register_get_next_review (reg) },
  };
  gboolean any = FALSE;

  check_metadata (self, reg);

  for (guint i = 0; i < G_N_ELEMENTS (fields) && !any; i++)
    any = !is_empty (fields[i].value);
  if (!any)
    return FALSE;

  start_element (self, 1, "metadata");
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    write_optional_text_element (self, 2, fields[i].name, fields[i].value);
  end_element_with_children (self, 1);
  return TRUE;
}

static void
write_revision (Writer           *self,
                QuadrantRevision *revision)
{
  static const char * const known[] = { "version", "date", "author", NULL };
  const char *summary = quadrant_revision_get_summary (revision);
  GArray *positions = quadrant_revision_get_positions (revision);
  QuadrantExtras *extras = quadrant_revision_get_extras (revision);
  gboolean has_children = !is_empty (summary) || has_extra_elements (extras);

  check_revision (self, revision);

  start_element (self, 2, "revision");
  write_attribute (self, "version", quadrant_revision_get_version (revision));
  write_attribute (self, "date", quadrant_revision_get_date (revision));
  write_optional_attribute (self, "author", quadrant_revision_get_author (revision));
  write_extra_attributes (self, extras, known);

  write_optional_text_element (self, 3, "summary", summary);

  for (guint i = 0; positions != NULL && i < positions->len; i++)
    {
      const QuadrantPosition *position = &g_array_index (positions, QuadrantPosition, i);

      /* Positions of parties removed since are history of nothing: see FORMAT.md. */
      if (position->party_id == NULL
          || !g_hash_table_contains (self->party_ids, position->party_id))
        continue;

      has_children = TRUE;
      start_element (self, 3, "position");
      write_attribute (self, "party", position->party_id);
      write_position_attributes (self, position->power, position->interest);
      write_enum_attribute (self, "support", QUADRANT_TYPE_SUPPORT, position->support);
      xmlTextWriterEndElement (self->writer);
    }

  write_extra_elements (self, extras, 3);

  if (has_children)
    end_element_with_children (self, 2);
  else
    xmlTextWriterEndElement (self->writer);
}

static void
write_requirement (Writer              *self,
                   QuadrantParty       *party,
                   guint                party_position,
                   QuadrantRequirement *requirement)
{
  static const char * const known[] = { "id", "type", "priority", "decision", "review-date", NULL };
  GPtrArray *references = quadrant_requirement_get_references (requirement);
  QuadrantExtras *extras = quadrant_requirement_get_extras (requirement);

  check_requirement (self, party, party_position, requirement);

  start_element (self, 4, "requirement");
  write_attribute (self, "id", quadrant_requirement_get_id (requirement));
  write_enum_attribute (self, "type", QUADRANT_TYPE_REQUIREMENT_TYPE,
                        quadrant_requirement_get_requirement_type (requirement));
  write_enum_attribute (self, "priority", QUADRANT_TYPE_PRIORITY,
                        quadrant_requirement_get_priority (requirement));
  write_enum_attribute (self, "decision", QUADRANT_TYPE_DECISION,
                        quadrant_requirement_get_decision (requirement));
  write_optional_attribute (self, "review-date", quadrant_requirement_get_review_date (requirement));
  write_extra_attributes (self, extras, known);

  /* The statement is required, so it is written even while still empty. */
  write_text_element (self, 5, "statement", quadrant_requirement_get_statement (requirement));
  write_optional_text_element (self, 5, "source", quadrant_requirement_get_source (requirement));
  write_optional_text_element (self, 5, "rationale", quadrant_requirement_get_rationale (requirement));

  for (guint i = 0; references != NULL && i < references->len; i++)
    {
      const QuadrantReference *reference = g_ptr_array_index (references, i);

      /* A reference without text points at nothing. */
      if (reference == NULL || is_empty (reference->text))
        continue;

      start_element (self, 5, "reference");
      write_enum_attribute (self, "kind", QUADRANT_TYPE_REFERENCE_KIND, reference->kind);
      write_text (self, reference->text);
      xmlTextWriterEndElement (self->writer);
    }

  write_optional_text_element (self, 5, "owner", quadrant_requirement_get_owner (requirement));
  write_optional_text_element (self, 5, "notes", quadrant_requirement_get_notes (requirement));
  write_extra_elements (self, extras, 5);
  end_element_with_children (self, 4);
}

static void
write_party (Writer        *self,
             QuadrantParty *party,
             guint          position)
{
  static const char * const known[] = {
    "id", "category", "kind", "power", "interest", "support", "desired-support",
    "identified-by", "identified-on", "last-reviewed", NULL
  };
  QuadrantIdentification identified_by = quadrant_party_get_identified_by (party);
  GListModel *requirements = quadrant_party_get_requirements (party);
  QuadrantExtras *extras = quadrant_party_get_extras (party);
  guint n_requirements = g_list_model_get_n_items (requirements);

  check_party (self, party, position);

  start_element (self, 2, "party");
  write_attribute (self, "id", quadrant_party_get_id (party));
  write_enum_attribute (self, "category", QUADRANT_TYPE_CATEGORY, quadrant_party_get_category (party));
  write_enum_attribute (self, "kind", QUADRANT_TYPE_KIND, quadrant_party_get_kind (party));
  write_position_attributes (self, quadrant_party_get_power (party), quadrant_party_get_interest (party));
  write_enum_attribute (self, "support", QUADRANT_TYPE_SUPPORT,
                        quadrant_party_get_current_support (party));
  write_enum_attribute (self, "desired-support", QUADRANT_TYPE_SUPPORT,
                        quadrant_party_get_desired_support (party));
  if (identified_by != QUADRANT_IDENTIFICATION_UNSPECIFIED)
    write_enum_attribute (self, "identified-by", QUADRANT_TYPE_IDENTIFICATION, identified_by);
  write_optional_attribute (self, "identified-on", quadrant_party_get_identified_on (party));
  write_optional_attribute (self, "last-reviewed", quadrant_party_get_last_reviewed (party));
  write_extra_attributes (self, extras, known);

  /* The name is required, so it is written even while still empty. */
  write_text_element (self, 3, "name", quadrant_party_get_name (party));
  write_optional_text_element (self, 3, "description", quadrant_party_get_description (party));
  write_optional_text_element (self, 3, "owner", quadrant_party_get_owner (party));
  write_optional_text_element (self, 3, "contact", quadrant_party_get_contact (party));

  if (quadrant_party_has_engagement_plan (party))
    {
      start_element (self, 3, "engagement");
      write_optional_text_element (self, 4, "communication",
                                   quadrant_party_get_engagement_communication (party));
      write_optional_text_element (self, 4, "channel",
                                   quadrant_party_get_engagement_channel (party));
      write_optional_text_element (self, 4, "frequency",
                                   quadrant_party_get_engagement_frequency (party));
      write_optional_text_element (self, 4, "responsible",
                                   quadrant_party_get_engagement_responsible (party));
      end_element_with_children (self, 3);
    }

  write_optional_text_element (self, 3, "notes", quadrant_party_get_notes (party));

  if (n_requirements > 0)
    {
      start_element (self, 3, "requirements");
      for (guint i = 0; i < n_requirements; i++)
        {
          g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (requirements, i);

          write_requirement (self, party, position, requirement);
        }
      end_element_with_children (self, 3);
    }

  write_extra_elements (self, extras, 3);
  end_element_with_children (self, 2);
}

static void
write_register (Writer           *self,
                QuadrantRegister *reg)
{
  static const char * const known[] = { "format", NULL };
  GListModel *parties = quadrant_register_get_parties (reg);
  GListModel *revisions = quadrant_register_get_revisions (reg);
  QuadrantExtras *extras = quadrant_register_get_extras (reg);
  guint n_parties = g_list_model_get_n_items (parties);
  guint n_revisions = g_list_model_get_n_items (revisions);
  gboolean has_children = FALSE;

  xmlTextWriterStartDocument (self->writer, "1.0", "UTF-8", NULL);
  start_element (self, 0, "register");
  write_attribute (self, "xmlns", QUADRANT_NAMESPACE);
  write_attribute (self, "format", QUADRANT_FORMAT_VERSION);
  write_extra_attributes (self, extras, known);

  has_children |= write_metadata (self, reg);

  if (n_revisions > 0)
    {
      /* A set of the ids, as looking each position up in the list would take
       * parties × positions comparisons per revision. */
      self->party_ids = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n_parties; i++)
        {
          g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

          /* The id string lives as long as the party, which the register keeps. */
          g_hash_table_add (self->party_ids, (gpointer) quadrant_party_get_id (party));
        }

      start_element (self, 1, "revisions");
      for (guint i = 0; i < n_revisions; i++)
        {
          g_autoptr(QuadrantRevision) revision = g_list_model_get_item (revisions, i);

          write_revision (self, revision);
        }
      end_element_with_children (self, 1);
    }

  if (n_parties > 0)
    {
      start_element (self, 1, "parties");
      for (guint i = 0; i < n_parties; i++)
        {
          g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

          write_party (self, party, i);
        }
      end_element_with_children (self, 1);
    }

  write_extra_elements (self, extras, 1);

  has_children |= n_revisions > 0 || n_parties > 0 || has_extra_elements (extras);
  if (has_children)
    end_element_with_children (self, 0);
  else
    xmlTextWriterEndElement (self->writer);
  xmlTextWriterEndDocument (self->writer);
}

/* The document; with problem given, also checks that it can be loaded again,
 * and returns NULL with *problem set when it could not. */
static GBytes *
build_document (QuadrantRegister  *reg,
                char             **problem)
{
  Writer self = { 0 };
  xmlOutputBufferPtr buffer;

  init_byte_classes ();

  /* Appending to a GByteArray grows it by doubling, unlike an xmlBuffer. */
  self.out = g_byte_array_sized_new (MAX (64 * 1024, g_atomic_pointer_get (&last_size) + 4096));
  self.scratch = g_string_new (NULL);
  if (problem != NULL)
    self.ids = g_hash_table_new (g_str_hash, g_str_equal);
  buffer = xmlOutputBufferCreateIO (write_to_byte_array_cb, NULL, self.out, NULL);
  self.writer = xmlNewTextWriter (buffer);

  write_register (&self, reg);

  xmlFreeTextWriter (self.writer);  /* flushes and frees the output buffer */
  g_clear_pointer (&self.party_ids, g_hash_table_unref);
  g_clear_pointer (&self.ids, g_hash_table_unref);
  g_string_free (self.scratch, TRUE);

  if (self.problem != NULL)
    {
      *problem = self.problem;
      g_byte_array_unref (self.out);
      return NULL;
    }

  g_atomic_pointer_set (&last_size, self.out->len);
  return g_byte_array_free_to_bytes (self.out);
}

GBytes *
quadrant_writer_to_bytes (QuadrantRegister *reg)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  return build_document (reg, NULL);
}

/* ---- Saving ---- */

/* GIO rewrites a symbolic link's target in place (truncating it first), so a
 * failure would damage it; replacing the file the link points at instead keeps
 * both the link and the old content safe. */
static GFile *
resolve_symlinks (GFile *file)
{
  g_autoptr(GFile) current = g_object_ref (file);

  for (guint i = 0; i < MAX_SYMLINKS; i++)
    {
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) parent = NULL;
      const char *target;

      info = g_file_query_info (current,
                                G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                                G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                                G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
      if (info == NULL || !g_file_info_get_is_symlink (info))
        break;

      target = g_file_info_get_symlink_target (info);
      parent = g_file_get_parent (current);
      if (target == NULL || parent == NULL)
        break;

      g_object_unref (current);
      current = g_file_resolve_relative_path (parent, target);
    }

  return g_steal_pointer (&current);
}

/* Writes data; with an injected failure, only its first fail_after bytes
 * (at most all of them) and then fails, as a full disk would. */
static gboolean
write_data (GOutputStream  *stream,
            const guint8   *data,
            gsize           length,
            GError        **error)
{
  gssize limit = fail_after;

  if (limit < 0)
    return g_output_stream_write_all (stream, data, length, NULL, NULL, error);

  if (!g_output_stream_write_all (stream, data, MIN ((gsize) limit, length), NULL, NULL, error))
    return FALSE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Writing failed after %" G_GSSIZE_FORMAT " bytes (simulated failure)"), limit);
  return FALSE;
}

/* Closing with a cancelled GCancellable makes GIO delete the temporary file
 * instead of renaming it over the target. */
static void
abandon_stream (GOutputStream *stream)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  g_output_stream_close (stream, cancellable, NULL);
}

static guint64
inode_of (GFile             *file,
          GFileOutputStream *stream)
{
  g_autoptr(GFileInfo) info = NULL;

  if (stream != NULL)
    info = g_file_output_stream_query_info (stream, G_FILE_ATTRIBUTE_UNIX_INODE, NULL, NULL);
  else
    info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_INODE,
                              G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_INODE))
    return 0;
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE);
}

/* GIO writes through a temporary file only when the target exists and has
 * one link; a new file, or one with several hard links, it writes in place
 * (after copying the latter to FILE~). A failure there is undone by hand:
 * a new file is removed, as long as it still is the one we were writing and
 * not one another program created meanwhile; an old file gets its content
 * back from the backup, in place, so that its hard links stay. */
static void
undo_in_place_write (GFile    *target,
                     guint64   inode,
                     gboolean  existed)
{
  g_autoptr(GError) error = NULL;

  if (inode_of (target, NULL) != inode)
    return;

  if (!existed)
    {
      g_file_delete (target, NULL, NULL);
    }
  else if (g_file_peek_path (target) != NULL)
    {
      g_autofree char *backup_path = g_strconcat (g_file_peek_path (target), "~", NULL);
      g_autofree char *old = NULL;
      gsize length;

      if (!g_file_get_contents (backup_path, &old, &length, &error)
          || !g_file_replace_contents (target, old, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                       NULL, NULL, &error))
        g_warning ("Could not restore %s from its backup: %s", g_file_peek_path (target),
                   error->message);
    }
}

static gboolean
fail_with (GError **error,
           GFile   *file,
           GError  *cause)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK,
                 _("“%s” was changed by another program since it was opened or saved; "
                   "it was not overwritten"),
                 name);
  else
    g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED,
                 _("Could not save “%s”: %s"),
                 name, cause->message);
  return FALSE;
}

gboolean
quadrant_writer_save (QuadrantRegister  *reg,
                      GFile             *file,
                      const char        *expected_etag,
                      char             **new_etag,
                      GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *problem = NULL;
  gboolean existed;
  gboolean in_place;
  guint64 inode;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (new_etag == NULL || *new_etag == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = build_document (reg, &problem);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED,
                   _("Could not save “%s”: %s"), name, problem);
      return FALSE;
    }

  target = resolve_symlinks (file);

  existed = g_file_query_exists (target, NULL);

  stream = g_file_replace (target, expected_etag, TRUE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    return fail_with (error, file, local_error);
  inode = inode_of (target, stream);
  in_place = inode != 0 && inode == inode_of (target, NULL);

  if (!write_data (G_OUTPUT_STREAM (stream),
                   g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   &local_error))
    {
      abandon_stream (G_OUTPUT_STREAM (stream));
      if (in_place)
        undo_in_place_write (target, inode, existed);
      return fail_with (error, file, local_error);
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      if (in_place)
        undo_in_place_write (target, inode, existed);
      return fail_with (error, file, local_error);
    }

  if (new_etag != NULL)
    {
      *new_etag = g_file_output_stream_get_etag (stream);

      /* Not every GVfs backend reports one from the stream. */
      if (*new_etag == NULL)
        {
          g_autoptr(GFileInfo) info = g_file_query_info (target, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                         G_FILE_QUERY_INFO_NONE, NULL, NULL);

          if (info != NULL)
            *new_etag = g_strdup (g_file_info_get_etag (info));
        }
    }

  return TRUE;
}

void
quadrant_writer_inject_failure (gssize fail_after_bytes)
{
  fail_after = fail_after_bytes;
}
