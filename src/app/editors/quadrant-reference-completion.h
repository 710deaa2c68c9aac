/* quadrant-reference-completion.h: suggestions from the references already
 * used in the register, under the field where a reference is typed */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_REFERENCE_COMPLETION (quadrant_reference_completion_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantReferenceCompletion, quadrant_reference_completion,
                      QUADRANT, REFERENCE_COMPLETION, GObject)

/* Suggests under entry, an editable widget (an AdwEntryRow). Emits "chosen"
 * (text, kind) when a suggestion is taken, after the entry shows its text. */
QuadrantReferenceCompletion *quadrant_reference_completion_new    (GtkWidget                   *entry);
/* Shows what matches the entry's text among the references of reg, leaving
 * out those requirement has already; hides when nothing does. */
void                         quadrant_reference_completion_update (QuadrantReferenceCompletion *self,
                                                                   QuadrantRegister            *reg,
                                                                   QuadrantRequirement         *requirement);
void                         quadrant_reference_completion_hide   (QuadrantReferenceCompletion *self);
/* The suggestions shown now (0 when hidden). */
guint                        quadrant_reference_completion_get_n_shown (QuadrantReferenceCompletion *self);
/* Detaches from the entry; call before the entry is disposed. */
void                         quadrant_reference_completion_detach (QuadrantReferenceCompletion *self);

G_END_DECLS
