/* quadrant-safe-file.c: replacing a file so that a kill at any moment leaves
 * either the complete old file or the complete new one
 *
 * GIO's g_file_replace () writes in place (truncate, then write) when the
 * target has other hard links or another owner, and straight to the final
 * name when it is new; G_FILE_CREATE_REPLACE_DESTINATION only helps the
 * former. So local files are written here with POSIX calls: a temporary file
 * in the same folder (locked while we write it, so that a later save can tell
 * a leftover from a save in progress), fsync, rename, fsync of the folder.
 */
#define G_LOG_DOMAIN "quadrant-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "quadrant-safe-file.h"

/* How far a symbolic link chain is followed before giving up. */
#define MAX_SYMLINKS 32
/* Our temporary files: ".NAME.XXXXXX.quadrant-saving". */
#define TEMP_SUFFIX ".quadrant-saving"
#define GIO_TEMP_PREFIX ".goutputstream-"
/* A GIO temporary file untouched this long is a leftover, not a write. */
#define GIO_TEMP_AGE_SECONDS (10 * 60)
/* Files are read for their identity in pieces of this size. */
#define READ_CHUNK (256 * 1024)

/* ---- Identity ---- */

char *
quadrant_safe_file_identity_for_data (const void *data,
                                      gsize       length)
{
  g_autofree char *hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, length);

  return g_strdup_printf ("%" G_GSIZE_FORMAT ":%s", length, hash);
}

char *
quadrant_safe_file_identity (GFile   *file,
                             GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buffer = g_malloc (READ_CHUNK);
  guint64 total = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, READ_CHUNK, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_checksum_update (checksum, buffer, n);
      total += (guint64) n;
    }

  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%s", total, g_checksum_get_string (checksum));
}

/* ---- Names ---- */

GFile *
quadrant_safe_file_resolve (GFile *file)
{
  g_autoptr(GFile) current = g_object_ref (file);

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (guint i = 0; i < MAX_SYMLINKS; i++)
    {
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) parent = NULL;
      const char *target;

      info = g_file_query_info (current,
                                G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                                G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                                G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
      if (info == NULL || !g_file_info_get_is_symlink (info))
        break;

      target = g_file_info_get_symlink_target (info);
      parent = g_file_get_parent (current);
      if (target == NULL || parent == NULL)
        break;

      g_object_unref (current);
      current = g_file_resolve_relative_path (parent, target);
    }

  return g_steal_pointer (&current);
}

gboolean
quadrant_safe_file_same (GFile *a,
                         GFile *b)
{
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;
  const char *attributes = G_FILE_ATTRIBUTE_UNIX_DEVICE "," G_FILE_ATTRIBUTE_UNIX_INODE;

  g_return_val_if_fail (G_IS_FILE (a) && G_IS_FILE (b), FALSE);

  if (g_file_equal (a, b))
    return TRUE;

  info_a = g_file_query_info (a, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info_a == NULL || info_b == NULL
      || !g_file_info_has_attribute (info_a, G_FILE_ATTRIBUTE_UNIX_INODE)
      || !g_file_info_has_attribute (info_b, G_FILE_ATTRIBUTE_UNIX_INODE))
    return FALSE;

  return g_file_info_get_attribute_uint32 (info_a, G_FILE_ATTRIBUTE_UNIX_DEVICE)
           == g_file_info_get_attribute_uint32 (info_b, G_FILE_ATTRIBUTE_UNIX_DEVICE)
         && g_file_info_get_attribute_uint64 (info_a, G_FILE_ATTRIBUTE_UNIX_INODE)
           == g_file_info_get_attribute_uint64 (info_b, G_FILE_ATTRIBUTE_UNIX_INODE);
}

gboolean
quadrant_safe_file_check_output (GFile   *output,
                                 GFile   *input,
                                 GError **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (output), FALSE);

  if (input == NULL || !quadrant_safe_file_same (output, input))
    return TRUE;

  name = g_file_get_parse_name (output);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("“%s” is the register itself (or a link to it); choose another file"), name);
  return FALSE;
}

