/* quadrant-test-data.c: the project's data files as tests find them */
#include "config.h"

#include "quadrant-reader.h"
#include "quadrant-test-data.h"

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
