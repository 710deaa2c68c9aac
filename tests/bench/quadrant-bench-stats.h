/* quadrant-bench-stats.h: the statistics the benchmarks report */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The q-quantile by nearest rank; q = 0.5 of an even count is the mean of
 * the two middle values. -1 when there are no values. */
double quadrant_bench_quantile (const double *values,
                                guint         n,
                                double        q);
double quadrant_bench_median   (const double *values,
                                guint         n);
/* a / b, or -1 ("n/a") when either is missing. */
double quadrant_bench_ratio    (double        a,
                                double        b);

G_END_DECLS
