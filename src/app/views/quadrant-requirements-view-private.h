/* quadrant-requirements-view-private.h: what the parts of the Requirements
 * page share */
#pragma once

#include <adwaita.h>

#include "quadrant-requirement-editor.h"
#include "quadrant-requirements-view.h"

G_BEGIN_DECLS

/* One search word, lower-cased, as characters. */
typedef struct {
  gunichar *chars;
  glong     len;
} SearchTerm;

struct _QuadrantRequirementsView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwFlap                   *paned;     /* the editor beside the list, or over it when narrow */
  GtkSearchEntry            *search_entry;
  GtkToggleButton           *undecided_button;
  GtkDropDown               *decision_dropdown;
  GtkDropDown               *type_dropdown;
  GtkDropDown               *party_dropdown;
  GtkColumnView             *column_view;
  GtkColumnViewColumn       *statement_column;
  GtkColumnViewColumn       *party_column;
  GtkColumnViewColumn       *type_column;
  GtkColumnViewColumn       *source_column;
  GtkColumnViewColumn       *decision_column;
  GtkColumnViewColumn       *references_column;
  GtkColumnViewColumn       *owner_column;
  GtkColumnViewColumn       *review_column;
  GtkLabel                  *count_label;
  QuadrantRequirementEditor *editor;

  /* Owned references */
  QuadrantRegister    *reg;
  GtkMapListModel     *map_model;
  GtkFlattenListModel *flatten_model;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GListStore          *party_choices; /* "All Parties", then the register's parties */
  QuadrantParty       *party;         /* party filter, NULL for all */
  QuadrantRequirement *pinned;        /* shown in the editor: kept visible while edited */

  /* Filter state */
  GArray *terms;     /* SearchTerm */
  char   *search_text;
  int     decision;  /* -1: all */
  int     type;      /* -1: all */

  gulong changed_handler;
  guint  refilter_source;
  gboolean refilter_pending;  /* edited while hidden: refilter when shown */
  guint  syncing_decision : 1;
};

/* quadrant-requirements-view-add.c: the add-requirement action and its keys */
void     _quadrant_requirements_view_class_init_add   (GtkWidgetClass *widget_class);

/* quadrant-requirements-view-sort.c: which rows show, and in what order */
GArray  *_quadrant_requirements_view_search_terms_new (void);
/* Makes self->terms the words of text. */
void     _quadrant_requirements_view_set_search_terms (QuadrantRequirementsView *self,
                                                       const char               *text);
gboolean _quadrant_requirements_view_filter_is_active (QuadrantRequirementsView *self);
/* Whether the filter settings let the requirement show. */
gboolean _quadrant_requirements_view_matches          (QuadrantRequirementsView *self,
                                                       QuadrantRequirement      *requirement);
/* Gives each sortable column its sorter. */
void     _quadrant_requirements_view_setup_sorters    (QuadrantRequirementsView *self);

G_END_DECLS
