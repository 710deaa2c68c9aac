/* test-lock.c: the lock beside a register in a shared folder: written on
 * open, removed on close, someone else's named and left alone, a stale one
 * taken over (quadrant-lock.h, quadrant-document-lock.c). */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "quadrant-document.h"
#include "quadrant-lock.h"
#include "quadrant-test-data.h"
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lock/file", test_lock_file);
  g_test_add_func ("/lock/document", test_document_lock);

  return g_test_run ();
}
