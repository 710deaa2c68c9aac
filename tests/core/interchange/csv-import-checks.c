/* csv-import-checks.c: what the CSV import tests share */
#include "config.h"

#include <string.h>

#include "csv-import-checks.h"

QuadrantCsvImport *
parse_ok (const char *csv)
{
  g_autoptr(GError) error = NULL;
  QuadrantCsvImport *import = quadrant_csv_import_new_from_data (csv, strlen (csv), &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

/* Imports csv into a new register, expecting every row to be good. */
QuadrantRegister *
import_ok (const char *csv)
{
  g_autoptr(QuadrantCsvImport) import = parse_ok (csv);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_register_new ();

  quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  return reg;
}

QuadrantParty *
party_at (QuadrantRegister *reg,
          guint             i)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), i);

  g_assert_nonnull (party);
  return party; /* the register keeps it alive */
}

QuadrantRequirement *
requirement_at (QuadrantParty *party,
                guint          i)
{
  g_autoptr(QuadrantRequirement) req = g_list_model_get_item (quadrant_party_get_requirements (party), i);

  g_assert_nonnull (req);
  return req;
}
