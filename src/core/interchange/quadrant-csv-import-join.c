/* quadrant-csv-import-join.c: Quadrant's own workbook, its two sheets joined
 *
 * The XLSX export puts the parties (with their ids) on one sheet and their
 * requirements on another. The command line and the window both import such
 * a workbook through these functions, so the two cannot drift apart: the
 * parties sheet first, then the requirements sheet into the same register,
 * where the party ids find the parties just added.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"

QuadrantCsvImport *
quadrant_csv_import_new_requirements_import (QuadrantCsvImport  *self,
                                             GError            **error)
{
  QuadrantCsvImport *other;
  guint sheet;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sheet = quadrant_csv_import_find_requirements_sheet (self);
  if (sheet == G_MAXUINT)
    return NULL;

  other = quadrant_csv_import_new_from_workbook (self->workbook, sheet, error);
  if (other == NULL)
    return NULL;

  /* The user's choices for the parties hold for their requirements too. */
  memcpy (other->levels, self->levels, sizeof other->levels);
  other->medium_high = self->medium_high;
  other->other_axis = self->other_axis;
  other->unmapped_to_notes = self->unmapped_to_notes;
  other->split_lines = self->split_lines;
  other->split_semicolons = self->split_semicolons;
  return other;
}

gboolean
quadrant_csv_import_apply_joined (QuadrantCsvImport  *self,
                                  QuadrantRegister   *reg,
                                  gboolean            keep_good_rows,
                                  guint              *n_parties,
                                  guint              *n_requirements,
                                  GError            **error)
{
  g_autoptr(QuadrantCsvImport) requirements = NULL;
  g_autoptr(GError) local_error = NULL;
  guint parties = 0, first = 0, more = 0;
  gboolean applied;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_parties != NULL)
    *n_parties = 0;
  if (n_requirements != NULL)
    *n_requirements = 0;

  requirements = quadrant_csv_import_new_requirements_import (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (requirements == NULL)
    return quadrant_csv_import_apply (self, reg, keep_good_rows, n_parties, n_requirements, error);

  /* One undo step for both sheets; the requirements are validated only now,
   * against the register that has the parties they name. */
  quadrant_register_begin_group (reg, _("Import Spreadsheet"));
  applied = quadrant_csv_import_apply (self, reg, keep_good_rows, &parties, &first, error) &&
            quadrant_csv_import_apply (requirements, reg, keep_good_rows, NULL, &more, error);
  quadrant_register_end_group (reg);

  if (!applied)
    {
      /* All or nothing: the parties go again when their requirements cannot come. */
      if (parties + first > 0)
        quadrant_register_undo (reg);
      return FALSE;
    }

  if (n_parties != NULL)
    *n_parties = parties;
  if (n_requirements != NULL)
    *n_requirements = first + more;
  return TRUE;
}
