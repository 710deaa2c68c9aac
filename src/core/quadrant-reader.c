/* quadrant-reader.c: safe, streaming loading of register files
 *
 * libxml2's xmlTextReader walks the document once without building a tree. The
 * reader refuses any DOCTYPE (a register never has one) before libxml2 sees it,
 * installs an external-entity loader that loads nothing while a register is
 * read, and never asks for entity expansion, DTD loading or XInclude.
 *
 * libxml2 only tells where the parser is, which runs ahead of the node being
 * looked at; so the reader keeps its own cursor in the raw bytes ("pos") and
 * moves it to the '<' of every markup node the xmlTextReader reports. Text has
 * no raw '<' in well-formed XML, so the next '<' is always the next node.
 *
 * The parser checks everything and emits ops from which a builder makes the
 * model (see "building the model" below); a large file is parsed in a thread
 * while the calling thread builds.
 */
#define G_LOG_DOMAIN "quadrant-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include "quadrant-enum-types.h"
#include "quadrant-reader.h"

/* Names of the format, interned in the reader's dictionary so that names
 * from the document can be compared by pointer. */
typedef enum {
  N_REGISTER, N_METADATA, N_REVISIONS, N_REVISION, N_SUMMARY, N_POSITION,
  N_PARTIES, N_PARTY, N_NAME, N_DESCRIPTION, N_OWNER, N_CONTACT, N_ENGAGEMENT,
  N_COMMUNICATION, N_CHANNEL, N_FREQUENCY, N_RESPONSIBLE, N_NOTES,
  N_REQUIREMENTS, N_REQUIREMENT, N_STATEMENT, N_SOURCE, N_RATIONALE, N_REFERENCE,
  N_ORGANISATION, N_SCOPE, N_CLASSIFICATION, N_VERSION, N_APPROVED_BY,
  N_APPROVAL_DATE, N_NEXT_REVIEW,
  /* attributes */
  N_FORMAT, N_ID, N_CATEGORY, N_KIND, N_POWER, N_INTEREST, N_SUPPORT,
  N_DESIRED_SUPPORT, N_IDENTIFIED_BY, N_IDENTIFIED_ON, N_LAST_REVIEWED, N_TYPE,
  N_PRIORITY, N_DECISION, N_REVIEW_DATE, N_DATE, N_AUTHOR,
  N_NAMES
} Name;

static const char * const name_strings[N_NAMES] = {
  "register", "metadata", "revisions", "revision", "summary", "position",
  "parties", "party", "name", "description", "owner", "contact", "engagement",
  "communication", "channel", "frequency", "responsible", "notes",
  "requirements", "requirement", "statement", "source", "rationale", "reference",
  "organisation", "scope", "classification", "version", "approved-by",
  "approval-date", "next-review",
  "format", "id", "category", "kind", "power", "interest", "support",
  "desired-support", "identified-by", "identified-on", "last-reviewed", "type",
  "priority", "decision", "review-date", "date", "author",
};

#define BIT(n) (G_GUINT64_CONSTANT (1) << (n))

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
  GString          *text;           /* of read_text() */

  const xmlChar    *ns;
  const xmlChar    *names[N_NAMES];
  GEnumClass       *enums[8];
  guint8           *nick_lengths[8]; /* of the values of enums[i] */

  /* what the checks need to remember; the model itself is built from ops */
  GHashTable       *ids;            /* id in id_chunk -> ID_PARTY or ID_REQUIREMENT */
  GStringChunk     *id_chunk;
  GPtrArray        *revisions;      /* of QuadrantRevision, for the position check */
  GArray           *position_offsets;
  QuadrantExtras   *register_extras;

  /* ops on their way to the builder */
  struct _Batch    *batch;
  GAsyncQueue      *full;
  GAsyncQueue      *empty;
  gboolean          threaded;
  struct _Builder  *builder;
  gboolean          ok;
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

typedef struct {
  ProblemKind  kind;
  const char  *what;      /* attribute or element name */
  char        *value;
  char        *expected;
} Problem;

G_DEFINE_QUARK (quadrant-reader-error-quark, quadrant_reader_error)

static xmlExternalEntityLoader default_entity_loader;
static GPrivate reading_register;

/* ---- libxml2 set-up ---- */

static xmlParserInputPtr
refuse_entity_loader (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  context)
{
  /* A register never needs anything from outside itself. Other users of
   * libxml2 in the process (schema validation in tests) keep the default. */
  if (g_private_get (&reading_register) != NULL)
    return NULL;
  return default_entity_loader (url, id, context);
}

static void
ensure_libxml (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      default_entity_loader = xmlGetExternalEntityLoader ();
      xmlSetExternalEntityLoader (refuse_entity_loader);
      g_once_init_leave (&initialised, 1);
    }
}

static void
structured_error_cb (void        *user_data,
                     xmlErrorPtr  xml_error)
{
  Reader *self = user_data;

  if (self->xml_failed || xml_error == NULL || xml_error->level < XML_ERR_ERROR)
    return;

  self->xml_failed = TRUE;
  self->xml_code = xml_error->code;
  self->xml_domain = xml_error->domain;
  self->xml_line = xml_error->line;
  self->xml_column = xml_error->int2;
  self->xml_message = g_utf8_make_valid (xml_error->message != NULL ? xml_error->message : "", -1);
  g_strstrip (self->xml_message);
}

/* ---- positions and errors ---- */

