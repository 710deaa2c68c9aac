/* quadrant-map-labels.c: where the party names go on the stakeholder map
 *
 * Labels are placed greedily, most important party first: the eight places
 * right next to the marker, then rings further out (drawn with a leader line).
 * The grid of the rectangles already taken (markers and placed labels) keeps
 * each test local, so a layout of a thousand parties takes a few
 * milliseconds. A drag moves one marker: only the names it disturbs are
 * placed again.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include "quadrant-map-layout-private.h"

#define N_RINGS            8
#define N_RING_ANGLES     16
#define N_CANDIDATES (8 + N_RINGS * N_RING_ANGLES)
/* Maps up to this size get more tries when some names found no place. */
#define MAX_RETRY_MARKERS 300
#define N_RETRIES          6
/* More parties moved at once than this are laid out from scratch. */
#define MAX_MOVED          8

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const QuadrantMapMarker *markers = user_data;
  const QuadrantMapMarker *ma = &markers[*(const guint *) a];
  const QuadrantMapMarker *mb = &markers[*(const guint *) b];
  int pa = quadrant_party_get_power (ma->party) + quadrant_party_get_interest (ma->party);
  int pb = quadrant_party_get_power (mb->party) + quadrant_party_get_interest (mb->party);

  /* The parties that matter most get the best places; register order breaks ties. */
  if (pa != pb)
    return pb - pa;
  return (ma->position > mb->position) - (ma->position < mb->position);
}

/* The label's box for direction (dx, dy) from the anchor point (px, py): the
 * box sits on the side the direction points to. */
static inline QuadrantRect
box_at (double px,
        double py,
        double dx,
        double dy,
        double w,
        double h)
{
  double fx = dx > 0.38 ? 0 : dx < -0.38 ? -1 : -0.5;
  double fy = dy > 0.38 ? 0 : dy < -0.38 ? -1 : -0.5;

  return (QuadrantRect) { px + fx * w, py + fy * h, w, h };
}

/* Candidate k for marker's label: 0–7 right next to the marker (the corners
 * of its box for the diagonals), then rings further out with a leader line.
 * FALSE when the box would leave the grid. */
static gboolean
candidate_box (QuadrantMapLayout       *self,
               const QuadrantMapMarker *marker,
               guint                    k,
               QuadrantRect            *box,
               gboolean                *moved)
{
  static const double directions[8][2] = {
    { 1, 0 }, { 1, -1 }, { 1, 1 }, { -1, 0 }, { -1, -1 }, { -1, 1 }, { 0, -1 }, { 0, 1 },
  };
  double s = self->scale;
  double gap = LABEL_GAP * s;
  double w = marker->label.width, h = marker->label.height;
  double r = marker->radius;

  if (k < 8)
    {
      double dx = directions[k][0], dy = directions[k][1];
      double offset = (dx != 0 && dy != 0) ? r + gap / 2 : r + gap;

      *box = box_at (marker->x + dx * offset, marker->y + dy * offset, dx, dy, w, h);
      *moved = FALSE;
    }
  else
    {
      guint ring = 1 + (k - 8) / N_RING_ANGLES;
      double angle = 2 * G_PI * ((k - 8) % N_RING_ANGLES) / N_RING_ANGLES;
      double distance = r + gap + ring * MAX (h, 10 * s);
      double dx = cos (angle), dy = -sin (angle);

      *box = box_at (marker->x + dx * distance, marker->y + dy * distance, dx, dy, w, h);
      *moved = TRUE;
    }

  return _quadrant_rect_inside (box, &self->plot);
}

/* Candidate k when it is inside the plot and nothing else is within
 * LABEL_PAD of it. */
static gboolean
candidate_free (QuadrantMapLayout       *self,
                const QuadrantMapMarker *marker,
                guint                    k,
                QuadrantRect            *box,
                gboolean                *moved)
{
  QuadrantRect test;

  if (!candidate_box (self, marker, k, box, moved))
    return FALSE;
  test = _quadrant_rect_inflate (box, LABEL_PAD * self->scale);
  return _quadrant_map_grid_query (&self->grid, &test, FALSE) == 0;
}

/* Whether a marker other than own is within reach of box: the name would
 * seem to be its. */
