/* fuzz-reader.c: the reader on arbitrary bytes
 *
 * Built as a libFuzzer target with -DQUADRANT_LIBFUZZER (clang
 * -fsanitize=fuzzer), otherwise with the small driver below, which runs the
 * target once on every file (or every file in every folder) it is given; the
 * test suite runs it over tests/fuzz/fuzz-corpus so the target always builds and runs.
 */
#define G_LOG_DOMAIN "fuzz-reader"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "quadrant-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;

  reg = quadrant_reader_load_data ((const char *) data, size, "fuzz.quadrant.xml", &error);

  /* exactly one of a register and an error, and a usable message */
  if (reg != NULL)
    {
      g_assert_null (error);
      g_assert_false (quadrant_register_is_dirty (reg));
      g_assert_false (quadrant_register_can_undo (reg));
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == QUADRANT_READER_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_true (g_str_has_prefix (error->message, "fuzz.quadrant.xml"));
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
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;

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
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += run_path (argv[i]);
  if (n == 0)
    {
      g_printerr ("fuzz-reader: no inputs; give files or folders\n");
      return EXIT_FAILURE;
    }
  g_print ("fuzz-reader: %u inputs\n", n);
  return EXIT_SUCCESS;
}

#endif
