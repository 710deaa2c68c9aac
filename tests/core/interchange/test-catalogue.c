/* test-catalogue.c: the catalogue of typical parties: loads, validates against
 * its schema, is read safely, and adding entries is one undo step */
#define G_LOG_DOMAIN "test-catalogue"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "quadrant-catalogue.h"
#include "quadrant-data-file.h"
#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"
#include "quadrant-test-data.h"
#include "quadrant-test-locale.h"

#define NS "urn:quadrant:catalogue"

static QuadrantCatalogue *
load (void)
{
  g_autoptr(GError) error = NULL;
  QuadrantCatalogue *catalogue = quadrant_catalogue_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static gboolean
entry_has_requirement (const QuadrantCatalogueEntry *entry,
                       const char                   *words)
{
  for (guint i = 0; i < entry->requirements->len; i++)
    {
      QuadrantCatalogueRequirement *req = g_ptr_array_index (entry->requirements, i);
      g_autofree char *folded = g_utf8_casefold (req->statement, -1);

      if (strstr (folded, words) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_load (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load ();
  gboolean kinds[QUADRANT_KIND_OTHER + 1] = { FALSE };
  const QuadrantCatalogueEntry *entry;

  g_assert_cmpuint (quadrant_catalogue_get_n_entries (catalogue), >=, 20);

  for (guint i = 0; i < quadrant_catalogue_get_n_entries (catalogue); i++)
    {
      entry = quadrant_catalogue_get_entry (catalogue, i);
      g_assert_nonnull (entry->name);
      g_assert_nonnull (entry->description);
      g_assert_cmpuint (entry->requirements->len, >=, 1);
      g_assert_cmpint (entry->power, >=, 0);
      g_assert_cmpint (entry->interest, >=, 0);
      kinds[entry->kind] = TRUE;

      /* Internal kinds are internal parties, and the other way round. */
      if (entry->kind <= QUADRANT_KIND_INTERNAL_AUDITORS)
        g_assert_cmpint (entry->category, ==, QUADRANT_CATEGORY_INTERNAL);
      else
        g_assert_cmpint (entry->category, ==, QUADRANT_CATEGORY_EXTERNAL);
    }

  /* Every kind of party the issue lists has an entry. */
  for (guint k = 0; k < QUADRANT_KIND_OTHER; k++)
    if (!kinds[k])
      g_error ("no catalogue entry of kind %s", quadrant_enum_to_nick (QUADRANT_TYPE_KIND, k));

  entry = quadrant_catalogue_find_entry (catalogue, "customers");
  g_assert_nonnull (entry);
  g_assert_true (entry_has_requirement (entry, "confidentiality"));
  g_assert_true (entry_has_requirement (entry, "integrity"));
  g_assert_true (entry_has_requirement (entry, "availability"));
  entry = quadrant_catalogue_find_entry (catalogue, "staff");
  g_assert_true (entry_has_requirement (entry, "personal information"));
  entry = quadrant_catalogue_find_entry (catalogue, "shareholders");
  g_assert_true (entry_has_requirement (entry, "financially stable"));
  g_assert_true (entry_has_requirement (entry, "value"));
  entry = quadrant_catalogue_find_entry (catalogue, "data-protection-authority");
  g_assert_true (entry_has_requirement (entry, "lawfully"));
  g_assert_true (entry_has_requirement (entry, "notified"));

  g_assert_null (quadrant_catalogue_find_entry (catalogue, "no-such-entry"));
}

static void
test_validates (void)
{
  g_autofree char *schema_path = quadrant_test_data_path ("quadrant-catalogue.rng");
  g_autofree char *catalogue_path = quadrant_test_data_path ("catalogue.xml");
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (schema_path);
  xmlRelaxNGPtr schema = xmlRelaxNGParse (parser);
  xmlRelaxNGValidCtxtPtr valid = xmlRelaxNGNewValidCtxt (schema);
  xmlDocPtr doc = xmlReadFile (catalogue_path, NULL, XML_PARSE_NONET);
  xmlDocPtr bad = xmlReadMemory ("<catalogue xmlns='" NS "' format='1.0'><entry id='x' category='internal' kind='robots'><name>x</name><description>y</description></entry></catalogue>",
                                 -1 + sizeof ("<catalogue xmlns='" NS "' format='1.0'><entry id='x' category='internal' kind='robots'><name>x</name><description>y</description></entry></catalogue>"),
                                 NULL, NULL, XML_PARSE_NONET);

  g_assert_nonnull (schema);
  g_assert_nonnull (doc);
  g_assert_cmpint (xmlRelaxNGValidateDoc (valid, doc), ==, 0);
  /* The schema can fail. */
  g_assert_nonnull (bad);
  xmlRelaxNGSetValidErrors (valid, NULL, NULL, NULL);
  g_assert_cmpint (xmlRelaxNGValidateDoc (valid, bad), !=, 0);

  xmlFreeDoc (bad);
  xmlFreeDoc (doc);
  xmlRelaxNGFreeValidCtxt (valid);
  xmlRelaxNGFree (schema);
  xmlRelaxNGFreeParserCtxt (parser);
}

static void
test_add_one_undo_step (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load ();
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  const char *ids[] = { "customers", "no-such-entry", "staff", "data-protection-authority", NULL };
  const QuadrantCatalogueEntry *customers = quadrant_catalogue_find_entry (catalogue, "customers");
  g_autoptr(QuadrantParty) first = NULL;
  guint expected_requirements = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const QuadrantCatalogueEntry *entry = quadrant_catalogue_find_entry (catalogue, ids[i]);

      if (entry != NULL)
        expected_requirements += entry->requirements->len;
    }

  g_assert_cmpuint (quadrant_catalogue_add_to_register (catalogue, reg, ids), ==, 3);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, expected_requirements);

  first = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_assert_cmpstr (quadrant_party_get_name (first), ==, customers->name);
  g_assert_cmpstr (quadrant_party_get_description (first), ==, customers->description);
  g_assert_cmpint (quadrant_party_get_kind (first), ==, QUADRANT_KIND_CUSTOMERS);
  g_assert_cmpint (quadrant_party_get_category (first), ==, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpint (quadrant_party_get_power (first), ==, customers->power);
  g_assert_cmpint (quadrant_party_get_interest (first), ==, customers->interest);
  g_assert_cmpuint (quadrant_party_get_n_requirements (first), ==, customers->requirements->len);
  g_assert_cmpuint (quadrant_party_get_n_undecided (first), ==, customers->requirements->len);
  for (guint i = 0; i < customers->requirements->len; i++)
    {
      g_autoptr(QuadrantRequirement) req = g_list_model_get_item (quadrant_party_get_requirements (first), i);
      QuadrantCatalogueRequirement *template = g_ptr_array_index (customers->requirements, i);

      g_assert_cmpstr (quadrant_requirement_get_statement (req), ==, template->statement);
      g_assert_cmpint (quadrant_requirement_get_requirement_type (req), ==, template->type);
      g_assert_cmpint (quadrant_requirement_get_decision (req), ==, QUADRANT_DECISION_UNDECIDED);
    }

  /* One step back removes all three. */
  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
  g_assert_false (quadrant_register_can_undo (reg));
  g_assert_true (quadrant_register_redo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);

  /* Adding the same entry twice gives two parties with their own ids. */
  {
    const char *again[] = { "customers", NULL };
    g_autoptr(QuadrantParty) copy = NULL;

    g_assert_cmpuint (quadrant_catalogue_add_to_register (catalogue, reg, again), ==, 1);
    copy = g_list_model_get_item (quadrant_register_get_parties (reg), 3);
    g_assert_cmpstr (quadrant_party_get_id (copy), !=, quadrant_party_get_id (first));
  }
}

static void
test_new_register (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load ();
  const char *ids[] = { "senior-leadership", "customers", "suppliers", NULL };
  g_autoptr(QuadrantRegister) reg = quadrant_catalogue_new_register (catalogue, "Acme <Ltd>", "All of Acme", ids);
  g_autoptr(QuadrantRegister) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (quadrant_register_get_organisation (reg), ==, "Acme <Ltd>");
  g_assert_cmpstr (quadrant_register_get_scope (reg), ==, "All of Acme");
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);
  g_assert_false (quadrant_register_can_undo (reg));
  g_assert_false (quadrant_register_is_dirty (reg));

  /* Ready to save and open again. */
  bytes = quadrant_writer_to_bytes (reg);
  again = quadrant_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "template", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (again), ==, 3);
  g_assert_cmpuint (quadrant_register_get_n_requirements (again), ==, quadrant_register_get_n_requirements (reg));
}

static void
test_apply_template (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load ();
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  const char *ids[] = { "board", "insurers", NULL };

  quadrant_catalogue_apply_template (catalogue, reg, "Acme", "", ids);
  g_assert_cmpstr (quadrant_register_get_organisation (reg), ==, "Acme");
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
  g_assert_true (quadrant_register_is_dirty (reg));

  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
  g_assert_true (quadrant_register_get_organisation (reg) == NULL ||
                 quadrant_register_get_organisation (reg)[0] == '\0');
  g_assert_false (quadrant_register_can_undo (reg));
}

static void
test_search (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load ();
  const QuadrantCatalogueEntry *dpa = quadrant_catalogue_find_entry (catalogue, "data-protection-authority");
  const QuadrantCatalogueEntry *staff = quadrant_catalogue_find_entry (catalogue, "staff");

  g_assert_true (quadrant_catalogue_entry_matches (dpa, NULL));
  g_assert_true (quadrant_catalogue_entry_matches (dpa, ""));
  g_assert_true (quadrant_catalogue_entry_matches (dpa, "regul"));
  g_assert_true (quadrant_catalogue_entry_matches (dpa, "DATA  authority"));
  g_assert_false (quadrant_catalogue_entry_matches (dpa, "data shareholders"));
  g_assert_true (quadrant_catalogue_entry_matches (staff, "internal"));
  g_assert_false (quadrant_catalogue_entry_matches (staff, "external"));
}

/* The names, descriptions and requirements come in the user's language, and
 * so do the parties made from them; texts written over several lines are
 * looked up as xgettext extracts them, with white space collapsed. */
static void
test_translated (void)
{
  static const char po[] =
    "msgid \"Senior leadership\"\nmsgstr \"Oberste Leitung (Test)\"\n\n"
    "msgid \"The ISMS supports the business objectives at a proportionate cost\"\n"
    "msgstr \"Das ISMS stützt die Geschäftsziele (Test)\"\n\n"
    "msgid \"A need written over two lines\"\nmsgstr \"Ein Erfordernis (Test)\"\n";
  static const char xml[] =
    "<catalogue xmlns='" NS "' format='1.0'><entry id='x' category='internal' kind='staff'>"
    "<name>Untranslated name</name>"
    "<requirement type='business'>\n  A need written\n  over two lines\n</requirement>"
    "</entry></catalogue>";
  g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", po);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantCatalogue) catalogue = load ();
  g_autoptr(QuadrantCatalogue) small = NULL;
  const QuadrantCatalogueEntry *leadership = quadrant_catalogue_find_entry (catalogue, "senior-leadership");
  const QuadrantCatalogueEntry *entry;
  g_autoptr(QuadrantParty) party = NULL;
  g_autoptr(QuadrantRequirement) second = NULL;

  g_assert_cmpstr (leadership->name, ==, "Oberste Leitung (Test)");
  party = quadrant_catalogue_entry_create_party (leadership);
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Oberste Leitung (Test)");
  second = g_list_model_get_item (quadrant_party_get_requirements (party), 1);
  g_assert_cmpstr (quadrant_requirement_get_statement (second), ==, "Das ISMS stützt die Geschäftsziele (Test)");
  /* What the translation does not cover stays English. */
  g_assert_cmpstr (quadrant_catalogue_find_entry (catalogue, "board")->name, ==, "Board of directors");
  g_assert_true (quadrant_catalogue_entry_matches (leadership, "leitung"));

  small = quadrant_catalogue_new_from_data (xml, strlen (xml), "test.xml", &error);
  g_assert_no_error (error);
  entry = quadrant_catalogue_get_entry (small, 0);
  g_assert_cmpstr (entry->name, ==, "Untranslated name");
  g_assert_cmpstr (((QuadrantCatalogueRequirement *) g_ptr_array_index (entry->requirements, 0))->statement,
                   ==, "Ein Erfordernis (Test)");
}

static void
assert_refused (const char *xml,
                int         code,
                const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantCatalogue) catalogue = quadrant_catalogue_new_from_data (xml, strlen (xml), "test.xml", &error);

  g_assert_null (catalogue);
  g_assert_error (error, QUADRANT_CATALOGUE_ERROR, code);
  if (in_message != NULL && strstr (error->message, in_message) == NULL)
    g_error ("“%s” not in “%s”", in_message, error->message);
}

