/* quadrant-window-disk.c: the bar that says the file changed on disk
 *
 * The document watches its file (quadrant-document-disk.c); the window shows
 * what it found, with Reload and Dismiss.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-window-private.h"

#define REGISTER_MIME_TYPE "application/x-quadrant-register"

enum {
  RESPONSE_RELOAD = 1,
  RESPONSE_DISMISS,
};

void
_quadrant_window_update_disk_bar (QuadrantWindow *self)
{
  gboolean deleted = quadrant_document_get_deleted_on_disk (self->document);
  gboolean changed = quadrant_document_get_changed_on_disk (self->document);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!deleted && !changed)
    {
      gtk_info_bar_set_revealed (self->disk_bar, FALSE);
      return;
    }

  name = _quadrant_window_document_name (self);
  if (deleted)
    text = g_strdup_printf (_("“%s” was deleted or moved on disk. Save to write it again."), name);
  else
    text = g_strdup_printf (_("The file changed on disk: “%s” was changed by another program."), name);

  gtk_label_set_text (self->disk_bar_label, text);
  gtk_widget_set_visible (self->disk_bar_reload, !deleted);
  gtk_info_bar_set_revealed (self->disk_bar, TRUE);
}

static void
disk_bar_response_cb (QuadrantWindow *self,
                      int             response,
                      GtkInfoBar     *bar)
{
  if (response == RESPONSE_RELOAD)
    _quadrant_window_reload_with_confirmation (self);
  else
    quadrant_document_dismiss_disk_change (self->document);
}

void
quadrant_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) REGISTER_MIME_TYPE,
    .app_name = (char *) "Quadrant",
    .app_exec = (char *) "quadrant %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
_quadrant_window_disk_init (QuadrantWindow *self)
{
  GtkWidget *dismiss;

  self->disk_bar_reload = gtk_info_bar_add_button (self->disk_bar, _("_Reload"), RESPONSE_RELOAD);
  dismiss = gtk_info_bar_add_button (self->disk_bar, _("_Dismiss"), RESPONSE_DISMISS);
  /* GTK 4.8 reads the mnemonic's underscore out to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->disk_bar_reload), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reload"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dismiss), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dismiss"), -1);
  g_signal_connect_object (self->disk_bar, "response", G_CALLBACK (disk_bar_response_cb),
                           self, G_CONNECT_SWAPPED);
}
