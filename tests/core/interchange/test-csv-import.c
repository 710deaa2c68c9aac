/* test-csv-import.c: CSV import: round trips with the export, spreadsheet
 * dialects and awkward files. Values, mappings, bad rows and undo:
 * test-csv-import-rows.c */
#define G_LOG_DOMAIN "test-csv-import"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "quadrant-cli.h"
#include "quadrant-csv.h"
#include "quadrant-csv-import.h"
#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "csv-import-checks.h"

#define BOM "\xEF\xBB\xBF"

static void
assert_same_string (const char *a,
                    const char *b)
{
  g_assert_cmpstr (a != NULL ? a : "", ==, b != NULL ? b : "");
}

static void
assert_same_party_basics (QuadrantParty *a,
                          QuadrantParty *b)
{
  g_assert_cmpstr (quadrant_party_get_id (a), ==, quadrant_party_get_id (b));
  g_assert_cmpstr (quadrant_party_get_name (a), ==, quadrant_party_get_name (b));
  g_assert_cmpint (quadrant_party_get_category (a), ==, quadrant_party_get_category (b));
  g_assert_cmpint (quadrant_party_get_kind (a), ==, quadrant_party_get_kind (b));
  g_assert_cmpint (quadrant_party_get_power (a), ==, quadrant_party_get_power (b));
  g_assert_cmpint (quadrant_party_get_interest (a), ==, quadrant_party_get_interest (b));
  g_assert_cmpint (quadrant_party_get_current_support (a), ==, quadrant_party_get_current_support (b));
  g_assert_cmpint (quadrant_party_get_desired_support (a), ==, quadrant_party_get_desired_support (b));
  assert_same_string (quadrant_party_get_owner (a), quadrant_party_get_owner (b));
}

static void
test_round_trip_requirements (void)
{
  g_autoptr(QuadrantRegister) original = quadrant_test_load_example ();
  g_autofree char *csv = quadrant_csv_export_requirements (original);
  g_autoptr(QuadrantRegister) copy = import_ok (csv);
  guint n = quadrant_register_get_n_parties (original);

  g_assert_cmpuint (quadrant_register_get_n_parties (copy), ==, n);
  g_assert_cmpuint (quadrant_register_get_n_requirements (copy), ==,
                    quadrant_register_get_n_requirements (original));

  for (guint i = 0; i < n; i++)
    {
      QuadrantParty *a = party_at (original, i);
      QuadrantParty *b = party_at (copy, i);

      assert_same_party_basics (a, b);
      g_assert_cmpuint (quadrant_party_get_n_requirements (a), ==, quadrant_party_get_n_requirements (b));

      for (guint j = 0; j < quadrant_party_get_n_requirements (a); j++)
        {
          QuadrantRequirement *ra = requirement_at (a, j);
          QuadrantRequirement *rb = requirement_at (b, j);

          g_assert_cmpstr (quadrant_requirement_get_id (ra), ==, quadrant_requirement_get_id (rb));
          g_assert_cmpstr (quadrant_requirement_get_statement (ra), ==, quadrant_requirement_get_statement (rb));
          g_assert_cmpint (quadrant_requirement_get_requirement_type (ra), ==,
                           quadrant_requirement_get_requirement_type (rb));
          assert_same_string (quadrant_requirement_get_source (ra), quadrant_requirement_get_source (rb));
          g_assert_cmpint (quadrant_requirement_get_priority (ra), ==, quadrant_requirement_get_priority (rb));
          g_assert_cmpint (quadrant_requirement_get_decision (ra), ==, quadrant_requirement_get_decision (rb));
          assert_same_string (quadrant_requirement_get_rationale (ra), quadrant_requirement_get_rationale (rb));
          g_assert_true (quadrant_reference_array_equal (quadrant_requirement_get_references (ra),
                                                         quadrant_requirement_get_references (rb)));
          assert_same_string (quadrant_requirement_get_owner (ra), quadrant_requirement_get_owner (rb));
          assert_same_string (quadrant_requirement_get_review_date (ra), quadrant_requirement_get_review_date (rb));
        }
    }
}

