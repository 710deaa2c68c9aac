/* quadrant-workbook.c: the sheets of a spreadsheet file
 *
 * A ZIP container is an XLSX or ODS workbook, told apart by its parts, and
 * read by quadrant-workbook-xlsx.c or -ods.c; anything else is CSV, decoded
 * here to UTF-8 and split into rows by quadrant-csv-import-parse.c. The
 * encoding is found from a byte order mark (UTF-8, UTF-16 LE or BE), from
 * the zero bytes of UTF-16 without one, and else from whether the bytes are
 * valid UTF-8; what is not is Windows-1252, what Excel writes in western
 * Europe as "CSV".
 */
#define G_LOG_DOMAIN "quadrant-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-workbook-private.h"

struct _QuadrantWorkbook {
  GObject parent_instance;

  QuadrantWorkbookFormat format;
  const char            *encoding;  /* static, untranslated */
  char                   separator;
  GPtrArray             *sheets;    /* Sheet* */
};

G_DEFINE_FINAL_TYPE (QuadrantWorkbook, quadrant_workbook, G_TYPE_OBJECT)

static const char * const format_names[] = {
  [QUADRANT_WORKBOOK_FORMAT_AUTO] = "auto",
  [QUADRANT_WORKBOOK_FORMAT_CSV] = "csv",
  [QUADRANT_WORKBOOK_FORMAT_XLSX] = "xlsx",
  [QUADRANT_WORKBOOK_FORMAT_ODS] = "ods",
};

/* ---- Sheets ---- */

void
_quadrant_row_clear (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->cells, g_ptr_array_unref);
}

Sheet *
_quadrant_sheet_new (const char *name)
{
  Sheet *sheet = g_new0 (Sheet, 1);

  sheet->name = g_strdup (name);
  sheet->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (sheet->rows, _quadrant_row_clear);
  return sheet;
}

void
_quadrant_sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_clear_pointer (&sheet->rows, g_array_unref);
  g_free (sheet);
}

static gboolean
text_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

gboolean
_quadrant_sheet_set_cell (Sheet       *sheet,
                          guint        row,
                          guint        column,
                          const char  *text,
                          GError     **error)
{
  Row *last = sheet->rows->len > 0 ? &g_array_index (sheet->rows, Row, sheet->rows->len - 1) : NULL;

  if (text == NULL || text_blank (text))
    return TRUE;

  if (column >= QUADRANT_WORKBOOK_MAX_COLUMNS)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The sheet “%s” has a value in column %u of row %u; Quadrant reads at most %d columns"),
                   sheet->name, column + 1, row, QUADRANT_WORKBOOK_MAX_COLUMNS);
      return FALSE;
    }
  if (++sheet->n_cells > QUADRANT_WORKBOOK_MAX_CELLS)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The sheet “%s” has more than %d cells with values; Quadrant reads at most that many"),
                   sheet->name, QUADRANT_WORKBOOK_MAX_CELLS);
      return FALSE;
    }

  if (last == NULL || last->line != row)
    {
      Row new_row = { row, g_ptr_array_new_with_free_func (g_free) };

      if (sheet->rows->len >= QUADRANT_WORKBOOK_MAX_ROWS)
        {
          g_ptr_array_unref (new_row.cells);
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                       _("The sheet “%s” has more than %d rows with values; Quadrant reads at most that many"),
                       sheet->name, QUADRANT_WORKBOOK_MAX_ROWS);
          return FALSE;
        }
      g_array_append_val (sheet->rows, new_row);
      last = &g_array_index (sheet->rows, Row, sheet->rows->len - 1);
    }

  while (last->cells->len <= column)
    g_ptr_array_add (last->cells, g_strdup (""));
  g_free (g_ptr_array_index (last->cells, column));
  g_ptr_array_index (last->cells, column) = g_strdup (text);

  return TRUE;
}

/* ---- GObject ---- */

static void
quadrant_workbook_finalize (GObject *object)
{
  QuadrantWorkbook *self = QUADRANT_WORKBOOK (object);

  g_clear_pointer (&self->sheets, g_ptr_array_unref);

  G_OBJECT_CLASS (quadrant_workbook_parent_class)->finalize (object);
}