static void
offset_to_position (Reader *self,
                    gsize   offset,
                    int    *line,
                    int    *column)
{
  const char *p = self->data;
  const char *end = self->data + MIN (offset, self->length);
  const char *line_start = p;
  const char *nl;

  *line = 1;
  while ((nl = memchr (p, '\n', end - p)) != NULL)
    {
      (*line)++;
      p = line_start = nl + 1;
    }

  /* columns count characters, as editors show them */
  *column = 1;
  for (p = line_start; p < end; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      (*column)++;
}

static gboolean G_GNUC_PRINTF (4, 5)
fail_at (Reader              *self,
         gsize                offset,
         QuadrantReaderError  code,
         const char          *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line, column;

  if (self->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  offset_to_position (self, offset, &line, &column);
  g_set_error (&self->error, QUADRANT_READER_ERROR, code, "%s:%d:%d: %s",
               self->display_name, line, column, message);
  return FALSE;
}

static gboolean
contains_word (const char *message,
               const char *word)
{
  g_autofree char *lower = g_ascii_strdown (message, -1);

  return strstr (lower, word) != NULL;
}

static gboolean
fail_from_libxml (Reader *self)
{
  QuadrantReaderError code = QUADRANT_READER_ERROR_MALFORMED;
  g_autofree char *message = NULL;
  int eof_line, eof_column;

  if (self->error != NULL)
    return FALSE;

  switch (self->xml_code)
    {
    case XML_ERR_INTERNAL_ERROR:
    case XML_ERR_NO_MEMORY:
      /* libxml2's own limits: depth, text node size, lookahead */
      if (contains_word (self->xml_message, "huge") || contains_word (self->xml_message, "depth"))
        code = QUADRANT_READER_ERROR_TOO_LARGE;
      break;
    case XML_ERR_NAME_TOO_LONG:
      code = QUADRANT_READER_ERROR_TOO_LARGE;
      break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_PE_INTERNAL:
    case XML_ERR_ENTITY_IS_EXTERNAL:
    case XML_ERR_ENTITY_IS_PARAMETER:
    case XML_ERR_DOCTYPE_NOT_FINISHED:
      code = QUADRANT_READER_ERROR_FORBIDDEN;
      break;
    default:
      if (self->xml_domain == XML_FROM_IO)
        code = QUADRANT_READER_ERROR_FORBIDDEN;
      break;
    }

  offset_to_position (self, self->length, &eof_line, &eof_column);

  if (code == QUADRANT_READER_ERROR_TOO_LARGE)
    message = g_strdup_printf (_("the document is too large or too deeply nested (%s)"),
                               self->xml_message);
  else if (code == QUADRANT_READER_ERROR_FORBIDDEN)
    message = g_strdup_printf (_("entities are not allowed in a register (%s)"), self->xml_message);
  else if (self->xml_code == XML_ERR_DOCUMENT_EMPTY && self->xml_line == 1 && self->xml_column <= 1)
    message = g_strdup (_("this is not XML; expected a Quadrant register"));
  else if (self->xml_code != XML_ERR_TAG_NAME_MISMATCH &&
           (self->xml_line > eof_line || (self->xml_line == eof_line && self->xml_column >= eof_column)))
    message = g_strdup (_("the file ends before the register is complete; it may be truncated"));
  else
    message = g_strdup_printf (_("not well-formed XML: %s"), self->xml_message);

  g_set_error (&self->error, QUADRANT_READER_ERROR, code, "%s:%d:%d: %s",
               self->display_name, MAX (self->xml_line, 1), MAX (self->xml_column, 1), message);
  return FALSE;
}

/* ---- the raw cursor ---- */

static gsize
find_from (Reader     *self,
           gsize       from,
           const char *needle)
{
  const char *found;

  if (from >= self->length)
    return self->length;
  if (needle[1] == '\0')
    found = memchr (self->data + from, needle[0], self->length - from);
  else
    found = memmem (self->data + from, self->length - from, needle, strlen (needle));
  return found != NULL ? (gsize) (found - self->data) : self->length;
}

static gboolean
raw_has (Reader     *self,
         gsize       at,
         const char *prefix)
{
  gsize len = strlen (prefix);

  return at <= self->length && self->length - at >= len && memcmp (self->data + at, prefix, len) == 0;
}

/* Offset just past the end of what follows at, or the end of the data. */
static gsize
skip_past (Reader     *self,
           gsize       from,
           const char *terminator)
{
  gsize at = find_from (self, from, terminator);

  return MIN (at + strlen (terminator), self->length);
}

static void
track_node (Reader *self)
{
  gsize lt;

  switch (self->type)
    {
    case XML_READER_TYPE_ELEMENT:
    case XML_READER_TYPE_END_ELEMENT:
      self->node_start = find_from (self, self->pos, "<");
      self->pos = MIN (self->node_start + 1, self->length);
      self->pos_in_tag = TRUE;
      return;
    case XML_READER_TYPE_COMMENT:
      self->node_start = find_from (self, self->pos, "<");
      self->pos = skip_past (self, self->node_start + 4, "-->");
      break;
    case XML_READER_TYPE_PROCESSING_INSTRUCTION:
      self->node_start = find_from (self, self->pos, "<");
      self->pos = skip_past (self, self->node_start + 2, "?>");
      break;
    case XML_READER_TYPE_CDATA:
      /* libxml2 may report one long section as several nodes */
      lt = find_from (self, self->pos, "<");
      if (raw_has (self, lt, "<![CDATA["))
        {
          self->node_start = lt;
          self->pos = skip_past (self, lt + 9, "]]>");
        }
      break;
    default:
      return;
    }
  self->pos_in_tag = FALSE;
}

/* Where the element whose start tag begins at start ends, or 0 when that
 * cannot be told from the raw bytes (libxml2 then reports why). */
static gsize
raw_element_end (Reader *self,
                 gsize   start)
{
  gsize p = start;
  int depth = 0;

  while ((p = find_from (self, p, "<")) < self->length)
    {
      gsize q;
      char quote = 0;

      if (raw_has (self, p, "<!--"))
        p = skip_past (self, p + 4, "-->");
      else if (raw_has (self, p, "<![CDATA["))
        p = skip_past (self, p + 9, "]]>");
      else if (raw_has (self, p, "<?"))
        p = skip_past (self, p + 2, "?>");
      else if (raw_has (self, p, "</"))
        {
          p = skip_past (self, p + 2, ">");
          if (--depth <= 0)
            return p;
        }
      else if (raw_has (self, p, "<!"))
        return 0;
      else
        {
          for (q = p + 1; q < self->length; q++)
            {
              char c = self->data[q];

              if (quote != 0)
                quote = c == quote ? 0 : quote;
              else if (c == '"' || c == '\'')
                quote = c;
              else if (c == '>')
                break;
            }
          if (q >= self->length)
            return 0;
          if (self->data[q - 1] != '/')
            depth++;
          p = q + 1;
          if (depth == 0)
            return p;
        }
    }
  return 0;
}

/* A register is UTF-8 and never has a DOCTYPE: refuse anything else before
 * libxml2 reads any of it. The raw cursor relies on both. */
static gboolean
check_prolog (Reader *self)
{
  gsize p = 0;

  if (raw_has (self, 0, "\xEF\xBB\xBF"))
    p = 3;
  /* UTF-16 and UTF-32 (with or without a byte order mark) and EBCDIC */
  for (gsize i = p; i < p + 4 && i < self->length; i++)
    if (self->data[i] == '\0' || (i == p && (guchar) self->data[i] >= 0x80))
      return fail_at (self, 0, QUADRANT_READER_ERROR_MALFORMED,
                      _("this file is not encoded in UTF-8, as a register must be"));
  if (raw_has (self, p, "<?xml") && p + 5 < self->length && g_ascii_isspace (self->data[p + 5]))
    p = skip_past (self, p + 5, "?>");
  self->pos = p;

  while (p < self->length)
    {
      if (g_ascii_isspace (self->data[p]))
        p++;
      else if (raw_has (self, p, "<!--"))
        p = skip_past (self, p + 4, "-->");
      else if (raw_has (self, p, "<?"))
        p = skip_past (self, p + 2, "?>");
      else if (raw_has (self, p, "<!"))
        return fail_at (self, p, QUADRANT_READER_ERROR_FORBIDDEN,
                        _("a register must not have a DOCTYPE or other declarations"));
      else
        break;
    }
  return TRUE;
}

/* ---- moving through the document ---- */

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
      return FALSE;
  return TRUE;
}

/* Moves to the next node; FALSE (with an error) on failure or a premature end. */
static gboolean
advance (Reader *self)
{
  xmlNodePtr node;
  int ret;

  if (self->pending)
    {
      self->pending = FALSE;
      ret = self->pending_ret;
    }
  else
    ret = xmlTextReaderRead (self->xml);

  if (self->xml_failed)
    return fail_from_libxml (self);
  if (ret < 0)
    return fail_at (self, self->pos, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));
  if (ret == 0)
    return fail_at (self, self->length, QUADRANT_READER_ERROR_MALFORMED,
                    _("the file ends before the register is complete; it may be truncated"));

  /* xmlTextReaderNodeType() looks up xml:space on every ancestor of a
   * whitespace node; callers tell text from whitespace themselves. */
  node = xmlTextReaderCurrentNode (self->xml);
  if (node != NULL && node->type == XML_TEXT_NODE)
    self->type = XML_READER_TYPE_TEXT;
  else
    self->type = xmlTextReaderNodeType (self->xml);

  track_node (self);

  switch (self->type)
    {
    case XML_READER_TYPE_ELEMENT:
      if (xmlTextReaderDepth (self->xml) > QUADRANT_READER_MAX_DEPTH)
        return fail_at (self, self->node_start, QUADRANT_READER_ERROR_TOO_LARGE,
                        _("elements are nested more than %d deep"), QUADRANT_READER_MAX_DEPTH);
      break;
    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      return fail_at (self, self->pos, QUADRANT_READER_ERROR_FORBIDDEN,
                      _("a register must not have a DOCTYPE or entities"));
    default:
      break;
    }
  return TRUE;
}

static const xmlChar *
current_name (Reader *self)
{
  return xmlTextReaderConstName (self->xml);
}

/* The local name when the current element is in the register namespace. */
static const xmlChar *
known_local_name (Reader *self)
{
  /* xmlTextReaderConstNamespaceUri() would hash the URI on every call */
  xmlNodePtr node = xmlTextReaderCurrentNode (self->xml);

  if (node == NULL || node->ns == NULL || node->ns->href == NULL ||
      strcmp ((const char *) node->ns->href, QUADRANT_NAMESPACE) != 0)
    return NULL;
  return xmlTextReaderConstLocalName (self->xml);
}

/* Offset where the text of the current text node starts, near enough. */
static gsize
text_offset (Reader *self)
{
  gsize p = self->pos_in_tag ? skip_past (self, self->pos, ">") : self->pos;

  while (p < self->length && g_ascii_isspace (self->data[p]))
    p++;
  return p;
}

/* 1: on a child element, 0: at the end of the current element, -1: error.
 * Call only for an element that is not empty. */
static int
next_child (Reader *self)
{
  for (;;)
    {
      const char *text;

      if (!advance (self))
        return -1;

      switch (self->type)
        {
        case XML_READER_TYPE_ELEMENT:
          return 1;
        case XML_READER_TYPE_END_ELEMENT:
          return 0;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
          text = (const char *) xmlTextReaderConstValue (self->xml);
          if (text != NULL && !is_blank (text))
            {
              g_autofree char *start = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, 41), 40));

              fail_at (self, self->type == XML_READER_TYPE_CDATA ? self->node_start : text_offset (self),
                       QUADRANT_READER_ERROR_INVALID,
                       _("unexpected text “%s” here; expected only elements"), g_strstrip (start));
              return -1;
            }
          break;
        default:
          break;
        }
    }
}

/* Keeps the current (unknown) element, serialised, in *extras (created when
 * needed) and skips it. */
static gboolean
keep_unknown_element (Reader          *self,
                      QuadrantExtras **extras)
{
  gsize start = self->node_start;
  gsize end = raw_element_end (self, start);
  xmlChar *xml;

  if (end != 0 && end - start > QUADRANT_READER_MAX_TEXT_SIZE)
    {
      g_autofree char *size = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);

      return fail_at (self, start, QUADRANT_READER_ERROR_TOO_LARGE,
                      _("the unknown element <%s> is larger than %s"), current_name (self), size);
    }

  xml = xmlTextReaderReadOuterXml (self->xml);
  if (self->xml_failed)
    {
      xmlFree (xml);
      return fail_from_libxml (self);
    }
  if (xml == NULL)
    return fail_at (self, start, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));

  if (*extras == NULL)
    *extras = quadrant_extras_new ();
  quadrant_extras_add_element (*extras, (const char *) xml);
  xmlFree (xml);

  self->pending_ret = xmlTextReaderNext (self->xml);
  self->pending = TRUE;
  self->pos = end != 0 ? end : self->length;
  return TRUE;
}

/* Reads the content of a text-only element; *out is NULL when it is empty,
 * else borrowed until the next call. */
