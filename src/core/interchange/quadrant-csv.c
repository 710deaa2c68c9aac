/* quadrant-csv.c: CSV (RFC 4180) export, safe against formula injection
 *
 * The output is UTF-8 and starts with a byte order mark (EF BB BF): without
 * it Excel, which is what most recipients of a register open a CSV with,
 * reads the file in the legacy ANSI code page and garbles every non-ASCII
 * name. LibreOffice, Python's "utf-8-sig" and most importers skip the mark;
 * an importer of these files must do the same.
 *
 * Rows end with CRLF (the last one too); a cell is quoted when it contains a
 * comma, a double quote, CR or LF, and quotes inside are doubled. Line breaks
 * inside a cell are kept as they are. The header row uses fixed, untranslated
 * column names and enumerated values are the register file's words
 * (quadrant_enum_to_nick), so that an importer can read an export back in any
 * locale. Power and interest are empty for a party not yet placed.
 *
 * A cell that starts with =, +, -, @, tab or CR gets a leading apostrophe so
 * that a spreadsheet shows it as text instead of evaluating it as a formula
 * (CWE-1236). No legitimate value is changed by this: negative numbers never
 * occur, and ids and dates never start with those characters.
 *
 * The columns, their headers and how each value is written come from the
 * field table (quadrant-field.h) through quadrant-export-table.h: a field with
 * a csv_header is a column. With labels, headers and values are translated
 * words for people instead ("Manage closely"); the import reads both.
 */
#define G_LOG_DOMAIN "quadrant-csv"

#include "config.h"

#include <string.h>

#include "quadrant-csv.h"

#define UTF8_BOM "\xEF\xBB\xBF"
#define CSV_ROW_END "\r\n"

void
quadrant_csv_append_cell (GString    *row,
                          const char *value)
{
  gboolean neutralise;
  gboolean quote;

  g_return_if_fail (row != NULL);

  if (value == NULL || value[0] == '\0')
    return;

  neutralise = strchr ("=+-@\t\r", value[0]) != NULL;
  quote = strpbrk (value, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (row, '"');
  if (neutralise)
    g_string_append_c (row, '\'');

  if (quote)
    {
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (row, '"');
          g_string_append_c (row, *p);
        }
      g_string_append_c (row, '"');
    }
  else
    {
      g_string_append (row, value);
    }
}

static void
end_row (GString *csv)
{
  g_string_append (csv, CSV_ROW_END);
}

static void
append_row (GString             *csv,
            QuadrantExportTable  table,
            GArray              *columns,
            QuadrantParty       *party,
            QuadrantRequirement *requirement,
            gboolean             labels)
{
  for (guint c = 0; c < columns->len; c++)
    {
      const QuadrantExportColumn *column = &g_array_index (columns, QuadrantExportColumn, c);

      if (c > 0)
        g_string_append_c (csv, ',');
      if (party == NULL)
        quadrant_csv_append_cell (csv, quadrant_export_column_header (table, column, labels));
      else
        {
          g_autofree char *value = quadrant_export_column_value (column, party, requirement, labels);

          quadrant_csv_append_cell (csv, value);
        }
    }
  end_row (csv);
}

char *
quadrant_csv_export (QuadrantRegister    *reg,
                     QuadrantExportTable  table,
                     gboolean             labels)
{
  g_autoptr(GString) csv = g_string_new (UTF8_BOM);
  g_autoptr(GArray) columns = quadrant_export_table_columns (table);
  GListModel *parties;
  guint n_parties;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  append_row (csv, table, columns, NULL, NULL, labels);

  parties = quadrant_register_get_parties (reg);
  n_parties = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = quadrant_party_get_requirements (party);
      guint n_requirements = g_list_model_get_n_items (requirements);

      /* A party without requirements still shows up, with empty requirement cells. */
      if (table == QUADRANT_EXPORT_TABLE_PARTIES || n_requirements == 0)
        {
          append_row (csv, table, columns, party, NULL, labels);
          continue;
        }

      for (guint j = 0; j < n_requirements; j++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (requirements, j);

          append_row (csv, table, columns, party, req, labels);
        }
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}

char *
quadrant_csv_export_requirements (QuadrantRegister *reg)
{
  return quadrant_csv_export (reg, QUADRANT_EXPORT_TABLE_REQUIREMENTS, FALSE);
}

char *
quadrant_csv_export_parties (QuadrantRegister *reg)
{
  return quadrant_csv_export (reg, QUADRANT_EXPORT_TABLE_PARTIES, FALSE);
}
