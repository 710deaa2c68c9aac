/* test-document.c: QuadrantDocument without a display: load, save, drafts,
 * the file monitor and the selection
 */
#define G_LOG_DOMAIN "test-document"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "quadrant-document.h"
#include "quadrant-test-data.h"
#include "quadrant-writer.h"

static char *tmp_root;

/* ---- Helpers ---- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until cond holds; the bound only keeps a broken build
 * from hanging the suite. */
static gboolean
spin_until (Condition cond,
            gpointer  data)
{
  gint64 give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, wake_cb, NULL);
  gboolean ok;

  while (!(ok = cond (data)) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return ok;
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Result;

static gboolean
result_done (gpointer data)
{
  return ((Result *) data)->done;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Result *r = user_data;

  r->ok = quadrant_document_load_finish (QUADRANT_DOCUMENT (object), result, &r->error);
  r->done = TRUE;
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Result *r = user_data;

  r->ok = quadrant_document_save_finish (QUADRANT_DOCUMENT (object), result, &r->error);
  r->done = TRUE;
}

static void
draft_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Result *r = user_data;

  r->ok = quadrant_document_save_draft_finish (QUADRANT_DOCUMENT (object), result, &r->error);
  r->done = TRUE;
}

static GFile *
example_copy (void)
{
  g_autofree char *source = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autofree char *dir = g_build_filename (tmp_root, "registers-XXXXXX", NULL);
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_nonnull (g_mkdtemp (dir));
  target = g_build_filename (dir, "northwind.quadrant.xml", NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
  return g_file_new_for_path (target);
}

static QuadrantDocument *
load (GFile *file)
{
  QuadrantDocument *document = quadrant_document_new (NULL, NULL, NULL);
  Result r = { 0 };

  quadrant_document_load_async (document, file, NULL, loaded_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  return document;
}

static void
save (QuadrantDocument *document,
      GFile            *file,
      gboolean          overwrite,
      Result           *r)
{
  quadrant_document_save_async (document, file, overwrite, NULL, saved_cb, r);
  g_assert_true (spin_until (result_done, r));
}

static QuadrantParty *
first_party (QuadrantDocument *document)
{
  GListModel *parties = quadrant_register_get_parties (quadrant_document_get_register (document));
  g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, 0);

  return party; /* the register keeps it */
}

static void
rename_first (QuadrantDocument *document,
              const char       *name)
{
  QuadrantRegister *reg = quadrant_document_get_register (document);

  quadrant_register_set_text (reg, first_party (document), QUADRANT_FIELD_PARTY_NAME, name);
}

static char *
contents_of (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (g_file_peek_path (file), &contents, NULL, NULL));
  return contents;
}

static guint
count_drafts (const char *dir)
{
  g_autoptr(GPtrArray) drafts = quadrant_drafts_list (dir, FALSE);

  return drafts->len;
}

/* ---- Tests ---- */

static void
test_load (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  QuadrantRegister *reg = quadrant_document_get_register (document);

  g_assert_cmpuint (quadrant_register_get_n_parties (reg), >, 0);
  g_assert_true (g_file_equal (quadrant_document_get_file (document), file));
  g_assert_nonnull (quadrant_document_get_etag (document));
  g_assert_false (quadrant_document_get_unsaved (document));
  g_assert_false (quadrant_document_is_untouched (document));
}

