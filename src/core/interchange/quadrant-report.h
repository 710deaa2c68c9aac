/* quadrant-report.h: the audit report, an XSLT stylesheet applied with libxslt
 *
 * The report is data/quadrant-report.xsl applied to the register's canonical
 * XML (quadrant_writer_to_bytes) with the report's texts added in the message
 * language (quadrant-report-strings.h): `xsltproc --stringparam today DATE
 * quadrant-report.xsl FILE`, FILE holding quadrant_report_document (), gives
 * the same bytes as the application. The transformation may read and write
 * no file and use no network.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_REPORT_ERROR (quadrant_report_error_quark ())

typedef enum {
  QUADRANT_REPORT_ERROR_STYLESHEET, /* the stylesheet is missing or not valid XSLT */
  QUADRANT_REPORT_ERROR_INPUT,      /* the input is not a well-formed document */
  QUADRANT_REPORT_ERROR_FAILED,     /* the transformation stopped with an error */
} QuadrantReportError;

/* The shipped stylesheet's name among the data files (quadrant-data-file.h). */
#define QUADRANT_REPORT_STYLESHEET "quadrant-report.xsl"

GQuark  quadrant_report_error_quark     (void);

/* Applies the stylesheet file at stylesheet_path (one's own copy) to the XML document xml with the
 * parameter "today" set to today (left unset when today is NULL or empty).
 * The returned bytes are followed by a NUL byte that their size leaves out. */
GBytes *quadrant_report_transform       (const char   *stylesheet_path,
                                         GBytes       *xml,
                                         const char   *today,
                                         GError      **error);

/* The HTML report of reg made with the shipped stylesheet. today is the
 * report date (YYYY-MM-DD); NULL means today in local time, "" no date. */
GBytes *quadrant_report_to_html         (QuadrantRegister  *reg,
                                         const char        *today,
                                         GError           **error);

/* The same with a section "Changes since version since_label" listing what
 * changed from since to reg (quadrant-diff.h); since NULL: no such section.
 * The changes reach the stylesheet as a <changes since="…"> element in
 * QUADRANT_REPORT_CHANGES_NAMESPACE with one <change> per line, at the end
 * of the register. */
#define QUADRANT_REPORT_CHANGES_NAMESPACE "urn:quadrant:report-changes"
/* What the stylesheet is applied to: reg's canonical XML with, at its end,
 * the changes since `since` (when not NULL) and the report's texts. */
GBytes *quadrant_report_document        (QuadrantRegister  *reg,
                                         QuadrantRegister  *since,
                                         const char        *since_label);
GBytes *quadrant_report_to_html_since   (QuadrantRegister  *reg,
                                         QuadrantRegister  *since,
                                         const char        *since_label,
                                         const char        *today,
                                         GError           **error);

G_END_DECLS
