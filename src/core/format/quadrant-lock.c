/* quadrant-lock.c: who else has a register open, for shared folders
 *
 * The lock file is a GKeyFile, written through quadrant-safe-file.h so that
 * a reader never sees half of one.
 */
#define G_LOG_DOMAIN "quadrant-lock"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <unistd.h>

#include "quadrant-lock.h"
#include "quadrant-safe-file.h"

#define GROUP "Lock"

QuadrantLock *
quadrant_lock_copy (const QuadrantLock *lock)
{
  QuadrantLock *copy;

  if (lock == NULL)
    return NULL;
  copy = g_new0 (QuadrantLock, 1);
  copy->name = g_strdup (lock->name);
  copy->user = g_strdup (lock->user);
  copy->host = g_strdup (lock->host);
  copy->pid = lock->pid;
  copy->since = lock->since != NULL ? g_date_time_ref (lock->since) : NULL;
  return copy;
}

gboolean
quadrant_lock_equal (const QuadrantLock *a,
                     const QuadrantLock *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if ((a->since == NULL) != (b->since == NULL))
    return FALSE;
  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->user, b->user) == 0 &&
         g_strcmp0 (a->host, b->host) == 0 && a->pid == b->pid &&
         (a->since == NULL || g_date_time_equal (a->since, b->since));
}

void
quadrant_lock_free (QuadrantLock *lock)
{
  if (lock == NULL)
    return;
  g_free (lock->name);
  g_free (lock->user);
  g_free (lock->host);
  g_clear_pointer (&lock->since, g_date_time_unref);
  g_free (lock);
}

GFile *
quadrant_lock_file_for (GFile *file)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  parent = g_file_get_parent (file);
  base = g_file_get_basename (file);
  name = g_strconcat (".~lock.", base, "#", NULL);
  return parent != NULL ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

QuadrantLock *
quadrant_lock_read (GFile *file)
{
  g_autoptr(GFile) lock_file = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *contents = NULL;
  g_autofree char *since = NULL;
  QuadrantLock *lock;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  lock_file = quadrant_lock_file_for (file);
  /* A lock is a few hundred bytes; anything large is not ours to parse. */
  if (!g_file_load_contents (lock_file, NULL, &contents, &length, NULL, NULL) || length > 64 * 1024 ||
      !g_key_file_load_from_data (keys, contents, length, G_KEY_FILE_NONE, NULL))
    return NULL;

  lock = g_new0 (QuadrantLock, 1);
  lock->user = g_key_file_get_string (keys, GROUP, "user", NULL);
  lock->name = g_key_file_get_string (keys, GROUP, "name", NULL);
  lock->host = g_key_file_get_string (keys, GROUP, "host", NULL);
  lock->pid = g_key_file_get_int64 (keys, GROUP, "pid", NULL);
  since = g_key_file_get_string (keys, GROUP, "since", NULL);
  if (since != NULL)
    lock->since = g_date_time_new_from_iso8601 (since, NULL);
  if (lock->user == NULL)
    lock->user = g_strdup ("");
  if (lock->name == NULL || lock->name[0] == '\0')
    {
      g_free (lock->name);
      lock->name = g_strdup (lock->user);
    }
  if (lock->host == NULL)
    lock->host = g_strdup ("");
  return lock;
}

gboolean
quadrant_lock_is_ours (const QuadrantLock *lock)
{
  g_return_val_if_fail (lock != NULL, FALSE);

  return lock->pid == getpid () && g_strcmp0 (lock->host, g_get_host_name ()) == 0;
}

QuadrantLockState
quadrant_lock_get_state (const QuadrantLock *lock,
                         GDateTime          *now)
{
  g_autoptr(GDateTime) current = NULL;

  if (lock == NULL)
    return QUADRANT_LOCK_STATE_NONE;
  if (quadrant_lock_is_ours (lock))
    return QUADRANT_LOCK_STATE_OURS;

  /* A process of this host that is gone cannot have the register open. */
  if (g_strcmp0 (lock->host, g_get_host_name ()) == 0 &&
      (lock->pid <= 0 || (kill ((pid_t) lock->pid, 0) != 0 && errno == ESRCH)))
    return QUADRANT_LOCK_STATE_STALE_PROCESS;

  /* Another host's process cannot be asked; a week is longer than anyone
   * keeps a register open on purpose. */
  if (lock->since != NULL)
    {
      current = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
      if (g_date_time_difference (current, lock->since) > QUADRANT_LOCK_MAX_AGE)
        return QUADRANT_LOCK_STATE_STALE_OLD;
    }
  return QUADRANT_LOCK_STATE_LIVE;
}

