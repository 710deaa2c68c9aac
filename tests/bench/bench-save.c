/* bench-save.c: the window stays responsive while a large register is saved
 *
 * Opens the generated 5,000-party register in a real window, edits it and
 * saves it from the window (win.save), as a user would with Ctrl+S; a probe
 * in the main loop (a 1 ms timeout) records the longest time the loop did not
 * get to run it. That longest stall is reported against the whole save, and
 * against a save done in one go on the main thread (the writer's own
 * quadrant_writer_save, as the window saved before) measured in the same run.
 * The same for a draft. Target: the longest stall under 50 ms.
 */
#define G_LOG_DOMAIN "bench-save"

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-bench-stats.h"
#include "quadrant-generate.h"
#include "quadrant-window.h"
#include "quadrant-writer.h"

#define LABEL_WIDTH 52

static int opt_parties = 5000;
static int opt_requirements = 50000;
static int opt_runs = 5;

static const GOptionEntry entries[] = {
  { "parties", 'p', 0, G_OPTION_ARG_INT, &opt_parties, "Parties of the generated register (default 5000)", "N" },
  { "requirements", 'r', 0, G_OPTION_ARG_INT, &opt_requirements,
    "Requirements of the generated register (default 50000)", "N" },
  { "runs", 'n', 0, G_OPTION_ARG_INT, &opt_runs, "Saves measured (default 5)", "N" },
  { NULL }
};

/* ---- The probe ---- */

typedef struct {
  gint64 last;
  gint64 longest;    /* µs between two runs of the probe */
} Probe;

static gboolean
probe_cb (gpointer data)
{
  Probe *probe = data;
  gint64 now = g_get_monotonic_time ();

  probe->longest = MAX (probe->longest, now - probe->last);
  probe->last = now;
  return G_SOURCE_CONTINUE;
}

static guint
probe_start (Probe *probe)
{
  probe->last = g_get_monotonic_time ();
  probe->longest = 0;
  return g_timeout_add (1, probe_cb, probe);
}

/* The probe's last gap too: the loop may have stalled right before the end. */
static void
probe_stop (Probe *probe,
            guint  source)
{
  probe_cb (probe);
  g_source_remove (source);
}

/* ---- Helpers ---- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
spin_until (Condition cond,
            gpointer  data)
{
  gint64 give_up = g_get_monotonic_time () + 300 * G_USEC_PER_SEC;
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

static gboolean
window_has_file (gpointer window)
{
  return quadrant_window_get_file (window) != NULL;
}

static gboolean
saved (gpointer window)
{
  QuadrantDocument *document = quadrant_window_get_document (window);

  return !quadrant_document_get_unsaved (document) && !quadrant_document_get_busy (document);
}

static void
draft_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(gboolean *) user_data = quadrant_document_save_draft_finish (QUADRANT_DOCUMENT (object), result, NULL);
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

typedef struct {
  QuadrantWindow   *window;
  QuadrantRegister *before;
} Replace;

static gboolean
register_replaced (gpointer data)
{
  Replace *replace = data;

  return quadrant_window_get_register (replace->window) != replace->before;
}

static double
ms (gint64 usec)
{
  return usec / 1000.0;
}

static gboolean
settled_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* An edit, and what the window does after one (the Findings page checks the
 * register a moment later, on the main thread), over before the save starts:
 * that is not the save's. */
static void
rename_first (QuadrantRegister *reg,
              guint             run)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autofree char *name = g_strdup_printf ("Renamed for save %u", run);
  gboolean settled = FALSE;

  quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_NAME, name);
  g_timeout_add (500, settled_cb, &settled);
  spin_until (is_true, &settled);
  spin_idle ();
}

static void
row (const char *label,
     double      value,
     const char *unit,
     const char *extra)
{
  quadrant_bench_print_row (LABEL_WIDTH, label, value, unit, extra);
}

/* ---- The benchmark ---- */

