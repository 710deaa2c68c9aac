/* quadrant-finding.h: one problem found by the completeness check */
#pragma once

#include "quadrant-types.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_FINDING (quadrant_finding_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantFinding, quadrant_finding, QUADRANT, FINDING, GObject)

/* party and requirement may be NULL (a finding about the whole register).
 * code is a stable identifier such as "party-without-requirements". */
QuadrantFinding     *quadrant_finding_new             (QuadrantSeverity     severity,
                                                       const char          *code,
                                                       QuadrantParty       *party,
                                                       QuadrantRequirement *requirement,
                                                       const char          *message);
QuadrantSeverity     quadrant_finding_get_severity    (QuadrantFinding *self);
const char          *quadrant_finding_get_code        (QuadrantFinding *self);
QuadrantParty       *quadrant_finding_get_party       (QuadrantFinding *self);
QuadrantRequirement *quadrant_finding_get_requirement (QuadrantFinding *self);
const char          *quadrant_finding_get_message     (QuadrantFinding *self);
/* Who the finding is about, for one-line output: `party "X"`,
 * `party "X" / requirement "Y"` or `register` (translated). */
char                *quadrant_finding_dup_subject     (QuadrantFinding *self);

/* text on one line (control characters and line breaks become spaces,
 * surrounding space trimmed) and ellipsized after
 * QUADRANT_FINDING_MAX_TEXT_CHARS characters; fallback when text is empty. */
#define QUADRANT_FINDING_MAX_TEXT_CHARS 80
char                *quadrant_finding_shorten_text    (const char          *text,
                                                       const char          *fallback);

G_END_DECLS
