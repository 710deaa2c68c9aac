/* quadrant-report-export.h: "Export HTML Report…" in a document window */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* win.export-html-report, for gtk_widget_class_install_action () on a
 * QuadrantWindow: asks where to save, then writes the report of the
 * window's register (quadrant-report.h) there. */
void quadrant_report_export_activated (GtkWidget  *window,
                                       const char *action_name,
                                       GVariant   *parameter);

/* The suggested file name: "NAME-report.html" after the register file's
 * name without ".quadrant.xml", or after the organisation. */
char *quadrant_report_export_dup_name (GFile      *file,
                                       const char *organisation);

G_END_DECLS
