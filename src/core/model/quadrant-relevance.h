/* quadrant-relevance.h: deciding whether a party is relevant (clause 4.2 a)
 *
 * A brainstorm lists every candidate; a party quick-added or imported starts
 * "to decide", and someone then judges each one relevant or not relevant,
 * with a rationale (required when not relevant) and the date decided.
 */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

/* Sets the party's relevance and the date decided (date NULL: today), and
 * the rationale unless it is NULL, as one undoable step. Deciding "to
 * decide" again clears the date. */
void     quadrant_register_decide_relevance (QuadrantRegister  *self,
                                             QuadrantParty     *party,
                                             QuadrantRelevance  relevance,
                                             const char        *rationale,
                                             const char        *date);

/* Whether the party belongs on the map, in the tray and in presentation:
 * every party not judged not relevant. */
gboolean quadrant_party_is_considered_relevant (QuadrantParty *party);

/* Parties of the register with the given relevance. */
guint    quadrant_register_count_relevance  (QuadrantRegister  *self,
                                             QuadrantRelevance  relevance);

/* How the parties were identified, one entry per method: what an auditor
 * asks about clause 4.2 a). */
typedef struct {
  QuadrantIdentification method;  /* UNSPECIFIED: not recorded */
  guint                  n_found;
  guint                  n_relevant;
  guint                  n_not_relevant;
  guint                  n_to_decide;
  char                  *first;   /* earliest and latest date identified, */
  char                  *last;    /* NULL when no party of it has one */
} QuadrantIdentificationCount;

/* Of QuadrantIdentificationCount, the methods in the order the parties first
 * use them and "not recorded" last, as the HTML report's table has them. */
GArray  *quadrant_register_count_identification (QuadrantRegister *self);

/* Today as YYYY-MM-DD, local time (newly allocated). */
char    *quadrant_relevance_today           (void);

G_END_DECLS
