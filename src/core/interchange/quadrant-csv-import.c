/* quadrant-csv-import.c: parties and requirements from a spreadsheet's CSV
 *
 * Reading happens in three steps, so that a dialog can show each of them:
 * parsing (bytes to rows of cells, with the line each row starts on), mapping
 * (columns to fields, guessed from the header), and validating (cells to
 * parties and requirements, collecting every reason a row cannot be used).
 * Applying adds what validation built to a register inside one undo group.
 *
 * Values are mapped by fixed rules: enumerations by the register file's word
 * or the label shown in the application, case-insensitively, with spaces,
 * hyphens and underscores alike, a missing plural "s" forgiven and a few
 * common synonyms (quadrant-csv-import-values.c: *_synonyms); power and interest as a
 * whole number 0–100 or High, Medium, Low (80, 50, 20). A cell that starts
 * with an apostrophe followed by =, +, -, @, tab or CR loses the apostrophe:
 * it is how our export (and many spreadsheets) protect such a cell from being
 * run as a formula. Cells are trimmed of surrounding white space.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"

G_DEFINE_FINAL_TYPE (QuadrantCsvImport, quadrant_csv_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (quadrant-csv-import-error-quark, quadrant_csv_import_error)

void
quadrant_csv_problem_free (QuadrantCsvProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->message);
  g_free (problem);
}

/* ---- GObject ---- */

static void
quadrant_csv_import_finalize (GObject *object)
{
  QuadrantCsvImport *self = QUADRANT_CSV_IMPORT (object);

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->mapping, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->planned, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->dates, _quadrant_csv_dates_free);

  G_OBJECT_CLASS (quadrant_csv_import_parent_class)->finalize (object);
}

static void
quadrant_csv_import_class_init (QuadrantCsvImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = quadrant_csv_import_finalize;
}

static void
quadrant_csv_import_init (QuadrantCsvImport *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, _quadrant_row_clear);
  self->mapping = g_array_new (FALSE, TRUE, sizeof (QuadrantCsvField));
  self->levels[0] = QUADRANT_CSV_HIGH;
  self->levels[1] = -1; /* by the chosen side of the boundary */
  self->levels[2] = QUADRANT_CSV_LOW;
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_csv_problem_free);
  self->planned = g_ptr_array_new_with_free_func (_quadrant_csv_planned_free);
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_csv_problem_free);
  self->scales[0] = self->scales[1] = 100;
  self->medium_high = TRUE;
  self->other_axis = QUADRANT_NOT_ASSESSED;
  self->split_lines = TRUE;
}

/* ---- Header row ---- */

/* Rows above the header that are looked at: title rows, merged group
 * headings and notes on how to fill the sheet in. */
#define HEADER_SEARCH_ROWS 12

/* The row among the first few that names the most fields; the first row
 * when none names any. */
static guint
find_header_row (GArray   *rows,
                 gboolean *has_name)
{
  guint best = 0, best_score = 0;

  *has_name = FALSE;
  for (guint i = 0; i < rows->len && i < HEADER_SEARCH_ROWS; i++)
    {
      gboolean name = FALSE;
      guint score = _quadrant_csv_header_score (g_array_index (rows, Row, i).cells, &name);

      /* A column naming the party counts double: it is what a header needs. */
      score = score * 2 + (name ? 2 : 0);
      if (score > best_score)
        {
          best = i;
          best_score = score;
          *has_name = name;
        }
    }

  return best;
}

/* ---- Public API: reading ---- */

guint
quadrant_csv_import_find_sheet (QuadrantWorkbook *workbook)
{
  guint first_with_fields = G_MAXUINT;

  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (workbook), 0);

  for (guint s = 0; s < quadrant_workbook_get_n_sheets (workbook); s++)
    {
      GArray *rows = _quadrant_workbook_get_rows (workbook, s);
      gboolean has_name = FALSE;
      guint header;

      if (rows->len < 2)
        continue;
      header = find_header_row (rows, &has_name);
      if (has_name && header + 1 < rows->len)
        return s;
      if (first_with_fields == G_MAXUINT &&
          _quadrant_csv_header_score (g_array_index (rows, Row, header).cells, &has_name) > 0)
        first_with_fields = s;
    }

  return first_with_fields != G_MAXUINT ? first_with_fields : 0;
}

