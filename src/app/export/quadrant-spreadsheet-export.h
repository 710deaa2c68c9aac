/* quadrant-spreadsheet-export.h: "Export Spreadsheet…" and "Export CSV…"
 * in a document window */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* win.export-xlsx: asks where to save, then writes the register as an Excel
 * workbook (quadrant-xlsx-export.h). */
void quadrant_spreadsheet_export_xlsx_activated (GtkWidget  *window,
                                                 const char *action_name,
                                                 GVariant   *parameter);

/* win.export-csv ("requirements" or "parties": one row per requirement or
 * per party, with readable labels; "requirements-words" or "parties-words":
 * the register file's words, for tools): asks where to save, then writes the
 * CSV (quadrant-csv.h). */
void quadrant_spreadsheet_export_csv_activated  (GtkWidget  *window,
                                                 const char *action_name,
                                                 GVariant   *parameter);

G_END_DECLS
