/* quadrant-generate.h: large, realistic registers for benchmarks and tests
 *
 * The same arguments always give the same register (ids included), so a test
 * can compare files byte for byte and a benchmark measures the same input on
 * every run. Every enumerated value occurs once the register has at least
 * 21 parties and 21 requirements (the largest enum, kind, has 21 values).
 */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

/* The size bench-core measures; also the generator's default. */
#define QUADRANT_GENERATE_DEFAULT_PARTIES      5000
#define QUADRANT_GENERATE_DEFAULT_REQUIREMENTS 50000

/* A register with n_parties parties holding n_requirements requirements in
 * total (spread unevenly, so some parties have none), a few revisions with
 * positions, references, and notes with non-ASCII text and characters that
 * must be escaped in XML. When n_parties is 0 there are no requirements. */
QuadrantRegister *quadrant_generate_register (guint   n_parties,
                                              guint   n_requirements,
                                              guint32 seed);

G_END_DECLS