static gboolean
read_text (Reader      *self,
           const char **out)
{
  gboolean empty = TRUE;
  gsize start = self->node_start;
  const xmlChar *element = current_name (self);

  *out = NULL;
  g_string_truncate (self->text, 0);
  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;

  for (;;)
    {
      const char *value;
      gsize value_length;

      if (!advance (self))
        return FALSE;

      switch (self->type)
        {
        case XML_READER_TYPE_END_ELEMENT:
          *out = empty ? NULL : self->text->str;
          return TRUE;
        case XML_READER_TYPE_ELEMENT:
          return fail_at (self, self->node_start, QUADRANT_READER_ERROR_INVALID,
                          _("<%s> contains the element <%s>; expected only text"),
                          element, current_name (self));
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          value = (const char *) xmlTextReaderConstValue (self->xml);
          if (value == NULL)
            break;
          value_length = strlen (value);
          if (self->text->len + value_length > QUADRANT_READER_MAX_TEXT_SIZE)
            {
              g_autofree char *size = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);

              return fail_at (self, start, QUADRANT_READER_ERROR_TOO_LARGE,
                              _("the text of this element is longer than %s"), size);
            }
          g_string_append_len (self->text, value, value_length);
          empty = FALSE;
          break;
        default:
          break;
        }
    }
}

/* ---- values ---- */

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->value, g_free);
  g_clear_pointer (&problem->expected, g_free);
  problem->kind = PROBLEM_NONE;
}

static void
note_missing (Problem    *problem,
              const char *what,
              char       *expected)
{
  if (problem->kind != PROBLEM_NONE)
    {
      g_free (expected);
      return;
    }
  problem->kind = PROBLEM_MISSING;
  problem->what = what;
  problem->expected = expected;
}

static void
note_bad (Problem       *problem,
          const char    *what,
          const xmlChar *value,
          char          *expected)
{
  if (problem->kind != PROBLEM_NONE)
    {
      g_free (expected);
      return;
    }
  problem->kind = PROBLEM_BAD_VALUE;
  problem->what = what;
  problem->value = g_strdup ((const char *) value);
  problem->expected = expected;
}

/* Reports problem of the object called label, whose start tag is at offset. */
static gboolean
fail_problem (Reader     *self,
              gsize       offset,
              const char *label,
              Problem    *problem)
{
  switch (problem->kind)
    {
    case PROBLEM_MISSING:
      return fail_at (self, offset, QUADRANT_READER_ERROR_INVALID, _("%s has no %s; expected %s"),
                      label, problem->what, problem->expected);
    case PROBLEM_BAD_VALUE:
      return fail_at (self, offset, QUADRANT_READER_ERROR_INVALID, _("%s has %s “%s”; expected %s"),
                      label, problem->what, problem->value, problem->expected);
    case PROBLEM_HALF_PLACED:
      return fail_at (self, offset, QUADRANT_READER_ERROR_INVALID,
                      _("%s has only one of power and interest; expected both or neither"), label);
    case PROBLEM_NONE:
    default:
      return TRUE;
    }
}

static GEnumClass *
enum_class (Reader *self,
            GType   type)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->enums); i++)
    if (self->enums[i] != NULL && G_TYPE_FROM_CLASS (self->enums[i]) == type)
      return self->enums[i];
  g_assert_not_reached ();
}

static char *
enum_expected (GEnumClass *klass)
{
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      /* "unspecified" is written by leaving the attribute out */
      if (G_TYPE_FROM_CLASS (klass) == QUADRANT_TYPE_IDENTIFICATION &&
          klass->values[i].value == QUADRANT_IDENTIFICATION_UNSPECIFIED)
        continue;
      if (words->len > 0)
        g_string_append (words, ", ");
      g_string_append (words, klass->values[i].value_nick);
    }
  return g_strdup_printf (_("one of %s"), words->str);
}

static gboolean
parse_enum (Reader        *self,
            Problem       *problem,
            GType          type,
            const char    *what,
            const xmlChar *value,
            int           *out)
{
  gsize length = strlen ((const char *) value);
  GEnumClass *klass;
  guint i = 0;
  int found = -1;

  while (G_TYPE_FROM_CLASS (self->enums[i]) != type)
    i++;
  klass = self->enums[i];
  /* comparing lengths first leaves one or two nicks to compare */
  for (guint v = 0; v < klass->n_values && found < 0; v++)
    if (self->nick_lengths[i][v] == length && memcmp (klass->values[v].value_nick, value, length) == 0)
      found = klass->values[v].value;
  if (found < 0 ||
      (type == QUADRANT_TYPE_IDENTIFICATION && found == QUADRANT_IDENTIFICATION_UNSPECIFIED))
    {
      note_bad (problem, what, value, enum_expected (self->enums[i]));
      return FALSE;
    }
  *out = found;
  return TRUE;
}

static char *
enum_missing (Reader *self,
              GType   type)
{
  return enum_expected (enum_class (self, type));
}

static gboolean
parse_percentage (Problem       *problem,
                  const char    *what,
                  const xmlChar *value,
                  int           *out)
{
  int number = 0;
  guint i;

  for (i = 0; g_ascii_isdigit (value[i]); i++)
    number = MIN (number * 10 + (value[i] - '0'), 1000);
  if (i == 0 || value[i] != '\0' || number > 100)
    {
      note_bad (problem, what, value, g_strdup (_("a whole number from 0 to 100")));
      return FALSE;
    }
  *out = number;
  return TRUE;
}

static gboolean
parse_date (Problem       *problem,
            const char    *what,
            const xmlChar *value)
{
  if (value[0] == '\0' || quadrant_date_is_valid ((const char *) value))
    return TRUE;
  note_bad (problem, what, value, g_strdup (_("a date written as YYYY-MM-DD")));
  return FALSE;
}

/* ---- attributes ---- */

typedef struct {
  const xmlChar *local;   /* NULL for an attribute in a namespace */
  const xmlChar *value;
} Attribute;

/* Moves to the next attribute of the current element; unknown ones are for
 * the caller to keep. Returns FALSE after the last (back on the element). */
static gboolean
next_attribute (Reader    *self,
                gboolean   first,
                Attribute *attribute,
                gboolean  *failed)
{
  int ret = first ? xmlTextReaderMoveToFirstAttribute (self->xml)
                  : xmlTextReaderMoveToNextAttribute (self->xml);

  if (ret != 1)
    {
      xmlTextReaderMoveToElement (self->xml);
      return FALSE;
    }

  attribute->value = xmlTextReaderConstValue (self->xml);
  if (attribute->value == NULL)
    attribute->value = (const xmlChar *) "";
  if (strlen ((const char *) attribute->value) > QUADRANT_READER_MAX_TEXT_SIZE)
    {
      g_autofree char *size = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);

      *failed = TRUE;
      fail_at (self, self->node_start, QUADRANT_READER_ERROR_TOO_LARGE,
               _("the attribute %s is longer than %s"), xmlTextReaderConstName (self->xml), size);
      xmlTextReaderMoveToElement (self->xml);
      return FALSE;
    }

  attribute->local = xmlTextReaderConstNamespaceUri (self->xml) == NULL
                     ? xmlTextReaderConstLocalName (self->xml) : NULL;
  return TRUE;
}

/* Keeps an attribute the reader does not know, by its name as written. The
 * default namespace declaration is the writer's own and is not kept. */
static void
keep_unknown_attribute (Reader          *self,
                        QuadrantExtras **extras,
                        const xmlChar   *value)
{
  if (xmlTextReaderIsNamespaceDecl (self->xml) == 1 &&
      xmlStrcmp (xmlTextReaderConstName (self->xml), BAD_CAST "xmlns") == 0 &&
      xmlStrcmp (value, BAD_CAST QUADRANT_NAMESPACE) == 0)
    return;
  if (extras != NULL)
    {
      if (*extras == NULL)
        *extras = quadrant_extras_new ();
      quadrant_extras_add_attribute (*extras, (const char *) xmlTextReaderConstName (self->xml),
                                     (const char *) value);
    }
  else
    g_debug ("%s: dropping attribute %s, which has no place to be kept", self->display_name,
             xmlTextReaderConstName (self->xml));
}

#define IS(name, n) ((name) == self->names[n])

/* ---- building the model ----
 *
 * The parser does not touch the model: it emits ops, which a builder applies.
 * For a large file the parser runs in a thread of its own and the builder in
 * the calling thread, so that libxml2 and the creation of thousands of
 * objects overlap; both only ever see values that were already checked.
 */

typedef enum {
  OP_PARTY,                  /* text: id */
  OP_PARTY_ENUM,             /* field: PartyEnum, number: value */
  OP_PARTY_PLACE,            /* number: power, number2: interest */
  OP_PARTY_TEXT,             /* field: index in party_setters, text */
  OP_PARTY_EXTRAS,           /* pointer: QuadrantExtras, given */
  OP_PARTY_END,
  OP_REQUIREMENT,            /* text: id */
  OP_REQUIREMENT_ENUM,       /* field: RequirementEnum, number: value */
  OP_REQUIREMENT_TEXT,       /* field: index in requirement_setters, text */
  OP_REFERENCE,              /* field: QuadrantReferenceKind, text */
  OP_REQUIREMENT_EXTRAS,     /* pointer: QuadrantExtras, given */
  OP_REQUIREMENT_END,
  OP_REVISION,               /* pointer: QuadrantRevision, given */
  OP_METADATA,               /* field: Name, text */
  OP_REGISTER_EXTRAS,        /* pointer: QuadrantExtras, given */
} OpCode;

typedef enum {
  PARTY_CATEGORY,
  PARTY_KIND,
  PARTY_SUPPORT,
  PARTY_DESIRED_SUPPORT,
  PARTY_IDENTIFIED_BY,
} PartyEnum;

typedef enum {
  REQUIREMENT_TYPE,
  REQUIREMENT_PRIORITY,
  REQUIREMENT_DECISION,
} RequirementEnum;

#define NO_TEXT   G_MAXUINT32
#define BATCH_OPS 4096
#define N_BATCHES 16
/* Below this size a thread costs more than it saves. */
#define THREAD_MIN_LENGTH (1024 * 1024)

