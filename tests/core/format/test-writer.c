/* test-writer.c: canonical output, the schema, round trips and safe saving */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench/quadrant-generate.h"
#include "quadrant-reader.h"
#include "quadrant-safe-file.h"
#include "quadrant-test-faults.h"
#include "quadrant-writer.h"

#define PARTY_A "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
#define PARTY_B "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
#define PARTY_GONE "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
#define REQUIREMENT_A "cccccccc-cccc-4ccc-8ccc-cccccccccccc"

/* ---- Helpers ---- */

static QuadrantRegister *
build_small_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  g_autoptr(QuadrantRevision) revision = NULL;
  g_autoptr(QuadrantParty) regulator = NULL;
  g_autoptr(QuadrantParty) staff = NULL;
  g_autoptr(QuadrantRequirement) breach = NULL;
  g_autoptr(GPtrArray) references = quadrant_reference_array_new ();

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Northwind Health Ltd");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_SCOPE, "Patient portal");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, "2026-03-01");

  revision = quadrant_revision_new ("1.0", "2025-03-01", "Jane Doe", "First register");
  quadrant_revision_add_position (revision, PARTY_A, 80, 60, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_revision_add_position (revision, PARTY_GONE, 10, 10, QUADRANT_SUPPORT_LEADING);
  quadrant_revision_add_position (revision, PARTY_B, QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED,
                                  QUADRANT_SUPPORT_UNAWARE);
  quadrant_register_append_revision_unrecorded (reg, revision);

  regulator = quadrant_party_new (PARTY_A);
  quadrant_party_set_name (regulator, "Data protection authority");
  quadrant_party_set_category (regulator, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_party_set_kind (regulator, QUADRANT_KIND_REGULATORS);
  quadrant_party_set_power (regulator, 80);
  quadrant_party_set_interest (regulator, 60);
  quadrant_party_set_current_support (regulator, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_party_set_desired_support (regulator, QUADRANT_SUPPORT_SUPPORTIVE);
  quadrant_party_set_identified_by (regulator, QUADRANT_IDENTIFICATION_RISK_ASSESSMENT);
  quadrant_party_set_identified_on (regulator, "2025-02-10");
  quadrant_party_set_last_reviewed (regulator, "2026-02-20");
  quadrant_party_set_owner (regulator, "Data protection officer");
  quadrant_party_set_engagement_channel (regulator, "Secure portal");
  quadrant_party_set_engagement_frequency (regulator, "Yearly");
  quadrant_party_set_notes (regulator, "Call first");

  breach = quadrant_requirement_new (REQUIREMENT_A);
  quadrant_requirement_set_statement (breach, "Breaches are notified within 72 hours");
  quadrant_requirement_set_requirement_type (breach, QUADRANT_REQUIREMENT_TYPE_LEGAL);
  quadrant_requirement_set_priority (breach, QUADRANT_PRIORITY_HIGH);
  quadrant_requirement_set_decision (breach, QUADRANT_DECISION_ADDRESSED);
  quadrant_requirement_set_review_date (breach, "2026-09-01");
  quadrant_requirement_set_source (breach, "GDPR Art. 33");
  quadrant_requirement_set_rationale (breach, "Incident procedure covers it");
  g_ptr_array_add (references, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.24"));
  g_ptr_array_add (references, quadrant_reference_new (QUADRANT_REFERENCE_KIND_PROCESS,
                                                       "Incident management"));
  quadrant_requirement_set_references (breach, references);
  quadrant_requirement_set_owner (breach, "Data protection officer");
  quadrant_party_append_requirement (regulator, breach);
  quadrant_register_append_party_unrecorded (reg, regulator);

  /* Only what is required: everything optional must be left out. */
  staff = quadrant_party_new (PARTY_B);
  quadrant_party_set_name (staff, "Staff");
  quadrant_party_set_category (staff, QUADRANT_CATEGORY_INTERNAL);
  quadrant_party_set_kind (staff, QUADRANT_KIND_STAFF);
  quadrant_party_set_power (staff, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_interest (staff, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_current_support (staff, QUADRANT_SUPPORT_UNAWARE);
  quadrant_party_set_desired_support (staff, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_register_append_party_unrecorded (reg, staff);

  return reg;
}

static const char small_register_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
  "  <metadata>\n"
  "    <organisation>Northwind Health Ltd</organisation>\n"
  "    <scope>Patient portal</scope>\n"
  "    <approval-date>2026-03-01</approval-date>\n"
  "  </metadata>\n"
  "  <revisions>\n"
  "    <revision version=\"1.0\" date=\"2025-03-01\" author=\"Jane Doe\">\n"
  "      <summary>First register</summary>\n"
  "      <position party=\"" PARTY_A "\" power=\"80\" interest=\"60\" support=\"neutral\"/>\n"
  "      <position party=\"" PARTY_B "\" support=\"unaware\"/>\n"
  "    </revision>\n"
  "  </revisions>\n"
  "  <parties>\n"
  "    <party id=\"" PARTY_A "\" category=\"external\" kind=\"regulators\" power=\"80\" "
  "interest=\"60\" support=\"neutral\" desired-support=\"supportive\" "
  "identified-by=\"risk-assessment\" identified-on=\"2025-02-10\" last-reviewed=\"2026-02-20\">\n"
  "      <name>Data protection authority</name>\n"
  "      <owner>Data protection officer</owner>\n"
  "      <engagement>\n"
  "        <channel>Secure portal</channel>\n"
  "        <frequency>Yearly</frequency>\n"
  "      </engagement>\n"
  "      <notes>Call first</notes>\n"
  "      <requirements>\n"
  "        <requirement id=\"" REQUIREMENT_A "\" type=\"legal\" priority=\"high\" "
  "decision=\"addressed\" review-date=\"2026-09-01\">\n"
  "          <statement>Breaches are notified within 72 hours</statement>\n"
  "          <source>GDPR Art. 33</source>\n"
  "          <rationale>Incident procedure covers it</rationale>\n"
  "          <reference kind=\"control\">A.5.24</reference>\n"
  "          <reference kind=\"process\">Incident management</reference>\n"
  "          <owner>Data protection officer</owner>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  "    <party id=\"" PARTY_B "\" category=\"internal\" kind=\"staff\" support=\"unaware\" "
  "desired-support=\"neutral\">\n"
  "      <name>Staff</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";

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
collect_error_cb (void        *data,
                  xmlErrorPtr  error)
{
  g_string_append_printf (data, "line %d: %s", error->line, error->message);
}

/* NULL when valid, else the validator's complaints. */
static char *
validate_against_schema (const char *xml)
{
  g_autofree char *path = g_build_filename (g_getenv ("QUADRANT_DATADIR"),
                                            "quadrant-register.rng", NULL);
  g_autoptr(GString) errors = g_string_new (NULL);
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr validator;
  xmlDocPtr doc;
  int result;

  parser = xmlRelaxNGNewParserCtxt (path);
  xmlRelaxNGSetParserStructuredErrors (parser, collect_error_cb, errors);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  if (schema == NULL)
    g_error ("Cannot load the schema %s: %s", path, errors->str);

  doc = xmlReadMemory (xml, strlen (xml), "register.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);

  validator = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (validator, collect_error_cb, errors);
  result = xmlRelaxNGValidateDoc (validator, doc);

  xmlRelaxNGFreeValidCtxt (validator);
  xmlFreeDoc (doc);
  xmlRelaxNGFree (schema);

  if (result == 0)
    return NULL;
  return g_strdup (errors->len > 0 ? errors->str : "invalid");
}

static void
assert_valid (const char *xml)
{
  g_autofree char *errors = validate_against_schema (xml);

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

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *identity = quadrant_safe_file_identity (file, &error);

  g_assert_no_error (error);
  return identity;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in a folder, sorted and comma-separated, to see leftovers. */
static char *
list_folder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

typedef struct {
  char             *dir;
  char             *path;     /* dir/register.quadrant.xml */
  GFile            *file;
  QuadrantRegister *reg;
} SaveFixture;

static void
save_fixture_set_up (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-writer-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "register.quadrant.xml", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->reg = build_small_register ();
  quadrant_test_limit_file_size (-1);
}

static void
save_fixture_tear_down (SaveFixture   *fixture,
                        gconstpointer  data)
{
  quadrant_test_limit_file_size (-1);
  g_assert_finalize_object (fixture->reg);
  g_object_unref (fixture->file);
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
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

      errors = validate_against_schema (broken);
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
  g_autofree char *original = read_file (path);
  g_autoptr(QuadrantRegister) reg = load_string (original);
  g_autofree char *xml = write_to_string (reg);

  g_assert_cmpstr (xml, ==, original);
  assert_valid (xml);
}

/* ---- Saving ---- */

static void
test_save_new_file_and_backup (SaveFixture   *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *second_etag = NULL;
  g_autofree char *queried = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_path = g_strconcat (fixture->path, "~", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *second_xml = NULL;

  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, &etag, &error));
  g_assert_no_error (error);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, small_register_xml);
  queried = query_etag (fixture->file);
  g_assert_cmpstr (etag, ==, queried);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));

  /* A second save keeps the first version as FILE~. */
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Southwind");
  second_xml = write_to_string (fixture->reg);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, etag, &second_etag, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, second_xml);
  backup = read_file (backup_path);
  g_assert_cmpstr (backup, ==, small_register_xml);
  g_clear_pointer (&queried, g_free);
  queried = query_etag (fixture->file);
  g_assert_cmpstr (second_etag, ==, queried);

  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml,register.quadrant.xml~");
}

static void
test_save_unchanged_identical (SaveFixture   *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, &etag, &error));
  g_assert_no_error (error);
  first = read_file (fixture->path);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, etag, NULL, &error));
  g_assert_no_error (error);
  second = read_file (fixture->path);
  g_assert_cmpstr (first, ==, second);
}

