/* print-checks.c: what the printing tests share */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-print-report.h"
#include "quadrant-test-files.h"
#include "quadrant-test-wait.h"
#include "print-checks.h"

QuadrantApplication *
print_checks_init (int          *argc,
                   char       ***argv,
                   const char   *name,
                   char        **tmp_root)
{
  g_autofree char *pattern = g_strdup_printf ("quadrant-%s-XXXXXX", name);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantApplication *app;

  /* Everything the window writes (drafts, recent files) stays in the test's own folder. */
  *tmp_root = g_dir_make_tmp (pattern, NULL);
  g_assert_nonnull (*tmp_root);
  data = g_build_filename (*tmp_root, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* No accessibility bus under Xvfb; GTK would warn about it in every window. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  /* The chooser of GTK itself, not a portal's, so the test can answer it. */
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  app = g_object_new (QUADRANT_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

void
print_checks_finish (QuadrantApplication *app,
                     char                *tmp_root)
{
  g_object_unref (app);
  if (g_getenv ("QUADRANT_KEEP_TEST_FILES") == NULL)
    quadrant_test_remove_tree (tmp_root);
  else
    g_printerr ("# files kept in %s\n", tmp_root);
  g_free (tmp_root);
}

gboolean
print_checks_have_pdfinfo (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is needed; `make deps` installs it");
      return FALSE;
    }
  return TRUE;
}

guint
print_checks_pdfinfo_pages (const char *path,
                            guint       page,
                            double     *width,
                            double     *height)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdfinfo", "-f", first, "-l", first, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *size_key = g_strdup_printf ("\nPage %4u size:", page);
  g_autoptr(GError) error = NULL;
  const char *line;
  int status;
  char *end;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  line = strstr (out, size_key);
  g_assert_nonnull (line);
  *width = g_ascii_strtod (line + strlen (size_key), &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);

  line = strstr (out, "\nPages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
}

guint
print_checks_core_pages (QuadrantRegister *reg)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  return n_pages;
}

QuadrantRegister *
print_checks_make_register (guint n_parties)
{
  QuadrantRegister *reg = quadrant_register_new ();

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Many Parties Ltd");
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
      g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (NULL);
      g_autofree char *name = g_strdup_printf ("Party %04u", i);

      quadrant_party_set_name (party, name);
      quadrant_party_set_power (party, i % 101);
      quadrant_party_set_interest (party, (i * 7) % 101);
      quadrant_requirement_set_statement (req, "Keep the register current");
      quadrant_party_append_requirement (party, req);
      quadrant_register_append_party_unrecorded (reg, party);
    }

  return reg;
}

GtkWidget *
print_checks_find_chooser (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return GTK_WIDGET (window);
    }
  return NULL;
}

static GFile *expected_choice;

static gboolean
chooser_has_expected_file (gpointer chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);

  return file != NULL && g_file_equal (file, expected_choice);
}

void
print_checks_wait_for_choice (GtkWidget *chooser,
                              GFile     *expected)
{
  expected_choice = expected;
  quadrant_test_spin_until (chooser_has_expected_file, chooser);
  expected_choice = NULL;
}
