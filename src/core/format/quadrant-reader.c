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
 * The parser checks everything and builds the model as it goes; a failed
 * load drops what it built.
 */
#define G_LOG_DOMAIN "quadrant-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>

#include "quadrant-enum-types.h"
#include "quadrant-conflict.h"
#include "quadrant-reader-private.h"
#include "quadrant-safe-file.h"

/* The strings of Name, in its order. */
const char * const _quadrant_reader_name_strings[N_NAMES] = {
  "metadata", "revisions", "parties", "engagement", "requirements",
  "register", "revision", "position", "party", "requirement", "reference",
  "format", "id",
};

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

gboolean
_quadrant_reader_fail_at (Reader              *self,
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

gboolean
_quadrant_reader_fail_from_libxml (Reader *self)
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

/* ---- reading ---- */

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
    ok = _quadrant_reader_fail_at (self, 0, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));
  else
    {
      xmlTextReaderSetStructuredErrorHandler (self->xml, structured_error_cb, self);
      self->ns = xmlTextReaderConstString (self->xml, BAD_CAST QUADRANT_NAMESPACE);
      for (guint n = 0; n < N_NAMES; n++)
        self->names[n] = xmlTextReaderConstString (self->xml, BAD_CAST _quadrant_reader_name_strings[n]);
      for (QuadrantField f = 0; f < QUADRANT_N_FIELDS; f++)
        {
          const char *name = quadrant_field_get_info (f)->xml_name;

          self->field_names[f] = name != NULL ? xmlTextReaderConstString (self->xml, BAD_CAST name) : NULL;
        }
      ok = _quadrant_reader_check_attribute_counts (self) && _quadrant_reader_read_document (self);
    }

  g_clear_pointer (&self->xml, xmlFreeTextReader);
  g_private_set (&reading_register, NULL);
  return ok;
}

static QuadrantRegister *
read_register (const char  *data,
               gsize        length,
               const char  *display_name,
               GError     **error)
{
  Reader self = { 0 };
  gboolean ok = FALSE;
  gsize i;

  self.data = data;
  self.length = length;
  self.display_name = display_name;

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      _quadrant_reader_fail_at (&self, 0, QUADRANT_READER_ERROR_MALFORMED,
                                _("the file is empty; expected a Quadrant register"));
      goto out;
    }
  if (!_quadrant_reader_check_prolog (&self))
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
  self.enums[8] = g_type_class_ref (QUADRANT_TYPE_RELEVANCE);
  for (i = 0; i < G_N_ELEMENTS (self.enums); i++)
    {
      self.nick_lengths[i] = g_new (guint8, self.enums[i]->n_values);
      for (guint v = 0; v < self.enums[i]->n_values; v++)
        self.nick_lengths[i][v] = MIN (strlen (self.enums[i]->values[v].value_nick), G_MAXUINT8);
    }

  self.text = g_string_sized_new (256);
  self.ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.revisions = g_ptr_array_new_with_free_func (g_object_unref);
  self.position_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  self.reg = quadrant_register_new ();
  self.requirements = g_ptr_array_new_with_free_func (g_object_unref);
  ok = parse (&self);

out:
  if (self.text != NULL)
    g_string_free (self.text, TRUE);
  g_clear_pointer (&self.ids, g_hash_table_unref);
  g_clear_pointer (&self.revisions, g_ptr_array_unref);
  g_clear_pointer (&self.position_offsets, g_array_unref);
  g_clear_pointer (&self.register_extras, quadrant_extras_free);
  for (i = 0; i < G_N_ELEMENTS (self.enums); i++)
    {
      g_clear_pointer (&self.nick_lengths[i], g_free);
      g_clear_pointer (&self.enums[i], g_type_class_unref);
    }
  g_clear_pointer (&self.requirements, g_ptr_array_unref);
  g_free (self.xml_message);

  if (!ok)
    {
      g_clear_object (&self.reg);
      g_propagate_error (error, self.error);
      return NULL;
    }
  g_assert (self.error == NULL);
  _quadrant_conflicts_take_from_extras (self.reg);
  return self.reg;
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

  if (data == NULL)
    data = "";

  if (length > QUADRANT_READER_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (QUADRANT_READER_MAX_FILE_SIZE);

      if (display_name == NULL)
        g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE,
                     _("the register is %s; a register can be at most %s"), size, limit);
      else
        g_set_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE,
                     _("%s is %s; a register can be at most %s"), display_name, size, limit);
      return NULL;
    }

  /* Translators: stands for a register without a file name where messages give
   * the file, line and column: "register:3:5: …" */
  if (display_name == NULL)
    display_name = _("register");

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

  contents = read_contents (G_INPUT_STREAM (stream), g_file_info_get_size (info), name, &length, error);
  if (contents == NULL)
    return NULL;

  reg = quadrant_reader_load_data (contents, length, name, error);
  if (reg == NULL)
    return NULL;

  /* the identity of the very bytes read, for the changed-on-disk check */
  if (etag != NULL)
    *etag = quadrant_safe_file_identity_for_data (contents, length);
  return g_steal_pointer (&reg);
}