static void
quadrant_workbook_class_init (QuadrantWorkbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = quadrant_workbook_finalize;
}

static void
quadrant_workbook_init (QuadrantWorkbook *self)
{
}

QuadrantWorkbook *
_quadrant_workbook_new (QuadrantWorkbookFormat  format,
                        GPtrArray              *sheets)
{
  QuadrantWorkbook *self = g_object_new (QUADRANT_TYPE_WORKBOOK, NULL);

  self->format = format;
  self->sheets = sheets;
  return self;
}

GArray *
_quadrant_workbook_get_rows (QuadrantWorkbook *self,
                             guint             sheet)
{
  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (sheet < self->sheets->len, NULL);

  return ((Sheet *) g_ptr_array_index (self->sheets, sheet))->rows;
}

/* ---- CSV ---- */

/* length bytes and a zero byte after them: data need not end with one (a
 * caller's buffer, not a file read with g_file_get_contents ()), and may hold
 * zero bytes of its own. */
static char *
copy_terminated (const char *data,
                 gsize       length)
{
  char *copy = g_malloc (length + 1);

  memcpy (copy, data, length);
  copy[length] = '\0';
  return copy;
}

/* The text as UTF-8, and the encoding it was in. */
static char *
decode_csv (const char  *data,
            gsize        length,
            const char **encoding,
            gsize       *out_length,
            GError     **error)
{
  const char *from = NULL;
  gsize skip = 0;
  g_autoptr(GError) local_error = NULL;
  char *text;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      *encoding = N_("UTF-8 with byte order mark");
      *out_length = length - 3;
      return copy_terminated (data + 3, length - 3);
    }
  if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    from = "UTF-16LE", skip = 2, *encoding = N_("UTF-16 (little endian)");
  else if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    from = "UTF-16BE", skip = 2, *encoding = N_("UTF-16 (big endian)");
  /* UTF-16 without a mark: ASCII letters with a zero byte beside each. */
  else if (length >= 4 && length % 2 == 0 && data[0] != 0 && data[1] == 0 && data[2] != 0 && data[3] == 0)
    from = "UTF-16LE", *encoding = N_("UTF-16 (little endian)");
  else if (length >= 4 && length % 2 == 0 && data[0] == 0 && data[1] != 0 && data[2] == 0 && data[3] != 0)
    from = "UTF-16BE", *encoding = N_("UTF-16 (big endian)");
  else if (g_utf8_validate_len (data, length, NULL))
    {
      *encoding = N_("UTF-8");
      *out_length = length;
      return copy_terminated (data, length);
    }
  else
    {
      guint line = 1;

      from = "WINDOWS-1252", *encoding = N_("Windows-1252");
      /* The five bytes Windows-1252 leaves undefined, and zero bytes. */
      for (gsize i = 0; i < length; i++)
        {
          guchar c = data[i];

          if (c == 0 || c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
            {
              g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_INVALID_UTF8,
                           _("Line %u is neither UTF-8 nor Windows-1252 text; save the file as “CSV UTF-8” and try again"),
                           line);
              return NULL;
            }
          if (c == '\n')
            line++;
        }
    }

  text = g_convert (data + skip, length - skip, "UTF-8", from, NULL, out_length, &local_error);
  if (text == NULL)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_INVALID_UTF8,
                   _("The file looks like %s text but is not valid; save it as “CSV UTF-8” and try again"),
                   _(*encoding));
      return NULL;
    }

  return text;
}

static QuadrantWorkbook *
read_csv (const char  *data,
          gsize        length,
          GError     **error)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (_quadrant_sheet_free);
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  gsize text_length = 0;
  char separator = ',';
  Sheet *sheet;
  QuadrantWorkbook *self;

  text = decode_csv (data, length, &encoding, &text_length, error);
  if (text == NULL)
    return NULL;

  sheet = _quadrant_sheet_new ("CSV");
  g_ptr_array_add (sheets, sheet);
  if (!_quadrant_csv_parse (text, text_length, &separator, sheet->rows, error))
    return NULL;

  self = _quadrant_workbook_new (QUADRANT_WORKBOOK_FORMAT_CSV, g_steal_pointer (&sheets));
  self->encoding = encoding;
  self->separator = separator;
  return self;
}