typedef struct {
  guint8   code;
  guint8   field;
  int      number;
  int      number2;
  guint32  text;     /* offset in the batch's text, or NO_TEXT */
  gpointer pointer;
} Op;

typedef struct _Batch {
  Op          ops[BATCH_OPS];
  guint       n_ops;
  GByteArray *text;
  gboolean    last;
} Batch;

typedef struct _Builder {
  QuadrantRegister    *reg;
  QuadrantParty       *party;
  QuadrantRequirement *requirement;
  GPtrArray           *references;
} Builder;

typedef void (*PartyTextSetter)       (QuadrantParty *, const char *);
typedef void (*RequirementTextSetter) (QuadrantRequirement *, const char *);

static const PartyTextSetter party_setters[] = {
  quadrant_party_set_name,
  quadrant_party_set_description,
  quadrant_party_set_owner,
  quadrant_party_set_contact,
  quadrant_party_set_notes,
  quadrant_party_set_engagement_communication,
  quadrant_party_set_engagement_channel,
  quadrant_party_set_engagement_frequency,
  quadrant_party_set_engagement_responsible,
  quadrant_party_set_identified_on,
  quadrant_party_set_last_reviewed,
};
enum { PARTY_TEXT_NAME = 0, PARTY_TEXT_IDENTIFIED_ON = 9, PARTY_TEXT_LAST_REVIEWED = 10 };

static const RequirementTextSetter requirement_setters[] = {
  quadrant_requirement_set_statement,
  quadrant_requirement_set_source,
  quadrant_requirement_set_rationale,
  quadrant_requirement_set_owner,
  quadrant_requirement_set_notes,
  quadrant_requirement_set_review_date,
};
enum { REQUIREMENT_TEXT_STATEMENT = 0, REQUIREMENT_TEXT_REVIEW_DATE = 5 };

/* Text elements: the element's name and the setter (index) it goes to. */
typedef struct {
  Name  name;
  guint setter;
} TextElement;

static const TextElement party_texts[] = {
  { N_NAME, 0 }, { N_DESCRIPTION, 1 }, { N_OWNER, 2 }, { N_CONTACT, 3 }, { N_NOTES, 4 },
};

static const TextElement engagement_texts[] = {
  { N_COMMUNICATION, 5 }, { N_CHANNEL, 6 }, { N_FREQUENCY, 7 }, { N_RESPONSIBLE, 8 },
};

static const TextElement requirement_texts[] = {
  { N_STATEMENT, 0 }, { N_SOURCE, 1 }, { N_RATIONALE, 2 }, { N_OWNER, 3 }, { N_NOTES, 4 },
};

static const Name metadata_texts[] = {
  N_ORGANISATION, N_SCOPE, N_OWNER, N_CLASSIFICATION, N_VERSION, N_APPROVED_BY,
  N_APPROVAL_DATE, N_NEXT_REVIEW,
};

/* Moves everything in from (which is freed) to the end of into. */
static void
move_extras (QuadrantExtras *into,
             QuadrantExtras *from)
{
  for (guint i = 0; i < from->attributes->len; i++)
    g_ptr_array_add (into->attributes, g_ptr_array_index (from->attributes, i));
  for (guint i = 0; i < from->elements->len; i++)
    g_ptr_array_add (into->elements, g_ptr_array_index (from->elements, i));
  g_ptr_array_set_free_func (from->attributes, NULL);
  g_ptr_array_set_free_func (from->elements, NULL);
  quadrant_extras_free (from);
}

