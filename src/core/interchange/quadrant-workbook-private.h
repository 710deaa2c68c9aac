/* quadrant-workbook-private.h: what the workbook's readers share
 *
 * quadrant-workbook.c has the object, format detection and CSV decoding;
 * quadrant-workbook-zip.c opens a ZIP container with libgsf and streams its
 * XML parts through libxml2's xmlTextReader with the limits applied;
 * quadrant-workbook-xlsx.c and quadrant-workbook-ods.c read the sheets.
 */
#pragma once

#include <gsf/gsf.h>
#include <libxml/xmlreader.h>

#include "quadrant-workbook.h"

G_BEGIN_DECLS

/* libgsf 1.14 (Debian 12) declares no autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* One row that is not blank, and the row (or line) of the file it starts on. */
typedef struct {
  guint       line;
  GPtrArray  *cells; /* char*, "" for an empty cell */
} Row;

void        _quadrant_row_clear            (gpointer       data);

/* A sheet being filled: cells are set by position, rows must come in order. */
typedef struct {
  char   *name;
  GArray *rows;    /* Row */
  guint   n_cells;
} Sheet;

Sheet      *_quadrant_sheet_new            (const char    *name);
void        _quadrant_sheet_free           (gpointer       data);
/* Sets a non-empty cell of row (1-based, >= the last row set) and column
 * (0-based); fails with a limit error past the bounds. */
gboolean    _quadrant_sheet_set_cell       (Sheet         *sheet,
                                            guint          row,
                                            guint          column,
                                            const char    *text,
                                            GError       **error);

/* Takes ownership of sheets (Sheet*). */
QuadrantWorkbook *_quadrant_workbook_new   (QuadrantWorkbookFormat  format,
                                            GPtrArray              *sheets);
GArray     *_quadrant_workbook_get_rows    (QuadrantWorkbook       *self,
                                            guint                   sheet);

/* ---- quadrant-workbook-zip.c ---- */

/* One XML part of a ZIP container, streamed. */
typedef struct _XmlPart XmlPart;

/* NULL with error unset when the container has no such part. */
XmlPart    *_quadrant_xml_part_open        (GsfInfile     *zip,
                                            const char    *path,
                                            GError       **error);
void        _quadrant_xml_part_free        (XmlPart       *part);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XmlPart, _quadrant_xml_part_free)
xmlTextReaderPtr _quadrant_xml_part_reader (XmlPart       *part);
/* Moves to the next node: FALSE at the end, or with error set (naming the
 * part and line) for malformed XML, a DOCTYPE, nesting deeper than
 * QUADRANT_WORKBOOK_MAX_DEPTH or more than QUADRANT_WORKBOOK_MAX_PART_SIZE
 * bytes unpacked. */
gboolean    _quadrant_xml_part_next        (XmlPart       *part,
                                            GError       **error);
gboolean    _quadrant_xml_is_element       (xmlTextReaderPtr reader,
                                            const char    *local_name);
gboolean    _quadrant_xml_is_end           (xmlTextReaderPtr reader,
                                            const char    *local_name);
/* The attribute by local name, whatever its namespace prefix; NULL if none. */
char       *_quadrant_xml_attribute        (xmlTextReaderPtr reader,
                                            const char    *local_name);

/* ---- quadrant-workbook-xlsx.c / -ods.c ---- */

GPtrArray  *_quadrant_xlsx_read            (GsfInfile     *zip,
                                            GError       **error);
GPtrArray  *_quadrant_ods_read             (GsfInfile     *zip,
                                            GError       **error);

G_END_DECLS
