/* quadrant-workbook-xlsx.c: the sheets of an Office Open XML workbook
 *
 * Reads xl/workbook.xml for the sheets' names, its relationships for their
 * parts, xl/sharedStrings.xml for the text most cells refer to, and
 * xl/styles.xml for which number formats are dates or percentages (a date
 * is a number of days to Excel; we write it YYYY-MM-DD). Cells are shared
 * strings, inline strings, formula results, booleans and numbers; rich text
 * runs are joined, phonetic guides left out. A merged cell has its value in
 * the top-left cell only, so the others stay empty.
 */
#define G_LOG_DOMAIN "quadrant-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "quadrant-csv-import.h"
#include "quadrant-workbook-private.h"

typedef enum {
  STYLE_NUMBER,
  STYLE_DATE,
  STYLE_PERCENT,
} StyleKind;

typedef struct {
  GPtrArray *strings;   /* shared strings */
  GArray    *styles;    /* StyleKind per cellXfs entry */
  gboolean   date1904;
} Book;

/* ---- Number formats ---- */

static StyleKind
builtin_format_kind (guint id)
{
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return STYLE_DATE;
  if (id == 9 || id == 10)
    return STYLE_PERCENT;
  return STYLE_NUMBER;
}

/* A format code is a date when, outside quotes and brackets, it has a day,
 * month or year: "dd.mm.yyyy", "d mmm yy"; "h:mm" is a time, not a date. */
static StyleKind
code_format_kind (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE, day_or_year = FALSE, month = FALSE, hour = FALSE, percent = FALSE;

  for (const char *p = code; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (c == '\\' && p[1] != '\0')
        p++;
      else if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == '[')
        bracket = TRUE;
      else if (c == ']')
        bracket = FALSE;
      else if (bracket)
        continue;
      else if (c == 'd' || c == 'y')
        day_or_year = TRUE;
      else if (c == 'm')
        month = TRUE;
      else if (c == 'h' || c == 's')
        hour = TRUE;
      else if (c == '%')
        percent = TRUE;
    }

  if (day_or_year || (month && !hour))
    return STYLE_DATE;
  return percent ? STYLE_PERCENT : STYLE_NUMBER;
}

static gboolean
read_styles (GsfInfile  *zip,
             Book       *book,
             GError    **error)
{
  g_autoptr(XmlPart) part = _quadrant_xml_part_open (zip, "xl/styles.xml", error);
  g_autoptr(GHashTable) formats = g_hash_table_new (NULL, NULL); /* id -> kind + 1 */
  gboolean in_cell_xfs = FALSE;
  xmlTextReaderPtr reader;

  if (part == NULL)
    return error == NULL || *error == NULL;
  reader = _quadrant_xml_part_reader (part);

  while (_quadrant_xml_part_next (part, error))
    {
      if (_quadrant_xml_is_element (reader, "numFmt"))
        {
          g_autofree char *id = _quadrant_xml_attribute (reader, "numFmtId");
          g_autofree char *code = _quadrant_xml_attribute (reader, "formatCode");

          if (id != NULL && code != NULL)
            g_hash_table_insert (formats, GUINT_TO_POINTER (strtoul (id, NULL, 10)),
                                 GUINT_TO_POINTER (code_format_kind (code) + 1));
        }
      else if (_quadrant_xml_is_element (reader, "cellXfs"))
        in_cell_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (_quadrant_xml_is_end (reader, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_cell_xfs && _quadrant_xml_is_element (reader, "xf") && book->styles->len < QUADRANT_WORKBOOK_MAX_CELLS)
        {
          g_autofree char *id_text = _quadrant_xml_attribute (reader, "numFmtId");
          guint id = id_text != NULL ? (guint) strtoul (id_text, NULL, 10) : 0;
          gpointer custom = g_hash_table_lookup (formats, GUINT_TO_POINTER (id));
          StyleKind kind = custom != NULL ? (StyleKind) (GPOINTER_TO_UINT (custom) - 1) : builtin_format_kind (id);

          g_array_append_val (book->styles, kind);
        }
    }

  return error == NULL || *error == NULL;
}

/* ---- Shared strings ---- */

/* The text of an <si> or <is>: its <t> elements, rich runs included,
 * phonetic guides (<rPh>) left out. Leaves the reader on the end tag. */
static char *
read_rich_text (XmlPart     *part,
                const char  *element,
                GError     **error)
{
  xmlTextReaderPtr reader = _quadrant_xml_part_reader (part);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean in_phonetic = FALSE;

  if (xmlTextReaderIsEmptyElement (reader))
    return g_strdup ("");

  while (_quadrant_xml_part_next (part, error))
    {
      if (_quadrant_xml_is_end (reader, element))
        return g_string_free (g_steal_pointer (&text), FALSE);
      if (_quadrant_xml_is_element (reader, "rPh") && !xmlTextReaderIsEmptyElement (reader))
        in_phonetic = TRUE;
      else if (_quadrant_xml_is_end (reader, "rPh"))
        in_phonetic = FALSE;
      else if (!in_phonetic &&
               (xmlTextReaderNodeType (reader) == XML_READER_TYPE_TEXT ||
                xmlTextReaderNodeType (reader) == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                xmlTextReaderNodeType (reader) == XML_READER_TYPE_CDATA))
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }

  if (error != NULL && *error == NULL)
    g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                 _("A text in the workbook is never closed"));
  return NULL;
}