static gboolean
other_marker_near (QuadrantMapLayout  *self,
                   const QuadrantRect *box,
                   guint               own,
                   double              reach)
{
  QuadrantMapGrid *grid = &self->grid;
  QuadrantRect area = _quadrant_rect_inflate (box, reach);
  QuadrantMapGridIter iter;
  int obstacle;

  _quadrant_map_grid_iter_init (&iter, grid, &area);
  while (_quadrant_map_grid_iter_next (&iter, &obstacle))
    {
      int owner = _quadrant_map_grid_owner (grid, obstacle);

      if (owner >= 0 || owner == QUADRANT_MAP_MARKER_OWNER (own))
        continue;
      if (_quadrant_rect_intersects (&area, _quadrant_map_grid_rect (grid, obstacle)))
        return TRUE;
    }
  return FALSE;
}

/* The leader line from marker to box. A leader line that crossed other names
 * or markers would point at the wrong party. */
static inline QuadrantSegment
leader_of (const QuadrantMapMarker *marker,
           const QuadrantRect      *box)
{
  return _quadrant_segment_to_rect (marker->x, marker->y, box);
}

/* Whether box, or its leader line, would cross a leader line drawn so far
 * (small maps only keep them). */
static gboolean
leaders_crossed (QuadrantMapLayout       *self,
                 const QuadrantMapMarker *marker,
                 const QuadrantRect      *box,
                 gboolean                 moved)
{
  QuadrantSegment own = leader_of (marker, box);

  for (guint i = 0; i < self->leaders->len; i++)
    {
      const QuadrantSegment *other = &g_array_index (self->leaders, QuadrantSegment, i);

      if (_quadrant_segment_hits_rect (other, box))
        return TRUE;
      if (moved && _quadrant_segments_cross (&own, other))
        return TRUE;
    }
  return FALSE;
}

static gboolean
leader_blocked (QuadrantMapLayout       *self,
                const QuadrantMapMarker *marker,
                const QuadrantRect      *box,
                gboolean                 moved)
{
  QuadrantSegment leader;

  if (!moved)
    return FALSE;
  leader = leader_of (marker, box);
  return _quadrant_map_grid_segment_blocked (&self->grid, &leader);
}

static void
place_label (QuadrantMapLayout *self,
             QuadrantMapMarker *marker)
{
  const QuadrantRect *bounds = &self->plot;
  QuadrantRect best = { 0 };
  double best_area = G_MAXDOUBLE;

  /* In order of preference: close by and plainly the party's own; close by
   * next to another marker; further out with a clear leader line; anywhere
   * free. Crowded maps, where the passes would multiply the cost, take the
   * first free place at once. */
  static const struct {
    guint    n_rings;
    gboolean unambiguous, clear_leader;
  } passes[] = {
    { 3, TRUE, TRUE }, { 3, FALSE, TRUE }, { N_RINGS, FALSE, TRUE }, { N_RINGS, FALSE, FALSE },
  };
  guint own = marker - (QuadrantMapMarker *) (void *) self->markers->data;
  guint first_pass = self->markers->len <= MAX_RETRY_MARKERS ? 0 : G_N_ELEMENTS (passes) - 1;

  for (guint p = first_pass; p < G_N_ELEMENTS (passes); p++)
    for (guint k = 0; k < MIN (self->n_candidates, 8 + passes[p].n_rings * N_RING_ANGLES); k++)
      {
        QuadrantRect box;
        gboolean moved;

        if (!candidate_free (self, marker, k, &box, &moved))
          continue;
        if (passes[p].clear_leader &&
            (leader_blocked (self, marker, &box, moved) || leaders_crossed (self, marker, &box, moved)))
          continue;
        if (passes[p].unambiguous && other_marker_near (self, &box, own, marker->radius))
          continue;
        marker->label = box;
        marker->label_moved = moved;
        if (moved && first_pass == 0)
          {
            QuadrantSegment leader = leader_of (marker, &box);

            g_array_append_val (self->leaders, leader);
          }
        return;
      }

  /* Nowhere free: right next to the marker where it overlaps least. */
  for (guint k = 0; k < 8; k++)
    {
      QuadrantRect box;
      gboolean moved;
      double area;

      candidate_box (self, marker, k, &box, &moved);
      if (box.width <= bounds->width && box.height <= bounds->height)
        box = _quadrant_rect_clamp (box, bounds);
      area = _quadrant_map_grid_query (&self->grid, &box, TRUE);
      if (area < best_area)
        {
          best_area = area;
          best = box;
        }
    }
  marker->label = best;
  marker->label_moved = FALSE;
  marker->label_overlaps = TRUE;
  self->n_overlapping++;
}

