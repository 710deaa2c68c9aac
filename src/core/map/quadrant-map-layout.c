/* quadrant-map-layout.c: geometry of the stakeholder map
 *
 * The object, its public API and the markers. The parts of a compute are in
 * files of their own (see quadrant-map-layout-private.h): the fixed text
 * around the grid, the shaping of text, and the placement of the names.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "quadrant-map-layout-private.h"

/* Maps of up to this many parties on screen get more columns of the key
 * (and a narrower grid) rather than names left out. */
#define MAX_SCREEN_KEY_MARKERS 250

/* The key's type, as a share of the legend's, tried in turn before it takes
 * another column. */
static const double key_shrink[] = { 1.0, 0.85, 0.7, 0.6, QUADRANT_MAP_KEY_MIN_SHARE };

/* Text shaped for names no longer on the map is dropped past this size. */
#define CACHE_SLACK     1024

G_DEFINE_FINAL_TYPE (QuadrantMapLayout, quadrant_map_layout, G_TYPE_OBJECT)

static void
clear_results (QuadrantMapLayout *self)
{
  g_array_set_size (self->markers, 0);
  g_ptr_array_set_size (self->label_layouts, 0);
  g_array_set_size (self->texts, 0);
  g_ptr_array_set_size (self->text_layouts, 0);
  g_ptr_array_set_size (self->parties, 0);
  g_array_set_size (self->priorities, 0);
  g_hash_table_remove_all (self->index_of_party);
  self->n_overlapping = 0;
  self->n_numbered = 0;
  self->key_area = (QuadrantRect) { 0 };
  self->n_key_pages = 1;
  self->key_page = 0;
  g_array_set_size (self->key_pages, 0);
}

/* ---- Markers ---- */

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

static void
layout_markers (QuadrantMapLayout        *self,
                QuadrantRegister         *reg,
                const QuadrantMapOptions *options)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n = g_list_model_get_n_items (parties);

  if (options->show_movement)
    update_previous (self, reg);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      QuadrantMapMarker marker = { 0 };
      const TextMetrics *metrics;
      int power, interest, priority;

      if (!quadrant_party_is_placed (party))
        continue;
      marker.dimmed = quadrant_party_get_relevance (party) == QUADRANT_RELEVANCE_NOT_RELEVANT;
      if (marker.dimmed && !options->show_not_relevant)
        continue;

      power = quadrant_party_get_power (party);
      interest = quadrant_party_get_interest (party);
      marker.party = party;
      marker.position = i;
      quadrant_map_layout_to_point (self, power, interest, &marker.x, &marker.y);
      marker.radius = MARKER_RADIUS * self->scale;
      if (options->size_by_requirements)
        {
          guint n_requirements = quadrant_party_get_n_requirements (party);

          /* 0 → 0.75, 1 → 1, 4 → 1.25, 9 → 1.5, 25 or more → 2 */
          marker.radius *= 0.75 + 0.25 * sqrt (MIN (n_requirements, 25));
        }
      marker.quadrant = quadrant_quadrant_from_position (power, interest);
      marker.support = quadrant_party_get_current_support (party);
      marker.desired_support = quadrant_party_get_desired_support (party);
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

      metrics = _quadrant_map_label_metrics (self, party);
      marker.label = (QuadrantRect) { 0, 0, metrics->width, metrics->height };
      marker.name_width = metrics->width;
      marker.name_height = metrics->height;
      marker.name_baseline = metrics->baseline;
      g_array_append_val (self->markers, marker);
      g_ptr_array_add (self->label_layouts, g_object_ref (metrics->layout));
      g_ptr_array_add (self->parties, g_object_ref (party));
      priority = power + interest;
      g_array_append_val (self->priorities, priority);
      g_hash_table_insert (self->index_of_party, party, GUINT_TO_POINTER (self->markers->len));
    }

  _quadrant_map_layout_labels (self);
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
  g_clear_pointer (&self->priorities, g_array_unref);
  g_clear_pointer (&self->index_of_party, g_hash_table_unref);
  g_clear_pointer (&self->label_cache, g_hash_table_unref);
  g_clear_pointer (&self->text_cache, g_hash_table_unref);
  g_clear_pointer (&self->party_labels, g_hash_table_unref);
  g_clear_pointer (&self->numbers, g_ptr_array_unref);
  g_clear_pointer (&self->previous, g_hash_table_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->label_obstacles, g_array_unref);
  g_clear_pointer (&self->leaders, g_array_unref);
  g_clear_pointer (&self->previous_markers, g_array_unref);
  g_clear_pointer (&self->marker_obstacles, g_array_unref);
  g_clear_pointer (&self->hints, g_array_unref);
  g_clear_pointer (&self->key_pages, g_array_unref);
  g_clear_object (&self->revision);
  g_clear_object (&self->context);
  g_clear_pointer (&self->font_family, g_free);
  g_clear_pointer (&self->cache_family, g_free);
  _quadrant_map_grid_clear (&self->grid);

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
  self->text_scale = 1.0;
  self->label_size = LABEL_SIZE;
  self->font_family = g_strdup ("Sans");
  self->markers = g_array_new (FALSE, TRUE, sizeof (QuadrantMapMarker));
  self->label_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->texts = g_array_new (FALSE, TRUE, sizeof (QuadrantMapText));
  self->text_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->priorities = g_array_new (FALSE, FALSE, sizeof (int));
  self->index_of_party = g_hash_table_new (NULL, NULL);
  self->label_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _quadrant_map_text_metrics_free);
  self->text_cache = _quadrant_map_text_cache_new ();
  self->party_labels = _quadrant_map_party_labels_new ();
  self->numbers = g_ptr_array_new_with_free_func (_quadrant_map_text_metrics_free);
  self->previous = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->label_obstacles = g_array_new (FALSE, FALSE, sizeof (int));
  self->leaders = g_array_new (FALSE, FALSE, sizeof (QuadrantSegment));
  self->previous_markers = g_array_new (FALSE, TRUE, sizeof (QuadrantMapMarker));
  self->marker_obstacles = g_array_new (FALSE, FALSE, sizeof (int));
  self->hints = g_array_new (FALSE, TRUE, sizeof (PlacedLabel));
  self->key_pages = g_array_new (FALSE, FALSE, sizeof (int));
  _quadrant_map_grid_init (&self->grid);

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

