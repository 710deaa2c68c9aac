/* test-map-layout.c: geometry of the stakeholder map
 *
 * Quadrants at the 49/50 boundary, value <-> point round trips, hit-testing,
 * and the label placement: no name may overlap another name or any marker on
 * the example register and on random maps of 50 parties.
 */
#define G_LOG_DOMAIN "test-map-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "quadrant-map-layout.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"

/* ---- Helpers ---- */

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           int               power,
           int               interest,
           QuadrantSupport   support)
{
  QuadrantParty *party = quadrant_test_add_party (reg, name, power, interest);

  quadrant_party_set_current_support (party, support);
  return party;   /* the register keeps it */
}

static QuadrantRegister *
load_example (void)
{
  const char *datadir = g_getenv ("QUADRANT_DATADIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg;

  if (datadir == NULL)
    return NULL;
  path = g_build_filename (datadir, "examples", "northwind.quadrant.xml", NULL);
  file = g_file_new_for_path (path);
  reg = quadrant_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  return reg;
}

static const char *words[] = {
  "Regulator", "Board", "Customers", "Suppliers", "Staff", "Union", "Insurer", "Media",
  "Cloud", "Payment", "Processor", "Hospital", "Authority", "Partners", "Auditors",
  "Data", "Protection", "National", "Regional", "Health", "Security", "Operations",
  "Shareholders", "Investors", "Competitors", "Council", "Agency", "Vendors", "IT",
  "Legal", "Finance", "Works", "Patients", "Clinicians", "Researchers", "Europe",
};

/* n parties at random positions with names of one to four words. */
static QuadrantRegister *
random_register (guint   n,
                 guint32 seed,
                 gboolean with_requirements)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  QuadrantRegister *reg = quadrant_register_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) name = g_string_new (NULL);
      guint n_words = g_rand_int_range (rand, 1, 5);
      QuadrantParty *party;

      for (guint w = 0; w < n_words; w++)
        {
          if (w > 0)
            g_string_append_c (name, ' ');
          g_string_append (name, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
        }
      party = add_party (reg, name->str, g_rand_int_range (rand, 0, 101),
                         g_rand_int_range (rand, 0, 101),
                         (QuadrantSupport) g_rand_int_range (rand, 0, 5));
      if (with_requirements)
        {
          guint n_requirements = g_rand_int_range (rand, 0, 12);

          for (guint r = 0; r < n_requirements; r++)
            {
              g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

              quadrant_party_append_requirement (party, requirement);
            }
        }
    }
  return reg;
}

static gboolean
rects_overlap (const QuadrantRect *a,
               const QuadrantRect *b)
{
  /* Touching is fine; a hundredth of a unit absorbs rounding. */
  const double e = 0.01;

  return a->x + e < b->x + b->width && b->x + e < a->x + a->width &&
         a->y + e < b->y + b->height && b->y + e < a->y + a->height;
}

static QuadrantRect
marker_box (const QuadrantMapMarker *m)
{
  return (QuadrantRect) { m->x - m->radius, m->y - m->radius, 2 * m->radius, 2 * m->radius };
}

static gboolean
rect_inside (const QuadrantRect *inner,
             const QuadrantRect *outer)
{
  const double e = 0.01;

  return inner->x >= outer->x - e && inner->y >= outer->y - e &&
         inner->x + inner->width <= outer->x + outer->width + e &&
         inner->y + inner->height <= outer->y + outer->height + e;
}

/* Every label is clean: inside the grid, and over no other label and no
 * marker (its own included). */