/* For each name without a free place: find a place where only one other name
 * is in the way, and move that one to a free place of its own. */
static void
repair_labels (QuadrantMapLayout *self)
{
  QuadrantMapMarker *markers = (QuadrantMapMarker *) (void *) self->markers->data;
  int *obstacles = (int *) (void *) self->label_obstacles->data;
  QuadrantMapGrid *grid = &self->grid;
  double pad = LABEL_PAD * self->scale;

  for (guint f = 0; f < self->markers->len && self->n_overlapping > 0; f++)
    {
      QuadrantMapMarker *failed = &markers[f];
      gboolean repaired = FALSE;

      if (!failed->label_overlaps)
        continue;

      for (guint k = 0; k < N_CANDIDATES && !repaired; k++)
        {
          QuadrantRect box, test;
          gboolean moved;
          int blocker = -1, owner, placed;

          if (!candidate_box (self, failed, k, &box, &moved))
            continue;
          test = _quadrant_rect_inflate (&box, pad);
          if (_quadrant_map_grid_blockers (grid, &test, &blocker) != 1)
            continue;
          owner = _quadrant_map_grid_owner (grid, blocker);
          if (owner < 0 || markers[owner].label_overlaps)   /* a marker is in the way */
            continue;

          _quadrant_map_grid_set_dead (grid, blocker, TRUE);
          placed = _quadrant_map_grid_insert (grid, &box, f);
          for (guint j = 0; j < N_CANDIDATES && !repaired; j++)
            {
              QuadrantRect other;
              gboolean other_moved;

              if (!candidate_free (self, &markers[owner], j, &other, &other_moved))
                continue;

              markers[owner].label = other;
              markers[owner].label_moved = other_moved;
              obstacles[owner] = _quadrant_map_grid_insert (grid, &other, owner);
              failed->label = box;
              failed->label_moved = moved;
              failed->label_overlaps = FALSE;
              obstacles[f] = placed;
              self->n_overlapping--;
              repaired = TRUE;
            }
          if (!repaired)
            {
              _quadrant_map_grid_set_dead (grid, placed, TRUE);
              _quadrant_map_grid_set_dead (grid, blocker, FALSE);
            }
        }
    }
}

typedef struct {
  QuadrantRect label;
  gboolean     moved, overlaps;
} PlacedLabel;

static inline QuadrantRect
marker_box (const QuadrantMapMarker *marker)
{
  return (QuadrantRect) { marker->x - marker->radius, marker->y - marker->radius,
                          2 * marker->radius, 2 * marker->radius };
}

/* An empty grid, then every marker in it as an obstacle. */
static void
reset_grid (QuadrantMapLayout *self)
{
  const QuadrantMapMarker *markers = (const QuadrantMapMarker *) (void *) self->markers->data;
  int *obstacles;

  _quadrant_map_grid_reset (&self->grid, self->width, self->height, MAX (2 * self->label_size, 16.0));
  g_array_set_size (self->marker_obstacles, self->markers->len);
  obstacles = (int *) (void *) self->marker_obstacles->data;
  for (guint i = 0; i < self->markers->len; i++)
    {
      QuadrantRect box = marker_box (&markers[i]);

      obstacles[i] = _quadrant_map_grid_insert (&self->grid, &box, QUADRANT_MAP_MARKER_OWNER (i));
    }
}

/* The grid again from the labels as they are (after keeping an earlier try). */
static void
rebuild_grid (QuadrantMapLayout *self)
{
  const QuadrantMapMarker *markers = (const QuadrantMapMarker *) (void *) self->markers->data;
  int *obstacles;

  reset_grid (self);
  obstacles = (int *) (void *) self->label_obstacles->data;
  for (guint i = 0; i < self->markers->len; i++)
    obstacles[i] = markers[i].label_overlaps ? -1 : _quadrant_map_grid_insert (&self->grid, &markers[i].label, i);
}

