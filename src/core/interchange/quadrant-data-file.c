/* quadrant-data-file.c: the data files Quadrant ships, compiled in */
#define G_LOG_DOMAIN "quadrant-data"

#include "config.h"

#include "quadrant-data-file.h"
#include "quadrant-core-resources.h"

#define DATA_RESOURCE_PATH "/io/github/quadrant/Quadrant/data/"

GBytes *
quadrant_data_file_load (const char  *name,
                         GError     **error)
{
  const char *dir = g_getenv ("QUADRANT_DATADIR");
  g_autofree char *resource = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (dir != NULL && dir[0] != '\0')
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) local_error = NULL;
      GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &local_error);

      if (bytes != NULL)
        return bytes;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  /* Looked up in our own resource, which also makes the linker keep it. */
  resource = g_strconcat (DATA_RESOURCE_PATH, name, NULL);
  return g_resource_lookup_data (quadrant_core_get_resource (), resource,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