static void
assert_no_overlaps (QuadrantMapLayout *layout,
                    const char        *what,
                    guint              max_unplaced)
{
  guint n = quadrant_map_layout_get_n_markers (layout);
  QuadrantRect plot = quadrant_map_layout_get_plot (layout);

  for (guint i = 0; i < n; i++)
    {
      const QuadrantMapMarker *a = quadrant_map_layout_get_marker (layout, i);

      if (a->label_overlaps && quadrant_map_layout_get_n_overlapping (layout) > max_unplaced)
        g_error ("%s: “%s” at power %d, interest %d has no place for its name or number", what,
                 quadrant_party_get_name (a->party), quadrant_party_get_power (a->party),
                 quadrant_party_get_interest (a->party));
    }
  for (guint i = 0; i < n; i++)
    {
      const QuadrantMapMarker *a = quadrant_map_layout_get_marker (layout, i);

      if (a->label_overlaps)
        continue;
      g_assert_cmpfloat (a->label.width, >, 0);
      g_assert_cmpfloat (a->label.height, >, 0);
      if (!rect_inside (&a->label, &plot))
        g_error ("%s: the name of “%s” is outside the grid", what, quadrant_party_get_name (a->party));

      for (guint j = 0; j < n; j++)
        {
          const QuadrantMapMarker *b = quadrant_map_layout_get_marker (layout, j);
          QuadrantRect box = marker_box (b);

          if (rects_overlap (&a->label, &box))
            g_error ("%s: the name of “%s” overlaps the marker of “%s”", what,
                     quadrant_party_get_name (a->party), quadrant_party_get_name (b->party));
          if (j != i && !b->label_overlaps && rects_overlap (&a->label, &b->label))
            g_error ("%s: the names of “%s” and “%s” overlap", what,
                     quadrant_party_get_name (a->party), quadrant_party_get_name (b->party));
        }
    }
}

/* A name without room on the map, not even for a number, is listed in the
 * key (complete_key): no party goes unnamed. */
static void
assert_unplaced_in_key (QuadrantMapLayout *layout,
                        const char        *what)
{
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
      gboolean listed = FALSE;

      if (!m->label_overlaps)
        continue;
      for (guint j = 0; j < quadrant_map_layout_get_n_texts (layout) && !listed; j++)
        {
          const QuadrantMapText *t = quadrant_map_layout_get_text (layout, j);

          listed = t->role == QUADRANT_MAP_TEXT_KEY && t->party == m->party;
        }
      if (!listed)
        g_error ("%s: “%s” is named neither on the map nor in the key", what, quadrant_party_get_name (m->party));
    }
}

/* ---- Tests ---- */

static void
test_quadrant_boundaries (void)
{
  static const struct {
    int power, interest;
    QuadrantQuadrant quadrant;
  } cases[] = {
    { 49, 49, QUADRANT_QUADRANT_MONITOR },
    { 50, 49, QUADRANT_QUADRANT_KEEP_SATISFIED },
    { 49, 50, QUADRANT_QUADRANT_KEEP_INFORMED },
    { 50, 50, QUADRANT_QUADRANT_MANAGE_CLOSELY },
    { 0, 0, QUADRANT_QUADRANT_MONITOR },
    { 100, 0, QUADRANT_QUADRANT_KEEP_SATISFIED },
    { 0, 100, QUADRANT_QUADRANT_KEEP_INFORMED },
    { 100, 100, QUADRANT_QUADRANT_MANAGE_CLOSELY },
  };
  static const double sizes[][2] = { { 1600, 1000 }, { 640, 480 }, { 333, 777 } };
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      quadrant_map_layout_compute (layout, reg, sizes[s][0], sizes[s][1], NULL);

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          QuadrantRect rect;
          double x, y;

          g_assert_cmpint (quadrant_quadrant_from_position (cases[i].power, cases[i].interest), ==,
                           cases[i].quadrant);

          /* The point of the values lies in the quadrant the model says... */
          quadrant_map_layout_to_point (layout, cases[i].power, cases[i].interest, &x, &y);
          g_assert_cmpint (quadrant_map_layout_quadrant_at (layout, x, y), ==, cases[i].quadrant);
          /* ...and inside that quadrant's rectangle (its edges included). */
          rect = quadrant_map_layout_get_quadrant_rect (layout, cases[i].quadrant);
          g_assert_cmpfloat (x, >=, rect.x - 1e-9);
          g_assert_cmpfloat (x, <=, rect.x + rect.width + 1e-9);
          g_assert_cmpfloat (y, >=, rect.y - 1e-9);
          g_assert_cmpfloat (y, <=, rect.y + rect.height + 1e-9);
        }

      /* The four quadrants tile the grid. */
      {
        QuadrantRect plot = quadrant_map_layout_get_plot (layout);
        double area = 0;

        for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
          {
            QuadrantRect rect = quadrant_map_layout_get_quadrant_rect (layout, q);

            area += rect.width * rect.height;
          }
        g_assert_cmpfloat (fabs (area - plot.width * plot.height), <, 1e-6 * area);
        g_assert_cmpint (quadrant_map_layout_quadrant_at (layout, plot.x - 5, plot.y + 5), ==,
                         QUADRANT_QUADRANT_UNPLACED);
      }
    }
}

