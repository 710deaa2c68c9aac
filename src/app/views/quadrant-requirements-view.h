/* quadrant-requirements-view.h: the Requirements page: all requirements across
 * parties in one column view, with filters and the requirement editor beside it */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"
#include "quadrant-requirement-editor.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_REQUIREMENTS_VIEW (quadrant_requirements_view_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantRequirementsView, quadrant_requirements_view, QUADRANT, REQUIREMENTS_VIEW, GtkWidget)

GtkWidget        *quadrant_requirements_view_new              (void);
void              quadrant_requirements_view_set_register     (QuadrantRequirementsView *self,
                                                               QuadrantRegister         *reg);
QuadrantRegister *quadrant_requirements_view_get_register     (QuadrantRequirementsView *self);
/* A read-only register: no adding, and the editor is off. */
void              quadrant_requirements_view_set_read_only    (QuadrantRequirementsView *self,
                                                               gboolean                  read_only);
/* Selects requirement; one without a statement yet opens with the statement
 * field focused, ready for typing it. */
void              quadrant_requirements_view_select_requirement (QuadrantRequirementsView *self,
                                                                 QuadrantRequirement      *requirement);
/* Adds an empty requirement to party and opens it for its statement. */
void              quadrant_requirements_view_add_requirement  (QuadrantRequirementsView *self,
                                                               QuadrantParty            *party);
void              quadrant_requirements_view_focus_search     (QuadrantRequirementsView *self);
/* Shows only undecided requirements (the reviewer's one-click filter). */
void              quadrant_requirements_view_set_undecided_only (QuadrantRequirementsView *self,
                                                                 gboolean                  undecided_only);
guint             quadrant_requirements_view_get_n_shown      (QuadrantRequirementsView *self);
/* Commits typing in the requirement editor not yet committed (call before
 * saving); FALSE when a field holds a refused value. */
gboolean          quadrant_requirements_view_commit           (QuadrantRequirementsView *self);
QuadrantRequirementEditor *quadrant_requirements_view_get_editor (QuadrantRequirementsView *self);

G_END_DECLS
