/* quadrant-map-labels.c: where the party names go on the stakeholder map
 *
 * The rules, the same for screen, presentation, exports and print: a name
 * lies wholly inside its party's quadrant (never over a midline), overlaps no
 * other name and no marker, and touches its marker; only when it cannot, it
 * sits a little further out with a short leader line that crosses nothing.
 * A name that still finds no place is replaced by a number at the marker and
 * listed in the numbered key beside the map.
 *
 * Names are placed greedily, most important party first; the grid of the
 * rectangles already taken (markers and placed labels) keeps each test local.
 * Labels of the last compute stay where they still obey the rules, so an
 * edit does not reshuffle the map; while a party is dragged, every other
 * label stays exactly where it was.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "quadrant-map-layout-private.h"

/* Leader lines stay short: at most this many label heights out. */
#define N_RINGS            3
#define N_RING_ANGLES     16
#define N_CANDIDATES (8 + N_RINGS * N_RING_ANGLES)
/* Maps up to this size get leader lines and more tries when some names found
 * no place; larger ones only the places next to the marker. */
#define MAX_RETRY_MARKERS 300
#define N_RETRIES          6

/* What places a name first: power + interest, then register order. */
typedef struct {
  int   priority;
  guint position;
  guint index;
} Rank;

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  const Rank *ra = a, *rb = b;

  /* The parties that matter most get the best places; register order breaks ties. */
  if (ra->priority != rb->priority)
    return rb->priority - ra->priority;
  return (ra->position > rb->position) - (ra->position < rb->position);
}