/* Root is not stopped by permissions, so the folder that cannot be written
 * is one whose parent is a regular file. */
static void
test_save_parent_is_file (SaveFixture   *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "register.quadrant.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *etag = NULL;

  write_file (blocker, "precious\n");

  g_assert_false (quadrant_writer_save (fixture->reg, file, NULL, &etag, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
  g_assert_null (etag);

  contents = read_file (blocker);
  g_assert_cmpstr (contents, ==, "precious\n");
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "not-a-folder");
}

static void
test_save_target_is_folder (SaveFixture   *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0755), ==, 0);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
}

/* Gives the file other content and another modification time, as another
 * program saving it would. */
static void
change_on_disk (SaveFixture *fixture,
                const char  *contents)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  write_file (fixture->path, contents);
  g_file_set_attribute_uint64 (fixture->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                               (guint64) st.st_mtime - 100, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
}

static void
test_save_changed_on_disk (SaveFixture   *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  const char *theirs = "<register>their version</register>\n";

  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, &etag, &error));
  g_assert_no_error (error);
  change_on_disk (fixture, theirs);

  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Ours");
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, etag, &new_etag, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
  g_assert_null (new_etag);

  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, theirs);
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml");

  /* Without an etag the caller chose to overwrite. */
  g_clear_error (&error);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "<organisation>Ours</organisation>"));
}

