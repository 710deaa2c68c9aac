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

  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->mapping, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->planned, g_ptr_array_unref);

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
  self->separator = ',';
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, _quadrant_csv_row_clear);
  self->mapping = g_array_new (FALSE, TRUE, sizeof (QuadrantCsvField));
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_csv_problem_free);
  self->planned = g_ptr_array_new_with_free_func (_quadrant_csv_planned_free);
}

/* ---- Public API: reading ---- */

QuadrantCsvImport *
quadrant_csv_import_new_from_data (const char  *data,
                                   gsize        length,
                                   GError     **error)
{
  g_autoptr(QuadrantCsvImport) self = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (QUADRANT_TYPE_CSV_IMPORT, NULL);
  if (!_quadrant_csv_parse (data != NULL ? data : "", length, &self->separator, &self->header, self->rows, error))
    return NULL;

  g_array_set_size (self->mapping, self->header->len);
  quadrant_csv_import_guess_mapping (self);

  return g_steal_pointer (&self);
}

QuadrantCsvImport *
quadrant_csv_import_new_from_file (GFile   *file,
                                   GError **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > QUADRANT_CSV_IMPORT_MAX_SIZE)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB"), QUADRANT_CSV_IMPORT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return quadrant_csv_import_new_from_data (contents, length, error);
}

char
quadrant_csv_import_get_separator (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), ',');

  return self->separator;
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

guint
quadrant_csv_import_get_row_n_cells (QuadrantCsvImport *self,
                                     guint              row)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).cells->len;
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
