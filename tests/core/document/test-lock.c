/* test-lock.c: the lock beside a register in a shared folder: written on
 * open, removed on close, someone else's named and left alone, a stale one
 * taken over, what a lock means to whoever opens the register, and a
 * read-only document (quadrant-lock.h, quadrant-document-lock.c). */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "quadrant-document.h"
#include "quadrant-lock.h"
#include "quadrant-test-data.h"
#include "quadrant-test-wait.h"
#include "quadrant-writer.h"

/* Larger than any pid_max: no process has it. */
#define DEAD_PID G_GINT64_CONSTANT (0x7ffffff0)

static GFile *
make_register (char **dir_out)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  g_autofree char *dir = g_dir_make_tmp ("quadrant-test-lock-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shared.quadrant.xml", NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  *dir_out = g_steal_pointer (&dir);
  return g_file_new_for_path (path);
}

/* A lock as another Quadrant writes it. */
static void
write_lock (GFile      *file,
            const char *host,
            gint64      pid,
            GTimeSpan   age)
{
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) since = g_date_time_add (now, -age);
  g_autofree char *iso = g_date_time_format_iso8601 (since);
  g_autofree char *text = g_strdup_printf ("[Lock]\nname=Anna Schmidt\nuser=anna\nhost=%s\npid=%" G_GINT64_FORMAT
                                           "\nsince=%s\n", host, pid, iso);

  g_assert_true (g_file_set_contents (g_file_peek_path (lock_file), text, -1, NULL));
}

static gboolean
has_lock (GFile *file)
{
  g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

  return lock != NULL;
}

static char *
lock_text (GFile *file)
{
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);
  char *text = NULL;

  if (!g_file_get_contents (g_file_peek_path (lock_file), &text, NULL, NULL))
    return NULL;
  return text;
}

static void
remove_all (const char *dir,
            GFile      *file)
{
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);

  g_unlink (g_file_peek_path (lock_file));
  g_unlink (g_file_peek_path (file));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_lock_file (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = make_register (&dir);
  g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_file_get_basename (lock_file);

  g_assert_cmpstr (base, ==, ".~lock.shared.quadrant.xml#");
  g_assert_false (has_lock (file));

  /* Ours: who, where, which process, since when. */
  g_assert_true (quadrant_lock_take (file, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_nonnull (lock);
    g_assert_true (quadrant_lock_is_ours (lock));
    g_assert_false (quadrant_lock_is_stale (lock, NULL));
    g_assert_cmpstr (lock->user, ==, g_get_user_name ());
    g_assert_cmpstr (lock->host, ==, g_get_host_name ());
    g_assert_nonnull (lock->since);
  }
  quadrant_lock_release (file);
  g_assert_false (has_lock (file));

  /* Someone else's, on another machine: named, not stale, not ours to remove. */
  write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);
    g_autofree char *text = quadrant_lock_describe (lock);

    g_assert_false (quadrant_lock_is_ours (lock));
    g_assert_false (quadrant_lock_is_stale (lock, NULL));
    g_assert_cmpstr (lock->name, ==, "Anna Schmidt");
    g_assert_nonnull (strstr (text, "Anna Schmidt (anna on ws-12.example)"));
  }
  quadrant_lock_release (file);
  g_assert_true (has_lock (file));

  /* Stale: older than a week, or of a process of this host that is gone. */
  write_lock (file, "ws-12.example", 4242, 8 * G_TIME_SPAN_DAY);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_true (quadrant_lock_is_stale (lock, NULL));
  }
  write_lock (file, g_get_host_name (), DEAD_PID, G_TIME_SPAN_MINUTE);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_true (quadrant_lock_is_stale (lock, NULL));
  }

  /* Not a lock: ignored rather than believed. */
  g_assert_true (g_file_set_contents (g_file_peek_path (lock_file), "\x01\x02 garbage", -1, NULL));
  g_assert_false (has_lock (file));

  remove_all (dir, file);
}

