/* quadrant-lock-dialog.c: the question before opening a register that
 * someone else has open, or that has a lock left behind */
#define G_LOG_DOMAIN "quadrant-lock-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-lock-dialog.h"

gboolean
quadrant_lock_dialog_needed (QuadrantLockState state)
{
  return state == QUADRANT_LOCK_STATE_LIVE ||
         state == QUADRANT_LOCK_STATE_STALE_PROCESS ||
         state == QUADRANT_LOCK_STATE_STALE_OLD;
}

static char *
display_name (GFile *file)
{
  if (g_file_is_native (file))
    return g_filename_display_basename (g_file_peek_path (file));
  return g_file_get_basename (file);
}

AdwMessageDialog *
quadrant_lock_dialog_new (GtkWindow          *parent,
                          GFile              *file,
                          const QuadrantLock *lock,
                          QuadrantLockState   state)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *who = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (lock != NULL, NULL);
  g_return_val_if_fail (quadrant_lock_dialog_needed (state), NULL);

  name = display_name (file);
  if (state == QUADRANT_LOCK_STATE_LIVE)
    {
      /* TRANSLATORS: %s is the file name of the register */
      heading = g_strdup_printf (_("“%s” Is Open Elsewhere"), name);
      who = quadrant_lock_describe (lock);
      body = g_strconcat (who, "\n\n",
                          _("Open it read-only to look without getting in their way. If you open it anyway, "
                            "whoever saves last replaces the other’s changes."), NULL);
    }
  else
    {
      /* TRANSLATORS: %s is the file name of the register */
      heading = g_strdup_printf (_("“%s” Has a Lock Left Behind"), name);
      who = quadrant_lock_describe_stale (lock, state);
      body = g_strconcat (who, "\n\n", _("Opening it ignores the old lock and replaces it with yours."), NULL);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, QUADRANT_LOCK_RESPONSE_CANCEL, _("_Cancel"));
  if (state == QUADRANT_LOCK_STATE_LIVE)
    {
      adw_message_dialog_add_response (dialog, QUADRANT_LOCK_RESPONSE_OPEN, _("Open _Anyway"));
      adw_message_dialog_add_response (dialog, QUADRANT_LOCK_RESPONSE_READ_ONLY, _("Open _Read-Only"));
      adw_message_dialog_set_response_appearance (dialog, QUADRANT_LOCK_RESPONSE_READ_ONLY,
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, QUADRANT_LOCK_RESPONSE_READ_ONLY);
    }
  else
    {
      adw_message_dialog_add_response (dialog, QUADRANT_LOCK_RESPONSE_OPEN, _("_Open"));
      adw_message_dialog_set_response_appearance (dialog, QUADRANT_LOCK_RESPONSE_OPEN, ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, QUADRANT_LOCK_RESPONSE_OPEN);
    }
  adw_message_dialog_set_close_response (dialog, QUADRANT_LOCK_RESPONSE_CANCEL);
  gtk_window_set_modal (GTK_WINDOW (dialog), parent != NULL);
  return dialog;
}
