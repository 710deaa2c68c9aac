/* quadrant-test-wait.h: waiting for conditions in tests, never for a time
 *
 * Tests have no deadline of their own: a busy machine makes them slower, never
 * wrong, and meson's timeout (scaled by --timeout-multiplier) is the only limit.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef gboolean (*QuadrantTestCondition) (gpointer data);

/* Runs the default main context until cond (data) holds. Conditions that no
 * source reports (a file written by a thread, a size) are checked again on a
 * short periodic wake-up. */
void quadrant_test_spin_until (QuadrantTestCondition cond,
                               gpointer              data);

/* Runs whatever the default main context has ready, without blocking. */
void quadrant_test_spin_pending (void);

G_END_DECLS
