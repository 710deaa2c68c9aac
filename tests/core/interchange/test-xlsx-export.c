/* test-xlsx-export.c: the register as a workbook, and back
 *
 * The example register, with reference codes, a name that looks like a
 * formula, cells of several lines and ratings all below 10, is exported as
 * XLSX and imported again (parties sheet, then the requirements sheet it
 * names): every exported column of every party and requirement comes back
 * the same, in the same order. The workbook has the three sheets, a frozen
 * and filtered header row, readable labels and drop-down lists. */
#define G_LOG_DOMAIN "test-xlsx-export"

#include "config.h"

#include <string.h>

#include <gsf/gsf.h>

#include "quadrant-csv-import.h"
#include "quadrant-enum-types.h"
#include "quadrant-export-table.h"
#include "quadrant-test-data.h"
#include "quadrant-xlsx-export.h"

static QuadrantRegister *
build_register (void)
{
  QuadrantRegister *reg = quadrant_test_load_example ();
  g_autoptr(QuadrantParty) first = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autoptr(QuadrantParty) second = g_list_model_get_item (quadrant_register_get_parties (reg), 1);
  g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (quadrant_party_get_requirements (first), 0);

  quadrant_party_set_code (first, "IP-001");
  quadrant_party_set_name (second, "=HYPERLINK(\"http://example.com\")");
  quadrant_party_set_notes (second, "Line one\nLine two — ünïcödé");
  /* Ratings that would look like a 1–10 scale in a stranger's sheet. */
  quadrant_party_set_power (second, 3);
  quadrant_party_set_interest (second, 7);
  /* Judged not relevant: on a sheet of its own, and back with its reason. */
  {
    g_autoptr(QuadrantParty) third = g_list_model_get_item (quadrant_register_get_parties (reg), 2);

    quadrant_party_set_relevance (third, QUADRANT_RELEVANCE_NOT_RELEVANT);
    quadrant_party_set_relevance_rationale (third, "Outside the ISMS scope");
    quadrant_party_set_relevance_decided (third, "2026-02-01");
  }
  quadrant_requirement_set_code (requirement, "REQ-7");
  quadrant_requirement_set_notes (requirement, "Checked in the audit");
  return reg;
}

