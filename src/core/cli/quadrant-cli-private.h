/* quadrant-cli-private.h: what the parts of the command line share
 *
 * quadrant-cli.c has --check, --export and the output helpers;
 * quadrant-cli-import.c --import; quadrant-cli-git.c the git drivers.
 */
#pragma once

#include "quadrant-cli.h"

G_BEGIN_DECLS

enum {
  STATUS_OK = 0,
  STATUS_FAILED = 1,   /* --check: errors found; --export: export or write failed */
  STATUS_UNUSABLE = 2, /* a file could not be read, or a usage error */
};

gboolean _quadrant_cli_write_stdout (GBytes  *bytes,
                                     GError **error);

G_END_DECLS
