/* quadrant-xlsx-export.h: the register as an Excel workbook
 *
 * Four sheets, Parties, Requirements (one row per requirement, with its
 * party's columns), Findings (of the completeness check) and the parties
 * judged not relevant with their reasons ("Considered, Not Relevant"), with translated
 * headers and values ("Manage closely"), a frozen header row, filters,
 * column widths, and drop-down lists for the enumerations. Written with
 * libxlsxwriter; every text is a string cell, never a formula, so a name such
 * as "=cmd" stays text. Quadrant imports the workbook back to the same
 * register content (quadrant-csv-import.h).
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_XLSX_EXPORT_ERROR (quadrant_xlsx_export_error_quark ())

typedef enum {
  QUADRANT_XLSX_EXPORT_ERROR_TOO_LONG,  /* a text longer than a cell holds */
  QUADRANT_XLSX_EXPORT_ERROR_FAILED,    /* libxlsxwriter or the file failed */
} QuadrantXlsxExportError;

/* Excel's limit on the characters of one cell. */
#define QUADRANT_XLSX_MAX_CELL_CHARS 32767

GQuark  quadrant_xlsx_export_error_quark (void);

/* The workbook's bytes; today: the date reviews are compared with for the
 * findings (NULL: today). */
GBytes *quadrant_xlsx_export (QuadrantRegister  *reg,
                              GDate             *today,
                              GError           **error);

G_END_DECLS
