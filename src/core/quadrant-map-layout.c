/* quadrant-map-layout.c: geometry of the stakeholder map and label placement
 *
 * Labels are placed greedily, most important party first: the eight places
 * right next to the marker, then rings further out (drawn with a leader line).
 * A uniform grid of the rectangles already taken (markers and placed labels)
 * keeps each test local, so a layout of a thousand parties takes a few
 * milliseconds; text is shaped once per name and kept for the next frame.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "quadrant-enum-types.h"
#include "quadrant-map-layout.h"

/* Sizes at scale 1, in user units (pixels on screen). */
#define MARGIN            16.0
#define MARKER_RADIUS      7.0
#define LABEL_SIZE        13.0
#define LABEL_MAX_WIDTH  200.0
#define LABEL_MAX_CHARS    60
#define LABEL_GAP          3.0   /* marker to its label */
#define LABEL_PAD          1.0   /* kept free around each label */
#define TITLE_SIZE        22.0
#define SUBTITLE_SIZE     13.0
#define AXIS_SIZE         15.0
#define QUADRANT_SIZE     15.0
#define LEGEND_SIZE       13.0
#define LEGEND_MIN_MAP_WIDTH 640.0 /* narrower maps put the legend below the grid */
#define HIT_TOLERANCE      4.0
#define N_RINGS            8
#define N_RING_ANGLES     16
/* Maps up to this size get more tries when some names found no place. */
#define MAX_RETRY_MARKERS 300
#define N_RETRIES          6
/* More parties moved at once than this are laid out from scratch. */
#define MAX_MOVED          8
/* Text shaped for names no longer on the map is dropped past this size. */
#define CACHE_SLACK     1024

typedef struct {
  PangoLayout *layout;
  double       width, height, baseline;
} TextMetrics;

/* Rectangles taken so far, bucketed in a uniform grid of cells. Each cell is a
 * linked list through entries; stamps keep a query from looking at a
 * rectangle twice when it spans several cells. */
typedef struct {
  double  x0, y0, cell;
  int     cols, rows;
  int    *head;
  GArray *entries;   /* Entry */
  GArray *rects;     /* QuadrantRect */
  GArray *stamps;    /* guint, one per rect */
  GArray *owners;    /* int per rect: the marker whose label it is, or
                        MARKER_OWNER (i) for the box of marker i */
  GArray *dead;      /* guint8 per rect: removed (a label moved away) */
  guint   query;
} Grid;

typedef struct {
  int obstacle;
  int next;
} Entry;

#define MARKER_OWNER(i) (-2 - (int) (i))

typedef struct {
  double x0, y0, x1, y1;
} Leader;

struct _QuadrantMapLayout
{
  GObject parent_instance;

  /* Result of the last compute */
  double        width, height, scale;
  double        label_size;
  char         *font_family;
  QuadrantRect  plot;
  QuadrantRect  legend;
  GArray       *markers;        /* QuadrantMapMarker */
  GPtrArray    *label_layouts;  /* PangoLayout, parallel to markers */
  GArray       *texts;          /* QuadrantMapText */
  GPtrArray    *text_layouts;   /* PangoLayout, parallel to texts */
  GPtrArray    *parties;        /* refs on the parties in markers */
  GHashTable   *index_of_party; /* QuadrantParty → index + 1 */
  guint         n_overlapping;

  /* Kept between computes */
  PangoContext *context;
  GHashTable   *label_cache;    /* display name → TextMetrics */
  double        cache_label_size;
  char         *cache_family;
  GHashTable   *text_cache;     /* "size|bold|text" → TextMetrics */
  QuadrantRevision *revision;   /* whose positions are in previous */
  GHashTable   *previous;       /* party id → const QuadrantPosition * */
  Grid          grid;
  GArray       *order;          /* guint, scratch */
  GArray       *label_obstacles; /* int per marker: its label's rectangle in grid */
  guint         n_candidates;   /* places tried per label */
  GArray       *leaders;        /* Leader: the leader lines drawn so far */
  /* What the grid holds, for the next compute (a drag moves one party) */
  GArray       *previous_markers; /* QuadrantMapMarker of the last compute */
  GArray       *marker_obstacles; /* int per marker: its box in grid */
  GArray       *pending;          /* guint8 per marker, scratch */
  QuadrantRect  grid_plot;
  double        grid_scale;
  gboolean      grid_valid;
  gboolean      incremental;      /* labels last changed by an update, not from scratch */
};

G_DEFINE_FINAL_TYPE (QuadrantMapLayout, quadrant_map_layout, G_TYPE_OBJECT)

/* ---- Rectangles ---- */

static inline gboolean
rects_intersect (const QuadrantRect *a,
                 const QuadrantRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static inline double
intersection_area (const QuadrantRect *a,
                   const QuadrantRect *b)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return (w > 0 && h > 0) ? w * h : 0;
}

