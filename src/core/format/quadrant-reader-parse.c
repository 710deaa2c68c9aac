/* quadrant-reader-parse.c: the streaming parse
 *
 * Moving from node to node with libxml2's xmlTextReader, text, attributes,
 * values and the checks that every element needs. The raw cursor that
 * follows the reader through the bytes is in quadrant-reader-raw.c.
 */
#define G_LOG_DOMAIN "quadrant-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-reader-private.h"

/* ---- moving through the document ---- */

/* Between elements only XML's own white space is layout; anything else,
 * a no-break space too, would be text that the register cannot keep. */
static gboolean
is_xml_space (const char *text)
{
  for (; *text != '\0'; text++)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
      return FALSE;
  return TRUE;
}

/* Moves to the next node; FALSE (with an error) on failure or a premature end. */
gboolean
_quadrant_reader_advance (Reader *self)
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
    return _quadrant_reader_fail_from_libxml (self);
  if (ret < 0)
    return _quadrant_reader_fail_at (self, self->pos, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));
  if (ret == 0)
    return _quadrant_reader_fail_at (self, self->length, QUADRANT_READER_ERROR_MALFORMED,
                                     _("the file ends before the register is complete; it may be truncated"));

  /* xmlTextReaderNodeType() looks up xml:space on every ancestor of a
   * whitespace node; callers tell text from whitespace themselves. */
  node = self->node = xmlTextReaderCurrentNode (self->xml);
  if (node != NULL && node->type == XML_TEXT_NODE)
    self->type = XML_READER_TYPE_TEXT;
  else
    self->type = xmlTextReaderNodeType (self->xml);

  _quadrant_reader_track_node (self);

  switch (self->type)
    {
    case XML_READER_TYPE_ELEMENT:
      if (xmlTextReaderDepth (self->xml) > QUADRANT_READER_MAX_DEPTH)
        return _quadrant_reader_fail_at (self, self->node_start, QUADRANT_READER_ERROR_TOO_LARGE,
                                         _("elements are nested more than %d deep"), QUADRANT_READER_MAX_DEPTH);
      break;
    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      return _quadrant_reader_fail_at (self, self->pos, QUADRANT_READER_ERROR_FORBIDDEN,
                                       _("a register must not have a DOCTYPE or entities"));
    default:
      break;
    }
  return TRUE;
}

const xmlChar *
_quadrant_reader_current_name (Reader *self)
{
  return xmlTextReaderConstName (self->xml);
}

/* The local name when the current element is in the register namespace. */
const xmlChar *
_quadrant_reader_known_local_name (Reader *self)
{
  /* xmlTextReaderConstNamespaceUri() would hash the URI on every call; most
   * elements use the declaration on <register>, which needs no compare */
  xmlNodePtr node = self->node;

  if (node == NULL || node->type != XML_ELEMENT_NODE || node->ns == NULL)
    return NULL;
  if (node->ns != self->root_ns &&
      (node->ns->href == NULL || strcmp ((const char *) node->ns->href, QUADRANT_NAMESPACE) != 0))
    return NULL;
  /* what xmlTextReaderConstLocalName() returns for an element */
  return node->name;
}

/* Offset where the text of the current text node starts, near enough. */
static gsize
text_offset (Reader *self)
{
  gsize p = self->pos_in_tag ? _quadrant_reader_skip_past (self, self->pos, ">") : self->pos;

  while (p < self->length && g_ascii_isspace (self->data[p]))
    p++;
  return p;
}

/* 1: on a child element, 0: at the end of the current element, -1: error.
 * Call only for an element that is not empty. */
