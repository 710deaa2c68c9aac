/* quadrant-safe-file.h: replacing a file so that a kill at any moment leaves
 * either the complete old file or the complete new one
 *
 * Every write of a register goes through here: the new content goes to a
 * temporary file in the target's folder, is flushed to disk and renamed over
 * the target, and the folder is synced. Never in place, never straight to the
 * final name. A symbolic link is followed to the file it names, so the link
 * stays. Where the rename breaks a hard link or cannot keep the owner, the
 * file is still replaced atomically, with its permissions and group, and the
 * caller gets a notice to show once.
 *
 * Whether a file is still the one last loaded or saved is decided by its
 * content (size and a hash), not by its modification time.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  QUADRANT_SAFE_FILE_NOTICE_NONE          = 0,
  /* The file had other hard links: they keep the previous version. */
  QUADRANT_SAFE_FILE_NOTICE_LINK_BROKEN   = 1 << 0,
  /* The file belonged to another user: it is now ours, with the same
   * permissions and group. */
  QUADRANT_SAFE_FILE_NOTICE_OWNER_CHANGED = 1 << 1,
} QuadrantSafeFileNotice;

typedef enum {
  QUADRANT_SAFE_FILE_NONE   = 0,
  QUADRANT_SAFE_FILE_BACKUP = 1 << 0,  /* keep the previous version as "FILE~" */
  QUADRANT_SAFE_FILE_PRIVATE = 1 << 1, /* a new file is readable by its owner only */
} QuadrantSafeFileFlags;

/* The identity of content: its size and a hash, as one string. */
char     *quadrant_safe_file_identity_for_data (const void  *data,
                                                gsize        length);

/* The identity of file's current content; NULL with G_IO_ERROR_NOT_FOUND
 * when there is no such file. */
char     *quadrant_safe_file_identity          (GFile       *file,
                                                GError     **error);

/* Replaces file (the file a symbolic link names, for a link) with data.
 * expected_identity, if not NULL, is the identity from the last load or save:
 * when the file is there with other content, nothing is written and the error
 * is G_IO_ERROR_WRONG_ETAG. On success, *notice (if not NULL) says what the
 * replacement changed besides the content. */
gboolean  quadrant_safe_file_replace           (GFile                  *file,
                                                const void             *data,
                                                gsize                   length,
                                                const char             *expected_identity,
                                                QuadrantSafeFileFlags   flags,
                                                QuadrantSafeFileNotice *notice,
                                                GError                **error);

/* The file a chain of symbolic links ends at (file itself if it is none),
 * even when that file does not exist yet. */
GFile    *quadrant_safe_file_resolve           (GFile       *file);

/* Whether a and b are the same file on disk (device and inode, after
 * following symbolic links). FALSE when either does not exist. */
gboolean  quadrant_safe_file_same              (GFile       *a,
                                                GFile       *b);

/* The rule for every export and import: output must not be the register
 * (input) under any name, a symbolic or hard link included. FALSE with
 * G_IO_ERROR_EXISTS and a message saying so when it is; TRUE when input is
 * NULL (an unsaved register). */
gboolean  quadrant_safe_file_check_output      (GFile       *output,
                                                GFile       *input,
                                                GError     **error);

/* Removes what killed saves left in folder: our own temporary files that no
 * process is writing, and GIO's ".goutputstream-*" files nobody has touched
 * for a while. Returns how many were removed. */
guint     quadrant_safe_file_clean_folder      (const char  *folder);

/* text with control, format (bidirectional) and invalid characters shown as
 * escapes, so that a hostile file name cannot disguise terminal output. */
char     *quadrant_safe_file_escape_name       (const char  *text);

G_END_DECLS
