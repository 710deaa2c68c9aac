/* quadrant-undo-stack.h: undo/redo of edit commands, with groups and a saved point
 *
 * A command is a pair of functions that apply (do/redo) and revert (undo) it
 * on its data. The register builds commands for every edit; this stack only
 * orders them, groups them and tracks whether the current state is the saved one.
 */
#pragma once

#include "quadrant-types.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;
  void (*apply)  (gpointer data);
  void (*revert) (gpointer data);
  void (*free)   (gpointer data);
} QuadrantCommandClass;

#define QUADRANT_TYPE_UNDO_STACK (quadrant_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantUndoStack, quadrant_undo_stack, QUADRANT, UNDO_STACK, GObject)

QuadrantUndoStack *quadrant_undo_stack_new         (void);

/* Applies the command and records it (inside the open group, if any). The
 * label is what the UI shows ("Undo Move Party"); it is copied. */
void        quadrant_undo_stack_push        (QuadrantUndoStack          *self,
                                             const QuadrantCommandClass *klass,
                                             gpointer                    data,
                                             const char                 *label);
/* Groups nest; everything pushed until the matching end is one undo step.
 * An empty group leaves no step behind. */
void        quadrant_undo_stack_begin_group (QuadrantUndoStack *self,
                                             const char        *label);
void        quadrant_undo_stack_end_group   (QuadrantUndoStack *self);

gboolean    quadrant_undo_stack_can_undo    (QuadrantUndoStack *self);
gboolean    quadrant_undo_stack_can_redo    (QuadrantUndoStack *self);
const char *quadrant_undo_stack_get_undo_label (QuadrantUndoStack *self);
const char *quadrant_undo_stack_get_redo_label (QuadrantUndoStack *self);
gboolean    quadrant_undo_stack_undo        (QuadrantUndoStack *self);
gboolean    quadrant_undo_stack_redo        (QuadrantUndoStack *self);

/* The saved point: is_dirty() is FALSE exactly when the stack is where it was
 * at the last mark_saved() (or at creation). */
void        quadrant_undo_stack_mark_saved  (QuadrantUndoStack *self);
gboolean    quadrant_undo_stack_is_dirty    (QuadrantUndoStack *self);
/* The state the stack is in now, to be marked saved later: a save that
 * serialises now and writes meanwhile must not count the edits made since. */
guint64     quadrant_undo_stack_get_state   (QuadrantUndoStack *self);
void        quadrant_undo_stack_mark_saved_state (QuadrantUndoStack *self,
                                                  guint64            state);

G_END_DECLS