static void
test_document_lock (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = make_register (&dir);

  /* Nobody else: the document holds the lock until it closes. */
  {
    g_autoptr(QuadrantDocument) document = quadrant_document_new (NULL, file, NULL);
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_false (quadrant_document_get_locked_elsewhere (document));
    g_assert_null (quadrant_document_get_other_lock (document));
    g_assert_nonnull (lock);
    g_assert_true (quadrant_lock_is_ours (lock));
    quadrant_document_close (document);
    g_assert_false (has_lock (file));
  }

  /* Anna has it open: named, and her lock stays as it is. */
  write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  {
    g_autofree char *before = lock_text (file);
    g_autoptr(QuadrantDocument) document = quadrant_document_new (NULL, file, NULL);
    const QuadrantLock *other = quadrant_document_get_other_lock (document);
    g_autofree char *after = NULL;

    g_assert_true (quadrant_document_get_locked_elsewhere (document));
    g_assert_nonnull (other);
    g_assert_cmpstr (other->name, ==, "Anna Schmidt");
    after = lock_text (file);
    g_assert_cmpstr (after, ==, before);

    /* She closed it: the next look (before a save) takes the lock over. */
    {
      g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);

      g_assert_cmpint (g_unlink (g_file_peek_path (lock_file)), ==, 0);
    }
    g_assert_null (quadrant_document_refresh_lock (document));
    g_assert_false (quadrant_document_get_locked_elsewhere (document));
    {
      g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

      g_assert_true (lock != NULL && quadrant_lock_is_ours (lock));
    }
    quadrant_document_close (document);
    g_assert_false (has_lock (file));
  }

  /* A lock left by a crash on this machine is taken over at once. */
  write_lock (file, g_get_host_name (), DEAD_PID, G_TIME_SPAN_MINUTE);
  {
    g_autoptr(QuadrantDocument) document = quadrant_document_new (NULL, file, NULL);
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_false (quadrant_document_get_locked_elsewhere (document));
    g_assert_true (lock != NULL && quadrant_lock_is_ours (lock));
    quadrant_document_close (document);
  }

  /* Closing another's document leaves their lock. */
  write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  {
    g_autoptr(QuadrantDocument) document = quadrant_document_new (NULL, file, NULL);

    quadrant_document_close (document);
    g_assert_true (has_lock (file));
  }

  remove_all (dir, file);
}

/* What opening the register should do about the lock beside it. */
static void
test_lock_state (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = make_register (&dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (quadrant_lock_get_state (NULL, NULL), ==, QUADRANT_LOCK_STATE_NONE);

  /* Our own, even when old: this process has it open. */
  g_assert_true (quadrant_lock_take (file, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);
    g_autoptr(GDateTime) later = g_date_time_add (now, 30 * G_TIME_SPAN_DAY);

    g_assert_cmpint (quadrant_lock_get_state (lock, NULL), ==, QUADRANT_LOCK_STATE_OURS);
    g_assert_cmpint (quadrant_lock_get_state (lock, later), ==, QUADRANT_LOCK_STATE_OURS);
  }

  /* Another machine's, an hour old: live, and still live six days on;
   * eight days on it counts as left behind. */
  write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);
    g_autoptr(GDateTime) six_days = g_date_time_add (now, 6 * G_TIME_SPAN_DAY);
    g_autoptr(GDateTime) eight_days = g_date_time_add (now, 8 * G_TIME_SPAN_DAY);
    g_autofree char *text = NULL;

    g_assert_cmpint (quadrant_lock_get_state (lock, NULL), ==, QUADRANT_LOCK_STATE_LIVE);
    g_assert_cmpint (quadrant_lock_get_state (lock, six_days), ==, QUADRANT_LOCK_STATE_LIVE);
    g_assert_cmpint (quadrant_lock_get_state (lock, eight_days), ==, QUADRANT_LOCK_STATE_STALE_OLD);
    text = quadrant_lock_describe_stale (lock, QUADRANT_LOCK_STATE_STALE_OLD);
    g_assert_nonnull (strstr (text, "Anna Schmidt (anna on ws-12.example)"));
    g_assert_nonnull (strstr (text, "older than a week"));
  }

  /* This machine, a process that is running (ours is): live. */
  write_lock (file, g_get_host_name (), getppid (), G_TIME_SPAN_MINUTE);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_cmpint (quadrant_lock_get_state (lock, NULL), ==, QUADRANT_LOCK_STATE_LIVE);
  }

  /* This machine, a process that is gone: stale, however new, and says so. */
  write_lock (file, g_get_host_name (), DEAD_PID, G_TIME_SPAN_MINUTE);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);
    g_autofree char *text = NULL;
    g_autofree char *since = NULL;

    g_assert_cmpint (quadrant_lock_get_state (lock, NULL), ==, QUADRANT_LOCK_STATE_STALE_PROCESS);
    text = quadrant_lock_describe_stale (lock, QUADRANT_LOCK_STATE_STALE_PROCESS);
    since = quadrant_lock_format_since (lock);
    g_assert_nonnull (since);
    g_assert_nonnull (strstr (text, since));
    g_assert_nonnull (strstr (text, "no longer running"));
  }

  /* Another machine's, older than a week. */
  write_lock (file, "ws-12.example", 4242, 8 * G_TIME_SPAN_DAY);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_cmpint (quadrant_lock_get_state (lock, NULL), ==, QUADRANT_LOCK_STATE_STALE_OLD);
  }

  remove_all (dir, file);
}

