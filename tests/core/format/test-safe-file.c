/* test-safe-file.c: replacing files atomically, identities by content,
 * leftovers, names escaped for the terminal, and draft liveness by lock */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "quadrant-drafts.h"
#include "quadrant-safe-file.h"
#include "quadrant-test-faults.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-safe-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static gboolean
replace (const char             *path,
         const char             *text,
         const char             *expected,
         QuadrantSafeFileFlags   flags,
         QuadrantSafeFileNotice *notice,
         GError                **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return quadrant_safe_file_replace (file, text, strlen (text), expected, flags, notice, error);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A new name and an existing file: content, backup, mode, nothing left over. */
static void
test_replace (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "r.quadrant.xml", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantSafeFileNotice notice = 0;
  GStatBuf st;

  g_assert_true (replace (path, "one", NULL, QUADRANT_SAFE_FILE_BACKUP, &notice, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notice, ==, QUADRANT_SAFE_FILE_NOTICE_NONE);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "one");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (replace (path, "two", NULL, QUADRANT_SAFE_FILE_BACKUP, &notice, &error));
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "two");
  g_clear_pointer (&text, g_free);
  text = read_text (backup);
  g_assert_cmpstr (text, ==, "one");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 2);

  remove_dir (dir);
}

/* A hard-linked file is replaced, not written in place: the other name keeps
 * the old version, and the caller hears that the link is broken. */
static void
test_hard_link (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "h.quadrant.xml", NULL);
  g_autofree char *other = g_build_filename (dir, "other.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantSafeFileNotice notice = 0;
  GStatBuf before, after;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (link (path, other), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  g_assert_true (replace (path, "new", NULL, QUADRANT_SAFE_FILE_NONE, &notice, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notice, ==, QUADRANT_SAFE_FILE_NOTICE_LINK_BROKEN);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, !=, before.st_ino);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "new");
  g_clear_pointer (&text, g_free);
  text = read_text (other);
  g_assert_cmpstr (text, ==, "old");

  remove_dir (dir);
}

/* A symbolic link stays a link; the file it names is replaced. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "real.xml", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.xml", link_path), ==, 0);
  g_assert_true (replace (link_path, "new", NULL, QUADRANT_SAFE_FILE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_text (path);
  g_assert_cmpstr (text, ==, "new");

  remove_dir (dir);
}

/* A change on disk that keeps size and modification time is still seen. */
static void
test_identity (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "i.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *loaded = NULL;
  g_autofree char *now = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf times;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "alpha", -1, NULL));
  loaded = quadrant_safe_file_identity (file, &error);
  g_assert_no_error (error);
  g_clear_pointer (&now, g_free);
  now = quadrant_safe_file_identity_for_data ("alpha", 5);
  g_assert_cmpstr (loaded, ==, now);
  g_clear_pointer (&now, g_free);

  /* Another program writes the same size and puts the old time back. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (g_file_set_contents (path, "bravo", -1, NULL));
  times.actime = st.st_atime;
  times.modtime = st.st_mtime;
  g_assert_cmpint (utime (path, &times), ==, 0);

  now = quadrant_safe_file_identity (file, &error);
  g_assert_cmpstr (now, !=, loaded);
  g_assert_false (replace (path, "ours", loaded, QUADRANT_SAFE_FILE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "bravo");
  g_clear_error (&error);

  /* The identity it has now lets the save through. */
  g_assert_true (replace (path, "ours", now, QUADRANT_SAFE_FILE_NONE, NULL, &error));
  g_assert_no_error (error);

  remove_dir (dir);
}

/* Leftovers of killed saves go at the next save; a save in progress (its
 * temporary file locked) and a young GIO file stay. */