static void
test_round_trip (void)
{
  static const double sizes[][3] = {
    { 1600, 1000, 1 }, { 800, 600, 1 }, { 1920, 1080, 2.5 }, { 300, 200, 1 }, { 4000, 4000, 1 },
  };
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      QuadrantMapOptions options;
      QuadrantRect plot;
      int power, interest;
      double x0, y0, x1, y1;

      quadrant_map_options_init (&options);
      options.scale = sizes[s][2];
      options.show_title = TRUE;
      quadrant_map_layout_compute (layout, reg, sizes[s][0], sizes[s][1], &options);
      plot = quadrant_map_layout_get_plot (layout);
      g_assert_cmpfloat (plot.width, >, 0);
      g_assert_cmpfloat (plot.height, >, 0);

      for (int p = 0; p <= 100; p++)
        for (int i = 0; i <= 100; i++)
          {
            double x, y;

            quadrant_map_layout_to_point (layout, p, i, &x, &y);
            quadrant_map_layout_to_values (layout, x, y, &power, &interest);
            g_assert_cmpint (power, ==, p);
            g_assert_cmpint (interest, ==, i);
            /* A little off the exact point still means the same values (a drag). */
            quadrant_map_layout_to_values (layout, x + plot.width / 300, y - plot.height / 300,
                                           &power, &interest);
            g_assert_cmpint (power, ==, p < 100 ? p : 100);
            g_assert_cmpint (interest, ==, i < 100 ? i : 100);
          }

      /* Power grows upwards, interest to the right. */
      quadrant_map_layout_to_point (layout, 0, 0, &x0, &y0);
      quadrant_map_layout_to_point (layout, 100, 100, &x1, &y1);
      g_assert_cmpfloat (x1, >, x0);
      g_assert_cmpfloat (y1, <, y0);
      g_assert_cmpfloat (x0, ==, plot.x);
      g_assert_cmpfloat (y0, ==, plot.y + plot.height);

      /* Outside the grid the values are clamped. */
      quadrant_map_layout_to_values (layout, plot.x - 100, plot.y - 100, &power, &interest);
      g_assert_cmpint (power, ==, 100);
      g_assert_cmpint (interest, ==, 0);
      quadrant_map_layout_to_values (layout, plot.x + plot.width + 100, plot.y + plot.height + 100,
                                     &power, &interest);
      g_assert_cmpint (power, ==, 0);
      g_assert_cmpint (interest, ==, 100);
    }
}

