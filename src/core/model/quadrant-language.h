/* quadrant-language.h: the language of the messages, and of a register
 *
 * A register records the language it is written in (xml:lang on its root);
 * reports made from it speak that language unless told otherwise. The
 * language of the messages is the one whose translation is in use: each
 * translation names its own code, so what is recorded is what the user reads.
 */
#pragma once

#include <glib.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

/* The language code of the translation in use ("de", "fr"; "en" without a
 * translation). */
const char *quadrant_language_current  (void);

/* Whether code looks like a language tag of xml:lang (letters, digits and
 * hyphens, such as "de", "fr-CH"; at most 35 characters). */
gboolean    quadrant_language_is_valid (const char *code);

/* The language the register is written in: xml:lang on its root, kept like
 * any attribute the format does not name (so a file without it saves as it
 * was); NULL when it says none. */
const char *quadrant_register_get_language (QuadrantRegister *reg);
/* Sets it (NULL removes it), as a property of a new register rather than as
 * an edit: it does not go on the undo stack. */
void        quadrant_register_set_language (QuadrantRegister *reg,
                                            const char       *language);

/* How the messages' language writes a date: a pattern with {year}, {month}
 * and {day} (numbers, month and day with two digits), such as
 * "{day}.{month}.{year}"; "{year}-{month}-{day}" in English. */
const char *quadrant_language_date_pattern (void);
/* An ISO date of the register (YYYY-MM-DD) written that way, for showing
 * (the window, --check, the reports); anything else is returned as it is. */
char       *quadrant_language_format_date  (const char *iso);
/* A date typed by the user, as ISO: written either as the messages' language
 * writes dates (day and month may have one digit) or as ISO, so a date is
 * never ambiguous; white space around it is ignored. "" for an empty text,
 * NULL when the text is not a date of the calendar. */
char       *quadrant_language_parse_date   (const char *text);
/* How language (a tag such as "de"; NULL: the messages' language) writes a
 * date, as quadrant_language_date_pattern () says it; the English (ISO)
 * pattern when there is no translation for it. Switches the messages'
 * language for a moment, as quadrant_language_push () does. */
char       *quadrant_language_dup_date_pattern (const char *language);
/* An ISO date written with pattern (a date pattern as above). */
char       *quadrant_language_format_date_with (const char *iso,
                                                const char *pattern);
/* text (no white space around it) read with pattern only, as ISO; NULL when
 * it does not match or is no day of the calendar. */
char       *quadrant_language_parse_date_with  (const char *text,
                                                const char *pattern);

/* Binds the program's messages to localedir and makes them the default
 * domain, as main () does before anything else. */
void        quadrant_language_bind         (const char *localedir);

typedef struct _QuadrantLanguageSwitch QuadrantLanguageSwitch;

/* Makes gettext speak language (a tag such as "de" or "fr-CH", or a POSIX
 * name such as "de_CH") until _pop: LANGUAGE is set and LC_MESSAGES made
 * again, so gettext forgets what it looked up. NULL or "" changes nothing.
 * The messages of every thread change with it: use it around work of the
 * main thread, such as making a report. */
QuadrantLanguageSwitch *quadrant_language_push (const char *language);
void                    quadrant_language_pop  (QuadrantLanguageSwitch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantLanguageSwitch, quadrant_language_pop)

G_END_DECLS
