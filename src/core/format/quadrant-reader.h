/* quadrant-reader.h: safe loading of register files
 *
 * The reader never touches the network, loads no DTD or external entity, expands
 * no entity, refuses any DOCTYPE, and bounds file size, nesting depth and text
 * size. A failed load returns NULL with an error that names the file, line and
 * column and says what was expected; nothing half-loaded is ever returned.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_READER_ERROR (quadrant_reader_error_quark ())

typedef enum {
  QUADRANT_READER_ERROR_IO,                  /* cannot open or read the file */
  QUADRANT_READER_ERROR_TOO_LARGE,           /* file, text or nesting over the limits */
  QUADRANT_READER_ERROR_MALFORMED,           /* not well-formed XML, invalid UTF-8, empty */
  QUADRANT_READER_ERROR_FORBIDDEN,           /* DOCTYPE, entities */
  QUADRANT_READER_ERROR_NOT_A_REGISTER,      /* wrong root element or namespace */
  QUADRANT_READER_ERROR_UNSUPPORTED_VERSION, /* a newer major format version */
  QUADRANT_READER_ERROR_INVALID,             /* missing or invalid values, duplicate or dangling ids */
} QuadrantReaderError;

/* Limits; public so that tests and the benchmark can refer to them. */
#define QUADRANT_READER_MAX_FILE_SIZE  (256 * 1024 * 1024)
#define QUADRANT_READER_MAX_TEXT_SIZE  (1024 * 1024)
#define QUADRANT_READER_MAX_DEPTH      256
#define QUADRANT_READER_MAX_ATTRIBUTES 1000  /* of one element, namespace declarations included */
/* Unknown attributes and elements kept in one register: each costs memory
 * apart from its bytes, so many tiny ones would cost far more than the file. */
#define QUADRANT_READER_MAX_EXTRAS     1000000

GQuark            quadrant_reader_error_quark (void);

/* Loads file. On success *etag (if not NULL) is the identity (size and hash)
 * of the bytes read, as quadrant-safe-file.h makes it, for a later
 * save that must not overwrite changes made on disk in the meantime. */
QuadrantRegister *quadrant_reader_load_file   (GFile        *file,
                                               char        **etag,
                                               GError      **error);
/* Loads from memory; display_name is used in error messages. */
QuadrantRegister *quadrant_reader_load_data   (const char   *data,
                                               gsize         length,
                                               const char   *display_name,
                                               GError      **error);

G_END_DECLS