static void
test_markers (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  g_autoptr(QuadrantParty) unplaced = quadrant_party_new (NULL);
  QuadrantParty *parties[5];
  QuadrantMarkerShape shapes[5];

  static const char *names[] = { "Unaware", "Resistant", "Neutral", "Supportive", "Leading" };

  for (QuadrantSupport s = QUADRANT_SUPPORT_UNAWARE; s <= QUADRANT_SUPPORT_LEADING; s++)
    parties[s] = add_party (reg, names[s], 10 + 20 * s, 90 - 20 * s, s);
  quadrant_party_set_name (unplaced, "Not yet assessed");
  quadrant_register_append_party_unrecorded (reg, unplaced);

  quadrant_map_layout_compute (layout, reg, 1000, 700, NULL);
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, 5);
  g_assert_null (quadrant_map_layout_find_marker (layout, unplaced));

  for (QuadrantSupport s = QUADRANT_SUPPORT_UNAWARE; s <= QUADRANT_SUPPORT_LEADING; s++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_find_marker (layout, parties[s]);
      double x, y;

      g_assert_nonnull (m);
      g_assert_true (m->party == parties[s]);
      g_assert_cmpuint (m->position, ==, s);
      g_assert_cmpint (m->support, ==, s);
      g_assert_cmpint (m->shape, ==, quadrant_map_layout_marker_shape (s));
      quadrant_map_layout_to_point (layout, 10 + 20 * s, 90 - 20 * s, &x, &y);
      g_assert_cmpfloat (m->x, ==, x);
      g_assert_cmpfloat (m->y, ==, y);
      shapes[s] = m->shape;
    }

  /* Every support level has its own shape, so the map reads in grey-scale. */
  for (guint a = 0; a < 5; a++)
    for (guint b = a + 1; b < 5; b++)
      g_assert_cmpint (shapes[a], !=, shapes[b]);
}

static void
test_size_by_requirements (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantParty *none = add_party (reg, "None", 20, 20, QUADRANT_SUPPORT_NEUTRAL);
  QuadrantParty *many = add_party (reg, "Many", 80, 80, QUADRANT_SUPPORT_NEUTRAL);
  QuadrantMapOptions options;

  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

      quadrant_party_append_requirement (many, requirement);
    }

  quadrant_map_options_init (&options);
  quadrant_map_layout_compute (layout, reg, 1000, 700, &options);
  g_assert_cmpfloat (quadrant_map_layout_find_marker (layout, none)->radius, ==,
                     quadrant_map_layout_find_marker (layout, many)->radius);

  options.size_by_requirements = TRUE;
  quadrant_map_layout_compute (layout, reg, 1000, 700, &options);
  g_assert_cmpfloat (quadrant_map_layout_find_marker (layout, none)->radius, <,
                     quadrant_map_layout_find_marker (layout, many)->radius);
}

static void
test_hit_test (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantParty *lone = add_party (reg, "Lone", 20, 20, QUADRANT_SUPPORT_NEUTRAL);
  QuadrantParty *below = add_party (reg, "Below", 80, 80, QUADRANT_SUPPORT_SUPPORTIVE);
  QuadrantParty *above = add_party (reg, "Above", 80, 80, QUADRANT_SUPPORT_LEADING);
  const QuadrantMapMarker *m;
  QuadrantRect plot;

  quadrant_map_layout_compute (layout, reg, 1200, 800, NULL);
  plot = quadrant_map_layout_get_plot (layout);

  /* On the centre, and a little outside the radius (the tolerance). */
  m = quadrant_map_layout_find_marker (layout, lone);
  g_assert_true (quadrant_map_layout_hit_test (layout, m->x, m->y)->party == lone);
  g_assert_true (quadrant_map_layout_hit_test (layout, m->x, m->y + m->radius + 2)->party == lone);
  g_assert_true (quadrant_map_layout_hit_test (layout, m->x - m->radius - 2, m->y)->party == lone);
  /* Well away from the marker, and not on its name (names go right first). */
  g_assert_null (quadrant_map_layout_hit_test (layout, m->x - m->radius - 12, m->y));
  g_assert_null (quadrant_map_layout_hit_test (layout, m->x, m->y + m->radius + 12));
  g_assert_null (quadrant_map_layout_hit_test (layout, plot.x + plot.width / 2 + 3,
                                                plot.y + plot.height / 2 + 3));

  /* The name counts as the party too. */
  g_assert_true (quadrant_map_layout_hit_test (layout, m->label.x + m->label.width / 2,
                                               m->label.y + m->label.height / 2)->party == lone);

  /* Two markers at one place: the one drawn last (on top) wins. */
  m = quadrant_map_layout_find_marker (layout, below);
  g_assert_true (quadrant_map_layout_hit_test (layout, m->x, m->y)->party == above);

  /* Outside the map. */
  g_assert_null (quadrant_map_layout_hit_test (layout, -50, -50));
}