static void
compute (QuadrantMapLayout        *self,
         QuadrantRegister         *reg,
         double                    width,
         double                    height,
         const QuadrantMapOptions *options,
         double                    text_factor)
{
  const char *family;
  guint first_columns, first_shrink;

  /* Kept so that labels stay where they were (see quadrant-map-labels.c). */
  {
    GArray *previous = self->previous_markers;

    self->previous_markers = self->markers;
    self->markers = previous;
  }
  clear_results (self);
  self->width = MAX (1.0, width);
  self->height = MAX (1.0, height);
  self->scale = options->scale > 0 ? CLAMP (options->scale, 0.25, 16.0) : 1.0;
  /* The desktop's large text makes the type (and the room around it) larger,
   * not the markers. */
  self->text_scale = self->scale * text_factor;
  self->label_size = LABEL_SIZE * self->text_scale;
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
      g_hash_table_remove_all (self->party_labels);
      g_hash_table_remove_all (self->label_cache);
      g_ptr_array_set_size (self->numbers, 0);
      self->cache_label_size = self->label_size;
      g_free (self->cache_family);
      self->cache_family = g_strdup (self->font_family);
    }
  /* The fixed text, and a number per party at most. */
  if (g_hash_table_size (self->text_cache) > quadrant_register_get_n_parties (reg) + CACHE_SLACK)
    g_hash_table_remove_all (self->text_cache);

  self->dragged = options->dragged;
  self->page_key = options->page_key && options->complete_key;
  /* The key's columns of the last compute at this size: a drag or an edit
   * keeps the grid (and so every label that can stay) where it was. */
  first_columns = 0;
  first_shrink = 0;
  if (self->previous_valid && self->previous_width == self->width &&
      self->previous_height == self->height && self->previous_scale == self->scale &&
      self->previous_text_scale == self->text_scale)
    {
      first_columns = self->previous_columns;
      first_shrink = self->previous_shrink;
    }
  for (guint columns = first_columns, k = first_shrink, n = 0;; n++)
    {
      gboolean done;

      if (n > 0)
        clear_results (self);
      self->key_columns = columns;
      self->key_shrink = k;
      self->key_size = LEGEND_SIZE * self->text_scale * key_shrink[k];
      _quadrant_map_layout_frame (self, reg, options, columns);
      layout_markers (self, reg, options);
      /* The key needs a column; with complete_key, as many as it takes to
       * name every party, in smaller type before another column (which
       * narrows the grid and so leaves fewer names room on it). A page (an
       * export, print) takes columns from the grid as long as it has to; a
       * screen too for a register of workshop size, whose layout is quick
       * enough to do again. */
      done = self->n_numbered == 0 ||
             (self->key_area.width > 0 && !options->complete_key) ||
             (self->key_area.width > 0 && _quadrant_map_layout_key (self, TRUE)) ||
             (self->key_area.width > 0 && !options->show_unassessed &&
              self->markers->len > MAX_SCREEN_KEY_MARKERS);
      if (done || (columns >= MAX_KEY_COLUMNS && k + 1 >= G_N_ELEMENTS (key_shrink)))
        break;
      /* Under a narrow grid, a taller band before type much smaller. */
      if (self->key_area.width > 0 && k + 1 < G_N_ELEMENTS (key_shrink) &&
          (!self->key_band || k < 2 || columns >= MAX_KEY_COLUMNS))
        k++;
      else
        {
          columns++;
          k = 0;
        }
    }
  self->dragged = NULL;
  self->key_page = self->page_key ? options->key_page : 0;
  _quadrant_map_layout_key (self, FALSE);
  self->previous_plot = self->plot;
  self->previous_scale = self->scale;
  self->previous_text_scale = self->text_scale;
  self->previous_width = self->width;
  self->previous_height = self->height;
  self->previous_columns = self->key_columns;
  self->previous_shrink = self->key_shrink;
  self->previous_valid = TRUE;
}

