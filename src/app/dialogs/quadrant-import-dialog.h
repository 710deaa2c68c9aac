/* quadrant-import-dialog.h: the spreadsheet import dialog
 *
 * Shows the sheet (a drop-down when the workbook has several), its first
 * rows with a drop-down above each column that maps it to a register field
 * (guessed from the header row, or the mapping remembered from the last
 * import), the choices for levels, one-axis ratings, unmapped columns and
 * cells of several requirements, the counts of parties and requirements and
 * the first parties as they will be imported, the rows that cannot be
 * imported and the values kept in the notes by line; nothing changes until
 * Import, which adds the good rows as one undo step.
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
/* Values listed as unreadable (their rows import, the text in the notes). */
guint    quadrant_import_dialog_get_n_warnings (QuadrantImportDialog *self);
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

/* The preview's line under a cell of the first rows: what it becomes ("→ 80"). */
const char *quadrant_import_dialog_get_interpreted (QuadrantImportDialog *self,
                                                    guint                 row,
                                                    guint                 column);

G_END_DECLS
