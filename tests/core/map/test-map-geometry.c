/* test-map-geometry.c: the map tells the truth
 *
 * Over the example register and generated registers of 20 to 200 parties
 * (several seeds, at the sizes of an export, a window and a projector):
 * every name lies wholly inside its party's quadrant (so never over a
 * midline or the axis titles), no name overlaps another name or any marker,
 * no leader line crosses another one or a name or marker not its own, and
 * every party is named, on the map or in the numbered key. The same check
 * runs on exported SVG files, parsed back, where names are real text with
 * their background box.
 */
#define G_LOG_DOMAIN "test-map-geometry"

#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "bench/quadrant-generate.h"
#include "quadrant-enum-types.h"
#include "quadrant-map-export.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-paint-private.h"
#include "quadrant-test-data.h"
#include "map-picture.h"

/* ---- The registers and sizes checked ---- */

static const guint sizes_parties[] = { 20, 40, 60, 90, 120, 160, 200 };
static const guint32 seeds[] = { 1, 2, 3, 4 };

typedef struct {
  const char *name;
  double      width, height, scale;
  gboolean    export;
  double      text_scale;   /* the desktop's large text (0: none) */
  guint       max_named;    /* registers up to this size name every party */
} Frame;

/* Realistic registers (up to MAX_NAMED_PARTIES) name every party: on an
 * export and in a window always (on the map, in the key, or listed as
 * without room on the map), on a projector as long as the map has room;
 * larger ones keep the rules and name as many as fit. With GNOME's large
 * text (type 1.5 times as large, markers as they were) a window holds as
 * many names as one two thirds its size: all of a register of 60 parties at
 * 1000×700, of 90 at 1500×1050. */
#define MAX_NAMED_PARTIES 90

static const Frame frames[] = {
  { "export", 1600, 1000, 1, TRUE, 0, MAX_NAMED_PARTIES },
  { "window", 1000, 700, 1, FALSE, 0, MAX_NAMED_PARTIES },
  { "projector", 1920, 1080, 2, FALSE, 0, 0 },
  { "window, large text", 1000, 700, 1, FALSE, 1.5, 60 },
  { "large window, large text", 1500, 1050, 1, FALSE, 1.5, MAX_NAMED_PARTIES },
  { "projector, large text", 1920, 1080, 2, FALSE, 1.5, 0 },
};

static void
add_violations (Violations       *total,
                const Violations *v)
{
  total->outside += v->outside;
  total->label_overlap += v->label_overlap;
  total->marker_overlap += v->marker_overlap;
  total->leader_cross += v->leader_cross;
  total->unnamed += v->unnamed;
  total->unlisted += v->unlisted;
}

static guint
n_violations (const Violations *v)
{
  return v->outside + v->label_overlap + v->marker_overlap + v->leader_cross + v->unnamed + v->unlisted;
}

static void
print_violations (const char       *what,
                  const Violations *v)
{
  g_test_message ("%s: outside quadrant %u, label over label %u, label over marker %u, "
                  "crossing leaders %u, unnamed %u, not listed as not assessed %u",
                  what, v->outside, v->label_overlap, v->marker_overlap, v->leader_cross,
                  v->unnamed, v->unlisted);
}

/* Large text stays large as long as the grid keeps room to be a map (45 %
 * of the height, each quadrant's name within its quadrant); where it would
 * not, the type is smaller, never below the usual size. */
static void
assert_grid_room (QuadrantMapLayout *layout,
                  double             height,
                  const char        *what)
{
  QuadrantRect plot = quadrant_map_layout_get_plot (layout);
  double usual = QUADRANT_MAP_LABEL_SIZE * quadrant_map_layout_get_scale (layout);

  g_assert_cmpfloat (quadrant_map_layout_get_label_size (layout), >=, usual - 1e-9);
  if (quadrant_map_layout_get_label_size (layout) <= usual + 1e-9)
    return;
  if (plot.height < 0.45 * height)
    g_error ("%s: large text leaves the grid %.0f of %.0f px high", what, plot.height, height);
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    {
      const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);

      if (text->role == QUADRANT_MAP_TEXT_QUADRANT && text->rect.width > plot.width / 2)
        g_error ("%s: large text makes the quadrant name “%s” wider than its quadrant", what, text->text);
    }
}