/* Whether large text left the grid enough room to be a map. */
static gboolean
grid_fits (QuadrantMapLayout *self)
{
  if (self->plot.height < MIN_TEXT_GRID_SHARE * self->height ||
      self->plot.width < MIN_TEXT_GRID_SHARE * self->width)
    return FALSE;
  /* Each quadrant's name within its half of the grid, clear of its neighbour. */
  for (guint i = 0; i < self->texts->len; i++)
    {
      const QuadrantMapText *text = &g_array_index (self->texts, QuadrantMapText, i);

      if (text->role == QUADRANT_MAP_TEXT_QUADRANT && text->rect.width > self->plot.width / 2)
        return FALSE;
    }
  return TRUE;
}

void
quadrant_map_layout_compute (QuadrantMapLayout        *self,
                             QuadrantRegister         *reg,
                             double                    width,
                             double                    height,
                             const QuadrantMapOptions *options)
{
  QuadrantMapOptions defaults;
  double asked, factor;

  g_return_if_fail (QUADRANT_IS_MAP_LAYOUT (self));
  g_return_if_fail (QUADRANT_IS_REGISTER (reg));

  if (options == NULL)
    {
      quadrant_map_options_init (&defaults);
      options = &defaults;
    }

  /* The desktop's large text, as far as the map still has room for its
   * grid (a small window, a projector's type): never below the usual size.
   * The factor that fitted this size last time is tried first, so that a
   * drag lays the map out once per frame. */
  asked = options->text_scale > 0 ? CLAMP (options->text_scale, 0.5, 4.0) : 1.0;
  factor = asked;
  if (asked > 1.0 && self->fit_asked == asked && self->fit_width == width &&
      self->fit_height == height && self->fit_scale == options->scale)
    factor = self->fit_factor;
  for (;;)
    {
      compute (self, reg, width, height, options, factor);
      if (factor <= 1.0 || grid_fits (self))
        break;
      factor = MAX (1.0, factor * 0.9);
    }
  self->fit_asked = asked;
  self->fit_factor = factor;
  self->fit_width = width;
  self->fit_height = height;
  self->fit_scale = options->scale;
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
quadrant_map_layout_get_n_numbered (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->n_numbered;
}

guint
quadrant_map_layout_get_n_key_pages (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 1);
  return self->n_key_pages;
}

guint
quadrant_map_layout_get_key_page (QuadrantMapLayout *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), 0);
  return self->key_page;
}

int
quadrant_map_layout_find_key_page (QuadrantMapLayout *self,
                                   QuadrantParty     *party)
{
  guint index;

  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (self), -1);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of_party, party));
  if (index == 0 || index > self->key_pages->len)
    return -1;
  return g_array_index (self->key_pages, int, index - 1);
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
