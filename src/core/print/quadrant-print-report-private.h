/* quadrant-print-report-private.h: what the parts of QuadrantPrintReport share
 *
 * The report is laid out as a sequence of units: the title page, the map's
 * page, and then one unit per heading and per table row. Pagination runs the
 * units in order, a few at a time, and remembers for every page where the
 * unit that opened it started (a Mark). Drawing a page runs the units again
 * from that mark with the same code, drawing only what falls on that page: so
 * paper and PDF show exactly what pagination measured, and no page needs the
 * ones before it laid out again.
 *
 * quadrant-print-layout.c: text, boxes, pages and tables;
 * quadrant-print-sections.c: the sections of the report as units;
 * quadrant-print-report.c: the object, stepping, drawing and the PDF export.
 */
#pragma once

#include <pango/pangocairo.h>

#include "quadrant-check.h"
#include "quadrant-print-report.h"

G_BEGIN_DECLS

#define QUADRANT_PRINT_FONT_FAMILY  "Sans"
#define QUADRANT_PRINT_BODY_SIZE    8.5
#define QUADRANT_PRINT_MARGIN       48.0  /* about 17 mm: inside every printer's hardware margin */
#define QUADRANT_PRINT_FOOTER_SPACE 26.0  /* between the body and the bottom margin */
#define QUADRANT_PRINT_LINE_WIDTH   0.5

/* Parties checked in one unit of the findings (about half a millisecond;
 * the whole check of 5,000 parties and 50,000 requirements takes 150 ms). */
#define QUADRANT_PRINT_CHECK_PARTIES_PER_UNIT 20

typedef enum {
  QUADRANT_PRINT_STAGE_TITLE,             /* the title page with document control */
  QUADRANT_PRINT_STAGE_MAP,               /* the map's page, and the register's first page */
  QUADRANT_PRINT_STAGE_PARTIES_HEAD,      /* heading and header row of the parties table */
  QUADRANT_PRINT_STAGE_PARTY_ROW,         /* party: its row in the parties table */
  QUADRANT_PRINT_STAGE_REQUIREMENTS_HEAD, /* the heading over all requirements */
  QUADRANT_PRINT_STAGE_PARTY_HEAD,        /* party: its heading and requirements header row */
  QUADRANT_PRINT_STAGE_REQUIREMENT_ROW,   /* party, row: one requirement of the party */
  QUADRANT_PRINT_STAGE_PLAN_HEAD,         /* heading and header row of the communication plan */
  QUADRANT_PRINT_STAGE_PLAN_ROW,          /* party: its engagement plan, if it has one */
  QUADRANT_PRINT_STAGE_IDENTIFICATION,    /* how parties were identified: heading and table */
  QUADRANT_PRINT_STAGE_NOT_RELEVANT_HEAD, /* heading and header row of the parties not relevant */
  QUADRANT_PRINT_STAGE_NOT_RELEVANT_ROW,  /* row: one party judged not relevant */
  QUADRANT_PRINT_STAGE_FINDINGS_HEAD,     /* heading and header row of the open findings */
  QUADRANT_PRINT_STAGE_FINDING_ROW,       /* row: one finding */
  QUADRANT_PRINT_STAGE_CHANGES_HEAD,      /* heading and header row of the changes since a baseline */
  QUADRANT_PRINT_STAGE_CHANGE_ROW,        /* row: one change */
  QUADRANT_PRINT_STAGE_SIGN_OFF,          /* the sign-off block */
  QUADRANT_PRINT_STAGE_DONE,
} QuadrantPrintStage;

/* Where a unit starts: enough to run the layout again from there. */
typedef struct {
  QuadrantPrintStage stage;
  guint              party;
  guint              row;
  double             y;
  int                page;   /* the page being filled; -1 before the first */
} QuadrantPrintMark;

typedef struct {
  QuadrantPrintMark start;   /* the start of the unit that opened this page */
  gboolean          map;
} QuadrantPrintPage;

typedef struct {
  const char *title;
  double      weight;
} QuadrantPrintColumn;

typedef struct {
  const QuadrantPrintColumn *columns;
  guint                      n_columns;
  double                     widths[8];
  PangoLayout               *header[8];    /* NULL: a table without header row */
  double                     header_height;
  char                      *continued;    /* a line above the repeated header, or NULL */
  gboolean                   label_column; /* the first column is shaded (key/value tables) */
} QuadrantPrintTable;

/* Which table of the register a row unit adds to. */
typedef enum {
  QUADRANT_PRINT_TABLE_NONE,
  QUADRANT_PRINT_TABLE_PARTIES,
  QUADRANT_PRINT_TABLE_REQUIREMENTS,
  QUADRANT_PRINT_TABLE_PLAN,
  QUADRANT_PRINT_TABLE_FINDINGS,
  QUADRANT_PRINT_TABLE_CHANGES,
  QUADRANT_PRINT_TABLE_NOT_RELEVANT,
} QuadrantPrintTableKind;

struct _QuadrantPrintReport
{
  GObject            parent_instance;

  QuadrantRegister  *reg;
  gulong             changed_id;
  PangoContext      *context;
  GArray            *pages;        /* of QuadrantPrintPage */

  /* Paper */
  double             width, height;
  double             top, bottom, left, right;

  /* Where the layout is */
  QuadrantPrintMark  at;
  QuadrantPrintMark  unit_start;
  guint              units_done;   /* of this pagination */

  /* The table that row units add to */
  QuadrantPrintTable     table;
  QuadrantPrintTableKind table_kind;
  guint                  table_party;

