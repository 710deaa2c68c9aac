/* quadrant-approval.h: which version of the register is approved
 *
 * The metadata's approved-version names the version that approved-by gave
 * on approval-date. When the current version differs, the current version is
 * not approved and every report says so ("Version 0.3 (approved: 0.2 on
 * 2026-03-12)"). Registers written before approved-version existed name no
 * version: their approval is taken as outdated only when a revision of the
 * current version was recorded after the approval date.
 */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

/* TRUE when an approval is recorded and it is not of the current version.
 * approved (may be NULL) receives the approved version, or NULL when the
 * register does not name it. */
gboolean  quadrant_approval_is_outdated        (QuadrantRegister  *reg,
                                                const char       **approved);
/* The version that is approved: approved-version, or the current version
 * when an approval is recorded without one and nothing shows it outdated;
 * "" when none is known. */
const char *quadrant_approval_get_approved_version (QuadrantRegister *reg);
/* The current version for reports, with what was approved when that is not
 * the current version: "0.3", "0.3 (approved: 0.2 on 2026-03-12)". "" when
 * the register has no version. Translated. */
char     *quadrant_approval_dup_version_text   (QuadrantRegister  *reg);

G_END_DECLS