int
_quadrant_reader_next_child (Reader *self)
{
  for (;;)
    {
      const char *text;

      if (!_quadrant_reader_advance (self))
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
          if (text != NULL && !is_xml_space (text))
            {
              g_autofree char *start = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, 41), 40));

              _quadrant_reader_fail_at (self,
                                        self->type == XML_READER_TYPE_CDATA ? self->node_start : text_offset (self),
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

static gboolean
fail_too_many_extras (Reader *self)
{
  return _quadrant_reader_fail_at (self, self->node_start, QUADRANT_READER_ERROR_TOO_LARGE,
                                   _("the register holds more than %d attributes and elements "
                                     "that this version does not know"), QUADRANT_READER_MAX_EXTRAS);
}

/* Keeps the current (unknown) element in *extras (created when needed) and
 * skips it. It is kept as the bytes of the file, so that it is written back
 * exactly as it was (with line ends as XML reads them); only where those
 * cannot be told is it serialised by libxml2. */
gboolean
_quadrant_reader_keep_unknown_element (Reader          *self,
                                       QuadrantExtras **extras)
{
  gsize start = self->node_start;
  gsize end;
  char *kept;

  if (G_UNLIKELY (++self->n_extras > QUADRANT_READER_MAX_EXTRAS))
    return fail_too_many_extras (self);
  end = _quadrant_reader_raw_element_end (self, start);

  if (end != 0 && end - start > QUADRANT_READER_MAX_TEXT_SIZE)
    {
      g_autofree char *size = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);

      return _quadrant_reader_fail_at (self, start, QUADRANT_READER_ERROR_TOO_LARGE,
                                       _("the unknown element <%s> is larger than %s"),
                                       _quadrant_reader_current_name (self), size);
    }

  if (end != 0)
    {
      kept = g_strndup (self->data + start, end - start);
      if (memchr (kept, '\r', end - start) != NULL)
        {
          char *out = kept;

          /* CR LF and a lone CR are read as LF */
          for (const char *in = kept; *in != '\0'; in++)
            if (*in != '\r')
              *out++ = *in;
            else if (in[1] != '\n')
              *out++ = '\n';
          *out = '\0';
        }
    }
  else
    {
      xmlChar *xml = xmlTextReaderReadOuterXml (self->xml);

      if (self->xml_failed)
        {
          xmlFree (xml);
          return _quadrant_reader_fail_from_libxml (self);
        }
      if (xml == NULL)
        return _quadrant_reader_fail_at (self, start, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));
      kept = g_strdup ((const char *) xml);
      xmlFree (xml);
    }

  if (*extras == NULL)
    *extras = quadrant_extras_new ();
  g_ptr_array_add ((*extras)->elements, kept);

  /* libxml2 still reads all of it, and reports whatever is wrong inside */
  self->pending_ret = xmlTextReaderNext (self->xml);
  self->pending = TRUE;
  self->pos = end != 0 ? end : self->length;
  return TRUE;
}

/* Keeps every attribute of the current element in *extras: for elements that
 * have no attributes of their own. */
gboolean
_quadrant_reader_keep_attributes (Reader          *self,
                                  QuadrantExtras **extras)
{
  Attribute attribute;
  gboolean failed = FALSE;

  if (xmlTextReaderHasAttributes (self->xml) != 1)
    return TRUE;
  for (gboolean more = _quadrant_reader_next_attribute (self, TRUE, &attribute, &failed); more;
       more = _quadrant_reader_next_attribute (self, FALSE, &attribute, &failed))
    _quadrant_reader_keep_unknown_attribute (self, extras, attribute.value);
  return !failed;
}

/* Hands child, the extras of a known element called name, to its owner's. */
void
_quadrant_reader_attach_extras (QuadrantExtras **owner,
                                const char      *name,
                                QuadrantExtras  *child)
{
  if (child == NULL)
    return;
  if (*owner == NULL)
    *owner = quadrant_extras_new ();
  quadrant_extras_merge (quadrant_extras_ensure_child (*owner, name), child);
}

/* Reads the content of a text-only element; *out is NULL when it is empty,
 * else borrowed until the next call. Elements inside it are unknown, and kept
 * in *extras (created when needed); the text is what is outside them. */
