/* quadrant-settings.h: the application's GSettings, where there are any */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The settings, or NULL without an installed schema (an uninstalled build). */
GSettings *quadrant_settings_new           (void);
/* The user's name for revisions and sign-offs, as set in Preferences, or
 * NULL when it was never given. */
char      *quadrant_settings_dup_user_name (void);
/* Remembers name as the user's name unless one is already set. */
void       quadrant_settings_offer_user_name (const char *name);

G_END_DECLS
