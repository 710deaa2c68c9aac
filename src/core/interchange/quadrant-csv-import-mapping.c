/* quadrant-csv-import-mapping.c: which column of the CSV holds which field
 *
 * Fields are named as --mapping and the remembered mapping spell them; a
 * column's header is compacted (lower case, letters and digits only, accents
 * left out) and compared with each field's name and label and the headings
 * of the import vocabulary, so "Type of party", "type_of_party", "Parteityp"
 * and "Type de partie" all find the kind. Columns that our own
 * exports derive (quadrant, counts) are ignored.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-import-vocabulary.h"

typedef struct {
  const char *name;
  const char *label;
} FieldInfo;

/* The headings that mean each field, in many languages, are in the import
 * vocabulary (data/import-vocabulary.ini); a field's own name and label
 * always mean it. */
static const FieldInfo fields[QUADRANT_CSV_N_FIELDS] = {
  [QUADRANT_CSV_FIELD_NONE] = { "ignore", N_("Ignore") },
  [QUADRANT_CSV_FIELD_PARTY_ID] = { "party-id", N_("Party ID") },
  [QUADRANT_CSV_FIELD_NAME] = { "name", N_("Name") },
  [QUADRANT_CSV_FIELD_CATEGORY] = { "category", N_("Category") },
  [QUADRANT_CSV_FIELD_KIND] = { "kind", N_("Kind") },
  [QUADRANT_CSV_FIELD_DESCRIPTION] = { "description", N_("Description") },
  [QUADRANT_CSV_FIELD_POWER] = { "power", N_("Power") },
  [QUADRANT_CSV_FIELD_INTEREST] = { "interest", N_("Interest") },
  [QUADRANT_CSV_FIELD_SUPPORT] = { "support", N_("Current support") },
  [QUADRANT_CSV_FIELD_DESIRED_SUPPORT] = { "desired-support", N_("Desired support") },
  [QUADRANT_CSV_FIELD_OWNER] = { "owner", N_("Party owner") },
  [QUADRANT_CSV_FIELD_CONTACT] = { "contact", N_("Contact") },
  [QUADRANT_CSV_FIELD_IDENTIFIED_BY] = { "identified-by", N_("Identified by") },
  [QUADRANT_CSV_FIELD_IDENTIFIED_ON] = { "identified-on", N_("Identified on") },
  [QUADRANT_CSV_FIELD_COMMUNICATION] = { "communication", N_("Communication") },
  [QUADRANT_CSV_FIELD_CHANNEL] = { "channel", N_("Channel") },
  [QUADRANT_CSV_FIELD_FREQUENCY] = { "frequency", N_("Frequency") },
  [QUADRANT_CSV_FIELD_RESPONSIBLE] = { "responsible", N_("Responsible") },
  [QUADRANT_CSV_FIELD_LAST_REVIEWED] = { "last-reviewed", N_("Last reviewed") },
  [QUADRANT_CSV_FIELD_NOTES] = { "notes", N_("Notes") },
  [QUADRANT_CSV_FIELD_REQUIREMENT_ID] = { "requirement-id", N_("Requirement ID") },
  [QUADRANT_CSV_FIELD_STATEMENT] = { "requirement", N_("Requirement") },
  [QUADRANT_CSV_FIELD_TYPE] = { "type", N_("Requirement type") },
  [QUADRANT_CSV_FIELD_SOURCE] = { "source", N_("Source") },
  [QUADRANT_CSV_FIELD_PRIORITY] = { "priority", N_("Priority") },
  [QUADRANT_CSV_FIELD_DECISION] = { "decision", N_("Decision") },
  [QUADRANT_CSV_FIELD_RATIONALE] = { "rationale", N_("Rationale") },
  [QUADRANT_CSV_FIELD_REFERENCES] = { "references", N_("References") },
  [QUADRANT_CSV_FIELD_REQUIREMENT_OWNER] = { "requirement-owner", N_("Requirement owner") },
  [QUADRANT_CSV_FIELD_REVIEW_DATE] = { "review-date", N_("Review date") },
  [QUADRANT_CSV_FIELD_REFERENCE] = { "reference", N_("Reference code") },
  [QUADRANT_CSV_FIELD_REQUIREMENT_REFERENCE] = { "requirement-reference", N_("Requirement reference code") },
  /* "relevant", not "relevance": a "Relevance" column usually rates interest. */
  [QUADRANT_CSV_FIELD_RELEVANT] = { "relevant", N_("Relevant to the ISMS") },
  [QUADRANT_CSV_FIELD_RELEVANCE_RATIONALE] = { "relevance-rationale", N_("Relevance rationale") },
  [QUADRANT_CSV_FIELD_RELEVANCE_DECIDED] = { "relevance-decided", N_("Relevance decided on") },
  [QUADRANT_CSV_FIELD_REQUIREMENT_NOTES] = { "requirement-notes", N_("Requirement notes") },
};

