/* quadrant-session.h: which window shows which document
 *
 * The one rule for opening a document: the window that already has its file
 * is raised; otherwise the document goes into the window it was asked from
 * (or the active one) when that holds an untouched new register, or else
 * into a new window. The application, the Open actions, drops, recovery and
 * the catalogue's templates all go through here.
 */
#pragma once

#include <adwaita.h>

#include "quadrant-document.h"
#include "quadrant-drafts.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_SESSION (quadrant_session_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantSession, quadrant_session, QUADRANT, SESSION, GObject)

typedef struct _QuadrantWindow QuadrantWindow;

/* The session of the default GtkApplication (made on first use). */
QuadrantSession *quadrant_session_get_default  (void);

/* The document windows, most recently active first (free the list only). */
GList           *quadrant_session_list_windows (QuadrantSession *self);
/* The window whose document is file, or NULL. */
QuadrantWindow  *quadrant_session_find_window  (QuadrantSession *self,
                                                GFile           *file);

/* Shows document (already loaded) by the rule above; from may be NULL.
 * Returns the window, presented. */
QuadrantWindow  *quadrant_session_show_document (QuadrantSession  *self,
                                                 QuadrantDocument *document,
                                                 QuadrantWindow   *from);

/* Opens file: raises the window that has it, or loads it (in the background)
 * and shows it by the rule above. When someone else has the file open (their
 * lock is beside it) it first asks: Open Read-Only, Open Anyway or Cancel;
 * for a lock left behind, Open (ignoring it) or Cancel. Cancel opens nothing
 * and finishes with G_IO_ERROR_CANCELLED. A file that cannot be loaded is
 * reported in a dialog over from (or the active window) and changes no
 * window. Finishes with the window that shows file (transfer none). */
void             quadrant_session_open_async   (QuadrantSession     *self,
                                                GFile               *file,
                                                QuadrantWindow      *from,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
/* Recovers draft (quadrant-drafts.h) into a window by the rule above,
 * unsaved and bound to its file, asking first about someone else's lock on
 * that file as opening does (a lock left by the process that wrote the
 * draft is taken over). Cancel leaves the draft for later. Finish with
 * quadrant_session_open_finish. */
void             quadrant_session_recover_async (QuadrantSession     *self,
                                                 const QuadrantDraft *draft,
                                                 QuadrantWindow      *from,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
QuadrantWindow  *quadrant_session_open_finish  (QuadrantSession     *self,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
