/* quadrant-test-data.c: the project's data files as tests find them */
#include "config.h"

#include <libxml/relaxng.h>

#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "quadrant-writer.h"

char *
quadrant_test_data_path (const char *name)
{
  const char *dir = g_getenv ("QUADRANT_DATADIR");

  return g_build_filename (dir != NULL ? dir : QUADRANT_SOURCE_DATADIR, name, NULL);
}

QuadrantRegister *
quadrant_test_load_example (void)
{
  g_autofree char *path = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return reg;
}

QuadrantRegister *
quadrant_test_reload (QuadrantRegister  *reg,
                      GBytes           **bytes_out)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *copy = quadrant_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                      "reloaded", &error);

  g_assert_no_error (error);
  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);
  return copy;
}

static void
collect_error_cb (void        *data,
                  xmlErrorPtr  error)
{
  g_string_append_printf (data, "line %d: %s", error->line, error->message);
}

char *
quadrant_test_schema_errors (const char *xml,
                             gsize       length)
{
  /* Parsed once per test program and kept: a test program is short-lived. */
  static xmlRelaxNGPtr schema;
  g_autoptr(GString) errors = g_string_new (NULL);
  xmlRelaxNGValidCtxtPtr context;
  xmlDocPtr doc;
  int result;

  if (schema == NULL)
    {
      g_autofree char *path = quadrant_test_data_path ("quadrant-register.rng");
      xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);

      xmlRelaxNGSetParserStructuredErrors (parser, collect_error_cb, errors);
      schema = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);
      if (schema == NULL)
        g_error ("the schema %s does not parse: %s", path, errors->str);
    }

  doc = xmlReadMemory (xml, (int) length, "register.xml", NULL, XML_PARSE_NONET);
  if (doc == NULL)
    return g_strdup ("not well-formed XML");
  context = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (context, collect_error_cb, errors);
  result = xmlRelaxNGValidateDoc (context, doc);
  xmlRelaxNGFreeValidCtxt (context);
  xmlFreeDoc (doc);
  if (result == 0)
    return NULL;
  return g_strdup (errors->len > 0 ? errors->str : "invalid");
}

void
quadrant_test_assert_valid (GBytes *bytes)
{
  gsize length;
  const char *xml = g_bytes_get_data (bytes, &length);
  g_autofree char *errors = quadrant_test_schema_errors (xml, length);

  if (errors != NULL)
    g_error ("not valid against the schema: %s\n%.*s", errors, (int) length, xml);
}

QuadrantParty *
quadrant_test_add_party (QuadrantRegister *reg,
                         const char       *name,
                         int               power,
                         int               interest)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}
