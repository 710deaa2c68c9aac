/* quadrant-export-file.h: writing an export of a document window to a file
 *
 * Every export the window writes as a whole (the HTML report, CSV and XLSX)
 * goes through here, as saves do through quadrant-safe-file.h: the target
 * must not be the window's register under any name (a symbolic or a hard
 * link included), and it is replaced through a temporary file in its
 * folder, flushed and renamed over it, in a worker so that a slow network
 * folder does not freeze the window. A symbolic link target keeps the link
 * and replaces the file it names.
 */
#pragma once

#include <adwaita.h>

#include "quadrant-window.h"

G_BEGIN_DECLS

/* Writes bytes to target for window. What fails is shown over the window
 * in a message dialog headed heading; refusing the register itself happens
 * at once (and returns FALSE), the rest when the worker is done.
 * callback (may be NULL) is called once the write is over, successful or
 * not (its error already shown: g_task_had_error () on the result tells). */
gboolean quadrant_export_file_write (QuadrantWindow      *window,
                                     GFile               *target,
                                     GBytes              *bytes,
                                     const char          *heading,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);

G_END_DECLS
