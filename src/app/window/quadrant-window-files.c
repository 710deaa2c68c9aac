/* quadrant-window-files.c: the questions around opening, saving and closing,
 * and recent files
 *
 * The document loads and saves (in the background); the window asks for a
 * file name, whether to overwrite a file changed on disk, and whether to save
 * before closing, and says what went wrong.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-parties-view.h"
#include "quadrant-requirements-view.h"
#include "quadrant-window-private.h"
#include "quadrant-session.h"
#include "quadrant-welcome-page.h"
#include "quadrant-writer.h"

#define REGISTER_MIME_TYPE   "application/x-quadrant-register"
#define RECENT_MENU_SIZE     10

/* ---- Helpers ---- */

static char *
file_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_basename (file);
}

char *
_quadrant_window_document_name (QuadrantWindow *self)
{
  GFile *file = quadrant_document_get_file (self->document);

  if (file != NULL)
    return file_display_name (file);
  return g_strdup (_("Unsaved register"));
}

static void
add_register_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) registers = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();

  gtk_file_filter_set_name (registers, _("Registers"));
  gtk_file_filter_add_mime_type (registers, REGISTER_MIME_TYPE);
  gtk_file_filter_add_pattern (registers, "*.quadrant.xml");
  gtk_file_chooser_add_filter (chooser, registers);

  gtk_file_filter_set_name (xml, _("All XML files"));
  gtk_file_filter_add_pattern (xml, "*.xml");
  gtk_file_filter_add_mime_type (xml, "application/xml");
  gtk_file_filter_add_mime_type (xml, "text/xml");
  gtk_file_chooser_add_filter (chooser, xml);

  gtk_file_chooser_set_filter (chooser, registers);
}