static inline QuadrantMapMarker *
get_markers (QuadrantMapLayout *self)
{
  return (QuadrantMapMarker *) (void *) self->markers->data;
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
 * FALSE when the box would leave the party's quadrant. */
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

  return _quadrant_rect_inside (box, &self->areas[marker->quadrant]);
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

/* Whether box, or its leader line, would cross a leader line drawn so far. */
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

/* Whether box obeys the rules for marker's label: inside its quadrant,
 * nothing else within LABEL_PAD, and a leader line (when moved) that crosses
 * nothing. */
static gboolean
box_clear (QuadrantMapLayout       *self,
           const QuadrantMapMarker *marker,
           const QuadrantRect      *box,
           gboolean                 moved)
{
  QuadrantRect test = _quadrant_rect_inflate (box, LABEL_PAD * self->scale);

  if (!_quadrant_rect_inside (box, &self->areas[marker->quadrant]))
    return FALSE;
  if (_quadrant_map_grid_query (&self->grid, &test, FALSE) != 0)
    return FALSE;
  if (moved)
    {
      QuadrantSegment leader = leader_of (marker, box);

      if (_quadrant_map_grid_segment_blocked (&self->grid, &leader, marker - get_markers (self)))
        return FALSE;
    }
  return self->leaders->len == 0 || !leaders_crossed (self, marker, box, moved);
}

/* Gives marker's label box and puts it in the grid. */
static void
take_box (QuadrantMapLayout *self,
          QuadrantMapMarker *marker,
          const QuadrantRect *box,
          gboolean           moved)
{
  guint own = marker - get_markers (self);

  marker->label = *box;
  marker->label_moved = moved;
  marker->label_overlaps = FALSE;
  g_array_index (self->label_obstacles, int, own) = _quadrant_map_grid_insert (&self->grid, box, own);
  if (moved)
    {
      QuadrantSegment leader = leader_of (marker, box);

      g_array_append_val (self->leaders, leader);
    }
}

/* The first place for marker's label (its size already set) that obeys the
 * rules; FALSE, and label_overlaps set, when there is none. */
static gboolean
place_label (QuadrantMapLayout *self,
             QuadrantMapMarker *marker)
{
  guint own = marker - get_markers (self);
  /* Close by and plainly the party's own first; then also next to another
   * marker. Crowded maps take the first free place at once. */
  guint first_pass = self->markers->len <= MAX_RETRY_MARKERS ? 0 : 1;

  for (guint pass = first_pass; pass < 2; pass++)
    for (guint k = 0; k < self->n_candidates; k++)
      {
        QuadrantRect box;
        gboolean moved;

        if (!candidate_box (self, marker, k, &box, &moved))
          continue;
        if (!box_clear (self, marker, &box, moved))
          continue;
        if (pass == 0 && other_marker_near (self, &box, own, marker->radius))
          continue;
        take_box (self, marker, &box, moved);
        return TRUE;
      }

  marker->label_moved = FALSE;
  marker->label_overlaps = TRUE;
  g_array_index (self->label_obstacles, int, own) = -1;
  return FALSE;
}

/* For each name without a place: find a place where only one other name
 * (next to its marker) is in the way, and move that one to a free place of
 * its own. */
static void
repair_labels (QuadrantMapLayout *self)
{
  QuadrantMapMarker *markers = get_markers (self);
  int *obstacles = (int *) (void *) self->label_obstacles->data;
  QuadrantMapGrid *grid = &self->grid;
  double pad = LABEL_PAD * self->scale;

  for (guint f = 0; f < self->markers->len && self->n_overlapping > 0; f++)
    {
      QuadrantMapMarker *failed = &markers[f];
      gboolean repaired = FALSE;

      if (!failed->label_overlaps)
        continue;

      for (guint k = 0; k < 8 && !repaired; k++)
        {
          QuadrantRect box, test, before;
          gboolean moved, before_moved;
          int blocker = -1, owner;

          if (!candidate_box (self, failed, k, &box, &moved))
            continue;
          test = _quadrant_rect_inflate (&box, pad);
          if (_quadrant_map_grid_blockers (grid, &test, &blocker) != 1)
            continue;
          owner = _quadrant_map_grid_owner (grid, blocker);
          if (owner < 0 || markers[owner].label_overlaps || markers[owner].label_moved)
            continue;

          /* Without the blocker, the failed name must fit. */
          _quadrant_map_grid_set_dead (grid, blocker, TRUE);
          if (!box_clear (self, failed, &box, FALSE))
            {
              _quadrant_map_grid_set_dead (grid, blocker, FALSE);
              continue;
            }
          before = markers[owner].label;
          before_moved = markers[owner].label_moved;
          take_box (self, failed, &box, FALSE);
          if (place_label (self, &markers[owner]))
            {
              self->n_overlapping--;
              repaired = TRUE;
              continue;
            }
          /* Back as it was. */
          _quadrant_map_grid_set_dead (grid, obstacles[f], TRUE);
          obstacles[f] = -1;
          failed->label_overlaps = TRUE;
          _quadrant_map_grid_set_dead (grid, blocker, FALSE);
          markers[owner].label = before;
          markers[owner].label_moved = before_moved;
          markers[owner].label_overlaps = FALSE;
          obstacles[owner] = blocker;
        }
    }
}

static inline QuadrantRect
marker_box (const QuadrantMapMarker *marker)
{
  return (QuadrantRect) { marker->x - marker->radius, marker->y - marker->radius,
                          2 * marker->radius, 2 * marker->radius };
}

/* An empty grid, then every marker in it as an obstacle; no leader lines. */
static void
reset_grid (QuadrantMapLayout *self)
{
  const QuadrantMapMarker *markers = get_markers (self);
  int *obstacles;

  _quadrant_map_grid_reset (&self->grid, self->width, self->height, MAX (2 * self->label_size, 16.0));
  g_array_set_size (self->marker_obstacles, self->markers->len);
  obstacles = (int *) (void *) self->marker_obstacles->data;
  for (guint i = 0; i < self->markers->len; i++)
    {
      QuadrantRect box = marker_box (&markers[i]);

      obstacles[i] = _quadrant_map_grid_insert (&self->grid, &box, QUADRANT_MAP_MARKER_OWNER (i));
    }
  g_array_set_size (self->label_obstacles, self->markers->len);
  for (guint i = 0; i < self->markers->len; i++)
    g_array_index (self->label_obstacles, int, i) = -1;
  g_array_set_size (self->leaders, 0);
}

/* The grid and leader lines again from the labels as they are, but for
 * skip's (G_MAXUINT for none). */
static void
rebuild_grid (QuadrantMapLayout *self,
              guint              skip)
{
  QuadrantMapMarker *markers = get_markers (self);

  reset_grid (self);
  for (guint i = 0; i < self->markers->len; i++)
    if (i != skip && !markers[i].label_overlaps)
      {
        QuadrantRect box = markers[i].label;

        take_box (self, &markers[i], &box, markers[i].label_moved);
      }
}

/* The size of marker's label: its name, or number (0 for the name). */
static void
set_label_size (QuadrantMapLayout *self,
                QuadrantMapMarker *marker,
                guint              number)
{
  if (number == 0)
    {
      marker->label.width = marker->name_width;
      marker->label.height = marker->name_height;
    }
  else
    {
      const TextMetrics *metrics = _quadrant_map_number_metrics (self, number);

      marker->label.width = metrics->width;
      marker->label.height = metrics->height;
    }
}

/* Places every name in order, from scratch: first those whose last place is
 * still good, then the others; returns how many found no place. */
static guint
place_labels (QuadrantMapLayout *self,
              const guint       *order)
{
  QuadrantMapMarker *markers = get_markers (self);
  const PlacedLabel *hints = (const PlacedLabel *) (void *) self->hints->data;
  guint n = self->markers->len;
  g_autofree guint8 *done = g_new0 (guint8, n);

  reset_grid (self);
  self->n_overlapping = 0;
  for (guint i = 0; i < n; i++)
    {
      markers[i].key_number = 0;
      markers[i].label_moved = FALSE;
      markers[i].label_overlaps = FALSE;
      set_label_size (self, &markers[i], 0);
    }

  for (guint i = 0; i < n; i++)
    {
      const PlacedLabel *hint = &hints[order[i]];

      if (hint->valid && box_clear (self, &markers[order[i]], &hint->label, hint->moved))
        {
          take_box (self, &markers[order[i]], &hint->label, hint->moved);
          done[order[i]] = TRUE;
        }
    }
  for (guint i = 0; i < n; i++)
    if (!done[order[i]] && !place_label (self, &markers[order[i]]))
      self->n_overlapping++;

  if (self->n_overlapping > 0 && n <= MAX_RETRY_MARKERS)
    repair_labels (self);

  return self->n_overlapping;
}

static guint
save_labels (QuadrantMapLayout *self,
             GArray            *saved)
{
  const QuadrantMapMarker *markers = get_markers (self);

  g_array_set_size (saved, self->markers->len);
  for (guint i = 0; i < self->markers->len; i++)
    g_array_index (saved, PlacedLabel, i) = (PlacedLabel) {
      markers[i].label, markers[i].label_moved, markers[i].label_overlaps, TRUE, markers[i].key_number };
  return self->n_overlapping;
}

static void
restore_labels (QuadrantMapLayout *self,
                GArray            *saved,
                guint              n_overlapping)
{
  QuadrantMapMarker *markers = get_markers (self);

  for (guint i = 0; i < self->markers->len; i++)
    {
      const PlacedLabel *placed = &g_array_index (saved, PlacedLabel, i);

      markers[i].label = placed->label;
      markers[i].label_moved = placed->moved;
      markers[i].label_overlaps = placed->overlaps;
      markers[i].key_number = placed->key_number;
    }
  self->n_overlapping = n_overlapping;
}

/* A number instead of marker's name; FALSE (and the name's size back) when
 * even the number finds no place. */
static gboolean
place_number (QuadrantMapLayout *self,
              QuadrantMapMarker *marker,
              guint              number)
{
  guint n_candidates = self->n_candidates;
  gboolean placed;

  /* A number is small: worth looking a little further out for. */
  set_label_size (self, marker, number);
  if (n_candidates > 8)
    self->n_candidates = 8 + 2 * N_RINGS * N_RING_ANGLES;
  placed = place_label (self, marker);
  self->n_candidates = n_candidates;
  if (placed)
    {
      marker->key_number = number;
      return TRUE;
    }
  set_label_size (self, marker, 0);
  return FALSE;
}

/* Numbers for the names that found no place, in register order. */
static void
place_numbers (QuadrantMapLayout *self)
{
  QuadrantMapMarker *markers = get_markers (self);
  guint next = 1;

  for (guint i = 0; i < self->markers->len; i++)
    if (markers[i].label_overlaps && place_number (self, &markers[i], next))
      next++;
}

/* The last compute's places, for the parties whose name has the same size
 * on the same grid. */
static void
collect_hints (QuadrantMapLayout *self)
{
  const QuadrantMapMarker *before = (const QuadrantMapMarker *) (void *) self->previous_markers->data;
  QuadrantMapMarker *markers = get_markers (self);
  PlacedLabel *hints;

  g_array_set_size (self->hints, self->markers->len);
  hints = (PlacedLabel *) (void *) self->hints->data;
  if (self->markers->len == 0)
    return;
  memset (hints, 0, self->markers->len * sizeof *hints);
  if (self->previous_scale != self->scale || self->previous_text_scale != self->text_scale ||
      memcmp (&self->previous_plot, &self->plot, sizeof self->plot) != 0)
    return;

  for (guint j = 0; j < self->previous_markers->len; j++)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of_party, before[j].party));
      QuadrantMapMarker *m;

      if (index == 0 || before[j].key_number != 0 || before[j].label_overlaps)
        continue;
      m = &markers[index - 1];
      if (m->name_width != before[j].name_width || m->name_height != before[j].name_height)
        continue;
      hints[index - 1] = (PlacedLabel) { before[j].label, before[j].label_moved, FALSE, TRUE, 0 };
    }
}

