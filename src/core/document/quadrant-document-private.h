/* quadrant-document-private.h: what the parts of QuadrantDocument share
 *
 * quadrant-document.c has the object, its properties, the selection, loading
 * and saving; quadrant-document-disk.c the drafts and the file monitor.
 */
#pragma once

#include "quadrant-document.h"

G_BEGIN_DECLS

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_FILE,
  PROP_DRAFT_ID,
  PROP_UNSAVED,
  PROP_BUSY,
  PROP_SELECTED_PARTY,
  PROP_CHANGED_ON_DISK,
  PROP_DELETED_ON_DISK,
  PROP_DRAFT_INTERVAL,
  PROP_DRAFTS_DIR,
  PROP_LOCKED_ELSEWHERE,
  PROP_READ_ONLY,
  N_PROPS
};

extern GParamSpec *_quadrant_document_properties[N_PROPS];

struct _QuadrantDocument
{
  GObject           parent_instance;

  /* Owned references */
  QuadrantRegister *reg;
  GFile            *file;
  char             *etag;
  QuadrantParty    *selected_party;
  GQueue            pending_saves;    /* GTasks waiting for the save before them */
  QuadrantSafeFileNotice save_notice;

  /* Drafts */
  char             *drafts_dir;
  char             *draft_id;
  char             *draft_to_remove;  /* removed once the write under way ends */
  guint             draft_interval;
  guint             draft_source;

  /* The file monitor */
  GFileMonitor     *monitor;
  GCancellable     *check_cancellable;
  char             *disk_etag;        /* what the last check (in a worker) found on disk */
  char             *dismissed_etag;   /* the change on disk the user dismissed */
  guint             monitor_source;

  /* Shared folders (quadrant-document-lock.c) */
  QuadrantLock     *other_lock;       /* someone else's lock beside the file, or NULL */
  GFile            *locked_file;      /* the file whose lock this process wrote, or NULL */
  QuadrantLock     *accepted_lock;    /* another's lock the user chose to save over */

  /* State */
  gulong            changed_handler;
  gulong            dirty_handler;
  gulong            items_handler;
  guint             recovered : 1;    /* unsaved although the register is at its saved point */
  guint             saving : 1;
  guint             draft_writing : 1;
  guint             draft_again : 1;  /* an edit came while the draft was written */
  guint             check_after_save : 1;
  guint             changed_on_disk : 1;
  guint             deleted_on_disk : 1;
  guint             closed : 1;
  guint             read_only : 1;   /* no edits, no lock of ours, no drafts */
};

/* quadrant-document-lock.c: after the file changed from old_file (may be
 * NULL): lets go of old_file's lock and takes the new file's, or notes
 * whose it is; release: on close. */
void _quadrant_document_lock_file_changed (QuadrantDocument *self,
                                           GFile            *old_file);
void _quadrant_document_release_lock      (QuadrantDocument *self);
/* A save to another file ended: the document is editable on it from now on. */
void _quadrant_document_leave_read_only   (QuadrantDocument *self);

/* quadrant-document.c */
void _quadrant_document_notify_unsaved (QuadrantDocument *self,
                                        gboolean          was_unsaved);

/* quadrant-document-serialise.c: the register as bytes, in short steps on
 * this thread; finish gives the register and its state that they show. */
void    _quadrant_document_serialise_async  (QuadrantDocument    *self,
                                             gboolean             check,
                                             GFile               *file,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GBytes *_quadrant_document_serialise_finish (QuadrantDocument    *self,
                                             GAsyncResult        *result,
                                             QuadrantRegister   **reg,
                                             guint64             *state,
                                             GError             **error);

/* quadrant-document-disk.c */
void _quadrant_document_schedule_draft  (QuadrantDocument *self);
void _quadrant_document_restart_monitor (QuadrantDocument *self);
void _quadrant_document_stop_monitor    (QuadrantDocument *self);
/* Our own save ended: the file is ours again, and a check that waited for it runs. */
void _quadrant_document_saved_to_disk   (QuadrantDocument *self);
void _quadrant_document_set_disk_state  (QuadrantDocument *self,
                                         gboolean          changed,
                                         gboolean          deleted);

G_END_DECLS
