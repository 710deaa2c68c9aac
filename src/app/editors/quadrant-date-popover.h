/* quadrant-date-popover.h: a calendar beside a date typed as YYYY-MM-DD */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds a calendar button to row. A day chosen in it becomes the row's text
 * and is committed as if typed and Enter pressed ("entry-activated"). */
void quadrant_date_popover_attach (AdwEntryRow *row);

G_END_DECLS