QuadrantCsvImport *
quadrant_csv_import_new_from_workbook (QuadrantWorkbook  *workbook,
                                       guint              sheet,
                                       GError           **error)
{
  g_autoptr(QuadrantCsvImport) self = NULL;
  GArray *rows;
  gboolean has_name;
  guint header;

  g_return_val_if_fail (QUADRANT_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (sheet < quadrant_workbook_get_n_sheets (workbook), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = _quadrant_workbook_get_rows (workbook, sheet);
  if (rows->len == 0)
    {
      if (quadrant_workbook_get_n_sheets (workbook) > 1)
        g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_EMPTY,
                     _("The sheet “%s” is empty"), quadrant_workbook_get_sheet_name (workbook, sheet));
      else
        g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_EMPTY,
                             _("The file is empty"));
      return NULL;
    }

  header = find_header_row (rows, &has_name);
  if (header + 1 >= rows->len)
    {
      g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_NO_ROWS,
                           _("The file has a header row but no rows of data"));
      return NULL;
    }

  self = g_object_new (QUADRANT_TYPE_CSV_IMPORT, NULL);
  self->workbook = g_object_ref (workbook);
  self->sheet = sheet;
  self->header_line = g_array_index (rows, Row, header).line;
  self->header = g_ptr_array_new_with_free_func (g_free);
  {
    GPtrArray *cells = g_array_index (rows, Row, header).cells;

    for (guint k = 0; k < cells->len; k++)
      g_ptr_array_add (self->header, g_strstrip (g_strdup (g_ptr_array_index (cells, k))));
  }
  for (guint i = header + 1; i < rows->len; i++)
    {
      const Row *from = &g_array_index (rows, Row, i);
      Row row = { from->line, g_ptr_array_ref (from->cells) };

      g_array_append_val (self->rows, row);
    }

  g_array_set_size (self->mapping, self->header->len);
  quadrant_csv_import_guess_mapping (self);

  return g_steal_pointer (&self);
}

QuadrantCsvImport *
quadrant_csv_import_new_from_data (const char  *data,
                                   gsize        length,
                                   GError     **error)
{
  g_autoptr(QuadrantWorkbook) workbook = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  workbook = quadrant_workbook_new_from_data (data, length, QUADRANT_WORKBOOK_FORMAT_AUTO, error);
  if (workbook == NULL)
    return NULL;

  return quadrant_csv_import_new_from_workbook (workbook, quadrant_csv_import_find_sheet (workbook), error);
}

QuadrantCsvImport *
quadrant_csv_import_new_from_file (GFile   *file,
                                   GError **error)
{
  g_autoptr(QuadrantWorkbook) workbook = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  workbook = quadrant_workbook_new_from_file (file, QUADRANT_WORKBOOK_FORMAT_AUTO, error);
  if (workbook == NULL)
    return NULL;

  return quadrant_csv_import_new_from_workbook (workbook, quadrant_csv_import_find_sheet (workbook), error);
}

QuadrantWorkbook *
quadrant_csv_import_get_workbook (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);

  return self->workbook;
}

guint
quadrant_csv_import_get_sheet (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->sheet;
}

guint
quadrant_csv_import_get_header_line (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->header_line;
}

char
quadrant_csv_import_get_separator (QuadrantCsvImport *self)
{
  char separator;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), ',');

  separator = quadrant_workbook_get_separator (self->workbook);
  return separator != 0 ? separator : ',';
}

guint
quadrant_csv_import_get_n_columns (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->header->len;
}

const char *
quadrant_csv_import_get_header (QuadrantCsvImport *self,
                                guint              column)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->header->len, NULL);

  return g_ptr_array_index (self->header, column);
}

guint
quadrant_csv_import_get_n_rows (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->rows->len;
}

guint
quadrant_csv_import_get_row_line (QuadrantCsvImport *self,
                                  guint              row)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).line;
}

const char *
quadrant_csv_import_get_cell (QuadrantCsvImport *self,
                              guint              row,
                              guint              column)
{
  GPtrArray *cells;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  cells = g_array_index (self->rows, Row, row).cells;
  return column < cells->len ? g_ptr_array_index (cells, column) : NULL;
}

void
quadrant_csv_import_set_levels (QuadrantCsvImport *self,
                                int                high,
                                int                medium,
                                int                low)
{
  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));
  g_return_if_fail (high >= 0 && high <= 100 && medium >= 0 && medium <= 100 && low >= 0 && low <= 100);

  self->levels[0] = high;
  self->levels[1] = medium;
  self->levels[2] = low;
}

