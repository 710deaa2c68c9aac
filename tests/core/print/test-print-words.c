/* test-print-words.c: the printed report breaks no word in German or French
 *
 * The example register's PDF report is made in German and in French with the
 * shipped translations and read back with pdftotext. Every run of letters in
 * it must be a whole word of the register or of the translations: a word
 * broken inside a narrow column ("Entscheid-" / "ung") leaves pieces that are
 * neither. Lines may still break at spaces and after hyphens.
 */
#define G_LOG_DOMAIN "test-print-words"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "quadrant-cli.h"
#include "quadrant-test-data.h"
#include "quadrant-test-files.h"

/* Adds every run of letters in text to words. */
static void
add_words (GHashTable *words,
           const char *text)
{
  const char *start = NULL;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalpha (c))
        {
          if (start == NULL)
            start = p;
          continue;
        }
      if (start != NULL)
        g_hash_table_add (words, g_strndup (start, p - start));
      start = NULL;
      if (c == 0)
        break;
    }
}

static void
add_file_words (GHashTable *words,
                const char *path)
{
  g_autofree char *text = quadrant_test_read_file (path);

  add_words (words, text);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext failed: %s", err);
  return out;
}

static void
test_no_broken_words (gconstpointer data)
{
  const char *language = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-print-words-XXXXXX", &error);
  g_autofree char *shipped = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autofree char *example = NULL;
  g_autofree char *output = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *german_po = g_test_build_filename (G_TEST_DIST, "..", "po", "de.po", NULL);
  g_autofree char *french_po = g_test_build_filename (G_TEST_DIST, "..", "po", "fr.po", NULL);
  g_autofree char *mo = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GString) broken = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_auto(GStrv) pdf_words = NULL;
  guint checked = 0;
  int status;

  g_assert_no_error (error);
  /* A copy: tests never open the shipped example. */
  {
    g_autofree char *contents = quadrant_test_read_file (shipped);

    example = g_build_filename (dir, "northwind.quadrant.xml", NULL);
    quadrant_test_write_file (example, contents);
  }
  g_assert_nonnull (pdftotext);  /* poppler-utils: in DEPS */
  /* Built with the program (ninja), so never missing where the tests run. */
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = quadrant_cli_export_full ("pdf-report", output, example, NULL, NULL, FALSE, language, err);
  if (status != 0)
    g_error ("the PDF report failed: %s", err->str);
  text = pdf_text (output);
  g_assert_nonnull (strstr (text, language[0] == 'd' ? "Entscheidung" : "Décision"));

  add_file_words (words, example);
  add_file_words (words, german_po);
  add_file_words (words, french_po);

  pdf_words = g_strsplit_set (text, " \n\f\t", -1);
  for (guint i = 0; pdf_words[i] != NULL; i++)
    {
      g_autoptr(GHashTable) runs = NULL;
      GHashTableIter iter;
      const char *run;

      /* Shortened on purpose (a long statement in a finding, a map label). */
      if (strstr (pdf_words[i], "…") != NULL)
        continue;
      runs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      add_words (runs, pdf_words[i]);
      g_hash_table_iter_init (&iter, runs);
      while (g_hash_table_iter_next (&iter, (gpointer *) &run, NULL))
        {
          checked++;
          if (!g_hash_table_contains (words, run))
            g_string_append_printf (broken, " “%s” (in “%s”)", run, pdf_words[i]);
        }
    }

  g_test_message ("%u words checked in the %s report", checked, language);
  g_assert_cmpuint (checked, >, 1000);
  if (broken->len > 0)
    g_error ("words broken in the %s report:%s", language, broken->str);

  quadrant_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/print/words/german", "de", test_no_broken_words);
  g_test_add_data_func ("/print/words/french", "fr", test_no_broken_words);

  return g_test_run ();
}
