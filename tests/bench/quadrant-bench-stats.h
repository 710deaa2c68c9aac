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

/* This process's peak resident set (VmHWM) in kB, or -1 when unknown. */
double quadrant_bench_peak_rss_kb (void);

/* Prints "  label   value unit  (extra)", label padded to label_width;
 * a negative value prints as "n/a", a NULL extra not at all. */
void   quadrant_bench_print_row   (int           label_width,
                                   const char   *label,
                                   double        value,
                                   const char   *unit,
                                   const char   *extra);

G_END_DECLS