static void
test_round_trip_parties (void)
{
  g_autoptr(QuadrantRegister) original = quadrant_test_load_example ();
  g_autofree char *csv = quadrant_csv_export_parties (original);
  g_autoptr(QuadrantRegister) copy = import_ok (csv);
  guint n = quadrant_register_get_n_parties (original);

  g_assert_cmpuint (quadrant_register_get_n_parties (copy), ==, n);
  g_assert_cmpuint (quadrant_register_get_n_requirements (copy), ==, 0);

  for (guint i = 0; i < n; i++)
    {
      QuadrantParty *a = party_at (original, i);
      QuadrantParty *b = party_at (copy, i);

      assert_same_party_basics (a, b);
      assert_same_string (quadrant_party_get_description (a), quadrant_party_get_description (b));
      assert_same_string (quadrant_party_get_contact (a), quadrant_party_get_contact (b));
      g_assert_cmpint (quadrant_party_get_identified_by (a), ==, quadrant_party_get_identified_by (b));
      assert_same_string (quadrant_party_get_identified_on (a), quadrant_party_get_identified_on (b));
      assert_same_string (quadrant_party_get_engagement_communication (a), quadrant_party_get_engagement_communication (b));
      assert_same_string (quadrant_party_get_engagement_channel (a), quadrant_party_get_engagement_channel (b));
      assert_same_string (quadrant_party_get_engagement_frequency (a), quadrant_party_get_engagement_frequency (b));
      assert_same_string (quadrant_party_get_engagement_responsible (a), quadrant_party_get_engagement_responsible (b));
      assert_same_string (quadrant_party_get_last_reviewed (a), quadrant_party_get_last_reviewed (b));
      assert_same_string (quadrant_party_get_notes (a), quadrant_party_get_notes (b));
    }
}

/* Values the export guards against formula injection come back unchanged. */
static void
test_round_trip_formulas (void)
{
  g_autoptr(QuadrantRegister) original = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (NULL);
  g_autofree char *csv = NULL;
  g_autoptr(QuadrantRegister) copy = NULL;
  QuadrantRequirement *back;

  quadrant_party_set_name (party, "=HYPERLINK(\"http://x\",\"y\")");
  quadrant_requirement_set_statement (req, "-2 days, \"quoted\";\nsecond line");
  quadrant_requirement_set_rationale (req, "@risk");
  quadrant_party_append_requirement (party, req);
  quadrant_register_append_party_unrecorded (original, party);

  csv = quadrant_csv_export_requirements (original);
  copy = import_ok (csv);
  back = requirement_at (party_at (copy, 0), 0);
  g_assert_cmpstr (quadrant_party_get_name (party_at (copy, 0)), ==, "=HYPERLINK(\"http://x\",\"y\")");
  g_assert_cmpstr (quadrant_requirement_get_statement (back), ==, "-2 days, \"quoted\";\nsecond line");
  g_assert_cmpstr (quadrant_requirement_get_rationale (back), ==, "@risk");
}

static void
test_bom (void)
{
  const char *plain = "Name,Power,Interest\nAuditors,60,70\n";
  g_autofree char *with_bom = g_strconcat (BOM, plain, NULL);
  g_autoptr(QuadrantCsvImport) a = parse_ok (plain);
  g_autoptr(QuadrantCsvImport) b = parse_ok (with_bom);

  /* The BOM is not part of the first column's name. */
  g_assert_cmpstr (quadrant_csv_import_get_header (b, 0), ==, "Name");
  g_assert_cmpint (quadrant_csv_import_get_mapping (b, 0), ==, QUADRANT_CSV_FIELD_NAME);
  g_assert_cmpint (quadrant_csv_import_get_mapping (a, 0), ==, QUADRANT_CSV_FIELD_NAME);
  g_assert_cmpstr (quadrant_csv_import_get_cell (b, 0, 0), ==, "Auditors");
  g_assert_cmpuint (quadrant_csv_import_get_row_line (b, 0), ==, 2);
}

