/* bench-core.c: how fast the reader and writer are, and how much memory loading takes
 *
 * Absolute times on a shared machine are noise, so every figure is compared
 * with a reference measured in the same run: libxml2's own streaming parser
 * (xmllint --stream) on the same file for loading, loading for saving, and
 * the file size for memory. The program reports; it never fails on a missed
 * target (tests assert behaviour, benchmarks report).
 *
 * Memory is measured in child processes (this program re-run with --load-only
 * or --baseline) while this process is still small: a child's peak RSS can
 * include what it inherited from its parent before exec, so the parent does
 * all its own loading only afterwards. Times are taken in rounds in which
 * xmllint and the reader run back to back, so that the other work of a shared
 * machine slows both alike.
 */
#define G_LOG_DOMAIN "quadrant-bench"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "quadrant-bench-stats.h"
#include "quadrant-generate.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"

#define LOAD_TARGET   2.0  /* load time / xmllint --stream time */
#define SAVE_TARGET   1.0  /* save time / load time */
#define MEMORY_TARGET 4.0  /* peak memory of loading / file size */

typedef struct {
  double seconds;   /* wall time from spawn to exit */
  double peak_kb;   /* ru_maxrss of exactly this child, from wait4() */
  double own_kb;    /* the child's own VmHWM as it reported it, or -1 */
  double inner_s;   /* the load time the child measured itself, or -1 */
} ChildRun;

/* ---- Options ---- */

static char    *opt_load_only;
static gboolean opt_baseline;
static char    *opt_generate;
static char    *opt_file;
static int      opt_parties = QUADRANT_GENERATE_DEFAULT_PARTIES;
static int      opt_requirements = QUADRANT_GENERATE_DEFAULT_REQUIREMENTS;
static int      opt_seed = 1;
static int      opt_runs = 5;
static gboolean opt_keep;

static const GOptionEntry entries[] = {
  { "file", 'f', 0, G_OPTION_ARG_FILENAME, &opt_file, "Measure this register instead of a generated one", "FILE" },
  { "parties", 'p', 0, G_OPTION_ARG_INT, &opt_parties, "Parties of the generated register (default 5000)", "N" },
  { "requirements", 'r', 0, G_OPTION_ARG_INT, &opt_requirements,
    "Requirements of the generated register (default 50000)", "N" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Seed of the generated register (default 1)", "S" },
  { "runs", 'n', 0, G_OPTION_ARG_INT, &opt_runs, "Runs of each measurement; the median is reported (default 5)", "N" },
  { "keep", 'k', 0, G_OPTION_ARG_NONE, &opt_keep, "Keep the temporary folder", NULL },
  /* Modes of the child processes. */
  { "load-only", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_load_only, NULL, NULL },
  { "baseline", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opt_baseline, NULL, NULL },
  { "generate", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_generate, NULL, NULL },
  { NULL }
};

/* ---- Helpers ---- */

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static double
parse_field (const char *output,
             const char *key)
{
  const char *found = output != NULL ? strstr (output, key) : NULL;

  return found != NULL ? g_ascii_strtod (found + strlen (key), NULL) : -1;
}

/* Runs argv to completion and measures it. With quiet, its output is thrown
 * away; otherwise its stdout is read (the children of this program report
 * there) and its stderr passes through, so errors are seen. Only a run
 * for_memory has a meaningful peak_kb. */
static gboolean
run_child (const char * const *argv,
           gboolean            quiet,
           gboolean            for_memory,
           ChildRun           *run,
           GError            **error)
{
  GSpawnFlags flags = G_SPAWN_DO_NOT_REAP_CHILD;
  g_autoptr(GString) output = g_string_new (NULL);
  struct rusage usage;
  GPid pid;
  int out_fd = -1;
  int status;
  gint64 start;

  if (quiet)
    flags |= G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL;
  /* Leaving descriptors open lets GLib use posix_spawn(), which does not copy
   * this process's page tables, so spawning costs the same however much
   * memory the benchmark holds. But such a child starts out in this process's
   * memory and its ru_maxrss includes this process's peak: not for memory. */
  if (!for_memory)
    flags |= G_SPAWN_LEAVE_DESCRIPTORS_OPEN;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, flags, NULL, NULL, &pid,
                                 NULL, quiet ? NULL : &out_fd, NULL, error))
    return FALSE;

  if (out_fd >= 0)
    {
      char buffer[4096];
      gssize n;

      while ((n = read (out_fd, buffer, sizeof buffer)) != 0)
        {
          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            break;
          g_string_append_len (output, buffer, n);
        }
      close (out_fd);
    }

  /* wait4() gives this child's own rusage; getrusage (RUSAGE_CHILDREN) would
   * be the largest of all children so far, xmllint's included. */
  while (wait4 (pid, &status, 0, &usage) < 0)
    {
      if (errno != EINTR)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                       "wait4: %s", g_strerror (errno));
          return FALSE;
        }
    }
  run->seconds = seconds_since (start);
  run->peak_kb = usage.ru_maxrss;
  run->own_kb = parse_field (output->str, "vmhwm_kb=");
  run->inner_s = parse_field (output->str, "load_s=");

  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: ", argv[0]);
      return FALSE;
    }
  return TRUE;
}