gboolean
_quadrant_reader_read_text (Reader          *self,
                            const char     **out,
                            QuadrantExtras **extras)
{
  gboolean empty = TRUE;
  gsize start = self->node_start;

  *out = NULL;
  g_string_truncate (self->text, 0);
  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;

  for (;;)
    {
      const char *value;
      gsize value_length, at;

      if (!_quadrant_reader_advance (self))
        return FALSE;

      switch (self->type)
        {
        case XML_READER_TYPE_END_ELEMENT:
          *out = empty ? NULL : self->text->str;
          return TRUE;
        case XML_READER_TYPE_ELEMENT:
          if (!_quadrant_reader_keep_unknown_element (self, extras))
            return FALSE;
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          /* what xmlTextReaderConstValue() returns for a text node */
          if (self->node != NULL &&
              (self->node->type == XML_TEXT_NODE || self->node->type == XML_CDATA_SECTION_NODE))
            value = (const char *) self->node->content;
          else
            value = (const char *) xmlTextReaderConstValue (self->xml);
          if (value == NULL)
            break;
          value_length = strlen (value);
          if (self->text->len + value_length > QUADRANT_READER_MAX_TEXT_SIZE)
            {
              g_autofree char *size = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);

              return _quadrant_reader_fail_at (self, start, QUADRANT_READER_ERROR_TOO_LARGE,
                                               _("the text of this element is longer than %s"), size);
            }
          /* g_string_append_len() takes the general path of an insertion */
          at = self->text->len;
          g_string_set_size (self->text, at + value_length);
          memcpy (self->text->str + at, value, value_length);
          empty = FALSE;
          break;
        default:
          break;
        }
    }
}

/* ---- values ---- */

void
_quadrant_reader_replace_string (char       **field,
                                 const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

void
_quadrant_reader_problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->value, g_free);
  g_clear_pointer (&problem->values, g_free);
  problem->kind = PROBLEM_NONE;
}

void
_quadrant_reader_note_missing (Problem    *problem,
                               const char *what,
                               Expect      expect,
                               char       *values)
{
  if (problem->kind != PROBLEM_NONE)
    {
      g_free (values);
      return;
    }
  problem->kind = PROBLEM_MISSING;
  problem->expect = expect;
  problem->element = expect == EXPECT_TEXT;
  problem->what = what;
  problem->values = values;
}

void
_quadrant_reader_note_bad (Problem       *problem,
                           const char    *what,
                           const xmlChar *value,
                           Expect         expect,
                           char          *values)
{
  if (problem->kind != PROBLEM_NONE)
    {
      g_free (values);
      return;
    }
  problem->kind = PROBLEM_BAD_VALUE;
  problem->expect = expect;
  problem->element = FALSE;
  problem->what = what;
  problem->value = g_strdup ((const char *) value);
  problem->values = values;
}

/* One whole sentence for each problem and what was expected; only the label,
 * names and values are put in, never words. */
static char *
describe_missing (const char    *label,
                  const Problem *problem)
{
  const char *what = problem->what;

  switch (problem->expect)
    {
    case EXPECT_ONE_OF:
      /* Translators: "party “Customers”: the attribute support is missing; expected one of
       * unaware, resistant, …"; the first %s names the object, the second is an attribute
       * name and the last a list of values, all as written in the file */
      return g_strdup_printf (_("%s: the attribute %s is missing; expected one of %s"),
                              label, what, problem->values);
    case EXPECT_DATE:
      return g_strdup_printf (_("%s: the attribute %s is missing; expected a date written as YYYY-MM-DD"),
                              label, what);
    case EXPECT_VERSION:
      return g_strdup_printf (_("%s: the attribute %s is missing; expected a version such as 1.0"),
                              label, what);
    case EXPECT_UNIQUE_ID:
      return g_strdup_printf (_("%s: the attribute %s is missing; expected a unique id"), label, what);
    case EXPECT_PARTY_ID:
      return g_strdup_printf (_("%s: the attribute %s is missing; expected the id of a party"), label, what);
    case EXPECT_TEXT:
      /* Translators: "party “p1”: the element <name> is missing or empty; it must hold text" */
      return g_strdup_printf (_("%s: the element <%s> is missing or empty; it must hold text"),
                              label, what);
    case EXPECT_PERCENTAGE:
    case EXPECT_UNUSED_ID:
    default:
      g_assert_not_reached ();
    }
}

