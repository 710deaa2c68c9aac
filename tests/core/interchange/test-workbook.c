/* test-workbook.c: XLSX, ODS and CSV read into sheets of rows, as Excel,
 * LibreOffice and streaming writers write them; and hostile files refused
 * with an error that says what was wrong */
#define G_LOG_DOMAIN "test-workbook"

#include "config.h"

#include <gsf/gsf.h>
#include <string.h>

#include "quadrant-cli.h"
#include "quadrant-csv-import.h"
#include "quadrant-reader.h"
#include "quadrant-test-sheets.h"
#include "quadrant-workbook.h"

static const QuadrantTestSheet register_sheets[] = {
  { "Instructions", "How to fill in this register\nOne row per requirement; keep the party name on each row" },
  { "Register",
    "!Interested parties register, ISMS 2024\n"
    "Party|Category|Power|Interest|Requirement|Identified on\n"
    "Data Protection Authority|External|#5|%0.8|GDPR compliance¶Breach notification within 72 h|@2024-01-05\n"
    "\n"
    "Staff|Internal|#25|%0.35|Clear policies|@1999-12-31" },
};

static QuadrantWorkbook *
read_ok (const char             *path,
         QuadrantWorkbookFormat  format)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  QuadrantWorkbook *workbook = quadrant_workbook_new_from_file (file, format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workbook);
  return workbook;
}

static void
assert_register_sheets (QuadrantWorkbook *workbook)
{
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (quadrant_workbook_get_n_sheets (workbook), ==, 2);
  g_assert_cmpstr (quadrant_workbook_get_sheet_name (workbook, 0), ==, "Instructions");
  g_assert_cmpstr (quadrant_workbook_get_sheet_name (workbook, 1), ==, "Register");
  g_assert_cmpuint (quadrant_workbook_get_n_rows (workbook, 0), ==, 2);
  /* The empty row is left out. */
  g_assert_cmpuint (quadrant_workbook_get_n_rows (workbook, 1), ==, 4);

  /* The sheet with a header naming the party is chosen, not the first. */
  g_assert_cmpuint (quadrant_csv_import_find_sheet (workbook), ==, 1);
  import = quadrant_csv_import_new_from_workbook (workbook, 1, &error);
  g_assert_no_error (error);

  /* The merged title above is skipped: the header is row 2. */
  g_assert_cmpuint (quadrant_csv_import_get_header_line (import), ==, 2);
  g_assert_cmpuint (quadrant_csv_import_get_n_columns (import), ==, 6);
  g_assert_cmpstr (quadrant_csv_import_get_header (import, 5), ==, "Identified on");
  g_assert_cmpuint (quadrant_csv_import_get_n_rows (import), ==, 2);
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 0), ==, 3);
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 1), ==, 5);
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 0), ==, "Data Protection Authority");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 2), ==, "5");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 3), ==, "80%");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 4), ==, "GDPR compliance\nBreach notification within 72 h");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 5), ==, "2024-01-05");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 2), ==, "25");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 3), ==, "35%");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 5), ==, "1999-12-31");
}

static void
test_xlsx_shared_strings (void)
{
  g_autofree char *path = quadrant_test_write_xlsx ("register.xlsx", register_sheets, 2, FALSE);
  g_autoptr(QuadrantWorkbook) workbook = read_ok (path, QUADRANT_WORKBOOK_FORMAT_XLSX);

  g_assert_cmpint (quadrant_workbook_get_format (workbook), ==, QUADRANT_WORKBOOK_FORMAT_XLSX);
  g_assert_null (quadrant_workbook_get_encoding (workbook));
  assert_register_sheets (workbook);
}

static void
test_xlsx_inline_strings (void)
{
  g_autofree char *path = quadrant_test_write_xlsx ("inline.xlsx", register_sheets, 2, TRUE);
  g_autoptr(QuadrantWorkbook) workbook = read_ok (path, QUADRANT_WORKBOOK_FORMAT_AUTO);

  g_assert_cmpint (quadrant_workbook_get_format (workbook), ==, QUADRANT_WORKBOOK_FORMAT_XLSX);
  assert_register_sheets (workbook);
}

