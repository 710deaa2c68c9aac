/* quadrant-csv-import.h: parties and requirements from a spreadsheet
 *
 * Reads one sheet of a QuadrantWorkbook: an XLSX or ODS sheet, or CSV as
 * spreadsheets write it: comma, semicolon or tab separated (found from the
 * header row), UTF-8, UTF-16 or Windows-1252, quoted cells with separators,
 * doubled quotes and line breaks inside, CRLF or LF line ends. The header row
 * is the one among the first rows whose cells name the most fields (title
 * rows and merged group headers above it are skipped); a mapping of columns
 * to register fields is
 * guessed from those names (see quadrant-csv-import.c for the synonyms) and can
 * be changed. Every other row is one party, or one requirement of a party: rows
 * that name the same party (by party id or by name) add requirements to one
 * party, and the first of them sets the party's fields. Dates are read as
 * ISO or as the register's or the user's language writes them, never by
 * guessing which number is the day (quadrant-csv-import-dates.c).
 *
 * A row that cannot be imported is reported with the line it starts on and the
 * reasons; the caller chooses between the good rows and nothing. Applying an
 * import is one undo step.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"
#include "quadrant-workbook.h"

G_BEGIN_DECLS

#define QUADRANT_CSV_IMPORT_ERROR (quadrant_csv_import_error_quark ())

typedef enum {
  QUADRANT_CSV_IMPORT_ERROR_EMPTY,          /* no bytes, or only blank lines */
  QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,      /* over QUADRANT_CSV_IMPORT_MAX_SIZE */
  QUADRANT_CSV_IMPORT_ERROR_INVALID_UTF8,   /* not UTF-8 text; the message names the line */
  QUADRANT_CSV_IMPORT_ERROR_MALFORMED,      /* a quoted cell that is never closed */
  QUADRANT_CSV_IMPORT_ERROR_NO_ROWS,        /* a header row and nothing else */
  QUADRANT_CSV_IMPORT_ERROR_MAPPING,        /* no name column, or a bad --mapping */
  QUADRANT_CSV_IMPORT_ERROR_BAD_ROWS,       /* rows with errors and the good rows were not wanted */
  QUADRANT_CSV_IMPORT_ERROR_NOT_SPREADSHEET, /* not the format asked for */
} QuadrantCsvImportError;

#define QUADRANT_CSV_IMPORT_MAX_SIZE (64 * 1024 * 1024)

/* The register fields a column can be mapped to. */
typedef enum {
  QUADRANT_CSV_FIELD_NONE,
  QUADRANT_CSV_FIELD_PARTY_ID,
  QUADRANT_CSV_FIELD_NAME,
  QUADRANT_CSV_FIELD_CATEGORY,
  QUADRANT_CSV_FIELD_KIND,
  QUADRANT_CSV_FIELD_DESCRIPTION,
  QUADRANT_CSV_FIELD_POWER,
  QUADRANT_CSV_FIELD_INTEREST,
  QUADRANT_CSV_FIELD_SUPPORT,
  QUADRANT_CSV_FIELD_DESIRED_SUPPORT,
  QUADRANT_CSV_FIELD_OWNER,
  QUADRANT_CSV_FIELD_CONTACT,
  QUADRANT_CSV_FIELD_IDENTIFIED_BY,
  QUADRANT_CSV_FIELD_IDENTIFIED_ON,
  QUADRANT_CSV_FIELD_COMMUNICATION,
  QUADRANT_CSV_FIELD_CHANNEL,
  QUADRANT_CSV_FIELD_FREQUENCY,
  QUADRANT_CSV_FIELD_RESPONSIBLE,
  QUADRANT_CSV_FIELD_LAST_REVIEWED,
  QUADRANT_CSV_FIELD_NOTES,
  QUADRANT_CSV_FIELD_REQUIREMENT_ID,
  QUADRANT_CSV_FIELD_STATEMENT,
  QUADRANT_CSV_FIELD_TYPE,
  QUADRANT_CSV_FIELD_SOURCE,
  QUADRANT_CSV_FIELD_PRIORITY,
  QUADRANT_CSV_FIELD_DECISION,
  QUADRANT_CSV_FIELD_RATIONALE,
  QUADRANT_CSV_FIELD_REFERENCES,
  QUADRANT_CSV_FIELD_REQUIREMENT_OWNER,
  QUADRANT_CSV_FIELD_REVIEW_DATE,
  QUADRANT_CSV_FIELD_REFERENCE,             /* the party's own code ("IP-001") */
  QUADRANT_CSV_FIELD_REQUIREMENT_REFERENCE, /* the requirement's own code */
  QUADRANT_CSV_FIELD_RELEVANT,
  QUADRANT_CSV_FIELD_RELEVANCE_RATIONALE,
  QUADRANT_CSV_FIELD_RELEVANCE_DECIDED,
  QUADRANT_CSV_FIELD_REQUIREMENT_NOTES,
  QUADRANT_CSV_N_FIELDS,
} QuadrantCsvField;

