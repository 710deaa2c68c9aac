/* quadrant-application.h: the application: windows, command line, app actions */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QUADRANT_TYPE_APPLICATION (quadrant_application_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantApplication, quadrant_application, QUADRANT, APPLICATION, AdwApplication)

QuadrantApplication *quadrant_application_new (void);

G_END_DECLS