/* ---- Result of the last validation ---- */

guint
quadrant_csv_import_get_n_planned (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->planned->len;
}

QuadrantParty *
quadrant_csv_import_get_planned_party (QuadrantCsvImport *self,
                                       guint              index,
                                       gboolean          *is_new,
                                       guint             *n_requirements)
{
  Planned *planned;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->planned->len, NULL);

  planned = g_ptr_array_index (self->planned, index);
  if (is_new != NULL)
    *is_new = planned->is_new;
  if (n_requirements != NULL)
    *n_requirements = planned->requirements->len;
  return planned->party;
}

guint
quadrant_csv_import_get_n_parties (QuadrantCsvImport *self)
{
  guint n = 0;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  for (guint i = 0; i < self->planned->len; i++)
    n += ((Planned *) g_ptr_array_index (self->planned, i))->is_new;

  return n;
}

guint
quadrant_csv_import_get_n_requirements (QuadrantCsvImport *self)
{
  guint n = 0;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  for (guint i = 0; i < self->planned->len; i++)
    n += ((Planned *) g_ptr_array_index (self->planned, i))->requirements->len;

  return n;
}

/* ---- Choices ---- */

void
quadrant_csv_import_set_medium_high (QuadrantCsvImport *self,
                                     gboolean           medium_high)
{
  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));

  self->medium_high = !!medium_high;
}

gboolean
quadrant_csv_import_get_medium_high (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), TRUE);

  return self->medium_high;
}

void
quadrant_csv_import_set_other_axis (QuadrantCsvImport *self,
                                    int                value)
{
  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));
  g_return_if_fail (value == QUADRANT_NOT_ASSESSED || (value >= 0 && value <= 100));

  self->other_axis = value;
}

int
quadrant_csv_import_get_other_axis (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), QUADRANT_NOT_ASSESSED);

  return self->other_axis;
}

void
quadrant_csv_import_set_unmapped_to_notes (QuadrantCsvImport *self,
                                           gboolean           to_notes)
{
  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));

  self->unmapped_to_notes = !!to_notes;
}

gboolean
quadrant_csv_import_get_unmapped_to_notes (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);

  return self->unmapped_to_notes;
}

void
quadrant_csv_import_set_split (QuadrantCsvImport *self,
                               gboolean           lines,
                               gboolean           semicolons)
{
  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));

  self->split_lines = !!lines;
  self->split_semicolons = !!semicolons;
}

gboolean
quadrant_csv_import_get_split_lines (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);

  return self->split_lines;
}

gboolean
quadrant_csv_import_get_split_semicolons (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);

  return self->split_semicolons;
}

GPtrArray *
quadrant_csv_import_get_warnings (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);

  return self->warnings;
}

guint
quadrant_csv_import_get_scale (QuadrantCsvImport *self,
                               QuadrantCsvField   field)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 100);
  g_return_val_if_fail (field == QUADRANT_CSV_FIELD_POWER || field == QUADRANT_CSV_FIELD_INTEREST, 100);

  return self->scales[field == QUADRANT_CSV_FIELD_POWER ? 0 : 1];
}

static gboolean
maps (QuadrantCsvImport *self,
      QuadrantCsvField   field)
{
  for (guint c = 0; c < self->mapping->len; c++)
    if (g_array_index (self->mapping, QuadrantCsvField, c) == field)
      return TRUE;
  return FALSE;
}

guint
quadrant_csv_import_find_requirements_sheet (QuadrantCsvImport *self)
{
  guint n_sheets;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), G_MAXUINT);

  if (!maps (self, QUADRANT_CSV_FIELD_PARTY_ID) || maps (self, QUADRANT_CSV_FIELD_STATEMENT))
    return G_MAXUINT;

  n_sheets = quadrant_workbook_get_n_sheets (self->workbook);
  for (guint s = 0; s < n_sheets; s++)
    {
      g_autoptr(QuadrantCsvImport) other = NULL;

      if (s == self->sheet)
        continue;
      other = quadrant_csv_import_new_from_workbook (self->workbook, s, NULL);
      if (other != NULL && maps (other, QUADRANT_CSV_FIELD_PARTY_ID) && maps (other, QUADRANT_CSV_FIELD_STATEMENT))
        return s;
    }
  return G_MAXUINT;
}
