/* quadrant-findings-view.h: the Findings page: the completeness check, live */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_FINDINGS_VIEW (quadrant_findings_view_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantFindingsView, quadrant_findings_view, QUADRANT, FINDINGS_VIEW, GtkWidget)

GtkWidget        *quadrant_findings_view_new          (void);
/* A read-only register: conflicts cannot be resolved. */
void              quadrant_findings_view_set_read_only (QuadrantFindingsView *self,
                                                        gboolean              read_only);
void              quadrant_findings_view_set_register (QuadrantFindingsView *self,
                                                       QuadrantRegister     *reg);
/* Property "n-errors" (for the view switcher's badge); updated as the register changes. */
guint             quadrant_findings_view_get_n_errors (QuadrantFindingsView *self);
guint             quadrant_findings_view_get_n_findings (QuadrantFindingsView *self);

G_END_DECLS
