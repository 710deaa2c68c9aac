/* bench-import.c: CSV import speed at 10,000 and 1,000,000 rows
 *
 * A spreadsheet of N rows (one party with one requirement each, ratings, a
 * decision and a date) is made in memory and imported into a new register: read, mapped,
 * validated and applied. The reference, measured on the same machine in the
 * same run, is reading the same text into rows of cells (the workbook reader,
 * the part every spreadsheet program does too), so "import / read" says what
 * mapping, checking and building cost on top. The time per row at 1,000,000 rows over the time per
 * row at 10,000 says whether the import is linear (about 1) or not. Reports;
 * never fails on a number. No data is kept on disk.
 */
#define G_LOG_DOMAIN "quadrant-bench"

#include "config.h"

#include "quadrant-bench-stats.h"
#include "quadrant-csv-import.h"

static const guint sizes[] = { 10000, 1000000 };

static GString *
make_csv (guint n_rows)
{
  static const char *decisions[] = { "yes", "no", "partly", "" };
  GString *csv = g_string_sized_new ((gsize) n_rows * 40);

  g_string_append (csv, "Party,Category,Power,Interest,Requirement,Addressed,Last reviewed\n");
  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (csv, "P%u,%s,%u,%u,R%u,%s,2026-%02u-%02u\n", i, i % 3 == 0 ? "internal" : "external",
                            (i * 37) % 101, (i * 53) % 101, i, decisions[i % G_N_ELEMENTS (decisions)],
                            i % 12 + 1, i % 28 + 1);
  return csv;
}

/* Seconds to import csv into a new register, returned in *reg. */
static double
import (GString           *csv,
        QuadrantRegister **reg)
{
  g_autoptr(QuadrantCsvImport) importer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  *reg = quadrant_register_new ();
  importer = quadrant_csv_import_new_from_data (csv->str, csv->len, &error);
  if (importer == NULL || !quadrant_csv_import_check_mapping (importer, &error))
    g_error ("The generated spreadsheet cannot be imported: %s", error->message);
  quadrant_csv_import_validate (importer, *reg);
  if (!quadrant_csv_import_apply (importer, *reg, FALSE, NULL, NULL, &error))
    g_error ("The generated spreadsheet cannot be imported: %s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
read_cells (GString *csv)
{
  g_autoptr(QuadrantWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  workbook = quadrant_workbook_new_from_data (csv->str, csv->len, QUADRANT_WORKBOOK_FORMAT_CSV, &error);
  if (workbook == NULL)
    g_error ("The generated spreadsheet cannot be read: %s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  double per_row[G_N_ELEMENTS (sizes)];

  g_print ("CSV import, one party and one requirement per row; reference: reading the same text into cells\n");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GString) csv = make_csv (sizes[s]);
      g_autoptr(QuadrantRegister) reg = NULL;
      g_autofree char *label = g_strdup_printf ("%u rows", sizes[s]);
      g_autofree char *extra = NULL;
      double import_seconds, read_seconds;

      import_seconds = import (csv, &reg);
      if (quadrant_register_get_n_parties (reg) != sizes[s])
        g_error ("%u rows imported as %u parties", sizes[s], quadrant_register_get_n_parties (reg));
      g_clear_object (&reg);
      read_seconds = read_cells (csv);

      per_row[s] = import_seconds / sizes[s];
      extra = g_strdup_printf ("%.1f MB of CSV in %.2f s; import / read: %.1f",
                               csv->len / 1e6, import_seconds,
                               quadrant_bench_ratio (import_seconds, read_seconds));
      quadrant_bench_print_row (14, label, sizes[s] / import_seconds, "rows/s", extra);
    }
  g_print ("Time per row at %u rows / at %u rows: %.2f (1 is linear)\n", sizes[1], sizes[0],
           quadrant_bench_ratio (per_row[1], per_row[0]));
  return 0;
}
