/* test-csv-import-dates.c: dates of an imported sheet written as the
 * register's or the user's language writes them (German 09.03.2026, French
 * 09/03/2026) or as ISO, stored as ISO; a date that is no day of the
 * calendar, or whose day and month could be swapped, is refused with its row,
 * column and value named, and its row still imports with the text in the
 * notes; spreadsheet date cells arrive as the same ISO dates */
#define G_LOG_DOMAIN "test-csv-import-dates"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "quadrant-csv-import.h"
#include "quadrant-language.h"
#include "quadrant-test-locale.h"
#include "quadrant-test-sheets.h"
#include "csv-import-checks.h"

/* The translations built with the program, as the installed one finds its
 * own; gettext then speaks English until a language is chosen. */
static void
use_shipped_translations (void)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *german_mo = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  /* Built with the program (ninja), so never missing where the tests run. */
  g_assert_true (g_file_test (german_mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static QuadrantCsvImport *
open_sheet (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  QuadrantCsvImport *import = quadrant_csv_import_new_from_file (file, &error);

  g_assert_no_error (error);
  quadrant_csv_import_check_mapping (import, &error);
  g_assert_no_error (error);
  return import;
}

/* The i-th warning is about line and names every one of words. */
static void
assert_warning (QuadrantCsvImport *import,
                guint              i,
                guint              line,
                const char * const *words)
{
  GPtrArray *warnings = quadrant_csv_import_get_warnings (import);
  QuadrantCsvProblem *warning;

  g_assert_cmpuint (i, <, warnings->len);
  warning = g_ptr_array_index (warnings, i);
  g_test_message ("line %u: %s", warning->line, warning->message);
  g_assert_cmpuint (warning->line, ==, line);
  for (guint w = 0; words[w] != NULL; w++)
    if (strstr (warning->message, words[w]) == NULL)
      g_error ("line %u: “%s” not in “%s”", warning->line, words[w], warning->message);
}

static const char german_csv[] =
  "Name|Kategorie|Identifiziert am|Zuletzt geprüft|Anforderung|Nächste Prüfung\n"
  "Datenschutzbehörde|Extern|09.03.2026|2026-03-10|Meldung binnen 72 Stunden|1.9.2026\n"
  "Betriebsrat|Intern|31.02.2026|29.02.2028|Mitbestimmung|\n"
  "Geschäftsleitung|Intern||13.3.2026|Berichte|31.12.2026\n";

/* A German kit saved by German Excel (semicolons, Windows-1252) into a
 * German register by a user whose messages are English: the register's
 * language reads the dates. 31.02.2026 is refused with its row and column,
 * and nothing is lost: its row, the register's party and the text stay. */
static void
test_german (void)
{
  g_autofree char *path = NULL;
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) earlier = quadrant_party_new (NULL);
  g_autoptr(GError) error = NULL;
  QuadrantParty *authority, *council, *board;
  GPtrArray *problems;

  use_shipped_translations ();
  path = quadrant_test_write_csv ("kit.csv", german_csv, ';', "WINDOWS-1252");
  import = open_sheet (path);
  quadrant_register_set_language (reg, "de");
  quadrant_party_set_name (earlier, "Schon da");
  quadrant_register_add_party (reg, earlier);

  problems = quadrant_csv_import_validate (import, reg);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (quadrant_csv_import_get_n_good_rows (import), ==, 3);
  g_assert_cmpuint (quadrant_csv_import_get_warnings (import)->len, ==, 1);
  /* In the user's language (English), with the German forms as examples. */
  assert_warning (import, 0, 3, (const char *[]) { "“31.02.2026”", "“Identifiziert am”", "31.03.2026", "2026-03-31",
                                                   "kept in the notes", NULL });
  /* The preview says the same: which number is the day, and what is no date. */
  {
    gboolean unreadable = TRUE;
    g_autofree char *read = quadrant_csv_import_interpret_cell (import, 0, 2, &unreadable);
    g_autofree char *iso = NULL;
    g_autofree char *impossible = NULL;

    g_assert_cmpstr (read, ==, "2026-03-09");
    g_assert_false (unreadable);
    iso = quadrant_csv_import_interpret_cell (import, 0, 3, &unreadable);
    g_assert_null (iso);
    g_assert_false (unreadable);
    impossible = quadrant_csv_import_interpret_cell (import, 1, 2, &unreadable);
    g_assert_cmpstr (impossible, ==, "Not a date: kept in the notes");
    g_assert_true (unreadable);
  }

  g_assert_true (quadrant_csv_import_apply (import, reg, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 4);
  g_assert_cmpstr (quadrant_party_get_name (party_at (reg, 0)), ==, "Schon da");
  authority = party_at (reg, 1);
  council = party_at (reg, 2);
  board = party_at (reg, 3);
  g_assert_cmpstr (quadrant_party_get_name (authority), ==, "Datenschutzbehörde");
  g_assert_cmpstr (quadrant_party_get_identified_on (authority), ==, "2026-03-09");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (authority), ==, "2026-03-10");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement_at (authority, 0)), ==, "2026-09-01");
  g_assert_cmpstr (quadrant_party_get_identified_on (council), ==, "");
  g_assert_cmpstr (quadrant_party_get_notes (council), ==, "Identifiziert am: 31.02.2026");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (council), ==, "2028-02-29");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (board), ==, "2026-03-13");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement_at (board, 0)), ==, "2026-12-31");

  /* A register that records no language reads only the user's (English:
   * ISO) forms: the German dates are refused, never guessed. */
  {
    g_autoptr(QuadrantRegister) plain = quadrant_register_new ();

    quadrant_csv_import_validate (import, plain);
    g_assert_cmpuint (quadrant_csv_import_get_n_good_rows (import), ==, 3);
    g_assert_cmpuint (quadrant_csv_import_get_warnings (import)->len, ==, 6);
    assert_warning (import, 0, 2, (const char *[]) { "“09.03.2026”", "“Identifiziert am”", "2026-03-31", NULL });
    assert_warning (import, 1, 2, (const char *[]) { "“1.9.2026”", "“Nächste Prüfung”", NULL });
  }
}

