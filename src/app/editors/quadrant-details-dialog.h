/* quadrant-details-dialog.h: the register's metadata and revision history
 *
 * Every change goes through the register's edit API, so it can be undone in
 * the window; "Record Revision…" stores every party's position and support.
 */
#pragma once

#include <adwaita.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_DETAILS_DIALOG (quadrant_details_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantDetailsDialog, quadrant_details_dialog, QUADRANT, DETAILS_DIALOG, AdwPreferencesWindow)

/* A dialog for reg (property "register"), transient for and modal to parent. */
GtkWidget        *quadrant_details_dialog_new          (GtkWindow             *parent,
                                                        QuadrantRegister      *reg);
QuadrantRegister *quadrant_details_dialog_get_register (QuadrantDetailsDialog *self);
/* Commits whatever was typed but not yet committed; FALSE when a field holds
 * a value that was refused (its reason is shown in the field). */
gboolean          quadrant_details_dialog_commit       (QuadrantDetailsDialog *self);

G_END_DECLS
