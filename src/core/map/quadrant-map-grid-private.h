/* quadrant-map-grid-private.h: the rectangles taken on the map, indexed
 *
 * A uniform grid of cells over the map; each cell is a linked list through
 * entries. Rectangles are obstacles numbered in the order they were inserted;
 * a removed one is marked dead rather than unlinked (a drag moves one label,
 * and the next compute may put it back). Stamps keep one walk from visiting a
 * rectangle twice when it spans several cells.
 */
#pragma once

#include <math.h>
#include <string.h>

#include <glib.h>

#include "quadrant-map-geometry-private.h"

G_BEGIN_DECLS

typedef struct {
  double  x0, y0, cell;
  int     cols, rows;
  int    *head;
  GArray *entries;   /* QuadrantMapGridEntry */
  GArray *rects;     /* QuadrantRect */
  GArray *stamps;    /* guint, one per rect */
  GArray *owners;    /* int per rect: the marker whose label it is, or
                        QUADRANT_MAP_MARKER_OWNER (i) for the box of marker i */
  GArray *dead;      /* guint8 per rect: removed (a label moved away) */
  guint   query;
} QuadrantMapGrid;

typedef struct {
  int obstacle;
  int next;
} QuadrantMapGridEntry;

#define QUADRANT_MAP_MARKER_OWNER(i) (-2 - (int) (i))

void     _quadrant_map_grid_init           (QuadrantMapGrid    *grid);
void     _quadrant_map_grid_clear          (QuadrantMapGrid    *grid);
/* Empties the grid, with cells of about cell units over width × height. */
void     _quadrant_map_grid_reset          (QuadrantMapGrid    *grid,
                                            double              width,
                                            double              height,
                                            double              cell);
/* Returns the new obstacle's number. */
int      _quadrant_map_grid_insert         (QuadrantMapGrid    *grid,
                                            const QuadrantRect *rect,
                                            int                 owner);
/* How many rectangles overlap rect, counting no further than two; *first is
 * the first one found. */
guint    _quadrant_map_grid_blockers       (QuadrantMapGrid    *grid,
                                            const QuadrantRect *rect,
                                            int                *first);
/* With want_area FALSE: 1 as soon as anything overlaps rect, else 0.
 * With want_area TRUE: the total area of rect covered by others. */
double   _quadrant_map_grid_query          (QuadrantMapGrid    *grid,
                                            const QuadrantRect *rect,
                                            gboolean            want_area);
/* Whether segment would cross a name or a marker other than those of
 * marker owner (the party whose leader line it is). */
gboolean _quadrant_map_grid_segment_blocked (QuadrantMapGrid       *grid,
                                             const QuadrantSegment *segment,
                                             int                    owner);

static inline void
_quadrant_map_grid_set_dead (QuadrantMapGrid *grid,
                             int              obstacle,
                             gboolean         dead)
{
  g_array_index (grid->dead, guint8, obstacle) = dead;
}

static inline int
_quadrant_map_grid_owner (const QuadrantMapGrid *grid,
                          int                    obstacle)
{
  return g_array_index (grid->owners, int, obstacle);
}

static inline const QuadrantRect *
_quadrant_map_grid_rect (const QuadrantMapGrid *grid,
                         int                    obstacle)
{
  return &g_array_index (grid->rects, QuadrantRect, obstacle);
}

/* ---- Walking the obstacles in the cells under a rectangle ---- */

/* Every walk over the grid goes through this, in the same order (cells row by
 * row, each cell's list from its head), visiting each live obstacle once. */
typedef struct {
  const QuadrantMapGrid      *grid;
  const QuadrantMapGridEntry *entries;
  const guint8               *dead;
  guint                      *stamps;
  guint                       query;
  int                         c0, c1, r1;
  int                         row, col, e;
} QuadrantMapGridIter;

static inline void
_quadrant_map_grid_cells (const QuadrantMapGrid *grid,
                          const QuadrantRect    *r,
                          int                   *c0,
                          int                   *r0,
                          int                   *c1,
                          int                   *r1)
{
  *c0 = CLAMP ((int) floor ((r->x - grid->x0) / grid->cell), 0, grid->cols - 1);
  *c1 = CLAMP ((int) floor ((r->x + r->width - grid->x0) / grid->cell), 0, grid->cols - 1);
  *r0 = CLAMP ((int) floor ((r->y - grid->y0) / grid->cell), 0, grid->rows - 1);
  *r1 = CLAMP ((int) floor ((r->y + r->height - grid->y0) / grid->cell), 0, grid->rows - 1);
}

/* A new query: after 2³² of them the stamps start again from zero. */
static inline guint
_quadrant_map_grid_next_query (QuadrantMapGrid *grid)
{
  if (++grid->query == 0)
    {
      memset (grid->stamps->data, 0, sizeof (guint) * grid->stamps->len);
      grid->query = 1;
    }
  return grid->query;
}

/* Starts a walk over the obstacles in the cells that area touches. Nothing
 * may be inserted into the grid until the walk is over. */
static inline void
_quadrant_map_grid_iter_init (QuadrantMapGridIter *iter,
                              QuadrantMapGrid     *grid,
                              const QuadrantRect  *area)
{
  int r0;

  iter->grid = grid;
  iter->entries = (const QuadrantMapGridEntry *) (void *) grid->entries->data;
  iter->dead = (const guint8 *) grid->dead->data;
  iter->stamps = (guint *) (void *) grid->stamps->data;
  iter->query = _quadrant_map_grid_next_query (grid);
  _quadrant_map_grid_cells (grid, area, &iter->c0, &r0, &iter->c1, &iter->r1);
  iter->row = r0;
  iter->col = iter->c0;
  iter->e = grid->head[r0 * grid->cols + iter->c0];
}

/* The next live obstacle not visited yet by this walk; FALSE at the end.
 * Marking an obstacle dead while walking is allowed. */
static inline gboolean
_quadrant_map_grid_iter_next (QuadrantMapGridIter *iter,
                              int                 *obstacle)
{
  for (;;)
    {
      int o;

      while (iter->e < 0)
        {
          if (++iter->col > iter->c1)
            {
              if (++iter->row > iter->r1)
                return FALSE;
              iter->col = iter->c0;
            }
          iter->e = iter->grid->head[iter->row * iter->grid->cols + iter->col];
        }
      o = iter->entries[iter->e].obstacle;
      iter->e = iter->entries[iter->e].next;
      if (iter->stamps[o] == iter->query || iter->dead[o])
        continue;
      iter->stamps[o] = iter->query;
      *obstacle = o;
      return TRUE;
    }
}

G_END_DECLS