static void
test_ods (void)
{
  g_autofree char *path = quadrant_test_write_ods ("register.ods", register_sheets, 2);
  g_autoptr(QuadrantWorkbook) workbook = read_ok (path, QUADRANT_WORKBOOK_FORMAT_AUTO);

  g_assert_cmpint (quadrant_workbook_get_format (workbook), ==, QUADRANT_WORKBOOK_FORMAT_ODS);
  assert_register_sheets (workbook);
}

/* Raw parts of an XLSX with one sheet, for what no writer produces. */
static char *
write_raw_xlsx (const char *file_name,
                const char *sheet_xml,
                const char *shared_strings)
{
  const char *names[] = { "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                          shared_strings != NULL ? "xl/sharedStrings.xml" : NULL, NULL };
  const char *contents[] = {
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<workbookPr date1904=\"1\"/><sheets><sheet name=\"Raw\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
    " Target=\"/xl/worksheets/sheet1.xml\"/></Relationships>",
    sheet_xml, shared_strings, NULL };

  return quadrant_test_write_zip (file_name, names, contents);
}

#define SHEET_START "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
#define SHEET_END "</sheetData></worksheet>"

/* What other writers do: rows and cells without r, rich text with phonetic
 * runs, booleans, formula results, errors, ISO dates, the 1904 date system. */
static void
test_xlsx_conventions (void)
{
  g_autofree char *path = write_raw_xlsx ("raw.xlsx",
    SHEET_START
    "<row><c t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><t>Decision</t></is></c><c t=\"str\"><f>A1</f><v>Formula</v></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"B4\" t=\"b\"><v>1</v></c><c r=\"C4\" t=\"e\"><v>#N/A</v></c>"
    "<c r=\"E4\" t=\"d\"><v>2024-03-01T00:00:00</v></c></row>"
    SHEET_END,
    "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<si><t>Party</t></si><si><r><t>Board </t></r><r><rPr><b/></rPr><t>of directors</t></r><rPh><t>ignored</t></rPh></si></sst>");
  g_autoptr(QuadrantWorkbook) workbook = read_ok (path, QUADRANT_WORKBOOK_FORMAT_AUTO);
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = quadrant_csv_import_new_from_workbook (workbook, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_csv_import_get_header (import, 0), ==, "Party");
  g_assert_cmpstr (quadrant_csv_import_get_header (import, 1), ==, "Decision");
  g_assert_cmpstr (quadrant_csv_import_get_header (import, 2), ==, "Formula");
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 0), ==, 4);
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 0), ==, "Board of directors");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 1), ==, "TRUE");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 2), ==, "#N/A");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 3), ==, "");
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 0, 4), ==, "2024-03-01");
}

static void
test_format_mismatch (void)
{
  const char *csv = "name,power\nBoard,80\n";
  g_autofree char *xlsx = quadrant_test_write_xlsx ("mismatch.xlsx", register_sheets, 2, FALSE);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_null (quadrant_workbook_new_from_data (csv, strlen (csv), QUADRANT_WORKBOOK_FORMAT_XLSX, &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_NOT_SPREADSHEET);
  g_assert_nonnull (strstr (error->message, "XLSX"));
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (xlsx, &contents, &length, NULL));
  g_assert_null (quadrant_workbook_new_from_data (contents, length, QUADRANT_WORKBOOK_FORMAT_CSV, &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_NOT_SPREADSHEET);
  g_clear_error (&error);

  /* An XLSX read as ODS has no content.xml. */
  g_assert_null (quadrant_workbook_new_from_data (contents, length, QUADRANT_WORKBOOK_FORMAT_ODS, &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "content.xml"));
  g_clear_error (&error);

  /* A ZIP signature and nothing behind it. */
  g_assert_null (quadrant_workbook_new_from_data ("PK\x03\x04garbage", 11, QUADRANT_WORKBOOK_FORMAT_AUTO, &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED);
}

static void
assert_refused (const char *path,
                int         code,
                const char *words)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantWorkbook) workbook = quadrant_workbook_new_from_file (file, QUADRANT_WORKBOOK_FORMAT_AUTO, &error);

  g_assert_null (workbook);
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, code);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

