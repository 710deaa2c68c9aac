/* quadrant-settings.h: the application's GSettings
 *
 * The schema is installed with the program; `make run` and the tests point
 * GSETTINGS_SCHEMA_DIR at the build's. Defaults live in the schema only:
 * code reads them from there rather than repeating them.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *quadrant_settings_new           (void);
/* The presentation-scale setting relative to its default: 1 is the default
 * text size of a presentation. */
double     quadrant_settings_get_presentation_size (GSettings *settings);
/* The user's name for revisions and sign-offs, as set in Preferences, or
 * NULL when it was never given. */
char      *quadrant_settings_dup_user_name (void);
/* Remembers name as the user's name unless one is already set. */
void       quadrant_settings_offer_user_name (const char *name);

G_END_DECLS
