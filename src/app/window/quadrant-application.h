/* quadrant-application.h: the application: windows, command line, app actions */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QUADRANT_TYPE_APPLICATION (quadrant_application_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantApplication, quadrant_application, QUADRANT, APPLICATION, AdwApplication)

typedef struct _QuadrantWindow QuadrantWindow;

QuadrantApplication *quadrant_application_new             (void);

/* Opens file: raises the window that already has it, or loads it into from
 * (or the active window) when that window holds an untouched new register, or
 * into a new window. A file that cannot be loaded is reported in a dialog and
 * changes no window. Returns the window that shows file, or NULL. */
QuadrantWindow      *quadrant_application_open_file       (QuadrantApplication *self,
                                                           GFile               *file,
                                                           QuadrantWindow      *from);
/* The window whose document is file, or NULL. */
QuadrantWindow      *quadrant_application_find_window     (QuadrantApplication *self,
                                                           GFile               *file);
/* Offers the drafts left behind by a crash (those no open window owns) in a
 * dialog over parent. Returns FALSE, showing nothing, when there are none. */
gboolean             quadrant_application_offer_recovery  (QuadrantApplication *self,
                                                           GtkWindow           *parent);

/* Adds file to the recently used registers. */
void                 quadrant_application_add_recent      (GFile               *file);

G_END_DECLS
