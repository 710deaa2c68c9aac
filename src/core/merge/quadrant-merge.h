/* quadrant-merge.h: three-way merge of registers, by id and by field
 *
 * Parties and requirements are matched by id, revisions and references by
 * content, and each field (attribute or text element) is merged on its own:
 * a field changed on one side takes that change; changed on both sides to the
 * same value it is clean; changed to different values it is a conflict. The
 * result keeps ours' value of a conflicting field and records the conflict
 * (see quadrant-conflict.h and docs/FORMAT.md), so the merged register opens
 * like any other. What this version does not know (unknown attributes and
 * elements) is merged in the same way and kept.
 */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

/* The merged register (never dirty), or NULL with error when the result
 * could not be read back, which would be a bug. *n_conflicts (if not NULL)
 * receives the number of conflicts this merge recorded. */
QuadrantRegister *quadrant_merge_registers (QuadrantRegister  *base,
                                            QuadrantRegister  *ours,
                                            QuadrantRegister  *theirs,
                                            guint             *n_conflicts,
                                            GError           **error);

G_END_DECLS
