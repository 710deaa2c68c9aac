/* quadrant-diff.h: what changed between two registers, as people read it
 *
 * One line per changed thing, in the register's order:
 *
 *   Register: version "2.0" → "2.1"
 *   Party "Cyber insurer": power 60 → 80, support neutral → supportive
 *   Requirement "Notify breaches within 72 hours" of "Regulator": decision undecided → addressed
 *   Party "Cloud provider" added
 *
 * Parties and requirements are matched by id, so a renamed party is one
 * change, not a removal and an addition.
 */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

/* The lines (each ending in a line feed); "" when nothing changed. */
char *quadrant_diff_registers (QuadrantRegister *old_reg,
                               QuadrantRegister *new_reg);

G_END_DECLS
