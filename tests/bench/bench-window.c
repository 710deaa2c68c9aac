/* bench-window.c: how fast a large register shows in the window, and how
 * smoothly its lists scroll
 *
 * The reference is the core: quadrant_reader_load_file on the same file, timed
 * in this process in the same rounds as the window, so that a busy machine
 * slows both alike. "Open" is measured from the call of
 * quadrant_window_load_file until the end of the first frame (GdkFrameClock
 * "after-paint") in which the Parties list has rows with text: what the user
 * waits for. Scrolling moves a list by a page in every frame, from a tick
 * callback, and times each frame from "before-paint" to "after-paint" (the
 * work of the frame) and from one "after-paint" to the next (the interval the
 * user sees; GDK paces frames at the refresh rate, so it is at least one
 * frame long). The list's row and cell widgets are counted in every frame:
 * a list that recycles them keeps a few screens' worth, whatever the length.
 *
 * Under Xvfb GTK renders with OpenGL in software (Mesa's llvmpipe), which
 * makes painting far dearer than with a GPU; so unless a renderer is chosen,
 * the program runs itself again with GSK_RENDERER=cairo, whose figures show
 * the application's own work more nearly.
 *
 * Needs a display: `make bench` runs it under Xvfb. It reports and never
 * fails on a missed target (tests assert behaviour, benchmarks report).
 */
#define G_LOG_DOMAIN "quadrant-bench"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "quadrant-application.h"
#include "quadrant-bench-stats.h"
#include "quadrant-generate.h"
#include "quadrant-reader.h"
#include "quadrant-window-private.h"
#include "quadrant-writer.h"
#include "bench-window-probe.h"

#define OPEN_TARGET     1.5   /* open to first rows / core load */
#define FRAME_BUDGET_MS 16.7  /* one frame at 60 Hz */
/* Rows a recycling list keeps alive, at most: GTK 4.8's list view keeps 200
 * around the visible ones, plus a few for the focus and the selection. A
 * list that did not recycle would keep one per item. */
#define MAX_WIDGETS     256

/* ---- Options ---- */

static char *opt_file;
static int   opt_parties = QUADRANT_GENERATE_DEFAULT_PARTIES;
static int   opt_requirements = QUADRANT_GENERATE_DEFAULT_REQUIREMENTS;
static int   opt_seed = 1;
static int   opt_runs = 5;
static int   opt_frames = 300;
static gboolean opt_open_only;
static char    *opt_renderer;