static void
set_chooser_folder (QuadrantWindow *self,
                    GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = NULL;
  GFile *file = quadrant_document_get_file (self->document);

  if (file != NULL)
    folder = g_file_get_parent (file);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void return_cancelled (GTask *task);

/* A chooser still open (a second Open, the window going away) is closed; a
 * save waiting for it finishes as cancelled rather than never. */
static void
drop_chooser (QuadrantWindow *self)
{
  g_autoptr(GtkNativeDialog) chooser = g_steal_pointer (&self->chooser);
  GTask *task;

  if (chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_data (chooser, self);
  task = g_object_steal_data (G_OBJECT (chooser), "save-task");
  if (task != NULL)
    g_signal_handlers_disconnect_by_data (chooser, task);
  gtk_native_dialog_destroy (chooser);
  if (task != NULL)
    return_cancelled (task);
}

/* Typing that the editors have not committed yet belongs in a save too. */
static void
commit_pending_edits (QuadrantWindow *self)
{
  quadrant_parties_view_commit_edits (QUADRANT_PARTIES_VIEW (self->parties_view));
  quadrant_requirements_view_commit (QUADRANT_REQUIREMENTS_VIEW (self->requirements_view));
}

/* ---- Loading ---- */

void
quadrant_window_show_open_error (QuadrantWindow *self,
                                 GFile          *file,
                                 const GError   *error)
{
  g_autofree char *name = file_display_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

  _quadrant_window_show_error (self, heading, error->message);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  QuadrantWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!quadrant_document_load_finish (QUADRANT_DOCUMENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        quadrant_window_show_open_error (self, file, error);
      g_task_return_boolean (task, FALSE);
      return;
    }
  quadrant_window_add_recent (file);
  g_task_return_boolean (task, TRUE);
}

void
quadrant_window_load_file (QuadrantWindow *self,
                           GFile          *file)
{
  GTask *task;

  g_return_if_fail (QUADRANT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Only to keep the window and the file until the load ends. */
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  quadrant_document_load_async (self->document, file, NULL, load_done_cb, task);
}

static void
reload (QuadrantWindow *self)
{
  GFile *file = quadrant_document_get_file (self->document);

  if (file != NULL)
    quadrant_window_load_file (self, file);
}

static void
confirm_reload_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   QuadrantWindow   *self)
{
  if (g_str_equal (response, "revert"))
    reload (self);
}

/* Reloading throws away unsaved changes, so it asks first when there are some. */
void
_quadrant_window_reload_with_confirmation (QuadrantWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!quadrant_window_has_unsaved_changes (self))
    {
      reload (self);
      return;
    }

  name = _quadrant_window_document_name (self);
  body = g_strdup_printf (_("The unsaved changes to “%s” will be lost, and the register is "
                            "read again from its file."), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Revert Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "revert", _("_Revert"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "revert",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_reload_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Saving ---- */

static void save_as_with_chooser (QuadrantWindow *self,
                                  GTask          *task);

static void
return_cancelled (GTask *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Not saved"));
  g_object_unref (task);
}

static void
save_failed_cb (AdwMessageDialog *dialog,
                const char       *response,
                QuadrantWindow   *self)
{
  if (g_str_equal (response, "save-as"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
}

static void
show_save_failed (QuadrantWindow *self,
                  const GError   *error)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("%s\n\nNothing is lost: your changes are still here, unsaved. "
                            "Correct what is named above and save again, or save to "
                            "another place with Save As."),
                          error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "save-as", _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_failed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void save_to (QuadrantWindow *self,
                     GTask          *task,
                     GFile          *file,
                     gboolean        check_etag);

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       GTask            *task)
{
  QuadrantWindow *self = g_task_get_source_object (task);
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_str_equal (response, "overwrite"))
    save_to (self, task, file, FALSE);
  else
    return_cancelled (task);
}

static void
ask_overwrite (QuadrantWindow *self,
               GTask          *task,
               GFile          *file)
{
  g_autofree char *name = file_display_name (file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("“%s” was changed by another program since it was opened or saved. "
                            "Overwriting it replaces those changes with this register; "
                            "the previous file is kept as a backup ending in “~”."),
                          name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Says once what a save changed besides the content. */
static void
show_save_notice (QuadrantWindow         *self,
                  QuadrantSafeFileNotice  notice)
{
  if (notice & QUADRANT_SAFE_FILE_NOTICE_OWNER_CHANGED)
    quadrant_window_add_toast (self, adw_toast_new (_("The register was saved as a new file of "
                                                      "yours, with the same permissions and group; "
                                                      "it belonged to another user before")));
  if (notice & QUADRANT_SAFE_FILE_NOTICE_LINK_BROKEN)
    quadrant_window_add_toast (self, adw_toast_new (_("The register was saved as a new file: "
                                                      "its other hard links still show the "
                                                      "previous version")));
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  QuadrantWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!quadrant_document_save_finish (QUADRANT_DOCUMENT (object), result, &error))
    {
      if (g_error_matches (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK))
        {
          ask_overwrite (self, task, file);
          return;
        }

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_save_failed (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  show_save_notice (self, quadrant_document_get_save_notice (QUADRANT_DOCUMENT (object)));
  quadrant_window_add_recent (file);
  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/* Takes ownership of task. */
static void
save_to (QuadrantWindow *self,
         GTask          *task,
         GFile          *file,
         gboolean        check_etag)
{
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  quadrant_document_save_async (self->document, file, !check_etag, NULL, save_done_cb, task);
}

static void
lock_answered (QuadrantWindow *self,
               GTask          *task,
               gboolean        save)
{
  if (save)
    save_to (self, task, quadrant_document_get_file (self->document), TRUE);
  else
    return_cancelled (task);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GTask           *task)
{
  QuadrantWindow *self = g_task_get_source_object (task);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_steal_data (G_OBJECT (chooser), "save-task");
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  if (file == NULL)
    {
      return_cancelled (task);
      return;
    }

  /* The chooser already asked before replacing an existing file. */
  save_to (self, task, file, FALSE);
}

static char *
suggested_file_name (QuadrantWindow *self)
{
  const char *organisation = quadrant_register_get_organisation (self->reg);
  g_autoptr(GString) name = NULL;

  GFile *file = quadrant_document_get_file (self->document);

  if (file != NULL)
    return g_file_get_basename (file);
  if (organisation == NULL || *organisation == '\0')
    return g_strdup ("register.quadrant.xml");

  /* Keep the name usable on every file system. */
  name = g_string_new (organisation);
  for (char *p = name->str; *p != '\0'; p++)
    if (strchr ("/\\:*?\"<>|", *p) != NULL || (guchar) *p < 0x20)
      *p = '-';
  g_string_append (name, ".quadrant.xml");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
save_as_with_chooser (QuadrantWindow *self,
                      GTask          *task)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = suggested_file_name (self);

  drop_chooser (self);
  chooser = gtk_file_chooser_native_new (_("Save Register"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_register_filters (GTK_FILE_CHOOSER (chooser));
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_object_set_data (G_OBJECT (chooser), "save-task", task);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
quadrant_window_save_async (QuadrantWindow      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (QUADRANT_IS_WINDOW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, quadrant_window_save_async);

  commit_pending_edits (self);
  /* Read-only (a draft recovered to look at while someone else has the
   * file, closed with Save): saved under a name of the user's own. */
  if (quadrant_document_get_file (self->document) == NULL || quadrant_document_get_read_only (self->document))
    save_as_with_chooser (self, task);
  else if (!_quadrant_window_ask_lock (self, task, lock_answered))
    save_to (self, task, quadrant_document_get_file (self->document), TRUE);
}

gboolean
quadrant_window_save_finish (QuadrantWindow  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- Closing ---- */

static void
finish_close_tasks (QuadrantWindow *self,
                    gboolean        closed)
{
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->close_tasks);

  self->closing = FALSE;
  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    g_task_return_boolean (g_ptr_array_index (tasks, i), closed);
}

static void
close_now (QuadrantWindow *self)
{
  g_autoptr(QuadrantWindow) keep = g_object_ref (self);
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->close_tasks);

  self->close_confirmed = TRUE;
  self->closing = FALSE;
  quadrant_document_discard_draft (self->document);

  /* Destroyed before anyone hears of it, so that a caller walking the
   * application's windows (quitting) does not meet this one again. */
  gtk_window_destroy (GTK_WINDOW (self));
  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    g_task_return_boolean (g_ptr_array_index (tasks, i), TRUE);
}

static void
save_then_close_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  QuadrantWindow *self = QUADRANT_WINDOW (object);

  if (quadrant_window_save_finish (self, result, NULL))
    close_now (self);
  else
    finish_close_tasks (self, FALSE);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   QuadrantWindow   *self)
{
  if (g_str_equal (response, "discard"))
    close_now (self);
  else if (g_str_equal (response, "save"))
    quadrant_window_save_async (self, NULL, save_then_close_cb, NULL);
  else
    finish_close_tasks (self, FALSE);
}

static void
ask_save_changes (QuadrantWindow *self)
{
  g_autofree char *name = _quadrant_window_document_name (self);
  g_autofree char *heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  GtkWidget *dialog;

  /* An alert, which a screen reader reads whole at once (GTK 4.8 puts the
   * alert-dialog role on the bus as a plain dialog). */
  dialog = g_object_new (ADW_TYPE_MESSAGE_DIALOG,
                         "transient-for", self,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                         "heading", heading,
                         "body", _("The register has unsaved changes. Changes that are not "
                                   "saved are lost when you discard them."),
                         NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
quadrant_window_close_async (QuadrantWindow      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (QUADRANT_IS_WINDOW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, quadrant_window_close_async);

  commit_pending_edits (self);
  if (self->close_tasks == NULL)
    self->close_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->close_tasks, g_steal_pointer (&task));

  if (self->close_confirmed || !quadrant_window_has_unsaved_changes (self))
    {
      close_now (self);
      return;
    }

  /* One question per window, however often closing is asked for. */
  gtk_window_present (GTK_WINDOW (self));
  if (!self->closing)
    {
      self->closing = TRUE;
      ask_save_changes (self);
    }
}

gboolean
quadrant_window_close_finish (QuadrantWindow  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
_quadrant_window_close_request (QuadrantWindow *self)
{
  if (self->close_confirmed)
    return FALSE;

  commit_pending_edits (self);
  if (!quadrant_window_has_unsaved_changes (self))
    {
      quadrant_document_discard_draft (self->document);
      self->close_confirmed = TRUE;
      return FALSE;
    }

  quadrant_window_close_async (self, NULL, NULL, NULL);
  return TRUE;
}

/* ---- Recent files ---- */

static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
rebuild_recent_menu (QuadrantWindow *self)
{
  g_autoptr(GPtrArray) registers = quadrant_recent_registers (RECENT_MENU_SIZE);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < registers->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (registers, i);
      g_autofree char *label = escape_mnemonic (gtk_recent_info_get_display_name (info));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
  if (registers->len == 0)
    g_menu_append (self->recent_menu, _("No Recent Registers"), "win.no-recent");
}

/* ---- Actions ---- */

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  QuadrantWindow  *self)
{
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
  if (files == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      quadrant_session_open_async (quadrant_session_get_default (), file, self, NULL, NULL, NULL);
    }
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  GtkFileChooserNative *chooser;

  drop_chooser (self);
  chooser = gtk_file_chooser_native_new (_("Open Register"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_register_filters (GTK_FILE_CHOOSER (chooser));
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  quadrant_session_open_async (quadrant_session_get_default (), file, self, NULL, NULL, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  quadrant_window_save_async (QUADRANT_WINDOW (widget), NULL, NULL, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  GTask *task = g_task_new (self, NULL, NULL, NULL);

  g_task_set_source_tag (task, quadrant_window_save_async);
  commit_pending_edits (self);
  save_as_with_chooser (self, task);
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _quadrant_window_reload_with_confirmation (QUADRANT_WINDOW (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
drop_cb (QuadrantWindow *self,
         const GValue   *value,
         double          x,
         double          y,
         GtkDropTarget  *target)
{
  GSList *files = g_value_get_boxed (value);

  if (files == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    quadrant_session_open_async (quadrant_session_get_default (), l->data, self, NULL, NULL, NULL);
  return TRUE;
}

/* ---- Set-up ---- */

void
_quadrant_window_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
}

void
_quadrant_window_files_init (QuadrantWindow *self)
{
  GtkDropTarget *drop;

  _quadrant_window_disk_init (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
}

void
_quadrant_window_files_dispose (QuadrantWindow *self)
{
  drop_chooser (self);
  finish_close_tasks (self, self->close_confirmed);
}
