/* quadrant-map-frame.c: the fixed text around the stakeholder map's grid
 *
 * Title and subtitle above, the legend on the right (or below the grid on a
 * narrow map), the quadrant names in bands above and below the grid and the
 * axis titles; what is left in the middle is the plot.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-approval.h"
#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-map-layout-private.h"

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

/* One legend entry in a row of height row from (x, y): its sample marker,
 * then its text after swatch. */
static void
add_legend_entry (QuadrantMapLayout *self,
                  const LegendEntry *entry,
                  double             size,
                  double             x,
                  double             y,
                  double             row,
                  double             swatch,
                  double             radius)
{
  const TextMetrics *metrics = _quadrant_map_text_metrics (self, entry->text, size, FALSE);
  QuadrantMapText *item;

  item = _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_LEGEND, entry->text, size, FALSE,
                                 x + swatch, y + (row - metrics->height) / 2);
  item->legend_kind = entry->kind;
  item->support = entry->support;
  item->marker_x = x + radius;
  item->marker_y = y + row / 2;
  item->marker_radius = radius;
}

/* A party on the map is marked to review (a ring the legend explains). */
static gboolean
any_to_review (QuadrantRegister *reg)
{
  GListModel *parties = quadrant_register_get_parties (reg);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_is_placed (party) && quadrant_party_is_to_review (party))
        return TRUE;
    }
  return FALSE;
}

/* The title and subtitle (exports), from top; returns where they end. */
static double
layout_title (QuadrantMapLayout        *self,
              QuadrantRegister         *reg,
              const QuadrantMapOptions *options,
              double                    left,
              double                    top)
{
  double s = self->text_scale;
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *organisation = quadrant_register_get_organisation (reg);
  g_autofree char *version = quadrant_approval_dup_version_text (reg);
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

  item = _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_TITLE, title, TITLE_SIZE * s, TRUE, left, top);
  top += item->rect.height;

  if (version != NULL && *version != '\0')
    g_string_append_printf (subtitle, _("Version %s"), version);
  /* An outdated approval is part of the version's text. */
  if (date != NULL && *date != '\0' && !quadrant_approval_is_outdated (reg, NULL))
    {
      g_autofree char *shown = quadrant_language_format_date (date);

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("Approved %s"), shown);
    }
  if (classification != NULL && *classification != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, classification);
    }
  if (subtitle->len > 0)
    {
      item = _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_SUBTITLE, subtitle->str, SUBTITLE_SIZE * s,
                                     FALSE, left, top);
      top += item->rect.height;
    }
  return top + 10 * s;
}

/* The legend: on the right of the grid, or below it on narrow maps. Takes
 * its room from *right or *bottom. */