static inline gboolean
rect_inside (const QuadrantRect *inner,
             const QuadrantRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

static inline QuadrantRect
rect_inflate (const QuadrantRect *r,
              double              d)
{
  return (QuadrantRect) { r->x - d, r->y - d, r->width + 2 * d, r->height + 2 * d };
}

/* Moves r (not larger than bounds) inside bounds. */
static QuadrantRect
rect_clamp (QuadrantRect        r,
            const QuadrantRect *bounds)
{
  r.x = MAX (bounds->x, MIN (r.x, bounds->x + bounds->width - r.width));
  r.y = MAX (bounds->y, MIN (r.y, bounds->y + bounds->height - r.height));
  return r;
}

/* ---- Grid index ---- */

static void
grid_init (Grid *grid)
{
  grid->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  grid->rects = g_array_new (FALSE, FALSE, sizeof (QuadrantRect));
  grid->stamps = g_array_new (FALSE, TRUE, sizeof (guint));
  grid->owners = g_array_new (FALSE, FALSE, sizeof (int));
  grid->dead = g_array_new (FALSE, FALSE, sizeof (guint8));
}

static void
grid_clear (Grid *grid)
{
  g_clear_pointer (&grid->head, g_free);
  g_clear_pointer (&grid->entries, g_array_unref);
  g_clear_pointer (&grid->rects, g_array_unref);
  g_clear_pointer (&grid->stamps, g_array_unref);
  g_clear_pointer (&grid->owners, g_array_unref);
  g_clear_pointer (&grid->dead, g_array_unref);
}

static void
grid_reset (Grid   *grid,
            double  width,
            double  height,
            double  cell)
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

static inline void
grid_cells (const Grid         *grid,
            const QuadrantRect *r,
            int                *c0,
            int                *r0,
            int                *c1,
            int                *r1)
{
  *c0 = CLAMP ((int) floor ((r->x - grid->x0) / grid->cell), 0, grid->cols - 1);
  *c1 = CLAMP ((int) floor ((r->x + r->width - grid->x0) / grid->cell), 0, grid->cols - 1);
  *r0 = CLAMP ((int) floor ((r->y - grid->y0) / grid->cell), 0, grid->rows - 1);
  *r1 = CLAMP ((int) floor ((r->y + r->height - grid->y0) / grid->cell), 0, grid->rows - 1);
}

static int
grid_insert (Grid               *grid,
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
  grid_cells (grid, rect, &c0, &r0, &c1, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      {
        int cell = row * grid->cols + col;
        Entry entry = { obstacle, grid->head[cell] };

        grid->head[cell] = grid->entries->len;
        g_array_append_val (grid->entries, entry);
      }
  return obstacle;
}

static inline void
grid_set_dead (Grid     *grid,
               int       obstacle,
               gboolean  dead)
{
  g_array_index (grid->dead, guint8, obstacle) = dead;
}

static inline guint
grid_next_query (Grid *grid)
{
  if (++grid->query == 0)
    {
      memset (grid->stamps->data, 0, sizeof (guint) * grid->stamps->len);
      grid->query = 1;
    }
  return grid->query;
}

/* How many rectangles overlap rect, counting no further than two; *first is
 * the first one found. */
static guint
grid_blockers (Grid               *grid,
               const QuadrantRect *rect,
               int                *first)
{
  const Entry *entries = (const Entry *) grid->entries->data;
  const QuadrantRect *rects = (const QuadrantRect *) grid->rects->data;
  const guint8 *dead = (const guint8 *) grid->dead->data;
  guint *stamps = (guint *) grid->stamps->data;
  guint query = grid_next_query (grid);
  guint n = 0;
  int c0, r0, c1, r1;

  grid_cells (grid, rect, &c0, &r0, &c1, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      for (int e = grid->head[row * grid->cols + col]; e >= 0; e = entries[e].next)
        {
          int obstacle = entries[e].obstacle;

          if (stamps[obstacle] == query || dead[obstacle])
            continue;
          stamps[obstacle] = query;
          if (!rects_intersect (rect, &rects[obstacle]))
            continue;
          if (n++ == 0)
            *first = obstacle;
          else
            return n;
        }
  return n;
}

/* With want_area FALSE: 1 as soon as anything overlaps rect, else 0.
 * With want_area TRUE: the total area of rect covered by others. */
static double
grid_query (Grid               *grid,
            const QuadrantRect *rect,
            gboolean            want_area)
{
  const Entry *entries = (const Entry *) grid->entries->data;
  const QuadrantRect *rects = (const QuadrantRect *) grid->rects->data;
  const guint8 *dead = (const guint8 *) grid->dead->data;
  guint *stamps = (guint *) grid->stamps->data;
  guint query = grid_next_query (grid);
  double area = 0;
  int c0, r0, c1, r1;

  grid_cells (grid, rect, &c0, &r0, &c1, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      for (int e = grid->head[row * grid->cols + col]; e >= 0; e = entries[e].next)
        {
          int obstacle = entries[e].obstacle;

          if (stamps[obstacle] == query || dead[obstacle])
            continue;
          stamps[obstacle] = query;
          if (!rects_intersect (rect, &rects[obstacle]))
            continue;
          if (!want_area)
            return 1;
          area += intersection_area (rect, &rects[obstacle]);
        }

  return area;
}

/* Whether the segment from (x0, y0) to (x1, y1) crosses r (Liang–Barsky). */
static gboolean
segment_hits_rect (double              x0,
                   double              y0,
                   double              x1,
                   double              y1,
                   const QuadrantRect *r)
{
  double dx = x1 - x0, dy = y1 - y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { x0 - r->x, r->x + r->width - x0, y0 - r->y, r->y + r->height - y0 };
  double t0 = 0, t1 = 1;

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

/* Whether a leader line would cross a name or a marker other than those
 * under its start (the party's own marker). */
static gboolean
grid_segment_blocked (Grid   *grid,
                      double  x0,
                      double  y0,
                      double  x1,
                      double  y1)
{
  const Entry *entries = (const Entry *) grid->entries->data;
  const QuadrantRect *rects = (const QuadrantRect *) grid->rects->data;
  const guint8 *dead = (const guint8 *) grid->dead->data;
  guint *stamps = (guint *) grid->stamps->data;
  QuadrantRect bounds = { MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0) };
  guint query = grid_next_query (grid);
  int c0, r0, c1, r1;

  grid_cells (grid, &bounds, &c0, &r0, &c1, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      for (int e = grid->head[row * grid->cols + col]; e >= 0; e = entries[e].next)
        {
          int obstacle = entries[e].obstacle;
          const QuadrantRect *r = &rects[obstacle];

          if (stamps[obstacle] == query || dead[obstacle])
            continue;
          stamps[obstacle] = query;
          if (x0 >= r->x && x0 <= r->x + r->width && y0 >= r->y && y0 <= r->y + r->height)
            continue;
          if (segment_hits_rect (x0, y0, x1, y1, r))
            return TRUE;
        }
  return FALSE;
}

/* ---- Text ---- */

static void
text_metrics_free (gpointer data)
{
  TextMetrics *metrics = data;

  g_clear_object (&metrics->layout);
  g_free (metrics);
}

static TextMetrics *
measure (QuadrantMapLayout *self,
         const char        *text,
         double             size,
         gboolean           bold,
         double             max_width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  TextMetrics *metrics = g_new0 (TextMetrics, 1);
  PangoRectangle logical;

  pango_font_description_set_family (font, self->font_family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  metrics->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (metrics->layout, font);
  if (max_width > 0)
    {
      pango_layout_set_width (metrics->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (metrics->layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (metrics->layout, text, -1);
  pango_layout_get_extents (metrics->layout, NULL, &logical);
  metrics->width = (double) logical.width / PANGO_SCALE;
  metrics->height = (double) logical.height / PANGO_SCALE;
  metrics->baseline = (double) pango_layout_get_baseline (metrics->layout) / PANGO_SCALE;

  return metrics;
}

/* The name as shown: one paragraph, not too long, never empty. */
static char *
display_name (const char *name)
{
  g_autofree char *text = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup (_("(no name)"));

  text = g_strdup (name);
  for (char *p = text; *p; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  g_strstrip (text);
  if (*text == '\0')
    return g_strdup (_("(no name)"));

  if (g_utf8_strlen (text, -1) > LABEL_MAX_CHARS)
    {
      g_autofree char *head = g_utf8_substring (text, 0, LABEL_MAX_CHARS - 1);

      g_strchomp (head);
      return g_strconcat (head, "…", NULL);
    }

  return g_steal_pointer (&text);
}

static const TextMetrics *
label_metrics (QuadrantMapLayout *self,
               QuadrantParty     *party)
{
  const char *name = quadrant_party_get_name (party);
  TextMetrics *metrics;
  g_autofree char *text = NULL;

  metrics = g_hash_table_lookup (self->label_cache, name ? name : "");
  if (metrics != NULL)
    return metrics;

  text = display_name (name);
  metrics = measure (self, text, self->label_size, FALSE, LABEL_MAX_WIDTH * self->scale);
  g_hash_table_insert (self->label_cache, g_strdup (name ? name : ""), metrics);
  return metrics;
}

static const TextMetrics *
text_metrics_wrapped (QuadrantMapLayout *self,
                      const char        *text,
                      double             size,
                      gboolean           bold,
                      double             max_width)
{
  g_autofree char *key = g_strdup_printf ("%g|%d|%g|%s", size, bold, max_width, text);
  TextMetrics *metrics = g_hash_table_lookup (self->text_cache, key);

  if (metrics == NULL)
    {
      metrics = measure (self, text, size, bold, max_width);
      g_hash_table_insert (self->text_cache, g_steal_pointer (&key), metrics);
    }
  return metrics;
}

static const TextMetrics *
text_metrics (QuadrantMapLayout *self,
              const char        *text,
              double             size,
              gboolean           bold)
{
  return text_metrics_wrapped (self, text, size, bold, -1);
}

/* Adds a horizontal text with its top-left corner at (x, y), wrapped at
 * max_width unless that is negative. */
static QuadrantMapText *
add_text_wrapped (QuadrantMapLayout   *self,
                  QuadrantMapTextRole  role,
                  const char          *text,
                  double               size,
                  gboolean             bold,
                  double               x,
                  double               y,
                  double               max_width)
{
  const TextMetrics *metrics = text_metrics_wrapped (self, text, size, bold, max_width);
  QuadrantMapText item = { 0 };

  item.role = role;
  item.text = pango_layout_get_text (metrics->layout);
  item.rect = (QuadrantRect) { x, y, metrics->width, metrics->height };
  item.x = x;
  item.y = y + metrics->baseline;
  item.size = size;
  item.bold = bold;
  g_array_append_val (self->texts, item);
  g_ptr_array_add (self->text_layouts, g_object_ref (metrics->layout));

  return &g_array_index (self->texts, QuadrantMapText, self->texts->len - 1);
}

static QuadrantMapText *
add_text (QuadrantMapLayout   *self,
          QuadrantMapTextRole  role,
          const char          *text,
          double               size,
          gboolean             bold,
          double               x,
          double               y)
{
  return add_text_wrapped (self, role, text, size, bold, x, y, -1);
}

static void
clear_results (QuadrantMapLayout *self)
{
  g_array_set_size (self->markers, 0);
  g_ptr_array_set_size (self->label_layouts, 0);
  g_array_set_size (self->texts, 0);
  g_ptr_array_set_size (self->text_layouts, 0);
  g_ptr_array_set_size (self->parties, 0);
  g_hash_table_remove_all (self->index_of_party);
  self->n_overlapping = 0;
}

/* ---- Frame: title, axes, quadrant names, legend ---- */

typedef struct {
  const char           *text;
  QuadrantMapLegendKind kind;
  QuadrantSupport       support;
} LegendEntry;

static const char *
quadrant_label (QuadrantQuadrant quadrant)
{
  return quadrant_enum_to_label (QUADRANT_TYPE_QUADRANT, quadrant);
}

static void
layout_frame (QuadrantMapLayout        *self,
              QuadrantRegister         *reg,
              const QuadrantMapOptions *options)
{
  double s = self->scale;
  double m = MARGIN * s;
  double top = m, bottom = self->height - m, left = m, right = self->width - m;
  const TextMetrics *axis_x, *axis_y, *quadrant_metrics;
  g_autofree char *movement_text = NULL;
  LegendEntry entries[8];
  guint n_entries = 0;
  double quadrant_band;

  /* Title and subtitle */
  if (options->show_title)
    {
      g_autofree char *title = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      const char *organisation = quadrant_register_get_organisation (reg);
      const char *version = quadrant_register_get_version (reg);
      const char *classification = quadrant_register_get_classification (reg);
      const char *date = quadrant_register_get_approval_date (reg);
      QuadrantMapText *item;

      if (options->title != NULL)
        title = g_strdup (options->title);
      else if (organisation != NULL && *organisation != '\0')
        /* Translators: the title of an exported map; %s is the organisation */
        title = g_strdup_printf (_("%s — Stakeholder map"), organisation);
      else
        title = g_strdup (_("Stakeholder map"));

      item = add_text (self, QUADRANT_MAP_TEXT_TITLE, title, TITLE_SIZE * s, TRUE, left, top);
      top += item->rect.height;

      if (version != NULL && *version != '\0')
        g_string_append_printf (subtitle, _("Version %s"), version);
      if (date != NULL && *date != '\0')
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("Approved %s"), date);
        }
      if (classification != NULL && *classification != '\0')
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          g_string_append (subtitle, classification);
        }
      if (subtitle->len > 0)
        {
          item = add_text (self, QUADRANT_MAP_TEXT_SUBTITLE, subtitle->str, SUBTITLE_SIZE * s,
                           FALSE, left, top);
          top += item->rect.height;
        }
      top += 10 * s;
    }

  /* Legend: on the right of the grid, or below it on narrow maps */
  self->legend = (QuadrantRect) { 0, 0, 0, 0 };
  if (options->show_legend)
    {
      static const QuadrantSupport order[] = {
        QUADRANT_SUPPORT_LEADING, QUADRANT_SUPPORT_SUPPORTIVE, QUADRANT_SUPPORT_NEUTRAL,
        QUADRANT_SUPPORT_RESISTANT, QUADRANT_SUPPORT_UNAWARE,
      };
      double size = LEGEND_SIZE * s;
      double radius = MARKER_RADIUS * s;
      double pad = 10 * s;
      double swatch = 2 * radius + 8 * s;   /* room for the sample marker */
      double row = MAX (text_metrics (self, "Xg", size, FALSE)->height, 2 * radius) + 6 * s;
      const TextMetrics *heading = text_metrics (self, _("Support"), size, TRUE);
      gboolean beside = self->width - 2 * m >= LEGEND_MIN_MAP_WIDTH * s;
      double x, y, line_width = 0, legend_width;
      QuadrantMapText *item;

      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        entries[n_entries++] = (LegendEntry) {
          quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, order[i]),
          QUADRANT_MAP_LEGEND_SUPPORT, order[i] };
      if (options->size_by_requirements)
        entries[n_entries++] = (LegendEntry) {
          _("Larger: more requirements"), QUADRANT_MAP_LEGEND_SIZE, QUADRANT_SUPPORT_NEUTRAL };
      if (options->show_movement)
        {
          QuadrantRevision *revision = quadrant_register_get_latest_revision (reg);

          if (revision != NULL && quadrant_revision_get_version (revision) != NULL &&
              *quadrant_revision_get_version (revision) != '\0')
            /* Translators: %s is a revision's version, like 1.2 */
            movement_text = g_strdup_printf (_("Moved since version %s"),
                                             quadrant_revision_get_version (revision));
          else if (revision != NULL)
            movement_text = g_strdup (_("Moved since the last revision"));
          else
            movement_text = g_strdup (_("No revision recorded yet"));
          entries[n_entries++] = (LegendEntry) {
            movement_text, QUADRANT_MAP_LEGEND_MOVEMENT, QUADRANT_SUPPORT_NEUTRAL };
        }

      for (guint i = 0; i < n_entries; i++)
        line_width = MAX (line_width, text_metrics (self, entries[i].text, size, FALSE)->width);
      line_width = MAX (line_width + swatch, heading->width);

      if (beside)
        {
          legend_width = line_width + 2 * pad;
          x = right - legend_width;
          y = top;
          item = add_text (self, QUADRANT_MAP_TEXT_LEGEND_HEADING, _("Support"), size, TRUE,
                           x + pad, y + pad);
          y = item->rect.y + item->rect.height + 4 * s;
          for (guint i = 0; i < n_entries; i++)
            {
              const TextMetrics *metrics = text_metrics (self, entries[i].text, size, FALSE);

              item = add_text (self, QUADRANT_MAP_TEXT_LEGEND, entries[i].text, size, FALSE,
                               x + pad + swatch, y + (row - metrics->height) / 2);
              item->legend_kind = entries[i].kind;
              item->support = entries[i].support;
              item->marker_x = x + pad + radius;
              item->marker_y = y + row / 2;
              item->marker_radius = radius;
              y += row;
            }
          self->legend = (QuadrantRect) { x, top, legend_width, y + pad - top };
          right = x - 16 * s;
        }
      else
        {
          /* Entries flow left to right in rows under the heading. */
          double legend_top, cx;
          double available = right - left - 2 * pad;
          guint n_rows = 1;

          cx = heading->width + 16 * s;
          for (guint i = 0; i < n_entries; i++)
            {
              double w = swatch + text_metrics (self, entries[i].text, size, FALSE)->width + 14 * s;

              if (cx + w > available && cx > 0)
                {
                  n_rows++;
                  cx = 0;
                }
              cx += w;
            }
          legend_top = bottom - (n_rows * row + 2 * pad);
          self->legend = (QuadrantRect) { left, legend_top, right - left, n_rows * row + 2 * pad };
          item = add_text (self, QUADRANT_MAP_TEXT_LEGEND_HEADING, _("Support"), size, TRUE,
                           left + pad, legend_top + pad + (row - heading->height) / 2);
          cx = heading->width + 16 * s;
          y = legend_top + pad;
          for (guint i = 0; i < n_entries; i++)
            {
              const TextMetrics *metrics = text_metrics (self, entries[i].text, size, FALSE);
              double w = swatch + metrics->width + 14 * s;

              if (cx + w > available && cx > 0)
                {
                  y += row;
                  cx = 0;
                }
              item = add_text (self, QUADRANT_MAP_TEXT_LEGEND, entries[i].text, size, FALSE,
                               left + pad + cx + swatch, y + (row - metrics->height) / 2);
              item->legend_kind = entries[i].kind;
              item->support = entries[i].support;
              item->marker_x = left + pad + cx + radius;
              item->marker_y = y + row / 2;
              item->marker_radius = radius;
              cx += w;
            }
          bottom = legend_top - 8 * s;
        }
    }

  /* Axis titles and the bands with the quadrant names */
  axis_x = text_metrics (self, _("Interest →"), AXIS_SIZE * s, TRUE);
  axis_y = text_metrics (self, _("Power →"), AXIS_SIZE * s, TRUE);
  quadrant_metrics = text_metrics (self, quadrant_label (QUADRANT_QUADRANT_MANAGE_CLOSELY),
                                   QUADRANT_SIZE * s, TRUE);
  quadrant_band = quadrant_metrics->height + 8 * s;

  bottom -= axis_x->height + 4 * s;
  bottom -= quadrant_band;
  top += quadrant_band;
  left += axis_y->height + 8 * s;

  self->plot.x = left;
  self->plot.y = top;
  self->plot.width = MAX (1.0, right - left);
  self->plot.height = MAX (1.0, bottom - top);

  {
    static const QuadrantQuadrant above[] = { QUADRANT_QUADRANT_KEEP_SATISFIED, QUADRANT_QUADRANT_MANAGE_CLOSELY };
    static const QuadrantQuadrant below[] = { QUADRANT_QUADRANT_MONITOR, QUADRANT_QUADRANT_KEEP_INFORMED };
    const QuadrantRect *p = &self->plot;
    QuadrantMapText *item;

    for (guint i = 0; i < 2; i++)
      {
        const char *name = quadrant_label (above[i]);
        const TextMetrics *metrics = text_metrics (self, name, QUADRANT_SIZE * s, TRUE);
        double cx = p->x + p->width * (i == 0 ? 0.25 : 0.75);

        add_text (self, QUADRANT_MAP_TEXT_QUADRANT, name, QUADRANT_SIZE * s, TRUE,
                  cx - metrics->width / 2, p->y - quadrant_band + 2 * s);

        name = quadrant_label (below[i]);
        metrics = text_metrics (self, name, QUADRANT_SIZE * s, TRUE);
        add_text (self, QUADRANT_MAP_TEXT_QUADRANT, name, QUADRANT_SIZE * s, TRUE,
                  cx - metrics->width / 2, p->y + p->height + 6 * s);
      }

    add_text (self, QUADRANT_MAP_TEXT_AXIS, _("Interest →"), AXIS_SIZE * s, TRUE,
              p->x + (p->width - axis_x->width) / 2, p->y + p->height + quadrant_band + 4 * s);

    /* Vertical, reading upwards: the box is the text's box turned a quarter. */
    item = add_text (self, QUADRANT_MAP_TEXT_AXIS, _("Power →"), AXIS_SIZE * s, TRUE, 0, 0);
    item->vertical = TRUE;
    item->rect = (QuadrantRect) { p->x - 8 * s - axis_y->height,
                                  p->y + (p->height - axis_y->width) / 2,
                                  axis_y->height, axis_y->width };
    item->x = item->rect.x + axis_y->baseline;
    item->y = item->rect.y + item->rect.height;
  }
}

/* ---- Markers and labels ---- */

static void
update_previous (QuadrantMapLayout *self,
                 QuadrantRegister  *reg)
{
  QuadrantRevision *revision = quadrant_register_get_latest_revision (reg);
  GArray *positions;

  if (revision == self->revision)
    return;

  g_set_object (&self->revision, revision);
  g_hash_table_remove_all (self->previous);
  if (revision == NULL)
    return;

  positions = quadrant_revision_get_positions (revision);
  for (guint i = 0; i < positions->len; i++)
    {
      const QuadrantPosition *position = &g_array_index (positions, QuadrantPosition, i);

      if (position->party_id != NULL)
        g_hash_table_insert (self->previous, position->party_id, (gpointer) position);
    }
}

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

#define N_CANDIDATES (8 + N_RINGS * N_RING_ANGLES)

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

  return rect_inside (box, &self->plot);
}

/* Whether a marker other than own is within reach of box: the name would
 * seem to be its. */
static gboolean
other_marker_near (QuadrantMapLayout *self,
                   const QuadrantRect *box,
                   guint               own,
                   double              reach)
{
  Grid *grid = &self->grid;
  QuadrantRect area = rect_inflate (box, reach);
  const Entry *entries = (const Entry *) grid->entries->data;
  const QuadrantRect *rects = (const QuadrantRect *) grid->rects->data;
  guint *stamps = (guint *) grid->stamps->data;
  guint query = grid_next_query (grid);
  const int *owners = (const int *) (void *) grid->owners->data;
  const guint8 *dead = (const guint8 *) grid->dead->data;
  int c0, r0, c1, r1;

  grid_cells (grid, &area, &c0, &r0, &c1, &r1);
  for (int row = r0; row <= r1; row++)
    for (int col = c0; col <= c1; col++)
      for (int e = grid->head[row * grid->cols + col]; e >= 0; e = entries[e].next)
        {
          int obstacle = entries[e].obstacle;

          if (stamps[obstacle] == query || dead[obstacle])
            continue;
          stamps[obstacle] = query;
          if (owners[obstacle] >= 0 || owners[obstacle] == MARKER_OWNER (own))
            continue;
          if (rects_intersect (&area, &rects[obstacle]))
            return TRUE;
        }
  return FALSE;
}

/* A leader line that crossed other names or markers would point at the
 * wrong party. */
static inline double
orientation (double ax, double ay, double bx, double by, double cx, double cy)
{
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

static gboolean
segments_cross (const Leader *a,
                const Leader *b)
{
  double d1 = orientation (a->x0, a->y0, a->x1, a->y1, b->x0, b->y0);
  double d2 = orientation (a->x0, a->y0, a->x1, a->y1, b->x1, b->y1);
  double d3 = orientation (b->x0, b->y0, b->x1, b->y1, a->x0, a->y0);
  double d4 = orientation (b->x0, b->y0, b->x1, b->y1, a->x1, a->y1);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) &&
         ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

static Leader
leader_of (const QuadrantMapMarker *marker,
           const QuadrantRect      *box)
{
  return (Leader) { marker->x, marker->y,
                    CLAMP (marker->x, box->x, box->x + box->width),
                    CLAMP (marker->y, box->y, box->y + box->height) };
}

/* Whether box, or its leader line, would cross a leader line drawn so far
 * (small maps only keep them). */
static gboolean
leaders_crossed (QuadrantMapLayout       *self,
                 const QuadrantMapMarker *marker,
                 const QuadrantRect      *box,
                 gboolean                 moved)
{
  Leader own = leader_of (marker, box);

  for (guint i = 0; i < self->leaders->len; i++)
    {
      const Leader *other = &g_array_index (self->leaders, Leader, i);

      if (segment_hits_rect (other->x0, other->y0, other->x1, other->y1, box))
        return TRUE;
      if (moved && segments_cross (&own, other))
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
  double nx, ny;

  if (!moved)
    return FALSE;
  nx = CLAMP (marker->x, box->x, box->x + box->width);
  ny = CLAMP (marker->y, box->y, box->y + box->height);
  return grid_segment_blocked (&self->grid, marker->x, marker->y, nx, ny);
}

static void
place_label (QuadrantMapLayout *self,
             QuadrantMapMarker *marker)
{
  const QuadrantRect *bounds = &self->plot;
  double pad = LABEL_PAD * self->scale;
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
        QuadrantRect box, test;
        gboolean moved;

        if (!candidate_box (self, marker, k, &box, &moved))
          continue;
        test = rect_inflate (&box, pad);
        if (grid_query (&self->grid, &test, FALSE) != 0)
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
            Leader leader = leader_of (marker, &box);

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
        box = rect_clamp (box, bounds);
      area = grid_query (&self->grid, &box, TRUE);
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
  Grid *grid = &self->grid;
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
          test = rect_inflate (&box, pad);
          if (grid_blockers (grid, &test, &blocker) != 1)
            continue;
          owner = g_array_index (grid->owners, int, blocker);
          if (owner < 0 || markers[owner].label_overlaps)   /* a marker is in the way */
            continue;

          grid_set_dead (grid, blocker, TRUE);
          placed = grid_insert (grid, &box, f);
          for (guint j = 0; j < N_CANDIDATES && !repaired; j++)
            {
              QuadrantRect other, other_test;
              gboolean other_moved;

              if (!candidate_box (self, &markers[owner], j, &other, &other_moved))
                continue;
              other_test = rect_inflate (&other, pad);
              if (grid_query (grid, &other_test, FALSE) != 0)
                continue;

              markers[owner].label = other;
              markers[owner].label_moved = other_moved;
              obstacles[owner] = grid_insert (grid, &other, owner);
              failed->label = box;
              failed->label_moved = moved;
              failed->label_overlaps = FALSE;
              obstacles[f] = placed;
              self->n_overlapping--;
              repaired = TRUE;
            }
          if (!repaired)
            {
              grid_set_dead (grid, placed, TRUE);
              grid_set_dead (grid, blocker, FALSE);
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

static void
insert_markers (QuadrantMapLayout *self)
{
  const QuadrantMapMarker *markers = (const QuadrantMapMarker *) (void *) self->markers->data;
  int *obstacles;

  g_array_set_size (self->marker_obstacles, self->markers->len);
  obstacles = (int *) (void *) self->marker_obstacles->data;
  for (guint i = 0; i < self->markers->len; i++)
    {
      QuadrantRect box = marker_box (&markers[i]);

      obstacles[i] = grid_insert (&self->grid, &box, MARKER_OWNER (i));
    }
}

/* The grid again from the labels as they are (after keeping an earlier try). */
static void
rebuild_grid (QuadrantMapLayout *self)
{
  const QuadrantMapMarker *markers = (const QuadrantMapMarker *) (void *) self->markers->data;
  int *obstacles;

  grid_reset (&self->grid, self->width, self->height, MAX (2 * self->label_size, 16.0));
  insert_markers (self);
  obstacles = (int *) (void *) self->label_obstacles->data;
  for (guint i = 0; i < self->markers->len; i++)
    obstacles[i] = markers[i].label_overlaps ? -1 : grid_insert (&self->grid, &markers[i].label, i);
}

/* Places every label in order, from scratch; returns how many found no free place. */
static guint
place_labels (QuadrantMapLayout *self,
              const guint       *order)
{
  QuadrantMapMarker *markers = (QuadrantMapMarker *) (void *) self->markers->data;
  int *obstacles;

  /* Every marker is an obstacle before any label is placed. */
  grid_reset (&self->grid, self->width, self->height, MAX (2 * self->label_size, 16.0));
  insert_markers (self);

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
                            grid_insert (&self->grid, &marker->label, order[i]);
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

      grid_set_dead (&self->grid, marker_obstacles[i], TRUE);
      marker_obstacles[i] = grid_insert (&self->grid, &box, MARKER_OWNER (i));
      if (label_obstacles[i] >= 0)
        grid_set_dead (&self->grid, label_obstacles[i], TRUE);
      label_obstacles[i] = -1;
      pending[i] = 1;
      g_array_append_val (again, i);
    }

  /* ...push away the names they now cover. */
  for (guint k = 0; k < n_moved; k++)
    {
      QuadrantRect box = marker_box (&markers[moved[k]]);
      QuadrantRect area = rect_inflate (&box, pad);
      Grid *grid = &self->grid;
      const Entry *entries = (const Entry *) grid->entries->data;
      const QuadrantRect *rects = (const QuadrantRect *) grid->rects->data;
      const int *owners = (const int *) (void *) grid->owners->data;
      const guint8 *dead = (const guint8 *) grid->dead->data;
      int c0, r0, c1, r1;

      grid_cells (grid, &area, &c0, &r0, &c1, &r1);
      for (int row = r0; row <= r1; row++)
        for (int col = c0; col <= c1; col++)
          for (int e = grid->head[row * grid->cols + col]; e >= 0; e = entries[e].next)
            {
              int obstacle = entries[e].obstacle;
              int owner = owners[obstacle];

              if (owner < 0 || dead[obstacle] || pending[owner] ||
                  !rects_intersect (&area, &rects[obstacle]))
                continue;
              grid_set_dead (grid, obstacle, TRUE);
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
        label_obstacles[i] = grid_insert (&self->grid, &markers[i].label, i);
    }

  self->incremental = TRUE;
  return TRUE;
}

static void
layout_markers (QuadrantMapLayout        *self,
                QuadrantRegister         *reg,
                const QuadrantMapOptions *options)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n = g_list_model_get_n_items (parties);
  QuadrantMapMarker *markers;
  guint *order;

  if (options->show_movement)
    update_previous (self, reg);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      QuadrantMapMarker marker = { 0 };
      const TextMetrics *metrics;

      if (!quadrant_party_is_placed (party))
        continue;

      marker.party = party;
      marker.position = i;
      quadrant_map_layout_to_point (self, quadrant_party_get_power (party),
                                    quadrant_party_get_interest (party), &marker.x, &marker.y);
      marker.radius = MARKER_RADIUS * self->scale;
      if (options->size_by_requirements)
        {
          guint n_requirements = quadrant_party_get_n_requirements (party);

          /* 0 → 0.75, 1 → 1, 4 → 1.25, 9 → 1.5, 25 or more → 2 */
          marker.radius *= 0.75 + 0.25 * sqrt (MIN (n_requirements, 25));
        }
      marker.support = quadrant_party_get_current_support (party);
      marker.shape = quadrant_map_layout_marker_shape (marker.support);

      if (options->show_movement && self->revision != NULL)
        {
          const QuadrantPosition *previous =
            g_hash_table_lookup (self->previous, quadrant_party_get_id (party));

          if (previous != NULL && previous->power >= 0 && previous->interest >= 0 &&
              (previous->power != quadrant_party_get_power (party) ||
               previous->interest != quadrant_party_get_interest (party)))
            {
              marker.has_previous = TRUE;
              quadrant_map_layout_to_point (self, previous->power, previous->interest,
                                            &marker.previous_x, &marker.previous_y);
            }
        }

      metrics = label_metrics (self, party);
      marker.label = (QuadrantRect) { 0, 0, metrics->width, metrics->height };
      g_array_append_val (self->markers, marker);
      g_ptr_array_add (self->label_layouts, g_object_ref (metrics->layout));
      g_ptr_array_add (self->parties, g_object_ref (party));
      g_hash_table_insert (self->index_of_party, party, GUINT_TO_POINTER (self->markers->len));
    }

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

/* ---- GObject ---- */

static void
quadrant_map_layout_finalize (GObject *object)
{
  QuadrantMapLayout *self = (QuadrantMapLayout *) object;

  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->label_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_array_unref);
  g_clear_pointer (&self->text_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->index_of_party, g_hash_table_unref);
  g_clear_pointer (&self->label_cache, g_hash_table_unref);
  g_clear_pointer (&self->text_cache, g_hash_table_unref);
  g_clear_pointer (&self->previous, g_hash_table_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->label_obstacles, g_array_unref);
  g_clear_pointer (&self->leaders, g_array_unref);
  g_clear_pointer (&self->previous_markers, g_array_unref);
  g_clear_pointer (&self->marker_obstacles, g_array_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_object (&self->revision);
  g_clear_object (&self->context);
  g_clear_pointer (&self->font_family, g_free);
  g_clear_pointer (&self->cache_family, g_free);
  grid_clear (&self->grid);

  G_OBJECT_CLASS (quadrant_map_layout_parent_class)->finalize (object);
}

static void
quadrant_map_layout_class_init (QuadrantMapLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = quadrant_map_layout_finalize;
}

static void
quadrant_map_layout_init (QuadrantMapLayout *self)
{
  cairo_font_options_t *font_options;

  self->scale = 1.0;
  self->label_size = LABEL_SIZE;
  self->font_family = g_strdup ("Sans");
  self->markers = g_array_new (FALSE, TRUE, sizeof (QuadrantMapMarker));
  self->label_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->texts = g_array_new (FALSE, TRUE, sizeof (QuadrantMapText));
  self->text_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->index_of_party = g_hash_table_new (NULL, NULL);
  self->label_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, text_metrics_free);
  self->text_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, text_metrics_free);
  self->previous = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->label_obstacles = g_array_new (FALSE, FALSE, sizeof (int));
  self->leaders = g_array_new (FALSE, FALSE, sizeof (Leader));
  self->previous_markers = g_array_new (FALSE, TRUE, sizeof (QuadrantMapMarker));
  self->marker_obstacles = g_array_new (FALSE, FALSE, sizeof (int));
  self->pending = g_array_new (FALSE, TRUE, sizeof (guint8));
  grid_init (&self->grid);

  /* Unhinted metrics, so text measures the same on screen, in PNG and in PDF
   * whatever the surface, and a layout does not change with zoom. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
}

/* ---- Public API ---- */

QuadrantMapLayout *
quadrant_map_layout_new (void)
{
  return g_object_new (QUADRANT_TYPE_MAP_LAYOUT, NULL);
}

void
quadrant_map_options_init (QuadrantMapOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->scale = 1.0;
  options->show_legend = TRUE;
}

void
quadrant_map_layout_compute (QuadrantMapLayout        *self,
                             QuadrantRegister         *reg,
                             double                    width,
                             double                    height,
                             const QuadrantMapOptions *options)
{
  QuadrantMapOptions defaults;
  const char *family;

  g_return_if_fail (QUADRANT_IS_MAP_LAYOUT (self));
  g_return_if_fail (QUADRANT_IS_REGISTER (reg));

  if (options == NULL)
    {
      quadrant_map_options_init (&defaults);
      options = &defaults;
    }

  /* Kept to see what moved since (see update_labels()). */
  {
    GArray *previous = self->previous_markers;

    self->previous_markers = self->markers;
    self->markers = previous;
  }
  clear_results (self);
  self->width = MAX (1.0, width);
  self->height = MAX (1.0, height);
  self->scale = options->scale > 0 ? CLAMP (options->scale, 0.25, 16.0) : 1.0;
  self->label_size = LABEL_SIZE * self->scale;
  family = options->font_family != NULL ? options->font_family : "Sans";
  if (g_strcmp0 (family, self->font_family) != 0)
    {
      g_free (self->font_family);
      self->font_family = g_strdup (family);
    }

  /* Shaped text stays valid while the font does; drop it when the names
   * it was made for are mostly gone. */
  if (self->cache_label_size != self->label_size ||
      g_strcmp0 (self->cache_family, self->font_family) != 0 ||
      g_hash_table_size (self->label_cache) >
        2 * quadrant_register_get_n_parties (reg) + CACHE_SLACK)
    {
      g_hash_table_remove_all (self->label_cache);
      self->cache_label_size = self->label_size;
      g_free (self->cache_family);
      self->cache_family = g_strdup (self->font_family);
    }
  if (g_hash_table_size (self->text_cache) > CACHE_SLACK)
    g_hash_table_remove_all (self->text_cache);

  layout_frame (self, reg, options);
  layout_markers (self, reg, options);

  /* Names drawn only on demand are missed in a picture: say so. */
  if (self->n_overlapping > 0 && self->legend.width > 0 && self->legend.x > self->plot.x)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u name not shown: no room",
                                                            "%u names not shown: no room",
                                                            self->n_overlapping),
                                               self->n_overlapping);

      add_text_wrapped (self, QUADRANT_MAP_TEXT_NOTE, note, LEGEND_SIZE * self->scale, FALSE,
                        self->legend.x, self->legend.y + self->legend.height + 6 * self->scale,
                        self->legend.width);
    }
}

double
quadrant_map_layout_get_width (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->width;
}

double
quadrant_map_layout_get_height (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->height;
}

double
quadrant_map_layout_get_scale (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 1.0);
  return self->scale;
}

QuadrantRect
quadrant_map_layout_get_plot (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), (QuadrantRect) { 0 });
  return self->plot;
}

QuadrantRect
quadrant_map_layout_get_legend (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), (QuadrantRect) { 0 });
  return self->legend;
}