/* Columns of our own exports that are derived, not data: ignored. */
static const char * const derived_columns[] = { "quadrant", "requirements", "undecided" };

static char *
compact (const char *text)
{
  return quadrant_vocabulary_compact (text);
}

const char *
quadrant_csv_field_to_name (QuadrantCsvField field)
{
  g_return_val_if_fail (field < QUADRANT_CSV_N_FIELDS, NULL);

  return fields[field].name;
}

const char *
quadrant_csv_field_to_label (QuadrantCsvField field)
{
  g_return_val_if_fail (field < QUADRANT_CSV_N_FIELDS, NULL);

  return _(fields[field].label);
}

static QuadrantCsvField
field_by_name (const char *name)
{
  for (guint f = QUADRANT_CSV_FIELD_NONE + 1; f < QUADRANT_CSV_N_FIELDS; f++)
    if (g_strcmp0 (name, fields[f].name) == 0)
      return f;

  return QUADRANT_CSV_N_FIELDS;
}

/* QUADRANT_CSV_N_FIELDS when nothing matches. */
static QuadrantCsvField
field_for_header (const char *header)
{
  g_autofree char *key = compact (header);

  for (guint i = 0; i < G_N_ELEMENTS (derived_columns); i++)
    if (g_str_equal (key, derived_columns[i]))
      return QUADRANT_CSV_FIELD_NONE;

  for (guint f = QUADRANT_CSV_FIELD_NONE + 1; f < QUADRANT_CSV_N_FIELDS; f++)
    {
      g_autofree char *name = compact (fields[f].name);
      g_autofree char *label = compact (fields[f].label);

      if (g_str_equal (key, name) || g_str_equal (key, label))
        return f;
    }

  return field_by_name (quadrant_vocabulary_lookup ("fields", header));
}

guint
_quadrant_csv_header_score (GPtrArray *cells,
                            gboolean  *has_name)
{
  guint score = 0;

  *has_name = FALSE;
  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      QuadrantCsvField field;

      if (cell[0] == '\0' || strlen (cell) > 200)
        continue;
      field = field_for_header (cell);
      if (field == QUADRANT_CSV_N_FIELDS || field == QUADRANT_CSV_FIELD_NONE)
        continue;
      score++;
      *has_name |= field == QUADRANT_CSV_FIELD_NAME;
    }

  return score;
}

QuadrantCsvField
quadrant_csv_field_from_name (const char *name)
{
  g_autofree char *key = NULL;
  QuadrantCsvField field;

  g_return_val_if_fail (name != NULL, QUADRANT_CSV_N_FIELDS);

  key = compact (name);
  if (g_str_equal (key, "ignore") || g_str_equal (key, "none"))
    return QUADRANT_CSV_FIELD_NONE;

  field = field_for_header (name);
  /* "quadrant" and other derived columns are not a field one can ask for. */
  if (field == QUADRANT_CSV_FIELD_NONE)
    return QUADRANT_CSV_N_FIELDS;

  return field;
}

/* ---- Mapping of an import ---- */

QuadrantCsvField
quadrant_csv_import_get_mapping (QuadrantCsvImport *self,
                                 guint              column)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), QUADRANT_CSV_FIELD_NONE);
  g_return_val_if_fail (column < self->mapping->len, QUADRANT_CSV_FIELD_NONE);

  return g_array_index (self->mapping, QuadrantCsvField, column);
}

void
quadrant_csv_import_set_mapping (QuadrantCsvImport *self,
                                 guint              column,
                                 QuadrantCsvField   field)
{
  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));
  g_return_if_fail (column < self->mapping->len);
  g_return_if_fail (field < QUADRANT_CSV_N_FIELDS);

  if (field != QUADRANT_CSV_FIELD_NONE)
    for (guint i = 0; i < self->mapping->len; i++)
      if (g_array_index (self->mapping, QuadrantCsvField, i) == field)
        g_array_index (self->mapping, QuadrantCsvField, i) = QUADRANT_CSV_FIELD_NONE;

  g_array_index (self->mapping, QuadrantCsvField, column) = field;
}

void
quadrant_csv_import_guess_mapping (QuadrantCsvImport *self)
{
  gboolean taken[QUADRANT_CSV_N_FIELDS] = { FALSE };

  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));

  /* The first column with a matching name wins a field. */
  for (guint i = 0; i < self->header->len; i++)
    {
      QuadrantCsvField field = field_for_header (g_ptr_array_index (self->header, i));

      if (field == QUADRANT_CSV_N_FIELDS || taken[field])
        field = QUADRANT_CSV_FIELD_NONE;
      taken[field] = field != QUADRANT_CSV_FIELD_NONE;
      g_array_index (self->mapping, QuadrantCsvField, i) = field;
    }
}