/* ---- Public API ---- */

gboolean
quadrant_workbook_format_from_name (const char             *name,
                                    QuadrantWorkbookFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = QUADRANT_WORKBOOK_FORMAT_CSV; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }

  return FALSE;
}

const char *
quadrant_workbook_format_to_name (QuadrantWorkbookFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);

  return format_names[format];
}

QuadrantWorkbook *
quadrant_workbook_new_from_data (const char              *data,
                                 gsize                    length,
                                 QuadrantWorkbookFormat   format,
                                 GError                 **error)
{
  gboolean is_zip;
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GsfInfile) zip = NULL;
  g_autoptr(GError) zip_error = NULL;
  g_autoptr(GsfInput) probe = NULL;
  GPtrArray *sheets;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > QUADRANT_WORKBOOK_MAX_FILE_SIZE)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB"), QUADRANT_WORKBOOK_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  is_zip = length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0;
  if (format == QUADRANT_WORKBOOK_FORMAT_AUTO && !is_zip)
    format = QUADRANT_WORKBOOK_FORMAT_CSV;

  if (format == QUADRANT_WORKBOOK_FORMAT_CSV)
    {
      if (is_zip)
        {
          g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_NOT_SPREADSHEET,
                               _("The file is a ZIP archive (a workbook?), not CSV text; import it as XLSX or ODS"));
          return NULL;
        }
      return read_csv (data != NULL ? data : "", length, error);
    }

  if (!is_zip)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("The file is not an %s workbook (it is not a ZIP archive)"),
                   format == QUADRANT_WORKBOOK_FORMAT_ODS ? "ODS" : "XLSX");
      return NULL;
    }

  input = gsf_input_memory_new ((const guint8 *) data, length, FALSE);
  zip = gsf_infile_zip_new (input, &zip_error);
  if (zip == NULL)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                   _("The ZIP archive cannot be read: %s"), zip_error != NULL ? zip_error->message : "?");
      return NULL;
    }

  if (format == QUADRANT_WORKBOOK_FORMAT_AUTO)
    {
      probe = gsf_infile_child_by_name (zip, "xl");
      format = probe != NULL ? QUADRANT_WORKBOOK_FORMAT_XLSX : QUADRANT_WORKBOOK_FORMAT_ODS;
    }

  sheets = format == QUADRANT_WORKBOOK_FORMAT_XLSX ? _quadrant_xlsx_read (zip, error) : _quadrant_ods_read (zip, error);
  if (sheets == NULL)
    return NULL;

  return _quadrant_workbook_new (format, sheets);
}

QuadrantWorkbook *
quadrant_workbook_new_from_file (GFile                   *file,
                                 QuadrantWorkbookFormat   format,
                                 GError                 **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > QUADRANT_WORKBOOK_MAX_FILE_SIZE)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB"), QUADRANT_WORKBOOK_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return quadrant_workbook_new_from_data (contents, length, format, error);
}

QuadrantWorkbookFormat
quadrant_workbook_get_format (QuadrantWorkbook *self)
{
  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (self), QUADRANT_WORKBOOK_FORMAT_AUTO);

  return self->format;
}

const char *
quadrant_workbook_get_encoding (QuadrantWorkbook *self)
{
  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (self), NULL);

  return self->encoding != NULL ? _(self->encoding) : NULL;
}

char
quadrant_workbook_get_separator (QuadrantWorkbook *self)
{
  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (self), 0);

  return self->separator;
}

guint
quadrant_workbook_get_n_sheets (QuadrantWorkbook *self)
{
  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (self), 0);

  return self->sheets->len;
}

const char *
quadrant_workbook_get_sheet_name (QuadrantWorkbook *self,
                                  guint             sheet)
{
  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (sheet < self->sheets->len, NULL);

  return ((Sheet *) g_ptr_array_index (self->sheets, sheet))->name;
}

guint
quadrant_workbook_get_n_rows (QuadrantWorkbook *self,
                              guint             sheet)
{
  return _quadrant_workbook_get_rows (self, sheet)->len;
}
