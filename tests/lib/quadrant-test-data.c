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

void
quadrant_test_assert_valid (GBytes *bytes)
{
  /* Parsed once per test program and kept: a test program is short-lived. */
  static xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr context;
  xmlDocPtr doc;

  if (schema == NULL)
    {
      g_autofree char *path = quadrant_test_data_path ("quadrant-register.rng");
      xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);

      schema = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);
      g_assert_nonnull (schema);
    }

  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "register.xml", NULL,
                       XML_PARSE_NONET);
  g_assert_nonnull (doc);
  context = xmlRelaxNGNewValidCtxt (schema);
  g_assert_cmpint (xmlRelaxNGValidateDoc (context, doc), ==, 0);
  xmlRelaxNGFreeValidCtxt (context);
  xmlFreeDoc (doc);
}