static gboolean
read_shared_strings (GsfInfile  *zip,
                     Book       *book,
                     GError    **error)
{
  g_autoptr(XmlPart) part = _quadrant_xml_part_open (zip, "xl/sharedStrings.xml", error);
  xmlTextReaderPtr reader;

  if (part == NULL)
    return error == NULL || *error == NULL;
  reader = _quadrant_xml_part_reader (part);

  while (_quadrant_xml_part_next (part, error))
    if (_quadrant_xml_is_element (reader, "si"))
      {
        char *text = read_rich_text (part, "si", error);

        if (text == NULL)
          return FALSE;
        if (book->strings->len >= QUADRANT_WORKBOOK_MAX_CELLS)
          {
            g_free (text);
            g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                         _("The workbook has more than %d texts; the file is refused"), QUADRANT_WORKBOOK_MAX_CELLS);
            return FALSE;
          }
        g_ptr_array_add (book->strings, text);
      }

  return error == NULL || *error == NULL;
}

/* ---- Workbook and its relationships ---- */

/* Relationship id -> part path inside the container. */
static GHashTable *
read_relationships (GsfInfile  *zip,
                    GError    **error)
{
  g_autoptr(XmlPart) part = _quadrant_xml_part_open (zip, "xl/_rels/workbook.xml.rels", error);
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlTextReaderPtr reader;

  if (part == NULL)
    return error == NULL || *error == NULL ? g_steal_pointer (&targets) : NULL;
  reader = _quadrant_xml_part_reader (part);

  while (_quadrant_xml_part_next (part, error))
    if (_quadrant_xml_is_element (reader, "Relationship"))
      {
        g_autofree char *id = _quadrant_xml_attribute (reader, "Id");
        g_autofree char *target = _quadrant_xml_attribute (reader, "Target");

        if (id == NULL || target == NULL)
          continue;
        /* Targets are relative to xl/ unless they start with a slash. */
        g_hash_table_insert (targets, g_steal_pointer (&id),
                             target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL));
      }

  return error == NULL || *error == NULL ? g_steal_pointer (&targets) : NULL;
}

/* ---- Cells ---- */

/* "BC12" -> column 54 (0-based) and row 12; FALSE when it is not a reference. */
static gboolean
parse_reference (const char *ref,
                 guint      *column,
                 guint      *row)
{
  guint64 c = 0, r = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++)
    {
      c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (c > 1u << 20)
        return FALSE;
    }
  for (const char *q = p; *q != '\0'; q++)
    {
      if (!g_ascii_isdigit (*q))
        return FALSE;
      r = r * 10 + (guint64) (*q - '0');
      if (r > 1u << 24)
        return FALSE;
    }
  if (c == 0 || p == ref)
    return FALSE;

  *column = (guint) c - 1;
  if (*p != '\0')
    *row = (guint) r;
  return TRUE;
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (value) < 1e15 && value == floor (value))
    return g_strdup_printf ("%.0f", value);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

