/* quadrant-window.h: one document window */
#pragma once

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_WINDOW (quadrant_window_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantWindow, quadrant_window, QUADRANT, WINDOW, AdwApplicationWindow)

QuadrantWindow   *quadrant_window_new          (QuadrantApplication *application);
/* Loads file into this window; on failure shows why and keeps the current document. */
gboolean          quadrant_window_load_file    (QuadrantWindow      *self,
                                                GFile               *file);
QuadrantRegister *quadrant_window_get_register (QuadrantWindow      *self);
GFile            *quadrant_window_get_file     (QuadrantWindow      *self);

G_END_DECLS