static void
check_layout (QuadrantRegister *reg,
              const Frame      *frame,
              const char       *what,
              Violations       *v)
{
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantMapOptions options;
  Picture picture;

  quadrant_map_options_init (&options);
  options.scale = frame->scale;
  options.text_scale = frame->text_scale;
  options.show_title = frame->export;
  options.show_unassessed = frame->export;
  /* As the map page and the presentation do too: a smaller key, not one cut short. */
  options.complete_key = TRUE;
  quadrant_map_layout_compute (layout, reg, frame->width, frame->height, &options);
  if (frame->text_scale > 1)
    assert_grid_room (layout, frame->height, what);
  picture_from_layout (&picture, layout, reg);
  check_picture (&picture, reg, frame->export, what, v);
  picture_clear (&picture);
}

static void
test_layout_example (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  Violations total = { 0 };

  for (guint f = 0; f < G_N_ELEMENTS (frames); f++)
    {
      g_autofree char *what = g_strdup_printf ("example, %s", frames[f].name);

      check_layout (reg, &frames[f], what, &total);
    }
  print_violations ("example register", &total);
  g_assert_cmpuint (n_violations (&total), ==, 0);
}

static void
test_layout_generated (void)
{
  Violations total = { 0 };

  for (guint f = 0; f < G_N_ELEMENTS (frames); f++)
    {
      Violations per_frame = { 0 };
      g_autofree char *summary = NULL;

      for (guint s = 0; s < G_N_ELEMENTS (sizes_parties); s++)
        {
          Violations per_size = { 0 };
          g_autofree char *line = g_strdup_printf ("%u parties, %s", sizes_parties[s], frames[f].name);

          for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
            {
              g_autoptr(QuadrantRegister) reg = quadrant_generate_register (sizes_parties[s],
                                                                            3 * sizes_parties[s], seeds[k]);
              g_autofree char *what = g_strdup_printf ("%u parties, seed %u, %s", sizes_parties[s],
                                                       seeds[k], frames[f].name);

              check_layout (reg, &frames[f], what, &per_size);
            }
          print_violations (line, &per_size);
          g_assert_cmpuint (per_size.outside + per_size.label_overlap + per_size.marker_overlap +
                            per_size.leader_cross, ==, 0);
          g_assert_cmpuint (per_size.unlisted, ==, 0);
          /* A window (the map page) names them too, in a narrower grid. */
          if (sizes_parties[s] <= frames[f].max_named)
            g_assert_cmpuint (per_size.unnamed, ==, 0);
          add_violations (&per_frame, &per_size);
        }
      summary = g_strdup_printf ("generated registers, %s", frames[f].name);
      print_violations (summary, &per_frame);
      add_violations (&total, &per_frame);
    }
  print_violations ("generated registers", &total);
}

/* The presentation on a projector (1920×1080 and 1280×720, names 36 px high
 * at 1080 lines, as the presentation sizes them, and 1.5 times that with the
 * desktop's large text): the key takes the columns
 * and the type size it needs, down to QUADRANT_MAP_KEY_MIN_SHARE of the
 * names' size, and then pages; every entry lies within the window, and over
 * its pages every party is named, on the map or in the key. */