static int
run (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree double *sync_ms = g_new0 (double, opt_runs);
  g_autofree double *save_ms = g_new0 (double, opt_runs);
  g_autofree double *stall_ms = g_new0 (double, opt_runs);
  g_autofree double *draft_ms = g_new0 (double, opt_runs);
  g_autofree double *draft_stall_ms = g_new0 (double, opt_runs);
  g_autofree char *extra = NULL;
  QuadrantApplication *app;
  QuadrantWindow *window;
  QuadrantRegister *reg;
  double stall, whole, sync;

  app = g_object_new (QUADRANT_TYPE_APPLICATION, "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE, NULL);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    return EXIT_FAILURE;

  /* Drafts only when the benchmark asks for one. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_settings_set_uint (settings, "draft-interval", 3600);
  }
  window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_window_load_file (window, file);
  if (!spin_until (window_has_file, window))
    {
      g_printerr ("bench-save: the register never loaded\n");
      return EXIT_FAILURE;
    }
  spin_idle ();
  reg = quadrant_window_get_register (window);

  for (int i = 0; i < opt_runs; i++)
    {
      Probe probe;
      Replace replaced;
      guint source;
      gint64 start;
      gboolean draft_written = FALSE;

      /* The reference: the save in one go on the main thread. */
      start = g_get_monotonic_time ();
      if (!quadrant_writer_save (reg, file, NULL, NULL, NULL))
        {
          g_printerr ("bench-save: the reference save failed\n");
          return EXIT_FAILURE;
        }
      sync_ms[i] = ms (g_get_monotonic_time () - start);
      /* That save changed the file under the window: load it again, so the
       * window's save is not taken for overwriting someone else's. */
      quadrant_window_load_file (window, file);
      replaced.window = window;
      replaced.before = reg;
      spin_until (register_replaced, &replaced);
      spin_idle ();
      reg = quadrant_window_get_register (window);

      /* Ctrl+S in the window. */
      rename_first (reg, i);
      spin_idle ();
      source = probe_start (&probe);
      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
      if (!spin_until (saved, window))
        {
          g_printerr ("bench-save: the save never ended\n");
          return EXIT_FAILURE;
        }
      save_ms[i] = ms (g_get_monotonic_time () - start);
      probe_stop (&probe, source);
      stall_ms[i] = ms (probe.longest);

      /* A draft of the same register. */
      rename_first (reg, i + 1000);
      spin_idle ();
      source = probe_start (&probe);
      start = g_get_monotonic_time ();
      quadrant_document_save_draft_async (quadrant_window_get_document (window), NULL,
                                          draft_done_cb, &draft_written);
      spin_until (is_true, &draft_written);
      draft_ms[i] = ms (g_get_monotonic_time () - start);
      probe_stop (&probe, source);
      draft_stall_ms[i] = ms (probe.longest);
      quadrant_document_discard_draft (quadrant_window_get_document (window));
      quadrant_register_undo (reg);
      spin_idle ();
    }

  sync = quadrant_bench_median (sync_ms, opt_runs);
  whole = quadrant_bench_median (save_ms, opt_runs);
  stall = quadrant_bench_median (stall_ms, opt_runs);

  g_print ("Saving from the window, median of %d runs:\n", opt_runs);
  row ("save in one go on the main thread (reference)", sync, "ms", "the window froze for all of it");
  row ("save from the window (win.save), whole", whole, "ms", NULL);
  extra = g_strdup_printf ("%.3f of the whole save, %.3f of the reference; target < 50 ms",
                           quadrant_bench_ratio (stall, whole), quadrant_bench_ratio (stall, sync));
  row ("  longest main-loop stall during it", stall, "ms", extra);
  g_clear_pointer (&extra, g_free);
  extra = g_strdup_printf ("worst of %d runs", opt_runs);
  row ("  longest main-loop stall, worst run", quadrant_bench_quantile (stall_ms, opt_runs, 1.0), "ms", extra);
  g_clear_pointer (&extra, g_free);
  row ("draft, whole", quadrant_bench_median (draft_ms, opt_runs), "ms", NULL);
  extra = g_strdup_printf ("%.3f of the whole draft",
                           quadrant_bench_ratio (quadrant_bench_median (draft_stall_ms, opt_runs),
                                                 quadrant_bench_median (draft_ms, opt_runs)));
  row ("  longest main-loop stall during it", quadrant_bench_median (draft_stall_ms, opt_runs), "ms", extra);

  gtk_window_destroy (GTK_WINDOW (window));
  spin_idle ();
  g_object_unref (app);
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;

  g_option_context_set_summary (context,
                                "Measures the longest main-loop stall while a large register is saved "
                                "from the window, against the whole save.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-save: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (opt_parties < 1 || opt_runs < 1)
    {
      g_printerr ("bench-save: needs at least one party and one run\n");
      return EXIT_FAILURE;
    }

  tmpdir = g_dir_make_tmp ("quadrant-bench-save-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("bench-save: %s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Recent files and drafts go to a folder of our own, not the user's. */
  data = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  if (!gtk_init_check ())
    {
      g_printerr ("bench-save: no display\n");
      return EXIT_FAILURE;
    }
  adw_init ();

  path = g_build_filename (tmpdir, "generated.quadrant.xml", NULL);
  file = g_file_new_for_path (path);
  reg = quadrant_generate_register (opt_parties, opt_requirements, 1);
  if (!quadrant_writer_save (reg, file, NULL, NULL, &error))
    {
      g_printerr ("bench-save: %s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print ("Register: generated, %d parties and %d requirements\n", opt_parties, opt_requirements);
  return run (path);
}
