/* generate-register.c: writes a large, realistic register file
 *
 *   generate-register [--parties N] [--requirements N] [--seed S] [--output FILE]
 *
 * The output is the writer's canonical form of quadrant_generate_register(), so
 * the same options always give the same bytes. Without --output (or with "-")
 * the file goes to standard output.
 */
#define G_LOG_DOMAIN "quadrant-generate"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "quadrant-generate.h"
#include "quadrant-writer.h"

int
main (int   argc,
      char *argv[])
{
  int n_parties = QUADRANT_GENERATE_DEFAULT_PARTIES;
  int n_requirements = QUADRANT_GENERATE_DEFAULT_REQUIREMENTS;
  int seed = 1;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "parties", 'p', 0, G_OPTION_ARG_INT, &n_parties, "Number of parties (default 5000)", "N" },
    { "requirements", 'r', 0, G_OPTION_ARG_INT, &n_requirements,
      "Number of requirements in all (default 50000)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the generator (default 1)", "S" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "File to write (default: standard output)", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize length;

  g_option_context_set_summary (context, "Writes a large, realistic Quadrant register for benchmarks and tests.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("generate-register: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (argc > 1 || n_parties < 0 || n_requirements < 0)
    {
      g_printerr ("generate-register: counts must be zero or more, and no other arguments are taken\n");
      return EXIT_FAILURE;
    }

  reg = quadrant_generate_register (n_parties, n_requirements, (guint32) seed);
  bytes = quadrant_writer_to_bytes (reg);
  data = g_bytes_get_data (bytes, &length);

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr ("generate-register: cannot write to standard output\n");
          return EXIT_FAILURE;
        }
    }
  else if (!g_file_set_contents (output, data, length, &error))
    {
      g_printerr ("generate-register: %s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