/* Days since Excel's epoch as YYYY-MM-DD. */
static char *
format_date (double   serial,
             gboolean date1904)
{
  g_autoptr(GDate) date = NULL;
  gint64 days = (gint64) floor (serial);

  if (serial < 0 || serial > 2958465) /* 9999-12-31 */
    return format_number (serial);

  if (date1904)
    date = g_date_new_dmy (1, G_DATE_JANUARY, 1904);
  else
    {
      /* Excel counts a 29 February 1900 that never was. */
      date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
      if (days < 61 && days > 0)
        days++;
      if (days == 60)
        days = 59;
    }
  g_date_add_days (date, (guint) days);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static char *
cell_text (Book        *book,
           const char  *type,
           guint        style,
           const char  *value,
           const char  *inline_text,
           const char  *ref,
           GError     **error)
{
  if (g_strcmp0 (type, "inlineStr") == 0)
    return g_strdup (inline_text != NULL ? inline_text : "");
  if (value == NULL)
    return g_strdup ("");
  if (g_strcmp0 (type, "s") == 0)
    {
      guint64 index;

      if (!g_ascii_string_to_unsigned (value, 10, 0, book->strings->len > 0 ? book->strings->len - 1 : 0, &index, NULL) ||
          book->strings->len == 0)
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                       _("Cell %s refers to a text the workbook does not have"), ref != NULL ? ref : "?");
          return NULL;
        }
      return g_strdup (g_ptr_array_index (book->strings, index));
    }
  if (g_strcmp0 (type, "b") == 0)
    return g_strdup (g_str_equal (value, "1") ? "TRUE" : "FALSE");
  if (g_strcmp0 (type, "d") == 0)
    return g_strndup (value, 10);
  if (type == NULL || g_str_equal (type, "n"))
    {
      char *end = NULL;
      double number = g_ascii_strtod (value, &end);
      StyleKind kind = style < book->styles->len ? g_array_index (book->styles, StyleKind, style) : STYLE_NUMBER;

      if (end == value || *end != '\0' || !isfinite (number))
        return g_strdup (value);
      if (kind == STYLE_DATE)
        return format_date (number, book->date1904);
      if (kind == STYLE_PERCENT)
        {
          g_autofree char *percent = format_number (round (number * 1e10) / 1e8);

          return g_strconcat (percent, "%", NULL);
        }
      return format_number (number);
    }

  /* "str" (a formula's text) and "e" (an error such as #N/A) as written. */
  return g_strdup (value);
}

static gboolean
read_sheet (GsfInfile   *zip,
            Book        *book,
            Sheet       *sheet,
            const char  *path,
            GError     **error)
{
  g_autoptr(XmlPart) part = _quadrant_xml_part_open (zip, path, error);
  xmlTextReaderPtr reader;
  guint row = 0, column = 0;
  g_autofree char *ref = NULL;
  g_autofree char *type = NULL;
  g_autofree char *value = NULL;
  g_autofree char *inline_text = NULL;
  guint style = 0;
  gboolean in_cell = FALSE;

  if (part == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                     _("The sheet “%s” has no part %s in the workbook"), sheet->name, path);
      return FALSE;
    }
  reader = _quadrant_xml_part_reader (part);

  while (_quadrant_xml_part_next (part, error))
    {
      if (_quadrant_xml_is_element (reader, "row"))
        {
          g_autofree char *r = _quadrant_xml_attribute (reader, "r");
          guint64 n;

          if (r != NULL && g_ascii_string_to_unsigned (r, 10, 1, 1u << 24, &n, NULL))
            row = (guint) n;
          else
            row++;
          column = 0;
        }
      else if (_quadrant_xml_is_element (reader, "c"))
        {
          g_autofree char *s = NULL;
          guint at_column = column, at_row = row;

          g_clear_pointer (&ref, g_free);
          g_clear_pointer (&type, g_free);
          g_clear_pointer (&value, g_free);
          g_clear_pointer (&inline_text, g_free);
          ref = _quadrant_xml_attribute (reader, "r");
          type = _quadrant_xml_attribute (reader, "t");
          s = _quadrant_xml_attribute (reader, "s");
          style = s != NULL ? (guint) strtoul (s, NULL, 10) : 0;
          if (ref != NULL && parse_reference (ref, &at_column, &at_row))
            {
              column = at_column;
              row = MAX (row, at_row);
            }
          column++;
          in_cell = !xmlTextReaderIsEmptyElement (reader);
        }
      else if (in_cell && _quadrant_xml_is_element (reader, "v"))
        {
          g_clear_pointer (&value, g_free);
          value = (char *) xmlTextReaderReadString (reader);
        }
      else if (in_cell && _quadrant_xml_is_element (reader, "is"))
        {
          g_clear_pointer (&inline_text, g_free);
          inline_text = read_rich_text (part, "is", error);
          if (inline_text == NULL)
            return FALSE;
        }
      else if (in_cell && _quadrant_xml_is_end (reader, "c"))
        {
          g_autofree char *text = cell_text (book, type, style, value, inline_text, ref, error);

          in_cell = FALSE;
          if (text == NULL)
            return FALSE;
          if (!_quadrant_sheet_set_cell (sheet, MAX (row, 1), column - 1, text, error))
            return FALSE;
        }
    }

  return error == NULL || *error == NULL;
}