guint
quadrant_map_layout_get_n_markers (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->markers->len;
}

const QuadrantMapMarker *
quadrant_map_layout_get_marker (QuadrantMapLayout *self,
                                guint              index)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->markers->len, NULL);
  return &g_array_index (self->markers, QuadrantMapMarker, index);
}

const QuadrantMapMarker *
quadrant_map_layout_find_marker (QuadrantMapLayout *self,
                                 QuadrantParty     *party)
{
  guint index;

  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of_party, party));
  if (index == 0)
    return NULL;
  return &g_array_index (self->markers, QuadrantMapMarker, index - 1);
}

const QuadrantMapMarker *
quadrant_map_layout_hit_test (QuadrantMapLayout *self,
                              double             x,
                              double             y)
{
  const QuadrantMapMarker *markers;

  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), NULL);

  markers = (const QuadrantMapMarker *) (void *) self->markers->data;
  /* Markers are drawn in order, so the last one is on top. */
  for (guint i = self->markers->len; i-- > 0;)
    {
      double dx = x - markers[i].x, dy = y - markers[i].y;
      double reach = markers[i].radius + HIT_TOLERANCE;

      if (dx * dx + dy * dy <= reach * reach)
        return &markers[i];
    }
  for (guint i = self->markers->len; i-- > 0;)
    {
      const QuadrantRect *label = &markers[i].label;

      /* A name without room is not drawn: nothing to point at. */
      if (markers[i].label_overlaps)
        continue;
      if (x >= label->x && x < label->x + label->width &&
          y >= label->y && y < label->y + label->height)
        return &markers[i];
    }
  return NULL;
}

