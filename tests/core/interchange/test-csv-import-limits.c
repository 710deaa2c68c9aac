/* test-csv-import-limits.c: nothing imported that the reader would refuse
 *
 * A cell longer than the longest text a register may hold makes its row one
 * that cannot be imported, with a message naming the column and the sizes
 * (the row's line comes with the problem); the other rows import, and the
 * register saved from them opens again. */
#define G_LOG_DOMAIN "test-csv-import-limits"

#include "config.h"

#include <string.h>

#include "quadrant-csv-import.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"

static void
test_long_cell (void)
{
  g_autoptr(GString) csv = g_string_new ("Name,Notes,Requirement\nShort,fine,R1\nLong,");
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantRegister) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  QuadrantCsvProblem *problem;

  for (gsize i = 0; i <= QUADRANT_READER_MAX_TEXT_SIZE; i++)
    g_string_append_c (csv, 'x');
  g_string_append (csv, ",R2\nAlso short,ok,R3\n");

  import = quadrant_csv_import_new_from_data (csv->str, csv->len, &error);
  g_assert_no_error (error);
  g_assert_true (quadrant_csv_import_check_mapping (import, &error));
  problems = quadrant_csv_import_validate (import, reg);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->line, ==, 3);
  g_test_message ("%s", problem->message);
  g_assert_nonnull (strstr (problem->message, "column “Notes”"));
  /* g_format_size () puts a no-break space between number and unit. */
  g_assert_nonnull (strstr (problem->message, "at most 1.0"));

  /* The good rows: saved, and the file opens. */
  g_assert_true (quadrant_csv_import_apply (import, reg, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
  bytes = quadrant_writer_to_bytes (reg);
  loaded = quadrant_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "limits", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (loaded), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-import/limits/long-cell", test_long_cell);

  return g_test_run ();
}
