/* quadrant-workbook-zip.c: the XML parts of an XLSX or ODS container
 *
 * libgsf reads the ZIP container; every XML part is streamed through
 * libxml2's xmlTextReader, so a sheet of any size is read in constant memory
 * apart from its cells. A zip bomb stops at QUADRANT_WORKBOOK_MAX_PART_SIZE
 * bytes of XML, whatever the container claims; a DOCTYPE is refused (neither
 * format has one, and it is how entity bombs start) and nesting is bounded.
 */
#define G_LOG_DOMAIN "quadrant-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import.h"
#include "quadrant-workbook-private.h"

struct _XmlPart {
  char            *path;
  GsfInput        *input;
  xmlTextReaderPtr reader;
  gsize            read;
  gboolean         too_large;
  char            *error;   /* the first parse error, with its line */
};

static int
part_read_cb (void *context,
              char *buffer,
              int   len)
{
  XmlPart *part = context;
  gsf_off_t remaining = gsf_input_remaining (part->input);
  gsize n = (gsize) MIN ((gsf_off_t) len, remaining);

  if (n == 0)
    return 0;
  if (part->read + n > QUADRANT_WORKBOOK_MAX_PART_SIZE)
    {
      part->too_large = TRUE;
      return -1;
    }
  if (gsf_input_read (part->input, n, (guint8 *) buffer) == NULL)
    return -1;
  part->read += n;

  return (int) n;
}

static int
part_close_cb (void *context)
{
  return 0;
}

static void
part_error_cb (void        *context,
               xmlErrorPtr  error)
{
  XmlPart *part = context;

  if (part->error == NULL && error != NULL && error->level >= XML_ERR_ERROR)
    {
      g_autofree char *message = g_strstrip (g_strdup (error->message != NULL ? error->message : "?"));

      part->error = g_strdup_printf (_("line %d: %s"), error->line, message);
    }
}

/* gsf_infile_child_by_name () one folder at a time. */
static GsfInput *
open_input (GsfInfile  *zip,
            const char *path)
{
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GsfInfile) dir = g_object_ref (zip);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_clear_object (&input);
      if (names[i][0] == '\0')
        continue;
      if (dir == NULL)
        return NULL;
      input = gsf_infile_child_by_name (dir, names[i]);
      g_clear_object (&dir);
      if (input == NULL)
        return NULL;
      if (GSF_IS_INFILE (input))
        dir = g_object_ref (GSF_INFILE (input));
    }

  /* A folder is not a part. */
  if (input != NULL && GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) > 0)
    return NULL;

  return g_steal_pointer (&input);
}

XmlPart *
_quadrant_xml_part_open (GsfInfile   *zip,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GsfInput) input = open_input (zip, path);
  XmlPart *part;

  if (input == NULL)
    return NULL;

  /* What the container declares is checked first; the reading stops at the
   * limit too, in case the declaration lies. */
  if (gsf_input_size (input) > QUADRANT_WORKBOOK_MAX_PART_SIZE)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("%s unpacks to more than %d MB; the file is refused"), path,
                   QUADRANT_WORKBOOK_MAX_PART_SIZE / (1024 * 1024));
      return NULL;
    }

  part = g_new0 (XmlPart, 1);
  part->path = g_strdup (path);
  part->input = g_steal_pointer (&input);
  /* No network, no entity substitution, no DTD loading; parse errors are
   * collected, not printed. */
  part->reader = xmlReaderForIO (part_read_cb, part_close_cb, part, path, NULL,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (part->reader == NULL)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                   _("%s cannot be read as XML"), path);
      _quadrant_xml_part_free (part);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (part->reader, part_error_cb, part);

  return part;
}

void
_quadrant_xml_part_free (XmlPart *part)
{
  if (part == NULL)
    return;

  g_clear_pointer (&part->reader, xmlFreeTextReader);
  g_clear_object (&part->input);
  g_free (part->path);
  g_free (part->error);
  g_free (part);
}

xmlTextReaderPtr
_quadrant_xml_part_reader (XmlPart *part)
{
  return part->reader;
}

gboolean
_quadrant_xml_part_next (XmlPart  *part,
                         GError  **error)
{
  int ret = xmlTextReaderRead (part->reader);

  if (ret == 1)
    {
      if (xmlTextReaderNodeType (part->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                       _("%s has a DOCTYPE, which spreadsheets never write; the file is refused"), part->path);
          return FALSE;
        }
      if (xmlTextReaderDepth (part->reader) > QUADRANT_WORKBOOK_MAX_DEPTH)
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                       _("%s nests elements more than %d deep (line %d); the file is refused"), part->path,
                       QUADRANT_WORKBOOK_MAX_DEPTH, xmlTextReaderGetParserLineNumber (part->reader));
          return FALSE;
        }
      return TRUE;
    }

  if (ret == 0 && part->error == NULL)
    return FALSE;

  if (part->too_large)
    g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                 _("%s unpacks to more than %d MB; the file is refused"), part->path,
                 QUADRANT_WORKBOOK_MAX_PART_SIZE / (1024 * 1024));
  else
    g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                 _("%s is not well-formed XML (%s)"), part->path,
                 part->error != NULL ? part->error : _("it ends too early"));

  return FALSE;
}

gboolean
_quadrant_xml_is_element (xmlTextReaderPtr  reader,
                          const char       *local_name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), local_name) == 0;
}

gboolean
_quadrant_xml_is_end (xmlTextReaderPtr  reader,
                      const char       *local_name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), local_name) == 0;
}

char *
_quadrant_xml_attribute (xmlTextReaderPtr  reader,
                         const char       *local_name)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (reader) != 1)
    return NULL;

  do
    {
      if (g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), local_name) == 0)
        {
          value = g_strdup ((const char *) xmlTextReaderConstValue (reader));
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (reader) == 1);

  xmlTextReaderMoveToElement (reader);
  return value;
}
