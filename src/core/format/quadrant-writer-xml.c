/* quadrant-writer-xml.c: the canonical document
 *
 * The document is built in memory with libxml2's xmlTextWriter, which does the
 * escaping. Indentation is written by hand rather than by xmlTextWriter's
 * indent mode, so that the kept foreign elements (raw XML) land at exactly the
 * same place as the known ones.
 */
#define G_LOG_DOMAIN "quadrant-writer"

#include "config.h"

#include <libxml/tree.h>
#include <string.h>

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-writer-private.h"

/* Deep enough for every element we write; kept extras nest inside their own text. */
#define MAX_INDENT_DEPTH 8

/* The size of the last document written: the next one is most likely the same
 * register again, and starting at its size saves growing a large buffer step
 * by step. */
static gsize last_size = 0;

/* ---- Building the document ---- */

static int
write_to_byte_array_cb (void       *context,
                        const char *buffer,
                        int         len)
{
  g_byte_array_append (context, (const guint8 *) buffer, len);
  return len;
}

/* Element content: a clean text without special characters needs no
 * escaping, so it skips xmlTextWriter's copy. Both give the same bytes. */
static void
write_text (Writer     *self,
            const char *name,
            const char *text)
{
  gboolean needs_escaping;
  gsize length;

  text = _quadrant_writer_clean_text (self, text, &length, &needs_escaping);
  _quadrant_writer_check_length (self, name, length);
  if (needs_escaping)
    xmlTextWriterWriteString (self->writer, (const xmlChar *) text);
  else
    xmlTextWriterWriteRawLen (self->writer, (const xmlChar *) text, length);
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

  value = _quadrant_writer_clean_text (self, value != NULL ? value : "", &length, NULL);
  _quadrant_writer_check_length (self, name, length);
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

/* The extras of a known child element, or NULL: most objects have none,
 * which is told here without a call per element. */
static inline QuadrantExtras *
child_extras (QuadrantExtras *extras,
              const char     *name)
{
  return extras != NULL && extras->children != NULL ? quadrant_extras_get_child (extras, name) : NULL;
}

static inline gboolean
has_extras (QuadrantExtras *extras)
{
  return extras != NULL && !quadrant_extras_is_empty (extras);
}

static void write_extra_attributes        (Writer             *self,
                                           QuadrantExtras     *extras,
                                           const char * const *known);
static void write_inline_extra_elements   (Writer             *self,
                                           QuadrantExtras     *extras);

/* extras: what the reader did not know in this element (or NULL), which goes
 * after the known attributes and after the text. */
static void
write_text_element (Writer         *self,
                    guint           depth,
                    const char     *name,
                    const char     *text,
                    QuadrantExtras *extras)
{
  start_element (self, depth, name);
  write_extra_attributes (self, extras, NULL);
  if (!is_empty (text))
    write_text (self, name, text);
  write_inline_extra_elements (self, extras);
  xmlTextWriterEndElement (self->writer);
}

/* Left out when empty, unless it holds something the reader did not know. */
static void
write_optional_text_element (Writer         *self,
                             guint           depth,
                             const char     *name,
                             const char     *text,
                             QuadrantExtras *extras)
{
  if (!is_empty (text) || has_extras (extras))
    write_text_element (self, depth, name, text, extras);
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

/* Kept elements inside a text go right after the text, on the same line:
 * there, whitespace would become part of the text. */
static void
write_inline_extra_elements (Writer         *self,
                             QuadrantExtras *extras)
{
  for (guint i = 0; extras != NULL && i < extras->elements->len; i++)
    {
      const char *xml = g_ptr_array_index (extras->elements, i);

      if (xml != NULL)
        xmlTextWriterWriteRaw (self->writer, (const xmlChar *) xml);
    }
}

static gboolean
has_extra_elements (QuadrantExtras *extras)
{
  return extras != NULL && extras->elements->len > 0;
}

/* The extras of a known element without attributes of its own (a list, the
 * metadata, the engagement): written when that element is written. */
static void
start_container (Writer         *self,
                 guint           depth,
                 const char     *name,
                 QuadrantExtras *extras)
{
  start_element (self, depth, name);
  write_extra_attributes (self, extras, NULL);
}

/* Ends a container after its known children (if any) and its kept ones. */
static void
end_container (Writer         *self,
               guint           depth,
               gboolean        has_children,
               QuadrantExtras *extras)
{
  write_extra_elements (self, extras, depth + 1);
  if (has_children || has_extra_elements (extras))
    end_element_with_children (self, depth);
  else
    xmlTextWriterEndElement (self->writer);
}

/* ---- Writing the fields of an object, from the field table ---- */

/* The names of an object's attributes, for write_extra_attributes (). */
static const char * const *
known_attributes (QuadrantFieldObject object)
{
  static const char *known[QUADRANT_FIELD_OBJECT_REVISION + 1][16];
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      for (QuadrantField f = 0; f < QUADRANT_N_FIELDS; f++)
        {
          const QuadrantFieldInfo *info = quadrant_field_get_info (f);
          const char **names = known[info->object];
          guint n = 0;

          if (info->xml != QUADRANT_FIELD_XML_ATTRIBUTE)
            continue;
          while (names[n] != NULL)
            n++;
          g_assert (n + 1 < G_N_ELEMENTS (known[0]));
          names[n] = info->xml_name;
        }
      g_once_init_leave (&initialised, 1);
    }

  return known[object];
}

/* Power and interest: both or neither (a party not yet assessed). */
static gboolean
is_placed (const QuadrantFieldInfo *fields,
           guint                    n_fields,
           gpointer                 object)
{
  for (guint i = 0; i < n_fields; i++)
    if ((fields[i].flags & QUADRANT_FIELD_FLAG_POSITION) && fields[i].get_number (object) < 0)
      return FALSE;
  return TRUE;
}

/* The attributes of object in table order, then those kept from the file. */
static void
write_field_attributes (Writer              *self,
                        QuadrantFieldObject  kind,
                        gpointer             object,
                        QuadrantExtras      *extras)
{
  QuadrantField first = quadrant_field_object_first (kind);
  const QuadrantFieldInfo *fields = quadrant_field_get_info (first);
  guint n_fields = quadrant_field_object_end (kind) - first;
  gboolean placed = is_placed (fields, n_fields, object);

  for (guint i = 0; i < n_fields; i++)
    {
      const QuadrantFieldInfo *info = &fields[i];
      gboolean optional = (info->flags & QUADRANT_FIELD_FLAG_OPTIONAL) != 0;

      if (info->xml != QUADRANT_FIELD_XML_ATTRIBUTE)
        continue;

      switch (info->type)
        {
        case QUADRANT_FIELD_TYPE_CHOICE:
          {
            int value = info->get_number (object);

            if (!optional || value != 0)
              write_enum_attribute (self, info->xml_name, info->enum_type (), value);
          }
          break;
        case QUADRANT_FIELD_TYPE_PERCENT:
          if (placed)
            write_int_attribute (self, info->xml_name, info->get_number (object));
          break;
        default:
          if (optional)
            write_optional_attribute (self, info->xml_name, info->get_text (object));
          else
            write_attribute (self, info->xml_name, info->get_text (object));
        }
    }

  write_extra_attributes (self, extras, known_attributes (kind));
}

typedef void (*WriteListFunc) (Writer   *self,
                               gpointer  object,
                               guint     depth);

/* The child elements of object in table order at depth, those in a
 * container (metadata, engagement) inside it; a required one even while
 * empty. Returns whether anything was written. */
static gboolean
write_field_elements (Writer              *self,
                      QuadrantFieldObject  kind,
                      gpointer             object,
                      guint                depth,
                      QuadrantExtras      *extras,
                      WriteListFunc        write_list)
{
  QuadrantField first = quadrant_field_object_first (kind);
  const QuadrantFieldInfo *fields = quadrant_field_get_info (first);
  guint n_fields = quadrant_field_object_end (kind) - first;
  gboolean written = FALSE;

  for (guint i = 0; i < n_fields; i++)
    {
      const QuadrantFieldInfo *info = &fields[i];

      if (info->xml == QUADRANT_FIELD_XML_LIST)
        {
          write_list (self, object, depth);
          written = TRUE;
        }
      else if (info->xml == QUADRANT_FIELD_XML_ELEMENT && info->xml_parent != NULL)
        {
          QuadrantExtras *container = child_extras (extras, info->xml_parent);
          gboolean any = has_extras (container), children = FALSE;
          guint end = i;

          while (end < n_fields && g_strcmp0 (fields[end].xml_parent, info->xml_parent) == 0)
            any |= !is_empty (fields[end++].get_text (object));

          if (any)
            {
              start_container (self, depth, info->xml_parent, container);
              for (guint j = i; j < end; j++)
                {
                  const char *value = fields[j].get_text (object);
                  QuadrantExtras *field_extras = child_extras (container, fields[j].xml_name);

                  children |= !is_empty (value) || has_extras (field_extras);
                  write_optional_text_element (self, depth + 1, fields[j].xml_name, value, field_extras);
                }
              end_container (self, depth, children, container);
              written = TRUE;
            }
          i = end - 1;
        }
      else if (info->xml == QUADRANT_FIELD_XML_ELEMENT)
        {
          const char *value = info->get_text (object);
          QuadrantExtras *field_extras = child_extras (extras, info->xml_name);

          if (info->flags & QUADRANT_FIELD_FLAG_REQUIRED)
            write_text_element (self, depth, info->xml_name, value, field_extras);
          else
            write_optional_text_element (self, depth, info->xml_name, value, field_extras);
          written |= !is_empty (value) || has_extras (field_extras) || (info->flags & QUADRANT_FIELD_FLAG_REQUIRED);
        }
    }

  return written;
}

/* ---- Writing the elements ---- */

/* extras: the register's; <metadata> is left out when it would be empty. */
static gboolean
write_metadata (Writer           *self,
                QuadrantRegister *reg,
                QuadrantExtras   *extras)
{
  _quadrant_writer_check_metadata (self, reg);

  return write_field_elements (self, QUADRANT_FIELD_OBJECT_REGISTER, reg, 1, extras, NULL);
}

void
_quadrant_writer_write_revision (Writer           *self,
                                 QuadrantRevision *revision)
{
  static const char * const position_known[] = { "party", "power", "interest", "support", NULL };
  GArray *positions = quadrant_revision_get_positions (revision);
  QuadrantExtras *extras = quadrant_revision_get_extras (revision);
  gboolean has_children;

  _quadrant_writer_check_revision (self, revision);

  start_element (self, 2, "revision");
  write_field_attributes (self, QUADRANT_FIELD_OBJECT_REVISION, revision, extras);
  has_children = write_field_elements (self, QUADRANT_FIELD_OBJECT_REVISION, revision, 3, extras, NULL) ||
                 has_extra_elements (extras);

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
      write_extra_attributes (self, position->extras, position_known);
      end_container (self, 3, FALSE, position->extras);
    }

  write_extra_elements (self, extras, 3);

  if (has_children)
    end_element_with_children (self, 2);
  else
    xmlTextWriterEndElement (self->writer);
}

