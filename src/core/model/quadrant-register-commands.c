/* quadrant-register-commands.c: the undoable edit commands of the register
 *
 * Each command holds what it needs to apply and revert itself; adding and
 * removing are the same data run in opposite directions.
 */
#define G_LOG_DOMAIN "quadrant-register"

#include "config.h"

#include "quadrant-register-commands.h"

static void
set_property_apply (gpointer data)
{
  QuadrantSetPropertyCommand *command = data;

  g_object_set_property (command->object, command->pspec->name, &command->new_value);
  if (command->field < QUADRANT_N_FIELDS)
    _quadrant_register_emit_field_changed (command->reg, command->object, command->field);
}

static void
set_property_revert (gpointer data)
{
  QuadrantSetPropertyCommand *command = data;

  g_object_set_property (command->object, command->pspec->name, &command->old_value);
  if (command->field < QUADRANT_N_FIELDS)
    _quadrant_register_emit_field_changed (command->reg, command->object, command->field);
}

static void
set_property_free (gpointer data)
{
  QuadrantSetPropertyCommand *command = data;

  g_object_unref (command->object);
  g_value_unset (&command->old_value);
  g_value_unset (&command->new_value);
  g_free (command);
}

const QuadrantCommandClass quadrant_set_property_command = {
  "set-property", set_property_apply, set_property_revert, set_property_free
};


static void
party_insert (gpointer data)
{
  QuadrantPartyCommand *command = data;

  g_list_store_insert (command->parties, command->position, command->party);
}

static void
party_remove (gpointer data)
{
  QuadrantPartyCommand *command = data;
  g_autoptr(QuadrantParty) item =
    g_list_model_get_item (G_LIST_MODEL (command->parties), command->position);

  g_assert (item == command->party);
  g_list_store_remove (command->parties, command->position);
}

static void
party_command_free (gpointer data)
{
  QuadrantPartyCommand *command = data;

  g_object_unref (command->party);
  g_free (command);
}

const QuadrantCommandClass quadrant_insert_party_command = {
  "insert-party", party_insert, party_remove, party_command_free
};
const QuadrantCommandClass quadrant_remove_party_command = {
  "remove-party", party_remove, party_insert, party_command_free
};


static void
move_item (GListStore *store,
           guint       from,
           guint       to)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), from);

  g_list_store_remove (store, from);
  g_list_store_insert (store, to, item);
}

static void
reorder_apply (gpointer data)
{
  QuadrantReorderCommand *command = data;

  move_item (command->store, command->from, command->to);
}

static void
reorder_revert (gpointer data)
{
  QuadrantReorderCommand *command = data;

  move_item (command->store, command->to, command->from);
}

static void
reorder_free (gpointer data)
{
  QuadrantReorderCommand *command = data;

  g_object_unref (command->store);
  g_free (command);
}

const QuadrantCommandClass quadrant_reorder_command = {
  "reorder", reorder_apply, reorder_revert, reorder_free
};


static void
requirement_insert (gpointer data)
{
  QuadrantRequirementCommand *command = data;

  _quadrant_party_insert_requirement (command->party, command->position, command->requirement);
}

static void
requirement_remove (gpointer data)
{
  QuadrantRequirementCommand *command = data;

  _quadrant_party_remove_requirement (command->party, command->position);
}

static void
requirement_command_free (gpointer data)
{
  QuadrantRequirementCommand *command = data;

  g_object_unref (command->party);
  g_object_unref (command->requirement);
  g_free (command);
}

const QuadrantCommandClass quadrant_insert_requirement_command = {
  "insert-requirement", requirement_insert, requirement_remove, requirement_command_free
};
const QuadrantCommandClass quadrant_remove_requirement_command = {
  "remove-requirement", requirement_remove, requirement_insert, requirement_command_free
};


static void
revision_append (gpointer data)
{
  QuadrantRevisionCommand *command = data;

  g_list_store_append (command->revisions, command->revision);
}

static void
revision_remove_last (gpointer data)
{
  QuadrantRevisionCommand *command = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (command->revisions));

  g_assert (n > 0);
  g_list_store_remove (command->revisions, n - 1);
}

static void
revision_command_free (gpointer data)
{
  QuadrantRevisionCommand *command = data;

  g_object_unref (command->revision);
  g_free (command);
}

const QuadrantCommandClass quadrant_add_revision_command = {
  "add-revision", revision_append, revision_remove_last, revision_command_free
};

/* Only the latest revision can be removed: history before it stays. */
const QuadrantCommandClass quadrant_remove_revision_command = {
  "remove-revision", revision_remove_last, revision_append, revision_command_free
};