/* Power or interest given as a word. Medium is never the quadrant boundary
 * (50): it counts as high or low, as quadrant_csv_import_set_medium_high ()
 * says; so does the middle of a 1–3 or 1–5 scale. */
#define QUADRANT_CSV_HIGH        80
#define QUADRANT_CSV_MEDIUM_HIGH 60
#define QUADRANT_CSV_MEDIUM_LOW  40
#define QUADRANT_CSV_LOW         20

/* A row that cannot be imported. */
typedef struct {
  guint  line;     /* the physical line the row starts on, 1 = the header */
  char  *message;  /* why, translated; several reasons joined with "; " */
} QuadrantCsvProblem;

void quadrant_csv_problem_free (QuadrantCsvProblem *problem);

/* Field names as --mapping and the remembered mapping spell them
 * ("name", "power", "requirement", ...); NONE is "ignore". */
const char       *quadrant_csv_field_to_name   (QuadrantCsvField  field);
/* Accepts the names above and the header synonyms, case-insensitively. */
QuadrantCsvField  quadrant_csv_field_from_name (const char       *name);
/* Translated label for a mapping drop-down. */
const char       *quadrant_csv_field_to_label  (QuadrantCsvField  field);

#define QUADRANT_TYPE_CSV_IMPORT (quadrant_csv_import_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantCsvImport, quadrant_csv_import, QUADRANT, CSV_IMPORT, GObject)

GQuark             quadrant_csv_import_error_quark (void);

/* Reads data (CSV, XLSX or ODS, told apart by the bytes), takes the sheet
 * quadrant_csv_import_find_sheet () chooses, and guesses the mapping. */
QuadrantCsvImport *quadrant_csv_import_new_from_data (const char   *data,
                                                      gsize         length,
                                                      GError      **error);
QuadrantCsvImport *quadrant_csv_import_new_from_file (GFile        *file,
                                                      GError      **error);
/* One sheet of a workbook; fails when it has no rows below its header. */
QuadrantCsvImport *quadrant_csv_import_new_from_workbook (QuadrantWorkbook *workbook,
                                                          guint             sheet,
                                                          GError          **error);
/* The first sheet whose header names the party, else the first whose header
 * names any field, else the first sheet. */
guint       quadrant_csv_import_find_sheet     (QuadrantWorkbook  *workbook);

QuadrantWorkbook *quadrant_csv_import_get_workbook (QuadrantCsvImport *self);
guint       quadrant_csv_import_get_sheet      (QuadrantCsvImport *self);
/* The row (line) of the file that holds the column names. */
guint       quadrant_csv_import_get_header_line (QuadrantCsvImport *self);

/* ',', ';' or '\t'; ',' for a workbook sheet */
char        quadrant_csv_import_get_separator  (QuadrantCsvImport *self);
guint       quadrant_csv_import_get_n_columns  (QuadrantCsvImport *self);
const char *quadrant_csv_import_get_header     (QuadrantCsvImport *self,
                                                guint              column);
/* Data rows (not counting the header and blank rows). */
guint       quadrant_csv_import_get_n_rows     (QuadrantCsvImport *self);
guint       quadrant_csv_import_get_row_line   (QuadrantCsvImport *self,
                                                guint              row);
/* NULL when the row has fewer cells. */
const char *quadrant_csv_import_get_cell       (QuadrantCsvImport *self,
                                                guint              row,
                                                guint              column);

QuadrantCsvField quadrant_csv_import_get_mapping (QuadrantCsvImport *self,
                                                  guint              column);
/* Maps column to field; a column previously mapped to the same field becomes
 * unmapped, as every field comes from one column at most. */
void        quadrant_csv_import_set_mapping    (QuadrantCsvImport *self,
                                                guint              column,
                                                QuadrantCsvField   field);
void        quadrant_csv_import_guess_mapping  (QuadrantCsvImport *self);
/* "field=Column,field=Column": Column is a header name (case-insensitive) or
 * #N for the N-th column; "Column=field" works too, and "Column=ignore"
 * switches a column off. What it names replaces the guess; the rest stays. */
gboolean    quadrant_csv_import_apply_mapping_string (QuadrantCsvImport  *self,
                                                      const char         *mapping,
                                                      GError            **error);
/* The current mapping in the same form, for remembering it. */
char       *quadrant_csv_import_dup_mapping_string   (QuadrantCsvImport  *self);

/* Checks the mapping (a name column is needed). */
gboolean    quadrant_csv_import_check_mapping  (QuadrantCsvImport  *self,
                                                GError            **error);

/* Converts every row for import into reg (ids and names already there count)
 * and returns the rows that cannot be imported (array of QuadrantCsvProblem,
 * owned by self, valid until the next call), empty when all are good. */
GPtrArray  *quadrant_csv_import_validate       (QuadrantCsvImport *self,
                                                QuadrantRegister  *reg);
/* What the three-level ratings High, Medium and Low become as power or
 * interest (QUADRANT_CSV_HIGH, _MEDIUM and _LOW unless set); call before
 * quadrant_csv_import_validate (). */
void        quadrant_csv_import_set_levels     (QuadrantCsvImport *self,
                                                int                high,
                                                int                medium,
                                                int                low);