/* A French kit imported by a French user into a register without a
 * language: the user's language reads the dates, messages are French. A
 * German register with a French user takes both forms, as both write the
 * day first. */
static void
test_french (void)
{
  g_autofree char *path = NULL;
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantLanguageSwitch) french = NULL;
  g_autoptr(GError) error = NULL;

  use_shipped_translations ();
  french = quadrant_language_push ("fr");
  g_assert_cmpstr (quadrant_language_current (), ==, "fr");
  path = quadrant_test_write_csv ("kit.csv",
                                  "Nom|Catégorie|Identifié le|Dernière revue|Exigence|Prochaine revue\n"
                                  "Autorité de contrôle|Externe|09/03/2026|2026-03-10|Notification sous 72 heures|01/09/2026\n"
                                  "Personnel|Interne|13/13/2026||Charte informatique|\n"
                                  "Direction|Interne||10.03.2026|Rapports|\n",
                                  ',', "UTF-8-BOM");
  import = open_sheet (path);

  quadrant_csv_import_validate (import, reg);
  g_assert_cmpuint (quadrant_csv_import_get_n_good_rows (import), ==, 3);
  g_assert_cmpuint (quadrant_csv_import_get_warnings (import)->len, ==, 2);
  /* The message is French: the English words are not in it. */
  assert_warning (import, 0, 3, (const char *[]) { "«\u00a013/13/2026\u00a0»", "«\u00a0Identifié le\u00a0»", "31/03/2026", "2026-03-31", NULL });
  assert_warning (import, 1, 4, (const char *[]) { "«\u00a010.03.2026\u00a0»", "«\u00a0Dernière revue\u00a0»", NULL });
  g_assert_null (strstr (((QuadrantCsvProblem *) g_ptr_array_index (quadrant_csv_import_get_warnings (import), 0))->message,
                         "not a date"));

  g_assert_true (quadrant_csv_import_apply (import, reg, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_party_get_identified_on (party_at (reg, 0)), ==, "2026-03-09");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party_at (reg, 0)), ==, "2026-03-10");
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement_at (party_at (reg, 0), 0)), ==, "2026-09-01");
  g_assert_cmpstr (quadrant_party_get_notes (party_at (reg, 1)), ==, "Identifié le: 13/13/2026");

  {
    g_autoptr(QuadrantRegister) german = quadrant_register_new ();

    quadrant_register_set_language (german, "de");
    quadrant_csv_import_validate (import, german);
    g_assert_cmpuint (quadrant_csv_import_get_warnings (import)->len, ==, 1);
    g_assert_true (quadrant_csv_import_apply (import, german, TRUE, NULL, NULL, &error));
    g_assert_cmpstr (quadrant_party_get_identified_on (party_at (german, 0)), ==, "2026-03-09");
    g_assert_cmpstr (quadrant_party_get_last_reviewed (party_at (german, 2)), ==, "2026-03-10");
  }
  /* The user's language is back as it was. */
  g_assert_cmpstr (quadrant_language_current (), ==, "fr");
}

/* Made-up languages that disagree: the user's writes the month first, the
 * register's the day first. */
static const char month_first[] =
  "msgctxt \"language code\"\nmsgid \"en\"\nmsgstr \"xa\"\n\n"
  "msgctxt \"report date pattern\"\nmsgid \"{year}-{month}-{day}\"\nmsgstr \"{month}/{day}/{year}\"\n";
