/* quadrant-window-disk.c: what the window keeps in step with the disk in the background
 *
 * Drafts: while the document has unsaved changes, a copy is written to the
 * drafts folder every draft-interval seconds, for recovery after a crash.
 * The file monitor: a change to the open file by another program shows a bar
 * offering to reload. Our own saves are synchronous and update the etag before
 * the debounced check runs, so they are recognised and stay silent.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-window-private.h"
#include "quadrant-writer.h"
#include "quadrant-safe-file.h"

#define MONITOR_DEBOUNCE_MS  300

enum {
  RESPONSE_RELOAD = 1,
  RESPONSE_DISMISS,
};

/* ---- Drafts ---- */

void
_quadrant_window_remove_draft (QuadrantWindow *self)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft_id == NULL)
    return;

  dir = quadrant_drafts_get_default_dir ();
  if (!quadrant_drafts_remove (dir, self->draft_id, &error))
    g_warning ("Could not remove draft %s: %s", self->draft_id, error->message);
  g_clear_pointer (&self->draft_id, g_free);
}

void
_quadrant_window_write_draft (QuadrantWindow *self)
{
  g_autofree char *dir = quadrant_drafts_get_default_dir ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (self->draft_id == NULL)
    self->draft_id = quadrant_drafts_new_id ();

  bytes = quadrant_writer_to_bytes (self->document);
  if (!quadrant_drafts_write (dir, self->draft_id, bytes, self->file, self->etag, &error))
    g_warning ("Could not write the draft of %s: %s", self->draft_id, error->message);
}

static gboolean
draft_timeout_cb (gpointer user_data)
{
  QuadrantWindow *self = user_data;

  self->draft_source = 0;

  if (quadrant_window_has_unsaved_changes (self))
    _quadrant_window_write_draft (self);
  else
    _quadrant_window_remove_draft (self); /* undone back to the saved state: nothing to recover */

  return G_SOURCE_REMOVE;
}

void
_quadrant_window_schedule_draft (QuadrantWindow *self)
{
  guint interval = 5;

  /* Not restarted by later edits: a steady typist still gets a draft every interval. */
  if (self->draft_source != 0)
    return;

  if (self->settings != NULL)
    interval = MAX (1, g_settings_get_uint (self->settings, "draft-interval"));
  self->draft_source = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, interval,
                                                   draft_timeout_cb, self, NULL);
}

/* ---- The file on disk ---- */

void
_quadrant_window_hide_disk_bar (QuadrantWindow *self)
{
  gtk_info_bar_set_revealed (self->disk_bar, FALSE);
}

static void
show_disk_bar (QuadrantWindow *self,
               gboolean        deleted)
{
  g_autofree char *name = _quadrant_window_document_name (self);
  g_autofree char *text = NULL;

  if (deleted)
    text = g_strdup_printf (_("“%s” was deleted or moved on disk. Save to write it again."), name);
  else
    text = g_strdup_printf (_("The file changed on disk: “%s” was changed by another program."), name);

  gtk_label_set_text (self->disk_bar_label, text);
  gtk_widget_set_visible (self->disk_bar_reload, !deleted);
  gtk_info_bar_set_revealed (self->disk_bar, TRUE);
}

static gboolean
check_disk_cb (gpointer user_data)
{
  QuadrantWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  self->monitor_source = 0;
  if (self->file == NULL)
    return G_SOURCE_REMOVE;

  /* By content, not time: a change that restores the mtime is still one. */
  etag = quadrant_safe_file_identity (self->file, &error);
  if (etag == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        show_disk_bar (self, TRUE);
      return G_SOURCE_REMOVE;
    }

  if (g_strcmp0 (etag, self->etag) == 0)
    _quadrant_window_hide_disk_bar (self); /* our own save, or changed back */
  else if (g_strcmp0 (etag, self->dismissed_etag) != 0)
    show_disk_bar (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (QuadrantWindow    *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
      /* Editors and our own writer replace a file in several events. */
      g_clear_handle_id (&self->monitor_source, g_source_remove);
      self->monitor_source = g_timeout_add (MONITOR_DEBOUNCE_MS, check_disk_cb, self);
      break;
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

void
_quadrant_window_restart_monitor (QuadrantWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->monitor_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_pointer (&self->dismissed_etag, g_free);
  _quadrant_window_hide_disk_bar (self);

  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching the file: %s", error->message);
      return;
    }
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

void
_quadrant_window_disk_document_changed (QuadrantWindow   *self,
                                         QuadrantRegister *old_document)
{
  /* The old document is gone for good (it was untouched, or the user chose
   * to revert or reload): its draft must not come back at the next start. */
  if (old_document != NULL && old_document != self->document)
    _quadrant_window_remove_draft (self);

  _quadrant_window_restart_monitor (self);
}

/* ---- The bar ---- */

static void
disk_bar_response_cb (QuadrantWindow *self,
                      int             response,
                      GtkInfoBar     *bar)
{
  if (response == RESPONSE_RELOAD)
    {
      _quadrant_window_reload_with_confirmation (self);
      return;
    }

  /* Dismissed: stay quiet about this change, but not about the next one. */
  if (self->file != NULL)
    {
      g_free (self->dismissed_etag);
      self->dismissed_etag = quadrant_safe_file_identity (self->file, NULL);
    }
  _quadrant_window_hide_disk_bar (self);
}

void
_quadrant_window_disk_init (QuadrantWindow *self)
{
  self->disk_bar_reload = gtk_info_bar_add_button (self->disk_bar, _("_Reload"), RESPONSE_RELOAD);
  gtk_info_bar_add_button (self->disk_bar, _("_Dismiss"), RESPONSE_DISMISS);
  g_signal_connect_object (self->disk_bar, "response", G_CALLBACK (disk_bar_response_cb),
                           self, G_CONNECT_SWAPPED);
}

void
_quadrant_window_disk_dispose (QuadrantWindow *self)
{
  g_clear_handle_id (&self->monitor_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  /* A window that goes away with unsaved changes (not through the close
   * question) keeps its draft, brought up to date, so the work can be
   * recovered at the next start. */
  if (self->document != NULL && !quadrant_window_has_unsaved_changes (self))
    _quadrant_window_remove_draft (self);
  else if (self->document != NULL && self->draft_source != 0)
    _quadrant_window_write_draft (self);
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_pointer (&self->dismissed_etag, g_free);
}
