/* quadrant-import-vocabulary.h: the words the import recognises
 *
 * Column headings and cell values in many languages, read from the data file
 * import-vocabulary.ini (see its header for the format) and from the user's
 * own ~/.config/quadrant/import-vocabulary.ini, whose words win. Words are
 * compared compacted: case, accents, spaces and punctuation ignored, and a
 * plural "s" forgiven.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "Partie intéressée" -> "partieinteressee" */
char       *quadrant_vocabulary_compact (const char *text);

/* What text means in group ("fields", "category", "kind", "decision",
 * "level", "priority", "type", "support"): a field name such as "power" or a
 * register word such as "addressed"; NULL when the vocabulary has no such
 * word. */
const char *quadrant_vocabulary_lookup  (const char *group,
                                         const char *text);

G_END_DECLS
