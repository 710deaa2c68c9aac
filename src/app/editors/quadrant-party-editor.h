/* quadrant-party-editor.h: every field of one party, and its requirements
 *
 * Edits go through the register's edit API only. Text fields commit on Enter
 * and when they lose focus; a slider drag is one undo step.
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_PARTY_EDITOR (quadrant_party_editor_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantPartyEditor, quadrant_party_editor, QUADRANT, PARTY_EDITOR, GtkWidget)

GtkWidget     *quadrant_party_editor_new         (void);
/* Shows party (which must belong to reg) or nothing when party is NULL.
 * Typing not yet committed to the previous party is committed first. */
void           quadrant_party_editor_set_party   (QuadrantPartyEditor *self,
                                                  QuadrantRegister    *reg,
                                                  QuadrantParty       *party);
QuadrantParty *quadrant_party_editor_get_party   (QuadrantPartyEditor *self);
/* Focuses the name entry with its text selected, so typing replaces it. */
void           quadrant_party_editor_focus_name  (QuadrantPartyEditor *self);
/* Focuses Add Requirement, scrolled into view. */
void           quadrant_party_editor_focus_add_requirement (QuadrantPartyEditor *self);
/* Commits whatever was typed but not yet committed. */
void           quadrant_party_editor_commit      (QuadrantPartyEditor *self);
/* A slider drag: every position change between begin and end is one undo
 * step. The sliders call these on press and release. */
void           quadrant_party_editor_begin_slide (QuadrantPartyEditor *self);
void           quadrant_party_editor_end_slide   (QuadrantPartyEditor *self);

G_END_DECLS
