/* test-writer.c: canonical output, the schema and round trips through the reader */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench/quadrant-generate.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "quadrant-test-files.h"
#include "quadrant-writer.h"
#include "writer-small-register.h"

/* ---- Helpers ---- */

/* The small register plus kept foreign attributes and elements on every
 * object that keeps them, as the reader would fill them in. */
static QuadrantRegister *
build_register_with_extras (void)
{
  QuadrantRegister *reg = build_small_register ();
  QuadrantParty *regulator = quadrant_register_find_party (reg, PARTY_A);
  QuadrantRequirement *breach = quadrant_register_find_requirement (reg, REQUIREMENT_A);
  g_autoptr(QuadrantRevision) revision = g_list_model_get_item (quadrant_register_get_revisions (reg), 0);
  QuadrantExtras *extras;

  extras = quadrant_register_get_extras (reg);
  quadrant_extras_add_attribute (extras, "xmlns:x", "urn:example:x");
  quadrant_extras_add_attribute (extras, "x:tool", "Other tool 2.0");
  quadrant_extras_add_element (extras, "<x:signature by=\"auditor\">ok</x:signature>");

  extras = quadrant_party_get_extras (regulator);
  quadrant_extras_add_attribute (extras, "x:colour", "#ff0000");
  quadrant_extras_add_element (extras,
                               "<x:shape kind=\"star\">\n"
                               "        <x:point at=\"1\"/>\n"
                               "      </x:shape>");
  /* Would clash with known attributes or move the party out of our namespace. */
  quadrant_extras_add_attribute (extras, "id", "not-the-id");
  quadrant_extras_add_attribute (extras, "xmlns", "urn:other");

  extras = quadrant_requirement_get_extras (breach);
  quadrant_extras_add_attribute (extras, "x:legacy-id", "R-17");
  quadrant_extras_add_element (extras, "<tags><tag>gdpr</tag></tags>");

  extras = quadrant_revision_get_extras (revision);
  quadrant_extras_add_attribute (extras, "x:signed", "yes");
  quadrant_extras_add_element (extras, "<x:approval>board &amp; CEO</x:approval>");

  return reg;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static char *
write_to_string (QuadrantRegister *reg)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);

  return bytes_to_string (bytes);
}

static void
assert_valid (const char *xml)
{
  g_autofree char *errors = quadrant_test_schema_errors (xml, strlen (xml));

  if (errors != NULL)
    g_error ("Output does not validate against the schema: %s\n%s", errors, xml);
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), >, 1);
  return g_strjoinv (new, parts);
}

static QuadrantRegister *
load_string (const char *xml)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg;

  reg = quadrant_reader_load_data (xml, strlen (xml), "test.quadrant.xml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reg);
  return reg;
}

/* ---- Canonical output ---- */

static void
test_canonical_small (void)
{
  g_autoptr(QuadrantRegister) reg = build_small_register ();
  g_autofree char *xml = write_to_string (reg);

  g_assert_cmpstr (xml, ==, small_register_xml);
}

static void
test_canonical_empty (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autofree char *xml = write_to_string (reg);

  g_assert_cmpstr (xml, ==,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<register xmlns=\"urn:quadrant:register\" format=\"1.0\"/>\n");
  assert_valid (xml);
}

static void
test_canonical_repeatable (void)
{
  g_autoptr(QuadrantRegister) reg = build_register_with_extras ();
  g_autoptr(GBytes) first = quadrant_writer_to_bytes (reg);
  g_autoptr(GBytes) second = quadrant_writer_to_bytes (reg);

  g_assert_true (g_bytes_equal (first, second));
}

/* Parties that were removed after a revision was recorded are not written. */
static void
test_canonical_removed_party (void)
{
  g_autoptr(QuadrantRegister) reg = build_small_register ();
  g_autofree char *xml = NULL;

  quadrant_register_remove_party (reg, quadrant_register_find_party (reg, PARTY_B));
  xml = write_to_string (reg);

  g_assert_null (strstr (xml, "<position party=\"" PARTY_B "\""));
  g_assert_null (strstr (xml, PARTY_GONE));
  g_assert_nonnull (strstr (xml, "<position party=\"" PARTY_A "\""));
  assert_valid (xml);
}

