/* quadrant-check.h: the completeness check of a register */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"
#include "quadrant-finding.h"

G_BEGIN_DECLS

/* Stable finding codes (quadrant_finding_get_code). */
/* One per merge conflict, first of all and in the order of
 * quadrant_conflicts_list (), so the n-th of them is the n-th conflict. */
#define QUADRANT_CHECK_MERGE_CONFLICT                   "merge-conflict"                   /* error */
/* The same for a field this version does not know (written by a newer one):
 * only ours' value, which the register holds, can be kept here. */
#define QUADRANT_CHECK_MERGE_CONFLICT_UNKNOWN_FIELD     "merge-conflict-unknown-field"     /* error */
#define QUADRANT_CHECK_REGISTER_REVIEW_OVERDUE          "register-review-overdue"          /* error */
#define QUADRANT_CHECK_REQUIREMENT_UNDECIDED            "requirement-undecided"            /* error */
#define QUADRANT_CHECK_DECISION_WITHOUT_RATIONALE       "decision-without-rationale"       /* error */
#define QUADRANT_CHECK_OBLIGATION_NOT_ADDRESSED         "obligation-not-addressed"         /* error */
#define QUADRANT_CHECK_NOT_RELEVANT_WITHOUT_RATIONALE   "not-relevant-without-rationale"   /* error */
#define QUADRANT_CHECK_RELEVANCE_TO_DECIDE              "relevance-to-decide"              /* warning */
#define QUADRANT_CHECK_NOT_RELEVANT_OPEN_REQUIREMENTS   "not-relevant-open-requirements"   /* warning */
/* The current version is not the one approved. */
#define QUADRANT_CHECK_APPROVAL_OUTDATED               "approval-outdated"               /* warning */
#define QUADRANT_CHECK_DUPLICATE_PARTY_NAME             "duplicate-party-name"             /* warning */
#define QUADRANT_CHECK_HIGH_POWER_WITHOUT_ENGAGEMENT    "high-power-without-engagement"    /* warning */
#define QUADRANT_CHECK_SUPPORT_GAP_WITHOUT_ENGAGEMENT   "support-gap-without-engagement"   /* warning */
#define QUADRANT_CHECK_PARTY_REVIEW_OVERDUE             "party-review-overdue"             /* warning */
#define QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS       "party-without-requirements"       /* warning */
#define QUADRANT_CHECK_ADDRESSED_WITHOUT_REFERENCE      "addressed-without-reference"      /* warning */
#define QUADRANT_CHECK_REQUIREMENT_REVIEW_OVERDUE       "requirement-review-overdue"       /* warning */
#define QUADRANT_CHECK_QUICK_ADDED_NOT_REVIEWED         "quick-added-not-reviewed"         /* warning */
#define QUADRANT_CHECK_UNUSUAL_CATEGORY                 "unusual-category"                 /* warning */
#define QUADRANT_CHECK_PARTY_NOT_PLACED                 "party-not-placed"                 /* info */
#define QUADRANT_CHECK_KIND_OTHER                       "kind-other"                       /* info */

/* All findings for reg (a new array of QuadrantFinding that unrefs them),
 * errors first, then warnings, then info, each group in register order.
 * today is the date reviews are compared with (NULL: today, local time). */
GPtrArray *quadrant_check_register (QuadrantRegister *reg,
                                    GDate            *today);
guint      quadrant_check_count    (GPtrArray        *findings,
                                    QuadrantSeverity  severity);

/* The same check in steps, for a caller that must not stop for the whole
 * of a large register (printing paginates between redraws): new, then
 * step until it returns TRUE, then finish, which frees run and returns
 * what quadrant_check_register () would. reg must not change meanwhile;
 * free drops a run that is not finished. */
typedef struct _QuadrantCheckRun QuadrantCheckRun;

QuadrantCheckRun *quadrant_check_run_new    (QuadrantRegister *reg,
                                             GDate            *today);
gboolean          quadrant_check_run_step   (QuadrantCheckRun *run,
                                             guint             max_parties);
GPtrArray        *quadrant_check_run_finish (QuadrantCheckRun *run);
void              quadrant_check_run_free   (QuadrantCheckRun *run);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantCheckRun, quadrant_check_run_free)

G_END_DECLS
