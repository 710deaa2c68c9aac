/* quadrant-map-grid.c: the index of the rectangles taken on the map
 *
 * Keeps every test of the label placement local: a query looks at the few
 * rectangles in the cells it touches, not at every name on the map.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include "quadrant-map-grid-private.h"

void
_quadrant_map_grid_init (QuadrantMapGrid *grid)
{
  grid->entries = g_array_new (FALSE, FALSE, sizeof (QuadrantMapGridEntry));
  grid->rects = g_array_new (FALSE, FALSE, sizeof (QuadrantRect));
  grid->stamps = g_array_new (FALSE, TRUE, sizeof (guint));
  grid->owners = g_array_new (FALSE, FALSE, sizeof (int));
  grid->dead = g_array_new (FALSE, FALSE, sizeof (guint8));
}

void
_quadrant_map_grid_clear (QuadrantMapGrid *grid)
{
  g_clear_pointer (&grid->head, g_free);
  g_clear_pointer (&grid->entries, g_array_unref);
  g_clear_pointer (&grid->rects, g_array_unref);
  g_clear_pointer (&grid->stamps, g_array_unref);
  g_clear_pointer (&grid->owners, g_array_unref);
  g_clear_pointer (&grid->dead, g_array_unref);
}

void
_quadrant_map_grid_reset (QuadrantMapGrid *grid,
                          double           width,
                          double           height,
                          double           cell)
{
  int cols = MAX (1, (int) ceil (width / cell));
  int rows = MAX (1, (int) ceil (height / cell));

  /* Very small cells on a huge map would cost more than they save. */
  while ((gint64) cols * rows > 1 << 16)
    {
      cell *= 2;
      cols = MAX (1, (int) ceil (width / cell));
      rows = MAX (1, (int) ceil (height / cell));
    }

  if (grid->head == NULL || cols * rows > grid->cols * grid->rows)
    {
      g_free (grid->head);
      grid->head = g_new (int, cols * rows);
    }
  grid->x0 = 0;
  grid->y0 = 0;
  grid->cell = cell;
  grid->cols = cols;
  grid->rows = rows;
  memset (grid->head, 0xff, sizeof (int) * cols * rows);   /* all -1 */
  g_array_set_size (grid->entries, 0);
  g_array_set_size (grid->rects, 0);
  g_array_set_size (grid->stamps, 0);
  g_array_set_size (grid->owners, 0);
  g_array_set_size (grid->dead, 0);
  grid->query = 0;
}

int
_quadrant_map_grid_insert (QuadrantMapGrid    *grid,
                           const QuadrantRect *rect,
                           int                 owner)
{
  int obstacle = grid->rects->len;
  guint zero = 0;
  guint8 alive = 0;
  int c0, r0, c1, r1;

  g_array_append_val (grid->rects, *rect);
  g_array_append_val (grid->stamps, zero);
  g_array_append_val (grid->owners, owner);
  g_array_append_val (grid->dead, alive);
  _quadrant_map_grid_cells (grid, rect, &c0, &r0, &c1, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      {
        int cell = row * grid->cols + col;
        QuadrantMapGridEntry entry = { obstacle, grid->head[cell] };

        grid->head[cell] = grid->entries->len;
        g_array_append_val (grid->entries, entry);
      }
  return obstacle;
}

guint
_quadrant_map_grid_blockers (QuadrantMapGrid    *grid,
                             const QuadrantRect *rect,
                             int                *first)
{
  const QuadrantRect *rects = (const QuadrantRect *) (void *) grid->rects->data;
  QuadrantMapGridIter iter;
  guint n = 0;
  int obstacle;

  _quadrant_map_grid_iter_init (&iter, grid, rect);
  while (_quadrant_map_grid_iter_next (&iter, &obstacle))
    {
      if (!_quadrant_rect_intersects (rect, &rects[obstacle]))
        continue;
      if (n++ == 0)
        *first = obstacle;
      else
        return n;
    }
  return n;
}

double
_quadrant_map_grid_query (QuadrantMapGrid    *grid,
                          const QuadrantRect *rect,
                          gboolean            want_area)
{
  const QuadrantRect *rects = (const QuadrantRect *) (void *) grid->rects->data;
  QuadrantMapGridIter iter;
  double area = 0;
  int obstacle;

  _quadrant_map_grid_iter_init (&iter, grid, rect);
  while (_quadrant_map_grid_iter_next (&iter, &obstacle))
    {
      if (!_quadrant_rect_intersects (rect, &rects[obstacle]))
        continue;
      if (!want_area)
        return 1;
      area += _quadrant_rect_intersection_area (rect, &rects[obstacle]);
    }

  return area;
}

gboolean
_quadrant_map_grid_segment_blocked (QuadrantMapGrid       *grid,
                                    const QuadrantSegment *segment,
                                    int                    owner)
{
  const QuadrantRect *rects = (const QuadrantRect *) (void *) grid->rects->data;
  QuadrantRect bounds = { MIN (segment->x0, segment->x1), MIN (segment->y0, segment->y1),
                          fabs (segment->x1 - segment->x0), fabs (segment->y1 - segment->y0) };
  QuadrantMapGridIter iter;
  int obstacle;

  _quadrant_map_grid_iter_init (&iter, grid, &bounds);
  while (_quadrant_map_grid_iter_next (&iter, &obstacle))
    {
      const QuadrantRect *r = &rects[obstacle];
      int other = _quadrant_map_grid_owner (grid, obstacle);

      if (other == owner || other == QUADRANT_MAP_MARKER_OWNER (owner))
        continue;
      if (_quadrant_segment_hits_rect (segment, r))
        return TRUE;
    }
  return FALSE;
}
