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
 * field table (quadrant-field.h): a field with a csv_header is a column.
 */
#define G_LOG_DOMAIN "quadrant-csv"

#include "config.h"

#include <string.h>

#include "quadrant-csv.h"
#include "quadrant-enum-types.h"

#define UTF8_BOM "\xEF\xBB\xBF"
#define CSV_ROW_END "\r\n"

/* Derived, not data: after the position, and the counts at the end. */
#define QUADRANT_COLUMN "quadrant"
static const char * const parties_count_columns[] = { "requirements", "undecided" };

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

static char *
format_references (GPtrArray *refs)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      QuadrantReference *ref = g_ptr_array_index (refs, i);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s: %s",
                              quadrant_enum_to_nick (QUADRANT_TYPE_REFERENCE_KIND, ref->kind),
                              ref->text != NULL ? ref->text : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether the field is a column of the export; with_requirements: of the
 * export with one row per requirement. */
static gboolean
is_column (const QuadrantFieldInfo *info,
           gboolean                 with_requirements)
{
  if (info->csv_header == NULL)
    return FALSE;
  return !with_requirements || info->object != QUADRANT_FIELD_OBJECT_PARTY ||
         (info->flags & QUADRANT_FIELD_FLAG_CSV_WITH_REQUIREMENTS);
}

/* The value of a field as a cell: enumerations as the file's words, power
 * and interest empty when not assessed, a choice that the file leaves out
 * (identified by: not recorded) empty too. */
static void
append_field_cell (GString                 *csv,
                   const QuadrantFieldInfo *info,
                   gpointer                 object)
{
  switch (info->type)
    {
    case QUADRANT_FIELD_TYPE_PERCENT:
      {
        int value = info->get_number (object);

        if (value != QUADRANT_NOT_ASSESSED)
          g_string_append_printf (csv, "%d", value);
      }
      break;
    case QUADRANT_FIELD_TYPE_CHOICE:
      {
        int value = info->get_number (object);

        if (value != 0 || !(info->flags & QUADRANT_FIELD_FLAG_OPTIONAL) ||
            (info->flags & QUADRANT_FIELD_FLAG_DEFAULT_IS_VALUE))
          quadrant_csv_append_cell (csv, quadrant_enum_to_nick (info->enum_type (), value));
      }
      break;
    case QUADRANT_FIELD_TYPE_REFERENCES:
      {
        g_autofree char *references = format_references (quadrant_requirement_get_references (object));

        quadrant_csv_append_cell (csv, references);
      }
      break;
    default:
      quadrant_csv_append_cell (csv, info->get_text (object));
    }
}

/* The header cells or (object given) the cells of the fields of one object;
 * the quadrant follows the last position field. */
static void
append_object (GString             *csv,
               QuadrantFieldObject  kind,
               gpointer             object,
               gboolean             with_requirements,
               gboolean             first)
{
  for (QuadrantField f = quadrant_field_object_first (kind); f < quadrant_field_object_end (kind); f++)
    {
      const QuadrantFieldInfo *info = quadrant_field_get_info (f);

      if (!is_column (info, with_requirements))
        continue;

      if (!first)
        g_string_append_c (csv, ',');
      first = FALSE;

      if (object == NULL)
        quadrant_csv_append_cell (csv, with_requirements && info->csv_qualified_header != NULL
                                         ? info->csv_qualified_header : info->csv_header);
      else
        append_field_cell (csv, info, object);

      if (f == QUADRANT_FIELD_PARTY_INTEREST)
        {
          g_string_append_c (csv, ',');
          if (object == NULL)
            g_string_append (csv, QUADRANT_COLUMN);
          else
            quadrant_csv_append_cell (csv, quadrant_enum_to_nick (QUADRANT_TYPE_QUADRANT,
                                                                  quadrant_party_get_quadrant (object)));
        }
    }
}

char *
quadrant_csv_export_requirements (QuadrantRegister *reg)
{
  g_autoptr(GString) csv = g_string_new (UTF8_BOM);
  GListModel *parties;
  guint n_parties, n_requirement_columns = 0;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  append_object (csv, QUADRANT_FIELD_OBJECT_PARTY, NULL, TRUE, TRUE);
  append_object (csv, QUADRANT_FIELD_OBJECT_REQUIREMENT, NULL, TRUE, FALSE);
  end_row (csv);

  for (QuadrantField f = quadrant_field_object_first (QUADRANT_FIELD_OBJECT_REQUIREMENT);
       f < quadrant_field_object_end (QUADRANT_FIELD_OBJECT_REQUIREMENT); f++)
    n_requirement_columns += is_column (quadrant_field_get_info (f), TRUE);

  parties = quadrant_register_get_parties (reg);
  n_parties = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = quadrant_party_get_requirements (party);
      guint n_requirements = g_list_model_get_n_items (requirements);

      /* A party without requirements still shows up, with empty requirement cells. */
      if (n_requirements == 0)
        {
          append_object (csv, QUADRANT_FIELD_OBJECT_PARTY, party, TRUE, TRUE);
          for (guint c = 0; c < n_requirement_columns; c++)
            g_string_append_c (csv, ',');
          end_row (csv);
          continue;
        }

      for (guint j = 0; j < n_requirements; j++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (requirements, j);

          append_object (csv, QUADRANT_FIELD_OBJECT_PARTY, party, TRUE, TRUE);
          append_object (csv, QUADRANT_FIELD_OBJECT_REQUIREMENT, req, TRUE, FALSE);
          end_row (csv);
        }
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}

char *
quadrant_csv_export_parties (QuadrantRegister *reg)
{
  g_autoptr(GString) csv = g_string_new (UTF8_BOM);
  GListModel *parties;
  guint n_parties;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  append_object (csv, QUADRANT_FIELD_OBJECT_PARTY, NULL, FALSE, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (parties_count_columns); i++)
    g_string_append_printf (csv, ",%s", parties_count_columns[i]);
  end_row (csv);

  parties = quadrant_register_get_parties (reg);
  n_parties = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      append_object (csv, QUADRANT_FIELD_OBJECT_PARTY, party, FALSE, TRUE);
      g_string_append_printf (csv, ",%u,%u", quadrant_party_get_n_requirements (party),
                              quadrant_party_get_n_undecided (party));
      end_row (csv);
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}