void
quadrant_map_layout_to_point (QuadrantMapLayout *self,
                              int                power,
                              int                interest,
                              double            *x,
                              double            *y)
{
  g_return_if_fail (QUADRANT_IS_MAP_LAYOUT (self));

  power = CLAMP (power, 0, 100);
  interest = CLAMP (interest, 0, 100);
  if (x != NULL)
    *x = self->plot.x + self->plot.width * interest / 100.0;
  if (y != NULL)
    *y = self->plot.y + self->plot.height * (100 - power) / 100.0;
}

void
quadrant_map_layout_to_values (QuadrantMapLayout *self,
                               double             x,
                               double             y,
                               int               *power,
                               int               *interest)
{
  g_return_if_fail (QUADRANT_IS_MAP_LAYOUT (self));

  if (interest != NULL)
    *interest = CLAMP ((int) lround ((x - self->plot.x) / self->plot.width * 100.0), 0, 100);
  if (power != NULL)
    *power = CLAMP ((int) lround ((self->plot.y + self->plot.height - y) / self->plot.height * 100.0),
                    0, 100);
}

QuadrantMarkerShape
quadrant_map_layout_marker_shape (QuadrantSupport support)
{
  switch (support)
    {
    case QUADRANT_SUPPORT_UNAWARE:
      return QUADRANT_MARKER_QUESTION;
    case QUADRANT_SUPPORT_RESISTANT:
      return QUADRANT_MARKER_TRIANGLE_DOWN;
    case QUADRANT_SUPPORT_NEUTRAL:
      return QUADRANT_MARKER_SQUARE;
    case QUADRANT_SUPPORT_SUPPORTIVE:
      return QUADRANT_MARKER_CIRCLE;
    case QUADRANT_SUPPORT_LEADING:
      return QUADRANT_MARKER_STAR;
    default:
      return QUADRANT_MARKER_CIRCLE;
    }
}

