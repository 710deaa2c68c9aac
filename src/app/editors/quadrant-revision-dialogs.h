/* quadrant-revision-dialogs.h: recording a revision and correcting one */
#pragma once

#include <adwaita.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

/* Asks for version, date, author and summary, then records the revision once
 * (Enter or the Record button) and closes. Returns the dialog, presented. */
GtkWidget *quadrant_revision_dialog_record  (GtkWindow        *parent,
                                             QuadrantRegister *reg);
/* Asks for a corrected summary of revision, one undoable step. */
GtkWidget *quadrant_revision_dialog_correct (GtkWindow        *parent,
                                             QuadrantRegister *reg,
                                             QuadrantRevision *revision);

G_END_DECLS