/* Places every label in order, from scratch; returns how many found no free place. */
static guint
place_labels (QuadrantMapLayout *self,
              const guint       *order)
{
  QuadrantMapMarker *markers = (QuadrantMapMarker *) (void *) self->markers->data;
  int *obstacles;

  /* Every marker is an obstacle before any label is placed. */
  reset_grid (self);

  g_array_set_size (self->label_obstacles, self->markers->len);
  obstacles = (int *) (void *) self->label_obstacles->data;
  g_array_set_size (self->leaders, 0);
  self->n_overlapping = 0;
  for (guint i = 0; i < self->markers->len; i++)
    {
      QuadrantMapMarker *marker = &markers[order[i]];

      marker->label_moved = FALSE;
      marker->label_overlaps = FALSE;
      place_label (self, marker);
      /* A name that overlaps anyway is no obstacle: it is drawn only on
       * demand, and should not take the place of names that would fit. */
      obstacles[order[i]] = marker->label_overlaps ? -1 :
                            _quadrant_map_grid_insert (&self->grid, &marker->label, order[i]);
    }

  if (self->n_overlapping > 0 && self->markers->len <= MAX_RETRY_MARKERS)
    repair_labels (self);

  return self->n_overlapping;
}

static guint
save_labels (QuadrantMapLayout *self,
             GArray            *saved)
{
  const QuadrantMapMarker *markers = (const QuadrantMapMarker *) (void *) self->markers->data;

  g_array_set_size (saved, self->markers->len);
  for (guint i = 0; i < self->markers->len; i++)
    g_array_index (saved, PlacedLabel, i) = (PlacedLabel) {
      markers[i].label, markers[i].label_moved, markers[i].label_overlaps };
  return self->n_overlapping;
}

static void
restore_labels (QuadrantMapLayout *self,
                GArray            *saved,
                guint              n_overlapping)
{
  QuadrantMapMarker *markers = (QuadrantMapMarker *) (void *) self->markers->data;

  for (guint i = 0; i < self->markers->len; i++)
    {
      const PlacedLabel *placed = &g_array_index (saved, PlacedLabel, i);

      markers[i].label = placed->label;
      markers[i].label_moved = placed->moved;
      markers[i].label_overlaps = placed->overlaps;
    }
  self->n_overlapping = n_overlapping;
}

/* Labels of the previous compute, where only a few markers moved (a drag)
 * or none: the names of the parties that moved, and those their markers now
 * cover, are placed again; the rest stay. TRUE when that was done; FALSE
 * when everything must be placed from scratch.
 *
 * Small maps are always placed from scratch (it is cheap, and exact). So
 * that every view converges on the layout an export would have, the first
 * compute without a move after an update is from scratch too. */
static gboolean
update_labels (QuadrantMapLayout *self)
{
  QuadrantMapMarker *markers = (QuadrantMapMarker *) (void *) self->markers->data;
  const QuadrantMapMarker *before = (const QuadrantMapMarker *) (void *) self->previous_markers->data;
  guint n = self->markers->len;
  guint moved[MAX_MOVED];
  guint n_moved = 0;
  g_autoptr(GArray) again = NULL;
  int *marker_obstacles, *label_obstacles;
  guint8 *pending;
  double pad = LABEL_PAD * self->scale;

  if (!self->grid_valid || self->previous_markers->len != n || self->grid_scale != self->scale ||
      memcmp (&self->grid_plot, &self->plot, sizeof self->plot) != 0)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (markers[i].party != before[i].party ||
          markers[i].label.width != before[i].label.width ||
          markers[i].label.height != before[i].label.height)
        return FALSE;
      if (markers[i].x != before[i].x || markers[i].y != before[i].y ||
          markers[i].radius != before[i].radius)
        {
          if (n_moved == MAX_MOVED)
            return FALSE;
          moved[n_moved++] = i;
        }
    }
  if (n_moved > 0 && n <= MAX_RETRY_MARKERS)
    return FALSE;
  if (n_moved == 0 && self->incremental)
    return FALSE;

  self->n_overlapping = 0;
  for (guint i = 0; i < n; i++)
    {
      markers[i].label = before[i].label;
      markers[i].label_moved = before[i].label_moved;
      markers[i].label_overlaps = before[i].label_overlaps;
      self->n_overlapping += markers[i].label_overlaps;
    }
  if (n_moved == 0)
    return TRUE;

  /* The moved markers in their new places... */
  marker_obstacles = (int *) (void *) self->marker_obstacles->data;
  label_obstacles = (int *) (void *) self->label_obstacles->data;
  g_array_set_size (self->pending, n);
  pending = (guint8 *) self->pending->data;
  memset (pending, 0, n);
  again = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint k = 0; k < n_moved; k++)
    {
      guint i = moved[k];
      QuadrantRect box = marker_box (&markers[i]);

      _quadrant_map_grid_set_dead (&self->grid, marker_obstacles[i], TRUE);
      marker_obstacles[i] = _quadrant_map_grid_insert (&self->grid, &box, QUADRANT_MAP_MARKER_OWNER (i));
      if (label_obstacles[i] >= 0)
        _quadrant_map_grid_set_dead (&self->grid, label_obstacles[i], TRUE);
      label_obstacles[i] = -1;
      pending[i] = 1;
      g_array_append_val (again, i);
    }

  /* ...push away the names they now cover. */
  for (guint k = 0; k < n_moved; k++)
    {
      QuadrantRect box = marker_box (&markers[moved[k]]);
      QuadrantRect area = _quadrant_rect_inflate (&box, pad);
      QuadrantMapGrid *grid = &self->grid;
      QuadrantMapGridIter iter;
      int obstacle;

      _quadrant_map_grid_iter_init (&iter, grid, &area);
      while (_quadrant_map_grid_iter_next (&iter, &obstacle))
        {
          int owner = _quadrant_map_grid_owner (grid, obstacle);

          if (owner < 0 || pending[owner] ||
              !_quadrant_rect_intersects (&area, _quadrant_map_grid_rect (grid, obstacle)))
            continue;
          _quadrant_map_grid_set_dead (grid, obstacle, TRUE);
          label_obstacles[owner] = -1;
          pending[owner] = 1;
          g_array_append_val (again, owner);
        }
    }

  g_array_sort_with_data (again, compare_priority, markers);
  for (guint k = 0; k < again->len; k++)
    {
      guint i = g_array_index (again, guint, k);

      if (markers[i].label_overlaps)
        self->n_overlapping--;
      markers[i].label_moved = FALSE;
      markers[i].label_overlaps = FALSE;
      place_label (self, &markers[i]);
      if (!markers[i].label_overlaps)
        label_obstacles[i] = _quadrant_map_grid_insert (&self->grid, &markers[i].label, i);
    }

  self->incremental = TRUE;
  return TRUE;
}

