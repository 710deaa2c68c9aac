/* quadrant-map-layout-private.h: what the parts of the map layout share
 *
 * quadrant-map-layout.c has the object, the public API and the markers;
 * quadrant-map-text.c the shaping and caching of text; quadrant-map-frame.c the
 * title, axes, quadrant names and legend around the grid; quadrant-map-labels.c
 * where the party names go; quadrant-map-grid.c the index of the rectangles
 * taken, which the label placement queries.
 */
#pragma once

#include <pango/pango.h>

#include "quadrant-map-grid-private.h"
#include "quadrant-map-layout.h"

G_BEGIN_DECLS

/* Sizes at scale 1, in user units (pixels on screen). */
#define MARGIN            16.0
#define MARKER_RADIUS      7.0
#define LABEL_SIZE        QUADRANT_MAP_LABEL_SIZE
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
#define LEGEND_MIN_WIDTH 170.0  /* the numbered key shares the legend's column */
#define KEY_WIDTH        200.0  /* a column of the key besides the legend's */
#define MAX_KEY_COLUMNS      4
#define MIN_GRID_SHARE    0.4   /* of the width, that the key leaves the grid */
#define HIT_TOLERANCE      4.0
#define MIN_TEXT_GRID_SHARE 0.45 /* of the height and width, that large text leaves the grid */

typedef struct {
  PangoLayout *layout;
  double       width, height, baseline;
} TextMetrics;

/* Where a label went, kept to try again (valid: worth trying). */
typedef struct {
  QuadrantRect label;
  gboolean     moved, overlaps, valid;
  guint        key_number;
} PlacedLabel;

struct _QuadrantMapLayout
{
  GObject parent_instance;

  /* Result of the last compute */
  double        width, height, scale;
  double        text_scale;     /* scale × options->text_scale: of type and the room it takes */
  double        label_size;
  char         *font_family;
  QuadrantRect  plot;
  QuadrantRect  legend;
  GArray       *markers;        /* QuadrantMapMarker */
  GPtrArray    *label_layouts;  /* PangoLayout, parallel to markers */
  GArray       *texts;          /* QuadrantMapText */
  GPtrArray    *text_layouts;   /* PangoLayout, parallel to texts */
  GPtrArray    *parties;        /* refs on the parties in markers */
  GArray       *priorities;     /* int per marker: power + interest, whose name goes first */
  GHashTable   *index_of_party; /* QuadrantParty → index + 1 */
  guint         n_overlapping;
  guint         n_numbered;
  QuadrantRect  key_area;       /* where the numbered key starts (height to the bottom) */
  guint         n_key_columns;  /* the first is key_area; more to its left */
  gboolean      key_band;       /* the key is under the grid, its columns to the right */
  double        key_size;       /* of the key's text; 0 for the legend's */
  double        key_top, key_bottom; /* of the other columns */
  gboolean      page_key;       /* options->page_key */
  guint         key_page;       /* the page shown; options->key_page asked for it */
  guint         n_key_pages;
  GArray       *key_pages;      /* int per marker: the key's page naming it, or -1 */

  /* Kept between computes */
  PangoContext *context;
  GHashTable   *label_cache;    /* display name → TextMetrics */
  GHashTable   *party_labels;   /* QuadrantParty → its name and metrics in label_cache */
  GPtrArray    *numbers;        /* TextMetrics of the key's numbers, by number */
  double        cache_label_size;
  char         *cache_family;
  GHashTable   *text_cache;     /* size, weight, width and text → TextMetrics */
  QuadrantRevision *revision;   /* whose positions are in previous */
  GHashTable   *previous;       /* party id → const QuadrantPosition * */
  QuadrantMapGrid grid;
  GArray       *order;          /* guint, scratch */
  GArray       *label_obstacles; /* int per marker: its label's rectangle in grid */
  guint         n_candidates;   /* places tried per label */
  GArray       *leaders;        /* QuadrantSegment: the leader lines drawn so far */
  QuadrantRect  areas[QUADRANT_QUADRANT_MONITOR + 1]; /* where labels of each quadrant may go */
  QuadrantParty *dragged;       /* during a compute: only its label may move */
  /* The last compute, whose labels stay where they still can */
  GArray       *previous_markers; /* QuadrantMapMarker of the last compute */
  QuadrantRect  previous_plot;
  double        previous_scale, previous_text_scale;
  gboolean      previous_valid;   /* previous_markers are a finished compute's */
  double        previous_width, previous_height;
  guint         previous_columns; /* the key's extra columns asked for then */
  guint         key_columns;      /* during a compute: those asked for now */
  guint         previous_shrink;  /* the key's type size then (see key_shrink) */
  guint         key_shrink;       /* and now */
  GArray       *marker_obstacles; /* int per marker: its box in grid */
  GArray       *hints;            /* PlacedLabel per marker, scratch */
  /* The desktop's text scale last asked for, and what fitted */
  double        fit_asked, fit_factor, fit_width, fit_height, fit_scale;
};