static gboolean
find_column (QuadrantCsvImport *self,
             const char        *name,
             guint             *column)
{
  if (name[0] == '#')
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (name + 1, 10, 1, self->header->len, &n, NULL))
        return FALSE;
      *column = (guint) n - 1;
      return TRUE;
    }

  for (guint i = 0; i < self->header->len; i++)
    {
      g_autofree char *a = g_utf8_casefold (g_ptr_array_index (self->header, i), -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (g_str_equal (a, b))
        {
          *column = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
quadrant_csv_import_apply_mapping_string (QuadrantCsvImport  *self,
                                          const char         *mapping,
                                          GError            **error)
{
  g_auto(GStrv) items = NULL;
  g_autoptr(GArray) result = NULL;
  gboolean given[QUADRANT_CSV_N_FIELDS] = { FALSE };

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);

  /* Worked out on a copy: a bad item leaves the mapping as it was. */
  result = g_array_copy (self->mapping);
  items = g_strsplit (mapping, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *equals = strchr (item, '=');
      QuadrantCsvField field;
      guint column;

      if (item[0] == '\0')
        continue;

      if (equals == NULL)
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("“%s” in the mapping is not FIELD=COLUMN"), item);
          return FALSE;
        }
      *equals = '\0';
      g_strstrip (item);
      g_strstrip (equals + 1);

      field = quadrant_csv_field_from_name (item);
      /* COLUMN=FIELD, and COLUMN=ignore to switch a guessed column off. */
      if ((field == QUADRANT_CSV_N_FIELDS || !find_column (self, equals + 1, &column)) &&
          find_column (self, item, &column))
        {
          g_autofree char *word = compact (equals + 1);

          field = g_str_equal (word, "ignore") || g_str_equal (word, "none")
                  ? QUADRANT_CSV_FIELD_NONE : quadrant_csv_field_from_name (equals + 1);
          if (field == QUADRANT_CSV_N_FIELDS)
            {
              g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                           _("“%s” in the mapping is not a field; fields are name, power, interest, requirement, …, or ignore"),
                           equals + 1);
              return FALSE;
            }
          if (field == QUADRANT_CSV_FIELD_NONE)
            {
              g_array_index (result, QuadrantCsvField, column) = QUADRANT_CSV_FIELD_NONE;
              continue;
            }
        }
      else if (field == QUADRANT_CSV_N_FIELDS || field == QUADRANT_CSV_FIELD_NONE)
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("“%s” in the mapping is not a field; fields are name, power, interest, requirement, …"),
                       item);
          return FALSE;
        }
      else if (!find_column (self, equals + 1, &column))
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("The file has no column “%s” (in the mapping for %s)"), equals + 1, item);
          return FALSE;
        }
      if (given[field])
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("The mapping names the field “%s” twice"), quadrant_csv_field_to_name (field));
          return FALSE;
        }
      for (guint k = 0; k < result->len; k++)
        {
          QuadrantCsvField other = g_array_index (result, QuadrantCsvField, k);

          if (other == field)
            g_array_index (result, QuadrantCsvField, k) = QUADRANT_CSV_FIELD_NONE;
          if (k == column && given[other] && other != QUADRANT_CSV_FIELD_NONE)
            {
              g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                           _("The mapping uses the column “%s” twice"), equals + 1);
              return FALSE;
            }
        }
      g_array_index (result, QuadrantCsvField, column) = field;
      given[field] = TRUE;
    }

  g_array_unref (self->mapping);
  self->mapping = g_steal_pointer (&result);

  return TRUE;
}

char *
quadrant_csv_import_dup_mapping_string (QuadrantCsvImport *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);

  for (guint i = 0; i < self->mapping->len; i++)
    {
      QuadrantCsvField field = g_array_index (self->mapping, QuadrantCsvField, i);
      const char *header = g_ptr_array_index (self->header, i);

      if (field == QUADRANT_CSV_FIELD_NONE)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ',');
      /* A header that the syntax cannot hold is named by its position. */
      if (header[0] == '\0' || header[0] == '#' || strpbrk (header, ",=") != NULL)
        g_string_append_printf (text, "%s=#%u", quadrant_csv_field_to_name (field), i + 1);
      else
        g_string_append_printf (text, "%s=%s", quadrant_csv_field_to_name (field), header);
    }

  return g_string_free (text, FALSE);
}

gboolean
quadrant_csv_import_check_mapping (QuadrantCsvImport  *self,
                                   GError            **error)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);

  for (guint i = 0; i < self->mapping->len; i++)
    if (g_array_index (self->mapping, QuadrantCsvField, i) == QUADRANT_CSV_FIELD_NAME)
      return TRUE;

  g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("No column holds the party names: map one to “Name”"));
  return FALSE;
}