static void
test_presentation_key (void)
{
  /* The last with the desktop's large text on top (names 54 px high). */
  static const struct { double width, height, text_scale; } screens[] = {
    { 1920, 1080, 1 }, { 1280, 720, 1 }, { 1920, 1080, 1.5 }, { 1280, 720, 1.5 },
  };
  static const guint workshop_sizes[] = { 20, 40, 60, 90, 200 };
  Violations total = { 0 };

  for (guint w = 0; w < G_N_ELEMENTS (screens); w++)
    for (guint s = 0; s < G_N_ELEMENTS (workshop_sizes); s++)
      for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
        {
          g_autoptr(QuadrantRegister) reg = quadrant_generate_register (workshop_sizes[s],
                                                                        3 * workshop_sizes[s], seeds[k]);
          g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
          g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
          g_autofree char *what = g_strdup_printf ("%u parties, seed %u, %.0f×%.0f, text ×%.1f", workshop_sizes[s],
                                                   seeds[k], screens[w].width, screens[w].height,
                                                   screens[w].text_scale);
          QuadrantMapOptions options;
          Violations v = { 0 };
          guint n_key = 0, n_pages;

          quadrant_map_options_init (&options);
          options.scale = screens[w].height / 1080.0 * 36.0 / QUADRANT_MAP_LABEL_SIZE;
          options.text_scale = screens[w].text_scale;
          options.complete_key = TRUE;
          options.page_key = TRUE;
          quadrant_map_layout_compute (layout, reg, screens[w].width, screens[w].height, &options);
          n_pages = quadrant_map_layout_get_n_key_pages (layout);
          g_assert_cmpuint (n_pages, >=, 1);

          for (guint page = 0; page < n_pages; page++)
            {
              g_autofree char *page_what = g_strdup_printf ("%s, page %u", what, page + 1);
              Picture picture;

              options.key_page = page;
              quadrant_map_layout_compute (layout, reg, screens[w].width, screens[w].height, &options);
              assert_grid_room (layout, screens[w].height, page_what);
              g_assert_cmpuint (quadrant_map_layout_get_n_key_pages (layout), ==, n_pages);
              g_assert_cmpuint (quadrant_map_layout_get_key_page (layout), ==, page);
              /* A paged key starts with the numbers the room sees on the map. */
              if (page == 0 && n_pages > 1 && quadrant_map_layout_get_n_numbered (layout) > 0)
                for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
                  {
                    const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);

                    if (text->role == QUADRANT_MAP_TEXT_KEY)
                      {
                        g_assert_true (g_str_has_prefix (text->text, "1 "));
                        break;
                      }
                  }
              for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
                {
                  const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);

                  if (text->role != QUADRANT_MAP_TEXT_KEY && text->role != QUADRANT_MAP_TEXT_KEY_HEADING &&
                      text->role != QUADRANT_MAP_TEXT_NOTE)
                    continue;
                  n_key++;
                  if (text->rect.x < 0 || text->rect.y < 0 ||
                      text->rect.x + text->rect.width > screens[w].width + 0.5 ||
                      text->rect.y + text->rect.height > screens[w].height + 0.5)
                    g_error ("%s: the key entry “%s” reaches out of the window (%.0f, %.0f, %.0f × %.0f)", what,
                             text->text, text->rect.x, text->rect.y, text->rect.width, text->rect.height);
                  /* Readable from the back: at least half the names' 36 px. */
                  g_assert_cmpfloat (text->size, >=,
                                     QUADRANT_MAP_KEY_MIN_SHARE * quadrant_map_layout_get_label_size (layout) - 0.01);
                  if (text->role == QUADRANT_MAP_TEXT_KEY)
                    {
                      const QuadrantMapMarker *m = quadrant_map_layout_find_marker (layout, text->party);

                      g_assert_nonnull (m);
                      g_assert_cmpint (quadrant_map_layout_find_key_page (layout, text->party), ==, page);
                    }
                }
              picture_from_layout (&picture, layout, reg);
              for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
                {
                  const char *id = quadrant_party_get_id (quadrant_map_layout_get_marker (layout, i)->party);

                  if (g_hash_table_contains (picture.named, id))
                    g_hash_table_add (named, (gpointer) id);
                }
              /* The map's rules hold on every page (the last one's count of
               * unnamed parties is replaced below by that over all pages). */
              check_picture (&picture, reg, FALSE, page_what, &v);
              picture_clear (&picture);
            }
          v.unnamed = 0;
          {
            GListModel *parties = quadrant_register_get_parties (reg);

            for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
              {
                g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

                if (quadrant_map_layout_find_marker (layout, party) != NULL &&
                    !g_hash_table_contains (named, quadrant_party_get_id (party)))
                  report (&v.unnamed, what, "“%s” is named on no page", quadrant_party_get_name (party));
              }
          }
          g_test_message ("%s: %u key texts on %u pages, %u numbered, %u without room, %u unnamed", what,
                          n_key, n_pages, quadrant_map_layout_get_n_numbered (layout),
                          quadrant_map_layout_get_n_overlapping (layout), v.unnamed);
          g_assert_cmpuint (v.outside + v.label_overlap + v.marker_overlap + v.leader_cross + v.unnamed, ==, 0);
          add_violations (&total, &v);
        }
  print_violations ("presentation", &total);
}

