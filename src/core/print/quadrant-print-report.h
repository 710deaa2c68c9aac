/* quadrant-print-report.h: the register as printed pages, drawn with cairo and pango
 *
 * One paginator serves both printing (GtkPrintOperation) and the PDF export, so
 * paper and PDF show the same pages: a title page with document control and the
 * revision history, the stakeholder map on a page of its own (landscape), and
 * the register as tables whose header rows repeat on every page. Text wraps
 * inside its cell; a cell taller than a page continues on the next one.
 *
 * Units are points (1/72 inch): measure and draw with a cairo context whose
 * user unit is a point (a PDF surface, or a GtkPrintContext with
 * GTK_UNIT_POINTS and the full page).
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

/* ISO A4 in points, the size of the PDF export. */
#define QUADRANT_PRINT_A4_WIDTH  595.276
#define QUADRANT_PRINT_A4_HEIGHT 841.890

#define QUADRANT_TYPE_PRINT_REPORT (quadrant_print_report_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantPrintReport, quadrant_print_report, QUADRANT, PRINT_REPORT, GObject)

QuadrantPrintReport *quadrant_print_report_new           (QuadrantRegister    *reg);
QuadrantRegister    *quadrant_print_report_get_register  (QuadrantPrintReport *self);
/* Adds a section "Changes since version LABEL" before the sign-off: what
 * changed from since (an earlier register) to the report's (clause 9.3.2's
 * management review). NULL since: no such section. Set before paginating. */
void      quadrant_print_report_set_since        (QuadrantPrintReport *self,
                                                  QuadrantRegister    *since,
                                                  const char          *label);

/* Starts laying out pages for paper of width × height points (as the first
 * pages are oriented); cr only measures text and is not drawn on. May be
 * called again, for another paper size or to start over. */
void      quadrant_print_report_begin            (QuadrantPrintReport *self,
                                                  cairo_t             *cr,
                                                  double               width,
                                                  double               height);
/* Lays out at most max_rows more rows (a table row, a heading with its
 * table's header row, the title page or the map's page), so that a large
 * register is paginated in small steps between which a user interface stays
 * responsive. The pages found so far are kept (get_n_pages). Returns TRUE
 * when every page is laid out. If the register changes before that, the next
 * step starts over. */
gboolean  quadrant_print_report_step             (QuadrantPrintReport *self,
                                                  guint                max_rows);
gboolean  quadrant_print_report_is_done          (QuadrantPrintReport *self);
/* How much of the register pagination has laid out, from 0 to 1. */
double    quadrant_print_report_get_progress     (QuadrantPrintReport *self);
/* begin () and every step at once. Returns the number of pages. */
guint     quadrant_print_report_paginate         (QuadrantPrintReport *self,
                                                  cairo_t             *cr,
                                                  double               width,
                                                  double               height);
guint     quadrant_print_report_get_n_pages      (QuadrantPrintReport *self);
/* TRUE for the page of the map when the paper is portrait: print that page
 * turned (its width and height swapped). */
gboolean  quadrant_print_report_page_is_landscape (QuadrantPrintReport *self,
                                                   guint                page);
/* The page of the map (0-based). */
guint     quadrant_print_report_get_map_page     (QuadrantPrintReport *self);
/* Draws page (0-based) with its top-left corner at the origin of cr; width ×
 * height is the page as the medium has it (swapped for a landscape page).
 * Only the rows of that page are laid out again, from where pagination found
 * the page to start. Call it once pagination is done ("Page N of M"). */
void      quadrant_print_report_draw_page        (QuadrantPrintReport *self,
                                                  cairo_t             *cr,
                                                  guint                page,
                                                  double               width,
                                                  double               height);

/* The whole report as a PDF on A4, at once (QuadrantPrintPdf makes it in
 * steps); n_pages (may be NULL) gets its page count. */
GBytes   *quadrant_print_report_to_pdf           (QuadrantRegister    *reg,
                                                  guint               *n_pages,
                                                  GError             **error);
/* The same with the changes since an earlier register (see set_since ()). */
GBytes   *quadrant_print_report_to_pdf_since     (QuadrantRegister    *reg,
                                                  QuadrantRegister    *since,
                                                  const char          *since_label,
                                                  guint               *n_pages,
                                                  GError             **error);

G_END_DECLS