static void
write_references (Writer   *self,
                  gpointer  object,
                  guint     depth)
{
  static const char * const known[] = { "kind", NULL };
  GPtrArray *references = quadrant_requirement_get_references (object);

  for (guint i = 0; references != NULL && i < references->len; i++)
    {
      const QuadrantReference *reference = g_ptr_array_index (references, i);

      /* A reference without text points at nothing, unless it holds what
       * the reader did not know. */
      if (reference == NULL || (is_empty (reference->text) && quadrant_extras_is_empty (reference->extras)))
        continue;

      start_element (self, depth, "reference");
      write_enum_attribute (self, "kind", QUADRANT_TYPE_REFERENCE_KIND, reference->kind);
      write_extra_attributes (self, reference->extras, known);
      write_text (self, "reference", reference->text);
      write_inline_extra_elements (self, reference->extras);
      xmlTextWriterEndElement (self->writer);
    }
}

static void
write_requirement (Writer              *self,
                   QuadrantParty       *party,
                   guint                party_position,
                   QuadrantRequirement *requirement)
{
  QuadrantExtras *extras = quadrant_requirement_get_extras (requirement);

  _quadrant_writer_check_requirement (self, party, party_position, requirement);

  start_element (self, 4, "requirement");
  write_field_attributes (self, QUADRANT_FIELD_OBJECT_REQUIREMENT, requirement, extras);
  /* The statement is required, so it is written even while still empty. */
  write_field_elements (self, QUADRANT_FIELD_OBJECT_REQUIREMENT, requirement, 5, extras, write_references);
  write_extra_elements (self, extras, 5);
  end_element_with_children (self, 4);
}