static void
test_labels_example (void)
{
  g_autoptr(QuadrantRegister) reg = load_example ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  static const double sizes[][4] = {
    { 1600, 1000, 1, 1 },   /* export */
    { 1000, 700, 1, 1 },    /* a window */
    { 800, 560, 1, 1 },     /* a small window */
    { 1920, 1080, 2, 1 },   /* presentation on a projector */
    { 1280, 720, 1.5, 1 },
    { 1000, 700, 1, 1.5 },  /* a window with the desktop's large text */
    { 800, 560, 1, 1.5 },
    { 1920, 1080, 2, 1.5 },
  };
  guint n_placed = 0;

  if (reg == NULL)
    {
      g_test_skip ("QUADRANT_DATADIR is not set");
      return;
    }

  for (guint i = 0; i < quadrant_register_get_n_parties (reg); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), i);

      n_placed += quadrant_party_is_placed (party);
    }
  g_assert_cmpuint (n_placed, >=, 10);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint variant = 0; variant < 4; variant++)
      {
        g_autofree char *what = g_strdup_printf ("example at %g×%g scale %g text ×%g variant %u",
                                                 sizes[s][0], sizes[s][1], sizes[s][2], sizes[s][3], variant);
        QuadrantMapOptions options;

        quadrant_map_options_init (&options);
        options.scale = sizes[s][2];
        options.text_scale = sizes[s][3];
        options.show_title = variant & 1;
        options.size_by_requirements = (variant & 2) != 0;
        options.show_movement = (variant & 2) != 0;
        /* Large type in a crowded corner may leave a name no room even for
         * a number: then the key names it, as on the map page. */
        options.complete_key = sizes[s][3] > 1;
        quadrant_map_layout_compute (layout, reg, sizes[s][0], sizes[s][1], &options);
        g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, n_placed);
        assert_no_overlaps (layout, what, options.complete_key ? G_MAXUINT : 0);
        assert_unplaced_in_key (layout, what);
      }
}

static void
test_labels_random (void)
{
  static const double sizes[][2] = { { 1600, 1000 }, { 1200, 800 }, { 1000, 700 } };
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();

  for (guint32 seed = 1; seed <= 12; seed++)
    {
      g_autoptr(QuadrantRegister) reg = random_register (50, seed, seed % 2 == 0);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autofree char *what = g_strdup_printf ("50 random parties (seed %u) at %g×%g",
                                                   seed, sizes[s][0], sizes[s][1]);
          QuadrantMapOptions options;

          quadrant_map_options_init (&options);
          options.size_by_requirements = seed % 2 == 0;
          quadrant_map_layout_compute (layout, reg, sizes[s][0], sizes[s][1], &options);
          g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, 50);
          /* Names now keep to their party's quadrant: in the rare knot of
           * random parties around the centre, one may find no place. */
          assert_no_overlaps (layout, what, 1);
        }
    }
}

/* On a map too crowded for every name, a name that had to overlap is marked,
 * and every overlap involves a marked name. */
static void
test_labels_dense (void)
{
  g_autoptr(QuadrantRegister) reg = random_register (1000, 7, FALSE);
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  guint n, n_marked = 0;

  quadrant_map_layout_compute (layout, reg, 1600, 1000, NULL);
  n = quadrant_map_layout_get_n_markers (layout);
  g_assert_cmpuint (n, ==, 1000);

  for (guint i = 0; i < n; i++)
    {
      const QuadrantMapMarker *a = quadrant_map_layout_get_marker (layout, i);

      n_marked += a->label_overlaps;
      if (a->label_overlaps)
        continue;
      for (guint j = 0; j < n; j++)
        {
          const QuadrantMapMarker *b = quadrant_map_layout_get_marker (layout, j);
          QuadrantRect box = marker_box (b);

          g_assert_false (rects_overlap (&a->label, &box));
          if (j != i && !b->label_overlaps)
            g_assert_false (rects_overlap (&a->label, &b->label));
        }
    }
  g_assert_cmpuint (n_marked, ==, quadrant_map_layout_get_n_overlapping (layout));
  /* A thousand names do not all fit on 1600×1000, but most do. */
  g_assert_cmpuint (n_marked, >, 0);
  g_assert_cmpuint (n_marked, <, n);
}