static void
layout_legend (QuadrantMapLayout        *self,
               QuadrantRegister         *reg,
               const QuadrantMapOptions *options,
               double                    left,
               double                    top,
               double                   *right,
               double                   *bottom)
{
  double s = self->text_scale;
  double m = MARGIN * s;
  g_autofree char *movement_text = NULL;
  LegendEntry entries[9];
  guint n_entries = 0;
  static const QuadrantSupport order[] = {
    QUADRANT_SUPPORT_LEADING, QUADRANT_SUPPORT_SUPPORTIVE, QUADRANT_SUPPORT_NEUTRAL,
    QUADRANT_SUPPORT_RESISTANT, QUADRANT_SUPPORT_UNAWARE,
  };
  double size = LEGEND_SIZE * s;
  double radius = MARKER_RADIUS * self->scale;   /* as on the map */
  double pad = 10 * s;
  double swatch = 2 * radius + 8 * s;   /* room for the sample marker */
  double row = MAX (_quadrant_map_text_metrics (self, "Xg", size, FALSE)->height, 2 * radius) + 6 * s;
  const TextMetrics *heading = _quadrant_map_text_metrics (self, _("Support"), size, TRUE);
  /* Large type (a projector) still leaves the grid room beside the legend. */
  gboolean beside = self->width - 2 * m >= LEGEND_MIN_MAP_WIDTH * MIN (s, 1.5);
  double x, y, line_width = 0, legend_width;
  QuadrantMapText *item;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    entries[n_entries++] = (LegendEntry) {
      quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, order[i]),
      QUADRANT_MAP_LEGEND_SUPPORT, order[i] };
  if (options->size_by_requirements)
    entries[n_entries++] = (LegendEntry) {
      _("Larger: more requirements"), QUADRANT_MAP_LEGEND_SIZE, QUADRANT_SUPPORT_NEUTRAL };
  if (any_to_review (reg))
    entries[n_entries++] = (LegendEntry) {
      _("To review"), QUADRANT_MAP_LEGEND_REVIEW, QUADRANT_SUPPORT_NEUTRAL };
  if (options->show_support_goal)
    entries[n_entries++] = (LegendEntry) {
      _("Arrowhead: the support wanted"), QUADRANT_MAP_LEGEND_GOAL, QUADRANT_SUPPORT_SUPPORTIVE };
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
    line_width = MAX (line_width, _quadrant_map_text_metrics (self, entries[i].text, size, FALSE)->width);
  line_width = MAX (line_width + swatch, heading->width);

  if (beside)
    {
      legend_width = MAX (line_width + 2 * pad, LEGEND_MIN_WIDTH * s);
      x = *right - legend_width;
      y = top;
      item = _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_LEGEND_HEADING, _("Support"), size, TRUE,
                                     x + pad, y + pad);
      y = item->rect.y + item->rect.height + 4 * s;
      for (guint i = 0; i < n_entries; i++)
        {
          add_legend_entry (self, &entries[i], size, x + pad, y, row, swatch, radius);
          y += row;
        }
      self->legend = (QuadrantRect) { x, top, legend_width, y + pad - top };
      self->key_area = (QuadrantRect) { x, y + pad + 12 * s, legend_width, 0 };
      *right = x - 16 * s;
    }
  else
    {
      /* Entries flow left to right in rows under the heading. */
      double legend_top, cx;
      double available = *right - left - 2 * pad;
      guint n_rows = 1;

      cx = heading->width + 16 * s;
      for (guint i = 0; i < n_entries; i++)
        {
          double w = swatch + _quadrant_map_text_metrics (self, entries[i].text, size, FALSE)->width + 14 * s;

          if (cx + w > available && cx > 0)
            {
              n_rows++;
              cx = 0;
            }
          cx += w;
        }
      legend_top = *bottom - (n_rows * row + 2 * pad);
      self->legend = (QuadrantRect) { left, legend_top, *right - left, n_rows * row + 2 * pad };
      item = _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_LEGEND_HEADING, _("Support"), size, TRUE,
                                     left + pad, legend_top + pad + (row - heading->height) / 2);
      cx = heading->width + 16 * s;
      y = legend_top + pad;
      for (guint i = 0; i < n_entries; i++)
        {
          const TextMetrics *metrics = _quadrant_map_text_metrics (self, entries[i].text, size, FALSE);
          double w = swatch + metrics->width + 14 * s;

          if (cx + w > available && cx > 0)
            {
              y += row;
              cx = 0;
            }
          add_legend_entry (self, &entries[i], size, left + pad + cx, y, row, swatch, radius);
          cx += w;
        }
      *bottom = legend_top - 8 * s;
    }
}

/* "Not yet assessed: …" along the bottom (exports), so that every party of
 * the register is named somewhere; takes its room from *bottom. */
static void
layout_unassessed (QuadrantMapLayout *self,
                   QuadrantRegister  *reg,
                   double             left,
                   double             right,
                   double            *bottom)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;
  double size = LEGEND_SIZE * self->text_scale;
  const TextMetrics *metrics;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      const char *name = quadrant_party_get_name (party);

      if (quadrant_party_is_placed (party) ||
          quadrant_party_get_relevance (party) == QUADRANT_RELEVANCE_NOT_RELEVANT)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name != NULL && *name != '\0' ? name : _("Unnamed party"));
    }
  if (names->len == 0)
    return;

  /* Translators: under an exported map; %s is a list of party names */
  text = g_strdup_printf (_("Not yet assessed: %s"), names->str);
  metrics = _quadrant_map_text_metrics_wrapped (self, text, size, FALSE, right - left);
  *bottom -= metrics->height;
  _quadrant_map_add_text_wrapped (self, QUADRANT_MAP_TEXT_UNASSESSED, text, size, FALSE,
                                  left, *bottom, right - left);
  *bottom -= 8 * self->text_scale;
}

