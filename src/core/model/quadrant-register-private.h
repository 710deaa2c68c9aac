/* quadrant-register-private.h: what the parts of QuadrantRegister share
 *
 * quadrant-register.c has the object, its fields and the edit API;
 * quadrant-register-history.c undo, the saved state and revisions;
 * quadrant-register-preview.c a move shown before it is recorded;
 * quadrant-register-batch.c many parties added as one edit.
 */
#pragma once

#include "quadrant-register.h"
#include "quadrant-register-commands.h"
#include "quadrant-undo-stack.h"

G_BEGIN_DECLS

struct _QuadrantRegister
{
  GObject parent_instance;

  /* Metadata */
  char *organisation;
  char *scope;
  char *owner;
  char *classification;
  char *version;
  char *approved_by;
  char *approval_date;
  char *approved_version;
  char *next_review;
  /* Merge conflicts still to resolve: the file's <conflicts> element, or "". */
  char *conflicts;

  /* Owned references */
  GListStore        *parties;
  GListStore        *revisions;
  QuadrantUndoStack *undo_stack;
  QuadrantExtras    *extras; /* created on first use */
};

/* "changed", after any edit, undo or redo. */
void _quadrant_register_emit_changed (QuadrantRegister           *self);
/* Records an edit as the command (data freed by klass) and says "changed". */
void _quadrant_register_push         (QuadrantRegister           *self,
                                      const QuadrantCommandClass *klass,
                                      gpointer                    data,
                                      const char                 *label);
/* Sets property of object (the register, a party, requirement or revision)
 * to value as one undoable edit, and says which field changed. */
void _quadrant_register_set_property_value (QuadrantRegister *self,
                                            gpointer          object,
                                            const char       *property,
                                            QuadrantField     field,
                                            const char       *label,
                                            const GValue     *value);

G_END_DECLS