/* The same register laid out twice, or after other layouts in between, gives
 * the same picture: cached text must not change the result. */
static void
test_layout_stable (void)
{
  g_autoptr(QuadrantRegister) reg = random_register (50, 99, TRUE);
  g_autoptr(QuadrantRegister) other = random_register (80, 3, FALSE);
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  g_autoptr(QuadrantMapLayout) fresh = quadrant_map_layout_new ();
  QuadrantMapOptions options;

  quadrant_map_options_init (&options);
  quadrant_map_layout_compute (layout, reg, 1200, 800, &options);
  quadrant_map_layout_compute (layout, other, 900, 600, &options);
  options.scale = 2;
  quadrant_map_layout_compute (layout, reg, 1200, 800, &options);
  options.scale = 1;
  quadrant_map_layout_compute (layout, reg, 1200, 800, &options);
  quadrant_map_layout_compute (fresh, reg, 1200, 800, &options);

  g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==,
                    quadrant_map_layout_get_n_markers (fresh));
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      const QuadrantMapMarker *a = quadrant_map_layout_get_marker (layout, i);
      const QuadrantMapMarker *b = quadrant_map_layout_get_marker (fresh, i);

      g_assert_true (a->party == b->party);
      g_assert_cmpmem (&a->label, sizeof a->label, &b->label, sizeof b->label);
      g_assert_cmpfloat (a->x, ==, b->x);
      g_assert_cmpfloat (a->y, ==, b->y);
    }
}

static void
assert_clean_labels_apart (QuadrantMapLayout *layout)
{
  guint n = quadrant_map_layout_get_n_markers (layout);
  guint n_marked = 0;

  for (guint i = 0; i < n; i++)
    {
      const QuadrantMapMarker *a = quadrant_map_layout_get_marker (layout, i);

      n_marked += a->label_overlaps;
      if (a->label_overlaps)
        continue;
      for (guint j = 0; j < n; j++)
        {
          const QuadrantMapMarker *b = quadrant_map_layout_get_marker (layout, j);
          QuadrantRect box = marker_box (b);

          g_assert_false (rects_overlap (&a->label, &box));
          if (j != i && !b->label_overlaps)
            g_assert_false (rects_overlap (&a->label, &b->label));
        }
    }
  g_assert_cmpuint (n_marked, ==, quadrant_map_layout_get_n_overlapping (layout));
}

/* A drag: each frame one party moves, and only its own label moves with it;
 * every other label stays exactly where it was. Once the party rests, the
 * labels that can stay where they were stay, and the rules hold again. */
