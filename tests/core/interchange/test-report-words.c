/* test-report-words.c: the HTML report writes each vocabulary word in the
 * case its language needs
 *
 * The example register's report is made in English, German and French with
 * the shipped translations, English first, as a user of the C.UTF-8 locale
 * who asks for another language (--lang) would. A kind, support level or
 * quadrant that begins a cell may start with a capital; after another value
 * or within a sentence it is written as the language writes it there (lower
 * case in English and French, German nouns capitalised): "Internal, senior
 * leadership", "90 / 80 (eng einbinden)", "Favorable → moteur".
 */
#define G_LOG_DOMAIN "test-report-words"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-report.h"
#include "quadrant-test-data.h"

#define XHTML "http://www.w3.org/1999/xhtml"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathObject, xmlXPathFreeObject)

typedef struct {
  const char *language;
  /* the cells of the example's first party, Executive leadership team */
  const char *category_and_kind;
  const char *power_and_interest;
  const char *support;
  const char *contents;  /* a heading, to know the report is in the language */
} Expected;

static const Expected expected[] = {
  { "en", "Internal, senior leadership", "90 / 80 (manage closely)", "Supportive → leading", "Contents" },
  { "de", "Intern, oberste Leitung", "90 / 80 (eng einbinden)", "Unterstützend → führend", "Inhalt" },
  { "fr", "Interne, direction", "90 / 80 (gérer étroitement)", "Favorable → moteur", "Sommaire" },
};

static GType vocabularies[3];
/* Every text of the example register, longest first. */
static GPtrArray *register_texts;

static gint
longest_first (gconstpointer a,
               gconstpointer b)
{
  gsize la = strlen (*(const char **) a), lb = strlen (*(const char **) b);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

static void
collect_texts (xmlNode   *node,
               GPtrArray *texts)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE)
        {
          g_autofree char *text = g_strstrip (g_strdup ((const char *) node->content));

          /* a single word ("Internal") may be the report's own too */
          if (strchr (text, ' ') != NULL)
            g_ptr_array_add (texts, g_steal_pointer (&text));
        }
      collect_texts (node->children, texts);
    }
}

static GPtrArray *
example_texts (void)
{
  g_autofree char *path = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autoptr(xmlDoc) doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (doc);
  collect_texts (xmlDocGetRootElement (doc), texts);
  g_ptr_array_sort (texts, longest_first);
  g_assert_cmpuint (texts->len, >, 100);
  return texts;
}

/* The normalised text of every cell and paragraph of the report's body, and
 * in own_texts the same without what the register's texts say. */
static GPtrArray *
report_texts (const char *language,
              GPtrArray  *own_texts)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(QuadrantLanguageSwitch) lang = quadrant_language_push (language);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = quadrant_report_to_html (reg, "2026-11-27", &error);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlXPathContext) ctxt = NULL;
  g_autoptr(xmlXPathObject) nodes = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (html, &size);
  doc = xmlReadMemory (data, (int) size, "report.html", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  ctxt = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctxt, BAD_CAST "h", BAD_CAST XHTML);
  /* the innermost blocks, each a line of its own; the legend is a list of
   * labels, each beside its marker */
  nodes = xmlXPathEvalExpression (BAD_CAST "//h:body//*[(self::h:td or self::h:th or self::h:p or self::h:li "
                                  "or self::h:h2 or self::h:caption) and not(@class = 'legend') "
                                  "and not(.//h:p or .//h:li or .//h:div or .//h:table)]", ctxt);
  g_assert_nonnull (nodes);
  g_assert_nonnull (nodes->nodesetval);
  for (int i = 0; i < nodes->nodesetval->nodeNr; i++)
    {
      xmlChar *text = xmlNodeGetContent (nodes->nodesetval->nodeTab[i]);
      g_auto(GStrv) words = g_strsplit_set ((const char *) text, " \n\t", -1);
      g_autoptr(GString) normalised = g_string_new (NULL);

      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0')
          g_string_append_printf (normalised, "%s%s", normalised->len > 0 ? " " : "", words[w]);
      g_ptr_array_add (texts, g_strdup (normalised->str));
      /* what the register says ("Staff survey 2025") is not the report's */
      for (guint r = 0; r < register_texts->len; r++)
        g_string_replace (normalised, g_ptr_array_index (register_texts, r), "", 0);
      g_ptr_array_add (own_texts, g_string_free (g_steal_pointer (&normalised), FALSE));
      xmlFree (text);
    }
  return texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  return FALSE;
}