/* Where the key's next text goes: down its column, then on in the next
 * column to the left, from the top; on a paged key, then on the next page. */
typedef struct {
  double x, y, width, bottom;
  guint  column;
  /* Paging (see _quadrant_map_layout_key) */
  gboolean paged;
  guint    page;        /* the page being filled */
  guint    shown;       /* the page whose text is added; G_MAXUINT for none */
  guint    n_pages;     /* known (for the page headings) when shown is a page */
} KeyCursor;

static void
key_cursor_start (QuadrantMapLayout *self,
                  KeyCursor         *cursor)
{
  const QuadrantRect *area = &self->key_area;

  cursor->x = area->x;
  cursor->y = area->y;
  cursor->width = area->width;
  cursor->bottom = area->y + area->height;
  cursor->column = 0;
}

/* Makes room for text (with room more under it) at the cursor, in the next
 * column when this one is full; FALSE when no column has room. The metrics
 * are those at the cursor's width afterwards. */
static gboolean
key_make_room (QuadrantMapLayout  *self,
               KeyCursor          *cursor,
               const char         *text,
               double              size,
               double              room,
               const TextMetrics **metrics)
{
  *metrics = _quadrant_map_text_metrics_wrapped (self, text, size, FALSE, cursor->width);
  if (cursor->y + (*metrics)->height + room > cursor->bottom && cursor->column + 1 < self->n_key_columns)
    {
      cursor->column++;
      cursor->width = _quadrant_map_layout_key_column_width (self);
      cursor->x = self->key_area.x + (self->key_band ? 1.0 : -1.0) * cursor->column * (cursor->width + 16 * self->text_scale);
      cursor->y = self->key_top;
      cursor->bottom = self->key_bottom;
      *metrics = _quadrant_map_text_metrics_wrapped (self, text, size, FALSE, cursor->width);
    }
  return cursor->y + (*metrics)->height + room <= cursor->bottom;
}

static gboolean
key_shows (const KeyCursor *cursor,
           gboolean         dry_run)
{
  return !dry_run && (!cursor->paged || cursor->page == cursor->shown);
}

/* A paged key's page starts with its heading: "Key, page 2 of 3". */
static void
key_page_heading (QuadrantMapLayout *self,
                  KeyCursor         *cursor,
                  double             size,
                  gboolean           dry_run)
{
  /* Translators: the heading of a page of the map's key on a projector,
   * when the key takes more than one page; the facilitator turns the pages */
  g_autofree char *heading = g_strdup_printf (_("Key, page %u of %u"), cursor->page + 1,
                                              MAX (cursor->n_pages, cursor->page + 1));
  const TextMetrics *metrics = _quadrant_map_text_metrics (self, heading, size, TRUE);

  if (key_shows (cursor, dry_run))
    _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_KEY_HEADING, heading, size, TRUE, cursor->x, cursor->y);
  cursor->y += metrics->height + 6 * self->text_scale;
}

/* Room for text as key_make_room(); a paged key that is full goes on to
 * the next page. FALSE when the text does not fit even there. */
static gboolean
key_next_room (QuadrantMapLayout  *self,
               KeyCursor          *cursor,
               const char         *text,
               double              size,
               double              room,
               gboolean            dry_run,
               const TextMetrics **metrics)
{
  if (key_make_room (self, cursor, text, size, room, metrics))
    return TRUE;
  if (!cursor->paged)
    return FALSE;
  cursor->page++;
  key_cursor_start (self, cursor);
  key_page_heading (self, cursor, size, dry_run);
  return key_make_room (self, cursor, text, size, room, metrics);
}

/* Adds a text of the key at the cursor (when its page is shown) and notes
 * party's page. */
