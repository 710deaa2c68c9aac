/* quadrant-drafts.h: draft copies of unsaved registers, for recovery after a crash
 *
 * A draft is the register as a complete register file, <id>.quadrant.xml, in the
 * drafts folder, with a small key file <id>.draft beside it that says which file
 * the document belongs to (if any), its etag when it was loaded or saved, and
 * which process wrote it. Both are written atomically (temporary file, rename),
 * so a crash while writing leaves the previous draft intact. While a process
 * has a draft, it holds a lock on <id>.lock; the kernel releases it when the
 * process ends, so "in use" never depends on a process id that can be reused.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _QuadrantDraft QuadrantDraft;

struct _QuadrantDraft
{
  char  *id;            /* the draft's UUID */
  GFile *file;          /* the draft's register file */
  GFile *original;      /* the document's own file, or NULL for a never-saved register */
  char  *etag;          /* etag of original at the last load or save, or NULL */
  gint64 modified;      /* when the draft was written, unix seconds */
  int    pid;           /* the process that wrote it, 0 if unknown (for people, not liveness) */
};

#define QUADRANT_TYPE_DRAFT (quadrant_draft_get_type ())

GType          quadrant_draft_get_type    (void) G_GNUC_CONST;
QuadrantDraft *quadrant_draft_copy        (const QuadrantDraft *draft);
void           quadrant_draft_free        (QuadrantDraft       *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantDraft, quadrant_draft_free)

/* $XDG_DATA_HOME/io.github.quadrant.Quadrant/drafts (newly allocated). */
char          *quadrant_drafts_get_default_dir (void);

/* A fresh draft id (a random UUID). */
char          *quadrant_drafts_new_id     (void);

/* Writes (or replaces) draft id in dir, creating dir if needed. */
gboolean       quadrant_drafts_write      (const char  *dir,
                                           const char  *id,
                                           GBytes      *contents,
                                           GFile       *original,
                                           const char  *etag,
                                           GError     **error);

/* Removes both files of draft id; a draft that is not there is no error. */
gboolean       quadrant_drafts_remove     (const char  *dir,
                                           const char  *id,
                                           GError     **error);

/* The drafts in dir, newest first (array of QuadrantDraft). With orphans_only,
 * drafts whose lock another running process holds are left out, as that
 * process still has the document open. A missing dir gives an empty array. */
GPtrArray     *quadrant_drafts_list       (const char  *dir,
                                           gboolean     orphans_only);

G_END_DECLS
