/* quadrant-window-disk.c: the bars that say the file changed on disk, or
 * that someone else has it open
 *
 * The document watches its file (quadrant-document-disk.c) and its lock
 * (quadrant-document-lock.c); the window shows what they found, the first
 * with Reload and Dismiss, the second with the name of who has it open, and
 * it asks before saving over their work.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-window-private.h"

#define REGISTER_MIME_TYPE "application/x-quadrant-register"

enum {
  RESPONSE_RELOAD = 1,
  RESPONSE_DISMISS,
  RESPONSE_EDIT,
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
_quadrant_window_update_lock_bar (QuadrantWindow *self)
{
  const QuadrantLock *lock = quadrant_document_get_other_lock (self->document);
  g_autofree char *who = NULL;
  g_autofree char *text = NULL;

  gboolean read_only = quadrant_document_get_read_only (self->document);

  gtk_widget_set_visible (self->lock_bar_edit, read_only);
  gtk_widget_set_visible (self->lock_bar_dismiss, !read_only);
  gtk_info_bar_set_message_type (self->lock_bar, read_only ? GTK_MESSAGE_INFO : GTK_MESSAGE_WARNING);

  /* Read-only stays said for as long as it lasts: no Dismiss. */
  if (read_only)
    {
      if (lock != NULL)
        {
          who = quadrant_lock_describe (lock);
          /* TRANSLATORS: %s says who has the register open and since when */
          text = g_strdup_printf (_("Read-only: %s Use Save As to keep a copy of your own."), who);
        }
      else
        text = g_strdup (_("Read-only: opened to look at only. Use Save As to keep a copy of your own."));
      gtk_label_set_text (self->lock_bar_label, text);
      gtk_info_bar_set_revealed (self->lock_bar, TRUE);
      return;
    }

  if (lock == NULL)
    {
      gtk_info_bar_set_revealed (self->lock_bar, FALSE);
      return;
    }

  who = quadrant_lock_describe (lock);
  /* Chosen to work over their lock: saving replaces their file, unless they
   * saved it meanwhile (then the change on disk is asked about). */
  if (quadrant_document_get_lock_accepted (self->document))
    text = g_strconcat (who, " ", _("Saving replaces the file they have open; if they saved it meanwhile, "
                                    "you are asked first."), NULL);
  else
    text = g_strconcat (who, " ", _("Saving will ask before replacing the file they have open."), NULL);
  gtk_label_set_text (self->lock_bar_label, text);
  gtk_info_bar_set_revealed (self->lock_bar, TRUE);
}

typedef struct {
  GTask                    *task;
  QuadrantWindowLockAnswer  answered;
} LockQuestion;

static void
lock_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  LockQuestion     *question)
{
  QuadrantWindow *self = g_task_get_source_object (question->task);
  gboolean save = g_str_equal (response, "save");

  /* Asked once for this lock: the next saves just save. */
  if (save)
    {
      quadrant_document_accept_lock (self->document, NULL);
      _quadrant_window_update_lock_bar (self);
    }
  question->answered (self, question->task, save);
  g_free (question);
}

gboolean
_quadrant_window_ask_lock (QuadrantWindow          *self,
                           GTask                   *task,
                           QuadrantWindowLockAnswer answered)
{
  const QuadrantLock *lock;
  g_autofree char *who = NULL;
  g_autofree char *body = NULL;
  LockQuestion *question;
  GtkWidget *dialog;

  /* The lock may have gone, or come, since the file was opened. */
  lock = quadrant_document_refresh_lock (self->document);
  if (lock == NULL || quadrant_document_get_lock_accepted (self->document))
    return FALSE;

  who = quadrant_lock_describe (lock);
  body = g_strconcat (who, " ", _("Saving now replaces the file they have open; what they save later may replace yours."),
                      NULL);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Someone Else Has This Register Open"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  question = g_new0 (LockQuestion, 1);
  question->task = task;
  question->answered = answered;
  g_signal_connect (dialog, "response", G_CALLBACK (lock_response_cb), question);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
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

static void
lock_bar_response_cb (QuadrantWindow *self,
                      int             response,
                      GtkInfoBar     *bar)
{
  /* Edit Anyway: the document takes the lock if it is free by now; if not,
   * the user chose to work over it, as Open Anyway does. */
  if (response == RESPONSE_EDIT)
    {
      quadrant_document_accept_lock (self->document, NULL);
      quadrant_document_set_read_only (self->document, FALSE);
    }
  else
    gtk_info_bar_set_revealed (bar, FALSE);
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

  /* Under the changed-on-disk bar; Dismiss hides it until the next lock. */
  self->lock_bar = GTK_INFO_BAR (gtk_info_bar_new ());
  gtk_info_bar_set_message_type (self->lock_bar, GTK_MESSAGE_WARNING);
  gtk_info_bar_set_revealed (self->lock_bar, FALSE);
  self->lock_bar_edit = gtk_info_bar_add_button (self->lock_bar, _("_Edit Anyway"), RESPONSE_EDIT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->lock_bar_edit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Edit Anyway"), -1);
  gtk_widget_set_tooltip_text (self->lock_bar_edit, _("Edit this register although someone else has it open"));
  self->lock_bar_dismiss = gtk_info_bar_add_button (self->lock_bar, _("_Dismiss"), RESPONSE_DISMISS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->lock_bar_dismiss), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Dismiss"), -1);
  self->lock_bar_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->lock_bar_label, TRUE);
  gtk_label_set_xalign (self->lock_bar_label, 0);
  gtk_info_bar_add_child (self->lock_bar, GTK_WIDGET (self->lock_bar_label));
  g_signal_connect_object (self->lock_bar, "response", G_CALLBACK (lock_bar_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_insert_child_after (self->bars_box, GTK_WIDGET (self->lock_bar), GTK_WIDGET (self->disk_bar));
}
