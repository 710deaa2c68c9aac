/* quadrant-window-read-only.c: a window whose document is read-only
 *
 * Opened to look at while someone else has the register open
 * (QuadrantDocument:read-only): browsing, selecting, the map, presentation,
 * reports, exports and Save As work; every way of editing is off, and the
 * lock bar says so, with Edit Anyway. Save As to a new name makes the
 * document editable there, and all of it comes back on.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include "quadrant-findings-view.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-requirements-view.h"
#include "quadrant-window-private.h"

/* The window's actions that change the register or write its file. Undo and
 * redo follow their own state too (quadrant-window.c). */
static const char * const edit_actions[] = {
  "win.add-party",
  "win.delete-party",
  "win.import-csv",
  "win.add-from-catalogue",
  "win.refine",
  "win.save",
};

gboolean
_quadrant_window_can_edit (QuadrantWindow *self)
{
  return !quadrant_document_get_read_only (self->document);
}

void
_quadrant_window_update_read_only (QuadrantWindow *self)
{
  gboolean read_only = quadrant_document_get_read_only (self->document);

  for (guint i = 0; i < G_N_ELEMENTS (edit_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edit_actions[i], !read_only);

  quadrant_parties_view_set_read_only (QUADRANT_PARTIES_VIEW (self->parties_view), read_only);
  quadrant_requirements_view_set_read_only (QUADRANT_REQUIREMENTS_VIEW (self->requirements_view), read_only);
  quadrant_findings_view_set_read_only (QUADRANT_FINDINGS_VIEW (self->findings_view), read_only);
  quadrant_map_view_set_read_only (QUADRANT_MAP_VIEW (self->map_page), read_only);

  _quadrant_window_update_lock_bar (self);
  _quadrant_window_update_actions (self);
}
