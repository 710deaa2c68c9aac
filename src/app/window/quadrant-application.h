/* quadrant-application.h: the application: windows, command line, app actions */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QUADRANT_TYPE_APPLICATION (quadrant_application_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantApplication, quadrant_application, QUADRANT, APPLICATION, AdwApplication)

typedef struct _QuadrantWindow QuadrantWindow;

QuadrantApplication *quadrant_application_new             (void);

/* Offers the drafts left behind by a crash (those no open window owns) in a
 * dialog over parent. Returns FALSE, showing nothing, when there are none. */
gboolean             quadrant_application_offer_recovery  (QuadrantApplication *self,
                                                           GtkWindow           *parent);

G_END_DECLS
