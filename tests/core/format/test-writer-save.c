/* test-writer-save.c: saving replaces the file whole, keeps a backup, and
 * never writes what changed on disk, what would not load again, or over a
 * folder; a failed write leaves the register as it was */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "quadrant-reader.h"
#include "quadrant-safe-file.h"
#include "quadrant-test-faults.h"
#include "quadrant-test-files.h"
#include "quadrant-writer.h"
#include "writer-small-register.h"

/* ---- Helpers ---- */

static char *
write_to_string (QuadrantRegister *reg)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), >, 1);
  return g_strjoinv (new, parts);
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *identity = quadrant_safe_file_identity (file, &error);

  g_assert_no_error (error);
  return identity;
}

typedef struct {
  char             *dir;
  char             *path;     /* dir/register.quadrant.xml */
  GFile            *file;
  QuadrantRegister *reg;
} SaveFixture;

static void
save_fixture_set_up (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-writer-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "register.quadrant.xml", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->reg = build_small_register ();
  quadrant_test_limit_file_size (-1);
}

static void
save_fixture_tear_down (SaveFixture   *fixture,
                        gconstpointer  data)
{
  quadrant_test_limit_file_size (-1);
  g_assert_finalize_object (fixture->reg);
  g_object_unref (fixture->file);
  quadrant_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* ---- Saving ---- */

static void
test_save_new_file_and_backup (SaveFixture   *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *second_etag = NULL;
  g_autofree char *queried = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_path = g_strconcat (fixture->path, "~", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *second_xml = NULL;

  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, &etag, &error));
  g_assert_no_error (error);
  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, small_register_xml);
  queried = query_etag (fixture->file);
  g_assert_cmpstr (etag, ==, queried);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));

  /* A second save keeps the first version as FILE~. */
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Southwind");
  second_xml = write_to_string (fixture->reg);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, etag, &second_etag, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, second_xml);
  backup = quadrant_test_read_file (backup_path);
  g_assert_cmpstr (backup, ==, small_register_xml);
  g_clear_pointer (&queried, g_free);
  queried = query_etag (fixture->file);
  g_assert_cmpstr (second_etag, ==, queried);

  listing = quadrant_test_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml,register.quadrant.xml~");
}

static void
test_save_unchanged_identical (SaveFixture   *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, &etag, &error));
  g_assert_no_error (error);
  first = quadrant_test_read_file (fixture->path);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, etag, NULL, &error));
  g_assert_no_error (error);
  second = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (first, ==, second);
}

/* Root is not stopped by permissions, so the folder that cannot be written
 * is one whose parent is a regular file. */
static void
test_save_parent_is_file (SaveFixture   *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "register.quadrant.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *etag = NULL;

  quadrant_test_write_file (blocker, "precious\n");

  g_assert_false (quadrant_writer_save (fixture->reg, file, NULL, &etag, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
  g_assert_null (etag);

  contents = quadrant_test_read_file (blocker);
  g_assert_cmpstr (contents, ==, "precious\n");
  listing = quadrant_test_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "not-a-folder");
}

static void
test_save_target_is_folder (SaveFixture   *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0755), ==, 0);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
}

/* Gives the file other content and another modification time, as another
 * program saving it would. */
static void
change_on_disk (SaveFixture *fixture,
                const char  *contents)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  quadrant_test_write_file (fixture->path, contents);
  g_file_set_attribute_uint64 (fixture->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                               (guint64) st.st_mtime - 100, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
}

static void
test_save_changed_on_disk (SaveFixture   *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  const char *theirs = "<register>their version</register>\n";

  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, &etag, &error));
  g_assert_no_error (error);
  change_on_disk (fixture, theirs);

  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Ours");
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, etag, &new_etag, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
  g_assert_null (new_etag);

  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, theirs);
  listing = quadrant_test_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "register.quadrant.xml");

  /* Without an etag the caller chose to overwrite. */
  g_clear_error (&error);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = quadrant_test_read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "<organisation>Ours</organisation>"));
}

