/* quadrant-print.h: printing the register and exporting it as a PDF report
 *
 * Both use the core's QuadrantPrintReport, so paper, the print dialog's
 * "Print to File" and "Export PDF Report…" show the same pages.
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

/* Rows of the report laid out per "paginate" emission: a few milliseconds. */
#define QUADRANT_PRINT_ROWS_PER_STEP 50

/* A print operation for reg's report: it starts pagination for the paper
 * chosen in the dialog (begin-print), lays out QUADRANT_PRINT_ROWS_PER_STEP
 * rows per emission of "paginate" until done, turns the map's page to
 * landscape (request-page-setup) and draws page N (draw-page). Units are
 * points on the full page; the report keeps its own margins. It shows
 * progress. */
GtkPrintOperation *quadrant_print_operation_new (QuadrantRegister *reg);

/* "win.print" of a QuadrantWindow: the print dialog for its register.
 * Print settings and page setup are remembered while the application runs. */
void quadrant_print_activated            (GtkWidget  *window,
                                          const char *action_name,
                                          GVariant   *parameter);
/* "win.export-pdf-report" of a QuadrantWindow: asks for a file and writes
 * the report there as a PDF on A4, in steps while the window stays usable
 * (QuadrantPdfExport). Does nothing while an export runs in the window. */
void quadrant_print_export_pdf_activated (GtkWidget  *window,
                                          const char *action_name,
                                          GVariant   *parameter);

G_END_DECLS