#define ENTRY(attrs, body) "<entry id='x' " attrs ">" body "</entry>"
#define CAT(entries) "<catalogue xmlns='" NS "' format='1.0'>" entries "</catalogue>"

static void
test_hostile (void)
{
  /* Entities of any kind come with a DOCTYPE, which is refused. */
  assert_refused ("<?xml version='1.0'?><!DOCTYPE catalogue [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                  CAT (ENTRY ("category='internal' kind='staff'", "<name>&x;</name><description>d</description>")),
                  QUADRANT_CATALOGUE_ERROR_MALFORMED, NULL);
  assert_refused ("<!DOCTYPE catalogue [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
                  "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]>"
                  CAT (ENTRY ("category='internal' kind='staff'", "<name>&c;</name><description>d</description>")),
                  QUADRANT_CATALOGUE_ERROR_MALFORMED, NULL);
  assert_refused ("<!DOCTYPE catalogue SYSTEM 'http://example.invalid/x.dtd'>" CAT (""),
                  QUADRANT_CATALOGUE_ERROR_MALFORMED, "DOCTYPE");
  /* An undeclared entity is not well-formed. */
  assert_refused (CAT (ENTRY ("category='internal' kind='staff'", "<name>&x;</name><description>d</description>")),
                  QUADRANT_CATALOGUE_ERROR_MALFORMED, NULL);
  assert_refused ("", QUADRANT_CATALOGUE_ERROR_MALFORMED, NULL);
  assert_refused ("<catalogue xmlns='" NS "' format='1.0'>\n<entry>", QUADRANT_CATALOGUE_ERROR_MALFORMED, "test.xml:2");

  /* Well-formed but wrong. */
  assert_refused ("<catalogue format='1.0'/>", QUADRANT_CATALOGUE_ERROR_INVALID, "Not a Quadrant catalogue");
  assert_refused ("<catalogue xmlns='" NS "' format='2.0'/>", QUADRANT_CATALOGUE_ERROR_INVALID, "2.0");
  assert_refused ("<catalogue xmlns='" NS "' format='1.0'>\n\n"
                  ENTRY ("category='internal' kind='robots'", "<name>n</name>") "</catalogue>",
                  QUADRANT_CATALOGUE_ERROR_INVALID, "test.xml:3: “robots”");
  assert_refused (CAT (ENTRY ("category='internal' kind='staff' power='80'", "<name>n</name>")),
                  QUADRANT_CATALOGUE_ERROR_INVALID, "power and interest");
  assert_refused (CAT (ENTRY ("category='internal' kind='staff' power='180' interest='1'", "<name>n</name>")),
                  QUADRANT_CATALOGUE_ERROR_INVALID, "power");
  assert_refused (CAT (ENTRY ("category='internal' kind='staff'", "<description>d</description>")),
                  QUADRANT_CATALOGUE_ERROR_INVALID, "no name");
  assert_refused (CAT (ENTRY ("category='internal' kind='staff'", "<name>n</name><requirement type='moral'>r</requirement>")),
                  QUADRANT_CATALOGUE_ERROR_INVALID, "moral");
  assert_refused (CAT (ENTRY ("category='internal' kind='staff'", "<name>n</name>")
                       ENTRY ("category='internal' kind='staff'", "<name>m</name>")),
                  QUADRANT_CATALOGUE_ERROR_INVALID, "twice");
}