static void
test_canonical_extras (void)
{
  g_autoptr(QuadrantRegister) reg = build_register_with_extras ();
  g_autofree char *xml = write_to_string (reg);
  g_autofree char *expected = NULL;
  g_autofree char *step1 = NULL;
  g_autofree char *step2 = NULL;
  g_autofree char *step3 = NULL;
  g_autofree char *step4 = NULL;

  step1 = replace (small_register_xml,
                   "format=\"1.0\">",
                   "format=\"1.0\" xmlns:x=\"urn:example:x\" x:tool=\"Other tool 2.0\">");
  step2 = replace (step1,
                   "  </parties>\n",
                   "  </parties>\n"
                   "  <x:signature by=\"auditor\">ok</x:signature>\n");
  g_free (step1);
  step1 = replace (step2,
                   "last-reviewed=\"2026-02-20\">",
                   "last-reviewed=\"2026-02-20\" x:colour=\"#ff0000\">");
  step3 = replace (step1,
                   "      </requirements>\n",
                   "      </requirements>\n"
                   "      <x:shape kind=\"star\">\n"
                   "        <x:point at=\"1\"/>\n"
                   "      </x:shape>\n");
  g_free (step1);
  step1 = replace (step3,
                   "review-date=\"2026-09-01\">",
                   "review-date=\"2026-09-01\" x:legacy-id=\"R-17\">");
  step4 = replace (step1,
                   "          <owner>Data protection officer</owner>\n",
                   "          <owner>Data protection officer</owner>\n"
                   "          <tags><tag>gdpr</tag></tags>\n");
  g_free (step1);
  step1 = replace (step4,
                   "author=\"Jane Doe\">",
                   "author=\"Jane Doe\" x:signed=\"yes\">");
  expected = replace (step1,
                      "support=\"unaware\"/>\n",
                      "support=\"unaware\"/>\n"
                      "      <x:approval>board &amp; CEO</x:approval>\n");

  g_assert_cmpstr (xml, ==, expected);
  assert_valid (xml);
}

