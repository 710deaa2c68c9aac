/* quadrant-writer.h: canonical, diff-friendly output and atomic saving
 *
 * The same register always gives the same bytes. Saving writes a temporary file
 * in the target folder, syncs it and renames it over the old file, keeping the
 * previous version as a backup ("FILE~"); a file that changed on disk since it
 * was loaded or saved is not overwritten unless the caller says so.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"
#include "quadrant-safe-file.h"

G_BEGIN_DECLS

#define QUADRANT_WRITER_ERROR (quadrant_writer_error_quark ())

typedef enum {
  QUADRANT_WRITER_ERROR_FAILED,           /* could not write; the old file is intact */
  QUADRANT_WRITER_ERROR_CHANGED_ON_DISK,  /* the file is not what we loaded or saved last */
} QuadrantWriterError;

GQuark   quadrant_writer_error_quark (void);

/* The register as the bytes of a register file. */
GBytes  *quadrant_writer_to_bytes    (QuadrantRegister *reg);

/* Saves reg to file, atomically (see quadrant-safe-file.h). expected_etag is
 * the identity from the last load or save of that file (its size and hash:
 * what quadrant_reader_load_file () and this function give), or NULL to
 * overwrite whatever is there. On success *new_etag (if not NULL) receives the
 * identity of the written file. Does not mark the register
 * saved: the caller does, as it knows which file is the document's own.
 * A register the reader would refuse to load again (a blank party name or
 * requirement statement, a date not written as YYYY-MM-DD, an id used twice)
 * is not saved: QUADRANT_WRITER_ERROR_FAILED says which object to fix. */
gboolean quadrant_writer_save        (QuadrantRegister *reg,
                                      GFile            *file,
                                      const char       *expected_etag,
                                      char            **new_etag,
                                      GError          **error);

/* As quadrant_writer_save (); *notice (if not NULL) says what the save
 * changed besides the content (a hard link broken, the owner changed), for
 * the window to show once. */
gboolean quadrant_writer_save_full   (QuadrantRegister        *reg,
                                      GFile                   *file,
                                      const char              *expected_identity,
                                      char                   **new_identity,
                                      QuadrantSafeFileNotice  *notice,
                                      GError                 **error);

/* The two halves of quadrant_writer_save, for a caller that serialises on
 * the thread that owns reg and writes in another: serialize() refuses what
 * save() refuses (error names file); save_bytes() touches no register and
 * may run in any thread. */
GBytes  *quadrant_writer_serialize   (QuadrantRegister        *reg,
                                      GFile                   *file,
                                      GError                 **error);
gboolean quadrant_writer_save_bytes  (GBytes                  *bytes,
                                      GFile                   *file,
                                      const char              *expected_identity,
                                      char                   **new_identity,
                                      QuadrantSafeFileNotice  *notice,
                                      GError                 **error);

/* The same serialisation in steps, for a large register on a thread that must
 * stay responsive: new writes up to the parties, each step writes parties
 * until the monotonic time until (at least one), finish writes the rest.
 * The register must not change in between; a caller that sees it change frees
 * the job and starts again. With check, finish refuses what save() refuses
 * (error names file). */
typedef struct _QuadrantWriterJob QuadrantWriterJob;

QuadrantWriterJob *quadrant_writer_job_new    (QuadrantRegister  *reg,
                                               gboolean           check);
/* TRUE once every party is written. */
gboolean           quadrant_writer_job_step   (QuadrantWriterJob *job,
                                               gint64             until);
/* Frees job. */
GBytes            *quadrant_writer_job_finish (QuadrantWriterJob *job,
                                               GFile             *file,
                                               GError           **error);
void               quadrant_writer_job_free   (QuadrantWriterJob *job);

G_END_DECLS