static char *
describe_bad_value (const char    *label,
                    const Problem *problem)
{
  const char *what = problem->what;
  const char *value = problem->value;

  switch (problem->expect)
    {
    case EXPECT_ONE_OF:
      /* Translators: "party “Regulator”: the attribute category is “outside”; expected one of
       * internal, external"; attribute names and values are as written in the file */
      return g_strdup_printf (_("%s: the attribute %s is “%s”; expected one of %s"),
                              label, what, value, problem->values);
    case EXPECT_PERCENTAGE:
      return g_strdup_printf (_("%s: the attribute %s is “%s”; expected a whole number from 0 to 100"),
                              label, what, value);
    case EXPECT_DATE:
      if (problem->element)
        return g_strdup_printf (_("%s: the element <%s> holds “%s”; expected a date written as YYYY-MM-DD"),
                                label, what, value);
      return g_strdup_printf (_("%s: the attribute %s is “%s”; expected a date written as YYYY-MM-DD"),
                              label, what, value);
    case EXPECT_UNUSED_ID:
      /* Translators: "party “Twin”: the id “p1” is already used; expected an id that …" */
      return g_strdup_printf (_("%s: the id “%s” is already used; "
                                "expected an id that no other party or requirement has"),
                              label, value);
    case EXPECT_VERSION:
    case EXPECT_UNIQUE_ID:
    case EXPECT_PARTY_ID:
    case EXPECT_TEXT:
    default:
      g_assert_not_reached ();
    }
}

/* Reports problem of the object called label, whose start tag is at offset. */
gboolean
_quadrant_reader_fail_problem (Reader     *self,
                               gsize       offset,
                               const char *label,
                               Problem    *problem)
{
  g_autofree char *message = NULL;

  switch (problem->kind)
    {
    case PROBLEM_MISSING:
      message = describe_missing (label, problem);
      break;
    case PROBLEM_BAD_VALUE:
      message = describe_bad_value (label, problem);
      break;
    case PROBLEM_HALF_PLACED:
      message = g_strdup_printf (_("%s: only one of power and interest is given; expected both or neither"),
                                 label);
      break;
    case PROBLEM_NONE:
    default:
      return TRUE;
    }
  return _quadrant_reader_fail_at (self, offset, QUADRANT_READER_ERROR_INVALID, "%s", message);
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
enum_values (GEnumClass *klass)
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
  return g_string_free (g_steal_pointer (&words), FALSE);
}

gboolean
_quadrant_reader_parse_enum (Reader        *self,
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
      _quadrant_reader_note_bad (problem, what, value, EXPECT_ONE_OF, enum_values (self->enums[i]));
      return FALSE;
    }
  *out = found;
  return TRUE;
}

char *
_quadrant_reader_enum_values (Reader *self,
                              GType   type)
{
  return enum_values (enum_class (self, type));
}

gboolean
_quadrant_reader_parse_percentage (Problem       *problem,
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
      _quadrant_reader_note_bad (problem, what, value, EXPECT_PERCENTAGE, NULL);
      return FALSE;
    }
  *out = number;
  return TRUE;
}

gboolean
_quadrant_reader_parse_date (Problem       *problem,
                             const char    *what,
                             const xmlChar *value)
{
  if (value[0] == '\0' || quadrant_date_is_valid ((const char *) value))
    return TRUE;
  _quadrant_reader_note_bad (problem, what, value, EXPECT_DATE, NULL);
  return FALSE;
}

/* ---- attributes ---- */

/* Moves to the next attribute of the current element; unknown ones are for
 * the caller to keep. Returns FALSE after the last (back on the element). */
