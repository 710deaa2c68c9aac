/* quadrant-import-dialog-private.h: what the import dialog's files share */
#pragma once

#include "quadrant-import-dialog.h"

G_BEGIN_DECLS

/* The import shown (it changes with the sheet). */
QuadrantCsvImport *_quadrant_import_dialog_get_import (QuadrantImportDialog *self);
/* Validates the rows again and shows the result. */
void       _quadrant_import_dialog_revalidate    (QuadrantImportDialog  *self);
/* quadrant-import-dialog-choices.c: the row of choices; *medium_dropdown
 * receives the "Medium counts as" drop-down. */
GtkWidget *_quadrant_import_dialog_build_choices (QuadrantImportDialog  *self,
                                                  GtkWidget            **medium_dropdown);

G_END_DECLS