static gboolean
task_done (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static void
keep_result_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* Opened read-only while Anna has it: no lock of ours, no drafts, no save
 * over her file; Save As makes an editable document of the new file. */
static void
test_read_only_document (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = make_register (&dir);
  g_autofree char *drafts = g_build_filename (dir, "drafts", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.quadrant.xml", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(QuadrantDocument) document = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  QuadrantRegister *reg;

  g_assert_cmpint (g_mkdir (drafts, 0700), ==, 0);
  write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  before = lock_text (file);

  document = g_object_new (QUADRANT_TYPE_DOCUMENT, "drafts-dir", drafts, "read-only", TRUE, NULL);
  g_assert_true (quadrant_document_get_read_only (document));
  quadrant_document_load_async (document, file, NULL, keep_result_cb, &result);
  quadrant_test_spin_until (task_done, &result);
  g_assert_true (quadrant_document_load_finish (document, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  quadrant_document_set_draft_interval (document, 1);

  /* Her lock is left exactly as it was, and named. */
  {
    g_autofree char *after = lock_text (file);

    g_assert_cmpstr (after, ==, before);
    g_assert_true (quadrant_document_get_locked_elsewhere (document));
  }

  /* An edit that reached the model anyway gets no draft. */
  reg = quadrant_document_get_register (document);
  quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Looked At");
  quadrant_document_save_draft_async (document, NULL, keep_result_cb, &result);
  quadrant_test_spin_until (task_done, &result);
  g_assert_true (quadrant_document_save_draft_finish (document, result, &error));
  g_clear_object (&result);
  g_assert_null (quadrant_document_get_draft_id (document));
  g_assert_cmpuint (count_files (drafts), ==, 0);

  /* Saving over her file is refused, and the file is untouched. */
  {
    g_autofree char *text = NULL;

    quadrant_document_save_async (document, NULL, FALSE, NULL, keep_result_cb, &result);
    quadrant_test_spin_until (task_done, &result);
    g_assert_false (quadrant_document_save_finish (document, result, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
    g_clear_error (&error);
    g_clear_object (&result);
    g_assert_true (g_file_get_contents (g_file_peek_path (file), &text, NULL, NULL));
    g_assert_null (strstr (text, "Looked At"));
  }

  /* Save As: an ordinary document of the copy, holding the copy's lock. */
  quadrant_document_save_async (document, copy, FALSE, NULL, keep_result_cb, &result);
  quadrant_test_spin_until (task_done, &result);
  g_assert_true (quadrant_document_save_finish (document, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_false (quadrant_document_get_read_only (document));
  g_assert_true (g_file_equal (quadrant_document_get_file (document), copy));
  g_assert_false (quadrant_document_get_locked_elsewhere (document));
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (copy);
    g_autofree char *after = lock_text (file);

    g_assert_true (lock != NULL && quadrant_lock_is_ours (lock));
    g_assert_cmpstr (after, ==, before);
  }
  quadrant_document_close (document);
  g_clear_object (&document);
  g_assert_false (has_lock (copy));
  g_unlink (copy_path);

  /* Made editable where it was opened (Edit Anyway): still her lock, none
   * of ours; once she has closed it, the lock is ours. */
  document = quadrant_document_new (NULL, NULL, NULL);
  quadrant_document_set_read_only (document, TRUE);
  quadrant_document_load_async (document, file, NULL, keep_result_cb, &result);
  quadrant_test_spin_until (task_done, &result);
  g_assert_true (quadrant_document_load_finish (document, result, &error));
  g_clear_object (&result);
  {
    g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);

    g_assert_cmpint (g_unlink (g_file_peek_path (lock_file)), ==, 0);
  }
  g_assert_false (has_lock (file));
  quadrant_document_set_read_only (document, FALSE);
  {
    g_autoptr(QuadrantLock) lock = quadrant_lock_read (file);

    g_assert_true (lock != NULL && quadrant_lock_is_ours (lock));
  }
  /* And back: read-only lets go of the lock. */
  quadrant_document_set_read_only (document, TRUE);
  g_assert_false (has_lock (file));
  quadrant_document_close (document);

  g_assert_cmpint (g_rmdir (drafts), ==, 0);
  {
    g_autofree char *backup = g_strconcat (g_file_peek_path (copy), "~", NULL);

    g_unlink (backup);
  }
  remove_all (dir, file);
}

/* Open Anyway: the lock asked about is accepted before loading; saving over
 * it needs no question while it is the same lock, but a new one does. */
static void
test_accepted_lock (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = make_register (&dir);
  g_autoptr(QuadrantLock) asked = NULL;
  g_autoptr(QuadrantLock) copy = NULL;
  g_autoptr(QuadrantDocument) document = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  write_lock (file, "ws-12.example", 4242, G_TIME_SPAN_HOUR);
  asked = quadrant_lock_read (file);
  g_assert_nonnull (asked);
  copy = quadrant_lock_copy (asked);
  g_assert_true (quadrant_lock_equal (asked, copy));
  g_assert_cmpstr (copy->name, ==, "Anna Schmidt");

  document = quadrant_document_new (NULL, NULL, NULL);
  quadrant_document_accept_lock (document, asked);
  g_assert_false (quadrant_document_get_lock_accepted (document)); /* nothing open yet */
  quadrant_document_load_async (document, file, NULL, keep_result_cb, &result);
  quadrant_test_spin_until (task_done, &result);
  g_assert_true (quadrant_document_load_finish (document, result, &error));
  g_assert_no_error (error);
  g_assert_true (quadrant_document_get_locked_elsewhere (document));
  g_assert_true (quadrant_document_get_lock_accepted (document));
  g_assert_nonnull (quadrant_document_refresh_lock (document));
  g_assert_true (quadrant_document_get_lock_accepted (document));

  /* She opened it again (another process, another time): asked anew. */
  write_lock (file, "ws-12.example", 4343, G_TIME_SPAN_MINUTE);
  g_assert_nonnull (quadrant_document_refresh_lock (document));
  g_assert_false (quadrant_lock_equal (quadrant_document_get_other_lock (document), asked));
  g_assert_false (quadrant_document_get_lock_accepted (document));
  /* Save Anyway accepts the lock there now. */
  quadrant_document_accept_lock (document, NULL);
  g_assert_true (quadrant_document_get_lock_accepted (document));

  /* She closed it: nothing to accept, and the lock is ours. */
  {
    g_autoptr(GFile) lock_file = quadrant_lock_file_for (file);

    g_assert_cmpint (g_unlink (g_file_peek_path (lock_file)), ==, 0);
  }
  g_assert_null (quadrant_document_refresh_lock (document));
  g_assert_false (quadrant_document_get_lock_accepted (document));
  quadrant_document_close (document);
  g_assert_false (has_lock (file));

  remove_all (dir, file);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lock/file", test_lock_file);
  g_test_add_func ("/lock/document", test_document_lock);
  g_test_add_func ("/lock/state", test_lock_state);
  g_test_add_func ("/lock/read-only-document", test_read_only_document);
  g_test_add_func ("/lock/accepted", test_accepted_lock);

  return g_test_run ();
}
