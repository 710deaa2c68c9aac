/* test-map-review.c: parties quick-added in a workshop are marked "to
 * review" on the map until their kind is chosen (or they are reviewed): a
 * dotted ring around the marker, explained in the legend, in every export */
#include "config.h"

#include <string.h>

#include "quadrant-map-export.h"
#include "quadrant-map-layout.h"
#include "quadrant-register.h"

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           gboolean          quick_added)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_power (party, 70);
  quadrant_party_set_interest (party, 30);
  if (quick_added)
    quadrant_party_set_identified_by (party, QUADRANT_IDENTIFICATION_BRAINSTORMING);
  else
    quadrant_party_set_kind (party, QUADRANT_KIND_REGULATORS);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

static guint
count_text (const char *haystack,
            const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p++)
    n++;
  return n;
}

static char *
export_svg (QuadrantRegister *reg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gboolean
legend_has_review (QuadrantRegister *reg)
{
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantRect legend;

  quadrant_map_layout_compute (layout, reg, 1600, 1000, NULL);
  legend = quadrant_map_layout_get_legend (layout);
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    {
      const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);

      if (text->legend_kind != QUADRANT_MAP_LEGEND_REVIEW)
        continue;
      g_assert_cmpfloat (text->rect.x, >=, legend.x);
      g_assert_cmpfloat (text->rect.x + text->rect.width, <=, legend.x + legend.width);
      return TRUE;
    }
  return FALSE;
}

/* Which parties are to review. */
static void
test_rule (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *quick = add_party (reg, "Cloud provider", TRUE);
  QuadrantParty *known = add_party (reg, "Regulator", FALSE);

  g_assert_true (quadrant_party_is_to_review (quick));
  g_assert_false (quadrant_party_is_to_review (known));

  /* A category alone is not enough; a kind is. */
  quadrant_party_set_category (quick, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_true (quadrant_party_is_to_review (quick));
  quadrant_party_set_kind (quick, QUADRANT_KIND_SUPPLIERS);
  g_assert_false (quadrant_party_is_to_review (quick));

  /* Or reviewed as it is (some parties are of kind Other). */
  quadrant_party_set_kind (quick, QUADRANT_KIND_OTHER);
  g_assert_true (quadrant_party_is_to_review (quick));
  quadrant_party_set_last_reviewed (quick, "2026-12-06");
  g_assert_false (quadrant_party_is_to_review (quick));
}

/* On the map: a ring per placed party to review, the legend saying what it
 * means, and neither once each is sorted or reviewed. */
static void
test_map (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *first = add_party (reg, "Cloud provider", TRUE);
  QuadrantParty *unplaced = add_party (reg, "Neighbours", TRUE);
  QuadrantParty *third = add_party (reg, "Auditors", TRUE);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *none = NULL;

  add_party (reg, "Regulator", FALSE);
  quadrant_party_set_power (unplaced, QUADRANT_NOT_ASSESSED);

  before = export_svg (reg);
  g_assert_cmpuint (count_text (before, "class=\"to-review\""), ==, 2);
  g_assert_nonnull (strstr (before, ">To review<"));
  g_assert_true (legend_has_review (reg));

  quadrant_party_set_kind (first, QUADRANT_KIND_SUPPLIERS);
  after = export_svg (reg);
  g_assert_cmpuint (count_text (after, "class=\"to-review\""), ==, 1);

  quadrant_party_set_last_reviewed (third, "2026-12-06");
  none = export_svg (reg);
  g_assert_cmpuint (count_text (none, "class=\"to-review\""), ==, 0);
  g_assert_null (strstr (none, ">To review<"));
  g_assert_false (legend_has_review (reg));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/review/rule", test_rule);
  g_test_add_func ("/map/review/map", test_map);
  return g_test_run ();
}