static const char day_first[] =
  "msgctxt \"language code\"\nmsgid \"en\"\nmsgstr \"xb\"\n\n"
  "msgctxt \"report date pattern\"\nmsgid \"{year}-{month}-{day}\"\nmsgstr \"{day}/{month}/{year}\"\n";

/* 05/04/2026 is 5 April or 4 May: refused, whichever the column holds
 * otherwise. A column with 13/03/2026 (day first) and 03/14/2026 (month
 * first) mixes the orders: none of its dates in either is taken, its ISO
 * ones are. A column that keeps to one order reads it. */
static void
test_ambiguous (void)
{
  g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("xa", month_first);
  g_autoptr(QuadrantCsvImport) import = parse_ok ("name,identified-on,last-reviewed\n"
                                                  "A,05/04/2026,13/03/2026\n"
                                                  "B,2026-04-05,25/12/2026\n"
                                                  "C,13/03/2026,\n"
                                                  "D,03/14/2026,\n");
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GError) error = NULL;

  quadrant_test_locale_add (locale, "xb", day_first);
  quadrant_register_set_language (reg, "xb");

  quadrant_csv_import_validate (import, reg);
  g_assert_cmpuint (quadrant_csv_import_get_n_good_rows (import), ==, 4);
  g_assert_cmpuint (quadrant_csv_import_get_warnings (import)->len, ==, 3);
  assert_warning (import, 0, 2, (const char *[]) { "“05/04/2026”", "“identified-on”", "2026-04-05, 2026-05-04",
                                                   "2026-03-31", NULL });
  assert_warning (import, 1, 4, (const char *[]) { "“13/03/2026”", "“identified-on”", "31/03/2026", "03/31/2026", NULL });
  assert_warning (import, 2, 5, (const char *[]) { "“03/14/2026”", "“identified-on”", NULL });

  g_assert_true (quadrant_csv_import_apply (import, reg, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 4);
  g_assert_cmpstr (quadrant_party_get_identified_on (party_at (reg, 0)), ==, "");
  g_assert_cmpstr (quadrant_party_get_notes (party_at (reg, 0)), ==, "identified-on: 05/04/2026");
  g_assert_cmpstr (quadrant_party_get_identified_on (party_at (reg, 1)), ==, "2026-04-05");
  g_assert_cmpstr (quadrant_party_get_identified_on (party_at (reg, 2)), ==, "");
  g_assert_cmpstr (quadrant_party_get_identified_on (party_at (reg, 3)), ==, "");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party_at (reg, 0)), ==, "2026-03-13");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party_at (reg, 1)), ==, "2026-12-25");
}

/* A German kit as a workbook: Excel's date cells (day numbers shown as
 * dd.mm.yyyy), LibreOffice's (office:date-value) and dates typed as text
 * in the same columns all become the same ISO dates. */
static void
test_workbook (void)
{
  const QuadrantTestSheet sheet = {
    "Interessierte Parteien",
    "Name|Kategorie|Identifiziert am|Zuletzt geprüft\n"
    "Datenschutzbehörde|Extern|@2026-03-09|10.03.2026\n"
    "Betriebsrat|Intern|11.3.2026|@2024-02-29\n"
  };
  g_autofree char *xlsx = NULL;
  g_autofree char *ods = NULL;

  use_shipped_translations ();
  xlsx = quadrant_test_write_xlsx ("kit.xlsx", &sheet, 1, FALSE);
  ods = quadrant_test_write_ods ("kit.ods", &sheet, 1);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(QuadrantCsvImport) import = open_sheet (i == 0 ? xlsx : ods);
      g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
      g_autoptr(GError) error = NULL;

      quadrant_register_set_language (reg, "de");
      quadrant_csv_import_validate (import, reg);
      g_assert_cmpuint (quadrant_csv_import_get_warnings (import)->len, ==, 0);
      g_assert_true (quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (quadrant_party_get_identified_on (party_at (reg, 0)), ==, "2026-03-09");
      g_assert_cmpstr (quadrant_party_get_last_reviewed (party_at (reg, 0)), ==, "2026-03-10");
      g_assert_cmpstr (quadrant_party_get_identified_on (party_at (reg, 1)), ==, "2026-03-11");
      g_assert_cmpstr (quadrant_party_get_last_reviewed (party_at (reg, 1)), ==, "2024-02-29");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-import/dates/german", test_german);
  g_test_add_func ("/csv-import/dates/french", test_french);
  g_test_add_func ("/csv-import/dates/ambiguous", test_ambiguous);
  g_test_add_func ("/csv-import/dates/workbook", test_workbook);

  return g_test_run ();
}
