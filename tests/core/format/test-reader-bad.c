/* test-reader-bad.c: the reader refuses bad and hostile registers, saying what is wrong and where */
#define G_LOG_DOMAIN "test-reader-bad"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "quadrant-reader.h"
#include "reader-cases.h"
#include "quadrant-safe-file.h"

/* ---- bad input ---- */

static void
test_bad_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;

  reader_assert_fails ("", QUADRANT_READER_ERROR_MALFORMED, 1, 1, "empty");
  reader_assert_fails (" \n\t\n", QUADRANT_READER_ERROR_MALFORMED, 1, 1, "empty");
  reg = quadrant_reader_load_data (NULL, 0, "acme.quadrant.xml", &error);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_MALFORMED);
}

static void
test_bad_truncated (void)
{
  gsize length = strlen (full_register);

  /* cut anywhere: always an error, never a half register */
  for (gsize cut = 1; cut < length - 2; cut += 7)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (full_register, cut, "acme.quadrant.xml", &error);

      g_assert_null (reg);
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_MALFORMED) ||
                     g_error_matches (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_INVALID));
      g_assert_true (g_str_has_prefix (error->message, "acme.quadrant.xml:"));
    }

  g_free (reader_assert_fails_with_length (full_register, 1500, QUADRANT_READER_ERROR_MALFORMED, 0, 0, "truncated"));
}

static void
test_bad_not_xml (void)
{
  reader_assert_fails ("hello, world\n", QUADRANT_READER_ERROR_MALFORMED, 1, 1, NULL);
  reader_assert_fails ("{\"register\": true}", QUADRANT_READER_ERROR_MALFORMED, 1, 1, NULL);
  reader_assert_fails (HEAD "  <parties>\n  </partys>\n</register>\n", QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL);
  reader_assert_fails (HEAD "</register>\n<register/>\n", QUADRANT_READER_ERROR_MALFORMED, 0, 0, NULL);
  reader_assert_fails (HEAD "  <x:y/>\n</register>\n", QUADRANT_READER_ERROR_MALFORMED, 0, 0, NULL);
}

static void
test_bad_root (void)
{
  reader_assert_fails ("<html><body/></html>", QUADRANT_READER_ERROR_NOT_A_REGISTER, 1, 1, "<html>");
  reader_assert_fails ("<?xml version=\"1.0\"?>\n<register format=\"1.0\"/>",
                QUADRANT_READER_ERROR_NOT_A_REGISTER, 2, 1, "namespace");
  reader_assert_fails ("<register xmlns=\"urn:quadrant:other\" format=\"1.0\"/>",
                QUADRANT_READER_ERROR_NOT_A_REGISTER, 1, 1, "urn:quadrant:other");
  reader_assert_fails ("<parties xmlns=\"" NS "\"/>", QUADRANT_READER_ERROR_NOT_A_REGISTER, 1, 1, NULL);
}

