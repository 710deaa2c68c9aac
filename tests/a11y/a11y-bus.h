/* a11y-bus.h: what the accessibility tests share, reading the AT-SPI bus
 *
 * The program under test runs in its own D-Bus session (dbus-run-session);
 * these helpers find its windows and controls on the accessibility bus, walk
 * them as a screen reader would, and drive it with real key and mouse events
 * (xdotool). Each waits for a condition, never for a time.
 */
#pragma once

#include <atspi/atspi.h>

G_BEGIN_DECLS

/* libatspi 2.46 defines no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAction, g_object_unref)

/* Checks every control under root that a person operates: it has a role and
 * a name a person can understand, rows say what they are. n_checked counts
 * the controls; problems gets a line for each that fails, naming where. */
void             a11y_walk             (AtspiAccessible *root,
                                        const char      *where,
                                        GString         *problems,
                                        guint           *n_checked);

/* The application named name on the desktop, or NULL. */
AtspiAccessible *a11y_find_application (const char      *name);
/* The first descendant of node with role and name (name NULL: any). */
AtspiAccessible *a11y_find_descendant  (AtspiAccessible *node,
                                        AtspiRole        role,
                                        const char      *name);
/* The same, only among what is visible: inside no hidden popover, page or
 * window. */
AtspiAccessible *a11y_find_visible     (AtspiAccessible *node,
                                        AtspiRole        role,
                                        const char      *name);
/* The first descendant of node whose name starts with prefix. */
AtspiAccessible *a11y_find_named       (AtspiAccessible *node,
                                        const char      *prefix);
/* Runs action (by its name, NULL: the first) of node; fails the test when
 * node has no such action. */
void             a11y_do_action        (AtspiAccessible *node,
                                        const char      *action);
/* Waits until node's state set holds state. */
void             a11y_wait_state       (AtspiAccessible *node,
                                        AtspiStateType   state);
/* Shows the page of frame whose tab reads page, as its tab's action does. */
void             a11y_show_page        (AtspiAccessible *frame,
                                        const char      *page);

/* g_test_init () for a test of the program named by the first argument,
 * under dbus-run-session; returns that program's path. Exits with a usage
 * line without it, and fails without an accessibility bus. */
char            *a11y_test_init        (int              *argc,
                                        char           ***argv);

/* Starts program with args (NULL-terminated) speaking to this bus, with
 * XDG_DATA_HOME set to home; returns its pid. */
GPid             a11y_spawn            (const char * const *argv,
                                        const char         *home);
/* Fails the test when the program has ended: a wait for its windows would
 * otherwise last until meson's timeout. */
void             a11y_assert_running   (GPid                pid);
void             a11y_stop             (GPid                pid);
/* Waits until the running program pid shows its window titled title on the
 * bus, and returns it. */
AtspiAccessible *a11y_wait_frame       (GPid                pid,
                                        const char         *title);

/* xdotool with args (NULL-terminated); its output, or the test fails. */
char            *a11y_xdotool          (const char * const *args);
/* A real key press into the window that has the X input focus. */
void             a11y_press            (const char      *key);
/* Real typing of text into the window that has the X input focus. */
void             a11y_type             (const char      *text);
/* The X window titled title, given the input focus; returns its id. */
char            *a11y_focus_window     (const char      *title);
/* A real click at x, y of window. */
void             a11y_click_window     (const char      *window,
                                        int              x,
                                        int              y);

G_END_DECLS