/* The etag the reader gives is the one the writer checks. */
static void
test_save_changed_after_load (SaveFixture   *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) loaded = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *theirs = replace (small_register_xml, "Patient portal", "Whole company");

  quadrant_test_write_file (fixture->path, small_register_xml);
  loaded = quadrant_reader_load_file (fixture->file, &etag, &error);
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  change_on_disk (fixture, theirs);
  quadrant_register_set_metadata (loaded, QUADRANT_FIELD_REGISTER_ORGANISATION, "Ours");
  g_assert_false (quadrant_writer_save (loaded, fixture->file, etag, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_CHANGED_ON_DISK);
  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, theirs);
}

/* A write that fails partway (the system refuses to make the file larger
 * than a limit, as a full disk refuses to) leaves the register as it was. */
static void
test_save_write_fails (SaveFixture   *fixture,
                       gconstpointer  data)
{
  const gssize limits[] = { 0, 1, 100, (gssize) strlen (small_register_xml) - 1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;

  old = g_strdup ("<?xml version=\"1.0\"?>\n<register>old</register>\n");
  quadrant_test_write_file (fixture->path, old);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autofree char *etag = query_etag (fixture->file);
      g_autofree char *new_etag = NULL;

      quadrant_test_limit_file_size (limits[i]);
      g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, etag, &new_etag, &error));
      g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "register.quadrant.xml"));
      g_assert_null (new_etag);
      g_clear_error (&error);

      contents = quadrant_test_read_file (fixture->path);
      g_assert_cmpstr (contents, ==, old);
      g_clear_pointer (&contents, g_free);
      /* No temporary file left behind, and no backup made of a save that failed. */
      listing = quadrant_test_list_folder (fixture->dir);
      g_assert_cmpstr (listing, ==, "register.quadrant.xml");
      g_clear_pointer (&listing, g_free);
    }

  /* A failure writing a new file leaves no half-written file. */
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  quadrant_test_limit_file_size (10);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_clear_error (&error);
  listing = quadrant_test_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
  g_clear_pointer (&listing, g_free);

  /* Off again: saving works. */
  quadrant_test_limit_file_size (-1);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_no_error (error);
  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, small_register_xml);
}

/* Saving through a symbolic link replaces the file it points at and keeps the link. */
static void
test_save_symlink (SaveFixture   *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real = g_build_filename (fixture->dir, "real.quadrant.xml", NULL);
  g_autofree char *real_backup = g_strconcat (real, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *etag = NULL;

  quadrant_test_write_file (real, "old\n");
  g_assert_cmpint (symlink ("real.quadrant.xml", fixture->path), ==, 0);
  etag = query_etag (fixture->file);

  quadrant_test_limit_file_size (5);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, etag, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_clear_error (&error);
  contents = quadrant_test_read_file (real);
  g_assert_cmpstr (contents, ==, "old\n");
  g_clear_pointer (&contents, g_free);

  quadrant_test_limit_file_size (-1);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  contents = quadrant_test_read_file (real);
  g_assert_cmpstr (contents, ==, small_register_xml);
  backup = quadrant_test_read_file (real_backup);
  g_assert_cmpstr (backup, ==, "old\n");
}

/* What the reader would refuse is not saved: the file would not open again. */
static void
test_save_unloadable (SaveFixture   *fixture,
                      gconstpointer  data)
{
  const char *expected[] = {
    "the party at position 2 has no name",
    "the identification date of the party “Data protection authority”, “next week”, is not a date",
    "the requirement “Same id as a party” has the id “" PARTY_B "”, which is already used",
    "a requirement of the party “Data protection authority” has no statement",
    "the approval date of the register, “2026-02-30”, is not a date",
  };
  const char *old = "<register>old</register>\n";

  quadrant_test_write_file (fixture->path, old);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(QuadrantRegister) reg = build_small_register ();
      QuadrantParty *regulator = quadrant_register_find_party (reg, PARTY_A);
      QuadrantParty *staff = quadrant_register_find_party (reg, PARTY_B);
      QuadrantRequirement *breach = quadrant_register_find_requirement (reg, REQUIREMENT_A);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;

      switch (i)
        {
        case 0:
          quadrant_party_set_name (staff, " \n ");
          break;
        case 1:
          quadrant_party_set_identified_on (regulator, "next week");
          break;
        case 2:
          {
            g_autoptr(QuadrantRequirement) twin = quadrant_requirement_new (PARTY_B);

            quadrant_requirement_set_statement (twin, "Same id as a party");
            quadrant_party_append_requirement (staff, twin);
          }
          break;
        case 3:
          quadrant_requirement_set_statement (breach, "");
          break;
        case 4:
          quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, "2026-02-30");
          break;
        default:
          g_assert_not_reached ();
        }

      g_assert_false (quadrant_writer_save (reg, fixture->file, NULL, NULL, &error));
      g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
      if (strstr (error->message, expected[i]) == NULL || strstr (error->message, "register.quadrant.xml") == NULL)
        g_error ("Unexpected message for case %u: %s", i, error->message);

      contents = quadrant_test_read_file (fixture->path);
      g_assert_cmpstr (contents, ==, old);
    }
}

