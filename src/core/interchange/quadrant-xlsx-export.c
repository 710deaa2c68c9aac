/* quadrant-xlsx-export.c: the register as an Excel workbook, with libxlsxwriter
 *
 * libxlsxwriter writes to a file name only: the workbook is written to a
 * private temporary file and read back as bytes, which the caller saves
 * like every other export (through a temporary file beside the target).
 */
#define G_LOG_DOMAIN "quadrant-xlsx-export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "quadrant-check.h"
#include "quadrant-enum-types.h"
#include "quadrant-export-table.h"
#include "quadrant-relevance.h"
#include "quadrant-xlsx-export.h"

G_DEFINE_QUARK (quadrant-xlsx-export-error-quark, quadrant_xlsx_export_error)

/* Column widths, in characters: from the longest value, within reason. */
#define MIN_WIDTH 8.0
#define MAX_WIDTH 60.0

typedef struct {
  lxw_workbook  *workbook;
  GArray        *lists;       /* Pending: the drop-down lists to add at the end */
  lxw_format    *header;
  lxw_format    *wrap;
  GError        *error;
} Export;

static void
set_failed (Export     *self,
            lxw_error   code)
{
  if (self->error == NULL)
    g_set_error (&self->error, QUADRANT_XLSX_EXPORT_ERROR, QUADRANT_XLSX_EXPORT_ERROR_FAILED,
                 _("The workbook could not be written: %s"), lxw_strerror (code));
}

/* The cell's text; a text longer than a cell holds is refused by name. */
static void
write_text (Export        *self,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            const char    *header,
            const char    *party_name,
            double        *width)
{
  glong n_chars;
  lxw_error code;

  if (text == NULL || text[0] == '\0' || self->error != NULL)
    return;

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > QUADRANT_XLSX_MAX_CELL_CHARS)
    {
      g_set_error (&self->error, QUADRANT_XLSX_EXPORT_ERROR, QUADRANT_XLSX_EXPORT_ERROR_TOO_LONG,
                   /* Translators: the first %s is a column such as "Notes", the second a party's name;
                    * the column is quoted, so that no article has to agree with it */
                   _("The column “%s” of the party “%s” is %ld characters long, but a cell of a workbook holds "
                     "at most %d; export it as CSV, which has no such limit"),
                   header, party_name, n_chars, QUADRANT_XLSX_MAX_CELL_CHARS);
      return;
    }

  code = worksheet_write_string (sheet, row, col, text, strchr (text, '\n') != NULL ? self->wrap : NULL);
  if (code != LXW_NO_ERROR)
    set_failed (self, code);
  *width = MAX (*width, MIN (MAX_WIDTH, (double) MIN (n_chars, 80) + 2));
}

typedef struct {
  lxw_worksheet *sheet;
  lxw_col_t      col;
  lxw_row_t      last_row;
  GType          type;
} List;

/* The drop-downs of the enumerations' labels below the headers. The values
 * are on a hidden last sheet, as a list written into the validation itself
 * may not be longer than 255 characters (the kinds are longer). */
static void
add_lists (Export *self)
{
  lxw_worksheet *lists;
  lxw_col_t n_columns = 0;
  GType columns[16];
  lxw_row_t lengths[16];

  if (self->lists->len == 0)
    return;
  lists = workbook_add_worksheet (self->workbook, "Lists");
  for (guint i = 0; i < self->lists->len; i++)
    {
      const List *list = &g_array_index (self->lists, List, i);
      lxw_data_validation validation = { 0 };
      g_autofree char *range = NULL;
      char column_name[8];
      lxw_col_t col = 0;

      while (col < n_columns && columns[col] != list->type)
        col++;
      if (col == n_columns)
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (list->type);

          g_assert (n_columns < G_N_ELEMENTS (columns));
          columns[n_columns++] = list->type;
          lengths[col] = 0;
          for (guint v = 0; v < klass->n_values; v++)
            worksheet_write_string (lists, lengths[col]++, col,
                                    quadrant_enum_to_label (list->type, klass->values[v].value), NULL);
        }

      lxw_col_to_name (column_name, col, TRUE);
      range = g_strdup_printf ("=Lists!%s$1:%s$%u", column_name, column_name, lengths[col]);
      validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      validation.value_formula = range;
      validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
      worksheet_data_validation_range (list->sheet, 1, list->col, MAX (list->last_row, 1), list->col, &validation);
    }
  worksheet_hide (lists);
}

