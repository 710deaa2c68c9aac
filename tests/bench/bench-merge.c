/* bench-merge.c: how long a three-way merge takes against loading one register
 *
 * Two branches of a 5,000-party register, each with 500 changes (fields of
 * parties and requirements, a few parties added and deleted), are merged as
 * git's merge driver does: the three files loaded, merged, the result saved.
 * The reference, measured in the same rounds, is loading one of the files,
 * so the figure is "a merge costs as much as loading N registers". Reports;
 * never fails on a number.
 */
#define G_LOG_DOMAIN "quadrant-bench"

#include "config.h"

#include <glib/gstdio.h>

#include "quadrant-bench-stats.h"
#include "quadrant-conflict.h"
#include "quadrant-generate.h"
#include "quadrant-merge.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"

#define N_PARTIES      5000
#define N_REQUIREMENTS 50000
#define N_CHANGES      500
#define N_RUNS         5

static const char *texts[] = { "Reviewed with the owner", "Changed after the audit", "Quarterly call" };

/* n changes of one side; seed decides which. */
static void
change (QuadrantRegister *reg,
        guint32           seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GListModel *parties = quadrant_register_get_parties (reg);

  for (guint i = 0; i < N_CHANGES; i++)
    {
      guint n = g_list_model_get_n_items (parties);
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, g_rand_int_range (rand, 0, n));
      guint what = g_rand_int_range (rand, 0, 100);

      if (what < 5)
        {
          g_autoptr(QuadrantParty) added = quadrant_party_new (NULL);

          quadrant_party_set_name (added, texts[i % G_N_ELEMENTS (texts)]);
          quadrant_register_add_party (reg, added);
        }
      else if (what < 8)
        quadrant_register_remove_party (reg, party);
      else if (what < 40)
        quadrant_register_move_party (reg, party, g_rand_int_range (rand, 0, 101), g_rand_int_range (rand, 0, 101));
      else if (what < 60)
        quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_NOTES, texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]);
      else if (quadrant_party_get_n_requirements (party) > 0)
        {
          GListModel *reqs = quadrant_party_get_requirements (party);
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (reqs, g_rand_int_range (rand, 0, g_list_model_get_n_items (reqs)));

          quadrant_register_set_choice (reg, req, QUADRANT_FIELD_REQUIREMENT_DECISION, g_rand_int_range (rand, 0, 4));
        }
      else
        quadrant_register_set_choice (reg, party, QUADRANT_FIELD_PARTY_CURRENT_SUPPORT, g_rand_int_range (rand, 0, 5));
    }
}

static void
save (QuadrantRegister *reg,
      const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!quadrant_writer_save (reg, file, NULL, NULL, &error))
    g_error ("%s", error->message);
}

static QuadrantRegister *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_file (file, NULL, &error);

  if (reg == NULL)
    g_error ("%s", error->message);
  return reg;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("quadrant-bench-merge-XXXXXX", &error);
  g_autofree char *base_path = g_build_filename (dir, "base.quadrant.xml", NULL);
  g_autofree char *ours_path = g_build_filename (dir, "ours.quadrant.xml", NULL);
  g_autofree char *theirs_path = g_build_filename (dir, "theirs.quadrant.xml", NULL);
  g_autofree char *result_path = g_build_filename (dir, "result.quadrant.xml", NULL);
  double load_s[N_RUNS], merge_s[N_RUNS], core_s[N_RUNS];
  guint n_conflicts = 0;

  g_assert_no_error (error);

  {
    g_autoptr(QuadrantRegister) base = quadrant_generate_register (N_PARTIES, N_REQUIREMENTS, 1);
    g_autoptr(QuadrantRegister) ours = NULL, theirs = NULL;

    save (base, base_path);
    ours = load (base_path);
    theirs = load (base_path);
    change (ours, 2);
    change (theirs, 3);
    save (ours, ours_path);
    save (theirs, theirs_path);
  }

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(QuadrantRegister) one = NULL, base = NULL, ours = NULL, theirs = NULL, merged = NULL;
      gint64 start;

      start = g_get_monotonic_time ();
      one = load (ours_path);
      load_s[run] = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

      /* as the driver: three loads, the merge, the save */
      start = g_get_monotonic_time ();
      base = load (base_path);
      ours = load (ours_path);
      theirs = load (theirs_path);
      {
        gint64 core_start = g_get_monotonic_time ();

        merged = quadrant_merge_registers (base, ours, theirs, &n_conflicts, &error);
        core_s[run] = (g_get_monotonic_time () - core_start) / (double) G_USEC_PER_SEC;
      }
      g_assert_no_error (error);
      save (merged, result_path);
      merge_s[run] = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
    }

  g_print ("Merge of two %d-party registers (%d requirements), %d changes on each side; "
           "%u conflicts; median of %d runs\n",
           N_PARTIES, N_REQUIREMENTS, N_CHANGES, n_conflicts, N_RUNS);
  quadrant_bench_print_row (36, "load one register", quadrant_bench_median (load_s, N_RUNS), "s", NULL);
  quadrant_bench_print_row (36, "merge (the merge alone)", quadrant_bench_median (core_s, N_RUNS), "s", NULL);
  quadrant_bench_print_row (36, "merge driver (load 3, merge, save)", quadrant_bench_median (merge_s, N_RUNS), "s", NULL);
  quadrant_bench_print_row (36, "merge alone / load one",
                            quadrant_bench_ratio (quadrant_bench_median (core_s, N_RUNS), quadrant_bench_median (load_s, N_RUNS)),
                            "x", NULL);
  quadrant_bench_print_row (36, "merge driver / load one",
                            quadrant_bench_ratio (quadrant_bench_median (merge_s, N_RUNS), quadrant_bench_median (load_s, N_RUNS)),
                            "x", NULL);

  g_remove (base_path);
  g_remove (ours_path);
  g_remove (theirs_path);
  g_remove (result_path);
  {
    g_autofree char *backup = g_strconcat (result_path, "~", NULL);

    g_remove (backup);
  }
  g_rmdir (dir);
  return 0;
}
