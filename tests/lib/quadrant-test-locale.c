/* quadrant-test-locale.c: a made-up translation for a test */
#define G_LOG_DOMAIN "quadrant-test"

#include "config.h"

#include <libintl.h>
#include <locale.h>

#include <glib/gstdio.h>

#include "quadrant-test-locale.h"

struct _QuadrantTestLocale {
  char *dir;
  char *old_locale;
  char *old_domain;
};

static const char po_header[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";

/* dir/language/LC_MESSAGES/quadrant.mo from po_entries. */
static void
compile_language (const char *dir,
                  const char *language,
                  const char *po_entries)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *po_path = NULL;
  g_autofree char *mo_dir = NULL;
  g_autofree char *mo_path = NULL;
  g_autofree char *po_text = NULL;
  g_autofree char *errors = NULL;
  int status = 0;

  g_assert_nonnull (language);
  g_assert_nonnull (po_entries);
  if (msgfmt == NULL)
    g_error ("msgfmt is not installed (Debian package gettext)");

  mo_dir = g_build_filename (dir, language, "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  po_path = g_build_filename (dir, "test.po", NULL);
  mo_path = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  po_text = g_strconcat (po_header, po_entries, NULL);
  g_file_set_contents (po_path, po_text, -1, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { msgfmt, "--check", "-o", mo_path, po_path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &errors,
                  &status, &error);
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, NULL))
      g_error ("msgfmt refused the test's PO text: %s", errors);
  }
  g_unlink (po_path);
}

QuadrantTestLocale *
quadrant_test_locale_new (const char *language,
                          const char *po_entries)
{
  g_autoptr(GError) error = NULL;
  QuadrantTestLocale *self = g_new0 (QuadrantTestLocale, 1);

  self->dir = g_dir_make_tmp ("quadrant-locale-XXXXXX", &error);
  g_assert_no_error (error);
  compile_language (self->dir, language, po_entries);

  self->old_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, self->dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* As main () does: _() looks up the default domain. */
  self->old_domain = g_strdup (textdomain (NULL));
  textdomain (GETTEXT_PACKAGE);
  return self;
}

void
quadrant_test_locale_add (QuadrantTestLocale *self,
                          const char         *language,
                          const char         *po_entries)
{
  g_assert_nonnull (self);
  compile_language (self->dir, language, po_entries);
}

void
quadrant_test_locale_free (QuadrantTestLocale *self)
{
  g_autoptr(GDir) dir = NULL;

  if (self == NULL)
    return;

  g_unsetenv ("LANGUAGE");
  textdomain (self->old_domain);
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  setlocale (LC_ALL, self->old_locale);

  /* dir/LANGUAGE/LC_MESSAGES/quadrant.mo: one language per folder. */
  dir = g_dir_open (self->dir, 0, NULL);
  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *lang = g_build_filename (self->dir, name, NULL);
      g_autofree char *messages = g_build_filename (lang, "LC_MESSAGES", NULL);
      g_autofree char *mo = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);

      g_unlink (mo);
      g_rmdir (messages);
      g_rmdir (lang);
    }
  g_rmdir (self->dir);
  g_free (self->dir);
  g_free (self->old_locale);
  g_free (self->old_domain);
  g_free (self);
}
