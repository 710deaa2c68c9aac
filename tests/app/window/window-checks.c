/* window-checks.c: what the document window's tests share */
#define G_LOG_DOMAIN "window-checks"

#include "config.h"

#include <adwaita.h>

#include "quadrant-document-private.h"
#include "quadrant-drafts.h"
#include "quadrant-session.h"
#include "quadrant-window-private.h"
#include "quadrant-test-wait.h"
#include "window-checks.h"

static QuadrantApplication *checks_app;
static char *checks_tmp_root;

char *
example_path (void)
{
  const char *datadir = g_getenv ("QUADRANT_DATADIR");

  g_assert_nonnull (datadir);
  return g_build_filename (datadir, "examples", "northwind.quadrant.xml", NULL);
}

/* A private copy of the example register, so tests can save over it. */
GFile *
example_copy (void)
{
  g_autofree char *source = example_path ();
  g_autofree char *dir = g_build_filename (checks_tmp_root, "registers-XXXXXX", NULL);
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_nonnull (g_mkdtemp (dir));
  target = g_build_filename (dir, "northwind.quadrant.xml", NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
  return g_file_new_for_path (target);
}

char *
file_contents (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

typedef struct {
  gboolean        done;
  QuadrantWindow *window;
} OpenResult;

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  OpenResult *open = user_data;

  open->window = quadrant_session_open_finish (QUADRANT_SESSION (object), result, NULL);
  open->done = TRUE;
}

static gboolean
open_done (gpointer data)
{
  return ((OpenResult *) data)->done;
}

/* Opens file through the session, as the application does, and waits for
 * the load; the window that shows it, or NULL when it failed. */
QuadrantWindow *
open_file (GFile          *file,
           QuadrantWindow *from)
{
  OpenResult open = { FALSE, NULL };

  quadrant_session_open_async (quadrant_session_get_default (), file, from, NULL, opened_cb, &open);
  quadrant_test_spin_until (open_done, &open);
  return open.window;
}

gboolean
is_saved (gpointer window)
{
  return !quadrant_window_has_unsaved_changes (window)
         && !quadrant_document_get_busy (quadrant_window_get_document (window));
}

QuadrantWindow *
open_copy (GFile **out_file)
{
  g_autoptr(GFile) file = example_copy ();
  QuadrantWindow *window = open_file (file, NULL);

  g_assert_nonnull (window);
  quadrant_test_spin_pending ();
  if (out_file != NULL)
    *out_file = g_steal_pointer (&file);
  return window;
}

QuadrantParty *
first_party (QuadrantWindow *window)
{
  GListModel *parties = quadrant_register_get_parties (quadrant_window_get_register (window));
  QuadrantParty *party = g_list_model_get_item (parties, 0);

  g_object_unref (party); /* the register keeps it */
  return party;
}

void
rename_first_party (QuadrantWindow *window,
                    const char     *name)
{
  quadrant_register_set_text (quadrant_window_get_register (window), first_party (window), QUADRANT_FIELD_PARTY_NAME, name);
}

/* The message dialog shown over parent, if any. */
AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window)
          && gtk_widget_get_mapped (GTK_WIDGET (window))
          && (parent == NULL || gtk_window_get_transient_for (window) == parent))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer parent)
{
  return find_dialog (parent) != NULL;
}

AdwMessageDialog *
wait_for_dialog (GtkWindow *parent)
{
  quadrant_test_spin_until (dialog_shown, parent);
  return find_dialog (parent);
}

void
answer_dialog (GtkWindow  *parent,
               const char *response)
{
  AdwMessageDialog *dialog = wait_for_dialog (parent);

  /* What a click on the button does: respond, then go away. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
}

gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

gboolean
is_app_window (QuadrantWindow *window)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (checks_app)), window) != NULL;
}

/* Closes window without questions (test clean-up). A window destroyed with
 * unsaved changes keeps its draft on purpose; the next test starts without. */
void
destroy_window (QuadrantWindow *window)
{
  g_autofree char *dir = quadrant_drafts_get_default_dir ();
  g_autoptr(GPtrArray) drafts = NULL;

  gtk_window_destroy (GTK_WINDOW (window));
  quadrant_test_spin_pending ();

  drafts = quadrant_drafts_list (dir, FALSE);
  for (guint i = 0; i < drafts->len; i++)
    quadrant_drafts_remove (dir, ((QuadrantDraft *) g_ptr_array_index (drafts, i))->id, NULL);
}

guint
count_drafts (void)
{
  g_autofree char *dir = quadrant_drafts_get_default_dir ();
  g_autoptr(GPtrArray) drafts = quadrant_drafts_list (dir, FALSE);

  return drafts->len;
}

gboolean
has_draft (gpointer window)
{
  return quadrant_window_get_draft_id (window) != NULL && count_drafts () > 0;
}

QuadrantApplication *
window_checks_init (int          *argc,
                    char       ***argv,
                    const char   *name,
                    char        **tmp_root)
{
  g_autoptr(GError) error = NULL;

  /* Everything the window writes (drafts, recent files) stays in the test's
   * own folder. A subprocess (the crash in /window/drafts/recovery) shares
   * the parent's. */
  checks_tmp_root = g_strdup (g_getenv ("QUADRANT_TEST_ROOT"));
  if (checks_tmp_root == NULL)
    {
      g_autofree char *template = g_strdup_printf ("quadrant-%s-XXXXXX", name);
      g_autofree char *data = NULL;

      checks_tmp_root = g_dir_make_tmp (template, NULL);
      g_assert_nonnull (checks_tmp_root);
      data = g_build_filename (checks_tmp_root, "data", NULL);
      g_setenv ("QUADRANT_TEST_ROOT", checks_tmp_root, TRUE);
      g_setenv ("XDG_DATA_HOME", data, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* No accessibility bus under Xvfb; GTK would warn about it in every window. */
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  checks_app = g_object_new (QUADRANT_TYPE_APPLICATION,
                             "application-id", APPLICATION_ID,
                             "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                             NULL);
  g_assert_true (g_application_register (G_APPLICATION (checks_app), NULL, &error));
  g_assert_no_error (error);
  *tmp_root = checks_tmp_root;
  return checks_app;
}