guint       quadrant_csv_import_get_n_good_rows (QuadrantCsvImport *self);
/* Values that could not be read (array of QuadrantCsvProblem, owned by self,
 * valid until the next validation): their rows import, the field stays
 * unset and the text is kept in the notes as "Column: text". */
GPtrArray  *quadrant_csv_import_get_warnings   (QuadrantCsvImport *self);
/* What the numbers in the power or interest column are read as: a 1–3,
 * 1–5 or 1–10 scale, or 100 for 0–100. Known after a validation. */
guint       quadrant_csv_import_get_scale      (QuadrantCsvImport *self,
                                                QuadrantCsvField   field);
/* The parties of the last validation in order: new ones, and ones the
 * register has that get requirements; n_requirements the number each gets. */
guint       quadrant_csv_import_get_n_planned  (QuadrantCsvImport *self);
QuadrantParty *quadrant_csv_import_get_planned_party (QuadrantCsvImport *self,
                                                      guint              index,
                                                      gboolean          *is_new,
                                                      guint             *n_requirements);
/* Planned parties and requirements of the last validation. */
guint       quadrant_csv_import_get_n_parties  (QuadrantCsvImport *self);
guint       quadrant_csv_import_get_n_requirements (QuadrantCsvImport *self);

/* Choices, each taking effect at the next validation. */
/* Medium (and the middle of an odd scale) counts as high (60, default) or low (40). */
void        quadrant_csv_import_set_medium_high (QuadrantCsvImport *self,
                                                 gboolean           medium_high);
gboolean    quadrant_csv_import_get_medium_high (QuadrantCsvImport *self);
/* A party rated on one axis only: the other axis gets value (0–100), or with
 * QUADRANT_NOT_ASSESSED (default) the party stays unassessed and its rating
 * goes into its notes. */
void        quadrant_csv_import_set_other_axis (QuadrantCsvImport *self,
                                                int                value);
int         quadrant_csv_import_get_other_axis (QuadrantCsvImport *self);
/* Columns mapped to nothing go into the party's notes as "Column: value"
 * (default off: they are listed as not imported). */
void        quadrant_csv_import_set_unmapped_to_notes (QuadrantCsvImport *self,
                                                       gboolean           to_notes);
gboolean    quadrant_csv_import_get_unmapped_to_notes (QuadrantCsvImport *self);
/* A requirement cell of several lines (default on), or of sentences
 * separated by "; " (default off), gives one requirement per line or
 * sentence, each with the row's other values. */
void        quadrant_csv_import_set_split (QuadrantCsvImport *self,
                                           gboolean           lines,
                                           gboolean           semicolons);
gboolean    quadrant_csv_import_get_split_lines (QuadrantCsvImport *self);
gboolean    quadrant_csv_import_get_split_semicolons (QuadrantCsvImport *self);
/* Rows of template placeholders only ("TODO", "-"), which hold nothing. */
guint       quadrant_csv_import_get_n_skipped_rows (QuadrantCsvImport *self);

/* Adds the rows to reg as one undo step. With bad rows it imports nothing and
 * fails with QUADRANT_CSV_IMPORT_ERROR_BAD_ROWS unless keep_good_rows is set.
 * n_parties / n_requirements (may be NULL) receive how many were added. */
gboolean    quadrant_csv_import_apply          (QuadrantCsvImport  *self,
                                                QuadrantRegister   *reg,
                                                gboolean            keep_good_rows,
                                                guint              *n_parties,
                                                guint              *n_requirements,
                                                GError            **error);

/* A workbook that Quadrant exported (quadrant-xlsx-export.h) has the parties,
 * with their ids, on one sheet and their requirements on another: the sheet
 * whose rows, imported after this one into the same register, add the
 * requirements to these parties; G_MAXUINT when there is none. */
guint quadrant_csv_import_find_requirements_sheet (QuadrantCsvImport *self);
/* That sheet as an import of its own, with self's choices (levels, split,
 * notes), to validate and apply after self; NULL without an error when the
 * workbook has no such sheet. */
QuadrantCsvImport *quadrant_csv_import_new_requirements_import (QuadrantCsvImport  *self,
                                                                GError            **error);
/* quadrant_csv_import_apply (), then, for Quadrant's own workbook, its
 * requirements sheet into the same register, all as one undo step; when
 * the second fails nothing stays imported. n_requirements counts both. */
gboolean quadrant_csv_import_apply_joined (QuadrantCsvImport  *self,
                                           QuadrantRegister   *reg,
                                           gboolean            keep_good_rows,
                                           guint              *n_parties,
                                           guint              *n_requirements,
                                           GError            **error);

/* What the cell of a row (0: the first below the header) and column becomes
 * in the register, as the preview shows it ("80", "External, Regulators",
 * "2 requirements", "Not imported"); NULL when the text is taken as it is.
 * *unreadable: the value cannot be read and will go to the notes. */
char *quadrant_csv_import_interpret_cell (QuadrantCsvImport *self,
                                          guint              row,
                                          guint              column,
                                          gboolean          *unreadable);

G_END_DECLS
