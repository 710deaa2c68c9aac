/* quadrant-register-batch.c: many parties added as one edit
 *
 * An import adds thousands of parties: one by one, each insert's check that
 * the party is not in the register yet searches the list, and each change is
 * a signal to every view. Here the check is one pass over the register and
 * the new parties are spliced in with one change.
 */
#define G_LOG_DOMAIN "quadrant-register"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-register-private.h"

typedef struct {
  GListStore *parties;
  GPtrArray  *added;     /* QuadrantParty* */
  guint       position;
} AppendPartiesCommand;

static void
append_parties_apply (gpointer data)
{
  AppendPartiesCommand *command = data;

  g_list_store_splice (command->parties, command->position, 0, command->added->pdata, command->added->len);
}

static void
append_parties_revert (gpointer data)
{
  AppendPartiesCommand *command = data;

  g_list_store_splice (command->parties, command->position, command->added->len, NULL, 0);
}

static void
append_parties_free (gpointer data)
{
  AppendPartiesCommand *command = data;

  g_ptr_array_unref (command->added);
  g_object_unref (command->parties);
  g_free (command);
}

static const QuadrantCommandClass append_parties_command = {
  "append-parties", append_parties_apply, append_parties_revert, append_parties_free
};

void
quadrant_register_append_parties (QuadrantRegister  *self,
                                  QuadrantParty    **parties,
                                  guint              n)
{
  g_autoptr(GHashTable) present = NULL;
  AppendPartiesCommand *command;
  g_autofree char *label = NULL;
  guint n_parties;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (parties != NULL || n == 0);

  if (n == 0)
    return;

  /* Pointers only: the store and the caller keep the parties alive. */
  n_parties = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  present = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      g_hash_table_add (present, party);
    }
  for (guint i = 0; i < n; i++)
    {
      g_return_if_fail (QUADRANT_IS_PARTY (parties[i]));
      g_return_if_fail (g_hash_table_add (present, parties[i]));
    }

  command = g_new0 (AppendPartiesCommand, 1);
  command->parties = g_object_ref (self->parties);
  command->added = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (command->added, g_object_ref (parties[i]));
  command->position = n_parties;
  /* "Add Party" of a single insert has no plural form; the batch names its
   * count, so that the plural has a msgid of its own. */
  if (n == 1)
    label = g_strdup (_("Add Party"));
  else
    /* Translators: the name of an undo step, shown as "Undo %s" */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u Party", "Add %u Parties", n), n);
  _quadrant_register_push (self, &append_parties_command, command, label);
}
