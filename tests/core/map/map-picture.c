/* map-picture.c: what a picture of the map shows, and whether it tells
 * the truth (see map-picture.h) */
#include "config.h"

#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-paint-private.h"
#include "map-picture.h"

static void
item_clear (gpointer data)
{
  g_free (((Item *) data)->party);
}

static void
leader_clear (gpointer data)
{
  g_free (((Leader *) data)->party);
}

void
picture_init (Picture *picture)
{
  memset (picture, 0, sizeof *picture);
  picture->labels = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (picture->labels, item_clear);
  picture->markers = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (picture->markers, item_clear);
  picture->leaders = g_array_new (FALSE, TRUE, sizeof (Leader));
  g_array_set_clear_func (picture->leaders, leader_clear);
  picture->named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  picture->listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
picture_clear (Picture *picture)
{
  g_array_unref (picture->labels);
  g_array_unref (picture->markers);
  g_array_unref (picture->leaders);
  g_hash_table_unref (picture->named);
  g_hash_table_unref (picture->listed);
}

void
add_item (GArray             *items,
          const QuadrantRect *box,
          const char         *party)
{
  Item item = { *box, g_strdup (party) };

  g_array_append_val (items, item);
}

/* Overlap by more than a hundredth of a unit (rounding); touching is fine. */
static gboolean
rects_overlap (const QuadrantRect *a,
               const QuadrantRect *b)
{
  const double e = 0.01;

  return a->x + e < b->x + b->width && b->x + e < a->x + a->width &&
         a->y + e < b->y + b->height && b->y + e < a->y + a->height;
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

static QuadrantParty *
find_party (QuadrantRegister *reg,
            const char       *id)
{
  GListModel *parties = quadrant_register_get_parties (reg);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (g_strcmp0 (quadrant_party_get_id (party), id) == 0)
        return party;   /* the register keeps it */
    }
  return NULL;
}

void
report (guint      *count,
        const char *what,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (*count < 3)
    g_test_message ("%s: %s", what, message);
  (*count)++;
}

/* Counts what the picture gets wrong about reg into v. */
void
check_picture (const Picture    *picture,
               QuadrantRegister *reg,
               gboolean          lists_unassessed,
               const char       *what,
               Violations       *v)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  /* Off the midlines by half their width. */
  double half = picture->line / 2;

  for (guint i = 0; i < picture->labels->len; i++)
    {
      const Item *label = &g_array_index (picture->labels, Item, i);
      QuadrantParty *party = find_party (reg, label->party);
      QuadrantQuadrant q;
      QuadrantRect area;

      g_assert_nonnull (party);
      q = quadrant_quadrant_from_position (quadrant_party_get_power (party),
                                           quadrant_party_get_interest (party));
      area = _quadrant_rect_inflate (&picture->quadrants[q], -half);
      if (!rect_inside (&label->box, &area))
        report (&v->outside, what, "the name of “%s” is not inside its quadrant",
                quadrant_party_get_name (party));

      for (guint j = i + 1; j < picture->labels->len; j++)
        if (rects_overlap (&label->box, &g_array_index (picture->labels, Item, j).box))
          report (&v->label_overlap, what, "the names of “%s” and another party overlap",
                  quadrant_party_get_name (party));
      for (guint j = 0; j < picture->markers->len; j++)
        if (rects_overlap (&label->box, &g_array_index (picture->markers, Item, j).box))
          report (&v->marker_overlap, what, "the name of “%s” covers a marker",
                  quadrant_party_get_name (party));
    }

  for (guint i = 0; i < picture->leaders->len; i++)
    {
      const Leader *leader = &g_array_index (picture->leaders, Leader, i);
      gboolean crossed = FALSE;

      for (guint j = i + 1; j < picture->leaders->len && !crossed; j++)
        crossed = _quadrant_segments_cross (&leader->segment,
                                            &g_array_index (picture->leaders, Leader, j).segment);
      for (guint j = 0; j < picture->labels->len && !crossed; j++)
        {
          const Item *label = &g_array_index (picture->labels, Item, j);
          QuadrantRect inner = _quadrant_rect_inflate (&label->box, -0.5);

          crossed = g_strcmp0 (label->party, leader->party) != 0 &&
                    _quadrant_segment_hits_rect (&leader->segment, &inner);
        }
      for (guint j = 0; j < picture->markers->len && !crossed; j++)
        {
          const Item *marker = &g_array_index (picture->markers, Item, j);
          QuadrantRect inner = _quadrant_rect_inflate (&marker->box, -0.5);

          crossed = g_strcmp0 (marker->party, leader->party) != 0 &&
                    _quadrant_segment_hits_rect (&leader->segment, &inner);
        }
      if (crossed)
        report (&v->leader_cross, what, "a leader line crosses something");
    }

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      const char *id = quadrant_party_get_id (party);

      if (quadrant_party_is_placed (party))
        {
          if (!g_hash_table_contains (picture->named, id))
            report (&v->unnamed, what, "“%s” is not named", quadrant_party_get_name (party));
        }
      else if (lists_unassessed && !g_hash_table_contains (picture->listed, id))
        report (&v->unlisted, what, "“%s” is not listed as not yet assessed",
                quadrant_party_get_name (party));
    }
}

/* ---- Pictures from layouts ---- */

void
picture_from_layout (Picture           *picture,
                     QuadrantMapLayout *layout,
                     QuadrantRegister  *reg)
{
  guint n = quadrant_map_layout_get_n_markers (layout);
  GListModel *parties = quadrant_register_get_parties (reg);

  picture_init (picture);
  for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
    picture->quadrants[q] = quadrant_map_layout_get_quadrant_rect (layout, q);
  picture->line = QUADRANT_MAP_MIDLINE_WIDTH * quadrant_map_render_get_line_width (layout, NULL);

  for (guint i = 0; i < n; i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);
      const char *id = quadrant_party_get_id (m->party);
      QuadrantRect box = { m->x - m->radius, m->y - m->radius, 2 * m->radius, 2 * m->radius };
      QuadrantSegment leader;

      add_item (picture->markers, &box, id);
      /* A name (or number) that found no place is not drawn. */
      if (m->label_overlaps)
        continue;
      add_item (picture->labels, &m->label, id);
      if (m->key_number == 0)
        g_hash_table_add (picture->named, g_strdup (id));
      if (_quadrant_map_leader_line (m, &leader))
        {
          Leader item = { leader, g_strdup (id) };

          g_array_append_val (picture->leaders, item);
        }
    }

  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    {
      const QuadrantMapText *text = quadrant_map_layout_get_text (layout, i);

      if (text->role == QUADRANT_MAP_TEXT_KEY)
        {
          const QuadrantMapMarker *m = quadrant_map_layout_find_marker (layout, text->party);

          /* Named in the key with its number on the map, or listed as
           * without room on the map (not even for a number). */
          g_assert_nonnull (m);
          g_assert_nonnull (strstr (text->text, quadrant_party_get_name (text->party)));
          if ((m->key_number > 0 && !m->label_overlaps) || (m->key_number == 0 && m->label_overlaps))
            g_hash_table_add (picture->named, g_strdup (quadrant_party_get_id (text->party)));
        }
      else if (text->role == QUADRANT_MAP_TEXT_UNASSESSED)
        for (guint j = 0; j < g_list_model_get_n_items (parties); j++)
          {
            g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, j);

            if (!quadrant_party_is_placed (party) &&
                strstr (text->text, quadrant_party_get_name (party)) != NULL)
              g_hash_table_add (picture->listed, g_strdup (quadrant_party_get_id (party)));
          }
    }
}