static const GOptionEntry entries[] = {
  { "file", 'f', 0, G_OPTION_ARG_FILENAME, &opt_file, "Measure this register instead of a generated one", "FILE" },
  { "parties", 'p', 0, G_OPTION_ARG_INT, &opt_parties, "Parties of the generated register (default 5000)", "N" },
  { "requirements", 'r', 0, G_OPTION_ARG_INT, &opt_requirements,
    "Requirements of the generated register (default 50000)", "N" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Seed of the generated register (default 1)", "S" },
  { "runs", 'n', 0, G_OPTION_ARG_INT, &opt_runs, "Rounds of load and open; medians are reported (default 5)", "N" },
  { "frames", 0, 0, G_OPTION_ARG_INT, &opt_frames, "Frames of scrolling in each list (default 300)", "N" },
  { "open-only", 0, 0, G_OPTION_ARG_NONE, &opt_open_only, "Measure opening only, not scrolling (for profiling)", NULL },
  { "renderer", 0, 0, G_OPTION_ARG_STRING, &opt_renderer,
    "Use this GSK renderer (GSK_RENDERER) and do not run again with cairo", "NAME" },
  { NULL }
};

/* ---- Helpers ---- */

static void
row (const char *label,
     double      value,
     const char *unit,
     const char *extra)
{
  quadrant_bench_print_row (52, label, value, unit, extra);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until cond holds, or gives up after a minute (a broken
 * build must not hang `make bench`). */
static gboolean
spin_until (Condition cond,
            gpointer  data)
{
  gint64 give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (50, wake_cb, NULL);
  gboolean ok;

  while (!(ok = cond (data)) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return ok;
}

static void
spin_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* ---- Opening ---- */

typedef struct {
  double open_ms;        /* load_file called to the first frame with rows painted */
  double open_cpu_ms;    /* the same in process CPU time */
  double call_ms;        /* quadrant_window_load_file alone */
  double wait_ms;        /* its return to the start of that frame */
  double frame_ms;       /* that frame, before-paint to after-paint */
  double layout_ms;      /* its layout phase */
  double paint_ms;       /* its paint phase */
  double full_ms;        /* load_file called to the first frame with the whole list */
} OpenRun;

static gboolean
window_gone (gpointer data)
{
  GtkWidget **window = data;

  return *window == NULL;
}

/* A window that has painted its empty register once, as after `quadrant`
 * starts, with the probe attached to its frame clock. */
static QuadrantWindow *
new_window (QuadrantApplication *app,
            Probe               *probe)
{
  QuadrantWindow *window = quadrant_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  /* The frame clock exists once the window is realized, which present does. */
  probe_attach (probe, GTK_WIDGET (window));
  if (!spin_until (painted_once, probe))
    g_error ("bench-window: the window never painted");
  spin_idle ();
  return window;
}

static void
destroy_window (QuadrantWindow *window,
                Probe          *probe)
{
  GtkWidget *weak = GTK_WIDGET (window);

  probe_detach (probe);
  g_object_add_weak_pointer (G_OBJECT (weak), (gpointer *) &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  spin_until (window_gone, &weak);
  spin_idle ();
}

static gboolean
window_has_file (gpointer window)
{
  return quadrant_window_get_file (window) != NULL;
}

static gboolean
open_in_window (QuadrantWindow *window,
                Probe          *probe,
                GFile          *file,
                OpenRun        *run)
{
  gint64 start, returned, cpu_start;

  probe->watched = column_view_of (window->parties_view);
  probe->rows_painted = 0;
  probe->full_painted = 0;
  probe->full_n = 0;
  g_assert (probe->watched != NULL);
  g_assert (!shows_rows (probe->watched));

  cpu_start = cpu_now ();
  start = g_get_monotonic_time ();
  quadrant_window_load_file (window, file);
  returned = g_get_monotonic_time ();
  /* The load runs in a worker; the register is the window's once it parsed. */
  if (!spin_until (window_has_file, window))
    {
      g_printerr ("bench-window: the register never loaded\n");
      return FALSE;
    }
  probe->full_n = quadrant_register_get_n_parties (quadrant_window_get_register (window));
  if (!spin_until (rows_painted, probe))
    {
      g_printerr ("bench-window: the Parties list never showed rows\n");
      return FALSE;
    }

  if (!spin_until (full_painted, probe))
    {
      g_printerr ("bench-window: the Parties list never had every party\n");
      return FALSE;
    }

  run->full_ms = ms_between (start, probe->full_painted);
  run->open_ms = ms_between (start, probe->rows_painted);
  run->open_cpu_ms = ms_between (cpu_start, probe->rows_cpu);
  run->call_ms = ms_between (start, returned);
  run->wait_ms = ms_between (returned, probe->rows_frame_start);
  run->frame_ms = ms_between (probe->rows_frame_start, probe->rows_painted);
  run->layout_ms = probe->rows_layout_ms;
  run->paint_ms = probe->rows_paint_ms;
  probe->full_n = 0;
  probe->watched = NULL;
  return TRUE;
}

/* ---- Scrolling ---- */

typedef struct {
  guint  n_frames;
  guint  n_wraps;
  double work_median;
  double work_p95;
  double work_max;
  double work_cpu_median;
  double work_cpu_p95;
  double layout_median;
  double paint_median;
  double interval_median;
  double interval_p95;
  guint  n_late;         /* intervals longer than 1.5 frames: a frame was missed */
  guint  max_rows;
  guint  max_cells;
  guint  n_items;
} ScrollRun;

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Probe *probe = user_data;
  double value, page, upper;

  if (probe->n_scrolled >= probe->n_to_scroll)
    return G_SOURCE_REMOVE;

  value = gtk_adjustment_get_value (probe->adjustment);
  page = gtk_adjustment_get_page_size (probe->adjustment);
  upper = gtk_adjustment_get_upper (probe->adjustment);
  if (value + page >= upper)
    {
      /* At the end: start again from the top, which also moves a page or more. */
      value = 0;
      probe->n_wraps++;
    }
  else
    value += page;
  gtk_adjustment_set_value (probe->adjustment, value);
  probe->n_scrolled++;
  probe->scrolled_this_frame = TRUE;
  return G_SOURCE_CONTINUE;
}

static gboolean
scroll_done (gpointer data)
{
  Probe *probe = data;

  return probe->n_scrolled >= probe->n_to_scroll && !probe->scrolled_this_frame;
}

static gboolean
scroll_list (GtkWidget *column_view,
             Probe     *probe,
             guint      n_frames,
             ScrollRun *run)
{
  guint n_intervals;

  probe->adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view));
  probe->scrolled = column_view;
  probe->n_to_scroll = n_frames;
  probe->n_scrolled = 0;
  probe->n_wraps = 0;
  probe->last_painted = 0;
  probe->scrolled_this_frame = FALSE;
  probe->max_rows = probe->max_cells = 0;
  probe->work_ms = g_array_new (FALSE, FALSE, sizeof (double));
  probe->work_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  probe->interval_ms = g_array_new (FALSE, FALSE, sizeof (double));
  probe->layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
  probe->paint_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_adjustment_set_value (probe->adjustment, 0);

  gtk_widget_add_tick_callback (column_view, scroll_tick_cb, probe, NULL);
  if (!spin_until (scroll_done, probe))
    {
      g_printerr ("bench-window: scrolling did not finish\n");
      return FALSE;
    }

  n_intervals = probe->interval_ms->len;
  run->n_frames = probe->work_ms->len;
  run->n_wraps = probe->n_wraps;
  run->work_median = quadrant_bench_median ((double *) probe->work_ms->data, probe->work_ms->len);
  run->work_p95 = quadrant_bench_quantile ((double *) probe->work_ms->data, probe->work_ms->len, 0.95);
  run->work_max = quadrant_bench_quantile ((double *) probe->work_ms->data, probe->work_ms->len, 1.0);
  run->work_cpu_median = quadrant_bench_median ((double *) probe->work_cpu_ms->data, probe->work_cpu_ms->len);
  run->work_cpu_p95 = quadrant_bench_quantile ((double *) probe->work_cpu_ms->data, probe->work_cpu_ms->len, 0.95);
  run->layout_median = quadrant_bench_median ((double *) probe->layout_ms->data, probe->layout_ms->len);
  run->paint_median = quadrant_bench_median ((double *) probe->paint_ms->data, probe->paint_ms->len);
  run->interval_median = quadrant_bench_median ((double *) probe->interval_ms->data, n_intervals);
  run->interval_p95 = quadrant_bench_quantile ((double *) probe->interval_ms->data, n_intervals, 0.95);
  run->n_late = 0;
  for (guint i = 0; i < n_intervals; i++)
    if (g_array_index (probe->interval_ms, double, i) > 1.5 * FRAME_BUDGET_MS)
      run->n_late++;
  run->max_rows = probe->max_rows;
  run->max_cells = probe->max_cells;
  run->n_items = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view))));

  g_clear_pointer (&probe->work_ms, g_array_unref);
  g_clear_pointer (&probe->work_cpu_ms, g_array_unref);
  g_clear_pointer (&probe->interval_ms, g_array_unref);
  g_clear_pointer (&probe->layout_ms, g_array_unref);
  g_clear_pointer (&probe->paint_ms, g_array_unref);
  probe->adjustment = NULL;
  probe->scrolled = NULL;
  return TRUE;
}

