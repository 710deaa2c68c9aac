/* quadrant-lock.h: who else has a register open, for shared folders
 *
 * Registers live on network drives and synced folders. Opening one writes a
 * small lock file beside it, as office suites do (".~lock.NAME#"): the
 * user's real name, login, host, process and the time; closing removes it.
 * Whoever opens the register meanwhile reads it and is told who has it open.
 * A lock is a notice between people, not a lock the kernel enforces: the
 * change-on-disk check stays the safety net. A lock of a process that is
 * gone (on this host) or older than a week is stale and taken over.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Older than this, a lock is stale wherever it was written. */
#define QUADRANT_LOCK_MAX_AGE (7 * G_TIME_SPAN_DAY)

typedef struct {
  char      *name;   /* the real name, else the login */
  char      *user;   /* the login */
  char      *host;
  gint64     pid;
  GDateTime *since;  /* when the register was opened, or NULL if unknown */
} QuadrantLock;

QuadrantLock *quadrant_lock_copy     (const QuadrantLock *lock);
void          quadrant_lock_free     (QuadrantLock *lock);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantLock, quadrant_lock_free)
/* The same lock: written by the same opening (who, where, process, time). */
gboolean      quadrant_lock_equal    (const QuadrantLock *a,
                                      const QuadrantLock *b);

/* The lock file of file: ".~lock.NAME#" in its folder. */
GFile        *quadrant_lock_file_for (GFile              *file);
/* The lock beside file, or NULL when there is none or it cannot be read. */
QuadrantLock *quadrant_lock_read     (GFile              *file);
/* What a lock beside a register means to whoever opens it. */
typedef enum {
  QUADRANT_LOCK_STATE_NONE,          /* no lock (or none that can be read) */
  QUADRANT_LOCK_STATE_OURS,          /* written by this process */
  QUADRANT_LOCK_STATE_LIVE,          /* someone else has the register open */
  QUADRANT_LOCK_STATE_STALE_PROCESS, /* of a process of this host that is gone */
  QUADRANT_LOCK_STATE_STALE_OLD,     /* older than QUADRANT_LOCK_MAX_AGE */
} QuadrantLockState;

/* lock (may be NULL) at now (NULL: the current time). */
QuadrantLockState quadrant_lock_get_state (const QuadrantLock *lock,
                                           GDateTime          *now);

/* Written by this process. */
gboolean      quadrant_lock_is_ours  (const QuadrantLock *lock);
/* Of a process of this host that is gone, or older than QUADRANT_LOCK_MAX_AGE
 * at now (NULL: the current time). */
gboolean      quadrant_lock_is_stale (const QuadrantLock *lock,
                                      GDateTime          *now);
/* Writes this process's lock beside file, replacing one there. */
gboolean      quadrant_lock_take     (GFile              *file,
                                      GError            **error);
/* Removes the lock beside file if this process wrote it. */
void          quadrant_lock_release  (GFile              *file);
/* Who and since when, as one sentence for the window
 * ("Anna Schmidt (anna on ws-12) has had this register open since 2026-12-06 09:14."). */
char         *quadrant_lock_describe (const QuadrantLock *lock);
/* Whose a stale lock is and why it no longer counts, as one sentence
 * ("The lock was left by Anna Schmidt on ws-12 on 2026-11-20 09:14; that
 * program is no longer running."). */
char         *quadrant_lock_describe_stale (const QuadrantLock *lock,
                                            QuadrantLockState   state);
/* When the lock was written, in local time for people, or NULL if unknown. */
char         *quadrant_lock_format_since   (const QuadrantLock *lock);

G_END_DECLS