/* quadrant-map-text.c: text is shaped once per name (or fixed text), size
 * and font, and kept in self's caches for the next compute. */
void               _quadrant_map_text_metrics_free (gpointer           data);
const TextMetrics *_quadrant_map_label_metrics     (QuadrantMapLayout *self,
                                                    QuadrantParty     *party);
/* A number of the key, as drawn at a marker (bold, the names' size). */
const TextMetrics *_quadrant_map_number_metrics    (QuadrantMapLayout *self,
                                                    guint              number);
GHashTable        *_quadrant_map_party_labels_new  (void);
GHashTable        *_quadrant_map_text_cache_new    (void);
/* Wrapped at max_width unless that is negative. */
const TextMetrics *_quadrant_map_text_metrics_wrapped (QuadrantMapLayout *self,
                                                       const char        *text,
                                                       double             size,
                                                       gboolean           bold,
                                                       double             max_width);
/* Adds a horizontal fixed text with its top-left corner at (x, y), wrapped at
 * max_width unless that is negative. */
QuadrantMapText   *_quadrant_map_add_text_wrapped  (QuadrantMapLayout   *self,
                                                    QuadrantMapTextRole  role,
                                                    const char          *text,
                                                    double               size,
                                                    gboolean             bold,
                                                    double               x,
                                                    double               y,
                                                    double               max_width);

static inline const TextMetrics *
_quadrant_map_text_metrics (QuadrantMapLayout *self,
                            const char        *text,
                            double             size,
                            gboolean           bold)
{
  return _quadrant_map_text_metrics_wrapped (self, text, size, bold, -1);
}

static inline QuadrantMapText *
_quadrant_map_add_text (QuadrantMapLayout   *self,
                        QuadrantMapTextRole  role,
                        const char          *text,
                        double               size,
                        gboolean             bold,
                        double               x,
                        double               y)
{
  return _quadrant_map_add_text_wrapped (self, role, text, size, bold, x, y, -1);
}

/* quadrant-map-frame.c: the fixed text around the grid; sets self->plot and
 * self->legend. */
void               _quadrant_map_layout_frame      (QuadrantMapLayout        *self,
                                                    QuadrantRegister         *reg,
                                                    const QuadrantMapOptions *options,
                                                    guint                     key_columns);

/* The width of a column of the key besides the legend's: narrower with
 * smaller type. */
static inline double
_quadrant_map_layout_key_column_width (QuadrantMapLayout *self)
{
  double size = self->key_size > 0 ? self->key_size : LEGEND_SIZE * self->text_scale;

  return KEY_WIDTH * MAX (size, 0.7 * LEGEND_SIZE * self->text_scale) / LEGEND_SIZE;
}

/* quadrant-map-frame.c: the numbered key in self->key_area, after the
 * labels; whether it fits (with dry_run, only that). */
gboolean           _quadrant_map_layout_key        (QuadrantMapLayout *self,
                                                    gboolean           dry_run);

/* quadrant-map-labels.c: places the names of the markers in self->markers
 * (their name sizes set), keeping the last compute's places where they are
 * still good; names without a place get a number for the key. */
void               _quadrant_map_layout_labels     (QuadrantMapLayout *self);

G_END_DECLS