static void
key_add (QuadrantMapLayout       *self,
         KeyCursor               *cursor,
         QuadrantMapTextRole      role,
         const char              *text,
         double                   size,
         const TextMetrics       *metrics,
         const QuadrantMapMarker *marker,
         gboolean                 dry_run)
{
  if (key_shows (cursor, dry_run))
    {
      QuadrantMapText *item = _quadrant_map_add_text_wrapped (self, role, text, size, FALSE,
                                                              cursor->x, cursor->y, cursor->width);

      item->party = marker != NULL ? marker->party : NULL;
    }
  if (marker != NULL && !dry_run)
    {
      guint index = marker - (const QuadrantMapMarker *) (void *) self->markers->data;

      g_array_index (self->key_pages, int, index) = cursor->paged ? (int) cursor->page : 0;
    }
  cursor->y += metrics->height + 2 * self->text_scale;
}

/* The names of the parties without even a number on the map, under a note
 * of how many there are, so that none goes unnamed (pointing at the marker
 * shows whose it is). */
static gboolean
key_flow_without_room (QuadrantMapLayout *self,
                       KeyCursor         *cursor,
                       double             size,
                       gboolean           dry_run)
{
  const QuadrantMapMarker *markers = (const QuadrantMapMarker *) (void *) self->markers->data;
  double line_height = _quadrant_map_text_metrics (self, "Xg", size, FALSE)->height;
  g_autofree char *note = NULL;
  const TextMetrics *metrics;

  if (self->n_overlapping == 0)
    return TRUE;
  note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u party without room on the map:",
                                       "%u parties without room on the map:",
                                       self->n_overlapping),
                          self->n_overlapping);
  /* A page keeps the note with its first name. */
  if (!key_next_room (self, cursor, note, size, cursor->paged ? line_height : 0, dry_run, &metrics))
    return FALSE;
  key_add (self, cursor, QUADRANT_MAP_TEXT_NOTE, note, size, metrics, NULL, dry_run);
  for (guint i = 0; i < self->markers->len; i++)
    {
      const char *name;

      if (!markers[i].label_overlaps)
        continue;
      name = quadrant_party_get_name (markers[i].party);
      if (name == NULL || *name == '\0')
        name = _("Unnamed party");
      if (!key_next_room (self, cursor, name, size, 0, dry_run, &metrics))
        return FALSE;
      key_add (self, cursor, QUADRANT_MAP_TEXT_KEY, name, size, metrics, &markers[i], dry_run);
    }
  cursor->y += 6 * self->text_scale;
  return TRUE;
}

/* The numbered entries under their heading. Unpaged, entries that do not
 * fit are counted in a last line. */
static gboolean
key_flow_numbered (QuadrantMapLayout *self,
                   KeyCursor         *cursor,
                   double             size,
                   gboolean           dry_run)
{
  double s = self->text_scale;
  const QuadrantMapMarker *markers = (const QuadrantMapMarker *) (void *) self->markers->data;
  double line_height = _quadrant_map_text_metrics (self, "Xg", size, FALSE)->height;
  g_autofree guint *by_number = NULL;
  const TextMetrics *metrics;

  if (self->n_numbered == 0)
    return TRUE;

  by_number = g_new0 (guint, self->n_numbered + 1);
  for (guint i = 0; i < self->markers->len; i++)
    if (markers[i].key_number > 0 && markers[i].key_number <= self->n_numbered)
      by_number[markers[i].key_number] = i + 1;

  /* The heading keeps its first entry with it; a paged key's entries come
   * first, under the page's heading. */
  if (!cursor->paged)
    {
      if (!key_next_room (self, cursor, _("Key"), size, line_height, dry_run, &metrics))
        return FALSE;
      if (key_shows (cursor, dry_run))
        _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_KEY_HEADING, _("Key"), size, TRUE, cursor->x, cursor->y);
      cursor->y += _quadrant_map_text_metrics (self, _("Key"), size, TRUE)->height + 4 * s;
    }
  for (guint number = 1; number <= self->n_numbered; number++)
    {
      const QuadrantMapMarker *m;
      const char *name;
      g_autofree char *entry = NULL;
      double room;

      if (by_number[number] == 0)
        continue;
      m = &markers[by_number[number] - 1];
      name = quadrant_party_get_name (m->party);
      /* Translators: an entry of the map's key: the number on a marker and the party's name */
      entry = g_strdup_printf (_("%u  %s"), number, name != NULL && *name != '\0' ? name : _("Unnamed party"));
      /* The last column keeps a line for "and N more" (unpaged). */
      room = !cursor->paged && number < self->n_numbered && cursor->column + 1 >= self->n_key_columns ?
             line_height : 0;
      if (!key_next_room (self, cursor, entry, size, room, dry_run, &metrics))
        {
          guint left = self->n_numbered - number + 1;
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "and %u more",
                                                                "and %u more",
                                                                left), left);

          if (!dry_run && !cursor->paged && cursor->y + line_height <= cursor->bottom)
            _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_NOTE, more, size, FALSE, cursor->x, cursor->y);
          return FALSE;
        }
      key_add (self, cursor, QUADRANT_MAP_TEXT_KEY, entry, size, metrics, m, dry_run);
    }
  cursor->y += 6 * s;
  return TRUE;
}