guint
quadrant_map_layout_get_n_texts (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->texts->len;
}

const QuadrantMapText *
quadrant_map_layout_get_text (QuadrantMapLayout *self,
                              guint              index)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->texts->len, NULL);
  return &g_array_index (self->texts, QuadrantMapText, index);
}

const char *
quadrant_map_layout_get_font_family (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), NULL);
  return self->font_family;
}

double
quadrant_map_layout_get_label_size (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->label_size;
}

QuadrantRect
quadrant_map_layout_get_quadrant_rect (QuadrantMapLayout *self,
                                       QuadrantQuadrant   quadrant)
{
  QuadrantRect r;
  double x_mid, y_mid;

  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), (QuadrantRect) { 0 });

  r = self->plot;
  quadrant_map_layout_to_point (self, QUADRANT_HIGH_THRESHOLD, QUADRANT_HIGH_THRESHOLD,
                                &x_mid, &y_mid);
  switch (quadrant)
    {
    case QUADRANT_QUADRANT_MANAGE_CLOSELY:
      return (QuadrantRect) { x_mid, r.y, r.x + r.width - x_mid, y_mid - r.y };
    case QUADRANT_QUADRANT_KEEP_SATISFIED:
      return (QuadrantRect) { r.x, r.y, x_mid - r.x, y_mid - r.y };
    case QUADRANT_QUADRANT_KEEP_INFORMED:
      return (QuadrantRect) { x_mid, y_mid, r.x + r.width - x_mid, r.y + r.height - y_mid };
    case QUADRANT_QUADRANT_MONITOR:
      return (QuadrantRect) { r.x, y_mid, x_mid - r.x, r.y + r.height - y_mid };
    case QUADRANT_QUADRANT_UNPLACED:
    default:
      return (QuadrantRect) { 0, 0, 0, 0 };
    }
}

guint
quadrant_map_layout_get_n_overlapping (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->n_overlapping;
}

QuadrantQuadrant
quadrant_map_layout_quadrant_at (QuadrantMapLayout *self,
                                 double             x,
                                 double             y)
{
  int power, interest;

  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), QUADRANT_QUADRANT_UNPLACED);

  if (x < self->plot.x || x > self->plot.x + self->plot.width ||
      y < self->plot.y || y > self->plot.y + self->plot.height)
    return QUADRANT_QUADRANT_UNPLACED;

  quadrant_map_layout_to_values (self, x, y, &power, &interest);
  return quadrant_quadrant_from_position (power, interest);
}

PangoLayout *
quadrant_map_layout_get_label_layout (QuadrantMapLayout *self,
                                      guint              index)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->label_layouts->len, NULL);
  return g_ptr_array_index (self->label_layouts, index);
}

PangoLayout *
quadrant_map_layout_get_text_layout (QuadrantMapLayout *self,
                                     guint              index)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->text_layouts->len, NULL);
  return g_ptr_array_index (self->text_layouts, index);
}
