/* quadrant-document.h: one open register: its file, drafts, the file
 * monitor, the unsaved state and the selection
 *
 * What a window shows; the window, its pages and dialogs take the document
 * and bind to it. Loading, saving and drafts serialise on the main thread and
 * read or write in a worker thread, so they never block input. GIO only.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-drafts.h"
#include "quadrant-lock.h"
#include "quadrant-register.h"
#include "quadrant-safe-file.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_DOCUMENT (quadrant_document_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantDocument, quadrant_document, QUADRANT, DOCUMENT, GObject)

/* A document for reg (a new empty register when NULL), loaded from file with
 * that etag (both may be NULL). */
QuadrantDocument *quadrant_document_new            (QuadrantRegister *reg,
                                                    GFile            *file,
                                                    const char       *etag);

/* Property "register": replaced by a load, never NULL. */
QuadrantRegister *quadrant_document_get_register   (QuadrantDocument *self);
/* Property "file": where the document is saved, or NULL until it is. */
GFile            *quadrant_document_get_file       (QuadrantDocument *self);
/* The identity of the file at the last load or save (its etag). */
const char       *quadrant_document_get_etag       (QuadrantDocument *self);
/* Property "draft-id": the draft written for this document, or NULL. */
const char       *quadrant_document_get_draft_id   (QuadrantDocument *self);
/* Property "unsaved": closing would lose something (edits, or a recovered
 * draft not yet saved). */
gboolean          quadrant_document_get_unsaved    (QuadrantDocument *self);
/* A new register nobody touched: opening a file may replace it. */
gboolean          quadrant_document_is_untouched   (QuadrantDocument *self);
/* What the last save changed besides the content (a hard link broken, the
 * owner changed), for the window to say once. */
QuadrantSafeFileNotice quadrant_document_get_save_notice (QuadrantDocument *self);
/* Property "busy": a save is being written. */
gboolean          quadrant_document_get_busy       (QuadrantDocument *self);

/* Property "selected-party": the one party selected in every view, or NULL.
 * Cleared when the party leaves the register or the register is replaced. */
QuadrantParty    *quadrant_document_get_selected_party (QuadrantDocument *self);
void              quadrant_document_set_selected_party (QuadrantDocument *self,
                                                        QuadrantParty    *party);

/* Properties "changed-on-disk" and "deleted-on-disk": what the file monitor
 * found; another program changed the file since our last load or save, or
 * it is gone. Our own saves never set them. */
gboolean          quadrant_document_get_changed_on_disk (QuadrantDocument *self);
gboolean          quadrant_document_get_deleted_on_disk (QuadrantDocument *self);
/* Forgets the change on disk seen now; the next one is reported again. */
void              quadrant_document_dismiss_disk_change (QuadrantDocument *self);

/* Property "draft-interval": seconds from an edit to its draft (the window
 * binds it to the draft-interval setting). Property "drafts-dir": where
 * drafts go; the user data folder unless set at construction. */
void              quadrant_document_set_draft_interval (QuadrantDocument *self,
                                                        guint             seconds);

/* Property "locked-elsewhere": someone else has the file open (their lock
 * file is beside it, quadrant-lock.h); the lock says who and since when.
 * Otherwise the document holds the lock itself until it closes. */
gboolean            quadrant_document_get_locked_elsewhere (QuadrantDocument *self);
const QuadrantLock *quadrant_document_get_other_lock       (QuadrantDocument *self);
/* Reads the lock beside the file again (before a save, say): a lock gone or
 * stale is taken over. Returns the other lock that is still there, or NULL. */
const QuadrantLock *quadrant_document_refresh_lock         (QuadrantDocument *self);
/* The user chose to work on the file over lock (Open Anyway, Edit Anyway,
 * Save Anyway; NULL: the other lock there now): while that same lock is
 * there, saving over it needs no more asking. Another lock (they opened it
 * again, or someone else did) is not accepted. The change-on-disk check
 * stays: what they saved meanwhile is never replaced without a question. */
void                quadrant_document_accept_lock          (QuadrantDocument   *self,
                                                            const QuadrantLock *lock);
/* Whether someone else's lock is there and the user accepted it. */
gboolean            quadrant_document_get_lock_accepted    (QuadrantDocument   *self);

/* Property "read-only": opened to look at while someone else has the file
 * open. The views refuse edits; the document writes no lock of its own and
 * no drafts, and saves only to another file (Save As), which makes it an
 * ordinary editable document of that file. Set before loading so that no
 * lock is ever written; clearing it takes the lock as loading does. */
gboolean          quadrant_document_get_read_only  (QuadrantDocument *self);
void              quadrant_document_set_read_only  (QuadrantDocument *self,
                                                    gboolean          read_only);

/* Reads file in a worker and, once it parsed, makes it this document's
 * register and file, dropping the old register's draft. On failure the
 * document is exactly as it was; the error names the file and the place. */
void              quadrant_document_load_async     (QuadrantDocument    *self,
                                                    GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean          quadrant_document_load_finish    (QuadrantDocument    *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Like load, from draft: the register comes from the draft and belongs to
 * the draft's original file; it stays unsaved (and keeps writing to the same
 * draft) until it is saved or discarded. */
void              quadrant_document_recover_async  (QuadrantDocument    *self,
                                                    const QuadrantDraft *draft,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean          quadrant_document_recover_finish (QuadrantDocument    *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Saves to file (NULL: the document's own file, which it must have).
 * Serialises now and writes in a worker; edits made meanwhile stay unsaved.
 * Unless overwrite, a file changed on disk since the last load or save is
 * not touched: QUADRANT_WRITER_ERROR_CHANGED_ON_DISK. On success the file
 * becomes the document's file and its draft is removed. Saves queue: one
 * writes at a time. */
void              quadrant_document_save_async     (QuadrantDocument    *self,
                                                    GFile               *file,
                                                    gboolean             overwrite,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean          quadrant_document_save_finish    (QuadrantDocument    *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Writes the draft now (serialised now, written in a worker). Drafts are also
 * written by themselves draft-interval seconds after an edit. */
void              quadrant_document_save_draft_async  (QuadrantDocument    *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean          quadrant_document_save_draft_finish (QuadrantDocument    *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* Removes the draft (the user discarded the changes). */
void              quadrant_document_discard_draft  (QuadrantDocument *self);

/* Stops watching and writing in the background; a document with unsaved
 * changes first brings its draft up to date (synchronously), so the work can
 * be recovered at the next start. Called when its window goes away. */
void              quadrant_document_close          (QuadrantDocument *self);

G_END_DECLS
