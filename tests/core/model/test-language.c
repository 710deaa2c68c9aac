/* test-language.c: a register records its language, new registers get the
 * user's, and reports speak the register's language unless told otherwise */
#define G_LOG_DOMAIN "test-language"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "quadrant-check.h"
#include "quadrant-cli.h"
#include "quadrant-document.h"
#include "quadrant-language.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"
#include "quadrant-test-data.h"
#include "quadrant-test-files.h"
#include "quadrant-test-locale.h"

/* "Contents" is the heading of the HTML report's table of contents. */
static const char german[] =
  "msgctxt \"language code\"\nmsgid \"en\"\nmsgstr \"de\"\n\n"
  "msgid \"Contents\"\nmsgstr \"Inhalt (Test)\"\n";

static char *
to_string (QuadrantRegister *reg)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static QuadrantRegister *
load (const char *xml)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_data (xml, strlen (xml), "test.quadrant.xml", &error);

  g_assert_no_error (error);
  return reg;
}

/* xml:lang on the root is read, written back and changed; a register
 * without it saves byte for byte as it was, in the same format version. */
static void
test_recorded (void)
{
  g_autoptr(QuadrantRegister) plain = quadrant_test_load_example ();
  g_autofree char *plain_xml = to_string (plain);
  g_autoptr(QuadrantRegister) reloaded = load (plain_xml);
  g_autofree char *reloaded_xml = to_string (reloaded);
  g_autoptr(QuadrantRegister) german_reg = NULL;
  g_autofree char *german_xml = NULL;
  g_autofree char *german_again = NULL;
  g_autofree char *swiss_xml = NULL;

  g_assert_null (quadrant_register_get_language (plain));
  g_assert_null (strstr (plain_xml, "xml:lang"));
  g_assert_cmpstr (reloaded_xml, ==, plain_xml);

  quadrant_register_set_language (reloaded, "de");
  german_xml = to_string (reloaded);
  g_assert_nonnull (strstr (german_xml, "<register xmlns=\"urn:quadrant:register\" format=\"1.0\" xml:lang=\"de\">\n"));
  g_assert_null (quadrant_test_schema_errors (german_xml, strlen (german_xml)));
  german_reg = load (german_xml);
  g_assert_cmpstr (quadrant_register_get_language (german_reg), ==, "de");
  german_again = to_string (german_reg);
  g_assert_cmpstr (german_again, ==, german_xml);

  quadrant_register_set_language (german_reg, "fr-CH");
  swiss_xml = to_string (german_reg);
  g_assert_nonnull (strstr (swiss_xml, " xml:lang=\"fr-CH\">"));
  g_assert_null (quadrant_test_schema_errors (swiss_xml, strlen (swiss_xml)));
  g_assert_null (strstr (swiss_xml, "\"de\""));
  quadrant_register_set_language (german_reg, NULL);
  g_assert_null (quadrant_register_get_language (german_reg));
  g_assert_false (quadrant_register_can_undo (german_reg));
}

static void
test_valid (void)
{
  const char *good[] = { "de", "fr", "fr-CH", "en-GB", "x-klingon", NULL };
  const char *bad[] = { "", "d e", "-de", "de-", "de_CH", "d\"e", "<de>", NULL };

  for (guint i = 0; good[i] != NULL; i++)
    g_assert_true (quadrant_language_is_valid (good[i]));
  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_false (quadrant_language_is_valid (bad[i]));
  g_assert_false (quadrant_language_is_valid (NULL));
}

/* A new register is written in the language of the translation in use. */
static void
test_new_register (void)
{
  g_autoptr(QuadrantDocument) english = quadrant_document_new (NULL, NULL, NULL);
  g_autoptr(QuadrantDocument) german_doc = NULL;

  g_assert_cmpstr (quadrant_register_get_language (quadrant_document_get_register (english)), ==, "en");
  {
    g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", german);

    g_assert_cmpstr (quadrant_language_current (), ==, "de");
    german_doc = quadrant_document_new (NULL, NULL, NULL);
  }
  g_assert_cmpstr (quadrant_register_get_language (quadrant_document_get_register (german_doc)), ==, "de");
  g_assert_cmpstr (quadrant_language_current (), ==, "en");
}