static void
apply_batch (Builder *builder,
             Batch   *batch)
{
  for (guint i = 0; i < batch->n_ops; i++)
    {
      const Op *op = &batch->ops[i];
      const char *text = op->text != NO_TEXT ? (const char *) batch->text->data + op->text : NULL;

      switch ((OpCode) op->code)
        {
        case OP_PARTY:
          g_clear_object (&builder->party);
          builder->party = quadrant_party_new (text);
          break;
        case OP_PARTY_ENUM:
          switch ((PartyEnum) op->field)
            {
            case PARTY_CATEGORY: quadrant_party_set_category (builder->party, op->number); break;
            case PARTY_KIND: quadrant_party_set_kind (builder->party, op->number); break;
            case PARTY_SUPPORT: quadrant_party_set_current_support (builder->party, op->number); break;
            case PARTY_DESIRED_SUPPORT: quadrant_party_set_desired_support (builder->party, op->number); break;
            case PARTY_IDENTIFIED_BY: quadrant_party_set_identified_by (builder->party, op->number); break;
            default: g_assert_not_reached ();
            }
          break;
        case OP_PARTY_PLACE:
          quadrant_party_set_power (builder->party, op->number);
          quadrant_party_set_interest (builder->party, op->number2);
          break;
        case OP_PARTY_TEXT:
          party_setters[op->field] (builder->party, text);
          break;
        case OP_PARTY_EXTRAS:
          move_extras (quadrant_party_get_extras (builder->party), op->pointer);
          break;
        case OP_PARTY_END:
          quadrant_register_append_party_unrecorded (builder->reg, builder->party);
          g_clear_object (&builder->party);
          break;
        case OP_REQUIREMENT:
          g_clear_object (&builder->requirement);
          g_clear_pointer (&builder->references, g_ptr_array_unref);
          builder->requirement = quadrant_requirement_new (text);
          break;
        case OP_REQUIREMENT_ENUM:
          switch ((RequirementEnum) op->field)
            {
            case REQUIREMENT_TYPE: quadrant_requirement_set_requirement_type (builder->requirement, op->number); break;
            case REQUIREMENT_PRIORITY: quadrant_requirement_set_priority (builder->requirement, op->number); break;
            case REQUIREMENT_DECISION: quadrant_requirement_set_decision (builder->requirement, op->number); break;
            default: g_assert_not_reached ();
            }
          break;
        case OP_REQUIREMENT_TEXT:
          requirement_setters[op->field] (builder->requirement, text);
          break;
        case OP_REFERENCE:
          if (builder->references == NULL)
            builder->references = quadrant_reference_array_new ();
          g_ptr_array_add (builder->references, quadrant_reference_new (op->field, text));
          break;
        case OP_REQUIREMENT_EXTRAS:
          move_extras (quadrant_requirement_get_extras (builder->requirement), op->pointer);
          break;
        case OP_REQUIREMENT_END:
          if (builder->references != NULL)
            quadrant_requirement_set_references (builder->requirement, builder->references);
          g_clear_pointer (&builder->references, g_ptr_array_unref);
          quadrant_party_append_requirement (builder->party, builder->requirement);
          g_clear_object (&builder->requirement);
          break;
        case OP_REVISION:
          quadrant_register_append_revision_unrecorded (builder->reg, op->pointer);
          g_object_unref (op->pointer);
          break;
        case OP_METADATA:
          quadrant_register_set_metadata (builder->reg, name_strings[op->field], text);
          break;
        case OP_REGISTER_EXTRAS:
          move_extras (quadrant_register_get_extras (builder->reg), op->pointer);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  batch->n_ops = 0;
  g_byte_array_set_size (batch->text, 0);
}

/* Hands the current batch to the builder; with last, the parser is done. */
static void
flush (Reader   *self,
       gboolean  last)
{
  Batch *batch = self->batch;

  batch->last = last;
  if (self->threaded)
    {
      g_async_queue_push (self->full, batch);
      self->batch = last ? NULL : g_async_queue_pop (self->empty);
    }
  else
    apply_batch (self->builder, batch);
}

static Op *
emit (Reader     *self,
      OpCode      code,
      guint       field,
      const char *text)
{
  Op *op;

  if (self->batch->n_ops == BATCH_OPS)
    flush (self, FALSE);

  op = &self->batch->ops[self->batch->n_ops++];
  op->code = code;
  op->field = field;
  op->number = op->number2 = 0;
  op->pointer = NULL;
  op->text = NO_TEXT;
  if (text != NULL)
    {
      /* text from read_text() has its length at hand */
      gsize length = self->text != NULL && text == self->text->str ? self->text->len : strlen (text);

      op->text = self->batch->text->len;
      g_byte_array_append (self->batch->text, (const guint8 *) text, length + 1);
    }
  return op;
}

static void
emit_number (Reader *self,
             OpCode  code,
             guint   field,
             int     number)
{
  emit (self, code, field, NULL)->number = number;
}

static void
emit_pointer (Reader   *self,
              OpCode    code,
              gpointer  pointer)
{
  if (pointer != NULL)
    emit (self, code, 0, NULL)->pointer = pointer;
}

/* ---- checks and messages ---- */

/* How messages name an object: a party by its name (or id), a requirement by its id. */
static char *
describe_party (const char *id,
                const char *name)
{
  if (name != NULL && !is_blank (name))
    return g_strdup_printf (_("party “%s”"), name);
  return id != NULL && id[0] != '\0' ? g_strdup_printf (_("party “%s”"), id) : g_strdup (_("a party"));
}

static char *
describe_requirement (const char *id)
{
  return id != NULL ? g_strdup_printf (_("requirement “%s”"), id) : g_strdup (_("a requirement"));
}

/* Marks name as seen in *seen; FALSE (with an error) when it was seen before.
 * describe() gives what the element belongs to, only when needed. */
typedef struct {
  const char *id;
  const char *name;
  gboolean    requirement;
  const char *label;
} Owner;

static gboolean
first_of (Reader      *self,
          guint64     *seen,
          Name         name,
          const Owner *owner)
{
  if (*seen & BIT (name))
    {
      g_autofree char *description = owner->label != NULL ? g_strdup (owner->label)
                                     : owner->requirement ? describe_requirement (owner->id)
                                     : describe_party (owner->id, owner->name);

      return fail_at (self, self->node_start, QUADRANT_READER_ERROR_INVALID,
                      _("%s has more than one <%s>; expected at most one"),
                      description, name_strings[name]);
    }
  *seen |= BIT (name);
  return TRUE;
}

/* Remembers id; NULL when another party or requirement has it already. */
static const char *
register_id (Reader     *self,
             const char *id,
             gpointer    kind)
{
  const char *kept = g_string_chunk_insert (self->id_chunk, id);

  /* a key that is there already is kept, with the value replaced: no matter,
   * as the load fails */
  return g_hash_table_insert (self->ids, (gpointer) kept, kind) ? kept : NULL;
}

static gboolean
read_text_element (Reader       *self,
                   guint64      *seen,
                   Name          name,
                   const Owner  *owner,
                   const char  **text)
{
  return first_of (self, seen, name, owner) && read_text (self, text);
}

/* ---- revisions ---- */

static void
position_clear (gpointer data)
{
  QuadrantPosition *position = data;

  g_free (position->party_id);
}

static gboolean
parse_position (Reader          *self,
                const char      *revision_label,
                GArray          *positions,
                GArray          *offsets,
                QuadrantExtras **extras)
{
  QuadrantPosition position = { NULL, QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED, QUADRANT_SUPPORT_NEUTRAL };
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Attribute attribute;
  gboolean failed = FALSE;
  guint64 seen = 0;
  int value, ret;

  for (gboolean more = next_attribute (self, TRUE, &attribute, &failed); more;
       more = next_attribute (self, FALSE, &attribute, &failed))
    {
      const xmlChar *a = attribute.local;

      if (a != NULL && IS (a, N_PARTY))
        {
          seen |= BIT (N_PARTY);
          replace_string (&position.party_id, (const char *) attribute.value);
        }
      else if (a != NULL && (IS (a, N_POWER) || IS (a, N_INTEREST)))
        {
          Name n = IS (a, N_POWER) ? N_POWER : N_INTEREST;

          seen |= BIT (n);
          if (parse_percentage (&problem, name_strings[n], attribute.value, &value))
            *(n == N_POWER ? &position.power : &position.interest) = value;
        }
      else if (a != NULL && IS (a, N_SUPPORT))
        {
          seen |= BIT (N_SUPPORT);
          if (parse_enum (self, &problem, QUADRANT_TYPE_SUPPORT, "support", attribute.value, &value))
            position.support = value;
        }
      else
        keep_unknown_attribute (self, NULL, attribute.value);
    }
  if (failed)
    {
      g_free (position.party_id);
      return FALSE;
    }

  if (position.party_id == NULL || position.party_id[0] == '\0')
    note_missing (&problem, "party", g_strdup (_("the id of a party")));
  if (!(seen & BIT (N_SUPPORT)))
    note_missing (&problem, "support", enum_missing (self, QUADRANT_TYPE_SUPPORT));
  if (problem.kind == PROBLEM_NONE && !(seen & BIT (N_POWER)) != !(seen & BIT (N_INTEREST)))
    problem.kind = PROBLEM_HALF_PLACED;

  if (problem.kind != PROBLEM_NONE)
    {
      g_autofree char *label = g_strdup_printf (_("the position of party “%s” in %s"),
                                                position.party_id != NULL ? position.party_id : "",
                                                revision_label);

      fail_problem (self, offset, label, &problem);
      problem_clear (&problem);
      g_free (position.party_id);
      return FALSE;
    }

  g_array_append_val (positions, position);
  g_array_append_val (offsets, offset);

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while ((ret = next_child (self)) == 1)
    if (!keep_unknown_element (self, extras))
      return FALSE;
  return ret == 0;
}

static gboolean
parse_revision (Reader *self)
{
  g_autoptr(QuadrantExtras) extras = NULL;
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (QuadrantPosition));
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *version = NULL, *date = NULL, *author = NULL, *summary = NULL, *label = NULL;
  QuadrantRevision *revision;
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Owner owner = { 0 };
  Attribute attribute;
  gboolean failed = FALSE, ok = TRUE;
  guint64 seen = 0;
  int ret = 0;

  g_array_set_clear_func (positions, position_clear);

  for (gboolean more = next_attribute (self, TRUE, &attribute, &failed); more;
       more = next_attribute (self, FALSE, &attribute, &failed))
    {
      const xmlChar *a = attribute.local;

      if (a != NULL && IS (a, N_VERSION))
        replace_string (&version, (const char *) attribute.value);
      else if (a != NULL && IS (a, N_DATE))
        {
          replace_string (&date, (const char *) attribute.value);
          parse_date (&problem, "date", attribute.value);
        }
      else if (a != NULL && IS (a, N_AUTHOR))
        replace_string (&author, (const char *) attribute.value);
      else
        keep_unknown_attribute (self, &extras, attribute.value);
    }
  if (failed)
    return FALSE;

  if (version == NULL || version[0] == '\0')
    note_missing (&problem, "version", g_strdup (_("a version such as 1.0")));
  if (date == NULL || date[0] == '\0')
    note_missing (&problem, "date", g_strdup (_("a date written as YYYY-MM-DD")));

  label = version != NULL && version[0] != '\0'
          ? g_strdup_printf (_("revision “%s”"), version) : g_strdup (_("a revision"));
  if (problem.kind != PROBLEM_NONE)
    {
      fail_problem (self, offset, label, &problem);
      problem_clear (&problem);
      return FALSE;
    }

  owner.label = label;
  if (!xmlTextReaderIsEmptyElement (self->xml))
    {
      while (ok && (ret = next_child (self)) == 1)
        {
          const xmlChar *local = known_local_name (self);

          if (local != NULL && IS (local, N_SUMMARY))
            {
              const char *text = NULL;

              ok = read_text_element (self, &seen, N_SUMMARY, &owner, &text);
              replace_string (&summary, text);
            }
          else if (local != NULL && IS (local, N_POSITION))
            ok = parse_position (self, label, positions, offsets, &extras);
          else
            ok = keep_unknown_element (self, &extras);
        }
      if (!ok || ret < 0)
        return FALSE;
    }

  /* few and small: built here, and kept for the check of their positions */
  revision = quadrant_revision_new (version, date, author, summary);
  for (guint i = 0; i < positions->len; i++)
    {
      QuadrantPosition *position = &g_array_index (positions, QuadrantPosition, i);

      quadrant_revision_add_position (revision, position->party_id, position->power,
                                      position->interest, position->support);
    }
  if (extras != NULL)
    move_extras (quadrant_revision_get_extras (revision), g_steal_pointer (&extras));
  g_array_append_vals (self->position_offsets, offsets->data, offsets->len);
  g_ptr_array_add (self->revisions, g_object_ref (revision));
  emit_pointer (self, OP_REVISION, revision);
  return TRUE;
}

static gboolean
parse_revisions (Reader *self)
{
  gboolean ok = TRUE;
  int ret = 0;

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while (ok && (ret = next_child (self)) == 1)
    {
      const xmlChar *local = known_local_name (self);

      if (local != NULL && IS (local, N_REVISION))
        ok = parse_revision (self);
      else
        ok = keep_unknown_element (self, &self->register_extras);
    }
  return ok && ret == 0;
}

/* ---- parties and requirements ---- */

static gboolean
parse_reference (Reader     *self,
                 const char *requirement_id)
{
  const char *text = NULL;
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Attribute attribute;
  gboolean failed = FALSE, has_kind = FALSE;
  int kind = QUADRANT_REFERENCE_KIND_OTHER;

  for (gboolean more = next_attribute (self, TRUE, &attribute, &failed); more;
       more = next_attribute (self, FALSE, &attribute, &failed))
    {
      if (attribute.local != NULL && IS (attribute.local, N_KIND))
        {
          has_kind = TRUE;
          parse_enum (self, &problem, QUADRANT_TYPE_REFERENCE_KIND, "kind", attribute.value, &kind);
        }
      else
        keep_unknown_attribute (self, NULL, attribute.value);
    }
  if (failed)
    return FALSE;

  if (!has_kind)
    note_missing (&problem, "kind", enum_missing (self, QUADRANT_TYPE_REFERENCE_KIND));
  if (problem.kind != PROBLEM_NONE)
    {
      g_autofree char *owner = describe_requirement (requirement_id);
      g_autofree char *label = g_strdup_printf (_("a reference of %s"), owner);

      fail_problem (self, offset, label, &problem);
      problem_clear (&problem);
      return FALSE;
    }

  if (!read_text (self, &text))
    return FALSE;
  emit (self, OP_REFERENCE, kind, text != NULL ? text : "");
  return TRUE;
}

static gboolean
parse_requirement (Reader *self)
{
  g_autoptr(QuadrantExtras) extras = NULL;
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Owner owner = { .requirement = TRUE };
  Attribute attribute;
  gboolean failed = FALSE, ok = TRUE, has_statement = FALSE;
  const char *id = NULL;
  guint64 seen = 0;
  int value, ret = 0;

  if (xmlTextReaderMoveToAttribute (self->xml, BAD_CAST "id") == 1)
    id = (const char *) xmlTextReaderConstValue (self->xml);
  if (id == NULL || id[0] == '\0')
    note_missing (&problem, "id", g_strdup (_("a unique id")));
  else if ((owner.id = register_id (self, id, ID_REQUIREMENT)) == NULL)
    {
      owner.id = g_string_chunk_insert (self->id_chunk, id);
      note_bad (&problem, "id", BAD_CAST id, g_strdup (_("an id that no other party or requirement has")));
    }
  xmlTextReaderMoveToElement (self->xml);
  emit (self, OP_REQUIREMENT, 0, owner.id);

  for (gboolean more = next_attribute (self, TRUE, &attribute, &failed); more;
       more = next_attribute (self, FALSE, &attribute, &failed))
    {
      const xmlChar *a = attribute.local;

      if (a == NULL)
        keep_unknown_attribute (self, &extras, attribute.value);
      else if (IS (a, N_ID))
        continue;
      else if (IS (a, N_TYPE))
        {
          seen |= BIT (N_TYPE);
          if (parse_enum (self, &problem, QUADRANT_TYPE_REQUIREMENT_TYPE, "type", attribute.value, &value))
            emit_number (self, OP_REQUIREMENT_ENUM, REQUIREMENT_TYPE, value);
        }
      else if (IS (a, N_PRIORITY))
        {
          seen |= BIT (N_PRIORITY);
          if (parse_enum (self, &problem, QUADRANT_TYPE_PRIORITY, "priority", attribute.value, &value))
            emit_number (self, OP_REQUIREMENT_ENUM, REQUIREMENT_PRIORITY, value);
        }
      else if (IS (a, N_DECISION))
        {
          seen |= BIT (N_DECISION);
          if (parse_enum (self, &problem, QUADRANT_TYPE_DECISION, "decision", attribute.value, &value))
            emit_number (self, OP_REQUIREMENT_ENUM, REQUIREMENT_DECISION, value);
        }
      else if (IS (a, N_REVIEW_DATE))
        {
          if (parse_date (&problem, "review-date", attribute.value))
            emit (self, OP_REQUIREMENT_TEXT, REQUIREMENT_TEXT_REVIEW_DATE, (const char *) attribute.value);
        }
      else
        keep_unknown_attribute (self, &extras, attribute.value);
    }
  if (failed)
    return FALSE;

  if (!(seen & BIT (N_TYPE)))
    note_missing (&problem, "type", enum_missing (self, QUADRANT_TYPE_REQUIREMENT_TYPE));
  if (!(seen & BIT (N_PRIORITY)))
    note_missing (&problem, "priority", enum_missing (self, QUADRANT_TYPE_PRIORITY));
  if (!(seen & BIT (N_DECISION)))
    note_missing (&problem, "decision", enum_missing (self, QUADRANT_TYPE_DECISION));
  if (problem.kind != PROBLEM_NONE)
    {
      g_autofree char *label = describe_requirement (owner.id);

      fail_problem (self, offset, label, &problem);
      problem_clear (&problem);
      return FALSE;
    }

  if (!xmlTextReaderIsEmptyElement (self->xml))
    {
      while (ok && (ret = next_child (self)) == 1)
        {
          const xmlChar *local = known_local_name (self);
          const TextElement *element = NULL;

          for (guint i = 0; local != NULL && i < G_N_ELEMENTS (requirement_texts); i++)
            if (IS (local, requirement_texts[i].name))
              element = &requirement_texts[i];

          if (element != NULL)
            {
              const char *text = NULL;

              ok = read_text_element (self, &seen, element->name, &owner, &text);
              if (ok && text != NULL)
                {
                  emit (self, OP_REQUIREMENT_TEXT, element->setter, text);
                  if (element->setter == REQUIREMENT_TEXT_STATEMENT)
                    has_statement = !is_blank (text);
                }
            }
          else if (local != NULL && IS (local, N_REFERENCE))
            ok = parse_reference (self, owner.id);
          else
            ok = keep_unknown_element (self, &extras);
        }
      if (!ok || ret < 0)
        return FALSE;
    }

  if (!has_statement)
    {
      g_autofree char *label = describe_requirement (owner.id);

      note_missing (&problem, "statement", g_strdup (_("a non-empty <statement> element")));
      fail_problem (self, offset, label, &problem);
      problem_clear (&problem);
      return FALSE;
    }

  emit_pointer (self, OP_REQUIREMENT_EXTRAS, g_steal_pointer (&extras));
  emit (self, OP_REQUIREMENT_END, 0, NULL);
  return TRUE;
}

static gboolean
parse_requirements (Reader          *self,
                    QuadrantExtras **extras)
{
  gboolean ok = TRUE;
  int ret = 0;

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while (ok && (ret = next_child (self)) == 1)
    {
      const xmlChar *local = known_local_name (self);

      if (local != NULL && IS (local, N_REQUIREMENT))
        ok = parse_requirement (self);
      else
        ok = keep_unknown_element (self, extras);
    }
  return ok && ret == 0;
}

typedef struct {
  Owner            owner;
  char            *name;    /* a copy, for messages */
  QuadrantExtras  *extras;
  guint64          seen;
} PartyState;

static gboolean
parse_party_texts (Reader            *self,
                   PartyState        *state,
                   const xmlChar     *local,
                   const TextElement *texts,
                   guint              n_texts,
                   gboolean          *handled)
{
  for (guint i = 0; local != NULL && i < n_texts; i++)
    if (IS (local, texts[i].name))
      {
        const char *text = NULL;

        *handled = TRUE;
        if (!read_text_element (self, &state->seen, texts[i].name, &state->owner, &text))
          return FALSE;
        if (text != NULL)
          {
            emit (self, OP_PARTY_TEXT, texts[i].setter, text);
            if (texts[i].setter == PARTY_TEXT_NAME)
              {
                replace_string (&state->name, text);
                state->owner.name = state->name;
              }
          }
        return TRUE;
      }
  *handled = FALSE;
  return TRUE;
}

static gboolean
parse_engagement (Reader     *self,
                  PartyState *state)
{
  gboolean ok = TRUE, handled;
  int ret = 0;

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while (ok && (ret = next_child (self)) == 1)
    {
      ok = parse_party_texts (self, state, known_local_name (self), engagement_texts,
                              G_N_ELEMENTS (engagement_texts), &handled);
      if (ok && !handled)
        ok = keep_unknown_element (self, &state->extras);
    }
  return ok && ret == 0;
}

static gboolean
parse_party_children (Reader     *self,
                      PartyState *state)
{
  gboolean ok = TRUE, handled;
  int ret = 0;

  while (ok && (ret = next_child (self)) == 1)
    {
      const xmlChar *local = known_local_name (self);

      ok = parse_party_texts (self, state, local, party_texts, G_N_ELEMENTS (party_texts), &handled);
      if (!ok || handled)
        continue;

      if (local != NULL && IS (local, N_ENGAGEMENT))
        ok = first_of (self, &state->seen, N_ENGAGEMENT, &state->owner) && parse_engagement (self, state);
      else if (local != NULL && IS (local, N_REQUIREMENTS))
        ok = first_of (self, &state->seen, N_REQUIREMENTS, &state->owner) &&
             parse_requirements (self, &state->extras);
      else
        ok = keep_unknown_element (self, &state->extras);
    }
  return ok && ret == 0;
}

static gboolean
parse_party_attributes (Reader     *self,
                        PartyState *state,
                        Problem    *problem)
{
  Attribute attribute;
  gboolean failed = FALSE;
  int power = QUADRANT_NOT_ASSESSED, interest = QUADRANT_NOT_ASSESSED, value;
  guint64 seen = 0;

  for (gboolean more = next_attribute (self, TRUE, &attribute, &failed); more;
       more = next_attribute (self, FALSE, &attribute, &failed))
    {
      const xmlChar *a = attribute.local;
      static const struct { Name name; GType (*type) (void); PartyEnum field; } enums[] = {
        { N_CATEGORY, quadrant_category_get_type, PARTY_CATEGORY },
        { N_KIND, quadrant_kind_get_type, PARTY_KIND },
        { N_SUPPORT, quadrant_support_get_type, PARTY_SUPPORT },
        { N_DESIRED_SUPPORT, quadrant_support_get_type, PARTY_DESIRED_SUPPORT },
        { N_IDENTIFIED_BY, quadrant_identification_get_type, PARTY_IDENTIFIED_BY },
      };
      gboolean handled = FALSE;

      if (a == NULL)
        {
          keep_unknown_attribute (self, &state->extras, attribute.value);
          continue;
        }

      for (guint i = 0; i < G_N_ELEMENTS (enums) && !handled; i++)
        if (IS (a, enums[i].name))
          {
            handled = TRUE;
            seen |= BIT (enums[i].name);
            if (parse_enum (self, problem, enums[i].type (), name_strings[enums[i].name], attribute.value, &value))
              emit_number (self, OP_PARTY_ENUM, enums[i].field, value);
          }
      if (handled || IS (a, N_ID))
        continue;

      if (IS (a, N_POWER))
        {
          seen |= BIT (N_POWER);
          parse_percentage (problem, "power", attribute.value, &power);
        }
      else if (IS (a, N_INTEREST))
        {
          seen |= BIT (N_INTEREST);
          parse_percentage (problem, "interest", attribute.value, &interest);
        }
      else if (IS (a, N_IDENTIFIED_ON) || IS (a, N_LAST_REVIEWED))
        {
          Name n = IS (a, N_IDENTIFIED_ON) ? N_IDENTIFIED_ON : N_LAST_REVIEWED;

          if (parse_date (problem, name_strings[n], attribute.value))
            emit (self, OP_PARTY_TEXT, n == N_IDENTIFIED_ON ? PARTY_TEXT_IDENTIFIED_ON : PARTY_TEXT_LAST_REVIEWED,
                  (const char *) attribute.value);
        }
      else
        keep_unknown_attribute (self, &state->extras, attribute.value);
    }
  if (failed)
    return FALSE;

  if (!(seen & BIT (N_CATEGORY)))
    note_missing (problem, "category", enum_missing (self, QUADRANT_TYPE_CATEGORY));
  if (!(seen & BIT (N_KIND)))
    note_missing (problem, "kind", enum_missing (self, QUADRANT_TYPE_KIND));
  if (!(seen & BIT (N_SUPPORT)))
    note_missing (problem, "support", enum_missing (self, QUADRANT_TYPE_SUPPORT));
  if (!(seen & BIT (N_DESIRED_SUPPORT)))
    note_missing (problem, "desired-support", enum_missing (self, QUADRANT_TYPE_SUPPORT));
  if (problem->kind == PROBLEM_NONE && !(seen & BIT (N_POWER)) != !(seen & BIT (N_INTEREST)))
    problem->kind = PROBLEM_HALF_PLACED;
  if (problem->kind == PROBLEM_NONE && power != QUADRANT_NOT_ASSESSED)
    {
      Op *op = emit (self, OP_PARTY_PLACE, 0, NULL);

      op->number = power;
      op->number2 = interest;
    }
  return TRUE;
}

static gboolean
parse_party (Reader *self)
{
  PartyState state = { { 0 } };
  gsize offset = self->node_start;
  Problem problem = { 0 };
  gboolean ok = TRUE;
  const char *id = NULL;

  if (xmlTextReaderMoveToAttribute (self->xml, BAD_CAST "id") == 1)
    id = (const char *) xmlTextReaderConstValue (self->xml);
  if (id == NULL || id[0] == '\0')
    {
      note_missing (&problem, "id", g_strdup (_("a unique id")));
      state.owner.id = "";
    }
  else if ((state.owner.id = register_id (self, id, ID_PARTY)) == NULL)
    {
      state.owner.id = g_string_chunk_insert (self->id_chunk, id);
      note_bad (&problem, "id", BAD_CAST id, g_strdup (_("an id that no other party or requirement has")));
    }
  xmlTextReaderMoveToElement (self->xml);
  emit (self, OP_PARTY, 0, state.owner.id[0] != '\0' ? state.owner.id : NULL);

  /* problems are reported once the party's name is known */
  ok = parse_party_attributes (self, &state, &problem);
  if (ok && !xmlTextReaderIsEmptyElement (self->xml))
    ok = parse_party_children (self, &state);

  if (problem.kind == PROBLEM_NONE && ok && (state.name == NULL || is_blank (state.name)))
    note_missing (&problem, "name", g_strdup (_("a non-empty <name> element")));

  if (problem.kind != PROBLEM_NONE && !(self->error != NULL &&
                                        g_error_matches (self->error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE)))
    {
      g_autofree char *label = describe_party (state.owner.id, state.name);

      /* the attributes come first in the file, so their problem does too */
      g_clear_error (&self->error);
      fail_problem (self, offset, label, &problem);
      ok = FALSE;
    }
  problem_clear (&problem);

  if (ok)
    {
      emit_pointer (self, OP_PARTY_EXTRAS, g_steal_pointer (&state.extras));
      emit (self, OP_PARTY_END, 0, NULL);
    }
  g_clear_pointer (&state.extras, quadrant_extras_free);
  g_free (state.name);
  return ok;
}

static gboolean
parse_parties (Reader *self)
{
  gboolean ok = TRUE;
  int ret = 0;

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while (ok && (ret = next_child (self)) == 1)
    {
      const xmlChar *local = known_local_name (self);

      if (local != NULL && IS (local, N_PARTY))
        ok = parse_party (self);
      else
        ok = keep_unknown_element (self, &self->register_extras);
    }
  return ok && ret == 0;
}

/* ---- the register ---- */

static gboolean
parse_metadata (Reader *self)
{
  Owner owner = { .label = _("the metadata") };
  guint64 seen = 0;
  gboolean ok = TRUE;
  int ret = 0;

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while (ok && (ret = next_child (self)) == 1)
    {
      const xmlChar *local = known_local_name (self);
      gboolean handled = FALSE;

      for (guint i = 0; local != NULL && i < G_N_ELEMENTS (metadata_texts) && !handled; i++)
        if (IS (local, metadata_texts[i]))
          {
            const char *text = NULL;
            Name name = metadata_texts[i];
            gsize offset = self->node_start;
            Problem problem = { 0 };

            handled = TRUE;
            ok = read_text_element (self, &seen, name, &owner, &text);
            if (ok && text != NULL && (name == N_APPROVAL_DATE || name == N_NEXT_REVIEW) &&
                !parse_date (&problem, name_strings[name], BAD_CAST text))
              {
                ok = fail_problem (self, offset, owner.label, &problem);
                problem_clear (&problem);
              }
            if (ok && text != NULL)
              emit (self, OP_METADATA, name, text);
          }
      /* the register's extras are written after its known children */
      if (!handled)
        ok = keep_unknown_element (self, &self->register_extras);
    }
  return ok && ret == 0;
}

static gboolean
check_format (Reader     *self,
              gsize       offset,
              const char *format)
{
  const char *p = format;
  guint64 major = 0;

  if (format == NULL)
    return fail_at (self, offset, QUADRANT_READER_ERROR_INVALID,
                    _("the register has no format version; expected format=\"%s\""),
                    QUADRANT_FORMAT_VERSION);

  while (g_ascii_isdigit (*p) && major < 1000000)
    major = major * 10 + (guint64) (*p++ - '0');
  if (p == format || *p++ != '.' || !g_ascii_isdigit (*p))
    goto invalid;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p != '\0' || major < 1)
    goto invalid;

  if (major > QUADRANT_FORMAT_MAJOR)
    return fail_at (self, offset, QUADRANT_READER_ERROR_UNSUPPORTED_VERSION,
                    _("the register is in format %s, from a newer version of Quadrant; "
                      "this version reads format %d.x"), format, QUADRANT_FORMAT_MAJOR);
  return TRUE;

invalid:
  return fail_at (self, offset, QUADRANT_READER_ERROR_INVALID,
                  _("the register has format “%s”; expected a version such as %s"),
                  format, QUADRANT_FORMAT_VERSION);
}