static void
print_scroll (const char      *title,
              const ScrollRun *run)
{
  g_autofree char *extra = NULL;

  g_print ("\n%s: %u rows, scrolled by a page in each of %u frames%s\n", title, run->n_items, run->n_frames,
           run->n_wraps > 0 ? " (back to the top at the end)" : "");
  extra = g_strdup_printf ("95th percentile %.1f ms, slowest %.1f ms", run->work_p95, run->work_max);
  row ("frame work, before-paint to after-paint, median", run->work_median, "ms", extra);
  row ("  of which layout (measure, allocate, bind rows)", run->layout_median, "ms", "median");
  row ("  of which paint (snapshot and render)", run->paint_median, "ms", "median");
  g_free (extra);
  extra = g_strdup_printf ("95th percentile %.1f ms", run->work_cpu_p95);
  row ("frame work in process CPU time, median", run->work_cpu_median, "ms", extra);
  g_free (extra);
  extra = g_strdup_printf ("95th percentile %.1f ms; %u of %u longer than 1.5 frames",
                           run->interval_p95, run->n_late, run->n_frames > 0 ? run->n_frames - 1 : 0);
  row ("frame interval, after-paint to after-paint, median", run->interval_median, "ms", extra);
  g_print ("  %-52s %5u rows, %u cells\n", "most list widgets alive in any frame", run->max_rows, run->max_cells);
}

/* ---- The benchmark ---- */

/* Under Xvfb the default renderer is OpenGL in software (Mesa's llvmpipe),
 * which makes painting far dearer than on a machine with a GPU. The same
 * figures with the cairo renderer show what the application itself costs. */
