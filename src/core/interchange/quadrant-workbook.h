/* quadrant-workbook.h: the sheets of a spreadsheet file, as rows of text
 *
 * What the import reads before it knows what the columns mean: the sheets of
 * an XLSX or ODS workbook, or the one sheet of a CSV file, each a list of rows
 * of cells as text, with the row (or line) each starts on. CSV is read in
 * UTF-8 (with or without a byte order mark), UTF-16 (little or big endian) or
 * Windows-1252, and the encoding found is named. Hostile files are bounded:
 * the file, every part of a ZIP container, the depth of the XML, the rows and
 * the columns have limits, and passing one is an error that says which.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  QUADRANT_WORKBOOK_FORMAT_AUTO,
  QUADRANT_WORKBOOK_FORMAT_CSV,
  QUADRANT_WORKBOOK_FORMAT_XLSX,
  QUADRANT_WORKBOOK_FORMAT_ODS,
} QuadrantWorkbookFormat;

/* Limits against hostile files; each is far above a real register. */
#define QUADRANT_WORKBOOK_MAX_FILE_SIZE (64 * 1024 * 1024)
#define QUADRANT_WORKBOOK_MAX_PART_SIZE (128 * 1024 * 1024)
#define QUADRANT_WORKBOOK_MAX_ROWS      1048576 /* as many as a worksheet holds */
#define QUADRANT_WORKBOOK_MAX_COLUMNS   1024
#define QUADRANT_WORKBOOK_MAX_CELLS     8000000
#define QUADRANT_WORKBOOK_MAX_DEPTH     64
#define QUADRANT_WORKBOOK_MAX_SHEETS    256

#define QUADRANT_TYPE_WORKBOOK (quadrant_workbook_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantWorkbook, quadrant_workbook, QUADRANT, WORKBOOK, GObject)

/* "csv", "xlsx" or "ods" (case-insensitive); FALSE for anything else. */
gboolean          quadrant_workbook_format_from_name (const char              *name,
                                                      QuadrantWorkbookFormat  *format);
const char       *quadrant_workbook_format_to_name   (QuadrantWorkbookFormat   format);

/* AUTO looks at the bytes: a ZIP container is XLSX or ODS by its parts,
 * anything else CSV. Errors are in QUADRANT_CSV_IMPORT_ERROR. */
QuadrantWorkbook *quadrant_workbook_new_from_data    (const char              *data,
                                                      gsize                    length,
                                                      QuadrantWorkbookFormat   format,
                                                      GError                 **error);
QuadrantWorkbook *quadrant_workbook_new_from_file    (GFile                   *file,
                                                      QuadrantWorkbookFormat   format,
                                                      GError                 **error);

QuadrantWorkbookFormat quadrant_workbook_get_format  (QuadrantWorkbook        *self);
/* CSV: the encoding found, translated ("UTF-8", "Windows-1252", ...); NULL otherwise. */
const char       *quadrant_workbook_get_encoding     (QuadrantWorkbook        *self);
/* CSV: ',', ';' or '\t'; 0 otherwise. */
char              quadrant_workbook_get_separator    (QuadrantWorkbook        *self);

guint             quadrant_workbook_get_n_sheets     (QuadrantWorkbook        *self);
const char       *quadrant_workbook_get_sheet_name   (QuadrantWorkbook        *self,
                                                      guint                    sheet);
/* Rows that are not blank. */
guint             quadrant_workbook_get_n_rows       (QuadrantWorkbook        *self,
                                                      guint                    sheet);

G_END_DECLS