/* The etag the reader gives is the one the writer checks. */
static void
test_save_changed_after_load (SaveFixture   *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) loaded = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *theirs = replace (small_register_xml, "Patient portal", "Whole company");

  write_file (fixture->path, small_register_xml);
  loaded = quadrant_reader_load_file (fixture->file, &etag, &error);
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  change_on_disk (fixture, theirs);
  quadrant_register_set_metadata (loaded, QUADRANT_FIELD_REGISTER_ORGANISATION, "Ours");
  g_assert_false (quadrant_writer_save (loaded, fixture->file, etag, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, theirs);
}

/* A write that fails partway (the system refuses to make the file larger
 * than a limit, as a full disk refuses to) leaves the register as it was. */
static void
test_save_write_fails (SaveFixture   *fixture,
                       gconstpointer  data)
{
  const gssize limits[] = { 0, 1, 100, (gssize) strlen (small_register_xml) - 1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;

  old = g_strdup ("<?xml version=\"1.0\"?>\n<register>old</register>\n");
  write_file (fixture->path, old);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autofree char *etag = query_etag (fixture->file);
      g_autofree char *new_etag = NULL;

      quadrant_test_limit_file_size (limits[i]);
      g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, etag, &new_etag, &error));
      g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
      g_assert_null (new_etag);
      g_clear_error (&error);

      contents = read_file (fixture->path);
      g_assert_cmpstr (contents, ==, old);
      g_clear_pointer (&contents, g_free);
      /* No temporary file left behind, and no backup made of a save that failed. */
      listing = list_folder (fixture->dir);
      g_assert_cmpstr (listing, ==, "register.quadrant.xml");
      g_clear_pointer (&listing, g_free);
    }

  /* A failure writing a new file leaves no half-written file. */
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  quadrant_test_limit_file_size (10);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_clear_error (&error);
  listing = list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
  g_clear_pointer (&listing, g_free);

  /* Off again: saving works. */
  quadrant_test_limit_file_size (-1);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, small_register_xml);
}