static char *
write_export (QuadrantRegister *reg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = quadrant_xlsx_export (reg, NULL, &error);
  g_autofree char *dir = NULL;
  char *path;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  dir = g_dir_make_tmp ("test-xlsx-export-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "register.xlsx", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

static void
import_sheet (QuadrantWorkbook *workbook,
              guint             sheet,
              QuadrantRegister *reg)
{
  g_autoptr(QuadrantCsvImport) import = quadrant_csv_import_new_from_workbook (workbook, sheet, NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;

  g_assert_nonnull (import);
  g_assert_true (quadrant_csv_import_check_mapping (import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_csv_import_validate (import, reg)->len, ==, 0);
  warnings = quadrant_csv_import_get_warnings (import);
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", ((QuadrantCsvProblem *) g_ptr_array_index (warnings, i))->message);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_true (quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Every exported column of both tables, for every party and requirement. */
static void
assert_same_content (QuadrantRegister *expected,
                     QuadrantRegister *actual)
{
  for (QuadrantExportTable table = QUADRANT_EXPORT_TABLE_PARTIES; table <= QUADRANT_EXPORT_TABLE_REQUIREMENTS; table++)
    {
      g_autoptr(GArray) columns = quadrant_export_table_columns (table);
      GListModel *a = quadrant_register_get_parties (expected);
      GListModel *b = quadrant_register_get_parties (actual);

      g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
      for (guint i = 0; i < g_list_model_get_n_items (a); i++)
        {
          g_autoptr(QuadrantParty) pa = g_list_model_get_item (a, i);
          g_autoptr(QuadrantParty) pb = g_list_model_get_item (b, i);
          GListModel *ra = quadrant_party_get_requirements (pa);
          GListModel *rb = quadrant_party_get_requirements (pb);
          guint n = table == QUADRANT_EXPORT_TABLE_REQUIREMENTS ? g_list_model_get_n_items (ra) : 0;

          g_assert_cmpuint (g_list_model_get_n_items (ra), ==, g_list_model_get_n_items (rb));
          for (guint j = 0; j < MAX (n, 1); j++)
            {
              g_autoptr(QuadrantRequirement) qa = n > 0 ? g_list_model_get_item (ra, j) : NULL;
              g_autoptr(QuadrantRequirement) qb = n > 0 ? g_list_model_get_item (rb, j) : NULL;

              for (guint c = 0; c < columns->len; c++)
                {
                  const QuadrantExportColumn *column = &g_array_index (columns, QuadrantExportColumn, c);
                  g_autofree char *va = quadrant_export_column_value (column, pa, qa, FALSE);
                  g_autofree char *vb = quadrant_export_column_value (column, pb, qb, FALSE);

                  if (g_strcmp0 (va, vb) != 0)
                    g_error ("Party %u, requirement %u, column “%s”: “%s” came back as “%s”", i, j,
                             quadrant_export_column_header (table, column, FALSE), va, vb);
                }
            }
        }
    }
}

static void
test_round_trip (gconstpointer data)
{
  gboolean low = GPOINTER_TO_INT (data);
  g_autoptr(QuadrantRegister) reg = build_register ();
  g_autofree char *path = write_export (reg);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantWorkbook) workbook = quadrant_workbook_new_from_file (file, QUADRANT_WORKBOOK_FORMAT_XLSX, &error);
  g_autoptr(QuadrantRegister) back = quadrant_register_new ();
  g_autoptr(QuadrantCsvImport) parties = NULL;
  guint parties_sheet, requirements_sheet;

  /* Every rating below 10: still read as 0–100, not as a 1–10 scale. */
  for (guint i = 0; low && i < quadrant_register_get_n_parties (reg); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), i);

      if (quadrant_party_is_placed (party))
        {
          quadrant_party_set_power (party, MAX (1, quadrant_party_get_power (party) / 10));
          quadrant_party_set_interest (party, MAX (1, quadrant_party_get_interest (party) / 10));
        }
    }
  if (low)
    {
      g_free (path);
      path = write_export (reg);
      g_object_unref (file);
      file = g_file_new_for_path (path);
      g_clear_object (&workbook);
      workbook = quadrant_workbook_new_from_file (file, QUADRANT_WORKBOOK_FORMAT_XLSX, &error);
    }

  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_workbook_get_sheet_name (workbook, 0), ==, "Parties");
  g_assert_cmpstr (quadrant_workbook_get_sheet_name (workbook, 1), ==, "Requirements");
  g_assert_cmpstr (quadrant_workbook_get_sheet_name (workbook, 2), ==, "Findings");
  g_assert_cmpstr (quadrant_workbook_get_sheet_name (workbook, 3), ==, "Considered, Not Relevant");
  {
    g_autoptr(QuadrantParty) third = g_list_model_get_item (quadrant_register_get_parties (reg), 2);
    g_autoptr(QuadrantCsvImport) out = quadrant_csv_import_new_from_workbook (workbook, 3, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (quadrant_csv_import_get_n_rows (out), ==, 1);
    g_assert_cmpstr (quadrant_csv_import_get_cell (out, 0, 0), ==, quadrant_party_get_name (third));
    g_assert_cmpstr (quadrant_csv_import_get_cell (out, 0, 2), ==, "Outside the ISMS scope");
    g_assert_cmpstr (quadrant_csv_import_get_cell (out, 0, 3), ==, "2026-02-01");
  }

  /* As the import would choose: the parties first, then the sheet it names. */
  parties_sheet = quadrant_csv_import_find_sheet (workbook);
  g_assert_cmpuint (parties_sheet, ==, 0);
  parties = quadrant_csv_import_new_from_workbook (workbook, parties_sheet, &error);
  g_assert_no_error (error);
  requirements_sheet = quadrant_csv_import_find_requirements_sheet (parties);
  g_assert_cmpuint (requirements_sheet, ==, 1);

  import_sheet (workbook, parties_sheet, back);
  import_sheet (workbook, requirements_sheet, back);
  assert_same_content (reg, back);
  {
    g_autoptr(QuadrantParty) first = g_list_model_get_item (quadrant_register_get_parties (back), 0);
    g_autoptr(QuadrantParty) second = g_list_model_get_item (quadrant_register_get_parties (back), 1);

    g_assert_cmpstr (quadrant_party_get_code (first), ==, "IP-001");
    g_assert_cmpstr (quadrant_party_get_name (second), ==, "=HYPERLINK(\"http://example.com\")");
    g_assert_cmpint (quadrant_party_get_power (second), ==, low ? 1 : 3);
  }
  {
    g_autoptr(QuadrantParty) third = g_list_model_get_item (quadrant_register_get_parties (back), 2);

    g_assert_cmpint (quadrant_party_get_relevance (third), ==, QUADRANT_RELEVANCE_NOT_RELEVANT);
    g_assert_cmpstr (quadrant_party_get_relevance_rationale (third), ==, "Outside the ISMS scope");
    g_assert_cmpstr (quadrant_party_get_relevance_decided (third), ==, "2026-02-01");
  }
}

static char *
read_member (const char *path,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  GsfInput *input = gsf_input_stdio_new (path, &error);
  GsfInfile *zip;
  GsfInput *member;
  char *text;

  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  member = gsf_infile_child_by_vname (zip, "xl", "worksheets", name, NULL);
  g_assert_nonnull (member);
  text = g_strndup ((const char *) gsf_input_read (member, gsf_input_size (member), NULL), gsf_input_size (member));
  g_object_unref (member);
  g_object_unref (zip);
  g_object_unref (input);
  return text;
}

static void
test_workbook (void)
{
  g_autoptr(QuadrantRegister) reg = build_register ();
  g_autofree char *path = write_export (reg);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantWorkbook) workbook = quadrant_workbook_new_from_file (file, QUADRANT_WORKBOOK_FORMAT_XLSX, &error);
  g_autofree char *parties = read_member (path, "sheet1.xml");
  g_autofree char *requirements = read_member (path, "sheet2.xml");
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GString) row = g_string_new (NULL);

  g_assert_no_error (error);
  /* Frozen header row, filters, drop-downs, no formula anywhere. */
  g_assert_nonnull (strstr (parties, "state=\"frozen\""));
  g_assert_nonnull (strstr (parties, "<autoFilter "));
  g_assert_nonnull (strstr (parties, "<dataValidation "));
  g_assert_nonnull (strstr (requirements, "<autoFilter "));
  g_assert_null (strstr (parties, "<f>"));
  g_assert_null (strstr (requirements, "<f>"));

  /* Readable labels and values. */
  import = quadrant_csv_import_new_from_workbook (workbook, 0, &error);
  g_assert_no_error (error);
  for (guint c = 0; c < quadrant_csv_import_get_n_columns (import); c++)
    g_string_append_printf (row, "%s|", quadrant_csv_import_get_header (import, c));
  g_assert_nonnull (strstr (row->str, "|Name|Category|Kind|"));
  g_assert_nonnull (strstr (row->str, "|Quadrant|Current support|"));
  /* Values as people read them, in the shared strings of the workbook. */
  {
    g_autoptr(GError) zip_error = NULL;
    GsfInput *input = gsf_input_stdio_new (path, &zip_error);
    GsfInfile *zip = gsf_infile_zip_new (input, &zip_error);
    GsfInput *member = gsf_infile_child_by_vname (zip, "xl", "sharedStrings.xml", NULL);
    g_autofree char *strings = NULL;

    g_assert_no_error (zip_error);
    g_assert_nonnull (member);
    strings = g_strndup ((const char *) gsf_input_read (member, gsf_input_size (member), NULL), gsf_input_size (member));
    g_assert_nonnull (strstr (strings, ">Manage closely<"));
    g_assert_nonnull (strstr (strings, ">Partially addressed<"));
    g_assert_null (strstr (strings, ">manage-closely<"));
    g_object_unref (member);
    g_object_unref (zip);
    g_object_unref (input);
  }
  /* Parties, requirements, findings, those not relevant, and the hidden lists. */
  g_assert_cmpuint (quadrant_workbook_get_n_sheets (workbook), ==, 5);
  g_assert_cmpuint (quadrant_workbook_get_n_rows (workbook, 0), ==, 1 + quadrant_register_get_n_parties (reg));
}

/* A text longer than a cell holds is refused by name, not cut. */
static void
test_too_long (void)
{
  g_autoptr(QuadrantRegister) reg = build_register ();
  g_autoptr(QuadrantParty) first = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autofree char *notes = g_strnfill (QUADRANT_XLSX_MAX_CELL_CHARS + 1, 'x');
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  quadrant_party_set_notes (first, notes);
  bytes = quadrant_xlsx_export (reg, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, QUADRANT_XLSX_EXPORT_ERROR, QUADRANT_XLSX_EXPORT_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "Notes"));
  g_assert_nonnull (strstr (error->message, quadrant_party_get_name (first)));
  g_assert_nonnull (strstr (error->message, "32767"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/xlsx-export/round-trip", GINT_TO_POINTER (FALSE), test_round_trip);
  g_test_add_data_func ("/xlsx-export/round-trip/low-ratings", GINT_TO_POINTER (TRUE), test_round_trip);
  g_test_add_func ("/xlsx-export/workbook", test_workbook);
  g_test_add_func ("/xlsx-export/too-long", test_too_long);

  return g_test_run ();
}