static void
run_again_with_cairo (const char *path)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *runs = g_strdup_printf ("%d", opt_runs);
  g_autofree char *frames = g_strdup_printf ("%d", opt_frames);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self, "--renderer", "cairo", "--file", path, "--runs", runs, "--frames", frames,
                         opt_open_only ? "--open-only" : NULL, NULL };
  int wait_status;

  if (self == NULL)
    return;
  g_print ("\n---- Again with the cairo renderer (GSK_RENDERER=cairo), for comparison ----\n\n");
  fflush (stdout);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    g_printerr ("bench-window: the run with cairo failed: %s\n", error->message);
}

/* Which OpenGL implementation this process loaded, as far as its file
 * names tell: software rendering is what makes painting dear under Xvfb. */
static const char *
gl_driver (void)
{
  g_autofree char *maps = NULL;

  if (!g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL))
    return "unknown";
  if (strstr (maps, "swrast_dri") != NULL || strstr (maps, "kms_swrast") != NULL)
    return "Mesa software rendering (swrast_dri.so: llvmpipe)";
  if (strstr (maps, "_dri.so") != NULL)
    return "a Mesa hardware driver";
  return "none loaded";
}

static void
print_open_target (const double *load_ms,
                   const double *open_ms,
                   const double *ratios,
                   const double *load_cpu_ms,
                   const double *open_cpu_ms,
                   guint         n)
{
  double open_ratio = quadrant_bench_ratio (quadrant_bench_median (open_ms, n), quadrant_bench_median (load_ms, n));

  g_print ("  %-40s %6.2fx  %-4s  (median open / median core load; target <= %.1fx)\n",
           "open to first rows <= 1.5x core load", open_ratio,
           open_ratio <= OPEN_TARGET ? "PASS" : "MISS", OPEN_TARGET);
  g_print ("      also: %.2fx as the median of each round's own ratio; %.2fx in process CPU time\n",
           quadrant_bench_median (ratios, n), quadrant_bench_ratio (quadrant_bench_median (open_cpu_ms, n), quadrant_bench_median (load_cpu_ms, n)));
}

