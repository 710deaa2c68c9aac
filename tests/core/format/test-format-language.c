/* test-format-language.c: what the reader and the writer's check say about a
 * bad register reads as whole sentences in German and French
 *
 * With the shipped translations (built into the build's po folder), each
 * message must be exactly the sentence a translator wrote: the object named
 * before a colon and only names, values and numbers put in. A message glued
 * from translated parts ("die %s von %s") would not match.
 */
#define G_LOG_DOMAIN "test-format-language"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "quadrant-reader.h"
#include "quadrant-writer.h"

/* French typography: no-break space before ':' and inside « », narrow
 * no-break space before ';'. */
#define NBSP "\xc2\xa0"
#define NNBSP "\xe2\x80\xaf"

#define HEAD "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
#define PARTY_ATTRIBUTES "category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\""
#define NAME "      <name>Regulator</name>\n"
#define GOOD_PARTY \
  "    <party id=\"p1\" " PARTY_ATTRIBUTES ">\n" NAME \
  "      <requirements>\n" \
  "        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n" \
  "          <statement>Report breaches</statement>\n" \
  "        </requirement>\n" \
  "      </requirements>\n" \
  "    </party>\n"

typedef struct {
  const char *xml;
  const char *german;
  const char *french;
} ReaderCase;

static const ReaderCase reader_cases[] = {
  { HEAD "  <parties>\n    <party id=\"p1\" " PARTY_ATTRIBUTES " power=\"120\" interest=\"5\">\n" NAME
    "    </party>\n  </parties>\n</register>\n",
    "bad.quadrant.xml:3:5: Partei „Regulator“: das Attribut power ist „120“; "
    "erwartet wird eine ganze Zahl von 0 bis 100",
    "bad.quadrant.xml:3:5: partie «" NBSP "Regulator" NBSP "»" NBSP ": l’attribut power vaut «" NBSP "120" NBSP "»"
    NNBSP "; attendu" NBSP ": un nombre entier de 0 à 100" },
  { HEAD "  <parties>\n    <party id=\"p1\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" NAME
    "    </party>\n  </parties>\n</register>\n",
    "bad.quadrant.xml:3:5: Partei „Regulator“: das Attribut category fehlt; "
    "erwartet wird einer der Werte internal, external",
    "bad.quadrant.xml:3:5: partie «" NBSP "Regulator" NBSP "»" NBSP ": l’attribut category est absent"
    NNBSP "; attendu" NBSP ": une valeur parmi internal, external" },
  { HEAD "  <parties>\n" GOOD_PARTY "    <party id=\"r1\" " PARTY_ATTRIBUTES ">\n      <name>Twin</name>\n"
    "    </party>\n  </parties>\n</register>\n",
    "bad.quadrant.xml:11:5: Partei „Twin“: die ID „r1“ wird bereits verwendet; "
    "erwartet wird eine ID, die keine andere Partei oder Anforderung hat",
    "bad.quadrant.xml:11:5: partie «" NBSP "Twin" NBSP "»" NBSP ": l’identifiant «" NBSP "r1" NBSP "» est déjà utilisé"
    NNBSP "; attendu" NBSP ": un identifiant qu’aucune autre partie ou exigence n’a" },
  { HEAD "  <metadata>\n    <approval-date>2026-13-01</approval-date>\n  </metadata>\n</register>\n",
    "bad.quadrant.xml:3:5: Metadaten: das Element <approval-date> enthält „2026-13-01“; "
    "erwartet wird ein Datum in der Form JJJJ-MM-TT",
    "bad.quadrant.xml:3:5: métadonnées" NBSP ": l’élément <approval-date> contient «" NBSP "2026-13-01" NBSP "»"
    NNBSP "; attendu" NBSP ": une date au format AAAA-MM-JJ" },
  { HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
    "      <position party=\"p1\"/>\n    </revision>\n  </revisions>\n</register>\n",
    "bad.quadrant.xml:4:7: Revision „1.0“, Position der Partei „p1“: das Attribut support fehlt; "
    "erwartet wird einer der Werte unaware, resistant, neutral, supportive, leading",
    "bad.quadrant.xml:4:7: révision «" NBSP "1.0" NBSP "», position de la partie «" NBSP "p1" NBSP "»" NBSP
    ": l’attribut support est absent" NNBSP "; attendu" NBSP
    ": une valeur parmi unaware, resistant, neutral, supportive, leading" },
  { HEAD "  <parties>\n    <party id=\"p1\" " PARTY_ATTRIBUTES ">\n" NAME
    "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n"
    "          <reference>A.5.1</reference>\n          <statement>x</statement>\n"
    "        </requirement>\n      </requirements>\n    </party>\n  </parties>\n</register>\n",
    "bad.quadrant.xml:7:11: Verweis der Anforderung „r1“: das Attribut kind fehlt; "
    "erwartet wird einer der Werte control, policy, process, objective, other",
    "bad.quadrant.xml:7:11: référence de l’exigence «" NBSP "r1" NBSP "»" NBSP ": l’attribut kind est absent"
    NNBSP "; attendu" NBSP ": une valeur parmi control, policy, process, objective, other" },
};