static void
write_table (Export              *self,
             QuadrantRegister    *reg,
             QuadrantExportTable  table,
             const char          *name)
{
  lxw_worksheet *sheet = workbook_add_worksheet (self->workbook, name);
  g_autoptr(GArray) columns = quadrant_export_table_columns (table);
  g_autofree double *widths = g_new0 (double, columns->len);
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n_parties = g_list_model_get_n_items (parties);
  lxw_row_t row = 0;

  for (guint c = 0; c < columns->len; c++)
    {
      const char *header = quadrant_export_column_header (table, &g_array_index (columns, QuadrantExportColumn, c), TRUE);

      worksheet_write_string (sheet, 0, c, header, self->header);
      widths[c] = MAX (MIN_WIDTH, g_utf8_strlen (header, -1) + 4.0);
    }

  for (guint i = 0; i < n_parties && self->error == NULL; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = quadrant_party_get_requirements (party);
      guint n_rows = table == QUADRANT_EXPORT_TABLE_REQUIREMENTS ? g_list_model_get_n_items (requirements) : 0;

      /* A party without requirements still has its row in the Requirements sheet. */
      for (guint j = 0; j < MAX (n_rows, 1) && self->error == NULL; j++)
        {
          g_autoptr(QuadrantRequirement) req = n_rows > 0 ? g_list_model_get_item (requirements, j) : NULL;

          row++;
          for (guint c = 0; c < columns->len; c++)
            {
              const QuadrantExportColumn *column = &g_array_index (columns, QuadrantExportColumn, c);
              g_autofree char *value = quadrant_export_column_value (column, party, req, TRUE);

              if (value != NULL && quadrant_export_column_is_number (column))
                worksheet_write_number (sheet, row, c, g_ascii_strtod (value, NULL), NULL);
              else
                write_text (self, sheet, row, c, value, quadrant_export_column_header (table, column, TRUE),
                            quadrant_party_get_name (party), &widths[c]);
            }
        }
    }

  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, row, columns->len - 1);
  for (guint c = 0; c < columns->len; c++)
    {
      const QuadrantExportColumn *column = &g_array_index (columns, QuadrantExportColumn, c);
      GType type = quadrant_export_column_enum (column);

      worksheet_set_column (sheet, c, c, widths[c], NULL);
      /* The quadrant follows from power and interest: no list to choose from. */
      if (type != G_TYPE_NONE && column->kind == QUADRANT_EXPORT_COLUMN_FIELD)
        {
          List list = { sheet, c, row, type };

          g_array_append_val (self->lists, list);
        }
    }
}

/* A sheet's name, translated where the translation is one Excel accepts
 * (at most 31 characters, none of []:*?/\). */
static const char *
sheet_name (Export     *self,
            const char *untranslated)
{
  const char *name = _(untranslated);

  return workbook_validate_sheet_name (self->workbook, name) == LXW_NO_ERROR ? name : untranslated;
}

static const char *
severity_label (QuadrantSeverity severity)
{
  switch (severity)
    {
    case QUADRANT_SEVERITY_ERROR: return _("Error");
    case QUADRANT_SEVERITY_WARNING: return _("Warning");
    case QUADRANT_SEVERITY_INFO: return _("Information");
    default: g_assert_not_reached ();
    }
}

static void
write_findings (Export           *self,
                QuadrantRegister *reg,
                GDate            *today)
{
  lxw_worksheet *sheet = workbook_add_worksheet (self->workbook, sheet_name (self, N_("Findings")));
  g_autoptr(GPtrArray) findings = quadrant_check_register (reg, today);
  const char *headers[] = { _("Severity"), _("Party"), _("Requirement"), _("Finding") };
  double widths[G_N_ELEMENTS (headers)];

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      worksheet_write_string (sheet, 0, c, headers[c], self->header);
      widths[c] = MAX (MIN_WIDTH, g_utf8_strlen (headers[c], -1) + 4.0);
    }

  for (guint i = 0; i < findings->len && self->error == NULL; i++)
    {
      QuadrantFinding *finding = g_ptr_array_index (findings, i);
      QuadrantParty *party = quadrant_finding_get_party (finding);
      QuadrantRequirement *req = quadrant_finding_get_requirement (finding);
      const char *party_name = party != NULL ? quadrant_party_get_name (party) : "";
      lxw_row_t row = i + 1;

      write_text (self, sheet, row, 0, severity_label (quadrant_finding_get_severity (finding)), headers[0], party_name, &widths[0]);
      write_text (self, sheet, row, 1, party_name, headers[1], party_name, &widths[1]);
      write_text (self, sheet, row, 2, req != NULL ? quadrant_requirement_get_statement (req) : NULL,
                  headers[2], party_name, &widths[2]);
      write_text (self, sheet, row, 3, quadrant_finding_get_message (finding), headers[3], party_name, &widths[3]);
    }

  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, findings->len, G_N_ELEMENTS (headers) - 1);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    worksheet_set_column (sheet, c, c, widths[c], NULL);
}