static void
test_semicolon (void)
{
  g_autoptr(QuadrantCsvImport) import =
    parse_ok ("Stakeholder;Influence;Interest;Need\r\n"
              "Bank, branch office;High;low;Loans, repaid \"on time\"\r\n");
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GError) error = NULL;
  QuadrantParty *party;

  g_assert_cmpint (quadrant_csv_import_get_separator (import), ==, ';');
  g_assert_cmpuint (quadrant_csv_import_get_n_columns (import), ==, 4);
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 0), ==, "Bank, branch office");

  quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  party = party_at (reg, 0);
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Bank, branch office");
  g_assert_cmpint (quadrant_party_get_power (party), ==, QUADRANT_CSV_HIGH);
  g_assert_cmpint (quadrant_party_get_interest (party), ==, QUADRANT_CSV_LOW);
  g_assert_cmpstr (quadrant_requirement_get_statement (requirement_at (party, 0)), ==, "Loans, repaid \"on time\"");
}

/* High, Medium and Low become what the user set in Preferences. */
static void
test_levels (void)
{
  g_autoptr(QuadrantCsvImport) import =
    parse_ok ("Stakeholder,Influence,Interest\n"
              "Bank,High,Medium\n"
              "Press,Low,high\n");
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GError) error = NULL;

  quadrant_csv_import_set_levels (import, 90, 60, 10);
  quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (quadrant_party_get_power (party_at (reg, 0)), ==, 90);
  g_assert_cmpint (quadrant_party_get_interest (party_at (reg, 0)), ==, 60);
  g_assert_cmpint (quadrant_party_get_power (party_at (reg, 1)), ==, 10);
  g_assert_cmpint (quadrant_party_get_interest (party_at (reg, 1)), ==, 90);
}

static void
test_quotes_and_newlines (void)
{
  const char *csv =
    "name,requirement,rationale\n"
    "\"Staff\",\"Line one\nline two\r\nline three\",\"He said \"\"no\"\"\"\n"
    "Board,Plain,\"\"\n"
    "Media,\"x\",bad power\n";
  g_autoptr(QuadrantCsvImport) import = parse_ok (csv);

  g_assert_cmpuint (quadrant_csv_import_get_n_rows (import), ==, 3);
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 1), ==, "Line one\nline two\r\nline three");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 2), ==, "He said \"no\"");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 2), ==, "");
  /* Rows are numbered by the physical line they start on. */
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 0), ==, 2);
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 1), ==, 5);
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 2), ==, 6);
}

static void
test_line_ends (void)
{
  const char *lf = "name,power,interest\nA,1,2\n\nB,3,4";
  const char *crlf = "name,power,interest\r\nA,1,2\r\n\r\nB,3,4\r\n";
  const char *cr = "name,power,interest\rA,1,2\r\rB,3,4\r";
  const char *variants[] = { lf, crlf, cr };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(QuadrantCsvImport) import = parse_ok (variants[i]);

      g_assert_cmpuint (quadrant_csv_import_get_n_rows (import), ==, 2);
      g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 0), ==, "B");
      g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 2), ==, "4");
      g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 1), ==, 4);
    }
}

static void
assert_parse_error (const char *csv,
                    gsize       length,
                    int         code,
                    const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantCsvImport) import = quadrant_csv_import_new_from_data (csv, length, &error);

  g_assert_null (import);
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, code);
  if (in_message != NULL && strstr (error->message, in_message) == NULL)
    g_error ("“%s” not in the message “%s”", in_message, error->message);
}

static void
test_empty (void)
{
  assert_parse_error ("", 0, QUADRANT_CSV_IMPORT_ERROR_EMPTY, NULL);
  assert_parse_error (BOM, 3, QUADRANT_CSV_IMPORT_ERROR_EMPTY, NULL);
  assert_parse_error ("\r\n\r\n  \n", 7, QUADRANT_CSV_IMPORT_ERROR_EMPTY, NULL);
}

