/* test-kill.c: kill -9 during saves leaves the old file or the new one
 *
 * A child process saves two registers (A and B) in turn, as fast as it can;
 * the parent kills it with SIGKILL at a random moment and then checks the
 * target: it must be exactly A or exactly B (or, for a new name, absent) and
 * valid against data/quadrant-register.rng. The moments are random and
 * nothing is timed: only what is on disk after the kill is asserted.
 *
 * Cases: an existing file, a hard-linked file, a symbolic link to the
 * register, a new name, a draft, and (as root only, acting as a second user)
 * a file of another user in a group-writable folder.
 *
 * QUADRANT_KILLS sets the number of kills (default 50; make torture: 1000).
 */
#include "config.h"

#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "bench/quadrant-generate.h"
#include "quadrant-drafts.h"
#include "quadrant-writer.h"

#define NOBODY 65534

typedef enum {
  CASE_EXISTING,
  CASE_HARD_LINK,
  CASE_SYMLINK,
  CASE_NEW_NAME,
  CASE_DRAFT,
  CASE_OTHER_OWNER,
  N_CASES
} Case;

static const char *case_names[N_CASES] = {
  "existing file", "hard-linked file", "symbolic link", "new name", "draft",
  "another user's file in a group-writable folder",
};

static QuadrantRegister *reg_a, *reg_b;
static GBytes *bytes_a, *bytes_b;
static xmlRelaxNGPtr schema;
static const char *draft_id = "0b7f3c2e-6a59-4d0c-9a51-1f2e3d4c5b6a";

static void
load_schema (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QUADRANT_DATADIR"),
                                            "quadrant-register.rng", NULL);
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);

  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert_nonnull (schema);
}

