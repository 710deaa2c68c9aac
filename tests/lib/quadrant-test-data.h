/* quadrant-test-data.h: the project's data files as tests find them */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

/* name (e.g. "catalogue.xml") under data/: $QUADRANT_DATADIR, which the
 * test environment sets, else the source tree's. */
char             *quadrant_test_data_path    (const char *name);
/* The Northwind example register; the test fails if it does not load. */
QuadrantRegister *quadrant_test_load_example (void);

G_END_DECLS