/* The median of each figure over n runs. */
static ChildRun
median_run (const ChildRun *runs,
            guint           n)
{
  g_autofree double *seconds = g_new (double, n);
  g_autofree double *peak = g_new (double, n);
  g_autofree double *own = g_new (double, n);
  g_autofree double *inner = g_new (double, n);
  ChildRun result;

  for (guint i = 0; i < n; i++)
    {
      seconds[i] = runs[i].seconds;
      peak[i] = runs[i].peak_kb;
      own[i] = runs[i].own_kb;
      inner[i] = runs[i].inner_s;
    }
  result.seconds = quadrant_bench_median (seconds, n);
  result.peak_kb = quadrant_bench_median (peak, n);
  result.own_kb = quadrant_bench_median (own, n);
  result.inner_s = quadrant_bench_median (inner, n);
  return result;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

static const char *
verdict (double ratio,
         double target)
{
  if (ratio < 0)
    return "n/a";
  return ratio <= target ? "PASS" : "MISS";
}

static void
row (const char *label,
     double      value,
     const char *unit,
     const char *extra)
{
  quadrant_bench_print_row (48, label, value, unit, extra);
}

static void
target (const char *label,
        double      value,
        double      limit,
        const char *how)
{
  if (value < 0)
    g_print ("  %-30s %8s  %-4s  (%s)\n", label, "n/a", verdict (value, limit), how);
  else
    g_print ("  %-30s %7.2fx  %-4s  (%s)\n", label, value, verdict (value, limit), how);
}

static double
ms (double seconds)
{
  return seconds * 1000;
}

static double
mb (double kb)
{
  return kb / 1024;
}

/* ---- Child modes ---- */

static int
run_load_only (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  QuadrantRegister *reg;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  reg = quadrant_reader_load_file (file, NULL, &error);
  elapsed = seconds_since (start);
  if (reg == NULL)
    {
      g_printerr ("bench-core: cannot load %s: %s\n", path, error->message);
      return EXIT_FAILURE;
    }
  /* Measured with the register still alive: that is what an open document costs. */
  g_print ("load_s=%.6f vmhwm_kb=%.0f\n", elapsed, quadrant_bench_peak_rss_kb ());
  /* Not freed: tearing down the objects is not part of loading, and the
   * whole-process time of this child is compared with xmllint's. */
  (void) reg;
  return EXIT_SUCCESS;
}

static int
run_baseline (void)
{
  /* Everything --load-only does but the load: same program, same libraries,
   * the model's types registered. */
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();

  g_print ("load_s=0 vmhwm_kb=%.0f\n", quadrant_bench_peak_rss_kb ());
  return EXIT_SUCCESS;
}

static int
run_generate (const char *path)
{
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  reg = quadrant_generate_register (opt_parties, opt_requirements, (guint32) opt_seed);
  bytes = quadrant_writer_to_bytes (reg);
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      g_printerr ("bench-core: %s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

/* ---- The benchmark ---- */

static gboolean
files_equal (const char *a,
             const char *b)
{
  g_autofree char *data_a = NULL;
  g_autofree char *data_b = NULL;
  gsize length_a, length_b;

  return g_file_get_contents (a, &data_a, &length_a, NULL) &&
         g_file_get_contents (b, &data_b, &length_b, NULL) &&
         length_a == length_b && memcmp (data_a, data_b, length_a) == 0;
}

static int
run_benchmark (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *saved_path = NULL;
  g_autofree char *extra = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autofree double *load_s = NULL;
  g_autofree double *bytes_s = NULL;
  g_autofree double *save_s = NULL;
  g_autofree ChildRun *baseline_runs = NULL;
  g_autofree ChildRun *load_runs = NULL;
  g_autofree ChildRun *lint_memory_runs = NULL;
  g_autofree ChildRun *lint_version_runs = NULL;
  g_autofree ChildRun *lint_stream_runs = NULL;
  ChildRun baseline = { -1, -1, -1, -1 }, load_child = { -1, -1, -1, -1 };
  ChildRun lint_version = { -1, -1, -1, -1 }, lint_stream = { -1, -1, -1, -1 };
  ChildRun lint_memory = { -1, -1, -1, -1 };
  double generate_s = -1, load = -1, to_bytes = -1, save = -1;
  double paired_load_ratio = -1;
  double net_kb, own_net_kb;
  guint n = MAX (opt_runs, 1);
  gboolean identical = FALSE;
  GStatBuf st;
  double size_kb;
  int status = EXIT_SUCCESS;

  if (self == NULL)
    {
      g_printerr ("bench-core: cannot find its own executable in /proc/self/exe\n");
      return EXIT_FAILURE;
    }

  tmpdir = g_dir_make_tmp ("quadrant-bench-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("bench-core: %s\n", error->message);
      return EXIT_FAILURE;
    }
  saved_path = g_build_filename (tmpdir, "saved.quadrant.xml", NULL);

  g_print ("Quadrant core benchmark\n\n");

  if (opt_file != NULL)
    path = g_strdup (opt_file);
  else
    {
      /* Generated in a child so that this process stays small until the
       * memory measurements are done. */
      const char *argv[] = { self, "--generate", NULL, "--parties", NULL, "--requirements", NULL,
                             "--seed", NULL, NULL };
      g_autofree char *parties = g_strdup_printf ("%d", opt_parties);
      g_autofree char *requirements = g_strdup_printf ("%d", opt_requirements);
      g_autofree char *seed = g_strdup_printf ("%d", opt_seed);
      ChildRun run;

      path = g_build_filename (tmpdir, "generated.quadrant.xml", NULL);
      argv[2] = path;
      argv[4] = parties;
      argv[6] = requirements;
      argv[8] = seed;
      if (!run_child (argv, FALSE, TRUE, &run, &error))
        {
          g_printerr ("bench-core: cannot generate the register: %s\n", error->message);
          status = EXIT_FAILURE;
          goto out;
        }
      generate_s = run.seconds;
    }

  if (g_stat (path, &st) != 0)
    {
      g_printerr ("bench-core: %s: %s\n", path, g_strerror (errno));
      status = EXIT_FAILURE;
      goto out;
    }
  size_kb = st.st_size / 1024.0;
  file = g_file_new_for_path (path);
  saved = g_file_new_for_path (saved_path);

  if (opt_file != NULL)
    g_print ("Register: %s, %.1f MB\n", path, mb (size_kb));
  else
    g_print ("Register: generated, %d parties and %d requirements (seed %d), %.1f MB, in %.0f ms\n",
             opt_parties, opt_requirements, opt_seed, mb (size_kb), ms (generate_s));
  g_print ("Every figure is the median of %u runs, after one warm-up run of each.\n"
           "xmllint is timed as a whole process, from spawn to exit, with nothing subtracted;\n"
           "xmllint --version shows what process start-up alone costs. Memory is the peak RSS\n"
           "of this program re-run with --load-only FILE, less that of a --baseline run (no load).\n\n", n);

  /* Memory first, while this process is small (see the top of the file).
   * Round 0 of each phase warms up and is not counted. */
  baseline_runs = g_new0 (ChildRun, n + 1);
  load_runs = g_new0 (ChildRun, n + 1);
  lint_memory_runs = g_new0 (ChildRun, n + 1);
  for (guint i = 0; i <= n; i++)
    {
      const char *baseline_argv[] = { self, "--baseline", NULL };
      const char *load_argv[] = { self, "--load-only", path, NULL };
      const char *stream_argv[] = { xmllint, "--stream", "--noout", path, NULL };

      if (!run_child (baseline_argv, FALSE, TRUE, &baseline_runs[i], &error) ||
          !run_child (load_argv, FALSE, TRUE, &load_runs[i], &error))
        {
          g_printerr ("bench-core: %s\n", error->message);
          status = EXIT_FAILURE;
          goto out;
        }
      if (xmllint != NULL && !run_child (stream_argv, FALSE, TRUE, &lint_memory_runs[i], &error))
        {
          g_printerr ("bench-core: xmllint failed, no reference: %s\n", error->message);
          g_clear_error (&error);
          g_clear_pointer (&xmllint, g_free);
        }
    }
  baseline = median_run (baseline_runs + 1, n);
  load_child = median_run (load_runs + 1, n);
  if (xmllint != NULL)
    lint_memory = median_run (lint_memory_runs + 1, n);

  /* Then times. xmllint and this process take turns in every round, so that
   * other work on a shared machine slows both alike. */
  lint_version_runs = g_new0 (ChildRun, n + 1);
  lint_stream_runs = g_new0 (ChildRun, n + 1);
  load_s = g_new (double, n);
  bytes_s = g_new (double, n);
  save_s = g_new (double, n);
  for (guint i = 0; i <= n; i++)
    {
      const char *version_argv[] = { xmllint, "--version", NULL };
      const char *stream_argv[] = { xmllint, "--stream", "--noout", path, NULL };
      g_autoptr(QuadrantRegister) reg = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gint64 start;
      double t_load, t_bytes, t_save;

      if (xmllint != NULL &&
          (!run_child (version_argv, TRUE, FALSE, &lint_version_runs[i], &error) ||
           !run_child (stream_argv, FALSE, FALSE, &lint_stream_runs[i], &error)))
        {
          g_printerr ("bench-core: xmllint failed, no reference: %s\n", error->message);
          g_clear_error (&error);
          g_clear_pointer (&xmllint, g_free);
        }

      start = g_get_monotonic_time ();
      reg = quadrant_reader_load_file (file, NULL, &error);
      t_load = seconds_since (start);
      if (reg == NULL)
        {
          g_printerr ("bench-core: cannot load %s: %s\n", path, error->message);
          status = EXIT_FAILURE;
          goto out;
        }

      start = g_get_monotonic_time ();
      bytes = quadrant_writer_to_bytes (reg);
      t_bytes = seconds_since (start);
      g_clear_pointer (&bytes, g_bytes_unref);

      start = g_get_monotonic_time ();
      if (!quadrant_writer_save (reg, saved, NULL, NULL, &error))
        {
          g_printerr ("bench-core: cannot save %s: %s\n", saved_path, error->message);
          status = EXIT_FAILURE;
          goto out;
        }
      t_save = seconds_since (start);

      if (i > 0)
        {
          load_s[i - 1] = t_load;
          bytes_s[i - 1] = t_bytes;
          save_s[i - 1] = t_save;
        }
    }
  if (xmllint != NULL)
    {
      g_autofree double *ratios = g_new (double, n);

      lint_version = median_run (lint_version_runs + 1, n);
      lint_stream = median_run (lint_stream_runs + 1, n);
      for (guint i = 0; i < n; i++)
        ratios[i] = quadrant_bench_ratio (load_s[i], lint_stream_runs[i + 1].seconds);
      paired_load_ratio = quadrant_bench_median (ratios, n);
    }
  load = quadrant_bench_median (load_s, n);
  to_bytes = quadrant_bench_median (bytes_s, n);
  save = quadrant_bench_median (save_s, n);
  identical = files_equal (path, saved_path);

  net_kb = load_child.peak_kb - baseline.peak_kb;
  own_net_kb = load_child.own_kb >= 0 && baseline.own_kb >= 0 ? load_child.own_kb - baseline.own_kb : -1;

  g_print ("Reference: libxml2's streaming parser, each whole process timed from spawn to exit\n");
  if (xmllint == NULL)
    g_print ("  xmllint not found (Debian package libxml2-utils): no load reference\n");
  else
    {
      row ("xmllint --version (process start-up only)", ms (lint_version.seconds), "ms", NULL);
      extra = g_strdup_printf ("%.1f ms without start-up", ms (lint_stream.seconds - lint_version.seconds));
      row ("xmllint --stream --noout FILE", ms (lint_stream.seconds), "ms", extra);
      row ("xmllint --stream peak RSS", mb (lint_memory.peak_kb), "MB", NULL);
    }

  g_print ("\nLoad\n");
  row ("quadrant_reader_load_file, in this process", ms (load), "ms", NULL);
  row ("the same, timed inside a --load-only child", ms (load_child.inner_s), "ms", NULL);
  g_free (extra);
  extra = g_strdup_printf ("--baseline, start-up only: %.1f ms", ms (baseline.seconds));
  row ("bench-core --load-only FILE, whole process", ms (load_child.seconds), "ms", extra);

  g_print ("\nSave\n");
  row ("quadrant_writer_save (temp file, sync, rename)", ms (save), "ms", NULL);
  row ("quadrant_writer_to_bytes (serialising only)", ms (to_bytes), "ms", NULL);
  g_print ("  %-48s %9s\n", "saved file byte-identical to the loaded one", identical ? "yes" : "NO");

  g_print ("\nMemory: peak RSS of a child process, from wait4's ru_maxrss\n");
  row ("bench-core --baseline (no load)", mb (baseline.peak_kb), "MB", NULL);
  g_free (extra);
  extra = g_strdup_printf ("net of baseline: %.1f MB", mb (net_kb));
  row ("bench-core --load-only FILE", mb (load_child.peak_kb), "MB", extra);
  row ("the child's own VmHWM, net of baseline's", mb (own_net_kb), "MB", "cross-check");
  row ("file size", mb (size_kb), "MB", NULL);

  g_print ("\nTargets\n");
  {
    double load_ratio = quadrant_bench_ratio (load, lint_stream.seconds);
    double save_ratio = quadrant_bench_ratio (save, load);
    double memory_ratio = quadrant_bench_ratio (net_kb, size_kb);

    target ("load <= 2x xmllint --stream", load_ratio, LOAD_TARGET,
            "in-process load / whole xmllint process");
    g_print ("      also: %.2fx against xmllint without its start-up; %.2fx whole process against whole process;\n"
             "      %.2fx as the median of each round's own ratio (the two ran back to back)\n",
             quadrant_bench_ratio (load, lint_stream.seconds - lint_version.seconds),
             quadrant_bench_ratio (load_child.seconds, lint_stream.seconds),
             paired_load_ratio);
    target ("save <= load", save_ratio, SAVE_TARGET, "save / in-process load");
    g_print ("      also: serialising alone is %.2fx of load\n", quadrant_bench_ratio (to_bytes, load));
    target ("peak memory <= 4x file size", memory_ratio, MEMORY_TARGET,
            "peak RSS net of baseline / file size");
    g_print ("      also: %.2fx without subtracting the baseline\n", quadrant_bench_ratio (load_child.peak_kb, size_kb));
  }

out:
  if (opt_keep)
    g_print ("\nKept %s\n", tmpdir);
  else
    remove_tree (tmpdir);

  return status;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context,
                                "Measures loading, saving and the memory of loading a large register against "
                                "libxml2's streaming parser and the file size.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-core: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (opt_parties < 0 || opt_requirements < 0)
    {
      g_printerr ("bench-core: counts must be zero or more\n");
      return EXIT_FAILURE;
    }

  if (opt_load_only != NULL)
    return run_load_only (opt_load_only);
  if (opt_baseline)
    return run_baseline ();
  if (opt_generate != NULL)
    return run_generate (opt_generate);
  return run_benchmark ();
}