static void
test_layout_drag (void)
{
  static const guint sizes[] = { 60, 400 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(QuadrantRegister) reg = random_register (sizes[s], 5, FALSE);
      g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
      g_autoptr(QuadrantParty) dragged = g_list_model_get_item (quadrant_register_get_parties (reg), 17);
      g_autoptr(GArray) start = g_array_new (FALSE, FALSE, sizeof (QuadrantRect));
      QuadrantMapOptions options;
      QuadrantRect before;
      guint n, n_stayed = 0;

      quadrant_map_options_init (&options);
      quadrant_map_layout_compute (layout, reg, 1600, 1000, &options);
      n = quadrant_map_layout_get_n_markers (layout);
      for (guint i = 0; i < n; i++)
        g_array_append_val (start, quadrant_map_layout_get_marker (layout, i)->label);
      before = quadrant_map_layout_find_marker (layout, dragged)->label;

      options.dragged = dragged;
      for (int step = 0; step < 30; step++)
        {
          const QuadrantMapMarker *m;
          double x, y;

          quadrant_party_set_power (dragged, 10 + 2 * step);
          quadrant_party_set_interest (dragged, 80 - step);
          quadrant_map_layout_compute (layout, reg, 1600, 1000, &options);
          m = quadrant_map_layout_find_marker (layout, dragged);
          quadrant_map_layout_to_point (layout, 10 + 2 * step, 80 - step, &x, &y);
          g_assert_cmpfloat (m->x, ==, x);
          g_assert_cmpfloat (m->y, ==, y);
          g_assert_cmpuint (quadrant_map_layout_get_n_markers (layout), ==, n);
          for (guint i = 0; i < n; i++)
            {
              const QuadrantMapMarker *other = quadrant_map_layout_get_marker (layout, i);

              if (other->party != dragged)
                g_assert_cmpmem (&other->label, sizeof other->label,
                                 &g_array_index (start, QuadrantRect, i), sizeof (QuadrantRect));
            }
        }
      g_assert_false (memcmp (&before, &quadrant_map_layout_find_marker (layout, dragged)->label,
                              sizeof before) == 0);

      /* At rest: the rules hold, and most labels are where they were. */
      options.dragged = NULL;
      quadrant_map_layout_compute (layout, reg, 1600, 1000, &options);
      assert_clean_labels_apart (layout);
      for (guint i = 0; i < n; i++)
        n_stayed += memcmp (&quadrant_map_layout_get_marker (layout, i)->label,
                            &g_array_index (start, QuadrantRect, i), sizeof (QuadrantRect)) == 0;
      g_assert_cmpuint (n_stayed, >=, n * 9 / 10);
    }
}

/* Title, axes, the four quadrant names and the legend are there, and do not
 * overlap the grid or each other. */
static void
test_frame (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  static const double sizes[][2] = { { 1600, 1000 }, { 600, 700 } };

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Example & Co <Ltd>");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      QuadrantMapOptions options;
      QuadrantRect plot, legend;
      guint n_quadrant = 0, n_axis = 0, n_title = 0, n_support = 0;
      guint n;

      quadrant_map_options_init (&options);
      options.show_title = TRUE;
      quadrant_map_layout_compute (layout, reg, sizes[s][0], sizes[s][1], &options);
      plot = quadrant_map_layout_get_plot (layout);
      legend = quadrant_map_layout_get_legend (layout);
      g_assert_cmpfloat (legend.width, >, 0);
      g_assert_false (rects_overlap (&plot, &legend));

      n = quadrant_map_layout_get_n_texts (layout);
      for (guint i = 0; i < n; i++)
        {
          const QuadrantMapText *t = quadrant_map_layout_get_text (layout, i);
          QuadrantRect whole = { 0, 0, sizes[s][0], sizes[s][1] };

          g_assert_nonnull (t->text);
          g_assert_cmpfloat (t->size, >, 0);
          g_assert_true (rect_inside (&t->rect, &whole));
          g_assert_false (rects_overlap (&t->rect, &plot));
          n_quadrant += t->role == QUADRANT_MAP_TEXT_QUADRANT;
          n_axis += t->role == QUADRANT_MAP_TEXT_AXIS;
          n_title += t->role == QUADRANT_MAP_TEXT_TITLE;
          n_support += t->legend_kind == QUADRANT_MAP_LEGEND_SUPPORT;
          if (t->role == QUADRANT_MAP_TEXT_TITLE)
            g_assert_nonnull (strstr (t->text, "Example & Co <Ltd>"));
          for (guint j = i + 1; j < n; j++)
            g_assert_false (rects_overlap (&t->rect, &quadrant_map_layout_get_text (layout, j)->rect));
        }
      g_assert_cmpuint (n_quadrant, ==, 4);
      g_assert_cmpuint (n_axis, ==, 2);
      g_assert_cmpuint (n_title, ==, 1);
      g_assert_cmpuint (n_support, ==, 5);
    }
}

