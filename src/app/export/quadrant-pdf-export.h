/* quadrant-pdf-export.h: "Export PDF Report…" running in a window
 *
 * The export of a large register takes tens of seconds, so it runs from the
 * main loop in small steps (QuadrantPrintPdf) while the window stays usable,
 * with a bar under the header bar that shows progress and offers Cancel.
 *
 * What is exported is a copy of the register taken when the export starts:
 * edits made meanwhile neither mix into the PDF nor make it start over. The
 * PDF is written to a hidden temporary file in the target folder and renamed
 * over the target only once complete, so the target is never half-written;
 * on cancel or failure the temporary file is deleted, and a failure is told
 * in a dialog that names the file and the reason.
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_PDF_EXPORT (quadrant_pdf_export_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantPdfExport, quadrant_pdf_export, QUADRANT, PDF_EXPORT, GObject)

/* Starts exporting reg's report to file, showing it in window (an
 * AdwApplicationWindow). A window runs one export at a time: while one runs,
 * this returns it and starts nothing. */
QuadrantPdfExport *quadrant_pdf_export_start       (GtkWindow         *window,
                                                    QuadrantRegister  *reg,
                                                    GFile             *file);
/* The export running in window, or NULL. */
QuadrantPdfExport *quadrant_pdf_export_get_running (GtkWindow         *window);
/* Stops it and deletes what it wrote; the target is left as it was. */
void               quadrant_pdf_export_cancel      (QuadrantPdfExport *self);

/* From 0 to 1; "notify::progress" is emitted after every step. */
double             quadrant_pdf_export_get_progress (QuadrantPdfExport *self);
/* The temporary file being written, or NULL before it is created. */
GFile             *quadrant_pdf_export_get_temp_file (QuadrantPdfExport *self);
/* The bar in the window (a GtkInfoBar whose Cancel button answers
 * GTK_RESPONSE_CANCEL), or NULL when the window has no place for one. */
GtkWidget         *quadrant_pdf_export_get_bar      (QuadrantPdfExport *self);

G_END_DECLS
