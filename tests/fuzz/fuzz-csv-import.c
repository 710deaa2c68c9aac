/* fuzz-csv-import.c: the CSV import on arbitrary bytes
 *
 * Built as a libFuzzer target with -DQUADRANT_LIBFUZZER (clang
 * -fsanitize=fuzzer), otherwise with a small driver that runs the target
 * once on every file in the folders it is given; the suite runs it over
 * tests/fuzz/fuzz-corpus/csv-import.
 *
 * Beyond not crashing: a file is either read or refused with an import
 * error; every row is either good or listed once, by a line inside the
 * file (or skipped as placeholders only); the import is one undo step; and what it builds saves as a register
 * that the reader loads again.
 */
#define G_LOG_DOMAIN "fuzz-csv-import"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "quadrant-csv-import.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static guint
count_lines (const uint8_t *data,
             size_t         size)
{
  guint lines = 1;

  for (size_t i = 0; i < size; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
      lines++;

  return lines;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(QuadrantRegister) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *problems;
  guint last_line = 0;
  guint n_parties = 0, n_requirements = 0;

  import = quadrant_csv_import_new_from_data ((const char *) data, size, &error);
  if (import == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == QUADRANT_CSV_IMPORT_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_null (error);
  g_assert_cmpuint (quadrant_csv_import_get_n_rows (import), >, 0);

  reg = quadrant_register_new ();
  if (!quadrant_csv_import_check_mapping (import, &error))
    {
      g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING);
      g_clear_error (&error);
      /* Any file can be imported once some column holds the names. */
      quadrant_csv_import_set_mapping (import, 0, QUADRANT_CSV_FIELD_NAME);
    }

  problems = quadrant_csv_import_validate (import, reg);
  g_assert_cmpuint (problems->len + quadrant_csv_import_get_n_good_rows (import) +
                    quadrant_csv_import_get_n_skipped_rows (import), ==,
                    quadrant_csv_import_get_n_rows (import));
  for (guint i = 0; i < problems->len; i++)
    {
      QuadrantCsvProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (problem->line, >, last_line);
      g_assert_cmpuint (problem->line, >=, 2);
      g_assert_cmpuint (problem->line, <=, count_lines (data, size));
      g_assert_true (g_utf8_validate (problem->message, -1, NULL));
      last_line = problem->line;
    }

  g_assert_true (quadrant_csv_import_apply (import, reg, TRUE, &n_parties, &n_requirements, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, n_parties);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, n_requirements);

  bytes = quadrant_writer_to_bytes (reg);
  again = quadrant_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "import", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (again), ==, n_parties);
  g_assert_cmpuint (quadrant_register_get_n_requirements (again), ==, n_requirements);

  if (n_parties + n_requirements > 0)
    {
      g_assert_true (quadrant_register_undo (reg));
      g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
      g_assert_false (quadrant_register_can_undo (reg));
    }

  return 0;
}

#ifndef QUADRANT_LIBFUZZER

static guint
run_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;
      guint n = 0;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += run_path (child);
        }
      return n;
    }

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);

  /* Every prefix too: truncated files are the commonest damage. */
  for (gsize cut = 0; cut < length; cut += 1 + length / 64)
    LLVMFuzzerTestOneInput ((const uint8_t *) contents, cut);

  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    n += run_path (argv[i]);

  g_print ("%u inputs\n", n);
  return n > 0 ? 0 : 1;
}

#endif
