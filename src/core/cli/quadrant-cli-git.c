/* quadrant-cli-git.c: the command line that git runs: merge and diff drivers
 *
 * `quadrant --merge BASE OURS THEIRS` is git's merge driver (%O %A %B) and
 * `quadrant --diff` its diff driver; `quadrant --git-setup` configures both
 * in a repository.
 */
#define G_LOG_DOMAIN "quadrant-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "quadrant-cli.h"
#include "quadrant-conflict.h"
#include "quadrant-diff.h"
#include "quadrant-merge.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"

enum {
  STATUS_OK = 0,
  STATUS_FAILED = 1,
  STATUS_UNUSABLE = 2,
};

static QuadrantRegister *
load (const char  *path,
      GString     *err)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_file (file, NULL, &error);

  if (reg == NULL)
    g_string_append_printf (err, _("quadrant: %s\n"), error->message);
  return reg;
}

int
quadrant_cli_merge (const char *base_path,
                    const char *ours_path,
                    const char *theirs_path,
                    GString    *out,
                    GString    *err)
{
  g_autoptr(QuadrantRegister) base = load (base_path, err);
  g_autoptr(QuadrantRegister) ours = load (ours_path, err);
  g_autoptr(QuadrantRegister) theirs = load (theirs_path, err);
  g_autoptr(QuadrantRegister) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  gboolean had_backup;
  guint n_conflicts = 0;

  /* Nothing is written then: git keeps ours and reports a conflict. */
  if (base == NULL || ours == NULL || theirs == NULL)
    return STATUS_UNUSABLE;

  merged = quadrant_merge_registers (base, ours, theirs, &n_conflicts, &error);
  if (merged == NULL)
    {
      g_string_append_printf (err, _("quadrant: could not merge %s: %s\n"), ours_path, error->message);
      return STATUS_UNUSABLE;
    }

  /* The save keeps the old file as FILE~; git has ours already, and a
   * backup left in the work tree would only be in the way. */
  file = g_file_new_for_commandline_arg (ours_path);
  backup = g_strconcat (ours_path, "~", NULL);
  had_backup = g_file_test (backup, G_FILE_TEST_EXISTS);
  if (!quadrant_writer_save (merged, file, NULL, NULL, &error))
    {
      g_string_append_printf (err, _("quadrant: %s\n"), error->message);
      return STATUS_UNUSABLE;
    }
  if (!had_backup)
    g_remove (backup);

  conflicts = quadrant_conflicts_list (merged);
  for (guint i = 0; i < conflicts->len; i++)
    {
      g_autofree char *line = quadrant_conflict_describe (g_ptr_array_index (conflicts, i), merged);

      g_string_append_printf (out, _("CONFLICT (register): %s\n"), line);
    }
  if (n_conflicts > 0)
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u conflict recorded in the register: open it in Quadrant (Findings) to choose a value, or run quadrant --check\n",
                                         "%u conflicts recorded in the register: open it in Quadrant (Findings) to choose the values, or run quadrant --check\n",
                                         n_conflicts),
                            n_conflicts);
  return n_conflicts > 0 ? STATUS_FAILED : STATUS_OK;
}

static QuadrantRegister *
load_for_diff (const char *path,
               GString    *err)
{
  /* git names /dev/null for the side of an added or deleted file */
  if (g_str_equal (path, "/dev/null"))
    return quadrant_register_new ();
  return load (path, err);
}

int
quadrant_cli_diff (const char * const *args,
                   GString            *out,
                   GString            *err)
{
  guint n_args = args != NULL ? g_strv_length ((char **) args) : 0;
  gboolean from_git = n_args == 7;
  const char *old_path, *new_path;
  g_autoptr(QuadrantRegister) old_reg = NULL;
  g_autoptr(QuadrantRegister) new_reg = NULL;
  g_autofree char *lines = NULL;

  if (n_args != 2 && n_args != 7)
    {
      g_string_append (err, _("quadrant: --diff needs OLD NEW, or the seven arguments git gives a diff driver\n"));
      return STATUS_UNUSABLE;
    }

  /* git: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE */
  old_path = from_git ? args[1] : args[0];
  new_path = from_git ? args[4] : args[1];
  old_reg = load_for_diff (old_path, err);
  new_reg = load_for_diff (new_path, err);

  if (from_git)
    g_string_append_printf (out, "quadrant diff a/%s b/%s\n", args[0], args[0]);

  if (old_reg == NULL || new_reg == NULL)
    {
      /* git stops the whole diff when its driver fails: say why and go on */
      if (from_git)
        {
          g_string_append (out, err->str);
          g_string_truncate (err, 0);
          return STATUS_OK;
        }
      return STATUS_UNUSABLE;
    }

  lines = quadrant_diff_registers (old_reg, new_reg);
  if (lines[0] == '\0' && from_git)
    g_string_append (out, _("No changes to the register's content\n"));
  g_string_append (out, lines);
  return STATUS_OK;
}