static void
test_header_only (void)
{
  assert_parse_error ("name,power,interest\r\n", 21, QUADRANT_CSV_IMPORT_ERROR_NO_ROWS, NULL);
  assert_parse_error (BOM "name;power\n\n;\n", 17, QUADRANT_CSV_IMPORT_ERROR_NO_ROWS, NULL);
}

/* What is not UTF-8 is Windows-1252, as German or French Excel saves "CSV";
 * the five bytes Windows-1252 leaves undefined are refused with their line. */
static void
test_encodings (void)
{
  const char *cp1252 = "Name;Notiz\nStaff;ok\nM\xfcller GmbH;Lieferant \x80 5\n";
  const char *undefined = "name,notes\nStaff,ok\nBad\x81,supplier\n";
  /* Excel's "Unicode Text": UTF-16 LE with its byte order mark, tabs. */
  const char utf16le[] = "\xff\xfen\0a\0m\0e\0\t\0p\0o\0w\0e\0r\0\n\0\xe9\0t\0\xe9\0\t\0" "5\0\n\0";
  const char utf16be[] = "\xfe\xff\0n\0a\0m\0e\0\n\0B\0o\x20\xac\0\n";
  g_autoptr(QuadrantCsvImport) import = parse_ok (cp1252);
  g_autoptr(QuadrantCsvImport) import16 = NULL;
  g_autoptr(QuadrantCsvImport) import16be = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (quadrant_workbook_get_encoding (quadrant_csv_import_get_workbook (import)), ==, "Windows-1252");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 0), ==, "Müller GmbH");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 1), ==, "Lieferant € 5");
  assert_parse_error (undefined, strlen (undefined), QUADRANT_CSV_IMPORT_ERROR_INVALID_UTF8, "Line 3");

  import16 = quadrant_csv_import_new_from_data (utf16le, sizeof utf16le - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_workbook_get_encoding (quadrant_csv_import_get_workbook (import16)), ==, "UTF-16 (little endian)");
  g_assert_cmpint (quadrant_csv_import_get_separator (import16), ==, '\t');
  g_assert_cmpstr (quadrant_csv_import_get_cell (import16, 0, 0), ==, "été");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import16, 0, 1), ==, "5");

  import16be = quadrant_csv_import_new_from_data (utf16be, sizeof utf16be - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_workbook_get_encoding (quadrant_csv_import_get_workbook (import16be)), ==, "UTF-16 (big endian)");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import16be, 0, 0), ==, "Bo€");
}

static void
test_unclosed_quote (void)
{
  const char *csv = "name,notes\nStaff,ok\nBoard,\"never closed\nmore\n";

  assert_parse_error (csv, strlen (csv), QUADRANT_CSV_IMPORT_ERROR_MALFORMED, "line 3");
}

static void
test_too_many_columns (void)
{
  g_autoptr(QuadrantCsvImport) import = parse_ok ("name,power,interest\nA,1,2\nB,3,4,5\nC,5,6\n");
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  GPtrArray *problems = quadrant_csv_import_validate (import, reg);
  QuadrantCsvProblem *problem;

  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_nonnull (strstr (problem->message, "more cells (4) than the header has columns (3)"));
  g_assert_cmpuint (quadrant_csv_import_get_n_good_rows (import), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-import/round-trip/requirements", test_round_trip_requirements);
  g_test_add_func ("/csv-import/round-trip/parties", test_round_trip_parties);
  g_test_add_func ("/csv-import/round-trip/formulas", test_round_trip_formulas);
  g_test_add_func ("/csv-import/bom", test_bom);
  g_test_add_func ("/csv-import/semicolon", test_semicolon);
  g_test_add_func ("/csv-import/levels", test_levels);
  g_test_add_func ("/csv-import/quotes-and-newlines", test_quotes_and_newlines);
  g_test_add_func ("/csv-import/line-ends", test_line_ends);
  g_test_add_func ("/csv-import/empty", test_empty);
  g_test_add_func ("/csv-import/header-only", test_header_only);
  g_test_add_func ("/csv-import/encodings", test_encodings);
  g_test_add_func ("/csv-import/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv-import/too-many-columns", test_too_many_columns);

  return g_test_run ();
}
