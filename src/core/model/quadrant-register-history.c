/* quadrant-register-history.c: the register's history
 *
 * Undo and redo (with groups of edits undone as one), whether the register
 * has changed since it was saved, and its revisions: recording one with a
 * snapshot of the map, correcting its summary, removing the latest.
 */
#define G_LOG_DOMAIN "quadrant-register"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-register-private.h"

QuadrantRevision *
quadrant_register_record_revision (QuadrantRegister *self,
                                   const char       *version,
                                   const char       *date,
                                   const char       *author,
                                   const char       *summary)
{
  g_autofree char *today = NULL;
  QuadrantRevisionCommand *command;
  QuadrantRevision *revision;
  guint n;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = today = g_date_time_format (now, "%Y-%m-%d");
    }

  revision = quadrant_revision_new (version, date, author, summary);
  n = quadrant_register_get_n_parties (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      quadrant_revision_add_position (revision, quadrant_party_get_id (party),
                                      quadrant_party_get_power (party),
                                      quadrant_party_get_interest (party),
                                      quadrant_party_get_current_support (party));
    }

  command = g_new0 (QuadrantRevisionCommand, 1);
  command->revisions = self->revisions;
  command->revision = revision;
  _quadrant_register_push (self, &quadrant_add_revision_command, command, _("Record Revision"));
  return revision;
}

void
quadrant_register_begin_group (QuadrantRegister *self,
                               const char       *label)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  quadrant_undo_stack_begin_group (self->undo_stack, label);
}

void
quadrant_register_end_group (QuadrantRegister *self)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  quadrant_undo_stack_end_group (self->undo_stack);
}

gboolean
quadrant_register_can_undo (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), FALSE);
  return quadrant_undo_stack_can_undo (self->undo_stack);
}

gboolean
quadrant_register_can_redo (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), FALSE);
  return quadrant_undo_stack_can_redo (self->undo_stack);
}

const char *
quadrant_register_get_undo_label (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);
  return quadrant_undo_stack_get_undo_label (self->undo_stack);
}

const char *
quadrant_register_get_redo_label (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);
  return quadrant_undo_stack_get_redo_label (self->undo_stack);
}

gboolean
quadrant_register_undo (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), FALSE);

  if (!quadrant_undo_stack_undo (self->undo_stack))
    return FALSE;
  _quadrant_register_emit_changed (self);
  return TRUE;
}

gboolean
quadrant_register_redo (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), FALSE);

  if (!quadrant_undo_stack_redo (self->undo_stack))
    return FALSE;
  _quadrant_register_emit_changed (self);
  return TRUE;
}

gboolean
quadrant_register_is_dirty (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), FALSE);
  return quadrant_undo_stack_is_dirty (self->undo_stack);
}

void
quadrant_register_mark_saved (QuadrantRegister *self)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  quadrant_undo_stack_mark_saved (self->undo_stack);
}

guint64
quadrant_register_get_state (QuadrantRegister *self)
{
  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), 0);
  return quadrant_undo_stack_get_state (self->undo_stack);
}

void
quadrant_register_mark_saved_state (QuadrantRegister *self,
                                    guint64           state)
{
  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  quadrant_undo_stack_mark_saved_state (self->undo_stack, state);
}

void
quadrant_register_set_revision_summary (QuadrantRegister *self,
                                        QuadrantRevision *revision,
                                        const char       *summary)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_REVISION (revision));
  g_return_if_fail (g_list_store_find (self->revisions, revision, NULL));

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, summary != NULL ? summary : "");
  /* Revisions are history: only their summary can be corrected, so the
   * field is not among the editable ones of quadrant_register_set_text (). */
  _quadrant_register_set_property_value (self, revision, "summary", QUADRANT_FIELD_REVISION_SUMMARY,
                                         _("Correct Revision Summary"), &gvalue);
}

gboolean
quadrant_register_remove_latest_revision (QuadrantRegister *self)
{
  QuadrantRevisionCommand *command;
  QuadrantRevision *latest;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), FALSE);

  if ((latest = quadrant_register_get_latest_revision (self)) == NULL)
    return FALSE;

  command = g_new0 (QuadrantRevisionCommand, 1);
  command->revisions = self->revisions;
  command->revision = g_object_ref (latest);
  _quadrant_register_push (self, &quadrant_remove_revision_command, command, _("Remove Revision"));
  return TRUE;
}