static gboolean
parse_register (Reader *self)
{
  Owner owner = { .label = _("the register") };
  g_autofree char *format = NULL;
  gsize offset = self->node_start;
  Attribute attribute;
  gboolean failed = FALSE, ok = TRUE;
  guint64 seen = 0;
  int ret = 0;

  if (xmlTextReaderConstNamespaceUri (self->xml) != self->ns || !IS (xmlTextReaderConstLocalName (self->xml), N_REGISTER))
    {
      const xmlChar *uri = xmlTextReaderConstNamespaceUri (self->xml);

      if (IS (xmlTextReaderConstLocalName (self->xml), N_REGISTER))
        return fail_at (self, offset, QUADRANT_READER_ERROR_NOT_A_REGISTER,
                        _("this is not a Quadrant register: <register> is in the namespace “%s”; expected “%s”"),
                        uri != NULL ? (const char *) uri : "", QUADRANT_NAMESPACE);
      return fail_at (self, offset, QUADRANT_READER_ERROR_NOT_A_REGISTER,
                      _("this is not a Quadrant register: it starts with <%s>; expected <register xmlns=\"%s\">"),
                      current_name (self), QUADRANT_NAMESPACE);
    }

  for (gboolean more = next_attribute (self, TRUE, &attribute, &failed); more;
       more = next_attribute (self, FALSE, &attribute, &failed))
    {
      if (attribute.local != NULL && IS (attribute.local, N_FORMAT))
        replace_string (&format, (const char *) attribute.value);
      else
        keep_unknown_attribute (self, &self->register_extras, attribute.value);
    }
  if (failed || !check_format (self, offset, format))
    return FALSE;

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while (ok && (ret = next_child (self)) == 1)
    {
      const xmlChar *local = known_local_name (self);

      if (local != NULL && IS (local, N_METADATA))
        ok = first_of (self, &seen, N_METADATA, &owner) && parse_metadata (self);
      else if (local != NULL && IS (local, N_REVISIONS))
        ok = first_of (self, &seen, N_REVISIONS, &owner) && parse_revisions (self);
      else if (local != NULL && IS (local, N_PARTIES))
        ok = first_of (self, &seen, N_PARTIES, &owner) && parse_parties (self);
      else
        ok = keep_unknown_element (self, &self->register_extras);
    }
  return ok && ret == 0;
}