gboolean
_quadrant_reader_next_attribute (Reader    *self,
                                 gboolean   first,
                                 Attribute *attribute,
                                 gboolean  *failed)
{
  xmlNodePtr cur;
  int ret;

  /* the attribute kept last may have been one too many */
  if (G_UNLIKELY (self->n_extras > QUADRANT_READER_MAX_EXTRAS))
    {
      *failed = TRUE;
      xmlTextReaderMoveToElement (self->xml);
      fail_too_many_extras (self);
      return FALSE;
    }

  ret = first ? xmlTextReaderMoveToFirstAttribute (self->xml) : xmlTextReaderMoveToNextAttribute (self->xml);

  if (ret != 1)
    {
      xmlTextReaderMoveToElement (self->xml);
      return FALSE;
    }

  /* _quadrant_reader_check_attribute_counts() refused such tags already; this
   * keeps the limit where the attributes are read, should that ever change */
  self->n_attributes = first ? 1 : self->n_attributes + 1;
  if (G_UNLIKELY (self->n_attributes > QUADRANT_READER_MAX_ATTRIBUTES))
    {
      *failed = TRUE;
      _quadrant_reader_fail_at (self, self->node_start, QUADRANT_READER_ERROR_TOO_LARGE,
                                _("<%s> has more than %d attributes"), _quadrant_reader_current_name (self),
                                QUADRANT_READER_MAX_ATTRIBUTES);
      xmlTextReaderMoveToElement (self->xml);
      return FALSE;
    }

  /* an attribute that is one text, as all are but those with entities (which
   * are refused), is read off the node rather than through three calls that
   * each find it again; namespace declarations take the calls */
  cur = xmlTextReaderCurrentNode (self->xml);
  if (cur != NULL && cur->type == XML_ATTRIBUTE_NODE && cur->children != NULL &&
      cur->children->type == XML_TEXT_NODE && cur->children->next == NULL)
    {
      xmlAttrPtr attr = (xmlAttrPtr) cur;

      attribute->value = attr->children->content;
      attribute->local = attr->ns == NULL ? attr->name : NULL;
    }
  else
    {
      attribute->value = xmlTextReaderConstValue (self->xml);
      attribute->local = xmlTextReaderConstNamespaceUri (self->xml) == NULL
                         ? xmlTextReaderConstLocalName (self->xml) : NULL;
    }
  if (attribute->value == NULL)
    attribute->value = (const xmlChar *) "";
  if (strlen ((const char *) attribute->value) > QUADRANT_READER_MAX_TEXT_SIZE)
    {
      g_autofree char *size = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);

      *failed = TRUE;
      _quadrant_reader_fail_at (self, self->node_start, QUADRANT_READER_ERROR_TOO_LARGE,
                                _("the attribute %s is longer than %s"), xmlTextReaderConstName (self->xml), size);
      xmlTextReaderMoveToElement (self->xml);
      return FALSE;
    }
  return TRUE;
}

/* Keeps an attribute the reader does not know, by its name as written, in
 * *extras (created when needed). The default namespace declaration is the
 * writer's own and is not kept. */
void
_quadrant_reader_keep_unknown_attribute (Reader          *self,
                                         QuadrantExtras **extras,
                                         const xmlChar   *value)
{
  if (xmlTextReaderIsNamespaceDecl (self->xml) == 1 &&
      xmlStrcmp (xmlTextReaderConstName (self->xml), BAD_CAST "xmlns") == 0 &&
      xmlStrcmp (value, BAD_CAST QUADRANT_NAMESPACE) == 0)
    return;
  /* counted here, refused by the next call of _quadrant_reader_next_attribute() */
  self->n_extras++;
  if (*extras == NULL)
    *extras = quadrant_extras_new ();
  quadrant_extras_add_attribute (*extras, (const char *) xmlTextReaderConstName (self->xml),
                                 (const char *) value);
}
/* ---- checks and messages ---- */

/* How messages name an object: a party by its name (or id), a requirement by its id. */
char *
_quadrant_reader_describe_party (const char *id,
                                 const char *name)
{
  /* Translators: this names the object at the start of a message, before a colon
   * ("party “Customers”: the attribute …"); %s is the party's name or id */
  if (name != NULL && !quadrant_text_is_blank (name))
    return g_strdup_printf (_("party “%s”"), name);
  if (id != NULL && id[0] != '\0')
    return g_strdup_printf (_("party “%s”"), id);
  return g_strdup (_("party without a name or id"));
}