static gboolean
pages_bound (gpointer data)
{
  QuadrantWindow *window = data;

  return window->bind_source == 0;
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

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static int
run_benchmark (const char *tmpdir)
{
  g_autoptr(QuadrantApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree double *load_ms = NULL;
  g_autofree double *open_ms = NULL;
  g_autofree double *call_ms = NULL;
  g_autofree double *wait_ms = NULL;
  g_autofree double *frame_ms = NULL;
  g_autofree double *layout_ms = NULL;
  g_autofree double *full_ms = NULL;
  g_autofree double *paint_ms = NULL;
  g_autofree double *ratios = NULL;
  g_autofree double *load_cpu_ms = NULL;
  g_autofree double *open_cpu_ms = NULL;
  g_autofree char *extra = NULL;
  QuadrantWindow *window = NULL;
  Probe probe = { 0 };
  ScrollRun requirements_scroll = { 0 }, parties_scroll = { 0 };
  GtkWidget *requirements_list, *parties_list;
  gint64 start;
  double generate_ms = -1, switch_ms;
  guint n = MAX (opt_runs, 1);
  int width, height;
  GStatBuf st;

  app = g_object_new (QUADRANT_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("bench-window: %s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print ("Quadrant window benchmark\n\n");

  if (opt_file != NULL)
    path = g_strdup (opt_file);
  else
    {
      g_autoptr(QuadrantRegister) reg = NULL;
      g_autoptr(GFile) target = NULL;

      path = g_build_filename (tmpdir, "generated.quadrant.xml", NULL);
      target = g_file_new_for_path (path);
      start = g_get_monotonic_time ();
      reg = quadrant_generate_register (opt_parties, opt_requirements, (guint32) opt_seed);
      if (!quadrant_writer_save (reg, target, NULL, NULL, &error))
        {
          g_printerr ("bench-window: cannot write the register: %s\n", error->message);
          return EXIT_FAILURE;
        }
      generate_ms = ms_between (start, g_get_monotonic_time ());
    }
  if (g_stat (path, &st) != 0)
    {
      g_printerr ("bench-window: cannot read %s\n", path);
      return EXIT_FAILURE;
    }
  file = g_file_new_for_path (path);

  if (opt_file != NULL)
    g_print ("Register: %s, %.1f MB\n", path, st.st_size / 1048576.0);
  else
    g_print ("Register: generated, %d parties and %d requirements (seed %d), %.1f MB, in %.0f ms\n",
             opt_parties, opt_requirements, opt_seed, st.st_size / 1048576.0, generate_ms);

  /* Rounds of core load then window open, back to back; round 0 warms up. */
  load_ms = g_new (double, n);
  open_ms = g_new (double, n);
  call_ms = g_new (double, n);
  wait_ms = g_new (double, n);
  frame_ms = g_new (double, n);
  layout_ms = g_new (double, n);
  full_ms = g_new (double, n);
  paint_ms = g_new (double, n);
  ratios = g_new (double, n);
  load_cpu_ms = g_new (double, n);
  open_cpu_ms = g_new (double, n);
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(QuadrantRegister) reg = NULL;
      double load, load_cpu;
      gint64 cpu_start;
      OpenRun run;

      cpu_start = cpu_now ();
      start = g_get_monotonic_time ();
      reg = quadrant_reader_load_file (file, NULL, &error);
      load = ms_between (start, g_get_monotonic_time ());
      load_cpu = ms_between (cpu_start, cpu_now ());
      if (reg == NULL)
        {
          g_printerr ("bench-window: cannot load %s: %s\n", path, error->message);
          return EXIT_FAILURE;
        }
      g_clear_object (&reg);

      if (window != NULL)
        destroy_window (window, &probe);
      window = new_window (app, &probe);
      if (!open_in_window (window, &probe, file, &run))
        return EXIT_FAILURE;

      if (i > 0)
        {
          load_ms[i - 1] = load;
          open_ms[i - 1] = run.open_ms;
          call_ms[i - 1] = run.call_ms;
          wait_ms[i - 1] = run.wait_ms;
          frame_ms[i - 1] = run.frame_ms;
          layout_ms[i - 1] = run.layout_ms;
          full_ms[i - 1] = run.full_ms;
          paint_ms[i - 1] = run.paint_ms;
          ratios[i - 1] = quadrant_bench_ratio (run.open_ms, load);
          load_cpu_ms[i - 1] = load_cpu;
          open_cpu_ms[i - 1] = run.open_cpu_ms;
        }
    }

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_print ("Display %s, renderer %s, window %d×%d; GSK_DEBUG=%s, GSK_RENDERER=%s\n",
           G_OBJECT_TYPE_NAME (gtk_widget_get_display (GTK_WIDGET (window))),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
           gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)),
           g_getenv ("GSK_DEBUG") != NULL ? g_getenv ("GSK_DEBUG") : "(unset)",
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "(unset)");
  g_print ("OpenGL driver loaded: %s\n", gl_driver ());
  g_print ("Every open figure is the median of %u rounds, after one warm-up round; in each round\n"
           "the core load and the window open ran back to back, each window new.\n\n", n);

  g_print ("Open\n");
  row ("quadrant_reader_load_file (core load)", quadrant_bench_median (load_ms, n), "ms", NULL);
  row ("quadrant_window_load_file to first rows painted", quadrant_bench_median (open_ms, n), "ms", NULL);
  row ("  of which quadrant_window_load_file returning", quadrant_bench_median (call_ms, n), "ms",
       "core load + the Parties page");
  row ("  then waiting for the frame to start", quadrant_bench_median (wait_ms, n), "ms", NULL);
  row ("  then that frame, before-paint to after-paint", quadrant_bench_median (frame_ms, n), "ms", NULL);
  row ("    of which layout (measure, allocate, bind rows)", quadrant_bench_median (layout_ms, n), "ms", NULL);
  row ("    of which paint (snapshot and render)", quadrant_bench_median (paint_ms, n), "ms", NULL);
  row ("quadrant_window_load_file to every party in the list", quadrant_bench_median (full_ms, n), "ms",
       "painted; the list may come in two steps");
  row ("core load in process CPU time (all threads)", quadrant_bench_median (load_cpu_ms, n), "ms", NULL);
  row ("open to first rows in process CPU time", quadrant_bench_median (open_cpu_ms, n), "ms", NULL);

  if (opt_open_only)
    {
      g_print ("\nTargets\n");
      print_open_target (load_ms, open_ms, ratios, load_cpu_ms, open_cpu_ms, n);
      destroy_window (window, &probe);
      if (opt_renderer == NULL)
        run_again_with_cairo (path);
      return EXIT_SUCCESS;
    }

  /* The lists: the document on every page first, as a minute after opening. */
  if (!spin_until (pages_bound, window))
    {
      g_printerr ("bench-window: the other pages never got the document\n");
      return EXIT_FAILURE;
    }
  spin_idle ();

  requirements_list = column_view_of (window->requirements_view);
  parties_list = column_view_of (window->parties_view);
  g_assert (requirements_list != NULL && parties_list != NULL);

  probe.watched = requirements_list;
  probe.rows_painted = 0;
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "requirements");
  if (!spin_until (rows_painted, &probe))
    {
      g_printerr ("bench-window: the Requirements list never showed rows\n");
      return EXIT_FAILURE;
    }
  switch_ms = ms_between (start, probe.rows_painted);
  probe.watched = NULL;
  spin_idle ();
  row ("Requirements page shown, to first rows painted", switch_ms, "ms", "its document set already");

  if (!scroll_list (requirements_list, &probe, opt_frames, &requirements_scroll))
    return EXIT_FAILURE;
  print_scroll ("Scrolling the Requirements list", &requirements_scroll);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "parties");
  spin_idle ();
  if (!scroll_list (parties_list, &probe, opt_frames, &parties_scroll))
    return EXIT_FAILURE;
  print_scroll ("Scrolling the Parties list", &parties_scroll);

  g_print ("\nTargets\n");
  print_open_target (load_ms, open_ms, ratios, load_cpu_ms, open_cpu_ms, n);
  {
    g_print ("  %-40s %6.2fx  %-4s  (95th percentile frame work %.1f ms / %.1f ms)\n",
             "Requirements scroll within a frame", requirements_scroll.work_p95 / FRAME_BUDGET_MS,
             requirements_scroll.work_p95 <= FRAME_BUDGET_MS ? "PASS" : "MISS",
             requirements_scroll.work_p95, FRAME_BUDGET_MS);
    g_print ("      also: median frame work %.2fx of the budget; median interval %.1f ms, 95th percentile %.1f ms\n",
             requirements_scroll.work_median / FRAME_BUDGET_MS,
             requirements_scroll.interval_median, requirements_scroll.interval_p95);
    g_print ("      in CPU time, which other work on the machine hardly moves: 95th percentile %.2fx (%.1f ms)\n",
             requirements_scroll.work_cpu_p95 / FRAME_BUDGET_MS, requirements_scroll.work_cpu_p95);
    g_print ("  %-40s %7u  %-4s  (most rows alive while scrolling %u rows; target <= %u)\n",
             "Requirements rows recycled", requirements_scroll.max_rows,
             requirements_scroll.max_rows <= MAX_WIDGETS ? "PASS" : "MISS",
             requirements_scroll.n_items, MAX_WIDGETS);
    g_print ("  %-40s %6.2fx  %-4s  (95th percentile frame work %.1f ms; %u rows alive at most)\n",
             "Parties scroll within a frame", parties_scroll.work_p95 / FRAME_BUDGET_MS,
             parties_scroll.work_p95 <= FRAME_BUDGET_MS ? "PASS" : "MISS",
             parties_scroll.work_p95, parties_scroll.max_rows);
    g_print ("      in CPU time: 95th percentile %.2fx (%.1f ms)\n",
             parties_scroll.work_cpu_p95 / FRAME_BUDGET_MS, parties_scroll.work_cpu_p95);
  }

  destroy_window (window, &probe);
  if (opt_renderer == NULL && g_getenv ("GSK_RENDERER") == NULL)
    run_again_with_cairo (path);
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *data = NULL;
  int status;

  g_option_context_set_summary (context,
                                "Measures how soon a large register shows its first rows in the window, "
                                "against loading it in the core, and how smoothly its lists scroll.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-window: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (opt_parties < 1 || opt_requirements < 1 || opt_frames < 2)
    {
      g_printerr ("bench-window: needs at least one party, one requirement and two frames\n");
      return EXIT_FAILURE;
    }

  tmpdir = g_dir_make_tmp ("quadrant-bench-window-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("bench-window: %s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Recent files and drafts go to a folder of our own, not the user's. */
  data = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* No accessibility bus under Xvfb. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  if (opt_renderer != NULL)
    g_setenv ("GSK_RENDERER", opt_renderer, TRUE);

  if (!gtk_init_check ())
    {
      g_printerr ("bench-window: needs a display (make bench runs it under xvfb-run)\n");
      remove_tree (tmpdir);
      return 77;
    }
  adw_init ();

  status = run_benchmark (tmpdir);
  remove_tree (tmpdir);
  return status;
}
