/* quadrant-welcome-page.h: what a window shows before it has a register
 *
 * New from Template, an empty register, Open, Import Spreadsheet and the
 * recent registers, as an AdwStatusPage. The buttons are the window's and
 * application's actions; nothing here opens files itself.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QUADRANT_TYPE_WELCOME_PAGE (quadrant_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantWelcomePage, quadrant_welcome_page, QUADRANT, WELCOME_PAGE, GtkWidget)

GtkWidget *quadrant_welcome_page_new       (void);
/* How many recent registers it lists. */
guint      quadrant_welcome_page_get_n_recent (QuadrantWelcomePage *self);

/* The recent registers that still exist (GtkRecentInfo, newest first), at
 * most max of them: for this page and the Open Recent menu. */
GPtrArray *quadrant_recent_registers       (guint max);

G_END_DECLS
