/* quadrant-export-table.h: the columns of the spreadsheet exports
 *
 * The CSV and XLSX exports write the same tables: one row per party, or one
 * row per requirement with its party's columns. The columns come from the
 * field table (quadrant-field.h), with the derived quadrant after the
 * interest and, per party, the counts of requirements and undecided ones.
 *
 * A table is written either with the file's words (fixed, untranslated
 * headers such as "current-support" and values such as "manage-closely",
 * for tools) or with labels (translated headers and values such as "Manage
 * closely", for people). The import reads both back.
 */
#pragma once

#include "quadrant-field.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

typedef enum {
  QUADRANT_EXPORT_TABLE_PARTIES,
  QUADRANT_EXPORT_TABLE_REQUIREMENTS,
} QuadrantExportTable;

typedef enum {
  QUADRANT_EXPORT_COLUMN_FIELD,
  QUADRANT_EXPORT_COLUMN_QUADRANT,
  QUADRANT_EXPORT_COLUMN_N_REQUIREMENTS,
  QUADRANT_EXPORT_COLUMN_N_UNDECIDED,
} QuadrantExportColumnKind;

typedef struct {
  QuadrantExportColumnKind kind;
  QuadrantField            field;   /* QUADRANT_EXPORT_COLUMN_FIELD only */
} QuadrantExportColumn;

/* The columns of a table, in order (QuadrantExportColumn). */
GArray     *quadrant_export_table_columns (QuadrantExportTable          table);
/* The header of a column; labels: translated. */
const char *quadrant_export_column_header (QuadrantExportTable          table,
                                           const QuadrantExportColumn  *column,
                                           gboolean                     labels);
/* The enumeration a column's values come from, or G_TYPE_NONE. */
GType       quadrant_export_column_enum   (const QuadrantExportColumn  *column);
/* Whether the column holds whole numbers (power, interest, counts). */
gboolean    quadrant_export_column_is_number (const QuadrantExportColumn *column);
/* The value of a column for a party and, in the requirements table, one of
 * its requirements (NULL: a party without requirements, whose requirement
 * cells are empty). NULL for an empty cell. */
char       *quadrant_export_column_value  (const QuadrantExportColumn  *column,
                                           QuadrantParty               *party,
                                           QuadrantRequirement         *requirement,
                                           gboolean                     labels);

G_END_DECLS
