/* quadrant-conflict.h: the conflicts a merge recorded, and resolving them
 *
 * A merge that finds the same field changed differently on both sides keeps
 * ours' value and records the conflict in the register (its "conflicts"
 * property, the file's <conflicts> element, see docs/FORMAT.md). Resolving a
 * conflict keeps ours' value or takes theirs, as one undoable step; once the
 * last one is resolved the register is clean again.
 */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

typedef struct {
  char *party_id;        /* the party, or NULL for the register's metadata */
  char *requirement_id;  /* the requirement of that party, or NULL */
  char *field;           /* the field's name in the file, or NULL for a deletion */
  char *deleted;         /* "ours" or "theirs": that side deleted what the other changed */
  char *ours;            /* the value on each side; NULL when that side has none */
  char *theirs;
} QuadrantConflict;

typedef enum {
  QUADRANT_CONFLICT_KEEP_OURS,
  QUADRANT_CONFLICT_TAKE_THEIRS,
} QuadrantConflictChoice;

void        quadrant_conflict_free        (QuadrantConflict *conflict);

/* The register's conflicts (of QuadrantConflict), in the order recorded. */
GPtrArray  *quadrant_conflicts_list       (QuadrantRegister *reg);
/* The <conflicts> element holding conflicts, in the canonical form; "" when
 * there are none. */
char       *quadrant_conflicts_to_xml     (GPtrArray        *conflicts);

/* The field's label for people (the field table's "Power", "Desired
 * support", …; the field's name in the file when Quadrant does not know it). */
const char *quadrant_conflict_field_label (const QuadrantConflict *conflict);
/* One sentence: what the conflict is about (register, party or requirement),
 * the field, and both values. */
char       *quadrant_conflict_describe    (const QuadrantConflict *conflict,
                                           QuadrantRegister       *reg);
/* Whether choice can be applied (taking theirs needs a field Quadrant
 * knows, and the party or requirement still there). */
gboolean    quadrant_conflict_can_resolve (const QuadrantConflict *conflict,
                                           QuadrantRegister       *reg,
                                           QuadrantConflictChoice  choice);
/* Resolves the index-th conflict of reg as one undoable step. */
gboolean    quadrant_conflict_resolve     (QuadrantRegister       *reg,
                                           guint                   index,
                                           QuadrantConflictChoice  choice,
                                           GError                **error);

/* Internal, for the reader: moves a <conflicts> element the reader kept
 * among the register's unknown elements into its "conflicts" property. */
void        _quadrant_conflicts_take_from_extras (QuadrantRegister *reg);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantConflict, quadrant_conflict_free)

G_END_DECLS
