/* quadrant-import-dialog.h: the CSV import dialog
 *
 * Shows the first rows of a parsed CSV file with a drop-down above each
 * column that maps it to a register field (guessed from the header row, or
 * the mapping remembered from the last import), the rows that cannot be
 * imported by line with the reason, and imports the good rows as one undo
 * step or nothing.
 */
#pragma once

#include <adwaita.h>

#include "quadrant-csv-import.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_IMPORT_DIALOG (quadrant_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantImportDialog, quadrant_import_dialog, QUADRANT, IMPORT_DIALOG, AdwWindow)

/* Rows shown in the preview. */
#define QUADRANT_IMPORT_DIALOG_PREVIEW_ROWS 8

/* settings (may be NULL) has the key "csv-import-mapping": read to restore
 * the last mapping, written after an import. */
QuadrantImportDialog *quadrant_import_dialog_new (GtkWindow         *parent,
                                                  QuadrantRegister  *reg,
                                                  QuadrantCsvImport *import,
                                                  const char        *file_name,
                                                  GSettings         *settings);

/* What the column's drop-down does. */
void     quadrant_import_dialog_set_mapping  (QuadrantImportDialog *self,
                                              guint                 column,
                                              QuadrantCsvField      field);
QuadrantCsvField quadrant_import_dialog_get_mapping (QuadrantImportDialog *self,
                                                     guint                 column);
/* Rows listed as not importable. */
guint    quadrant_import_dialog_get_n_problems (QuadrantImportDialog *self);
/* The Import button: imports the good rows and closes; FALSE (dialog stays
 * open, reason shown) when nothing can be imported. */
gboolean quadrant_import_dialog_accept       (QuadrantImportDialog *self);

/* win.import-csv, for gtk_widget_class_install_action () on a QuadrantWindow:
 * asks for a CSV file, then shows the dialog. */
void     quadrant_import_dialog_activated    (GtkWidget  *window,
                                              const char *action_name,
                                              GVariant   *parameter);

G_END_DECLS