char *
_quadrant_reader_describe_requirement (const char *id)
{
  /* Translators: this names the object at the start of a message, before a colon */
  return id != NULL ? g_strdup_printf (_("requirement “%s”"), id) : g_strdup (_("requirement without an id"));
}

/* Marks what (SEEN_FIELD or SEEN_NAME) as seen in *seen; FALSE (with an
 * error) when it was seen before. owner is described only when needed. */
gboolean
_quadrant_reader_first_of (Reader      *self,
                           guint64     *seen,
                           guint        what,
                           const Owner *owner)
{
  if (*seen & BIT (what))
    {
      g_autofree char *description = owner->label != NULL ? g_strdup (owner->label)
                                     : owner->requirement ? _quadrant_reader_describe_requirement (owner->id)
                                     : _quadrant_reader_describe_party (owner->id, owner->name);
      const char *name = what < QUADRANT_N_FIELDS ? quadrant_field_get_info (what)->xml_name
                         : _quadrant_reader_name_strings[what - QUADRANT_N_FIELDS];

      return _quadrant_reader_fail_at (self, self->node_start, QUADRANT_READER_ERROR_INVALID,
                                       _("%s: there is more than one <%s>; expected at most one"),
                                       description, name);
    }
  *seen |= BIT (what);
  return TRUE;
}

/* Reads the id of the current element; NULL (noted as a problem) when it has
 * none. Borrowed from the node until the reader moves on. */
const char *
_quadrant_reader_read_id (Reader  *self,
                          Problem *problem)
{
  const char *id = NULL;
  xmlAttrPtr attr;

  /* found on the node without moving the reader: xmlTextReaderMoveToAttribute()
   * splits and compares every name; an id that is one text (as always but
   * with entities, which are refused) is read where it is */
  for (attr = self->node->properties; attr != NULL; attr = attr->next)
    if (attr->name == self->names[N_ID] && attr->ns == NULL)
      break;
  if (attr != NULL && attr->children != NULL && attr->children->type == XML_TEXT_NODE &&
      attr->children->next == NULL)
    id = (const char *) attr->children->content;
  else if (xmlTextReaderMoveToAttribute (self->xml, BAD_CAST "id") == 1)
    id = (const char *) xmlTextReaderConstValue (self->xml);
  xmlTextReaderMoveToElement (self->xml);
  if (id == NULL || id[0] == '\0')
    {
      _quadrant_reader_note_missing (problem, "id", EXPECT_UNIQUE_ID, NULL);
      return NULL;
    }
  return id;
}

/* Remembers id as kind; an id used before is noted as a problem. The id is
 * the model's own copy: should the object be dropped, so is the load. */
void
_quadrant_reader_remember_id (Reader     *self,
                              const char *id,
                              gpointer    kind,
                              Problem    *problem)
{
  if (!g_hash_table_insert (self->ids, (gpointer) id, kind))
    _quadrant_reader_note_bad (problem, "id", BAD_CAST id, EXPECT_UNUSED_ID, NULL);
}

gboolean
_quadrant_reader_read_text_element (Reader          *self,
                                    guint64         *seen,
                                    QuadrantField    field,
                                    const Owner     *owner,
                                    const char     **text,
                                    QuadrantExtras **owner_extras)
{
  QuadrantExtras *extras = NULL;
  gboolean ok;

  if (!_quadrant_reader_first_of (self, seen, SEEN_FIELD (field), owner))
    return FALSE;
  /* a text element has no attributes of its own; most have none at all,
   * which the node tells without a call */
  ok = (self->node->properties == NULL && self->node->nsDef == NULL) ||
       _quadrant_reader_keep_attributes (self, &extras);
  ok = ok && _quadrant_reader_read_text (self, text, &extras);
  if (G_UNLIKELY (extras != NULL))
    _quadrant_reader_attach_extras (owner_extras, quadrant_field_get_info (field)->xml_name, extras);
  return ok;
}