static void
test_load_failure_keeps_document (void)
{
  g_autoptr(GFile) good = example_copy ();
  g_autofree char *bad_path = g_build_filename (tmp_root, "broken.quadrant.xml", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(QuadrantDocument) document = load (good);
  QuadrantRegister *before = quadrant_document_get_register (document);
  Result r = { 0 };

  rename_first (document, "Kept");
  g_assert_true (g_file_set_contents (bad_path, "<register xmlns=\"urn:quadrant:register\">\n<oops>\n",
                                      -1, NULL));
  quadrant_document_load_async (document, bad, NULL, loaded_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  g_assert_false (r.ok);
  g_assert_nonnull (r.error);
  g_assert_nonnull (strstr (r.error->message, "broken.quadrant.xml"));
  g_clear_error (&r.error);

  g_assert_true (quadrant_document_get_register (document) == before);
  g_assert_true (g_file_equal (quadrant_document_get_file (document), good));
  g_assert_cmpstr (quadrant_party_get_name (first_party (document)), ==, "Kept");
  g_assert_true (quadrant_document_get_unsaved (document));
}

/* The register is serialised in steps between other work; an edit before the
 * last step starts it over, so the file has the register as it was when the
 * bytes were complete. */
static void
test_save_restarts_on_edit (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  g_autofree char *saved = NULL;
  Result r = { 0 };

  rename_first (document, "Written");
  quadrant_document_save_async (document, NULL, FALSE, NULL, saved_cb, &r);
  g_assert_true (quadrant_document_get_busy (document));
  rename_first (document, "Typed during the save");
  g_assert_true (spin_until (result_done, &r));
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_false (quadrant_document_get_busy (document));

  saved = contents_of (file);
  g_assert_nonnull (strstr (saved, "Typed during the save"));
  g_assert_false (quadrant_document_get_unsaved (document));
}

/* What a save marks saved is the state it serialised, not the state when the
 * write ended: edits made while the worker writes stay unsaved. */
static void
test_saved_state (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  QuadrantRegister *reg = quadrant_document_get_register (document);
  guint64 state;

  rename_first (document, "Serialised");
  state = quadrant_register_get_state (reg);
  rename_first (document, "Typed while written");
  quadrant_register_mark_saved_state (reg, state);
  g_assert_true (quadrant_register_is_dirty (reg));
  g_assert_true (quadrant_register_undo (reg));
  g_assert_false (quadrant_register_is_dirty (reg));
}

/* A document written one party a step is the document written at once. */
static void
test_serialise_in_steps (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  QuadrantRegister *reg = quadrant_document_get_register (document);
  g_autoptr(GBytes) whole = quadrant_writer_to_bytes (reg);
  g_autoptr(GBytes) stepped = NULL;
  QuadrantWriterJob *job = quadrant_writer_job_new (reg, TRUE);
  g_autoptr(GError) error = NULL;
  guint steps = 1;

  /* A deadline already past: one revision or party a step. */
  while (!quadrant_writer_job_step (job, 0))
    steps++;
  g_assert_cmpuint (steps, >, quadrant_register_get_n_parties (reg));
  stepped = quadrant_writer_job_finish (job, file, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (whole, stepped));
}

static void
test_save_changed_on_disk (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  g_autofree char *external = NULL;
  g_autofree char *after = NULL;
  Result r = { 0 };

  g_autofree char *before = contents_of (file);

  rename_first (document, "Ours");
  /* The identity is the content's, so a change needs no newer time. */
  external = g_strconcat (before, "<!-- elsewhere -->\n", NULL);
  g_assert_true (g_file_set_contents (g_file_peek_path (file), external, -1, NULL));

  save (document, NULL, FALSE, &r);
  g_assert_error (r.error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK);
  g_clear_error (&r.error);
  after = contents_of (file);
  g_assert_cmpstr (after, ==, external);
  g_assert_true (quadrant_document_get_unsaved (document));

  r = (Result) { 0 };
  save (document, NULL, TRUE, &r);
  g_assert_no_error (r.error);
  g_free (after);
  after = contents_of (file);
  g_assert_nonnull (strstr (after, "Ours"));
  g_assert_false (quadrant_document_get_unsaved (document));
}

/* A register the reader would refuse is refused before anything is written. */
static void
test_save_refuses_blank_name (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  g_autofree char *before = contents_of (file);
  g_autofree char *after = NULL;
  Result r = { 0 };

  rename_first (document, "");
  save (document, NULL, FALSE, &r);
  g_assert_error (r.error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_clear_error (&r.error);
  after = contents_of (file);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (quadrant_document_get_unsaved (document));
}

static void
test_save_as_new_file (void)
{
  g_autoptr(QuadrantDocument) document = quadrant_document_new (NULL, NULL, NULL);
  g_autofree char *path = g_build_filename (tmp_root, "new.quadrant.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  Result r = { 0 };

  g_assert_true (quadrant_document_is_untouched (document));
  quadrant_party_set_name (party, "First");
  quadrant_register_add_party (quadrant_document_get_register (document), party);
  g_assert_false (quadrant_document_is_untouched (document));

  /* Without a file, a save needs one. */
  save (document, NULL, FALSE, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&r.error);

  r = (Result) { 0 };
  save (document, file, FALSE, &r);
  g_assert_no_error (r.error);
  g_assert_true (g_file_equal (quadrant_document_get_file (document), file));
  g_assert_false (quadrant_document_get_unsaved (document));
}

static gboolean
has_draft (gpointer document)
{
  return quadrant_document_get_draft_id (document) != NULL
         && count_drafts (g_object_get_data (document, "dir")) == 1;
}

static void
test_drafts (void)
{
  g_autofree char *dir = g_build_filename (tmp_root, "drafts-XXXXXX", NULL);
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  Result r = { 0 };

  g_assert_nonnull (g_mkdtemp (dir));
  document = g_object_new (QUADRANT_TYPE_DOCUMENT, "drafts-dir", dir, NULL);
  g_object_set_data (G_OBJECT (document), "dir", dir);
  quadrant_document_load_async (document, file, NULL, loaded_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  quadrant_document_set_draft_interval (document, 1);

  /* An edit gets a draft after the interval, bound to the file. */
  rename_first (document, "Drafted");
  g_assert_true (spin_until (has_draft, document));
  drafts = quadrant_drafts_list (dir, FALSE);
  g_assert_true (g_file_equal (((QuadrantDraft *) g_ptr_array_index (drafts, 0))->original, file));

  /* Saving ends it. */
  r = (Result) { 0 };
  save (document, NULL, FALSE, &r);
  g_assert_no_error (r.error);
  g_assert_null (quadrant_document_get_draft_id (document));
  g_assert_cmpuint (count_drafts (dir), ==, 0);

  /* A draft written on request; closing with unsaved changes keeps it. */
  rename_first (document, "Kept for recovery");
  r = (Result) { 0 };
  quadrant_document_save_draft_async (document, NULL, draft_saved_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  g_assert_true (r.ok);
  g_assert_cmpuint (count_drafts (dir), ==, 1);
  quadrant_document_close (document);
  g_assert_cmpuint (count_drafts (dir), ==, 1);

  /* Discarding removes it. */
  quadrant_document_discard_draft (document);
  g_assert_cmpuint (count_drafts (dir), ==, 0);
}

static void
recovered_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Result *r = user_data;

  r->ok = quadrant_document_recover_finish (QUADRANT_DOCUMENT (object), result, &r->error);
  r->done = TRUE;
}

static void
test_recover (void)
{
  g_autofree char *dir = g_build_filename (tmp_root, "recover-XXXXXX", NULL);
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) crashed = NULL;
  g_autoptr(QuadrantDocument) document = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  QuadrantDraft *draft;
  Result r = { 0 };

  g_assert_nonnull (g_mkdtemp (dir));
  crashed = g_object_new (QUADRANT_TYPE_DOCUMENT, "drafts-dir", dir, NULL);
  quadrant_document_load_async (crashed, file, NULL, loaded_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  rename_first (crashed, "Before the crash");
  r = (Result) { 0 };
  quadrant_document_save_draft_async (crashed, NULL, draft_saved_cb, &r);
  g_assert_true (spin_until (result_done, &r));

  drafts = quadrant_drafts_list (dir, FALSE);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);

  document = g_object_new (QUADRANT_TYPE_DOCUMENT, "drafts-dir", dir, NULL);
  r = (Result) { 0 };
  quadrant_document_recover_async (document, draft, NULL, recovered_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  g_assert_no_error (r.error);
  g_assert_true (g_file_equal (quadrant_document_get_file (document), file));
  g_assert_cmpstr (quadrant_document_get_draft_id (document), ==, draft->id);
  g_assert_true (quadrant_document_get_unsaved (document));
  g_assert_cmpstr (quadrant_party_get_name (first_party (document)), ==, "Before the crash");
}

static gboolean
changed_on_disk (gpointer document)
{
  return quadrant_document_get_changed_on_disk (document);
}

static void
test_monitor (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  g_autofree char *before = contents_of (file);
  g_autofree char *external = NULL;

  external = g_strconcat (before, "<!-- elsewhere -->\n", NULL);
  g_assert_true (g_file_set_contents (g_file_peek_path (file), external, -1, NULL));
  g_assert_true (spin_until (changed_on_disk, document));

  quadrant_document_dismiss_disk_change (document);
  g_assert_false (quadrant_document_get_changed_on_disk (document));

  /* Dismissed is that change only (as the worker hashed it): the next one
   * is reported again. */
  g_free (external);
  external = g_strconcat (before, "<!-- and again -->\n", NULL);
  g_assert_true (g_file_set_contents (g_file_peek_path (file), external, -1, NULL));
  g_assert_true (spin_until (changed_on_disk, document));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_selection (void)
{
  g_autoptr(GFile) file = example_copy ();
  g_autoptr(QuadrantDocument) document = load (file);
  QuadrantRegister *reg = quadrant_document_get_register (document);
  QuadrantParty *party = first_party (document);
  guint notified = 0;
  Result r = { 0 };

  g_signal_connect (document, "notify::selected-party", G_CALLBACK (count_notify_cb), &notified);

  quadrant_document_set_selected_party (document, party);
  quadrant_document_set_selected_party (document, party);
  g_assert_true (quadrant_document_get_selected_party (document) == party);
  g_assert_cmpuint (notified, ==, 1);

  /* A deleted party is no longer selected; undo does not bring the selection back. */
  quadrant_register_remove_party (reg, party);
  g_assert_null (quadrant_document_get_selected_party (document));
  g_assert_true (quadrant_register_undo (reg));
  g_assert_null (quadrant_document_get_selected_party (document));

  /* Loading another register clears it too. */
  quadrant_document_set_selected_party (document, first_party (document));
  quadrant_document_load_async (document, file, NULL, loaded_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  g_assert_null (quadrant_document_get_selected_party (document));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_root = g_dir_make_tmp ("quadrant-test-document-XXXXXX", NULL);
  g_assert_nonnull (tmp_root);
  g_setenv ("XDG_DATA_HOME", tmp_root, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/load", test_load);
  g_test_add_func ("/document/load/failure-keeps-document", test_load_failure_keeps_document);
  g_test_add_func ("/document/save/restarts-on-edit", test_save_restarts_on_edit);
  g_test_add_func ("/document/save/saved-state", test_saved_state);
  g_test_add_func ("/document/save/in-steps", test_serialise_in_steps);
  g_test_add_func ("/document/save/changed-on-disk", test_save_changed_on_disk);
  g_test_add_func ("/document/save/refuses-blank-name", test_save_refuses_blank_name);
  g_test_add_func ("/document/save/new-file", test_save_as_new_file);
  g_test_add_func ("/document/drafts", test_drafts);
  g_test_add_func ("/document/drafts/recover", test_recover);
  g_test_add_func ("/document/monitor/changed-on-disk", test_monitor);
  g_test_add_func ("/document/selection", test_selection);

  status = g_test_run ();
  g_free (tmp_root);
  return status;
}
