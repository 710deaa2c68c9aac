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
 */
#define G_LOG_DOMAIN "quadrant-csv"

#include "config.h"

#include <string.h>

#include "quadrant-csv.h"
#include "quadrant-enum-types.h"

#define UTF8_BOM "\xEF\xBB\xBF"
#define CSV_ROW_END "\r\n"

static const char * const party_columns[] = {
  "party-id", "party-name", "category", "kind", "power", "interest", "quadrant",
  "current-support", "desired-support", "party-owner",
};

static const char * const requirement_columns[] = {
  "requirement-id", "statement", "type", "source", "priority", "decision",
  "rationale", "references", "requirement-owner", "review-date",
};

static const char * const parties_csv_columns[] = {
  "party-id", "name", "category", "kind", "description", "power", "interest",
  "quadrant", "current-support", "desired-support", "owner", "contact",
  "identified-by", "identified-on", "engagement-communication",
  "engagement-channel", "engagement-frequency", "engagement-responsible",
  "last-reviewed", "notes", "requirements", "undecided",
};

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
append_cells (GString            *csv,
              const char * const *cells,
              gsize               n_cells)
{
  for (gsize i = 0; i < n_cells; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      quadrant_csv_append_cell (csv, cells[i]);
    }
}

static void
end_row (GString *csv)
{
  g_string_append (csv, CSV_ROW_END);
}

/* Power or interest: empty when the party is not placed. */
static char *
format_position (int value)
{
  if (value == QUADRANT_NOT_ASSESSED)
    return g_strdup ("");

  return g_strdup_printf ("%d", value);
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

static void
append_party_cells (GString       *csv,
                    QuadrantParty *party)
{
  g_autofree char *power = format_position (quadrant_party_get_power (party));
  g_autofree char *interest = format_position (quadrant_party_get_interest (party));
  const char *cells[G_N_ELEMENTS (party_columns)] = {
    quadrant_party_get_id (party),
    quadrant_party_get_name (party),
    quadrant_enum_to_nick (QUADRANT_TYPE_CATEGORY, quadrant_party_get_category (party)),
    quadrant_enum_to_nick (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)),
    power,
    interest,
    quadrant_enum_to_nick (QUADRANT_TYPE_QUADRANT, quadrant_party_get_quadrant (party)),
    quadrant_enum_to_nick (QUADRANT_TYPE_SUPPORT, quadrant_party_get_current_support (party)),
    quadrant_enum_to_nick (QUADRANT_TYPE_SUPPORT, quadrant_party_get_desired_support (party)),
    quadrant_party_get_owner (party),
  };

  append_cells (csv, cells, G_N_ELEMENTS (cells));
}

static void
append_requirement_cells (GString             *csv,
                          QuadrantRequirement *req)
{
  g_autofree char *references = format_references (quadrant_requirement_get_references (req));
  const char *cells[G_N_ELEMENTS (requirement_columns)] = {
    quadrant_requirement_get_id (req),
    quadrant_requirement_get_statement (req),
    quadrant_enum_to_nick (QUADRANT_TYPE_REQUIREMENT_TYPE, quadrant_requirement_get_requirement_type (req)),
    quadrant_requirement_get_source (req),
    quadrant_enum_to_nick (QUADRANT_TYPE_PRIORITY, quadrant_requirement_get_priority (req)),
    quadrant_enum_to_nick (QUADRANT_TYPE_DECISION, quadrant_requirement_get_decision (req)),
    quadrant_requirement_get_rationale (req),
    references,
    quadrant_requirement_get_owner (req),
    quadrant_requirement_get_review_date (req),
  };

  append_cells (csv, cells, G_N_ELEMENTS (cells));
}

char *
quadrant_csv_export_requirements (QuadrantRegister *reg)
{
  g_autoptr(GString) csv = g_string_new (UTF8_BOM);
  GListModel *parties;
  guint n_parties;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  append_cells (csv, party_columns, G_N_ELEMENTS (party_columns));
  g_string_append_c (csv, ',');
  append_cells (csv, requirement_columns, G_N_ELEMENTS (requirement_columns));
  end_row (csv);

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
          append_party_cells (csv, party);
          for (guint c = 0; c < G_N_ELEMENTS (requirement_columns); c++)
            g_string_append_c (csv, ',');
          end_row (csv);
          continue;
        }

      for (guint j = 0; j < n_requirements; j++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (requirements, j);

          append_party_cells (csv, party);
          g_string_append_c (csv, ',');
          append_requirement_cells (csv, req);
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

  append_cells (csv, parties_csv_columns, G_N_ELEMENTS (parties_csv_columns));
  end_row (csv);

  parties = quadrant_register_get_parties (reg);
  n_parties = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      QuadrantIdentification identified_by = quadrant_party_get_identified_by (party);
      g_autofree char *power = format_position (quadrant_party_get_power (party));
      g_autofree char *interest = format_position (quadrant_party_get_interest (party));
      g_autofree char *n_requirements = g_strdup_printf ("%u", quadrant_party_get_n_requirements (party));
      g_autofree char *n_undecided = g_strdup_printf ("%u", quadrant_party_get_n_undecided (party));
      const char *cells[G_N_ELEMENTS (parties_csv_columns)] = {
        quadrant_party_get_id (party),
        quadrant_party_get_name (party),
        quadrant_enum_to_nick (QUADRANT_TYPE_CATEGORY, quadrant_party_get_category (party)),
        quadrant_enum_to_nick (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)),
        quadrant_party_get_description (party),
        power,
        interest,
        quadrant_enum_to_nick (QUADRANT_TYPE_QUADRANT, quadrant_party_get_quadrant (party)),
        quadrant_enum_to_nick (QUADRANT_TYPE_SUPPORT, quadrant_party_get_current_support (party)),
        quadrant_enum_to_nick (QUADRANT_TYPE_SUPPORT, quadrant_party_get_desired_support (party)),
        quadrant_party_get_owner (party),
        quadrant_party_get_contact (party),
        /* Like the file format, which leaves the attribute out when not recorded. */
        identified_by == QUADRANT_IDENTIFICATION_UNSPECIFIED
          ? NULL : quadrant_enum_to_nick (QUADRANT_TYPE_IDENTIFICATION, identified_by),
        quadrant_party_get_identified_on (party),
        quadrant_party_get_engagement_communication (party),
        quadrant_party_get_engagement_channel (party),
        quadrant_party_get_engagement_frequency (party),
        quadrant_party_get_engagement_responsible (party),
        quadrant_party_get_last_reviewed (party),
        quadrant_party_get_notes (party),
        n_requirements,
        n_undecided,
      };

      append_cells (csv, cells, G_N_ELEMENTS (cells));
      end_row (csv);
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}
