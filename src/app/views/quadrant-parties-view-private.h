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
  COLUMN_CODE,
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
  GtkWidget           *paned;     /* AdwFlap: the editor beside the list, or over it when narrow */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *category_filter;
  GtkDropDown         *quadrant_filter;
  GtkDropDown         *support_filter;
  GtkDropDown         *relevance_filter;
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
  QuadrantParty      *selected_party;  /* the one selected, as last notified */
  gboolean            reorder_pending;  /* edited while hidden: sort and filter when shown */
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
  gboolean    read_only;            /* the register is only looked at */
  gboolean    descending[N_COLUMNS];
};

/* quadrant-parties-view-columns.c: the columns, their cells and sorters */
void _quadrant_parties_view_setup_columns          (QuadrantPartiesView *self);
/* Finds which columns sort descending; call before the sort model re-sorts. */
void _quadrant_parties_view_update_sort_directions (QuadrantPartiesView *self);

/* quadrant-parties-view-filter.c: the search and the filters */
/* Makes self->filter and connects the search entry and filter drop-downs. */
void     _quadrant_parties_view_init_filters  (QuadrantPartiesView *self);
gboolean _quadrant_parties_view_is_filtering  (QuadrantPartiesView *self);
/* Clears the search and sets every filter to "All". */
void     _quadrant_parties_view_reset_filters (QuadrantPartiesView *self);

/* quadrant-parties-view-rows.c: the rows shown */
gboolean       _quadrant_parties_view_is_sorted          (QuadrantPartiesView *self);
/* For a large register shown in register order, with the view mapped: let
 * the list show only its first screen until the next frame. Call before the
 * register's parties become the list's model. */
void           _quadrant_parties_view_stage_first_screen (QuadrantPartiesView *self);
/* Shows all rows now; whatever needs the whole list calls this first. */
void           _quadrant_parties_view_complete_list      (QuadrantPartiesView *self);
/* The item at position, not a new reference: the model keeps it alive. */
QuadrantParty *_quadrant_parties_view_party_at           (GListModel          *model,
                                                          guint                position);
/* The position of party in the sorted list, or GTK_INVALID_LIST_POSITION. */
guint          _quadrant_parties_view_find_shown         (QuadrantPartiesView *self,
                                                          QuadrantParty       *party);
gboolean       _quadrant_parties_view_list_has_focus     (QuadrantPartiesView *self);
/* Selects only the row at position and scrolls to it; with focus, the
 * keyboard cursor moves there too. */
void           _quadrant_parties_view_reveal_editor      (QuadrantPartiesView *self);
void           _quadrant_parties_view_select_shown       (QuadrantPartiesView *self,
                                                          guint                position,
                                                          gboolean             focus);

G_END_DECLS
