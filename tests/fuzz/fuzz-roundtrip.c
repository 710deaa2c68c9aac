/* fuzz-roundtrip.c: what the reader accepts, the writer writes back the same
 *
 * For any input the reader takes, load → save → load → save gives the same
 * bytes both times (saving an unchanged register is byte-identical), and the
 * saved file loads. Built as a libFuzzer target with -DQUADRANT_LIBFUZZER
 * (make fuzz, inputs up to 1 MB), otherwise with a small driver that runs it
 * once on every file of the folders given (the suite runs the reader's seeds).
 */
#define G_LOG_DOMAIN "fuzz-roundtrip"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quadrant-reader.h"
#include "quadrant-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(QuadrantRegister) first = NULL;
  g_autoptr(QuadrantRegister) second = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  first = quadrant_reader_load_data ((const char *) data, size, "fuzz.quadrant.xml", NULL);
  if (first == NULL)
    return 0;

  saved = quadrant_writer_to_bytes (first);
  second = quadrant_reader_load_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                      "saved.quadrant.xml", &error);
  if (second == NULL)
    g_error ("A register the reader accepted was saved as a file it refuses: %s", error->message);
  saved_again = quadrant_writer_to_bytes (second);
  if (!g_bytes_equal (saved, saved_again))
    g_error ("Saving the loaded copy of a saved register changed the bytes (%zu, then %zu bytes)",
             g_bytes_get_size (saved), g_bytes_get_size (saved_again));
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
      g_printerr ("fuzz-roundtrip: no inputs; give files or folders\n");
      return EXIT_FAILURE;
    }
  g_print ("fuzz-roundtrip: %u inputs\n", n);
  return EXIT_SUCCESS;
}

#endif