/* Without $QUADRANT_DATADIR the program uses the catalogue compiled into it,
 * which is the same file as data/catalogue.xml; an override folder wins. */
static void
test_compiled_in (void)
{
  g_autofree char *datadir = g_strdup (g_getenv ("QUADRANT_DATADIR"));
  g_autofree char *empty = g_dir_make_tmp ("test-catalogue-XXXXXX", NULL);
  g_autofree char *path = quadrant_test_data_path (QUADRANT_CATALOGUE_FILE);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  g_unsetenv ("QUADRANT_DATADIR");
  compiled = quadrant_data_file_load (QUADRANT_CATALOGUE_FILE, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (compiled, NULL), g_bytes_get_size (compiled), contents, length);
  g_clear_pointer (&compiled, g_bytes_unref);

  /* A folder without the file falls back to the compiled-in copy. */
  g_setenv ("QUADRANT_DATADIR", empty, TRUE);
  {
    g_autoptr(QuadrantCatalogue) catalogue = load ();

    g_assert_cmpuint (quadrant_catalogue_get_n_entries (catalogue), >=, 20);
  }

  /* Data files that were never shipped are an error, not a crash. */
  compiled = quadrant_data_file_load ("no-such-file.xml", &error);
  g_assert_null (compiled);
  g_assert_nonnull (error);

  if (datadir != NULL)
    g_setenv ("QUADRANT_DATADIR", datadir, TRUE);
  g_rmdir (empty);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalogue/load", test_load);
  g_test_add_func ("/catalogue/compiled-in", test_compiled_in);
  g_test_add_func ("/catalogue/validates", test_validates);
  g_test_add_func ("/catalogue/add/one-undo-step", test_add_one_undo_step);
  g_test_add_func ("/catalogue/new-register", test_new_register);
  g_test_add_func ("/catalogue/apply-template", test_apply_template);
  g_test_add_func ("/catalogue/search", test_search);
  g_test_add_func ("/catalogue/translated", test_translated);
  g_test_add_func ("/catalogue/hostile", test_hostile);

  return g_test_run ();
}
