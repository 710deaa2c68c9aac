/* quadrant-test-faults.h: failures made by the system, not by hooks in the program
 *
 * The program has no test-only switch to make a write fail. Tests make the
 * system fail it instead: a limit on the size of the files this process
 * writes (the kernel then refuses the write past it, as a full disk would
 * refuse it), or an output stream that has room for so many bytes.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* From now on, this process's writes that would make a file larger than
 * bytes fail (EFBIG, "File too large"); -1 lifts the limit again. */
void           quadrant_test_limit_file_size (gssize         bytes);

/* A stream that passes room bytes on to base, then fails every write with
 * G_IO_ERROR_NO_SPACE, as a disk that fills up. */
GOutputStream *quadrant_test_full_stream_new (GOutputStream *base,
                                              gsize          room);

G_END_DECLS