static void
book_clear (Book *book)
{
  g_clear_pointer (&book->strings, g_ptr_array_unref);
  g_clear_pointer (&book->styles, g_array_unref);
}

GPtrArray *
_quadrant_xlsx_read (GsfInfile  *zip,
                     GError    **error)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (_quadrant_sheet_free);
  g_autoptr(GHashTable) targets = NULL;
  g_autoptr(XmlPart) part = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  Book book = { 0 };
  GError *local_error = NULL;
  xmlTextReaderPtr reader;
  gboolean ok = FALSE;

  book.strings = g_ptr_array_new_with_free_func (g_free);
  book.styles = g_array_new (FALSE, FALSE, sizeof (StyleKind));

  part = _quadrant_xml_part_open (zip, "xl/workbook.xml", &local_error);
  if (part == NULL)
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                             _("The file is a ZIP archive but not an XLSX workbook (it has no xl/workbook.xml)"));
      goto out;
    }
  reader = _quadrant_xml_part_reader (part);
  while (_quadrant_xml_part_next (part, &local_error))
    {
      if (_quadrant_xml_is_element (reader, "workbookPr"))
        {
          g_autofree char *date1904 = _quadrant_xml_attribute (reader, "date1904");

          book.date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
        }
      else if (_quadrant_xml_is_element (reader, "sheet"))
        {
          g_autofree char *name = _quadrant_xml_attribute (reader, "name");
          g_autofree char *id = _quadrant_xml_attribute (reader, "id");

          if (sheets->len >= QUADRANT_WORKBOOK_MAX_SHEETS)
            {
              g_set_error (&local_error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                           _("The workbook has more than %d sheets; the file is refused"), QUADRANT_WORKBOOK_MAX_SHEETS);
              goto out;
            }
          g_ptr_array_add (sheets, _quadrant_sheet_new (name != NULL ? name : ""));
          g_ptr_array_add (paths, g_steal_pointer (&id));
        }
    }
  if (local_error != NULL)
    goto out;

  targets = read_relationships (zip, &local_error);
  if (targets == NULL ||
      !read_styles (zip, &book, &local_error) ||
      !read_shared_strings (zip, &book, &local_error))
    goto out;

  for (guint i = 0; i < sheets->len; i++)
    {
      const char *id = g_ptr_array_index (paths, i);
      const char *path = id != NULL ? g_hash_table_lookup (targets, id) : NULL;
      g_autofree char *fallback = g_strdup_printf ("xl/worksheets/sheet%u.xml", i + 1);

      if (!read_sheet (zip, &book, g_ptr_array_index (sheets, i), path != NULL ? path : fallback, &local_error))
        goto out;
    }

  if (sheets->len == 0)
    {
      g_set_error_literal (&local_error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_EMPTY,
                           _("The workbook has no sheets"));
      goto out;
    }
  ok = TRUE;

out:
  book_clear (&book);
  if (!ok)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&sheets);
}
