/* quadrant-approval.c: which version of the register is approved */
#define G_LOG_DOMAIN "quadrant-approval"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-approval.h"
#include "quadrant-language.h"
#include "quadrant-revision.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* An approval that names no version is outdated once the current version
 * was recorded as a revision after it (ISO dates compare as strings). */
static gboolean
recorded_after_approval (QuadrantRegister *reg,
                         const char       *version,
                         const char       *approval_date)
{
  GListModel *revisions = quadrant_register_get_revisions (reg);
  guint n = g_list_model_get_n_items (revisions);

  if (!quadrant_date_is_valid (approval_date))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantRevision) revision = g_list_model_get_item (revisions, i);
      const char *date = quadrant_revision_get_date (revision);

      if (g_strcmp0 (quadrant_revision_get_version (revision), version) == 0 &&
          quadrant_date_is_valid (date) && g_strcmp0 (date, approval_date) > 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
quadrant_approval_is_outdated (QuadrantRegister  *reg,
                               const char       **approved)
{
  const char *version, *approved_version, *date;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);

  version = quadrant_register_get_version (reg);
  approved_version = quadrant_register_get_approved_version (reg);
  date = quadrant_register_get_approval_date (reg);
  if (approved != NULL)
    *approved = is_set (approved_version) ? approved_version : NULL;

  if (is_set (approved_version))
    return g_strcmp0 (approved_version, version) != 0;
  return is_set (version) && recorded_after_approval (reg, version, date);
}

const char *
quadrant_approval_get_approved_version (QuadrantRegister *reg)
{
  const char *approved = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), "");

  if (quadrant_approval_is_outdated (reg, &approved))
    return approved != NULL ? approved : "";
  if (approved != NULL)
    return approved;
  if (is_set (quadrant_register_get_approval_date (reg)) || is_set (quadrant_register_get_approved_by (reg)))
    return quadrant_register_get_version (reg);
  return "";
}

char *
quadrant_approval_dup_version_text (QuadrantRegister *reg)
{
  const char *version, *date, *approved = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  version = quadrant_register_get_version (reg);
  date = quadrant_register_get_approval_date (reg);
  if (!is_set (version))
    return g_strdup ("");
  if (!quadrant_approval_is_outdated (reg, &approved))
    return g_strdup (version);

  shown = quadrant_language_format_date (date);
  if (approved != NULL && is_set (date))
    /* Translators: the current version, then the version that was approved and when */
    return g_strdup_printf (_("%s (approved: %s on %s)"), version, approved, shown);
  if (approved != NULL)
    /* Translators: the current version, then the version that was approved */
    return g_strdup_printf (_("%s (approved: %s)"), version, approved);
  /* Translators: the current version, then the date an earlier version was approved */
  return g_strdup_printf (_("%s (approved: an earlier version on %s)"), version, shown);
}