/* As in the HTML report: the parties judged not relevant, with the reason
 * and the date, on a sheet of their own. They stay on the Parties sheet too
 * (with their relevance), so the workbook imports back to the same register;
 * the import reads this sheet no more than the findings. */
static void
write_not_relevant (Export           *self,
                    QuadrantRegister *reg)
{
  /* TRANSLATORS: a sheet's name in the exported workbook: at most 31 characters */
  lxw_worksheet *sheet = workbook_add_worksheet (self->workbook, sheet_name (self, N_("Considered, Not Relevant")));
  const QuadrantField fields[] = {
    QUADRANT_FIELD_PARTY_NAME, QUADRANT_FIELD_PARTY_KIND,
    QUADRANT_FIELD_PARTY_RELEVANCE_RATIONALE, QUADRANT_FIELD_PARTY_RELEVANCE_DECIDED,
  };
  double widths[G_N_ELEMENTS (fields)];
  GListModel *parties = quadrant_register_get_parties (reg);
  lxw_row_t row = 0;

  for (guint c = 0; c < G_N_ELEMENTS (fields); c++)
    {
      const QuadrantExportColumn column = { QUADRANT_EXPORT_COLUMN_FIELD, fields[c] };
      const char *header = quadrant_export_column_header (QUADRANT_EXPORT_TABLE_PARTIES, &column, TRUE);

      worksheet_write_string (sheet, 0, c, header, self->header);
      widths[c] = MAX (MIN_WIDTH, g_utf8_strlen (header, -1) + 4.0);
    }

  for (guint i = 0; i < g_list_model_get_n_items (parties) && self->error == NULL; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_get_relevance (party) != QUADRANT_RELEVANCE_NOT_RELEVANT)
        continue;
      row++;
      for (guint c = 0; c < G_N_ELEMENTS (fields); c++)
        {
          const QuadrantExportColumn column = { QUADRANT_EXPORT_COLUMN_FIELD, fields[c] };
          g_autofree char *value = quadrant_export_column_value (&column, party, NULL, TRUE);

          write_text (self, sheet, row, c, value,
                      quadrant_export_column_header (QUADRANT_EXPORT_TABLE_PARTIES, &column, TRUE),
                      quadrant_party_get_name (party), &widths[c]);
        }
    }

  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, row, G_N_ELEMENTS (fields) - 1);
  for (guint c = 0; c < G_N_ELEMENTS (fields); c++)
    worksheet_set_column (sheet, c, c, widths[c], NULL);
}

GBytes *
quadrant_xlsx_export (QuadrantRegister  *reg,
                      GDate             *today,
                      GError           **error)
{
  Export self = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  lxw_error code;
  int fd;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fd = g_file_open_tmp ("quadrant-XXXXXX.xlsx", &path, error);
  if (fd < 0)
    return NULL;
  close (fd);

  self.workbook = workbook_new (path);
  if (self.workbook == NULL)
    {
      g_set_error (error, QUADRANT_XLSX_EXPORT_ERROR, QUADRANT_XLSX_EXPORT_ERROR_FAILED,
                   _("The workbook could not be started in the temporary file %s"), path);
      g_unlink (path);
      return NULL;
    }
  self.lists = g_array_new (FALSE, FALSE, sizeof (List));
  self.header = workbook_add_format (self.workbook);
  format_set_bold (self.header);
  format_set_bottom (self.header, LXW_BORDER_THIN);
  self.wrap = workbook_add_format (self.workbook);
  format_set_text_wrap (self.wrap);
  format_set_align (self.wrap, LXW_ALIGN_VERTICAL_TOP);

  write_table (&self, reg, QUADRANT_EXPORT_TABLE_PARTIES, sheet_name (&self, N_("Parties")));
  write_table (&self, reg, QUADRANT_EXPORT_TABLE_REQUIREMENTS, sheet_name (&self, N_("Requirements")));
  write_findings (&self, reg, today);
  write_not_relevant (&self, reg);
  add_lists (&self);
  g_array_unref (self.lists);

  code = workbook_close (self.workbook);
  if (code != LXW_NO_ERROR)
    set_failed (&self, code);
  if (self.error == NULL && !g_file_get_contents (path, &contents, &length, &self.error))
    g_prefix_error (&self.error, _("The written workbook could not be read back: "));
  g_unlink (path);

  if (self.error != NULL)
    {
      g_propagate_error (error, self.error);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