/* Revisions come before parties in the file, so their positions are checked last. */
static gboolean
check_positions (Reader *self)
{
  guint k = 0;

  for (guint i = 0; i < self->revisions->len; i++)
    {
      QuadrantRevision *revision = g_ptr_array_index (self->revisions, i);
      GArray *positions = quadrant_revision_get_positions (revision);

      for (guint j = 0; j < positions->len; j++, k++)
        {
          QuadrantPosition *position = &g_array_index (positions, QuadrantPosition, j);

          g_assert (k < self->position_offsets->len);
          if (g_hash_table_lookup (self->ids, position->party_id) != ID_PARTY)
            return fail_at (self, g_array_index (self->position_offsets, gsize, k),
                            QUADRANT_READER_ERROR_INVALID,
                            _("revision “%s” has a position of party “%s”, which is not in the register; "
                              "expected the id of a party in this file"),
                            quadrant_revision_get_version (revision), position->party_id);
        }
    }
  return TRUE;
}

static gboolean
read_document (Reader *self)
{
  int ret;

  do
    if (!advance (self))
      return FALSE;
  while (self->type != XML_READER_TYPE_ELEMENT);

  if (!parse_register (self))
    return FALSE;

  /* only comments and processing instructions may follow */
  while ((ret = xmlTextReaderRead (self->xml)) == 1)
    ;
  if (self->xml_failed)
    return fail_from_libxml (self);
  if (ret < 0)
    return fail_at (self, self->pos, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));

  if (!check_positions (self))
    return FALSE;

  emit_pointer (self, OP_REGISTER_EXTRAS, g_steal_pointer (&self->register_extras));
  return TRUE;
}

