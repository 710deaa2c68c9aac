/* quadrant-data-file.h: the data files Quadrant ships (report stylesheet, catalogue)
 *
 * They are compiled into the program, so an installed or a build-tree program
 * always finds the version it was built with. $QUADRANT_DATADIR, when set, names
 * a folder whose copies win (the tests point it at the source tree's data/).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The contents of the shipped data file name (e.g. "catalogue.xml"), or NULL
 * with error set when it is neither in $QUADRANT_DATADIR nor compiled in. */
GBytes *quadrant_data_file_load (const char  *name,
                                 GError     **error);

G_END_DECLS
