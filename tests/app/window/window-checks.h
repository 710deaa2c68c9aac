/* window-checks.h: what the document window's tests share: the
 * application they run in, a private copy of the example register, opening
 * through the session, the message dialogs, drafts */
#pragma once

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-window.h"

G_BEGIN_DECLS

#define NORTHWIND_PARTIES 24

/* GTK, libadwaita and the application, with everything the windows write
 * under *tmp_root (a new folder, or the parent's in a test subprocess). */
QuadrantApplication *window_checks_init (int          *argc,
                                         char       ***argv,
                                         const char   *name,
                                         char        **tmp_root);

char             *example_path       (void);
/* A private copy of the example register, so tests can save over it. */
GFile            *example_copy       (void);
char             *file_contents      (GFile          *file);
/* Opens file through the session, as the application does, and waits for
 * the load; the window that shows it, or NULL when it failed. */
QuadrantWindow   *open_file          (GFile          *file,
                                      QuadrantWindow *from);
/* A window on a new copy of the example (out_file, may be NULL, gets it). */
QuadrantWindow   *open_copy          (GFile         **out_file);
/* Whether window has nothing unsaved and no save running. */
gboolean          is_saved           (gpointer        window);
QuadrantParty    *first_party        (QuadrantWindow *window);
void              rename_first_party (QuadrantWindow *window,
                                      const char     *name);
/* The message dialog shown over parent (any window when NULL), if any. */
AdwMessageDialog *find_dialog        (GtkWindow      *parent);
AdwMessageDialog *wait_for_dialog    (GtkWindow      *parent);
/* What a click on the dialog's button response does. */
void              answer_dialog      (GtkWindow      *parent,
                                      const char     *response);
/* Whether *data (a weak pointer to a window) has gone. */
gboolean          window_gone        (gpointer        data);
gboolean          is_app_window      (QuadrantWindow *window);
/* Closes window without questions (test clean-up); the next test starts
 * without drafts. */
void              destroy_window     (QuadrantWindow *window);
guint             count_drafts       (void);
gboolean          has_draft          (gpointer        window);

G_END_DECLS