static void
test_leftovers (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "l.xml", NULL);
  g_autofree char *ours = g_build_filename (dir, ".l.xml.abcdef.quadrant-saving", NULL);
  g_autofree char *busy = g_build_filename (dir, ".l.xml.123456.quadrant-saving", NULL);
  g_autofree char *gio_old = g_build_filename (dir, ".goutputstream-OLD123", NULL);
  g_autofree char *gio_new = g_build_filename (dir, ".goutputstream-NEW123", NULL);
  g_autoptr(GError) error = NULL;
  struct utimbuf old_times = { 1000000000, 1000000000 };
  int busy_fd;

  g_assert_true (g_file_set_contents (ours, "half", -1, NULL));
  g_assert_true (g_file_set_contents (busy, "writing", -1, NULL));
  g_assert_true (g_file_set_contents (gio_old, "half", -1, NULL));
  g_assert_true (g_file_set_contents (gio_new, "writing", -1, NULL));
  g_assert_cmpint (utime (gio_old, &old_times), ==, 0);
  busy_fd = g_open (busy, O_RDONLY, 0);
  g_assert_cmpint (flock (busy_fd, LOCK_EX), ==, 0);

  g_assert_true (replace (path, "new", NULL, QUADRANT_SAFE_FILE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (ours, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (gio_old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (busy, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (gio_new, G_FILE_TEST_EXISTS));
  close (busy_fd);

  remove_dir (dir);
}

/* A failed write leaves the old file as it was and no temporary file. */
static void
test_failure (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "f.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  quadrant_test_limit_file_size (2);
  g_assert_false (replace (path, "brand new", NULL, QUADRANT_SAFE_FILE_NONE, NULL, &error));
  quadrant_test_limit_file_size (-1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "old");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  remove_dir (dir);
}

static void
test_same (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "s.xml", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.xml", NULL);
  g_autofree char *soft = g_build_filename (dir, "soft.xml", NULL);
  g_autofree char *other = g_build_filename (dir, "other.xml", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) hard_file = g_file_new_for_path (hard);
  g_autoptr(GFile) soft_file = g_file_new_for_path (soft);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);

  g_assert_true (g_file_set_contents (path, "x", -1, NULL));
  g_assert_true (g_file_set_contents (other, "x", -1, NULL));
  g_assert_cmpint (link (path, hard), ==, 0);
  g_assert_cmpint (symlink (path, soft), ==, 0);

  g_assert_true (quadrant_safe_file_same (file, file));
  g_assert_true (quadrant_safe_file_same (hard_file, file));
  g_assert_true (quadrant_safe_file_same (soft_file, file));
  g_assert_false (quadrant_safe_file_same (other_file, file));
  g_assert_false (quadrant_safe_file_same (missing_file, file));

  remove_dir (dir);
}

static void
test_escape (void)
{
  static const struct {
    const char *text;
    const char *escaped;
  } cases[] = {
    { "plain name.xml", "plain name.xml" },
    { "Übersicht – 2024.xml", "Übersicht – 2024.xml" },
    { "evil\xe2\x80\xaelmx.exe", "evil\\u{202e}lmx.exe" },        /* right-to-left override */
    { "a\x1b[2Jb", "a\\x1b[2Jb" },                                 /* terminal escape */
    { "line\rover", "line\\x0dover" },
    { "bad\xffutf8", "bad\\xffutf8" },
    { "back\\slash", "back\\\\slash" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = quadrant_safe_file_escape_name (cases[i].text);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
    }
}

/* The file belonged to another user, in a folder of a group we share: saving
 * makes it ours, keeps permissions and group, and says so. Needs a second
 * user: as root the test becomes "nobody" in a child. */
static void
test_other_owner (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  GStatBuf st;
  pid_t child;
  int status;

  if (getuid () != 0)
    {
      g_test_skip ("needs root, to act as a second user (nobody)");
      return;
    }

  dir = make_dir ();
  path = g_build_filename (dir, "shared.quadrant.xml", NULL);
  g_assert_true (g_file_set_contents (path, "theirs", -1, NULL));
  /* Owned by root, group 65534, group-writable; the folder likewise. */
  g_assert_cmpint (chown (path, 0, 65534), ==, 0);
  g_assert_cmpint (g_chmod (path, 0664), ==, 0);
  g_assert_cmpint (chown (dir, 0, 65534), ==, 0);
  g_assert_cmpint (g_chmod (dir, 02775), ==, 0);

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      QuadrantSafeFileNotice notice = 0;
      gid_t groups[] = { 65534 };

      if (setgroups (1, groups) != 0 || setgid (65534) != 0 || setuid (65534) != 0)
        _exit (3);
      if (!replace (path, "ours", NULL, QUADRANT_SAFE_FILE_NONE, &notice, NULL))
        _exit (4);
      _exit (notice == QUADRANT_SAFE_FILE_NOTICE_OWNER_CHANGED ? 0 : 5);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, 65534);
  g_assert_cmpuint (st.st_gid, ==, 65534);
  g_assert_cmpint (st.st_mode & 07777, ==, 0664);
  {
    g_autofree char *text = read_text (path);

    g_assert_cmpstr (text, ==, "ours");
  }

  remove_dir (dir);
}

/* A draft is in use while its process lives (it holds the draft's lock), and
 * abandoned as soon as it is gone, whatever PID the sidecar names. */
static void
test_draft_lock (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *id = quadrant_drafts_new_id ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<register/>", 11);
  g_autoptr(GPtrArray) listed = NULL;
  int to_child[2], from_child[2];
  pid_t child;
  char byte;

  g_assert_cmpint (pipe (to_child), ==, 0);
  g_assert_cmpint (pipe (from_child), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      gboolean ok = quadrant_drafts_write (dir, id, bytes, NULL, NULL, NULL);

      if (write (from_child[1], ok ? "y" : "n", 1) != 1)
        _exit (1);
      /* Alive until told to end. */
      if (read (to_child[0], &byte, 1) < 0)
        _exit (1);
      _exit (0);
    }
  g_assert_cmpint (read (from_child[0], &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, 'y');

  listed = quadrant_drafts_list (dir, TRUE);
  g_assert_cmpuint (listed->len, ==, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = quadrant_drafts_list (dir, FALSE);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* The writer dies without cleaning up, as in a crash. */
  g_assert_cmpint (kill (child, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child, NULL, 0), ==, child);
  close (to_child[1]);

  /* Its PID may now belong to anyone (here: pretend it is ours, alive). */
  {
    g_autofree char *sidecar = g_strdup_printf ("%s/%s.draft", dir, id);
    g_autofree char *text = g_strdup_printf ("[Draft]\npid=%d\nmodified=1\n", (int) getpid ());

    g_assert_true (g_file_set_contents (sidecar, text, -1, NULL));
  }
  listed = quadrant_drafts_list (dir, TRUE);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (((QuadrantDraft *) g_ptr_array_index (listed, 0))->id, ==, id);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safe-file/replace", test_replace);
  g_test_add_func ("/safe-file/hard-link", test_hard_link);
  g_test_add_func ("/safe-file/symlink", test_symlink);
  g_test_add_func ("/safe-file/identity-by-content", test_identity);
  g_test_add_func ("/safe-file/leftovers", test_leftovers);
  g_test_add_func ("/safe-file/failure", test_failure);
  g_test_add_func ("/safe-file/same", test_same);
  g_test_add_func ("/safe-file/escape", test_escape);
  g_test_add_func ("/safe-file/other-owner", test_other_owner);
  g_test_add_func ("/safe-file/draft-lock", test_draft_lock);

  return g_test_run ();
}