/* A switch changes the messages until it is popped, and nests. */
static void
test_switch (void)
{
  g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", german);

  g_assert_cmpstr (_("Contents"), ==, "Inhalt (Test)");
  {
    g_autoptr(QuadrantLanguageSwitch) english = quadrant_language_push ("en");

    g_assert_cmpstr (_("Contents"), ==, "Contents");
    {
      g_autoptr(QuadrantLanguageSwitch) german_again = quadrant_language_push ("de");

      g_assert_cmpstr (_("Contents"), ==, "Inhalt (Test)");
    }
    g_assert_cmpstr (_("Contents"), ==, "Contents");
  }
  g_assert_cmpstr (_("Contents"), ==, "Inhalt (Test)");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "de");
  {
    /* No language: nothing changes. */
    g_autoptr(QuadrantLanguageSwitch) none = quadrant_language_push (NULL);

    g_assert_cmpstr (_("Contents"), ==, "Inhalt (Test)");
  }
}

/* Dates are shown as the language writes them; the file keeps ISO. */
static void
test_dates (void)
{
  static const char po[] =
    "msgctxt \"report date pattern\"\nmsgid \"{year}-{month}-{day}\"\nmsgstr \"{day}.{month}.{year}\"\n";
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *english = quadrant_language_format_date ("2026-03-09");
  g_autofree char *german_date = NULL;
  g_autofree char *not_a_date = NULL;
  g_autofree char *xml = NULL;
  gboolean found = FALSE;

  g_assert_cmpstr (english, ==, "2026-03-09");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2020-01-31");
  {
    g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", po);

    german_date = quadrant_language_format_date ("2026-03-09");
    not_a_date = quadrant_language_format_date ("next week");
    findings = quadrant_check_register (reg, NULL);
  }
  g_assert_cmpstr (german_date, ==, "09.03.2026");
  g_assert_cmpstr (not_a_date, ==, "next week");
  g_assert_null (quadrant_language_format_date (NULL));
  for (guint i = 0; i < findings->len; i++)
    found |= strstr (quadrant_finding_get_message (g_ptr_array_index (findings, i)), "31.01.2020") != NULL;
  g_assert_true (found);
  xml = to_string (reg);
  g_assert_nonnull (strstr (xml, "2020-01-31"));
}

/* Typed dates: the language's form (one-digit day and month too) or ISO,
 * both stored as ISO; anything else, or a day not in the calendar, refused. */
static void
test_dates_typed (void)
{
  static const char po[] =
    "msgctxt \"report date pattern\"\nmsgid \"{year}-{month}-{day}\"\nmsgstr \"{day}.{month}.{year}\"\n";
  static const struct {
    const char *typed, *english, *german;  /* NULL: refused */
  } cases[] = {
    { "2026-03-09", "2026-03-09", "2026-03-09" },
    { "  2026-03-09 ", "2026-03-09", "2026-03-09" },
    { "2026-3-9", "2026-03-09", "2026-03-09" },
    { "09.03.2026", NULL, "2026-03-09" },
    { "9.3.2026", NULL, "2026-03-09" },
    { "", "", "" },
    { "   ", "", "" },
    { "29.02.2027", NULL, NULL },
    { "2027-02-29", NULL, NULL },
    { "2028-02-29", "2028-02-29", "2028-02-29" },
    { "09.03.26", NULL, NULL },
    { "09.03.2026x", NULL, NULL },
    { "09/03/2026", NULL, NULL },
    { "03.09", NULL, NULL },
    { "next week", NULL, NULL },
    { "2026-003-09", NULL, NULL },
    { "20260-03-09", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *english = quadrant_language_parse_date (cases[i].typed);

      g_assert_cmpstr (english, ==, cases[i].english);
    }
  g_assert_null (quadrant_language_parse_date (NULL));
  {
    g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", po);

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *german = quadrant_language_parse_date (cases[i].typed);

        g_assert_cmpstr (german, ==, cases[i].german);
      }
  }
}

/* The shipped translations: German and French write a date as their readers
 * do, read it back, and still take ISO; English keeps ISO. */
