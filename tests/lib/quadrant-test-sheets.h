/* quadrant-test-sheets.h: spreadsheets written at test time, as real ones are
 *
 * A sheet is described as text: rows separated by "\n", cells by "|". In a
 * cell, "¶" is a line break inside it; a leading "#" makes it a number
 * ("#5", "#0.8"), "%" a percentage ("%0.8" shows 80%), "@" a date
 * ("@2024-01-05"). A row starting with "!" is a title merged across the
 * first four columns. XLSX is written by libxlsxwriter, the way Excel writes
 * it (shared strings, styles, dates as day numbers), or with inline strings
 * when inline is set (libxlsxwriter's constant-memory mode, as streaming
 * writers do); ODS by libgsf, the way LibreOffice writes it (a stored
 * mimetype first, repeated empty rows and columns, covered cells).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *name;
  const char *text;
} QuadrantTestSheet;

/* Writes the sheets to a new file in a temporary folder; returns its path. */
char *quadrant_test_write_xlsx (const char              *file_name,
                                const QuadrantTestSheet *sheets,
                                guint                    n_sheets,
                                gboolean                 inline_strings);
char *quadrant_test_write_ods  (const char              *file_name,
                                const QuadrantTestSheet *sheets,
                                guint                    n_sheets);
/* CSV as a spreadsheet saves it: cells quoted when they hold the separator,
 * a quote or a line break; CRLF line ends; encoding "UTF-8", "UTF-8-BOM",
 * "UTF-16LE" (with its byte order mark, as Excel's "Unicode Text") or
 * "WINDOWS-1252". */
char *quadrant_test_write_csv  (const char              *file_name,
                                const char              *text,
                                char                     separator,
                                const char              *encoding);
/* A ZIP container with the given parts: names[i] holds contents[i]
 * (NULL-terminated arrays), compressed. */
char *quadrant_test_write_zip  (const char              *file_name,
                                const char * const      *names,
                                const char * const      *contents);
/* The sheet's cells, for comparing what an import read. */
GPtrArray *quadrant_test_sheet_rows (const char         *text);

G_END_DECLS