/* Characters XML cannot carry are dropped rather than making the file unloadable. */
static void
test_canonical_invalid_characters (void)
{
  g_autoptr(QuadrantRegister) reg = build_small_register ();
  QuadrantParty *staff = quadrant_register_find_party (reg, PARTY_B);
  g_autofree char *xml = NULL;
  xmlDocPtr doc;

  quadrant_party_set_notes (staff, "bell\a form\f nul-free \xEF\xBF\xBE end \xC3");
  xml = write_to_string (reg);

  g_assert_nonnull (strstr (xml, "<notes>bell form nul-free  end \xEF\xBF\xBD</notes>"));
  doc = xmlReadMemory (xml, strlen (xml), "register.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
  assert_valid (xml);
}

static const char special_text[] =
  "Tom & Jerry <tom@example.com> said \"hi\" 'there'\n"
  "second line\twith tab\r\nthird line after CRLF ]]> Zürich 東京 🙂 ";

/* Escaping, checked with libxml2's own parser: the parsed texts are the originals. */
static void
test_canonical_escaping (void)
{
  g_autoptr(QuadrantRegister) reg = build_small_register ();
  QuadrantParty *staff = quadrant_register_find_party (reg, PARTY_B);
  g_autoptr(QuadrantRevision) revision = quadrant_revision_new ("2.0", "2026-01-01", special_text, NULL);
  g_autofree char *xml = NULL;
  xmlDocPtr doc;
  xmlNodePtr node;
  guint found = 0;

  quadrant_party_set_name (staff, special_text);
  quadrant_register_append_revision_unrecorded (reg, revision);
  xml = write_to_string (reg);

  doc = xmlReadMemory (xml, strlen (xml), "register.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  for (node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      for (xmlNodePtr child = node->children; child != NULL; child = child->next)
        {
          g_autofree char *author = NULL;

          if (child->type != XML_ELEMENT_NODE)
            continue;

          author = (char *) xmlGetProp (child, (const xmlChar *) "author");
          if (g_strcmp0 (author, special_text) == 0)
            found++;

          if (g_str_equal ((const char *) child->name, "party"))
            {
              for (xmlNodePtr field = child->children; field != NULL; field = field->next)
                {
                  xmlChar *content;

                  if (field->type != XML_ELEMENT_NODE || !g_str_equal ((const char *) field->name, "name"))
                    continue;
                  content = xmlNodeGetContent (field);
                  if (g_strcmp0 ((const char *) content, special_text) == 0)
                    found++;
                  xmlFree (content);
                }
            }
        }
    }
  xmlFreeDoc (doc);

  g_assert_cmpuint (found, ==, 2);
  assert_valid (xml);
}

/* ---- The schema ---- */

static void
test_schema_valid (void)
{
  g_autoptr(QuadrantRegister) reg = build_small_register ();
  g_autofree char *xml = write_to_string (reg);

  assert_valid (xml);
}

/* The schema is no rubber stamp: it refuses what the format does not allow. */
static void
test_schema_refuses (void)
{
  const struct {
    const char *old;
    const char *new;
  } breakages[] = {
    { "kind=\"regulators\"", "kind=\"regulator\"" },
    { "power=\"80\" interest=\"60\" support=\"neutral\" desired", "power=\"80\" support=\"neutral\" desired" },
    { "power=\"80\" interest=\"60\" support=\"neutral\" desired", "power=\"101\" interest=\"60\" support=\"neutral\" desired" },
    { "format=\"1.0\"", "format=\"2.0\"" },
    { "2025-02-10", "10.02.2025" },
    { "<name>Staff</name>", "<name></name>" },
    { "<name>Staff</name>", "<name> \n\t </name>" },
    { "<name>Staff</name>\n", "" },
    { "urn:quadrant:register", "urn:something:else" },
    { "<organisation>Northwind Health Ltd</organisation>\n    <scope>Patient portal</scope>",
      "<scope>Patient portal</scope>\n    <organisation>Northwind Health Ltd</organisation>" },
    { "<statement>Breaches are notified within 72 hours</statement>\n          <source>GDPR Art. 33</source>",
      "<source>GDPR Art. 33</source>\n          <statement>Breaches are notified within 72 hours</statement>" },
    { PARTY_B "\" category", "not-a-uuid\" category" },
    { "      <notes>Call first</notes>\n", "      <notes>Call first</notes>\n      <owner>x</owner>\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (breakages); i++)
    {
      g_autofree char *broken = NULL;
      g_autofree char *errors = NULL;

      broken = replace (small_register_xml, breakages[i].old, breakages[i].new);

      errors = quadrant_test_schema_errors (broken, strlen (broken));
      if (errors == NULL)
        g_error ("The schema accepts breakage %u:\n%s", i, broken);
    }
}

/* Files from newer versions and other tools: foreign items where the reader keeps them. */
static void
test_schema_foreign (void)
{
  g_autofree char *step = NULL;
  g_autofree char *xml = NULL;

  const struct {
    const char *old;
    const char *new;
  } insertions[] = {
    { "  <revisions>\n", "  <x:glossary><x:term/></x:glossary>\n  <revisions>\n" },
    { "<name>Staff</name>", "<name>Staff</name><colour rgb=\"red\"/>" },
    { "<scope>", "<x:site>Leeds</x:site><scope>" },
    { "<revision ", "<x:draft/><revision " },
    { "<summary>", "<x:ticket>42</x:ticket><summary>" },
    { "</parties>", "<x:group/></parties>" },
    { "<channel>", "<x:tone>formal</x:tone><channel>" },
    { "<requirement ", "<x:import-log/><requirement " },
    { "<source>", "<x:clause n=\"33\"/><source>" },
    { "format=\"1.0\"", "format=\"1.7\" xmlns:x=\"urn:x\" x:tool=\"t\"" },
    { "author=\"Jane Doe\"", "author=\"Jane Doe\" x:signed=\"yes\"" },
    { "category=\"internal\"", "category=\"internal\" x:colour=\"red\" colour=\"blue\"" },
    { "decision=\"addressed\"", "decision=\"addressed\" x:legacy=\"R-1\"" },
  };

  xml = g_strdup (small_register_xml);
  for (guint i = 0; i < G_N_ELEMENTS (insertions); i++)
    {
      g_free (step);
      step = g_steal_pointer (&xml);
      xml = replace (step, insertions[i].old, insertions[i].new);
    }
  assert_valid (xml);
}

/* ---- Round trips through the reader ---- */

/* Write, load, write, load, write. The last two writes are always the same
 * bytes; with exact, the first is too (the reader may normalise kept foreign
 * XML, such as declaring the namespaces it uses, so a register built by hand
 * with extras reaches that fixed point after one load). Returns the second. */
static char *
assert_round_trip_stable (QuadrantRegister *reg,
                          gboolean          exact)
{
  g_autofree char *first = write_to_string (reg);
  g_autoptr(QuadrantRegister) loaded = load_string (first);
  g_autofree char *second = write_to_string (loaded);
  g_autoptr(QuadrantRegister) reloaded = load_string (second);
  g_autofree char *third = write_to_string (reloaded);

  if (exact)
    g_assert_cmpstr (second, ==, first);
  g_assert_cmpstr (third, ==, second);
  assert_valid (second);
  return g_steal_pointer (&second);
}

static void
test_round_trip_small (void)
{
  g_autoptr(QuadrantRegister) reg = build_small_register ();
  g_autoptr(QuadrantRegister) loaded = load_string (small_register_xml);
  g_autofree char *xml = write_to_string (loaded);

  g_assert_cmpstr (xml, ==, small_register_xml);
  g_free (assert_round_trip_stable (reg, TRUE));
}

static void
test_round_trip_extras (void)
{
  static const char *survivors[] = {
    "xmlns:x=\"urn:example:x\" x:tool=\"Other tool 2.0\">",
    "x:colour=\"#ff0000\">", "x:legacy-id=\"R-17\">", "x:signed=\"yes\">",
    "by=\"auditor\">ok</x:signature>\n</register>\n",
    "<x:point at=\"1\"/>", "<tag>gdpr</tag>", ">board &amp; CEO</x:approval>\n    </revision>",
  };
  g_autoptr(QuadrantRegister) reg = build_register_with_extras ();
  g_autofree char *xml = assert_round_trip_stable (reg, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (survivors); i++)
    if (strstr (xml, survivors[i]) == NULL)
      g_error ("“%s” was lost on load and save:\n%s", survivors[i], xml);
}

/* A file by another tool: every foreign attribute and element survives
 * load and save, and a second load and save changes nothing. */
static void
test_round_trip_foreign_file (void)
{
  static const char input[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<register xmlns=\"urn:quadrant:register\" format=\"1.3\" xmlns:ext=\"urn:example:ext\" ext:origin=\"tool\">\n"
    "  <metadata>\n"
    "    <organisation>Acme</organisation>\n"
    "  </metadata>\n"
    "  <parties>\n"
    "    <party id=\"" PARTY_A "\" category=\"external\" kind=\"customers\" support=\"neutral\" "
    "desired-support=\"supportive\" ext:score=\"7\" risk=\"high\">\n"
    "      <name>Customers</name>\n"
    "      <ext:segment code=\"B2B\">\n"
    "        <ext:region>EU &amp; UK</ext:region>\n"
    "      </ext:segment>\n"
    "      <requirements>\n"
    "        <requirement id=\"" REQUIREMENT_A "\" type=\"contractual\" priority=\"medium\" "
    "decision=\"undecided\" ext:weight=\"3\">\n"
    "          <statement>Uptime 99.9 %</statement>\n"
    "          <sla-link href=\"https://example.com/sla\"/>\n"
    "        </requirement>\n"
    "      </requirements>\n"
    "    </party>\n"
    "  </parties>\n"
    "  <ext:history><ext:entry n=\"1\">created</ext:entry></ext:history>\n"
    "</register>\n";
  static const char *survivors[] = {
    "xmlns:ext=\"urn:example:ext\"", "ext:origin=\"tool\"", "ext:score=\"7\"", "risk=\"high\"",
    "<ext:region>EU &amp; UK</ext:region>", "ext:weight=\"3\"",
    "href=\"https://example.com/sla\"/>",
    "<ext:entry n=\"1\">created</ext:entry>",
  };
  g_autoptr(QuadrantRegister) reg = load_string (input);
  g_autofree char *xml = write_to_string (reg);

  for (guint i = 0; i < G_N_ELEMENTS (survivors); i++)
    if (strstr (xml, survivors[i]) == NULL)
      g_error ("“%s” was lost on load and save:\n%s", survivors[i], xml);

  assert_valid (xml);
  g_free (assert_round_trip_stable (reg, TRUE));
}

static void
test_round_trip_special_characters (void)
{
  g_autoptr(QuadrantRegister) reg = build_small_register ();
  QuadrantParty *staff = quadrant_register_find_party (reg, PARTY_B);
  g_autoptr(QuadrantRevision) revision = quadrant_revision_new ("2.0", "2026-01-01", special_text,
                                                                special_text);
  g_autoptr(QuadrantRegister) loaded = NULL;
  g_autoptr(QuadrantRevision) loaded_revision = NULL;
  g_autofree char *xml = NULL;
  QuadrantParty *loaded_staff;

  quadrant_party_set_name (staff, special_text);
  quadrant_party_set_notes (staff, special_text);
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, special_text);
  quadrant_register_append_revision_unrecorded (reg, revision);

  xml = write_to_string (reg);
  loaded = load_string (xml);

  loaded_staff = quadrant_register_find_party (loaded, PARTY_B);
  g_assert_nonnull (loaded_staff);
  g_assert_cmpstr (quadrant_party_get_name (loaded_staff), ==, special_text);
  g_assert_cmpstr (quadrant_party_get_notes (loaded_staff), ==, special_text);
  g_assert_cmpstr (quadrant_register_get_organisation (loaded), ==, special_text);
  loaded_revision = g_list_model_get_item (quadrant_register_get_revisions (loaded), 1);
  g_assert_nonnull (loaded_revision);
  g_assert_cmpstr (quadrant_revision_get_author (loaded_revision), ==, special_text);
  g_assert_cmpstr (quadrant_revision_get_summary (loaded_revision), ==, special_text);

  g_free (assert_round_trip_stable (reg, TRUE));
}

/* A larger register with every enum value, references, revisions and text
 * that needs escaping: canonical by construction, so exactly stable. */
static void
test_round_trip_generated (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (300, 3000, 7);

  g_free (assert_round_trip_stable (reg, TRUE));
}

/* The bundled example is canonical: loading and writing it changes nothing. */
static void
test_round_trip_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QUADRANT_DATADIR"), "examples",
                                            "northwind.quadrant.xml", NULL);
  g_autofree char *original = quadrant_test_read_file (path);
  g_autoptr(QuadrantRegister) reg = load_string (original);
  g_autofree char *xml = write_to_string (reg);

  g_assert_cmpstr (xml, ==, original);
  assert_valid (xml);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/writer/canonical/small", test_canonical_small);
  g_test_add_func ("/writer/canonical/empty", test_canonical_empty);
  g_test_add_func ("/writer/canonical/repeatable", test_canonical_repeatable);
  g_test_add_func ("/writer/canonical/removed-party", test_canonical_removed_party);
  g_test_add_func ("/writer/canonical/extras", test_canonical_extras);
  g_test_add_func ("/writer/canonical/invalid-characters", test_canonical_invalid_characters);
  g_test_add_func ("/writer/canonical/escaping", test_canonical_escaping);

  g_test_add_func ("/writer/schema/valid", test_schema_valid);
  g_test_add_func ("/writer/schema/refuses", test_schema_refuses);
  g_test_add_func ("/writer/schema/foreign", test_schema_foreign);

  g_test_add_func ("/writer/round-trip/small", test_round_trip_small);
  g_test_add_func ("/writer/round-trip/extras", test_round_trip_extras);
  g_test_add_func ("/writer/round-trip/foreign-file", test_round_trip_foreign_file);
  g_test_add_func ("/writer/round-trip/special-characters", test_round_trip_special_characters);
  g_test_add_func ("/writer/round-trip/generated", test_round_trip_generated);
  g_test_add_func ("/writer/round-trip/example", test_round_trip_example);


  return g_test_run ();
}
