/* quadrant-bench-stats.c: the statistics the benchmarks report */
#include <stdlib.h>
#include <string.h>

#include "quadrant-bench-stats.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
quadrant_bench_quantile (const double *values,
                         guint         n,
                         double        q)
{
  g_autofree double *sorted = NULL;
  guint rank;

  if (n == 0)
    return -1;
  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  if (q == 0.5 && n % 2 == 0)
    return (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  rank = (guint) (q * n + 0.999999);
  return sorted[CLAMP (rank, 1, n) - 1];
}

double
quadrant_bench_median (const double *values,
                       guint         n)
{
  return quadrant_bench_quantile (values, n, 0.5);
}

double
quadrant_bench_ratio (double a,
                      double b)
{
  return a >= 0 && b > 0 ? a / b : -1;
}

double
quadrant_bench_peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtod (line + strlen ("VmHWM:"), NULL) : -1;
}

void
quadrant_bench_print_row (int         label_width,
                          const char *label,
                          double      value,
                          const char *unit,
                          const char *extra)
{
  if (value < 0)
    g_print ("  %-*s %9s", label_width, label, "n/a");
  else
    g_print ("  %-*s %9.1f %s", label_width, label, value, unit);
  if (extra != NULL)
    g_print ("  (%s)", extra);
  g_print ("\n");
}