/* The placement of every name: from the last compute where that is enough,
 * else from scratch, most important party first. */
void
_quadrant_map_layout_labels (QuadrantMapLayout *self)
{
  QuadrantMapMarker *markers;
  guint *order;

  /* On a crowded map the far rings are full anyway: trying them all for
   * every name that finds no place would cost more than all the rest. */
  self->n_candidates = self->markers->len <= MAX_RETRY_MARKERS ? N_CANDIDATES : 8 + N_RING_ANGLES;

  if (update_labels (self))
    goto baselines;

  g_array_set_size (self->order, self->markers->len);
  order = (guint *) (void *) self->order->data;
  for (guint i = 0; i < self->markers->len; i++)
    order[i] = i;
  markers = (QuadrantMapMarker *) (void *) self->markers->data;
  g_qsort_with_data (order, self->markers->len, sizeof (guint), compare_priority, markers);

  if (place_labels (self, order) > 0 && self->markers->len <= MAX_RETRY_MARKERS)
    {
      /* Greedy placement can paint itself into a corner: try again with the
       * names that found no place first, keeping the best result. */
      g_autoptr(GArray) best = g_array_sized_new (FALSE, FALSE, sizeof (PlacedLabel), self->markers->len);
      guint best_failed = save_labels (self, best);

      for (guint pass = 0; pass < N_RETRIES && best_failed > 0; pass++)
        {
          guint n_front = 0;

          for (guint i = 0; i < self->markers->len; i++)
            if (markers[order[i]].label_overlaps)
              {
                guint index = order[i];

                memmove (order + n_front + 1, order + n_front, (i - n_front) * sizeof (guint));
                order[n_front++] = index;
              }
          if (place_labels (self, order) < best_failed)
            best_failed = save_labels (self, best);
        }
      restore_labels (self, best, best_failed);
      rebuild_grid (self);
    }
  self->grid_valid = TRUE;
  self->grid_plot = self->plot;
  self->grid_scale = self->scale;
  self->incremental = FALSE;

baselines:
  markers = (QuadrantMapMarker *) (void *) self->markers->data;
  for (guint i = 0; i < self->markers->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (self->label_layouts, i);

      markers[i].label_baseline = markers[i].label.y +
                                  pango_layout_get_baseline (layout) / (double) PANGO_SCALE;
    }
}

