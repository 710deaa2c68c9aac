/* quadrant-presentation-window.h: the map full screen for a room, on a chosen
 * monitor, with a quick-add bar for brainstorming
 *
 * It shows the register of the map view it was made from, live: both edit the
 * same QuadrantRegister, and when that view's register changes, so does this.
 * Never shows confidential fields (owner, contact, notes, engagement plan).
 */
#pragma once

#include <adwaita.h>

#include "quadrant-map-view.h"

G_BEGIN_DECLS

/* The range of the presentation-scale setting (1.5 is the default). */
#define QUADRANT_PRESENTATION_SCALE_MIN 1.0
#define QUADRANT_PRESENTATION_SCALE_MAX 3.0

#define QUADRANT_TYPE_PRESENTATION_WINDOW (quadrant_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantPresentationWindow, quadrant_presentation_window,
                      QUADRANT, PRESENTATION_WINDOW, AdwWindow)

/* source: the editing window's map view (its root is the editing window). */
QuadrantPresentationWindow *quadrant_presentation_window_new           (QuadrantMapView *source);
QuadrantMapView            *quadrant_presentation_window_get_map_view  (QuadrantPresentationWindow *self);
/* The menu of which parties are shown in full (the others dimmed): everyone,
 * then internal and external, then each kind in order. */
GtkDropDown                *quadrant_presentation_window_get_highlight (QuadrantPresentationWindow *self);
/* The toggle of the support goals' arrowheads. */
GtkToggleButton            *quadrant_presentation_window_get_goal_toggle (QuadrantPresentationWindow *self);
/* Goes full screen on monitor, or on the best one for NULL: another monitor
 * than the editing window's when there are two or more. */
void                        quadrant_presentation_window_show_on       (QuadrantPresentationWindow *self,
                                                                        GdkMonitor                 *monitor);
/* A read-only register: no quick-add, undo, redo, refining or changes of
 * category and kind; the room still sees the map. */
void                        quadrant_presentation_window_set_read_only (QuadrantPresentationWindow *self,
                                                                        gboolean                    read_only);
/* Adds an unplaced party named name (to the tray), as the quick-add bar does. */
QuadrantParty              *quadrant_presentation_window_quick_add     (QuadrantPresentationWindow *self,
                                                                        const char                 *name);

G_END_DECLS
