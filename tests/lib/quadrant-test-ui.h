/* quadrant-test-ui.h: letting windows settle in UI tests, by frames, not time */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-application.h"

#include "quadrant-test-wait.h"

G_BEGIN_DECLS

/* Runs what is pending, then until every mapped toplevel window has drawn
 * n_frames more frames, so that idle work, layout and drawing have settled. */
void quadrant_test_wait_frames (guint n_frames);

/* The first widget of type (or a subtype) in root's tree, depth first,
 * root included; NULL when there is none. */
GtkWidget *quadrant_test_find_widget (GtkWidget *root,
                                      GType      type);

/* GTK and libadwaita for a UI test, without accessibility bus, with the
 * application's resources (for widgets made without the application). */
void quadrant_test_ui_init (int    *argc,
                            char ***argv);

/* GTK and libadwaita for a UI test named name, and the application its
 * windows belong to, registered: memory settings, no accessibility bus, and
 * drafts and recent files in a new folder of the test's own. */
QuadrantApplication *quadrant_test_ui_init_app (int          *argc,
                                                char       ***argv,
                                                const char   *name);

G_END_DECLS
