/* quadrant-date-popover.h: a calendar beside a typed date */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds a calendar button to row. A day chosen in it becomes the row's text
 * and is committed as if typed and Enter pressed ("entry-activated"). */
void  quadrant_date_popover_attach    (AdwEntryRow *row);
/* Why a typed text was refused as a date, with an example as the user's
 * language writes dates: short, for after a row's title. */
char *quadrant_date_popover_dup_error (void);

G_END_DECLS