/* A sheet part that unpacks to more than the limit from a small file. */
static void
test_zip_bomb (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("quadrant-bomb-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bomb.xlsx", NULL);
  g_autofree char *chunk = g_malloc (1024 * 1024);
  GsfOutput *out = gsf_output_stdio_new (path, &error);
  GsfOutfile *zip = gsf_outfile_zip_new (out, &error);
  GsfOutput *xl = gsf_outfile_new_child (zip, "xl", TRUE);
  GsfOutput *part = gsf_outfile_new_child (GSF_OUTFILE (xl), "workbook.xml", FALSE);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  memset (chunk, ' ', 1024 * 1024);
  gsf_output_puts (part, "<?xml version=\"1.0\"?><workbook>");
  for (guint i = 0; i <= QUADRANT_WORKBOOK_MAX_PART_SIZE / (1024 * 1024); i++)
    g_assert_true (gsf_output_write (part, 1024 * 1024, (const guint8 *) chunk));
  gsf_output_puts (part, "</workbook>");
  gsf_output_close (part);
  g_object_unref (part);
  gsf_output_close (xl);
  g_object_unref (xl);
  gsf_output_close (GSF_OUTPUT (zip));
  g_object_unref (zip);
  gsf_output_close (out);
  g_object_unref (out);

  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  g_assert_cmpint (g_file_info_get_size (info), <, 2 * 1024 * 1024);
  assert_refused (path, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE, "unpacks to more than");
}

static void
test_hostile_xml (void)
{
  g_autoptr(GString) deep = g_string_new (SHEET_START "<row r=\"1\">");
  g_autofree char *deep_path = NULL;
  g_autofree char *doctype_path = NULL;
  g_autofree char *wide_path = NULL;
  g_autofree char *broken_path = NULL;
  g_autofree char *index_path = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (deep, "<x>");
  for (guint i = 0; i < 100; i++)
    g_string_append (deep, "</x>");
  g_string_append (deep, "</row>" SHEET_END);
  deep_path = write_raw_xlsx ("deep.xlsx", deep->str, NULL);
  assert_refused (deep_path, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE, "deep");

  doctype_path = write_raw_xlsx ("doctype.xlsx",
    "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
    "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>", NULL);
  assert_refused (doctype_path, QUADRANT_CSV_IMPORT_ERROR_MALFORMED, "DOCTYPE");

  wide_path = write_raw_xlsx ("wide.xlsx",
    SHEET_START "<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>far</t></is></c></row>" SHEET_END, NULL);
  assert_refused (wide_path, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE, "column 16384");

  broken_path = write_raw_xlsx ("broken.xlsx", SHEET_START "\n<row><c>\n</row>" SHEET_END, NULL);
  assert_refused (broken_path, QUADRANT_CSV_IMPORT_ERROR_MALFORMED, "line 2");

  index_path = write_raw_xlsx ("index.xlsx", SHEET_START "<row><c r=\"B1\" t=\"s\"><v>7</v></c></row>" SHEET_END,
                               "<sst><si><t>only one</t></si></sst>");
  assert_refused (index_path, QUADRANT_CSV_IMPORT_ERROR_MALFORMED, "Cell B1");
}

static char *
write_raw_ods (const char *file_name,
               const char *table)
{
  g_autofree char *content = g_strconcat (
    "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
    "<office:body><office:spreadsheet><table:table table:name=\"T\">", table,
    "</table:table></office:spreadsheet></office:body></office:document-content>", NULL);
  const char *names[] = { "mimetype", "content.xml", NULL };
  const char *contents[] = { "application/vnd.oasis.opendocument.spreadsheet", content, NULL };

  return quadrant_test_write_zip (file_name, names, contents);
}

