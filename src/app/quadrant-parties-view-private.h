/* quadrant-parties-view-private.h: what the parts of the Parties page share */
#pragma once

#include <adwaita.h>

#include "quadrant-parties-view.h"
#include "quadrant-party-editor.h"

G_BEGIN_DECLS

typedef enum {
  COLUMN_NAME,
  COLUMN_CATEGORY,
  COLUMN_KIND,
  COLUMN_POWER,
  COLUMN_INTEREST,
  COLUMN_QUADRANT,
  COLUMN_SUPPORT,
  COLUMN_REQUIREMENTS,
  COLUMN_UNDECIDED,
  COLUMN_OWNER,
  COLUMN_LAST_REVIEWED,
  N_COLUMNS
} Column;

typedef struct {
  QuadrantPartiesView *self;
  Column               column;
} ColumnData;

struct _QuadrantPartiesView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget           *paned;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *category_filter;
  GtkDropDown         *quadrant_filter;
  GtkDropDown         *support_filter;
  GtkColumnView       *column_view;
  GtkWidget           *move_up_button;
  GtkWidget           *move_down_button;
  GtkWidget           *unsort_button;
  GtkLabel            *count_label;
  GtkStack            *editor_stack;
  QuadrantPartyEditor *editor;
  AdwStatusPage       *empty_page;

  /* Owned references */
  QuadrantRegister   *reg;
  GtkSliceListModel  *slice_model;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkMultiSelection  *selection;
  GtkCustomFilter    *filter;
  /* Two parties outside any register, used to ask the column view's sorter
   * which columns sort descending (GTK 4.8 has no getter for that). */
  QuadrantParty      *probe_a;
  QuadrantParty      *probe_b;

  /* State */
  ColumnData  column_data[N_COLUMNS];
  char       *search_casefold;
  gulong      changed_handler;
  gulong      parties_handler;
  int         probe_column;         /* the column probed now, or -1 */
  guint       stage_tick;           /* while the list shows only its first screen */
  guint       stage_frames;
  gboolean    staging;
  gboolean    descending[N_COLUMNS];
};

/* quadrant-parties-view-columns.c: the columns, their cells and sorters */
void _quadrant_parties_view_setup_columns          (QuadrantPartiesView *self);
/* Finds which columns sort descending; call before the sort model re-sorts. */
void _quadrant_parties_view_update_sort_directions (QuadrantPartiesView *self);

G_END_DECLS