/* ---- Pictures from exported SVG files ---- */

static double
attr_double (xmlNode    *node,
             const char *name)
{
  g_autofree xmlChar *value = xmlGetProp (node, (const xmlChar *) name);

  g_assert_nonnull (value);
  return g_ascii_strtod ((const char *) value, NULL);
}

static char *
attr_string (xmlNode    *node,
             const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static QuadrantRect
rect_of (xmlNode *node)
{
  return (QuadrantRect) { attr_double (node, "x"), attr_double (node, "y"),
                          attr_double (node, "width"), attr_double (node, "height") };
}

/* The box around every point of path data: markers are drawn as paths. */
static QuadrantRect
path_bounds (const char *d)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double numbers[2];
  guint n = 0;
  const char *p = d;

  while (*p != '\0')
    {
      char *end;
      double value;

      if (!(g_ascii_isdigit (*p) || *p == '-' || *p == '.'))
        {
          p++;
          continue;
        }
      value = g_ascii_strtod (p, &end);
      g_assert_true (end != p);
      p = end;
      numbers[n++] = value;
      if (n == 2)
        {
          x0 = MIN (x0, numbers[0]);
          x1 = MAX (x1, numbers[0]);
          y0 = MIN (y0, numbers[1]);
          y1 = MAX (y1, numbers[1]);
          n = 0;
        }
    }
  return (QuadrantRect) { x0, y0, x1 - x0, y1 - y0 };
}

static void
read_svg (Picture *picture,
          xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      g_autofree char *class_name = NULL;
      g_autofree char *party = NULL;
      g_autofree char *quadrant = NULL;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      class_name = attr_string (node, "class");
      party = attr_string (node, "data-party");
      quadrant = attr_string (node, "data-quadrant");

      if (quadrant != NULL)
        {
          for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
            if (g_strcmp0 (quadrant, quadrant_enum_to_nick (QUADRANT_TYPE_QUADRANT, q)) == 0)
              picture->quadrants[q] = rect_of (node);
        }
      else if (g_strcmp0 (class_name, "midlines") == 0)
        picture->line = attr_double (node, "stroke-width");
      else if (g_strcmp0 (class_name, "marker") == 0)
        {
          g_autofree char *d = attr_string (node, "d");
          QuadrantRect box = path_bounds (d);

          add_item (picture->markers, &box, party);
        }
      else if (g_strcmp0 (class_name, "name-box") == 0)
        {
          /* A name's box: its text must follow, drawn inside it. */
          QuadrantRect box = rect_of (node);
          xmlNode *text = node->next;
          g_autofree char *text_class = NULL;
          g_autofree char *text_party = NULL;

          while (text != NULL && text->type != XML_ELEMENT_NODE)
            text = text->next;
          g_assert_nonnull (text);
          g_assert_cmpstr ((const char *) text->name, ==, "text");
          text_class = attr_string (text, "class");
          text_party = attr_string (text, "data-party");
          g_assert_cmpstr (text_party, ==, party);
          g_assert_true (_quadrant_rect_contains (&box, attr_double (text, "x"), attr_double (text, "y")));
          add_item (picture->labels, &box, party);
          if (g_strcmp0 (text_class, "name") == 0)
            g_hash_table_add (picture->named, g_strdup (party));
          else
            g_assert_cmpstr (text_class, ==, "number");
        }
      else if (g_strcmp0 (class_name, "leader") == 0)
        {
          g_autofree char *d = attr_string (node, "d");
          QuadrantRect bounds = path_bounds (d);
          Leader leader = { { 0 }, g_strdup (party) };
          double numbers[4];
          const char *p = d;

          /* "Mx,yLx,y" */
          for (guint k = 0; k < 4; k++)
            {
              char *end;

              while (*p != '\0' && !(g_ascii_isdigit (*p) || *p == '-' || *p == '.'))
                p++;
              numbers[k] = g_ascii_strtod (p, &end);
              p = end;
            }
          leader.segment = (QuadrantSegment) { numbers[0], numbers[1], numbers[2], numbers[3] };
          g_assert_cmpfloat (bounds.width, >=, 0);
          g_array_append_val (picture->leaders, leader);
        }
      else if (g_strcmp0 (class_name, "key") == 0)
        g_hash_table_add (picture->named, g_strdup (party));
      else if (g_strcmp0 (class_name, "unassessed") == 0)
        {
          g_autofree char *text = (char *) xmlNodeGetContent (node);

          g_hash_table_add (picture->listed, g_strdup (text));
        }

      read_svg (picture, node->children);
    }
}

