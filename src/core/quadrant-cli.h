/* quadrant-cli.h: the command-line tasks that need no display */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* quadrant --check FILE...: one line per finding on out, read errors on err.
 * Returns 0 (no errors), 1 (errors found) or 2 (a file could not be read). */
int quadrant_cli_check  (const char * const *files,
                         GString            *out,
                         GString            *err);

/* quadrant --export FORMAT --output OUT FILE. Returns 0 or, with a message
 * on err, non-zero. */
int quadrant_cli_export (const char         *format,
                         const char         *output,
                         const char         *file,
                         GString            *err);

G_END_DECLS
