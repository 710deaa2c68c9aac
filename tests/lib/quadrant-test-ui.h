/* quadrant-test-ui.h: letting windows settle in UI tests, by frames, not time */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-test-wait.h"

G_BEGIN_DECLS

/* Runs what is pending, then until every mapped toplevel window has drawn
 * n_frames more frames, so that idle work, layout and drawing have settled. */
void quadrant_test_wait_frames (guint n_frames);

G_END_DECLS