/* The not-yet-assessed parties whose names the "Not yet assessed" text has. */
static void
resolve_listed (Picture          *picture,
                QuadrantRegister *reg)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  GList *texts = g_hash_table_get_keys (picture->listed);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      for (GList *l = texts; l != NULL; l = l->next)
        if (!quadrant_party_is_placed (party) && strstr (l->data, quadrant_party_get_name (party)) != NULL)
          g_hash_table_add (listed, g_strdup (quadrant_party_get_id (party)));
    }
  g_list_free (texts);
  g_hash_table_unref (picture->listed);
  picture->listed = g_steal_pointer (&listed);
}

static void
check_svg (QuadrantRegister *reg,
           const char       *what,
           Violations       *v)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, NULL, &error);
  gsize size;
  const char *data;
  xmlDoc *doc;
  Picture picture;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  doc = xmlReadMemory (data, (int) size, "map.svg", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  picture_init (&picture);
  read_svg (&picture, xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
  g_assert_cmpfloat (picture.line, >, 0);
  g_assert_cmpuint (picture.markers->len, >, 0);
  g_assert_cmpuint (picture.labels->len, >, 0);
  resolve_listed (&picture, reg);
  check_picture (&picture, reg, TRUE, what, v);
  picture_clear (&picture);
}

static void
test_svg_generated (void)
{
  g_autoptr(QuadrantRegister) example = quadrant_test_load_example ();
  Violations total = { 0 };

  check_svg (example, "example, SVG", &total);
  for (guint s = 0; s < G_N_ELEMENTS (sizes_parties); s++)
    {
      Violations per_size = { 0 };
      g_autofree char *line = g_strdup_printf ("%u parties, SVG", sizes_parties[s]);

      for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
        {
          g_autoptr(QuadrantRegister) reg = quadrant_generate_register (sizes_parties[s],
                                                                        3 * sizes_parties[s], seeds[k]);
          g_autofree char *what = g_strdup_printf ("%u parties, seed %u, SVG", sizes_parties[s], seeds[k]);

          check_svg (reg, what, &per_size);
        }
      print_violations (line, &per_size);
      g_assert_cmpuint (per_size.outside + per_size.label_overlap + per_size.marker_overlap +
                        per_size.leader_cross + per_size.unlisted, ==, 0);
      if (sizes_parties[s] <= MAX_NAMED_PARTIES)
        g_assert_cmpuint (per_size.unnamed, ==, 0);
      add_violations (&total, &per_size);
    }
  print_violations ("exported SVG", &total);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/geometry/layout/example", test_layout_example);
  g_test_add_func ("/map/geometry/layout/generated", test_layout_generated);
  g_test_add_func ("/map/geometry/presentation-key", test_presentation_key);
  g_test_add_func ("/map/geometry/svg", test_svg_generated);

  return g_test_run ();
}