/* The desktop's large text makes every text larger by its factor; markers stay. */
static void
test_text_scale (void)
{
  g_autoptr(QuadrantRegister) reg = load_example ();
  g_autoptr(QuadrantMapLayout) usual = quadrant_map_layout_new ();
  g_autoptr(QuadrantMapLayout) large = quadrant_map_layout_new ();
  QuadrantMapOptions options;
  guint n_compared = 0;

  if (reg == NULL)
    {
      g_test_skip ("QUADRANT_DATADIR is not set");
      return;
    }

  quadrant_map_options_init (&options);
  g_assert_cmpfloat (options.text_scale, ==, 0);   /* exports leave it: the desktop's is not theirs */
  options.complete_key = TRUE;                     /* as the map page */
  quadrant_map_layout_compute (usual, reg, 1000, 700, &options);
  options.text_scale = 1.5;
  quadrant_map_layout_compute (large, reg, 1000, 700, &options);

  g_assert_cmpfloat_with_epsilon (quadrant_map_layout_get_label_size (large),
                                  1.5 * quadrant_map_layout_get_label_size (usual), 1e-9);
  g_assert_cmpfloat (quadrant_map_layout_get_scale (large), ==, quadrant_map_layout_get_scale (usual));
  g_assert_cmpuint (quadrant_map_layout_get_n_markers (large), ==, quadrant_map_layout_get_n_markers (usual));
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (large); i++)
    {
      const QuadrantMapMarker *a = quadrant_map_layout_get_marker (usual, i);
      const QuadrantMapMarker *b = quadrant_map_layout_get_marker (large, i);

      g_assert_cmpfloat (b->radius, ==, a->radius);
      /* The name, measured in larger type, is wider (it may wrap: taller). */
      g_assert_cmpfloat (b->name_width + b->name_height, >, a->name_width + a->name_height);
    }

  /* The fixed texts the two maps share, by role and wording. */
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (usual); i++)
    {
      const QuadrantMapText *a = quadrant_map_layout_get_text (usual, i);

      if (a->role != QUADRANT_MAP_TEXT_QUADRANT && a->role != QUADRANT_MAP_TEXT_AXIS &&
          a->role != QUADRANT_MAP_TEXT_LEGEND && a->role != QUADRANT_MAP_TEXT_LEGEND_HEADING)
        continue;
      for (guint j = 0; j < quadrant_map_layout_get_n_texts (large); j++)
        {
          const QuadrantMapText *b = quadrant_map_layout_get_text (large, j);

          if (b->role != a->role || g_strcmp0 (b->text, a->text) != 0)
            continue;
          g_assert_cmpfloat_with_epsilon (b->size, 1.5 * a->size, 1e-9);
          g_assert_cmpfloat (b->rect.height, >, a->rect.height);
          if (a->legend_kind == QUADRANT_MAP_LEGEND_SUPPORT)
            g_assert_cmpfloat (b->marker_radius, ==, a->marker_radius);
          n_compared++;
          break;
        }
    }
  g_assert_cmpuint (n_compared, >=, 12);   /* 4 quadrants, 2 axes, the legend's heading, 5 levels */
  assert_no_overlaps (large, "example with large text", G_MAXUINT);
  assert_unplaced_in_key (large, "example with large text");
  g_test_message ("large text at 1000×700: %u of %u names in the key, %u without room even for a number",
                  quadrant_map_layout_get_n_numbered (large), quadrant_map_layout_get_n_markers (large),
                  quadrant_map_layout_get_n_overlapping (large));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/layout/quadrant-boundaries", test_quadrant_boundaries);
  g_test_add_func ("/map/layout/round-trip", test_round_trip);
  g_test_add_func ("/map/layout/markers", test_markers);
  g_test_add_func ("/map/layout/size-by-requirements", test_size_by_requirements);
  g_test_add_func ("/map/layout/hit-test", test_hit_test);
  g_test_add_func ("/map/layout/frame", test_frame);
  g_test_add_func ("/map/layout/text-scale", test_text_scale);
  g_test_add_func ("/map/layout/labels/example", test_labels_example);
  g_test_add_func ("/map/layout/labels/random-50", test_labels_random);
  g_test_add_func ("/map/layout/labels/dense", test_labels_dense);
  g_test_add_func ("/map/layout/stable", test_layout_stable);
  g_test_add_func ("/map/layout/drag", test_layout_drag);

  return g_test_run ();
}
