/* quadrant-window.h: one document window */
#pragma once

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-document.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_WINDOW (quadrant_window_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantWindow, quadrant_window, QUADRANT, WINDOW, AdwApplicationWindow)

QuadrantWindow   *quadrant_window_new          (QuadrantApplication *application);
/* Loads file into this window's document (in the background); on failure
 * shows why and keeps the document as it was. */
void              quadrant_window_load_file    (QuadrantWindow      *self,
                                                GFile               *file);
/* The document the window shows (property "document"). Setting another one
 * drops the previous document and its draft. */
QuadrantDocument *quadrant_window_get_document (QuadrantWindow      *self);
void              quadrant_window_set_document (QuadrantWindow      *self,
                                                QuadrantDocument    *document);
/* Shortcuts to the document's register, file and state. */
QuadrantRegister *quadrant_window_get_register (QuadrantWindow      *self);
GFile            *quadrant_window_get_file     (QuadrantWindow      *self);
const char       *quadrant_window_get_draft_id (QuadrantWindow      *self);
gboolean          quadrant_window_is_untouched (QuadrantWindow      *self);
/* The welcome page (new from template, open, import, recent registers)
 * instead of the pages, while the window holds a new, untouched register;
 * it gives way to the first file, party or edit. */
void              quadrant_window_show_welcome (QuadrantWindow      *self);
gboolean          quadrant_window_get_welcome_shown (QuadrantWindow *self);
gboolean          quadrant_window_has_unsaved_changes (QuadrantWindow *self);

/* Adds file to the recently used registers. */
void              quadrant_window_add_recent   (GFile               *file);

/* Shows toast (transfer full) at the bottom of the window. */
void              quadrant_window_add_toast    (QuadrantWindow      *self,
                                                AdwToast            *toast);
/* Shows bar under the header bar, below the window's own bars, until it is
 * removed (gtk_widget_unparent) or the window closes: progress of long work. */
void              quadrant_window_add_bar      (QuadrantWindow      *self,
                                                GtkWidget           *bar);

/* Shows, in a dialog over the window, why file could not be opened. */
void              quadrant_window_show_open_error (QuadrantWindow   *self,
                                                   GFile            *file,
                                                   const GError     *error);

/* Saves the document to its file (asking for one with Save As when it has none,
 * and asking before overwriting a file changed on disk). Finishes with TRUE
 * once saved; FALSE with G_IO_ERROR_CANCELLED when the user cancelled. */
void              quadrant_window_save_async   (QuadrantWindow      *self,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean          quadrant_window_save_finish  (QuadrantWindow      *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* Closes the window, asking Save / Discard / Cancel first when it has unsaved
 * changes. Finishes with TRUE when the window was closed. */
void              quadrant_window_close_async  (QuadrantWindow      *self,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean          quadrant_window_close_finish (QuadrantWindow      *self,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