/* While self->dragged moves: every other label as in the last compute, only
 * the dragged party's own placed again; with nothing dragged and nothing
 * changed (a redraw), every label as it was. FALSE when anything else
 * changed. */
static gboolean
drag_labels (QuadrantMapLayout *self)
{
  const QuadrantMapMarker *before = (const QuadrantMapMarker *) (void *) self->previous_markers->data;
  QuadrantMapMarker *markers = get_markers (self);
  guint n = self->markers->len;
  guint dragged = G_MAXUINT, next = 1;

  if (self->previous_markers->len != n || self->previous_scale != self->scale || self->previous_text_scale != self->text_scale ||
      memcmp (&self->previous_plot, &self->plot, sizeof self->plot) != 0 ||
      !self->previous_valid)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (markers[i].party != before[i].party)
        return FALSE;
      if (self->dragged != NULL && markers[i].party == self->dragged)
        {
          dragged = i;
          continue;
        }
      if (markers[i].x != before[i].x || markers[i].y != before[i].y ||
          markers[i].radius != before[i].radius || markers[i].name_width != before[i].name_width ||
          markers[i].name_height != before[i].name_height || markers[i].quadrant != before[i].quadrant)
        return FALSE;
    }
  if (self->dragged != NULL && dragged == G_MAXUINT)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (i == dragged)
        continue;
      markers[i].label = before[i].label;
      markers[i].label_moved = before[i].label_moved;
      markers[i].label_overlaps = before[i].label_overlaps;
      markers[i].key_number = before[i].key_number;
      next = MAX (next, markers[i].key_number + 1);
    }
  if (dragged == G_MAXUINT)
    return TRUE;

  rebuild_grid (self, dragged);
  set_label_size (self, &markers[dragged], 0);
  markers[dragged].key_number = 0;
  if (!place_label (self, &markers[dragged]))
    place_number (self, &markers[dragged], before[dragged].key_number > 0 ? before[dragged].key_number : next);
  return TRUE;
}

