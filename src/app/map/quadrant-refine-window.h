/* quadrant-refine-window.h: deciding the candidates of a brainstorm one by one
 *
 * Refine mode steps through the parties still "to decide", one at a time and
 * large enough for a projector, with one key for each decision:
 *
 *   R          relevant (it waits in the tray to be placed)
 *   1 2 3 4    relevant, and placed in manage closely, keep satisfied, keep
 *              informed or monitor
 *   N          not relevant (the rationale can be added later)
 *   Tab        type a reason; Enter then decides "not relevant" with it
 *   → / ←      skip / back
 *   Esc        done
 *
 * Each decision is one undoable step on the register (with its date).
 */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_REFINE_WINDOW (quadrant_refine_window_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantRefineWindow, quadrant_refine_window, QUADRANT, REFINE_WINDOW, GtkWindow)

/* The candidates are the register's parties to decide when it opens, in
 * register order. */
QuadrantRefineWindow *quadrant_refine_window_new           (GtkWindow            *parent,
                                                            QuadrantRegister     *reg);
/* The candidate shown, or NULL once every one has been seen. */
QuadrantParty        *quadrant_refine_window_get_current   (QuadrantRefineWindow *self);
guint                 quadrant_refine_window_get_n_candidates (QuadrantRefineWindow *self);

G_END_DECLS