/* The key flowed from the cursor. On one page, the parties without even a
 * number on the map come first (a page or an export reads them all anyway);
 * on a paged key the numbered entries do, so that the room finds the
 * numbers it sees on the map on the first pages. */
static gboolean
key_flow (QuadrantMapLayout *self,
          KeyCursor         *cursor,
          gboolean           dry_run)
{
  double size = self->key_size > 0 ? self->key_size : LEGEND_SIZE * self->text_scale;

  key_cursor_start (self, cursor);
  if (cursor->paged)
    {
      key_page_heading (self, cursor, size, dry_run);
      return key_flow_numbered (self, cursor, size, dry_run) &&
             key_flow_without_room (self, cursor, size, dry_run);
    }
  return key_flow_without_room (self, cursor, size, dry_run) &&
         key_flow_numbered (self, cursor, size, dry_run);
}

/* The numbered key in self->key_area and the columns to its left, under the
 * names of the parties without even a number on the map. Entries that do
 * not fit are counted in a last line, or with self->page_key go on to the
 * next page: self->key_page's entries are the ones added. With dry_run, only
 * says whether all would fit on one page. */
gboolean
_quadrant_map_layout_key (QuadrantMapLayout *self,
                          gboolean           dry_run)
{
  KeyCursor cursor = { 0 };
  gboolean fits;

  if (self->key_area.width <= 0)
    return self->n_numbered == 0 && self->n_overlapping == 0;
  if (dry_run)
    return key_flow (self, &cursor, TRUE);

  g_array_set_size (self->key_pages, self->markers->len);
  for (guint i = 0; i < self->markers->len; i++)
    g_array_index (self->key_pages, int, i) = -1;
  self->n_key_pages = 1;
  if (!self->page_key || key_flow (self, &cursor, TRUE))
    {
      self->key_page = 0;
      return key_flow (self, &cursor, FALSE);
    }

  /* Count the pages first, for their headings; then add the shown one's. */
  cursor = (KeyCursor) { .paged = TRUE, .shown = G_MAXUINT };
  fits = key_flow (self, &cursor, FALSE);
  self->n_key_pages = cursor.page + 1;
  self->key_page = MIN (self->key_page, self->n_key_pages - 1);
  cursor = (KeyCursor) { .paged = TRUE, .shown = self->key_page, .n_pages = self->n_key_pages };
  return key_flow (self, &cursor, FALSE) && fits;
}