static void
test_bad_version (void)
{
  reader_assert_fails ("<register xmlns=\"" NS "\" format=\"2.0\"/>",
                QUADRANT_READER_ERROR_UNSUPPORTED_VERSION, 1, 1, "2.0");
  reader_assert_fails ("<register xmlns=\"" NS "\" format=\"10.1\"/>",
                QUADRANT_READER_ERROR_UNSUPPORTED_VERSION, 1, 1, NULL);
  reader_assert_fails ("<register xmlns=\"" NS "\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, "format");
  reader_assert_fails ("<register xmlns=\"" NS "\" format=\"one\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, "one");
  reader_assert_fails ("<register xmlns=\"" NS "\" format=\"1\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, NULL);
  reader_assert_fails ("<register xmlns=\"" NS "\" format=\"0.9\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, NULL);
}

static void
test_bad_example_message (void)
{
  g_autofree char *xml = reader_wrap_parties (
    "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"120\" interest=\"60\" support=\"neutral\" desired-support=\"supportive\">\n"
    PARTY_NAME
    "    </party>\n");
  g_autofree char *message = reader_assert_fails_with_length (xml, strlen (xml), QUADRANT_READER_ERROR_INVALID, 4, 5, NULL);

  g_assert_cmpstr (message, ==,
                   "acme.quadrant.xml:4:5: party “Regulator”: the attribute power is “120”; "
                   "expected a whole number from 0 to 100");
}

typedef struct {
  const char *party;  /* replaces the whole <party> element */
  int line, column;
  const char *what;
} PartyCase;

static void
test_bad_party_fields (void)
{
  const PartyCase cases[] = {
    /* missing required fields */
    { "    <party category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "party “Regulator”: the attribute id is missing; expected a unique id" },
    { "    <party id=\"\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute id is missing" },
    { "    <party category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\"/>\n",
      4, 5, "party without a name or id: the attribute id is missing" },
    { "    <party id=\"p1\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "party “Regulator”: the attribute category is missing; expected one of internal, external" },
    { "    <party id=\"p1\" category=\"external\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute kind is missing; expected one of staff, senior-leadership," },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute support is missing; expected one of unaware, resistant, neutral, supportive, leading" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute desired-support is missing" },
    { PARTY_OPEN "    </party>\n", 4, 5, "party “p1”: the element <name> is missing or empty; it must hold text" },
    { PARTY_OPEN "      <name> \n </name>\n    </party>\n", 4, 5, "party “p1”: the element <name> is missing or empty" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\"/>\n",
      4, 5, "party “p1”: the element <name> is missing" },
    /* invalid values */
    { "    <party id=\"p1\" category=\"outside\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "party “Regulator”: the attribute category is “outside”; expected one of internal, external" },
    { "    <party id=\"p1\" category=\"external\" kind=\"Regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute kind is “Regulators”; expected one of" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"happy\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute support is “happy”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\" identified-by=\"unspecified\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute identified-by is “unspecified”; expected one of risk-assessment," },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"-1\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute power is “-1”; expected a whole number from 0 to 100" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"5\" interest=\"50.5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute interest is “50.5”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute power is “”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"99999999999999999999\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute power is “99999999999999999999”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\" 5\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute power is “ 5”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"50\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "party “Regulator”: only one of power and interest is given; expected both or neither" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" interest=\"50\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "only one of power and interest" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\" identified-on=\"2025-02-30\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute identified-on is “2025-02-30”; expected a date written as YYYY-MM-DD" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\" last-reviewed=\"20.2.2026\">\n" PARTY_NAME "    </party>\n",
      4, 5, "the attribute last-reviewed is “20.2.2026”" },
    /* structure */
    { PARTY_OPEN PARTY_NAME "      <name>Again</name>\n    </party>\n", 6, 7, "party “Regulator”: there is more than one <name>; expected at most one" },
    { PARTY_OPEN PARTY_NAME "      loose text\n    </party>\n", 6, 7, "unexpected text “loose text”" },
    { PARTY_OPEN PARTY_NAME "      <engagement><channel>a</channel><channel>b</channel></engagement>\n    </party>\n",
      6, 39, "more than one <channel>" },
    /* requirements */
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement type=\"legal\" priority=\"high\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement without an id: the attribute id is missing" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" priority=\"high\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “r1”: the attribute type is missing; expected one of legal, regulatory, contractual, business, other" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "the attribute priority is missing; expected one of low, medium, high" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"high\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "the attribute decision is missing; expected one of undecided, addressed, partially-addressed, not-addressed" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “r1”: the element <statement> is missing or empty" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"urgent\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “r1”: the attribute priority is “urgent”; expected one of low, medium, high" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"done\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "the attribute decision is “done”" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"addressed\" review-date=\"2026-9-1\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "the attribute review-date is “2026-9-1”; expected a date written as YYYY-MM-DD" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "          <reference>A.5.1</reference>\n        </requirement>\n      </requirements>\n    </party>\n",
      9, 11, "reference of requirement “r1”: the attribute kind is missing; expected one of control, policy, process, objective, other" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "          <reference kind=\"law\">A.5.1</reference>\n        </requirement>\n      </requirements>\n    </party>\n",
      9, 11, "the attribute kind is “law”" },
    /* duplicate ids, across parties and requirements */
    { PARTY_OPEN PARTY_NAME "    </party>\n" PARTY_OPEN "      <name>Twin</name>\n    </party>\n",
      7, 5, "party “Twin”: the id “p1” is already used; expected an id that no other party or requirement has" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"p1\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “p1”: the id “p1” is already used" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "        </requirement>\n" REQUIREMENT_OPEN STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      10, 9, "the id “r1” is already used" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = reader_wrap_parties (cases[i].party);

      g_test_message ("case %u: %s", i, cases[i].what);
      reader_assert_fails (xml, QUADRANT_READER_ERROR_INVALID, cases[i].line, cases[i].column, cases[i].what);
    }
}

static void
test_bad_metadata_and_revisions (void)
{
  reader_assert_fails (HEAD "  <metadata>\n    <approval-date>2026-13-01</approval-date>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5,
                "metadata: the element <approval-date> holds “2026-13-01”; expected a date written as YYYY-MM-DD");
  reader_assert_fails (HEAD "  <metadata>\n    <next-review>soon</next-review>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "the element <next-review> holds “soon”");
  reader_assert_fails (HEAD "  <metadata>\n    <scope>a</scope>\n    <scope>b</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 5, "metadata: there is more than one <scope>");
  reader_assert_fails (HEAD "  <metadata/>\n  <metadata/>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 3, "register: there is more than one <metadata>");
  reader_assert_fails (HEAD "  <revisions>\n    <revision date=\"2025-01-01\"/>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "revision without a version: the attribute version is missing; expected a version such as 1.0");
  reader_assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\"/>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "revision “1.0”: the attribute date is missing; expected a date written as YYYY-MM-DD");
  reader_assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"yesterday\"/>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "revision “1.0”: the attribute date is “yesterday”");
  reader_assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position support=\"neutral\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "revision “1.0”, a position without a party: the attribute party is missing; expected the id of a party");
  reader_assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "revision “1.0”, position of party “p1”: the attribute support is missing");
  reader_assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\" power=\"101\" interest=\"1\" support=\"neutral\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "the attribute power is “101”");
  reader_assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\" power=\"10\" support=\"neutral\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "only one of power and interest");
}

static void
test_bad_dangling_position (void)
{
  reader_assert_fails (HEAD
                "  <revisions>\n"
                "    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\" support=\"neutral\"/>\n"
                "      <position party=\"r1\" support=\"neutral\"/>\n"
                "    </revision>\n"
                "  </revisions>\n"
                "  <parties>\n"
                PARTY_OPEN PARTY_NAME
                "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "        </requirement>\n      </requirements>\n"
                "    </party>\n"
                "  </parties>\n"
                "</register>\n",
                QUADRANT_READER_ERROR_INVALID, 6, 7,
                "revision “1.0” has a position of party “r1”, which is not in the register");
}

static void
test_bad_utf8 (void)
{
  reader_assert_fails (HEAD "  <metadata>\n    <scope>caf\xC3</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL);
  reader_assert_fails (HEAD "  <metadata>\n    <scope>\xFF\xFE</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL);
  /* a register is UTF-8 whatever it declares */
  reader_assert_fails ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>caf\xE9</scope></metadata></register>",
                QUADRANT_READER_ERROR_MALFORMED, 2, 0, NULL);
  /* other encodings, with or without a byte order mark */
  g_free (reader_assert_fails_with_length ("<\0?\0x\0m\0l\0", 10, QUADRANT_READER_ERROR_MALFORMED, 1, 1, "UTF-8"));
  g_free (reader_assert_fails_with_length ("\xFF\xFE<\0r\0", 6, QUADRANT_READER_ERROR_MALFORMED, 1, 1, "UTF-8"));
  g_free (reader_assert_fails_with_length ("\xFE\xFF\0<\0r", 6, QUADRANT_READER_ERROR_MALFORMED, 1, 1, "UTF-8"));
  /* a DOCTYPE in UTF-16 is refused too, as it is not UTF-8 */
  {
    static const char doctype[] = "<!DOCTYPE register>";
    char utf16[2 * sizeof doctype];

    for (gsize i = 0; i < sizeof doctype; i++)
      {
        utf16[2 * i] = doctype[i];
        utf16[2 * i + 1] = '\0';
      }
    g_free (reader_assert_fails_with_length (utf16, sizeof utf16, QUADRANT_READER_ERROR_MALFORMED, 1, 1, NULL));
  }
  /* a NUL byte is not XML either */
  g_free (reader_assert_fails_with_length (HEAD "  <metadata>\n    <scope>a\0b</scope>\n  </metadata>\n</register>\n",
                                    sizeof (HEAD) + 40, QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL));
}

/* ---- hostile input ---- */

#define SECRET_MARKER "QUADRANT-SECRET-7f3a9c"

static char *
secret_file (void)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("test-reader-secret-XXXXXX", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, SECRET_MARKER "\n", -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_refused_without_secret (const char *xml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = reader_load (xml, &error);

  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_FORBIDDEN);
  g_assert_null (strstr (error->message, SECRET_MARKER));
}

static void
test_hostile_external_entity (void)
{
  g_autofree char *path = secret_file ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *general = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE register [ <!ENTITY xxe SYSTEM \"%s\"> ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&xxe;</scope></metadata></register>\n", uri);
  g_autofree char *plain_path = g_strdup_printf (
    "<!DOCTYPE register [ <!ENTITY xxe SYSTEM \"%s\"> ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&xxe;</scope></metadata></register>\n", path);
  g_autofree char *parameter = g_strdup_printf (
    "<!-- a comment first --><?pi before?>\n"
    "<!DOCTYPE register [ <!ENTITY %% xxe SYSTEM \"%s\"> %%xxe; ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"/>\n", uri);
  g_autofree char *external_dtd = g_strdup_printf (
    "<!DOCTYPE register SYSTEM \"%s\">\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"/>\n", uri);
  g_autofree char *in_attribute = g_strdup_printf (
    "<!DOCTYPE register [ <!ENTITY xxe SYSTEM \"%s\"> ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\" x=\"&xxe;\"/>\n", uri);

  assert_refused_without_secret (general);
  reader_assert_fails (general, QUADRANT_READER_ERROR_FORBIDDEN, 2, 1, "DOCTYPE");
  assert_refused_without_secret (plain_path);
  assert_refused_without_secret (parameter);
  reader_assert_fails (parameter, QUADRANT_READER_ERROR_FORBIDDEN, 2, 1, NULL);
  assert_refused_without_secret (external_dtd);
  assert_refused_without_secret (in_attribute);

  g_unlink (path);
}

/* The same, in a child process whose whole output must not contain the secret. */
static void
test_hostile_external_entity_output (void)
{
  if (g_test_subprocess ())
    {
      test_hostile_external_entity ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDIN);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout_unmatched ("*" SECRET_MARKER "*");
  g_test_trap_assert_stderr_unmatched ("*" SECRET_MARKER "*");
}

static void
test_hostile_billion_laughs (void)
{
  static const char laughs[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&lol9;</scope></metadata></register>\n";

  reader_assert_fails (laughs, QUADRANT_READER_ERROR_FORBIDDEN, 2, 1, NULL);
}

static void
test_hostile_doctype (void)
{
  g_autoptr(QuadrantRegister) reg = NULL;

  reader_assert_fails ("<!DOCTYPE register>\n<register xmlns=\"" NS "\" format=\"1.0\"/>",
                QUADRANT_READER_ERROR_FORBIDDEN, 1, 1, NULL);
  reader_assert_fails ("<?xml version=\"1.0\"?>\n\n  <!-- <!DOCTYPE in a comment is fine -->\n  <!DOCTYPE register>\n"
                "<register xmlns=\"" NS "\" format=\"1.0\"/>",
                QUADRANT_READER_ERROR_FORBIDDEN, 4, 3, NULL);
  /* a DOCTYPE-like text in a comment alone is harmless */
  reg = reader_load_ok ("<!-- <!DOCTYPE x> --><register xmlns=\"" NS "\" format=\"1.0\"/>");
  g_assert_nonnull (reg);
  /* undeclared entities (there is nowhere to declare them) */
  reader_assert_fails (HEAD "  <metadata>\n    <scope>&nbsp;</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_FORBIDDEN, 4, 0, "nbsp");
}

static void
test_hostile_network (void)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocket) client = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dtd = NULL;
  g_autofree char *entity = NULL;
  guint16 port;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, TRUE, &error);
  g_assert_no_error (error);
  g_socket_listen (socket, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  dtd = g_strdup_printf ("<!DOCTYPE register SYSTEM \"http://127.0.0.1:%u/evil.dtd\">\n"
                         "<register xmlns=\"" NS "\" format=\"1.0\"/>\n", port);
  entity = g_strdup_printf ("<!DOCTYPE register [ <!ENTITY e SYSTEM \"http://127.0.0.1:%u/e\"> ]>\n"
                            "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&e;</scope></metadata></register>\n",
                            port);
  reader_assert_fails (dtd, QUADRANT_READER_ERROR_FORBIDDEN, 1, 1, NULL);
  reader_assert_fails (entity, QUADRANT_READER_ERROR_FORBIDDEN, 1, 1, NULL);

  /* any connection attempt would be waiting in the backlog by now */
  g_socket_set_blocking (socket, FALSE);
  client = g_socket_accept (socket, NULL, &error);
  g_assert_null (client);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static void
test_hostile_deep_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) unknown = g_string_new (HEAD);
  g_autoptr(GString) known = g_string_new (HEAD "  <metadata>\n    <scope>");
  g_autoptr(GString) in_party = g_string_new (HEAD "  <parties>\n");

  for (guint i = 0; i < depth; i++)
    g_string_append (unknown, "<a>");
  for (guint i = 0; i < depth; i++)
    g_string_append (unknown, "</a>");
  g_string_append (unknown, "</register>\n");
  g_free (reader_assert_fails_with_length (unknown->str, unknown->len, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  g_free (reader_assert_fails_with_length (unknown->str, unknown->len / 2, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  /* inside a party, in elements of our own namespace */
  g_string_append (in_party, PARTY_OPEN PARTY_NAME);
  for (guint i = 0; i < depth; i++)
    g_string_append (in_party, "<party>");
  g_free (reader_assert_fails_with_length (in_party->str, in_party->len, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  /* in a text element, whose unknown elements are kept too */
  for (guint i = 0; i < depth; i++)
    g_string_append (known, "<b>");
  g_free (reader_assert_fails_with_length (known->str, known->len, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));
}

static void
test_hostile_huge_text (void)
{
  const gsize huge = 100 * 1024 * 1024;
  static const char head[] = HEAD "  <metadata>\n    <scope>";
  static const char tail[] = "</scope>\n  </metadata>\n</register>\n";
  g_autofree char *xml = g_malloc (sizeof head + huge + sizeof tail);
  gsize length = 0;

  memcpy (xml, head, sizeof head - 1);
  length += sizeof head - 1;
  memset (xml + length, 'a', huge);
  length += huge;
  memcpy (xml + length, tail, sizeof tail - 1);
  length += sizeof tail - 1;

  g_free (reader_assert_fails_with_length (xml, length, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  /* over our own limit, under libxml2's */
  length = sizeof head - 1 + 2 * QUADRANT_READER_MAX_TEXT_SIZE;
  memcpy (xml + length, tail, sizeof tail - 1);
  length += sizeof tail - 1;
  g_free (reader_assert_fails_with_length (xml, length, QUADRANT_READER_ERROR_TOO_LARGE, 4, 5, "longer than"));

  /* the same in an attribute */
  length = strlen (HEAD "  <x:y xmlns:x=\"urn:x\" a=\"");
  memcpy (xml, HEAD "  <x:y xmlns:x=\"urn:x\" a=\"", length);
  memset (xml + length, 'a', 2 * QUADRANT_READER_MAX_TEXT_SIZE);
  length += 2 * QUADRANT_READER_MAX_TEXT_SIZE;
  memcpy (xml + length, "\"/></register>", strlen ("\"/></register>"));
  length += strlen ("\"/></register>");
  g_free (reader_assert_fails_with_length (xml, length, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader/bad/empty", test_bad_empty);
  g_test_add_func ("/reader/bad/truncated", test_bad_truncated);
  g_test_add_func ("/reader/bad/not-xml", test_bad_not_xml);
  g_test_add_func ("/reader/bad/root", test_bad_root);
  g_test_add_func ("/reader/bad/version", test_bad_version);
  g_test_add_func ("/reader/bad/example-message", test_bad_example_message);
  g_test_add_func ("/reader/bad/party-fields", test_bad_party_fields);
  g_test_add_func ("/reader/bad/metadata-and-revisions", test_bad_metadata_and_revisions);
  g_test_add_func ("/reader/bad/dangling-position", test_bad_dangling_position);
  g_test_add_func ("/reader/bad/utf8", test_bad_utf8);
  g_test_add_func ("/reader/hostile/external-entity", test_hostile_external_entity);
  g_test_add_func ("/reader/hostile/external-entity-output", test_hostile_external_entity_output);
  g_test_add_func ("/reader/hostile/billion-laughs", test_hostile_billion_laughs);
  g_test_add_func ("/reader/hostile/doctype", test_hostile_doctype);
  g_test_add_func ("/reader/hostile/network", test_hostile_network);
  g_test_add_func ("/reader/hostile/deep-nesting", test_hostile_deep_nesting);
  g_test_add_func ("/reader/hostile/huge-text", test_hostile_huge_text);

  return g_test_run ();
}
