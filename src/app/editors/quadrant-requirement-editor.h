/* quadrant-requirement-editor.h: every field of one requirement, its decision
 * and its references
 *
 * Edits go through the register's edit API only. Text fields commit on Enter
 * and when they lose focus; a decision change is one undo step, and so is every
 * change of the references. Model changes (undo, other views) are shown at
 * once, except in a field that holds typing not yet committed.
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_REQUIREMENT_EDITOR (quadrant_requirement_editor_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantRequirementEditor, quadrant_requirement_editor, QUADRANT, REQUIREMENT_EDITOR, GtkWidget)

GtkWidget           *quadrant_requirement_editor_new             (void);
/* Shows requirement (which must belong to reg) or nothing when it is NULL.
 * Typing not yet committed to the previous requirement is committed first. */
void                 quadrant_requirement_editor_set_requirement (QuadrantRequirementEditor *self,
                                                                  QuadrantRegister          *reg,
                                                                  QuadrantRequirement       *requirement);
QuadrantRequirement *quadrant_requirement_editor_get_requirement (QuadrantRequirementEditor *self);
/* Commits whatever was typed but not yet committed. Returns FALSE when a
 * field holds a value that was refused (its reason is shown beside it). */
gboolean             quadrant_requirement_editor_commit          (QuadrantRequirementEditor *self);
/* Focuses the statement field with its text selected. */
void                 quadrant_requirement_editor_focus_statement (QuadrantRequirementEditor *self);

G_END_DECLS