/* The placement of every name: during a drag only the dragged one's, else
 * from scratch, keeping good places of the last compute, most important
 * party first. */
void
_quadrant_map_layout_labels (QuadrantMapLayout *self)
{
  QuadrantMapMarker *markers = get_markers (self);
  double inset = 2 * MAX (1.0, self->scale);   /* clear of the midlines, drawn on top */
  guint *order;

  for (QuadrantQuadrant q = QUADRANT_QUADRANT_MANAGE_CLOSELY; q <= QUADRANT_QUADRANT_MONITOR; q++)
    {
      QuadrantRect area = quadrant_map_layout_get_quadrant_rect (self, q);

      self->areas[q] = _quadrant_rect_inflate (&area, -inset);
    }
  self->areas[QUADRANT_QUADRANT_UNPLACED] = (QuadrantRect) { 0 };

  /* On a crowded map leader lines would have nowhere to go. */
  self->n_candidates = self->markers->len <= MAX_RETRY_MARKERS ? N_CANDIDATES : 8;

  if (drag_labels (self))
    goto finish;

  collect_hints (self);
  g_array_set_size (self->order, self->markers->len);
  order = (guint *) (void *) self->order->data;
  {
    g_autofree Rank *ranks = g_new (Rank, self->markers->len);
    const int *priorities = (const int *) (void *) self->priorities->data;

    for (guint i = 0; i < self->markers->len; i++)
      ranks[i] = (Rank) { priorities[i], markers[i].position, i };
    if (self->markers->len > 0)
      qsort (ranks, self->markers->len, sizeof (Rank), compare_priority);
    for (guint i = 0; i < self->markers->len; i++)
      order[i] = ranks[i].index;
  }

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
      rebuild_grid (self, G_MAXUINT);
    }
  place_numbers (self);

finish:
  self->n_overlapping = 0;
  self->n_numbered = 0;
  for (guint i = 0; i < self->markers->len; i++)
    {
      double baseline = markers[i].name_baseline;

      if (markers[i].key_number > 0)
        {
          /* The number is drawn where the name would be. */
          const TextMetrics *metrics = _quadrant_map_number_metrics (self, markers[i].key_number);

          g_object_unref (g_ptr_array_index (self->label_layouts, i));
          g_ptr_array_index (self->label_layouts, i) = g_object_ref (metrics->layout);
          baseline = metrics->baseline;
          self->n_numbered++;
        }
      self->n_overlapping += markers[i].label_overlaps;
      markers[i].label_baseline = markers[i].label.y + baseline;
    }
}
