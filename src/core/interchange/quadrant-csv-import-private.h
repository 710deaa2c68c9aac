/* quadrant-csv-import-private.h: what the parts of the CSV import share
 *
 * quadrant-csv-import.c has the object and the reading API;
 * quadrant-csv-import-parse.c the CSV reader (text to rows of cells);
 * quadrant-csv-import-mapping.c the fields and which column holds each;
 * quadrant-csv-import-values.c the rules that turn a cell into a value;
 * quadrant-csv-import-dates.c the forms a date may be written in;
 * quadrant-csv-import-build.c validation (rows to parties and requirements)
 * and applying the result to a register.
 */
#pragma once

#include "quadrant-csv-import.h"
#include "quadrant-workbook-private.h"

G_BEGIN_DECLS

/* The forms dates are read in for an import into a register. */
typedef struct _QuadrantCsvDates QuadrantCsvDates;

/* One party the import adds or adds requirements to. */
typedef struct {
  QuadrantParty *party;
  gboolean       is_new;
  gboolean       listed;       /* in QuadrantCsvImport.planned already */
  GPtrArray     *requirements; /* QuadrantRequirement* to add */
} Planned;

struct _QuadrantCsvImport {
  GObject parent_instance;

  QuadrantWorkbook *workbook;
  guint       sheet;
  guint       header_line;
  GPtrArray  *header;   /* char* */
  GArray     *rows;     /* Row */
  GArray     *mapping;  /* QuadrantCsvField per column */
  int         levels[3]; /* what High, Medium and Low become */

  /* Result of the last validation */
  GPtrArray  *problems; /* QuadrantCsvProblem* */
  GPtrArray  *planned;  /* Planned* */
  guint       n_good_rows;
  guint       n_skipped_rows; /* placeholders only */
  GPtrArray  *warnings; /* QuadrantCsvProblem*: values kept in the notes */
  guint       scales[2]; /* of power and interest: 3, 5, 10 or 100 */
  QuadrantCsvDates *dates; /* the forms dates were read in, for the preview */

  /* Choices */
  gboolean    medium_high;
  int         other_axis;
  gboolean    unmapped_to_notes;
  gboolean    split_lines;
  gboolean    split_semicolons;
};

/* ---- quadrant-csv-import-parse.c ---- */

/* Parses UTF-8 text into rows (blank rows left out), detecting *separator
 * from the first row with one. */
gboolean   _quadrant_csv_parse            (const char   *data,
                                           gsize         length,
                                           char         *separator,
                                           GArray       *rows,
                                           GError      **error);

/* ---- quadrant-csv-import-mapping.c ---- */

/* How many cells of a row name a field, and whether one names the party. */
guint      _quadrant_csv_header_score     (GPtrArray    *cells,
                                           gboolean     *has_name);

/* ---- quadrant-csv-import-build.c ---- */

/* GPtrArray free function for Planned. */
void       _quadrant_csv_planned_free     (gpointer      data);

/* ---- quadrant-csv-import-dates.c ---- */

QuadrantCsvDates *_quadrant_csv_dates_new (QuadrantCsvImport *import,
                                           QuadrantRegister  *reg);
void       _quadrant_csv_dates_free       (QuadrantCsvDates  *dates);
gboolean   _quadrant_csv_is_date_field    (QuadrantCsvField   field);
/* text (trimmed, not empty) of field's column as ISO; NULL with *message
 * (translated, naming the text and column) when it is no date or could be
 * more than one. */
char      *_quadrant_csv_dates_read       (QuadrantCsvDates  *dates,
                                           QuadrantCsvField   field,
                                           const char        *text,
                                           const char        *column,
                                           char             **message);

/* ---- quadrant-csv-import-values.c ---- */

gboolean   _quadrant_csv_parse_enum       (GType         type,
                                           const char   *text,
                                           int          *value);
char      *_quadrant_csv_dup_enum_words   (GType         type);
gboolean   _quadrant_csv_is_placeholder   (const char   *text);
/* The requirements of one cell, as the split choices say (char*). */
GPtrArray *_quadrant_csv_split_statement  (QuadrantCsvImport *self,
                                           const char   *text);
/* more appended to notes on a line of its own. */
char      *_quadrant_csv_join_notes       (const char   *notes,
                                           const char   *more);
gboolean   _quadrant_csv_parse_category_kind (const char *text,
                                           int          *category,
                                           int          *kind);
/* The scale (3, 5, 10 or 100) that a column's numbers are on. */
guint      _quadrant_csv_detect_scale     (QuadrantCsvImport *self,
                                           QuadrantCsvField   field);
/* levels: what High, Medium and Low become (Medium -1: by medium_high). */
gboolean   _quadrant_csv_parse_level      (const char   *text,
                                           const int    *levels,
                                           guint         scale,
                                           gboolean      medium_high,
                                           int          *value);
/* Array of QuadrantReference from "control: A.5.34; Privacy policy". */
GPtrArray *_quadrant_csv_parse_references (const char   *text);

G_END_DECLS