typedef enum {
  BREAK_IDENTIFIED_ON,
  BREAK_STATEMENT,
  BREAK_APPROVAL_DATE,
  BREAK_REVISION_DATE,
  N_BREAKS
} Break;

/* What the writer's check says, after "Could not save “…”: ". */
static const char *writer_german[N_BREAKS] = {
  "das Identifizierungsdatum der Partei „Regulator“, „next week“, ist kein Datum in der Form JJJJ-MM-TT",
  "eine Anforderung der Partei „Regulator“ hat keine Aussage",
  "das Freigabedatum des Registers, „2026-02-30“, ist kein Datum in der Form JJJJ-MM-TT",
  "das Datum der Revision „1.0“, „gestern“, ist kein Datum in der Form JJJJ-MM-TT",
};

static const char *writer_french[N_BREAKS] = {
  "la date d’identification de la partie «" NBSP "Regulator" NBSP "», «" NBSP "next week" NBSP "», "
  "n’est pas une date au format AAAA-MM-JJ",
  "une exigence de la partie «" NBSP "Regulator" NBSP "» n’a pas d’énoncé",
  "la date d’approbation du registre, «" NBSP "2026-02-30" NBSP "», n’est pas une date au format AAAA-MM-JJ",
  "la date de la révision «" NBSP "1.0" NBSP "», «" NBSP "gestern" NBSP "», n’est pas une date au format AAAA-MM-JJ",
};

static void
use_language (const char *language)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *mo = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  /* Built with the program (ninja), so never missing where the tests run. */
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static void
test_reader (gconstpointer data)
{
  const char *language = data;

  use_language (language);
  for (guint i = 0; i < G_N_ELEMENTS (reader_cases); i++)
    {
      const ReaderCase *c = &reader_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (c->xml, strlen (c->xml), "bad.quadrant.xml", &error);

      g_assert_null (reg);
      g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, language[0] == 'd' ? c->german : c->french);
    }
}

static void
test_writer (gconstpointer data)
{
  const char *language = data;
  const char *xml = HEAD "  <parties>\n" GOOD_PARTY "  </parties>\n</register>\n";
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/register.quadrant.xml");

  use_language (language);
  for (Break b = 0; b < N_BREAKS; b++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (xml, strlen (xml), "good.quadrant.xml", &error);
      g_autoptr(GBytes) bytes = NULL;
      const char *expected = language[0] == 'd' ? writer_german[b] : writer_french[b];
      QuadrantParty *party;

      g_assert_no_error (error);
      party = quadrant_register_find_party (reg, "p1");
      switch (b)
        {
        case BREAK_IDENTIFIED_ON:
          quadrant_party_set_identified_on (party, "next week");
          break;
        case BREAK_STATEMENT:
          quadrant_requirement_set_statement (quadrant_register_find_requirement (reg, "r1"), " ");
          break;
        case BREAK_APPROVAL_DATE:
          quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, "2026-02-30");
          break;
        case BREAK_REVISION_DATE:
          {
            g_autoptr(QuadrantRevision) revision = quadrant_revision_new ("1.0", "gestern", NULL, NULL);

            quadrant_register_append_revision_unrecorded (reg, revision);
          }
          break;
        case N_BREAKS:
        default:
          g_assert_not_reached ();
        }

      bytes = quadrant_writer_serialize (reg, file, &error);
      g_assert_null (bytes);
      g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
      /* the whole problem ends the message, after the translated "Could not save" */
      if (!g_str_has_suffix (error->message, expected))
        g_error ("expected “%s” at the end of “%s”", expected, error->message);
      g_assert_null (strstr (error->message, "Could not save"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/format/language/reader/german", "de", test_reader);
  g_test_add_data_func ("/format/language/reader/french", "fr", test_reader);
  g_test_add_data_func ("/format/language/writer/german", "de", test_writer);
  g_test_add_data_func ("/format/language/writer/french", "fr", test_writer);

  return g_test_run ();
}