  /* The parties of the register proper (all but those judged not relevant)
   * and those judged not relevant, sorted once per pagination */
  GListStore            *considered;
  GListStore            *not_relevant;
  /* The open findings, checked once per pagination (at its title page) */
  GPtrArray             *findings;
  /* The check that finds them, a few parties a unit */
  QuadrantCheckRun      *check_run;
  /* The widest word of each column of each kind of table (fit_known: a bit
   * per kind measured in this pagination), and the words measured */
  double                 fit_widest[QUADRANT_PRINT_TABLE_NOT_RELEVANT + 1][8];
  guint                  fit_known;
  PangoLayout           *fit_layout[2];   /* normal, bold */
  GHashTable            *fit_words[2];    /* word → width in Pango units */

  /* The earlier register the changes are counted from, or NULL; its changes
   * (one line each) are found once per pagination, like the findings */
  QuadrantRegister      *since;
  char                  *since_label;
  char                 **changes;

  /* While drawing: the page drawn and where, or NULL while paginating */
  cairo_t           *draw_cr;
  int                draw_page;
  guint              draw_units;   /* run to draw the last page drawn */

  guint              paginating : 1;
  guint              done : 1;
  guint              changed : 1;  /* the register changed while paginating */
};

/* quadrant-print-layout.c */
void         quadrant_print_new_page         (QuadrantPrintReport       *self);
PangoLayout *quadrant_print_make_layout      (QuadrantPrintReport       *self,
                                              const char                *text,
                                              double                     size,
                                              PangoWeight                weight,
                                              PangoStyle                 style,
                                              double                     width);
double       quadrant_print_layout_height    (PangoLayout               *layout);
void         quadrant_print_add_paragraph    (QuadrantPrintReport       *self,
                                              const char                *text,
                                              double                     size,
                                              PangoWeight                weight,
                                              PangoStyle                 style,
                                              double                     space_before,
                                              double                     keep);
/* widest: the widest word of each column's cells, or NULL; the header's
 * words are measured here. */
void         quadrant_print_table_init       (QuadrantPrintReport       *self,
                                              QuadrantPrintTable        *table,
                                              const QuadrantPrintColumn *columns,
                                              guint                      n_columns,
                                              gboolean                   with_header,
                                              const double              *widest);
void         quadrant_print_table_clear      (QuadrantPrintTable        *table);
double       quadrant_print_table_keep_height (QuadrantPrintReport      *self,
                                               QuadrantPrintTable       *table,
                                               const char * const       *first_row);
void         quadrant_print_table_begin      (QuadrantPrintReport       *self,
                                              QuadrantPrintTable        *table,
                                              const char * const        *first_row);
void         quadrant_print_table_add_row    (QuadrantPrintReport       *self,
                                              QuadrantPrintTable        *table,
                                              const char * const        *cells);

/* quadrant-print-report.c: the parties of the register proper (not_relevant
 * holds the others); again: sort them anew */
GListModel  *quadrant_print_parties          (QuadrantPrintReport       *self,
                                              gboolean                   again);

/* quadrant-print-fit.c */
double       quadrant_print_widest_word      (QuadrantPrintReport       *self,
                                              const char                *text,
                                              gboolean                   bold);
/* Lets layout break lines only between words and after hyphens, in words
 * that fit its width; the others may break anywhere. */
void         quadrant_print_keep_words       (QuadrantPrintReport       *self,
                                              PangoLayout               *layout,
                                              gboolean                   bold);
void         quadrant_print_fit_add_row      (QuadrantPrintReport       *self,
                                              double                    *widest,
                                              guint                      n_columns,
                                              const char * const        *cells,
                                              gboolean                   bold_first);
/* Widths that give each column at least min (points) and share the rest of
 * body by weight. */
void         quadrant_print_fit_widths       (const QuadrantPrintColumn *columns,
                                              guint                      n_columns,
                                              double                     body,
                                              const double              *min,
                                              double                    *widths);
/* Forgets the words measured (the fonts changed) and the widths found. */
void         quadrant_print_fit_forget       (QuadrantPrintReport       *self);

/* quadrant-print-rows.c: one row's cells, newly allocated, for an item */
typedef char **(*QuadrantPrintRowFunc) (gpointer item);

char       **quadrant_print_revision_row     (gpointer                   item);
char       **quadrant_print_party_row        (gpointer                   item);
char       **quadrant_print_not_relevant_row (gpointer                   item);
char       **quadrant_print_requirement_row  (gpointer                   item);
char       **quadrant_print_plan_row         (gpointer                   item);
char       **quadrant_print_finding_row      (gpointer                   item);
/* A register's ISO date as the report's language writes it ("" for NULL). */
char        *quadrant_print_dup_date         (const char                *iso);
/* Makes self->table the table of kind (index and party: whose requirements). */
QuadrantPrintTable *quadrant_print_use_table (QuadrantPrintReport       *self,
                                              QuadrantPrintTableKind     kind,
                                              guint                      index,
                                              QuadrantParty             *party);

/* quadrant-print-identification.c */
void         quadrant_print_add_identification (QuadrantPrintReport     *self);

/* quadrant-print-sections.c */
void         quadrant_print_run_unit         (QuadrantPrintReport       *self);
const char  *quadrant_print_or_dash          (const char                *text);

/* For tests: how pagination went. */
guint        quadrant_print_report_get_units_done (QuadrantPrintReport *self);
gboolean     quadrant_print_report_get_page_mark  (QuadrantPrintReport *self,
                                                   guint                page,
                                                   QuadrantPrintMark   *mark);
guint        quadrant_print_report_get_draw_units (QuadrantPrintReport *self);

G_END_DECLS
