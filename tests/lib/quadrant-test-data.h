/* quadrant-test-data.h: the project's data files as tests find them */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

/* name (e.g. "catalogue.xml") under data/: $QUADRANT_DATADIR, which the
 * test environment sets, else the source tree's. */
char             *quadrant_test_data_path    (const char *name);
/* The Northwind example register; the test fails if it does not load. */
QuadrantRegister *quadrant_test_load_example (void);
/* reg written and read back (the test fails if it does not load);
 * bytes_out (may be NULL) gets what was written. */
QuadrantRegister *quadrant_test_reload       (QuadrantRegister  *reg,
                                              GBytes           **bytes_out);
/* NULL when xml is a register valid against the schema, else what the
 * validator says is wrong. */
char             *quadrant_test_schema_errors (const char *xml,
                                               gsize       length);
/* Fails the test unless bytes is a register valid against the schema. */
void              quadrant_test_assert_valid (GBytes            *bytes);
/* A new party named name at power and interest (QUADRANT_NOT_ASSESSED for
 * one not yet on the map), appended to reg without an undo step; the
 * register keeps it. */
QuadrantParty    *quadrant_test_add_party    (QuadrantRegister  *reg,
                                              const char        *name,
                                              int                power,
                                              int                interest);

G_END_DECLS
