/* quadrant-requirements-view-columns.h: the Requirements page's list cells */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  REQUIREMENT_COLUMN_STATEMENT,
  REQUIREMENT_COLUMN_PARTY,
  REQUIREMENT_COLUMN_TYPE,
  REQUIREMENT_COLUMN_SOURCE,
  REQUIREMENT_COLUMN_DECISION,
  REQUIREMENT_COLUMN_REFERENCES,
  REQUIREMENT_COLUMN_OWNER,
  REQUIREMENT_COLUMN_REVIEW_DATE,
  N_REQUIREMENT_COLUMNS
} RequirementColumn;

GtkListItemFactory *quadrant_requirement_cell_factory_new (RequirementColumn column);

G_END_DECLS