static gboolean
run_git (const char  *directory,
         const char **argv,
         char       **output,
         GString     *err)
{
  g_autofree char *standard_error = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (directory, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     output, &standard_error, &status, &error))
    {
      g_string_append_printf (err, _("quadrant: could not run git: %s\n"), error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    {
      /* Translators: git's own message follows, with its line end */
      g_string_append_printf (err, _("quadrant: %s"), standard_error != NULL ? standard_error : _("git failed\n"));
      return FALSE;
    }
  return TRUE;
}

/* How git should start this program: by name when that finds this very
 * program, else by its full path (a build tree, a program not on PATH). */
static char *
program_command (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *in_path = g_find_program_in_path ("quadrant");
  g_autofree char *in_path_real = in_path != NULL ? realpath (in_path, NULL) : NULL;

  if (self == NULL || (in_path_real != NULL && g_str_equal (in_path_real, self)))
    return g_strdup ("quadrant");
  return g_shell_quote (self);
}

#define GIT_ATTRIBUTES_LINE "*.quadrant.xml merge=quadrant diff=quadrant"

int
quadrant_cli_git_setup (const char *directory,
                        GString    *out,
                        GString    *err)
{
  const char *toplevel_argv[] = { "git", "rev-parse", "--show-toplevel", NULL };
  g_autofree char *toplevel = NULL;
  g_autofree char *program = program_command ();
  g_autofree char *merge_driver = g_strdup_printf ("%s --merge %%O %%A %%B", program);
  g_autofree char *diff_command = g_strdup_printf ("%s --diff", program);
  g_autofree char *attributes_path = NULL;
  g_autofree char *attributes = NULL;
  const char *settings[][2] = {
    { "merge.quadrant.name", "Quadrant register merge (by party, requirement and field)" },
    { "merge.quadrant.driver", merge_driver },
    { "diff.quadrant.command", diff_command },
  };
  gboolean has_line = FALSE;

  if (!run_git (directory, toplevel_argv, &toplevel, err))
    {
      g_string_append (err, _("quadrant: --git-setup works in a git repository\n"));
      return STATUS_UNUSABLE;
    }
  g_strstrip (toplevel);

  attributes_path = g_build_filename (toplevel, ".gitattributes", NULL);
  if (g_file_get_contents (attributes_path, &attributes, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (attributes, "\n", -1);

      for (guint i = 0; lines[i] != NULL && !has_line; i++)
        has_line = g_str_equal (g_strstrip (lines[i]), GIT_ATTRIBUTES_LINE);
    }
  if (!has_line)
    {
      g_autoptr(GString) text = g_string_new (attributes);
      g_autoptr(GError) error = NULL;

      if (text->len > 0 && text->str[text->len - 1] != '\n')
        g_string_append_c (text, '\n');
      g_string_append (text, GIT_ATTRIBUTES_LINE "\n");
      if (!g_file_set_contents (attributes_path, text->str, text->len, &error))
        {
          g_string_append_printf (err, _("quadrant: %s\n"), error->message);
          return STATUS_FAILED;
        }
      g_string_append_printf (out, _("Added to %s: %s\n"), attributes_path, GIT_ATTRIBUTES_LINE);
    }
  else
    g_string_append_printf (out, _("%s already has: %s\n"), attributes_path, GIT_ATTRIBUTES_LINE);

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      const char *argv[] = { "git", "config", "--local", settings[i][0], settings[i][1], NULL };

      if (!run_git (toplevel, argv, NULL, err))
        return STATUS_FAILED;
      g_string_append_printf (out, _("Set git config %s \"%s\"\n"), settings[i][0], settings[i][1]);
    }
  g_string_append (out, _("Commit .gitattributes so that everyone who clones the repository uses the drivers; "
                          "each clone runs quadrant --git-setup once for its own git configuration.\n"));
  return STATUS_OK;
}

int
quadrant_cli_run_git (GVariantDict       *options,
                      const char * const *files,
                      GString            *out,
                      GString            *err)
{
  guint n_files = files != NULL ? g_strv_length ((char **) files) : 0;

  if (g_variant_dict_contains (options, "merge"))
    {
      if (n_files != 3)
        {
          g_string_append (err, _("quadrant: --merge needs three register files: BASE OURS THEIRS\n"));
          return STATUS_UNUSABLE;
        }
      return quadrant_cli_merge (files[0], files[1], files[2], out, err);
    }
  if (g_variant_dict_contains (options, "diff"))
    return quadrant_cli_diff (files, out, err);
  if (g_variant_dict_contains (options, "git-setup"))
    {
      g_autofree char *cwd = g_get_current_dir ();

      if (n_files != 0)
        {
          g_string_append (err, _("quadrant: --git-setup takes no files; run it in the repository\n"));
          return STATUS_UNUSABLE;
        }
      return quadrant_cli_git_setup (cwd, out, err);
    }
  return -1;
}
