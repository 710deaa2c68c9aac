/* quadrant-test-files.h: reading, writing and listing files in tests
 *
 * Each fails the test when the file system does not do what was asked.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *quadrant_test_read_file   (const char *path);
void  quadrant_test_write_file  (const char *path,
                                 const char *contents);
/* The names in a folder, sorted and comma-separated, to see leftovers;
 * without the lock of a register open in a window (".~lock.NAME#",
 * quadrant-lock.h), which test-lock and test-ui-lock check themselves. */
char *quadrant_test_list_folder (const char *path);
/* Removes path and everything under it (symbolic links, not what they
 * point at). */
void  quadrant_test_remove_tree (const char *path);

G_END_DECLS