static void
test_dates_shipped (void)
{
  static const struct {
    const char *language, *shown, *other;  /* other: another language's form */
  } cases[] = {
    { "de", "09.03.2026", "09/03/2026" },
    { "fr", "09/03/2026", "09.03.2026" },
  };
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *german_mo = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *old_domain = g_strdup (textdomain (NULL));

  /* Built with the program (ninja), so never missing where the tests run. */
  g_assert_true (g_file_test (german_mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(QuadrantLanguageSwitch) lang = quadrant_language_push (cases[i].language);
      g_autofree char *shown = quadrant_language_format_date ("2026-03-09");
      g_autofree char *read = quadrant_language_parse_date (cases[i].shown);
      g_autofree char *iso = quadrant_language_parse_date ("2026-03-09");
      g_autofree char *other = quadrant_language_parse_date (cases[i].other);

      g_assert_cmpstr (quadrant_language_current (), ==, cases[i].language);
      g_assert_cmpstr (shown, ==, cases[i].shown);
      g_assert_cmpstr (read, ==, "2026-03-09");
      g_assert_cmpstr (iso, ==, "2026-03-09");
      g_assert_null (other);
    }
  {
    g_autoptr(QuadrantLanguageSwitch) lang = quadrant_language_push ("en");
    g_autofree char *shown = quadrant_language_format_date ("2026-03-09");

    g_assert_cmpstr (shown, ==, "2026-03-09");
  }

  textdomain (old_domain);
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  setlocale (LC_ALL, old_locale);
}

static char *
export_html (const char *dir,
             const char *register_xml,
             const char *lang,
             int         expected_status)
{
  g_autofree char *input = g_build_filename (dir, "register.quadrant.xml", NULL);
  g_autofree char *output = g_build_filename (dir, "report.html", NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  int status;

  quadrant_test_write_file (input, register_xml);
  status = quadrant_cli_export_full ("html", output, input, NULL, NULL, FALSE, lang, err);
  if (status != expected_status)
    g_error ("export gave %d, not %d: %s", status, expected_status, err->str);
  return expected_status == 0 ? quadrant_test_read_file (output) : g_string_free (g_steal_pointer (&err), FALSE);
}

/* The report speaks the register's language, whatever the user reads, and
 * --lang overrides it; the user's messages come back afterwards. */
static void
test_report_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-language-XXXXXX", &error);
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autofree char *english_xml = NULL;
  g_autofree char *german_xml = NULL;
  g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", german);
  g_autofree char *html = NULL;

  g_assert_no_error (error);
  quadrant_register_set_language (reg, "en");
  english_xml = to_string (reg);
  quadrant_register_set_language (reg, "de");
  german_xml = to_string (reg);

  /* The user reads German; the register is English. */
  html = export_html (dir, english_xml, NULL, 0);
  g_assert_nonnull (strstr (html, " lang=\"en\"><head>"));
  g_assert_nonnull (strstr (html, ">Contents<"));
  g_assert_cmpstr (_("Contents"), ==, "Inhalt (Test)");
  g_clear_pointer (&html, g_free);

  html = export_html (dir, english_xml, "de", 0);
  g_assert_nonnull (strstr (html, " lang=\"de\"><head>"));
  g_assert_nonnull (strstr (html, ">Inhalt (Test)<"));
  g_clear_pointer (&html, g_free);

  /* The user reads English; the register is German. */
  g_setenv ("LANGUAGE", "en", TRUE);
  html = export_html (dir, german_xml, NULL, 0);
  g_assert_nonnull (strstr (html, ">Inhalt (Test)<"));
  g_assert_cmpstr (_("Contents"), ==, "Contents");
  g_clear_pointer (&html, g_free);

  html = export_html (dir, german_xml, "en", 0);
  g_assert_nonnull (strstr (html, ">Contents<"));
  g_clear_pointer (&html, g_free);

  /* --lang with another export, or a word that is no language. */
  {
    g_autofree char *output = g_build_filename (dir, "out.csv", NULL);
    g_autofree char *input = g_build_filename (dir, "register.quadrant.xml", NULL);
    g_autoptr(GString) err = g_string_new (NULL);

    g_assert_cmpint (quadrant_cli_export_full ("csv", output, input, NULL, NULL, FALSE, "de", err), ==, 2);
    g_assert_nonnull (strstr (err->str, "--lang"));
  }
  html = export_html (dir, german_xml, "not a language", 2);
  g_assert_nonnull (strstr (html, "not a language"));

  quadrant_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/recorded", test_recorded);
  g_test_add_func ("/language/valid", test_valid);
  g_test_add_func ("/language/new-register", test_new_register);
  g_test_add_func ("/language/switch", test_switch);
  g_test_add_func ("/language/dates", test_dates);
  g_test_add_func ("/language/dates/typed", test_dates_typed);
  g_test_add_func ("/language/dates/shipped", test_dates_shipped);
  g_test_add_func ("/language/report", test_report_language);

  return g_test_run ();
}
