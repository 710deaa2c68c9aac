/* csv-import-checks.h: what the CSV import tests share: parsing and
 * importing text that must be good, and the parties and requirements of
 * the result */
#pragma once

#include "quadrant-csv-import.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

/* csv parsed; the test fails on a parse error. */
QuadrantCsvImport   *parse_ok       (const char       *csv);
/* csv imported into a new register, expecting every row to be good. */
QuadrantRegister    *import_ok      (const char       *csv);
/* The i-th party of reg (the register keeps it); the test fails without. */
QuadrantParty       *party_at       (QuadrantRegister *reg,
                                     guint             i);
QuadrantRequirement *requirement_at (QuadrantParty    *party,
                                     guint             i);

G_END_DECLS