char *
quadrant_safe_file_escape_name (const char *text)
{
  GString *escaped = g_string_new (NULL);
  const char *p = text;

  if (text == NULL)
    return g_string_free (escaped, FALSE);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (escaped, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }

      switch (g_unichar_type (c))
        {
        case G_UNICODE_CONTROL:
        case G_UNICODE_FORMAT:
        case G_UNICODE_LINE_SEPARATOR:
        case G_UNICODE_PARAGRAPH_SEPARATOR:
        case G_UNICODE_UNASSIGNED:
        case G_UNICODE_PRIVATE_USE:
        case G_UNICODE_SURROGATE:
          if (c < 0x100)
            g_string_append_printf (escaped, "\\x%02x", c);
          else
            g_string_append_printf (escaped, "\\u{%04x}", c);
          break;
        default:
          if (c == '\\')
            g_string_append (escaped, "\\\\");
          else
            g_string_append_len (escaped, p, g_utf8_next_char (p) - p);
          break;
        }
      p = g_utf8_next_char (p);
    }

  return g_string_free (escaped, FALSE);
}

/* ---- Leftovers ---- */

static gboolean
is_our_temp (const char *name)
{
  return name[0] == '.' && g_str_has_suffix (name, TEMP_SUFFIX);
}

guint
quadrant_safe_file_clean_folder (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (folder != NULL, 0);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_our_temp (name) && !g_str_has_prefix (name, GIO_TEMP_PREFIX))
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != getuid ())
        continue;

      if (is_our_temp (name))
        {
          /* A save in progress holds the lock on its temporary file. */
          int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
          gboolean orphan;

          if (fd < 0)
            continue;
          orphan = flock (fd, LOCK_EX | LOCK_NB) == 0;
          if (orphan && g_unlink (path) == 0)
            removed++;
          close (fd);
        }
      else if (now - (gint64) st.st_mtime > GIO_TEMP_AGE_SECONDS && g_unlink (path) == 0)
        {
          removed++;
        }
    }

  return removed;
}

/* ---- Replacing ---- */

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      ssize_t n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* message is a whole sentence with a %s for the file and one for the
 * system's reason, so that each language can build it its own way. */
static gboolean
fail_errno (GError    **error,
            int         saved_errno,
            const char *message,
            const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               message, display, g_strerror (saved_errno));
  return FALSE;
}

/* Creates ".NAME.XXXXXX.quadrant-saving" beside path, locked, with mode
 * (less the umask). */
static int
create_temp (const char  *path,
             int          mode,
             char       **temp_path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);

  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%06x%s", base,
                                               g_random_int_range (0, 0xffffff), TEMP_SUFFIX);
      g_autofree char *candidate = g_build_filename (folder, name, NULL);
      int fd = g_open (candidate, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);

      if (fd < 0 && errno == EEXIST)
        continue;
      if (fd < 0)
        return -1;
      /* Fresh and ours: nobody else can hold the lock yet. */
      flock (fd, LOCK_EX | LOCK_NB);
      *temp_path = g_steal_pointer (&candidate);
      return fd;
    }

  errno = EEXIST;
  return -1;
}

static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

/* The previous version as "FILE~": a second name for the old file, made under
 * a temporary name and renamed into place, so no copy and never half of one. */
static void
keep_backup (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *temp = NULL;
  int fd = create_temp (backup, 0600, &temp);

  if (fd < 0)
    return;
  close (fd);

  if (g_unlink (temp) == 0 && link (path, temp) == 0)
    {
      if (g_rename (temp, backup) != 0)
        g_unlink (temp);
      return;
    }

  /* A file system without hard links: a copy, written the same safe way. */
  {
    g_autofree char *old = NULL;
    gsize length;

    g_unlink (temp);
    if (g_file_get_contents (path, &old, &length, NULL))
      {
        g_autoptr(GFile) file = g_file_new_for_path (backup);

        quadrant_safe_file_replace (file, old, length, NULL, QUADRANT_SAFE_FILE_NONE, NULL, NULL);
      }
  }
}