void
_quadrant_writer_write_party (Writer        *self,
                              QuadrantParty *party,
                              guint          position)
{
  GListModel *requirements = quadrant_party_get_requirements (party);
  QuadrantExtras *extras = quadrant_party_get_extras (party);
  QuadrantExtras *list;
  guint n_requirements = g_list_model_get_n_items (requirements);

  _quadrant_writer_check_party (self, party, position);

  start_element (self, 2, "party");
  write_field_attributes (self, QUADRANT_FIELD_OBJECT_PARTY, party, extras);
  /* The name is required, so it is written even while still empty. */
  write_field_elements (self, QUADRANT_FIELD_OBJECT_PARTY, party, 3, extras, NULL);

  list = child_extras (extras, "requirements");
  if (n_requirements > 0 || has_extras (list))
    {
      start_container (self, 3, "requirements", list);
      for (guint i = 0; i < n_requirements; i++)
        {
          g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (requirements, i);

          write_requirement (self, party, position, requirement);
        }
      end_container (self, 3, n_requirements > 0, list);
    }

  write_extra_elements (self, extras, 3);
  end_element_with_children (self, 2);
}

/* The lowest version that holds what the register records. */
static const char *
format_version (GListModel *parties)
{
  guint n = g_list_model_get_n_items (parties);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_get_relevance (party) != QUADRANT_RELEVANCE_RELEVANT ||
          !is_empty (quadrant_party_get_relevance_rationale (party)) ||
          !is_empty (quadrant_party_get_relevance_decided (party)))
        return QUADRANT_FORMAT_VERSION;
    }
  return QUADRANT_FORMAT_VERSION_1_0;
}