/* Repetition is how ODS says "the same a million times": free when empty,
 * bounded when not. */
static void
test_ods_repeats (void)
{
  g_autofree char *rows_path = write_raw_ods ("rows.ods",
    "<table:table-row table:number-rows-repeated=\"2000000\"><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>");
  g_autofree char *columns_path = write_raw_ods ("columns.ods",
    "<table:table-row><table:table-cell table:number-columns-repeated=\"5000\"><text:p>x</text:p></table:table-cell></table:table-row>");
  g_autofree char *fine_path = write_raw_ods ("fine.ods",
    "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"><text:p>Name</text:p></table:table-cell>"
    "<table:table-cell><text:p>A<text:s text:c=\"2\"/>B<text:tab/>C<text:line-break/>D</text:p>"
    "<office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell></table:table-row>"
    "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
    "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type=\"float\" office:value=\"3.5\"><text:p>3,5</text:p></table:table-cell></table:table-row>");
  g_autoptr(QuadrantWorkbook) workbook = NULL;
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;

  assert_refused (rows_path, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE, "rows");
  assert_refused (columns_path, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE, "columns");

  workbook = read_ok (fine_path, QUADRANT_WORKBOOK_FORMAT_ODS);
  import = quadrant_csv_import_new_from_workbook (workbook, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_csv_import_get_n_columns (import), ==, 3);
  g_assert_cmpstr (quadrant_csv_import_get_header (import, 1), ==, "Name");
  g_assert_cmpstr (quadrant_csv_import_get_header (import, 2), ==, "A  B\tC\nD");
  g_assert_cmpuint (quadrant_csv_import_get_n_rows (import), ==, 2);
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 0), ==, 5);
  g_assert_cmpuint (quadrant_csv_import_get_row_line (import, 1), ==, 6);
  g_assert_cmpstr (quadrant_csv_import_get_cell (import, 1, 0), ==, "3.5");
}

static void
assert_cli_import (const char *format,
                   const char *path)
{
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *out = g_strconcat (path, ".quadrant.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(QuadrantParty) party = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (quadrant_cli_import (format, out, path, NULL, FALSE, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  reg = quadrant_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (quadrant_register_get_parties (reg)), ==, 2);
  party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Data Protection Authority");
  g_assert_cmpstr (quadrant_party_get_identified_on (party), ==, "2024-01-05");
  g_assert_cmpint (quadrant_party_get_interest (party), ==, 80);
}

static void
test_cli (void)
{
  g_autofree char *xlsx = quadrant_test_write_xlsx ("cli.xlsx", register_sheets, 2, FALSE);
  g_autofree char *ods = quadrant_test_write_ods ("cli.ods", register_sheets, 2);
  g_autoptr(GString) err = g_string_new (NULL);

  assert_cli_import ("xlsx", xlsx);
  assert_cli_import ("ODS", ods);

  /* The format named must be the file's. */
  g_assert_cmpint (quadrant_cli_import ("ods", "-", xlsx, NULL, FALSE, err), ==, 2);
  g_assert_nonnull (strstr (err->str, "content.xml"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workbook/xlsx/shared-strings", test_xlsx_shared_strings);
  g_test_add_func ("/workbook/xlsx/inline-strings", test_xlsx_inline_strings);
  g_test_add_func ("/workbook/xlsx/conventions", test_xlsx_conventions);
  g_test_add_func ("/workbook/ods", test_ods);
  g_test_add_func ("/workbook/ods/repeats", test_ods_repeats);
  g_test_add_func ("/workbook/format-mismatch", test_format_mismatch);
  g_test_add_func ("/workbook/cli", test_cli);
  g_test_add_func ("/workbook/hostile/zip-bomb", test_zip_bomb);
  g_test_add_func ("/workbook/hostile/xml", test_hostile_xml);

  return g_test_run ();
}