/* Saving through a symbolic link replaces the file it points at and keeps the link. */
static void
test_save_symlink (SaveFixture   *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real = g_build_filename (fixture->dir, "real.quadrant.xml", NULL);
  g_autofree char *real_backup = g_strconcat (real, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *etag = NULL;

  write_file (real, "old\n");
  g_assert_cmpint (symlink ("real.quadrant.xml", fixture->path), ==, 0);
  etag = query_etag (fixture->file);

  quadrant_test_limit_file_size (5);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, etag, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_clear_error (&error);
  contents = read_file (real);
  g_assert_cmpstr (contents, ==, "old\n");
  g_clear_pointer (&contents, g_free);

  quadrant_test_limit_file_size (-1);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  contents = read_file (real);
  g_assert_cmpstr (contents, ==, small_register_xml);
  backup = read_file (real_backup);
  g_assert_cmpstr (backup, ==, "old\n");
}

/* What the reader would refuse is not saved: the file would not open again. */
static void
test_save_unloadable (SaveFixture   *fixture,
                      gconstpointer  data)
{
  const char *expected[] = {
    "the party at position 2 has no name",
    "the identification date of the party “Data protection authority”, “next week”, is not a date",
    "the requirement “Same id as a party” has the id “" PARTY_B "”, which is already used",
    "a requirement of the party “Data protection authority” has no statement",
    "the approval date of the register, “2026-02-30”, is not a date",
  };
  const char *old = "<register>old</register>\n";

  write_file (fixture->path, old);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(QuadrantRegister) reg = build_small_register ();
      QuadrantParty *regulator = quadrant_register_find_party (reg, PARTY_A);
      QuadrantParty *staff = quadrant_register_find_party (reg, PARTY_B);
      QuadrantRequirement *breach = quadrant_register_find_requirement (reg, REQUIREMENT_A);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;

      switch (i)
        {
        case 0:
          quadrant_party_set_name (staff, " \n ");
          break;
        case 1:
          quadrant_party_set_identified_on (regulator, "next week");
          break;
        case 2:
          {
            g_autoptr(QuadrantRequirement) twin = quadrant_requirement_new (PARTY_B);

            quadrant_requirement_set_statement (twin, "Same id as a party");
            quadrant_party_append_requirement (staff, twin);
          }
          break;
        case 3:
          quadrant_requirement_set_statement (breach, "");
          break;
        case 4:
          quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, "2026-02-30");
          break;
        default:
          g_assert_not_reached ();
        }

      g_assert_false (quadrant_writer_save (reg, fixture->file, NULL, NULL, &error));
      g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
      if (strstr (error->message, expected[i]) == NULL || strstr (error->message, "register.quadrant.xml") == NULL)
        g_error ("Unexpected message for case %u: %s", i, error->message);

      contents = read_file (fixture->path);
      g_assert_cmpstr (contents, ==, old);
    }
}