/* Whether word stands in text as a whole word after its start. */
static gboolean
has_word_inside (const char *text,
                 const char *word)
{
  gsize length = strlen (word);

  for (const char *p = strstr (text + 1, word); p != NULL; p = strstr (p + 1, word))
    {
      gunichar before = g_utf8_get_char (g_utf8_prev_char (p));
      gunichar after = g_utf8_get_char (p + length);

      if (!g_unichar_isalnum (before) && !g_unichar_isalnum (after))
        return TRUE;
    }
  return FALSE;
}

static void
test_words (void)
{
  guint checked = 0;

  /* English first: a language without a translation must not keep the
   * others from being translated afterwards (quadrant_language_bind ()). */
  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      const Expected *x = &expected[e];
      g_autoptr(GPtrArray) own_texts = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) texts = report_texts (x->language, own_texts);
      g_autoptr(QuadrantLanguageSwitch) lang = quadrant_language_push (x->language);
      g_autoptr(GString) wrong = g_string_new (NULL);

      g_test_message ("%s: %u texts", x->language, texts->len);
      g_assert_true (has_text (texts, x->contents));
      g_assert_true (has_text (texts, x->category_and_kind));
      g_assert_true (has_text (texts, x->power_and_interest));
      g_assert_true (has_text (texts, x->support));

      /* No label written as it starts a cell stands after its start, where
       * the word within a sentence belongs (when the two differ, as they do
       * for all but German nouns). */
      for (guint v = 0; v < G_N_ELEMENTS (vocabularies); v++)
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (vocabularies[v]);

          for (guint j = 0; j < klass->n_values; j++)
            {
              const char *label = quadrant_enum_to_label (vocabularies[v], klass->values[j].value);
              const char *word = quadrant_enum_to_word (vocabularies[v], klass->values[j].value);

              g_assert_nonnull (word);
              if (g_str_equal (label, word))
                continue;
              checked++;
              for (guint i = 0; i < own_texts->len; i++)
                if (has_word_inside (g_ptr_array_index (own_texts, i), label))
                  g_string_append_printf (wrong, "\n  “%s” in “%s”", label, (char *) g_ptr_array_index (texts, i));
            }
        }
      if (wrong->len > 0)
        g_error ("labels within a text of the %s report:%s", x->language, wrong->str);
    }
  g_assert_cmpuint (checked, >, 60);
}

/* The word of a value differs from its label, in every language, only in
 * the case of letters, but for German nouns, which are the same. */
static void
test_word_table (void)
{
  const char *languages[] = { "en", "de", "fr" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(QuadrantLanguageSwitch) lang = quadrant_language_push (languages[l]);

      for (guint v = 0; v < G_N_ELEMENTS (vocabularies); v++)
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (vocabularies[v]);

          for (guint j = 0; j < klass->n_values; j++)
            {
              const char *label = quadrant_enum_to_label (vocabularies[v], klass->values[j].value);
              const char *word = quadrant_enum_to_word (vocabularies[v], klass->values[j].value);
              g_autofree char *label_folded = g_utf8_casefold (label, -1);
              g_autofree char *word_folded = g_utf8_casefold (word, -1);

              if (!g_str_equal (label_folded, word_folded))
                g_error ("%s: “%s” and its word “%s” are not the same word", languages[l], label, word);
              /* English and French: all lower case */
              if (languages[l][0] != 'd')
                {
                  g_autofree char *lower = g_utf8_strdown (word, -1);

                  g_assert_cmpstr (word, ==, lower);
                }
            }
        }
    }
  /* German nouns keep their capital */
  {
    g_autoptr(QuadrantLanguageSwitch) lang = quadrant_language_push ("de");

    g_assert_cmpstr (quadrant_enum_to_word (QUADRANT_TYPE_KIND, QUADRANT_KIND_SENIOR_LEADERSHIP), ==, "oberste Leitung");
    g_assert_cmpstr (quadrant_enum_to_word (QUADRANT_TYPE_KIND, QUADRANT_KIND_REGULATORS), ==, "Aufsichtsbehörden");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;
  g_autofree char *mo = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* As main () of the program, in the locale of a machine without one. */
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_unsetenv ("LANGUAGE");
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  /* built with the program (ninja), so never missing where the tests run */
  mo = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  quadrant_language_bind (localedir);

  register_texts = example_texts ();
  vocabularies[0] = QUADRANT_TYPE_KIND;
  vocabularies[1] = QUADRANT_TYPE_SUPPORT;
  vocabularies[2] = QUADRANT_TYPE_QUADRANT;

  g_test_add_func ("/report/words/in-cells", test_words);
  g_test_add_func ("/report/words/table", test_word_table);

  status = g_test_run ();
  g_ptr_array_unref (register_texts);
  return status;
}
