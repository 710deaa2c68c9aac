/* quadrant-csv-import-preview.c: what a cell of the sheet becomes
 *
 * The import dialog shows, under each cell of its first rows, the value the
 * register will get: "High" as 80, "External - Regulator" as External,
 * Regulators, "Oui" as Addressed, 09.03.2026 as 2026-03-09, a cell of three lines as three
 * requirements, "TODO" as nothing. The rules are those of the import itself
 * (quadrant-csv-import-values.c), so the preview cannot promise what the
 * import does not do.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-enum-types.h"

static GType
field_enum (QuadrantCsvField field)
{
  switch (field)
    {
    case QUADRANT_CSV_FIELD_CATEGORY: return QUADRANT_TYPE_CATEGORY;
    case QUADRANT_CSV_FIELD_KIND: return QUADRANT_TYPE_KIND;
    case QUADRANT_CSV_FIELD_SUPPORT:
    case QUADRANT_CSV_FIELD_DESIRED_SUPPORT: return QUADRANT_TYPE_SUPPORT;
    case QUADRANT_CSV_FIELD_IDENTIFIED_BY: return QUADRANT_TYPE_IDENTIFICATION;
    case QUADRANT_CSV_FIELD_TYPE: return QUADRANT_TYPE_REQUIREMENT_TYPE;
    case QUADRANT_CSV_FIELD_PRIORITY: return QUADRANT_TYPE_PRIORITY;
    case QUADRANT_CSV_FIELD_DECISION: return QUADRANT_TYPE_DECISION;
    case QUADRANT_CSV_FIELD_RELEVANT: return QUADRANT_TYPE_RELEVANCE;
    default: return G_TYPE_NONE;
    }
}

char *
quadrant_csv_import_interpret_cell (QuadrantCsvImport *self,
                                    guint              row,
                                    guint              column,
                                    gboolean          *unreadable)
{
  g_autofree char *text = NULL;
  QuadrantCsvField field;
  GType type;
  int value;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (unreadable != NULL, NULL);

  *unreadable = FALSE;
  if (column >= self->mapping->len)
    return NULL;
  field = g_array_index (self->mapping, QuadrantCsvField, column);
  text = g_strstrip (g_strdup (quadrant_csv_import_get_cell (self, row, column)));

  if (field == QUADRANT_CSV_FIELD_NONE)
    return g_strdup (self->unmapped_to_notes && text[0] != '\0' ? _("Into the notes") : _("Not imported"));
  if (text[0] == '\0')
    return NULL;
  /* A template's "TODO" is no value; "TBD" as a decision is one. */
  if (_quadrant_csv_is_placeholder (text) &&
      !(field == QUADRANT_CSV_FIELD_DECISION && _quadrant_csv_parse_enum (QUADRANT_TYPE_DECISION, text, &value)))
    return g_strdup (_("Empty (a placeholder)"));

  if (field == QUADRANT_CSV_FIELD_POWER || field == QUADRANT_CSV_FIELD_INTEREST)
    {
      guint scale = _quadrant_csv_detect_scale (self, field);

      if (_quadrant_csv_parse_level (text, self->levels, scale, self->medium_high, &value))
        return g_strdup_printf ("%d", value);
      *unreadable = TRUE;
      return g_strdup (_("Not a rating: kept in the notes"));
    }

  /* In the forms of the last validation (none yet: taken as it is). A
   * date shows as ISO, so that the reader sees which number is the day. */
  if (_quadrant_csv_is_date_field (field) && self->dates != NULL)
    {
      g_autofree char *message = NULL;
      g_autofree char *iso = _quadrant_csv_dates_read (self->dates, field, text, "", &message);

      if (iso == NULL)
        {
          *unreadable = TRUE;
          return g_strdup (_("Not a date: kept in the notes"));
        }
      return g_str_equal (iso, text) ? NULL : g_steal_pointer (&iso);
    }

  if (field == QUADRANT_CSV_FIELD_STATEMENT)
    {
      g_autoptr(GPtrArray) statements = _quadrant_csv_split_statement (self, text);

      if (statements->len > 1)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements", statements->len),
                                statements->len);
      return NULL;
    }

  type = field_enum (field);
  if (type == G_TYPE_NONE)
    return NULL;
  if (_quadrant_csv_parse_enum (type, text, &value))
    return g_strdup (quadrant_enum_to_label (type, value));
  if (field == QUADRANT_CSV_FIELD_CATEGORY || field == QUADRANT_CSV_FIELD_KIND)
    {
      int category = -1, kind = -1;

      if (_quadrant_csv_parse_category_kind (text, &category, &kind) && category >= 0 && kind >= 0)
        /* TRANSLATORS: a category and a kind read from one cell, e.g. "External, Regulators" */
        return g_strdup_printf (_("%s, %s"), quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, category),
                                quadrant_enum_to_label (QUADRANT_TYPE_KIND, kind));
      if (_quadrant_csv_parse_category_kind (text, &category, &kind))
        return g_strdup (category >= 0 ? quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, category)
                                       : quadrant_enum_to_label (QUADRANT_TYPE_KIND, kind));
    }
  *unreadable = TRUE;
  return g_strdup (_("Not understood: kept in the notes"));
}
