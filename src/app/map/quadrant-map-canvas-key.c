/* quadrant-map-canvas-key.c: the pages of the numbered key in presentation
 *
 * On a projector the key's type shrinks only to half the names' size, so a
 * workshop's key can take more room than the map leaves it: it is then split
 * into pages that the facilitator turns, rather than cut short, and the page
 * of the selected party is shown.
 */
#define G_LOG_DOMAIN "quadrant-map-canvas"

#include "config.h"

#include "quadrant-map-canvas-private.h"

static guint key_pages_changed_signal;

void
_quadrant_map_canvas_key_class_init (QuadrantMapCanvasClass *klass)
{
  /* "key-pages-changed": the number of the key's pages changed. */
  key_pages_changed_signal = g_signal_new ("key-pages-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
emit_key_pages_changed (gpointer data)
{
  QuadrantMapCanvas *self = data;

  self->key_pages_source = 0;
  g_signal_emit (self, key_pages_changed_signal, 0);
}

/* The layout is computed while drawing, too: said from an idle, so that
 * whoever shows or hides a page button does not change widgets mid-frame. */
void
_quadrant_map_canvas_key_layout_done (QuadrantMapCanvas *self)
{
  guint n_pages = quadrant_map_layout_get_n_key_pages (self->layout);

  if (n_pages == self->n_key_pages)
    return;
  self->n_key_pages = n_pages;
  if (self->key_pages_source == 0)
    self->key_pages_source = g_idle_add_once (emit_key_pages_changed, self);
}

void
quadrant_map_canvas_set_key_page (QuadrantMapCanvas *self,
                                  guint              page)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  if (self->key_page == page)
    return;
  self->key_page = page;
  self->layout_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
quadrant_map_canvas_get_key_page (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), 0);

  _quadrant_map_canvas_ensure_layout (self);
  return quadrant_map_layout_get_key_page (self->layout);
}

guint
quadrant_map_canvas_get_n_key_pages (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), 1);

  _quadrant_map_canvas_ensure_layout (self);
  return quadrant_map_layout_get_n_key_pages (self->layout);
}

void
quadrant_map_canvas_turn_key_page (QuadrantMapCanvas *self,
                                   int                direction)
{
  int n_pages, page;

  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  n_pages = (int) quadrant_map_canvas_get_n_key_pages (self);
  page = (int) quadrant_map_canvas_get_key_page (self);
  /* Round and round: the last page is followed by the first. */
  quadrant_map_canvas_set_key_page (self, (guint) ((page + direction % n_pages + n_pages) % n_pages));
}

void
quadrant_map_canvas_show_key_page_of (QuadrantMapCanvas *self,
                                      QuadrantParty     *party)
{
  int page;

  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  if (party == NULL)
    return;
  _quadrant_map_canvas_ensure_layout (self);
  page = quadrant_map_layout_find_key_page (self->layout, party);
  if (page >= 0)
    quadrant_map_canvas_set_key_page (self, page);
}