/* Everything that touches libxml2, in one thread. */
static gboolean
parse (Reader *self)
{
  gboolean ok;

  g_private_set (&reading_register, GINT_TO_POINTER (TRUE));

  /* NONET and no NOENT/DTDLOAD/XINCLUDE/HUGE: libxml2's own limits stay on.
   * IGNORE_ENC: whatever it declares, the file is read as UTF-8, the only
   * encoding a register may use (without an encoder, which would copy it);
   * NOBLANKS drops whitespace between elements (not in text-only ones). */
  self->xml = xmlReaderForMemory (self->data, (int) self->length, NULL, NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                  XML_PARSE_IGNORE_ENC | XML_PARSE_NOBLANKS);
  if (self->xml == NULL)
    ok = fail_at (self, 0, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));
  else
    {
      xmlTextReaderSetStructuredErrorHandler (self->xml, structured_error_cb, self);
      self->ns = xmlTextReaderConstString (self->xml, BAD_CAST QUADRANT_NAMESPACE);
      for (guint n = 0; n < N_NAMES; n++)
        self->names[n] = xmlTextReaderConstString (self->xml, BAD_CAST name_strings[n]);
      ok = read_document (self);
    }

  g_clear_pointer (&self->xml, xmlFreeTextReader);
  g_private_set (&reading_register, NULL);
  return ok;
}

static gpointer
parse_thread (gpointer data)
{
  Reader *self = data;

  self->ok = parse (self);
  flush (self, TRUE);
  return NULL;
}

static QuadrantRegister *
read_register (const char  *data,
               gsize        length,
               const char  *display_name,
               GError     **error)
{
  Reader self = { 0 };
  Builder builder = { 0 };
  Batch *batches[N_BATCHES] = { NULL };
  guint n_batches;
  gsize i;

  self.data = data;
  self.length = length;
  self.display_name = display_name;

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      fail_at (&self, 0, QUADRANT_READER_ERROR_MALFORMED, _("the file is empty; expected a Quadrant register"));
      goto out;
    }
  if (!check_prolog (&self))
    goto out;

  ensure_libxml ();
  self.enums[0] = g_type_class_ref (QUADRANT_TYPE_CATEGORY);
  self.enums[1] = g_type_class_ref (QUADRANT_TYPE_KIND);
  self.enums[2] = g_type_class_ref (QUADRANT_TYPE_SUPPORT);
  self.enums[3] = g_type_class_ref (QUADRANT_TYPE_IDENTIFICATION);
  self.enums[4] = g_type_class_ref (QUADRANT_TYPE_REQUIREMENT_TYPE);
  self.enums[5] = g_type_class_ref (QUADRANT_TYPE_PRIORITY);
  self.enums[6] = g_type_class_ref (QUADRANT_TYPE_DECISION);
  self.enums[7] = g_type_class_ref (QUADRANT_TYPE_REFERENCE_KIND);
  for (i = 0; i < G_N_ELEMENTS (self.enums); i++)
    {
      self.nick_lengths[i] = g_new (guint8, self.enums[i]->n_values);
      for (guint v = 0; v < self.enums[i]->n_values; v++)
        self.nick_lengths[i][v] = MIN (strlen (self.enums[i]->values[v].value_nick), G_MAXUINT8);
    }

  self.text = g_string_sized_new (256);
  self.ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.id_chunk = g_string_chunk_new (64 * 1024);
  self.revisions = g_ptr_array_new_with_free_func (g_object_unref);
  self.position_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  builder.reg = quadrant_register_new ();
  self.builder = &builder;
  self.threaded = length >= THREAD_MIN_LENGTH && g_get_num_processors () > 1;
  n_batches = self.threaded ? N_BATCHES : 1;
  for (guint b = 0; b < n_batches; b++)
    {
      batches[b] = g_new0 (Batch, 1);
      batches[b]->text = g_byte_array_new ();
    }
  self.batch = batches[0];

  if (self.threaded)
    {
      GThread *thread;
      gboolean last = FALSE;

      self.full = g_async_queue_new ();
      self.empty = g_async_queue_new ();
      for (guint b = 1; b < n_batches; b++)
        g_async_queue_push (self.empty, batches[b]);

      thread = g_thread_new ("quadrant-reader", parse_thread, &self);
      while (!last)
        {
          Batch *batch = g_async_queue_pop (self.full);

          last = batch->last;
          apply_batch (&builder, batch);
          g_async_queue_push (self.empty, batch);
        }
      g_thread_join (thread);
      g_clear_pointer (&self.full, g_async_queue_unref);
      g_clear_pointer (&self.empty, g_async_queue_unref);
    }
  else
    {
      self.ok = parse (&self);
      flush (&self, TRUE);
    }

out:
  if (self.text != NULL)
    g_string_free (self.text, TRUE);
  g_clear_pointer (&self.ids, g_hash_table_unref);
  g_clear_pointer (&self.id_chunk, g_string_chunk_free);
  g_clear_pointer (&self.revisions, g_ptr_array_unref);
  g_clear_pointer (&self.position_offsets, g_array_unref);
  g_clear_pointer (&self.register_extras, quadrant_extras_free);
  for (i = 0; i < G_N_ELEMENTS (self.enums); i++)
    {
      g_clear_pointer (&self.nick_lengths[i], g_free);
      g_clear_pointer (&self.enums[i], g_type_class_unref);
    }
  g_free (self.xml_message);
  for (i = 0; i < G_N_ELEMENTS (batches); i++)
    if (batches[i] != NULL)
      {
        g_byte_array_unref (batches[i]->text);
        g_free (batches[i]);
      }
  g_clear_object (&builder.party);
  g_clear_object (&builder.requirement);
  g_clear_pointer (&builder.references, g_ptr_array_unref);

  if (!self.ok)
    {
      g_clear_object (&builder.reg);
      g_propagate_error (error, self.error);
      return NULL;
    }
  g_assert (self.error == NULL);
  return builder.reg;
}

/* ---- public API ---- */

QuadrantRegister *
quadrant_reader_load_data (const char  *data,
                           gsize        length,
                           const char  *display_name,
                           GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = _("register");
  if (data == NULL)
    data = "";

  if (length > QUADRANT_READER_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (QUADRANT_READER_MAX_FILE_SIZE);

      g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE,
                   _("%s is %s; a register can be at most %s"), display_name, size, limit);
      return NULL;
    }

  return read_register (data, length, display_name, error);
}

/* Reads all of stream, refusing more than the file size limit even when the
 * file grows after its size was checked. */
static char *
read_contents (GInputStream  *stream,
               goffset        size_hint,
               const char    *display_name,
               gsize         *length,
               GError       **error)
{
  gsize capacity = CLAMP ((gsize) MAX (size_hint, 0) + 1, 4096, (gsize) QUADRANT_READER_MAX_FILE_SIZE + 1);
  g_autofree char *buffer = g_malloc (capacity);
  gsize filled = 0;

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n;

      if (filled == capacity)
        {
          if (capacity > QUADRANT_READER_MAX_FILE_SIZE)
            {
              g_autofree char *limit = g_format_size (QUADRANT_READER_MAX_FILE_SIZE);

              g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE,
                           _("%s is larger than %s, the most a register can be"), display_name, limit);
              return NULL;
            }
          capacity = MIN (capacity * 2, (gsize) QUADRANT_READER_MAX_FILE_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n = g_input_stream_read (stream, buffer + filled, capacity - filled, NULL, &local_error);
      if (n < 0)
        {
          g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_IO,
                       _("Could not read %s: %s"), display_name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      filled += (gsize) n;
    }

  *length = filled;
  return g_steal_pointer (&buffer);
}

QuadrantRegister *
quadrant_reader_load_file (GFile   *file,
                           char   **etag,
                           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInfo) stream_info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);

      name = g_path_get_basename (parse_name);
      g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_IO,
                   _("Could not open %s: %s"), name, local_error->message);
      return NULL;
    }
  name = g_strdup (g_file_info_get_display_name (info));

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_IO,
                   _("Could not open %s: it is a folder, not a register file"), name);
      return NULL;
    }

  /* refuse an oversized file before reading any of it */
  if (g_file_info_get_size (info) > QUADRANT_READER_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (QUADRANT_READER_MAX_FILE_SIZE);

      g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE,
                   _("%s is %s; a register can be at most %s"), name, size, limit);
      return NULL;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_IO,
                   _("Could not open %s: %s"), name, local_error->message);
      return NULL;
    }

  /* the etag of the very file that is read, for the changed-on-disk check */
  stream_info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_ETAG_VALUE, NULL, NULL);

  contents = read_contents (G_INPUT_STREAM (stream), g_file_info_get_size (info), name, &length, error);
  if (contents == NULL)
    return NULL;

  reg = quadrant_reader_load_data (contents, length, name, error);
  if (reg == NULL)
    return NULL;

  if (etag != NULL)
    *etag = stream_info != NULL ? g_strdup (g_file_info_get_etag (stream_info)) : NULL;
  return g_steal_pointer (&reg);
}