/* A file with several hard links is never written in place: a failure
 * leaves it as it was, and a save replaces it (the other name keeps the old
 * version) and says that the link was broken. */
static void
test_save_hard_link (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (fixture->dir, "other-name.xml", NULL);
  g_autofree char *backup_path = g_strconcat (fixture->path, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  const char *old = "<register>old</register>\n";
  QuadrantSafeFileNotice notice = QUADRANT_SAFE_FILE_NOTICE_NONE;
  GStatBuf st;

  quadrant_test_write_file (fixture->path, old);
  g_assert_cmpint (link (fixture->path, other), ==, 0);

  quadrant_test_limit_file_size (50);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_clear_error (&error);
  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, old);
  g_clear_pointer (&contents, g_free);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_nlink, ==, 2);

  quadrant_test_limit_file_size (-1);
  g_assert_true (quadrant_writer_save_full (fixture->reg, fixture->file, NULL, NULL, &notice, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notice, ==, QUADRANT_SAFE_FILE_NOTICE_LINK_BROKEN);
  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, small_register_xml);
  g_clear_pointer (&contents, g_free);
  contents = quadrant_test_read_file (other);
  g_assert_cmpstr (contents, ==, old);
  backup = quadrant_test_read_file (backup_path);
  g_assert_cmpstr (backup, ==, old);
}

/* Nothing is written that the reader would refuse: a text over its limit
 * fails the save with a message naming the element, and the file stays. */
static void
test_save_text_too_long (SaveFixture   *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (fixture->reg), 0);
  g_autofree char *notes = g_strnfill (QUADRANT_READER_MAX_TEXT_SIZE + 1, 'x');
  g_autofree char *contents = NULL;
  const char *old = "<register>old</register>\n";

  quadrant_test_write_file (fixture->path, old);
  quadrant_party_set_notes (party, notes);
  g_assert_false (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_WRITER_ERROR, QUADRANT_WRITER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "<notes>"));
  contents = quadrant_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, old);
  g_clear_error (&error);

  /* At the limit it is saved, and loads again. */
  notes[QUADRANT_READER_MAX_TEXT_SIZE] = '\0';
  quadrant_party_set_notes (party, notes);
  g_assert_true (quadrant_writer_save (fixture->reg, fixture->file, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QuadrantRegister) again = quadrant_reader_load_file (fixture->file, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (again);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_SAVE_TEST(path, func) \
  g_test_add (path, SaveFixture, NULL, save_fixture_set_up, func, save_fixture_tear_down)
  ADD_SAVE_TEST ("/writer/save/new-file-and-backup", test_save_new_file_and_backup);
  ADD_SAVE_TEST ("/writer/save/unchanged-identical", test_save_unchanged_identical);
  ADD_SAVE_TEST ("/writer/save/parent-is-file", test_save_parent_is_file);
  ADD_SAVE_TEST ("/writer/save/target-is-folder", test_save_target_is_folder);
  ADD_SAVE_TEST ("/writer/save/changed-on-disk", test_save_changed_on_disk);
  ADD_SAVE_TEST ("/writer/save/text-too-long", test_save_text_too_long);
  ADD_SAVE_TEST ("/writer/save/changed-after-load", test_save_changed_after_load);
  ADD_SAVE_TEST ("/writer/save/write-fails", test_save_write_fails);
  ADD_SAVE_TEST ("/writer/save/symlink", test_save_symlink);
  ADD_SAVE_TEST ("/writer/save/hard-link", test_save_hard_link);
  ADD_SAVE_TEST ("/writer/save/unloadable", test_save_unloadable);
#undef ADD_SAVE_TEST

  return g_test_run ();
}