void
_quadrant_map_layout_frame (QuadrantMapLayout        *self,
                            QuadrantRegister         *reg,
                            const QuadrantMapOptions *options,
                            guint                     key_columns)
{
  double s = self->text_scale;
  double m = MARGIN * s;
  double top = m, bottom = self->height - m, left = m, right = self->width - m;
  const TextMetrics *axis_x, *axis_y, *quadrant_metrics;
  double quadrant_band, key_bottom;
  double column_width = _quadrant_map_layout_key_column_width (self);

  if (options->show_title)
    top = layout_title (self, reg, options, left, top);
  if (options->show_unassessed)
    layout_unassessed (self, reg, left, right, &bottom);
  key_bottom = bottom;

  self->legend = (QuadrantRect) { 0, 0, 0, 0 };
  self->key_area = (QuadrantRect) { 0, 0, 0, 0 };
  if (options->show_legend)
    layout_legend (self, reg, options, left, top, &right, &bottom);
  /* Above a legend under the grid. */
  if (self->key_area.width <= 0)
    key_bottom = bottom;
  /* The key's columns: under the legend beside the grid, then to its left
   * while the grid keeps MIN_GRID_SHARE of the width; a map too narrow for
   * that (a narrow window) has the key in a band under the grid instead. */
  self->n_key_columns = 0;
  self->key_top = top;
  self->key_band = FALSE;
  if (self->key_area.width > 0)
    self->n_key_columns = 1;
  else if (key_columns > 0 && right - (KEY_WIDTH + 16) * s - left < MIN_GRID_SHARE * self->width)
    {
      double width = MIN (column_width, right - left);
      double band = MIN (0.3 + 0.1 * (key_columns - 1), 0.6) * (bottom - top);

      self->n_key_columns = MAX (1, (guint) ((right - left + 16 * s) / (width + 16 * s)));
      /* Read from left to right, as the lines above it. */
      self->key_area = (QuadrantRect) { left, bottom - band, width, 0 };
      self->key_band = TRUE;
      self->key_top = bottom - band;
      key_bottom = bottom;
      bottom -= band + 8 * s;
      key_columns = 0;
    }
  else if (key_columns > 0)
    {
      self->key_area = (QuadrantRect) { right - column_width, top, column_width, 0 };
      right -= column_width + 16 * s;
      self->n_key_columns = 1;
      key_columns--;
    }
  for (; key_columns > 0 && right - (column_width + 16 * s) - left >= MIN_GRID_SHARE * self->width; key_columns--)
    {
      right -= column_width + 16 * s;
      self->n_key_columns++;
    }
  if (self->key_area.width > 0)
    self->key_area.height = MAX (0, key_bottom - self->key_area.y);
  self->key_bottom = key_bottom;

  /* Axis titles and the bands with the quadrant names */
  axis_x = _quadrant_map_text_metrics (self, _("Interest →"), AXIS_SIZE * s, TRUE);
  axis_y = _quadrant_map_text_metrics (self, _("Power →"), AXIS_SIZE * s, TRUE);
  quadrant_metrics = _quadrant_map_text_metrics (self, quadrant_label (QUADRANT_QUADRANT_MANAGE_CLOSELY),
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
        const TextMetrics *metrics = _quadrant_map_text_metrics (self, name, QUADRANT_SIZE * s, TRUE);
        double cx = p->x + p->width * (i == 0 ? 0.25 : 0.75);

        _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_QUADRANT, name, QUADRANT_SIZE * s, TRUE,
                                cx - metrics->width / 2, p->y - quadrant_band + 2 * s);

        name = quadrant_label (below[i]);
        metrics = _quadrant_map_text_metrics (self, name, QUADRANT_SIZE * s, TRUE);
        _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_QUADRANT, name, QUADRANT_SIZE * s, TRUE,
                                cx - metrics->width / 2, p->y + p->height + 6 * s);
      }

    _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_AXIS, _("Interest →"), AXIS_SIZE * s, TRUE,
                            p->x + (p->width - axis_x->width) / 2, p->y + p->height + quadrant_band + 4 * s);

    /* Vertical, reading upwards: the box is the text's box turned a quarter. */
    item = _quadrant_map_add_text (self, QUADRANT_MAP_TEXT_AXIS, _("Power →"), AXIS_SIZE * s, TRUE, 0, 0);
    item->vertical = TRUE;
    item->rect = (QuadrantRect) { p->x - 8 * s - axis_y->height,
                                  p->y + (p->height - axis_y->width) / 2,
                                  axis_y->height, axis_y->width };
    item->x = item->rect.x + axis_y->baseline;
    item->y = item->rect.y + item->rect.height;
  }
}
