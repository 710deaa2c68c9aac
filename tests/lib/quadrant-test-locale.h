/* quadrant-test-locale.h: a made-up translation for a test
 *
 * Compiles PO text with msgfmt into a temporary locale folder, binds the
 * program's text domain to it and selects its language with LANGUAGE (under
 * the C.UTF-8 locale, as gettext ignores LANGUAGE in the plain C locale) and
 * makes it the default domain, as main () does, so a
 * test can check that a text reaches the user through gettext without
 * depending on the real translations or on locales installed on the machine.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _QuadrantTestLocale QuadrantTestLocale;

/* po_entries is the body of a PO file (msgid/msgstr pairs, msgctxt allowed);
 * the header is added. The translation stays active until _free. */
QuadrantTestLocale *quadrant_test_locale_new  (const char *language,
                                               const char *po_entries);
/* Adds a second made-up language beside the first (not selected: for what
 * switches to it, such as quadrant_language_push ()). */
void                quadrant_test_locale_add  (QuadrantTestLocale *self,
                                               const char         *language,
                                               const char         *po_entries);
/* Back to the build's locale folder and no LANGUAGE; removes the folder. */
void                quadrant_test_locale_free (QuadrantTestLocale *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantTestLocale, quadrant_test_locale_free)

G_END_DECLS
