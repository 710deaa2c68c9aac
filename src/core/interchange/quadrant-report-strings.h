/* quadrant-report-strings.h: the texts of the HTML report, for its stylesheet
 *
 * data/quadrant-report.xsl writes no English of its own: every heading,
 * label, sentence and vocabulary word comes from a <strings> element that
 * Quadrant adds at the end of the register it transforms, in the message
 * language (gettext) of the moment. The stylesheet looks each text up by its
 * id and fills named placeholders such as {date}.
 */
#pragma once

#include <glib.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_REPORT_STRINGS_NAMESPACE "urn:quadrant:report-strings"

/* Appends <strings xmlns="…" xml:lang="…"> with one <text id="…"> per
 * text to out, indented as a child of the register. The summary sentences
 * count reg's parties, so that their plural forms come from ngettext. */
void quadrant_report_strings_append (GString          *out,
                                     QuadrantRegister *reg);

G_END_DECLS