static gboolean
is_valid (const char *data,
          gsize       length)
{
  xmlDocPtr doc = xmlReadMemory (data, (int) length, "register.xml", NULL,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlRelaxNGValidCtxtPtr validator;
  int result;

  if (doc == NULL)
    return FALSE;
  validator = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (validator, NULL, NULL);
  result = xmlRelaxNGValidateDoc (validator, doc);
  xmlRelaxNGFreeValidCtxt (validator);
  xmlFreeDoc (doc);
  return result == 0;
}

static gboolean
same_bytes (const char *data,
            gsize       length,
            GBytes     *bytes)
{
  return length == g_bytes_get_size (bytes) &&
         memcmp (data, g_bytes_get_data (bytes, NULL), length) == 0;
}

/* The child: saves A and B in turn until it is killed. */
G_GNUC_NORETURN static void
save_forever (Case        which,
              const char *path,
              const char *drafts_dir,
              int         started_fd)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (which == CASE_OTHER_OWNER)
    {
      gid_t groups[] = { NOBODY };

      if (setgroups (1, groups) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
        _exit (3);
    }

  for (guint i = 0;; i++)
    {
      QuadrantRegister *reg = i % 2 == 0 ? reg_b : reg_a;
      gboolean ok;

      /* Tells the parent a save begins, so it kills during saves, not
       * before the first one, however busy the machine. */
      if (write (started_fd, "s", 1) != 1)
        _exit (5);
      if (which == CASE_NEW_NAME)
        g_unlink (path);
      if (which == CASE_DRAFT)
        ok = quadrant_drafts_write (drafts_dir, draft_id, i % 2 == 0 ? bytes_b : bytes_a,
                                    NULL, NULL, NULL);
      else
        ok = quadrant_writer_save (reg, file, NULL, NULL, NULL);
      if (!ok)
        _exit (4);
    }
}

/* Sets up the case in dir with A on disk; returns the path the child saves to
 * and the path that is checked afterwards. */
static void
prepare (Case    which,
         const char *dir,
         char   **save_path,
         char   **check_path)
{
  g_autofree char *real = g_build_filename (dir, "register.quadrant.xml", NULL);
  const char *a = g_bytes_get_data (bytes_a, NULL);
  gsize a_length = g_bytes_get_size (bytes_a);

  g_assert_true (g_file_set_contents (real, a, a_length, NULL));
  *save_path = g_strdup (real);
  *check_path = g_strdup (real);

  switch (which)
    {
    case CASE_HARD_LINK:
      {
        g_autofree char *other = g_build_filename (dir, "other-name.xml", NULL);

        g_unlink (other);
        g_assert_cmpint (link (real, other), ==, 0);
      }
      break;
    case CASE_SYMLINK:
      g_free (*save_path);
      *save_path = g_build_filename (dir, "link.quadrant.xml", NULL);
      g_unlink (*save_path);
      g_assert_cmpint (symlink ("register.quadrant.xml", *save_path), ==, 0);
      break;
    case CASE_NEW_NAME:
      g_unlink (real);
      break;
    case CASE_DRAFT:
      g_free (*check_path);
      *check_path = g_strdup_printf ("%s/%s.quadrant.xml", dir, draft_id);
      g_assert_true (g_file_set_contents (*check_path, a, a_length, NULL));
      break;
    case CASE_OTHER_OWNER:
      g_assert_cmpint (chown (real, 0, NOBODY), ==, 0);
      g_assert_cmpint (g_chmod (real, 0664), ==, 0);
      g_assert_cmpint (chown (dir, 0, NOBODY), ==, 0);
      g_assert_cmpint (g_chmod (dir, 02775), ==, 0);
      break;
    case CASE_EXISTING:
    case N_CASES:
    default:
      break;
    }
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

static void
test_kills (void)
{
  const char *env = g_getenv ("QUADRANT_KILLS");
  guint n_kills = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 50;
  guint kills[N_CASES] = { 0 };
  guint found_new[N_CASES] = { 0 };
  guint n_cases = getuid () == 0 ? N_CASES : N_CASES - 1;

  if (getuid () != 0)
    g_test_message ("Not root: the case of another user's file is skipped "
                    "(it needs a second user)");

  for (guint k = 0; k < n_kills; k++)
    {
      Case which = k % n_cases;
      g_autofree char *dir = g_dir_make_tmp ("test-kill-XXXXXX", NULL);
      g_autofree char *save_path = NULL;
      g_autofree char *check_path = NULL;
      g_autofree char *data = NULL;
      gsize length = 0;
      int status;
      int started[2];
      guint saves_to_see;
      pid_t child;

      g_assert_nonnull (dir);
      prepare (which, dir, &save_path, &check_path);

      g_assert_cmpint (pipe (started), ==, 0);
      child = fork ();
      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          close (started[0]);
          save_forever (which, save_path, dir, started[1]);
        }
      close (started[1]);

      /* A random moment, chosen by what the child has done rather than by
       * time: once one to three saves have begun, after a random number of
       * yields into the save in progress. */
      saves_to_see = g_random_int_range (1, 4);
      for (guint seen = 0; seen < saves_to_see; seen++)
        {
          char byte;

          g_assert_cmpint (read (started[0], &byte, 1), ==, 1);
        }
      for (guint spin = g_random_int_range (0, 20000); spin > 0; spin--)
        sched_yield ();
      g_assert_cmpint (kill (child, SIGKILL), ==, 0);
      close (started[0]);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      if (!(WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL))
        g_error ("%s: the saving process ended on its own (status %d) before the kill",
                 case_names[which], status);

      kills[which]++;
      if (!g_file_get_contents (check_path, &data, &length, NULL))
        {
          if (which != CASE_NEW_NAME)
            g_error ("%s: the file is gone after kill %u", case_names[which], k);
        }
      else
        {
          if (!same_bytes (data, length, bytes_a) && !same_bytes (data, length, bytes_b))
            g_error ("%s: after kill %u the file is neither the old nor the new version "
                     "(%" G_GSIZE_FORMAT " bytes)", case_names[which], k, length);
          if (!is_valid (data, length))
            g_error ("%s: after kill %u the file does not validate against the schema",
                     case_names[which], k);
          if (same_bytes (data, length, bytes_b) || which == CASE_NEW_NAME)
            found_new[which]++;
        }

      if (which == CASE_HARD_LINK)
        {
          g_autofree char *other = g_build_filename (dir, "other-name.xml", NULL);
          g_autofree char *other_data = NULL;
          gsize other_length = 0;

          /* The other name is never written: it keeps A. */
          g_assert_true (g_file_get_contents (other, &other_data, &other_length, NULL));
          g_assert_true (same_bytes (other_data, other_length, bytes_a));
        }

      remove_dir (dir);
    }

  for (guint c = 0; c < n_cases; c++)
    {
      g_autofree char *line = g_strdup_printf ("%s: %u kills, %u found a complete new version, "
                                               "the rest the complete old one (or none yet)",
                                               case_names[c], kills[c], found_new[c]);

      g_test_message ("%s", line);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Big enough that a save takes a while, so kills land inside saves. */
  reg_a = quadrant_generate_register (150, 750, 1);
  reg_b = quadrant_generate_register (150, 750, 2);
  bytes_a = quadrant_writer_to_bytes (reg_a);
  bytes_b = quadrant_writer_to_bytes (reg_b);
  load_schema ();

  g_test_add_func ("/kill/saves", test_kills);
  status = g_test_run ();

  xmlRelaxNGFree (schema);
  g_bytes_unref (bytes_a);
  g_bytes_unref (bytes_b);
  g_object_unref (reg_a);
  g_object_unref (reg_b);
  return status;
}
