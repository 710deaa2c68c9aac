/* quadrant-workbook-ods.c: the sheets of an OpenDocument spreadsheet
 *
 * Reads content.xml: a <table:table> per sheet, rows and cells that may
 * repeat (LibreOffice writes the empty rest of a sheet as one row repeated a
 * million times, which costs nothing here: only cells with text are kept,
 * and the limits count those). Numbers are taken from office:value, so a
 * German "3,5" arrives as 3.5; dates from office:date-value as YYYY-MM-DD;
 * everything else as the text shown, paragraphs joined by line breaks.
 * Covered cells of a merged range are empty; comments are left out.
 */
#define G_LOG_DOMAIN "quadrant-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import.h"
#include "quadrant-workbook-private.h"

typedef struct {
  guint  column;
  guint  repeat;
  char  *text;
} PendingCell;

static void
pending_cell_clear (gpointer data)
{
  g_free (((PendingCell *) data)->text);
}

static guint
repeat_attribute (xmlTextReaderPtr  reader,
                  const char       *name)
{
  g_autofree char *text = _quadrant_xml_attribute (reader, name);
  guint64 n;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, 1u << 24, &n, NULL))
    return 1;
  return (guint) n;
}

/* The value of the cell the reader is on, up to its end tag. */
static char *
read_cell (XmlPart     *part,
           GError     **error)
{
  xmlTextReaderPtr reader = _quadrant_xml_part_reader (part);
  g_autofree char *type = _quadrant_xml_attribute (reader, "value-type");
  g_autofree char *value = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *element = (const char *) xmlTextReaderConstLocalName (reader);
  g_autofree char *end_name = g_strdup (element);
  guint paragraphs = 0;
  guint skip_depth = 0;

  if (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "currency") == 0)
    value = _quadrant_xml_attribute (reader, "value");
  else if (g_strcmp0 (type, "date") == 0)
    {
      g_autofree char *date = _quadrant_xml_attribute (reader, "date-value");

      if (date != NULL)
        value = g_strndup (date, 10);
    }

  if (xmlTextReaderIsEmptyElement (reader))
    return value != NULL ? g_steal_pointer (&value) : g_strdup ("");

  while (_quadrant_xml_part_next (part, error))
    {
      int type_of_node = xmlTextReaderNodeType (reader);

      if (_quadrant_xml_is_end (reader, end_name))
        return value != NULL ? g_steal_pointer (&value) : g_string_free (g_steal_pointer (&text), FALSE);

      /* Comments on the cell are not its value. */
      if (_quadrant_xml_is_element (reader, "annotation") && !xmlTextReaderIsEmptyElement (reader))
        skip_depth++;
      else if (_quadrant_xml_is_end (reader, "annotation") && skip_depth > 0)
        skip_depth--;
      else if (skip_depth > 0)
        continue;
      else if (_quadrant_xml_is_element (reader, "p") || _quadrant_xml_is_element (reader, "h"))
        {
          if (paragraphs++ > 0)
            g_string_append_c (text, '\n');
        }
      else if (_quadrant_xml_is_element (reader, "s"))
        {
          guint n = MIN (repeat_attribute (reader, "c"), 1000);

          for (guint i = 0; i < n; i++)
            g_string_append_c (text, ' ');
        }
      else if (_quadrant_xml_is_element (reader, "tab"))
        g_string_append_c (text, '\t');
      else if (_quadrant_xml_is_element (reader, "line-break"))
        g_string_append_c (text, '\n');
      else if (type_of_node == XML_READER_TYPE_TEXT || type_of_node == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
               type_of_node == XML_READER_TYPE_CDATA)
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }

  if (error != NULL && *error == NULL)
    g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                         _("A cell in content.xml is never closed"));
  return NULL;
}

/* The cells of one row, repeated as the row says. */
static gboolean
flush_row (Sheet      *sheet,
           guint       first_row,
           guint       repeat,
           GArray     *cells,
           GError    **error)
{
  if (cells->len == 0)
    return TRUE;

  for (guint r = 0; r < repeat; r++)
    for (guint i = 0; i < cells->len; i++)
      {
        PendingCell *cell = &g_array_index (cells, PendingCell, i);

        for (guint c = 0; c < cell->repeat; c++)
          if (!_quadrant_sheet_set_cell (sheet, first_row + r, cell->column + c, cell->text, error))
            return FALSE;
      }

  return TRUE;
}

GPtrArray *
_quadrant_ods_read (GsfInfile  *zip,
                    GError    **error)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (_quadrant_sheet_free);
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (PendingCell));
  g_autoptr(XmlPart) part = NULL;
  GError *local_error = NULL;
  xmlTextReaderPtr reader;
  Sheet *sheet = NULL;
  guint row = 0, row_repeat = 1, column = 0;
  gboolean in_row = FALSE;

  g_array_set_clear_func (cells, pending_cell_clear);

  part = _quadrant_xml_part_open (zip, "content.xml", &local_error);
  if (part == NULL)
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                             _("The file is a ZIP archive but not an OpenDocument spreadsheet (it has no content.xml)"));
      g_propagate_error (error, local_error);
      return NULL;
    }
  reader = _quadrant_xml_part_reader (part);

  while (_quadrant_xml_part_next (part, &local_error))
    {
      if (_quadrant_xml_is_element (reader, "table") && !xmlTextReaderIsEmptyElement (reader))
        {
          g_autofree char *name = _quadrant_xml_attribute (reader, "name");

          if (sheets->len >= QUADRANT_WORKBOOK_MAX_SHEETS)
            {
              g_set_error (&local_error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                           _("The workbook has more than %d sheets; the file is refused"), QUADRANT_WORKBOOK_MAX_SHEETS);
              break;
            }
          sheet = _quadrant_sheet_new (name != NULL ? name : "");
          g_ptr_array_add (sheets, sheet);
          row = 0;
        }
      else if (_quadrant_xml_is_end (reader, "table"))
        sheet = NULL;
      else if (sheet != NULL && _quadrant_xml_is_element (reader, "table-row"))
        {
          row_repeat = repeat_attribute (reader, "number-rows-repeated");
          column = 0;
          g_array_set_size (cells, 0);
          in_row = !xmlTextReaderIsEmptyElement (reader);
          if (!in_row)
            row += row_repeat;
        }
      else if (in_row && _quadrant_xml_is_end (reader, "table-row"))
        {
          in_row = FALSE;
          if (row + row_repeat > (1u << 24))
            {
              g_set_error (&local_error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                           _("The sheet “%s” has more rows than any spreadsheet can hold; the file is refused"),
                           sheet->name);
              break;
            }
          if (!flush_row (sheet, row + 1, row_repeat, cells, &local_error))
            break;
          row += row_repeat;
        }
      else if (in_row && (_quadrant_xml_is_element (reader, "table-cell") ||
                          _quadrant_xml_is_element (reader, "covered-table-cell")))
        {
          guint repeat = repeat_attribute (reader, "number-columns-repeated");
          gboolean covered = _quadrant_xml_is_element (reader, "covered-table-cell");
          char *text = read_cell (part, &local_error);

          if (text == NULL)
            break;
          g_strstrip (text);
          if (text[0] != '\0' && !covered)
            {
              PendingCell cell = { column, repeat, text };

              g_array_append_val (cells, cell);
            }
          else
            g_free (text);
          column = column + repeat > (1u << 24) ? (1u << 24) : column + repeat;
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (sheets->len == 0)
    {
      g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_EMPTY,
                           _("The spreadsheet has no sheets"));
      return NULL;
    }

  return g_steal_pointer (&sheets);
}
