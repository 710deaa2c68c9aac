/* quadrant-lock-dialog.h: the question before opening a register that
 * someone else has open, or that has a lock left behind
 *
 * The session (quadrant-session.c) asks it for every open: the Open dialog,
 * recent files, drops and the command line.
 */
#pragma once

#include <adwaita.h>

#include "quadrant-lock.h"

G_BEGIN_DECLS

/* The responses of the question. */
#define QUADRANT_LOCK_RESPONSE_READ_ONLY "read-only"
#define QUADRANT_LOCK_RESPONSE_OPEN      "open"
#define QUADRANT_LOCK_RESPONSE_CANCEL    "cancel"

/* Whether opening file with lock (in state) asks first: someone else has it
 * open (Open Read-Only, the default; Open Anyway; Cancel), or the lock was
 * left behind (Open, the default, ignoring it; Cancel). */
gboolean          quadrant_lock_dialog_needed (QuadrantLockState   state);
/* The question, transient for parent (may be NULL), not yet presented. */
AdwMessageDialog *quadrant_lock_dialog_new    (GtkWindow          *parent,
                                               GFile              *file,
                                               const QuadrantLock *lock,
                                               QuadrantLockState   state);

G_END_DECLS