/* A file with several hard links is never written in place: a failure
 * leaves it as it was, and a save replaces it (the other name keeps the old
 * version) and says that the link was broken. */
static void
test_save_hard_link (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (fixture->dir, "other-name.xml", NULL);
  g_autofree char *backup_path = g_strconcat (fixture->path, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  const char *old = "<register>old</register>\n";
  QuadrantSafeFileNotice notice = QUADRANT_SAFE_FILE_NOTICE_NONE;
  GStatBuf st;

  write_file (fixture->path, old);
  g_assert_cmpint (link (fixture->path, other), ==, 0);

  quadrant_test_limit_file_size (50);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_clear_error (&error);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, old);
  g_clear_pointer (&contents, g_free);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_nlink, ==, 2);

  quadrant_test_limit_file_size (-1);
  g_assert_true (quadrant_writer_save_full (fixture->reg, fixture->file, NULL, NULL, &notice, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notice, ==, QUADRANT_SAFE_FILE_NOTICE_LINK_BROKEN);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, small_register_xml);
  g_clear_pointer (&contents, g_free);
  contents = read_file (other);
  g_assert_cmpstr (contents, ==, old);
  backup = read_file (backup_path);
  g_assert_cmpstr (backup, ==, old);
}

/* Nothing is written that the reader would refuse: a text over its limit
 * fails the save with a message naming the element, and the file stays. */
static void
test_save_text_too_long (SaveFixture   *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (fixture->reg), 0);
  g_autofree char *notes = g_strnfill (QUADRANT_READER_MAX_TEXT_SIZE + 1, 'x');
  g_autofree char *contents = NULL;
  const char *old = "<register>old</register>\n";

  write_file (fixture->path, old);
  quadrant_party_set_notes (party, notes);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "<notes>"));
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, old);
  g_clear_error (&error);

  /* At the limit it is saved, and loads again. */
  notes[QUADRANT_READER_MAX_TEXT_SIZE] = '\0';
  quadrant_party_set_notes (party, notes);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QuadrantRegister) again = quadrant_reader_load_file (fixture->file, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (again);
  }
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

#define ADD_SAVE_TEST(path, func) \
  g_test_add (path, SaveFixture, NULL, save_fixture_set_up, func, save_fixture_tear_down)
  ADD_SAVE_TEST ("/writer/save/new-file-and-backup", test_save_new_file_and_backup);
  ADD_SAVE_TEST ("/writer/save/unchanged-identical", test_save_unchanged_identical);
  ADD_SAVE_TEST ("/writer/save/parent-is-file", test_save_parent_is_file);
  ADD_SAVE_TEST ("/writer/save/target-is-folder", test_save_target_is_folder);
  ADD_SAVE_TEST ("/writer/save/changed-on-disk", test_save_changed_on_disk);
  ADD_SAVE_TEST ("/writer/save/text-too-long", test_save_text_too_long);
  ADD_SAVE_TEST ("/writer/save/changed-after-load", test_save_changed_after_load);
  ADD_SAVE_TEST ("/writer/save/write-fails", test_save_write_fails);
  ADD_SAVE_TEST ("/writer/save/symlink", test_save_symlink);
  ADD_SAVE_TEST ("/writer/save/hard-link", test_save_hard_link);
  ADD_SAVE_TEST ("/writer/save/unloadable", test_save_unloadable);
#undef ADD_SAVE_TEST

  return g_test_run ();
}
