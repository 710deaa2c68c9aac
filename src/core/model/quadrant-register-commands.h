/* quadrant-register-commands.h: the undoable edit commands of the register
 *
 * Private to the register: views edit through quadrant-register.h.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-party.h"
#include "quadrant-requirement.h"
#include "quadrant-revision.h"
#include "quadrant-undo-stack.h"
#include "quadrant-field.h"

G_BEGIN_DECLS

typedef struct {
  QuadrantRegister *reg;     /* not owned: it owns the undo stack */
  GObject          *object;
  GParamSpec       *pspec;
  QuadrantField     field;    /* QUADRANT_N_FIELDS: not a field (the conflicts) */
  GValue            old_value;
  GValue            new_value;
} QuadrantSetPropertyCommand;

typedef struct {
  GListStore       *parties;
  QuadrantParty    *party;
  guint             position;
} QuadrantPartyCommand;

typedef struct {
  GListStore *store;
  guint       from;
  guint       to;
} QuadrantReorderCommand;

typedef struct {
  QuadrantParty       *party;
  QuadrantRequirement *requirement;
  guint                position;
} QuadrantRequirementCommand;

typedef struct {
  GListStore       *revisions;
  QuadrantRevision *revision;
} QuadrantRevisionCommand;

/* Says which field changed, after a set-property command applied or reverted. */
void _quadrant_register_emit_field_changed (QuadrantRegister *self,
                                            GObject          *object,
                                            QuadrantField     field);

extern const QuadrantCommandClass quadrant_set_property_command;
extern const QuadrantCommandClass quadrant_insert_party_command;
extern const QuadrantCommandClass quadrant_remove_party_command;
extern const QuadrantCommandClass quadrant_reorder_command;
extern const QuadrantCommandClass quadrant_insert_requirement_command;
extern const QuadrantCommandClass quadrant_remove_requirement_command;
extern const QuadrantCommandClass quadrant_add_revision_command;
extern const QuadrantCommandClass quadrant_remove_revision_command;

G_END_DECLS
