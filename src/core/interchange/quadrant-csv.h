/* quadrant-csv.h: CSV (RFC 4180) export, safe against formula injection
 *
 * The exports are UTF-8 with a byte order mark (so that Excel detects the
 * encoding), CRLF row ends, a header row of fixed untranslated column names,
 * and enumerated values as the register file's words. See quadrant-csv.c.
 */
#pragma once

#include "quadrant-export-table.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

/* One row per requirement with its party's columns (a party without
 * requirements gets one row with empty requirement columns). Columns:
 * party-id, party-name, category, kind, power, interest, quadrant,
 * current-support, desired-support, party-owner, requirement-id, statement,
 * type, source, priority, decision, rationale, references ("control: A.5.34;
 * policy: Privacy policy"), requirement-owner, review-date. */
char *quadrant_csv_export_requirements (QuadrantRegister *reg);
/* One row per party. Columns: party-id, name, category, kind, description,
 * power, interest, quadrant, current-support, desired-support, owner, contact,
 * identified-by, identified-on, engagement-communication, engagement-channel,
 * engagement-frequency, engagement-responsible, last-reviewed, notes,
 * requirements (count), undecided (count). */
char *quadrant_csv_export_parties      (QuadrantRegister *reg);
/* Either table; labels: translated headers and values ("Manage closely")
 * instead of the file's words. */
char *quadrant_csv_export                (QuadrantRegister    *reg,
                                          QuadrantExportTable  table,
                                          gboolean             labels);
/* Appends one CSV cell (no separator): quoted when needed, and a leading =, +, -, @, tab or CR
 * neutralised with a ' so that spreadsheets do not run it as a formula. */
void  quadrant_csv_append_cell         (GString    *row,
                                        const char *value);

G_END_DECLS