static gboolean
replace_local (const char             *path,
               const void             *data,
               gsize                   length,
               QuadrantSafeFileFlags   flags,
               QuadrantSafeFileNotice *notice,
               GError                **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;
  gboolean existed;
  int fd;

  quadrant_safe_file_clean_folder (folder);

  existed = g_stat (path, &st) == 0;
  if (existed && !S_ISREG (st.st_mode))
    return fail_errno (error, EISDIR,
                       /* Translators: the file and the system's reason */
                       _("Could not replace “%s”: %s"), path);

  fd = create_temp (path, (flags & QUADRANT_SAFE_FILE_PRIVATE) ? 0600 : 0666, &temp);
  if (fd < 0)
    return fail_errno (error, errno,
                       /* Translators: the file and the system's reason */
                       _("Could not create a temporary file beside “%s”: %s"), path);

  if (!write_all (fd, data, length))
    {
      int saved_errno = errno != 0 ? errno : ENOSPC;

      close (fd);
      g_unlink (temp);
      return fail_errno (error, saved_errno, _("Could not write the temporary file “%s”: %s"), temp);
    }

  if (existed)
    {
      /* The file's permissions and group stay; its owner only if we may. */
      if (st.st_uid != getuid () && fchown (fd, st.st_uid, st.st_gid) != 0)
        {
          if (fchown (fd, (uid_t) -1, st.st_gid) != 0)
            g_debug ("Could not keep the group of %s: %s", path, g_strerror (errno));
          *notice |= QUADRANT_SAFE_FILE_NOTICE_OWNER_CHANGED;
        }
      else if (st.st_uid == getuid () && fchown (fd, (uid_t) -1, st.st_gid) != 0)
        g_debug ("Could not keep the group of %s: %s", path, g_strerror (errno));
      fchmod (fd, st.st_mode & 07777);
      if (st.st_nlink > 1)
        *notice |= QUADRANT_SAFE_FILE_NOTICE_LINK_BROKEN;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temp);
      return fail_errno (error, saved_errno, _("Could not write the temporary file “%s”: %s"), temp);
    }

  if (existed && (flags & QUADRANT_SAFE_FILE_BACKUP))
    keep_backup (path);

  if (g_rename (temp, path) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temp);
      return fail_errno (error, saved_errno, _("Could not replace “%s”: %s"), path);
    }
  /* The lock goes with the descriptor, after the rename: until then a
   * cleaner sees a save in progress. */
  close (fd);
  sync_folder (path);
  return TRUE;
}

gboolean
quadrant_safe_file_replace (GFile                  *file,
                            const void             *data,
                            gsize                   length,
                            const char             *expected_identity,
                            QuadrantSafeFileFlags   flags,
                            QuadrantSafeFileNotice *notice,
                            GError                **error)
{
  g_autoptr(GFile) target = NULL;
  QuadrantSafeFileNotice local_notice = QUADRANT_SAFE_FILE_NOTICE_NONE;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = quadrant_safe_file_resolve (file);

  if (expected_identity != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *identity = quadrant_safe_file_identity (target, &local_error);

      if (identity == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (identity != NULL && strcmp (identity, expected_identity) != 0)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("“%s” was changed by another program"), name);
          return FALSE;
        }
    }

  if (g_file_peek_path (target) != NULL)
    {
      if (!replace_local (g_file_peek_path (target), data, length, flags, &local_notice, error))
        return FALSE;
    }
  else
    {
      /* Other file systems (GVfs): GIO's replace, asked never to write in
       * place; it still makes a new file directly. */
      GFileCreateFlags create = G_FILE_CREATE_REPLACE_DESTINATION;

      if (flags & QUADRANT_SAFE_FILE_PRIVATE)
        create |= G_FILE_CREATE_PRIVATE;
      if (!g_file_replace_contents (target, data, length, NULL,
                                    (flags & QUADRANT_SAFE_FILE_BACKUP) != 0, create,
                                    NULL, NULL, error))
        return FALSE;
    }

  if (notice != NULL)
    *notice = local_notice;
  return TRUE;
}
