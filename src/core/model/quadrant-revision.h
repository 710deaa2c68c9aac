/* quadrant-revision.h: one entry of the register's revision history
 *
 * A revision records who changed the register and why, and the position and
 * current support of every party at that moment, so the map can show how
 * parties moved since. Once recorded only the summary (property "summary")
 * may be corrected, through quadrant_register_set_revision_summary ().
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-types.h"

G_BEGIN_DECLS

typedef struct {
  char            *party_id;
  int              power;    /* QUADRANT_NOT_ASSESSED when unplaced */
  int              interest;
  QuadrantSupport  support;
  QuadrantExtras  *extras;   /* what the reader did not know, or NULL */
} QuadrantPosition;

#define QUADRANT_TYPE_REVISION (quadrant_revision_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantRevision, quadrant_revision, QUADRANT, REVISION, GObject)

QuadrantRevision *quadrant_revision_new          (const char *version,
                                                  const char *date,
                                                  const char *author,
                                                  const char *summary);
const char       *quadrant_revision_get_version  (QuadrantRevision *self);
const char       *quadrant_revision_get_date     (QuadrantRevision *self);
const char       *quadrant_revision_get_author   (QuadrantRevision *self);
const char       *quadrant_revision_get_summary  (QuadrantRevision *self);
/* Array of QuadrantPosition, in the order the positions were added. */
GArray           *quadrant_revision_get_positions (QuadrantRevision *self);
/* The recorded position of a party, or NULL when it has none in this revision. */
const QuadrantPosition *quadrant_revision_find_position (QuadrantRevision *self,
                                                         const char       *party_id);
void              quadrant_revision_add_position (QuadrantRevision *self,
                                                  const char       *party_id,
                                                  int               power,
                                                  int               interest,
                                                  QuadrantSupport   support);
QuadrantExtras   *quadrant_revision_get_extras   (QuadrantRevision *self);

G_END_DECLS