gboolean
quadrant_lock_is_stale (const QuadrantLock *lock,
                        GDateTime          *now)
{
  QuadrantLockState state;

  g_return_val_if_fail (lock != NULL, FALSE);

  state = quadrant_lock_get_state (lock, now);
  return state == QUADRANT_LOCK_STATE_STALE_PROCESS || state == QUADRANT_LOCK_STATE_STALE_OLD;
}

gboolean
quadrant_lock_take (GFile   *file,
                    GError **error)
{
  g_autoptr(GFile) lock_file = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *since = g_date_time_format_iso8601 (now);
  g_autofree char *data = NULL;
  const char *name = g_get_real_name ();
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* GLib says "Unknown" when the system has no real name. */
  if (name == NULL || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  g_key_file_set_string (keys, GROUP, "name", name);
  g_key_file_set_string (keys, GROUP, "user", g_get_user_name ());
  g_key_file_set_string (keys, GROUP, "host", g_get_host_name ());
  g_key_file_set_int64 (keys, GROUP, "pid", getpid ());
  g_key_file_set_string (keys, GROUP, "since", since);
  data = g_key_file_to_data (keys, &length, NULL);

  lock_file = quadrant_lock_file_for (file);
  return quadrant_safe_file_replace (lock_file, data, length, NULL, QUADRANT_SAFE_FILE_NONE, NULL, error);
}

void
quadrant_lock_release (GFile *file)
{
  g_autoptr(QuadrantLock) lock = NULL;
  g_autoptr(GFile) lock_file = NULL;

  g_return_if_fail (G_IS_FILE (file));

  lock = quadrant_lock_read (file);
  if (lock == NULL || !quadrant_lock_is_ours (lock))
    return;
  lock_file = quadrant_lock_file_for (file);
  g_file_delete (lock_file, NULL, NULL);
}

char *
quadrant_lock_format_since (const QuadrantLock *lock)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (lock != NULL, NULL);

  if (lock->since == NULL)
    return NULL;
  local = g_date_time_to_local (lock->since);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

char *
quadrant_lock_describe (const QuadrantLock *lock)
{
  g_autofree char *since = NULL;

  g_return_val_if_fail (lock != NULL, NULL);

  since = quadrant_lock_format_since (lock);
  if (since == NULL)
    /* TRANSLATORS: who has the register open: "Anna Schmidt (anna on ws-12)" */
    return g_strdup_printf (_("%s (%s on %s) has this register open."), lock->name, lock->user, lock->host);

  /* TRANSLATORS: who has the register open and since when:
   * "Anna Schmidt (anna on ws-12) has had this register open since 2026-12-06 09:14." */
  return g_strdup_printf (_("%s (%s on %s) has had this register open since %s."),
                          lock->name, lock->user, lock->host, since);
}

char *
quadrant_lock_describe_stale (const QuadrantLock *lock,
                              QuadrantLockState   state)
{
  g_autofree char *since = NULL;
  g_autofree char *who = NULL;

  g_return_val_if_fail (lock != NULL, NULL);

  since = quadrant_lock_format_since (lock);
  if (since != NULL)
    /* TRANSLATORS: "The lock was left by Anna Schmidt (anna on ws-12) on 2026-11-20 09:14." */
    who = g_strdup_printf (_("The lock was left by %s (%s on %s) on %s."), lock->name, lock->user, lock->host, since);
  else
    /* TRANSLATORS: "The lock was left by Anna Schmidt (anna on ws-12)." */
    who = g_strdup_printf (_("The lock was left by %s (%s on %s)."), lock->name, lock->user, lock->host);

  if (state == QUADRANT_LOCK_STATE_STALE_PROCESS)
    return g_strconcat (who, " ", _("That program is no longer running, so nobody has the register open through it."),
                        NULL);
  return g_strconcat (who, " ", _("It is older than a week, so it was most likely left behind by a program that "
                                  "ended without removing it."), NULL);
}
