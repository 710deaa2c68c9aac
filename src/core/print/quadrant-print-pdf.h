/* quadrant-print-pdf.h: the printed report written as a PDF, in steps
 *
 * The PDF export of a large register takes tens of seconds: laying out the
 * pages and then drawing each of them onto a cairo PDF surface. This object
 * does that a bounded amount at a time, so that a window can run it from its
 * main loop and stay responsive, show progress and stop at any step. The
 * command line runs every step at once (quadrant_print_report_to_pdf ()), so
 * both give the same pages.
 *
 * The register must not change during the export: give it a copy of a
 * register that is being edited.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

/* A step's work: a few milliseconds each, well below a frame's worth of
 * freeze (tests/bench/bench-print measures it). */
#define QUADRANT_PRINT_PDF_ROWS_PER_STEP  50
#define QUADRANT_PRINT_PDF_PAGES_PER_STEP 2

#define QUADRANT_TYPE_PRINT_PDF (quadrant_print_pdf_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantPrintPdf, quadrant_print_pdf, QUADRANT, PRINT_PDF, GObject)

/* The report of reg as a PDF on A4, written to stream as the pages are drawn.
 * The stream is written, never closed. */
QuadrantPrintPdf *quadrant_print_pdf_new           (QuadrantRegister *reg,
                                                    GOutputStream    *stream);
/* The report gets a section of the changes since an earlier register
 * (quadrant_print_report_set_since ()); before the first step. */
void              quadrant_print_pdf_set_since     (QuadrantPrintPdf *self,
                                                    QuadrantRegister *since,
                                                    const char       *label);
/* Lays out at most max_rows rows, or draws at most max_pages pages, or
 * finishes the PDF. Returns FALSE with error set when writing failed; the
 * export then stops (later steps fail the same way). */
gboolean          quadrant_print_pdf_step          (QuadrantPrintPdf *self,
                                                    guint             max_rows,
                                                    guint             max_pages,
                                                    GError          **error);
/* TRUE once the whole PDF has been written to the stream. */
gboolean          quadrant_print_pdf_is_done       (QuadrantPrintPdf *self);
/* How far the export is, from 0 to 1 (1 only when done): laying out counts
 * for the first part, drawing the pages for the rest. */
double            quadrant_print_pdf_get_progress  (QuadrantPrintPdf *self);
/* The page count, once laid out (0 before). */
guint             quadrant_print_pdf_get_n_pages  (QuadrantPrintPdf *self);
/* Pages drawn so far. */
guint             quadrant_print_pdf_get_n_drawn  (QuadrantPrintPdf *self);
/* Steps run so far. */
guint             quadrant_print_pdf_get_n_steps  (QuadrantPrintPdf *self);

G_END_DECLS