/* The document up to the revisions (their container opened, if any). */
void
_quadrant_writer_write_start (Writer           *self,
                              QuadrantRegister *reg)
{
  static const char * const known[] = { "format", NULL };
  GListModel *parties = quadrant_register_get_parties (reg);
  GListModel *revisions = quadrant_register_get_revisions (reg);
  QuadrantExtras *extras = quadrant_register_get_extras (reg);
  QuadrantExtras *list;
  guint n_parties = g_list_model_get_n_items (parties);
  guint n_revisions = g_list_model_get_n_items (revisions);

  xmlTextWriterStartDocument (self->writer, "1.0", "UTF-8", NULL);
  start_element (self, 0, "register");
  write_attribute (self, "xmlns", QUADRANT_NAMESPACE);
  write_attribute (self, "format", format_version (parties));
  write_extra_attributes (self, extras, known);

  self->has_children |= write_metadata (self, reg, extras);

  list = child_extras (extras, "revisions");
  if (n_revisions > 0 || has_extras (list))
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

      start_container (self, 1, "revisions", list);
      self->has_children = TRUE;
    }
}

/* After the last revision: their container closed, the parties' opened. */
void
_quadrant_writer_write_middle (Writer           *self,
                       QuadrantRegister *reg)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  GListModel *revisions = quadrant_register_get_revisions (reg);
  QuadrantExtras *extras = quadrant_register_get_extras (reg);
  QuadrantExtras *list = child_extras (extras, "revisions");
  guint n_parties = g_list_model_get_n_items (parties);
  guint n_revisions = g_list_model_get_n_items (revisions);

  if (n_revisions > 0 || has_extras (list))
    end_container (self, 1, n_revisions > 0, list);

  list = child_extras (extras, "parties");
  if (n_parties > 0 || has_extras (list))
    {
      start_container (self, 1, "parties", list);
      self->has_children = TRUE;
    }
}

/* The rest after the last party. */
void
_quadrant_writer_write_end (Writer           *self,
                    QuadrantRegister *reg)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  QuadrantExtras *extras = quadrant_register_get_extras (reg);
  QuadrantExtras *list = child_extras (extras, "parties");
  guint n_parties = g_list_model_get_n_items (parties);

  if (n_parties > 0 || has_extras (list))
    end_container (self, 1, n_parties > 0, list);

  /* Conflicts of a merge, kept in their canonical form by quadrant-conflict.c. */
  if (!is_empty (quadrant_register_get_conflicts (reg)))
    {
      write_indent (self, 1);
      xmlTextWriterWriteRaw (self->writer, (const xmlChar *) quadrant_register_get_conflicts (reg));
      self->has_children = TRUE;
    }

  write_extra_elements (self, extras, 1);

  self->has_children |= has_extra_elements (extras);
  if (self->has_children)
    end_element_with_children (self, 0);
  else
    xmlTextWriterEndElement (self->writer);
  xmlTextWriterEndDocument (self->writer);
}

/* Ready to write: the output buffer (sized after the last document) and,
 * with check, the ids seen so far. */
void
_quadrant_writer_open (Writer   *self,
                       gboolean  check)
{
  xmlOutputBufferPtr buffer;

  _quadrant_writer_init_text ();

  /* Appending to a GByteArray grows it by doubling, unlike an xmlBuffer. */
  self->out = g_byte_array_sized_new (MAX (64 * 1024, g_atomic_pointer_get (&last_size) + 4096));
  self->scratch = g_string_new (NULL);
  if (check)
    self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  buffer = xmlOutputBufferCreateIO (write_to_byte_array_cb, NULL, self->out, NULL);
  self->writer = xmlNewTextWriter (buffer);
}

void
_quadrant_writer_remember_size (gsize size)
{
  g_atomic_pointer_set (&last_size, size);
}
