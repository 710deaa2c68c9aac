/* test-merge-git.c: the merge and diff drivers run by git, one case a row
 *
 * Each case starts from the same small register, makes one edit on main
 * ("ours") and one on a branch ("theirs") in a temporary repository set up
 * with `quadrant --git-setup`, runs `git merge`, and checks the merged file:
 * what it holds, that it validates against the schema, and whether git saw
 * a conflict. The program's path is the first argument (meson passes it).
 */
#define G_LOG_DOMAIN "test-merge-git"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "quadrant-conflict.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"

static const char *quadrant_bin;

#define P1 "11111111-1111-4111-8111-111111111111"
#define P2 "22222222-2222-4222-8222-222222222222"
#define P3 "33333333-3333-4333-8333-333333333333"
#define R1 "aaaaaaaa-1111-4111-8111-111111111111"
#define R2 "aaaaaaaa-2222-4222-8222-222222222222"

static const char base_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\" xmlns:x=\"urn:example:x\" x:tool=\"one\">\n"
  "  <metadata>\n"
  "    <organisation>Northwind</organisation>\n"
  "    <version>1.0</version>\n"
  "  </metadata>\n"
  "  <revisions>\n"
  "    <revision version=\"1.0\" date=\"2025-01-10\" author=\"Ann\">\n"
  "      <summary>First</summary>\n"
  "      <position party=\"" P1 "\" power=\"60\" interest=\"50\" support=\"neutral\"/>\n"
  "    </revision>\n"
  "  </revisions>\n"
  "  <parties>\n"
  "    <party id=\"" P1 "\" category=\"external\" kind=\"insurers\" power=\"60\" interest=\"50\" support=\"neutral\" desired-support=\"supportive\" x:colour=\"red\">\n"
  "      <name>Cyber insurer</name>\n"
  "      <notes>Renewal in May</notes>\n"
  "      <requirements>\n"
  "        <requirement id=\"" R1 "\" type=\"contractual\" priority=\"high\" decision=\"undecided\">\n"
  "          <statement>Annual security questionnaire</statement>\n"
  "          <reference kind=\"control\">A.5.19</reference>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "      <x:rating>AA</x:rating>\n"
  "    </party>\n"
  "    <party id=\"" P2 "\" category=\"external\" kind=\"regulators\" power=\"80\" interest=\"70\" support=\"neutral\" desired-support=\"supportive\">\n"
  "      <name>Regulator</name>\n"
  "      <requirements>\n"
  "        <requirement id=\"" R2 "\" type=\"legal\" priority=\"high\" decision=\"undecided\">\n"
  "          <statement>Notify breaches within 72 hours</statement>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  "    <party id=\"" P3 "\" category=\"internal\" kind=\"staff\" support=\"neutral\" desired-support=\"neutral\">\n"
  "      <name>Staff</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";

typedef void (*EditFunc)  (QuadrantRegister *reg);
typedef void (*CheckFunc) (QuadrantRegister *merged);

typedef struct {
  const char *path;
  EditFunc    ours;
  EditFunc    theirs;
  guint       conflicts;   /* expected; git stops the merge when there are any */
  CheckFunc   check;
} MergeCase;

/* ---- Edits ---- */

static QuadrantParty *
party (QuadrantRegister *reg,
       const char       *id)
{
  QuadrantParty *found = quadrant_register_find_party (reg, id);

  g_assert_nonnull (found);
  return found;
}

static QuadrantRequirement *
requirement (QuadrantRegister *reg,
             const char       *id)
{
  QuadrantRequirement *found = quadrant_register_find_requirement (reg, id);

  g_assert_nonnull (found);
  return found;
}

static void edit_power_80 (QuadrantRegister *reg) { quadrant_register_set_number (reg, party (reg, P1), QUADRANT_FIELD_PARTY_POWER, 80); }
static void edit_power_30 (QuadrantRegister *reg) { quadrant_register_set_number (reg, party (reg, P1), QUADRANT_FIELD_PARTY_POWER, 30); }
static void edit_support (QuadrantRegister *reg) { quadrant_register_set_choice (reg, party (reg, P1), QUADRANT_FIELD_PARTY_CURRENT_SUPPORT, QUADRANT_SUPPORT_SUPPORTIVE); }
static void edit_decision (QuadrantRegister *reg) { quadrant_register_set_choice (reg, requirement (reg, R2), QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_ADDRESSED); }
static void edit_rationale (QuadrantRegister *reg) { quadrant_register_set_text (reg, requirement (reg, R2), QUADRANT_FIELD_REQUIREMENT_RATIONALE, "Incident procedure"); }
static void edit_version_ours (QuadrantRegister *reg) { quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_VERSION, "1.1"); }
static void edit_version_theirs (QuadrantRegister *reg) { quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_VERSION, "2.0"); }
static void edit_scope (QuadrantRegister *reg) { quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_SCOPE, "Patient portal"); }
static void edit_delete_staff (QuadrantRegister *reg) { quadrant_register_remove_party (reg, party (reg, P3)); }
static void edit_rename_staff (QuadrantRegister *reg) { quadrant_register_set_text (reg, party (reg, P3), QUADRANT_FIELD_PARTY_NAME, "All staff"); }
static void edit_notes_ours (QuadrantRegister *reg) { quadrant_register_set_text (reg, party (reg, P1), QUADRANT_FIELD_PARTY_NOTES, "Renewal in June"); }
static void edit_notes_theirs (QuadrantRegister *reg) { quadrant_register_set_text (reg, party (reg, P1), QUADRANT_FIELD_PARTY_NOTES, "Renewal in July"); }
static void edit_delete_requirement (QuadrantRegister *reg) { quadrant_register_remove_requirement (reg, requirement (reg, R2)); }

static void
add_named_party (QuadrantRegister *reg,
                 const char       *id,
                 const char       *name)
{
  g_autoptr(QuadrantParty) added = quadrant_party_new (id);

  quadrant_party_set_name (added, name);
  quadrant_register_add_party (reg, added);
}

static void edit_add_supplier (QuadrantRegister *reg) { add_named_party (reg, "44444444-4444-4444-8444-444444444444", "Cloud supplier"); }
static void edit_add_auditor (QuadrantRegister *reg) { add_named_party (reg, "55555555-5555-4555-8555-555555555555", "External auditor"); }

static void
add_reference (QuadrantRegister *reg,
               const char       *text)
{
  QuadrantRequirement *req = requirement (reg, R1);
  g_autoptr(GPtrArray) refs = quadrant_reference_array_copy (quadrant_requirement_get_references (req));

  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_POLICY, text));
  quadrant_register_set_references (reg, req, refs);
}

static void edit_reference_ours (QuadrantRegister *reg) { add_reference (reg, "Supplier policy"); }
static void edit_reference_theirs (QuadrantRegister *reg) { add_reference (reg, "Insurance policy"); }

static void
add_requirement (QuadrantRegister *reg,
                 const char       *id,
                 const char       *statement)
{
  g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (id);

  quadrant_requirement_set_statement (req, statement);
  quadrant_register_add_requirement (reg, party (reg, P2), req);
}

static void edit_requirement_ours (QuadrantRegister *reg) { add_requirement (reg, "bbbbbbbb-1111-4111-8111-111111111111", "Annual report"); }
static void edit_requirement_theirs (QuadrantRegister *reg) { add_requirement (reg, "bbbbbbbb-2222-4222-8222-222222222222", "Register of processing"); }

static void edit_revision_ours (QuadrantRegister *reg) { quadrant_register_record_revision (reg, "1.1", "2025-03-01", "Ann", "Ours"); }
static void edit_revision_theirs (QuadrantRegister *reg) { quadrant_register_record_revision (reg, "1.2", "2025-02-01", "Bob", "Theirs"); }

static void
edit_extras (QuadrantRegister *reg)
{
  /* what a newer version would write: an attribute and an element */
  quadrant_extras_add_attribute (quadrant_party_get_extras (party (reg, P2)), "x:colour", "blue");
  quadrant_extras_add_element (quadrant_party_get_extras (party (reg, P2)), "<x:rating>B</x:rating>");
}

/* ---- Checks ---- */

static void
check_fields_both (QuadrantRegister *merged)
{
  g_assert_cmpint (quadrant_party_get_power (party (merged, P1)), ==, 80);
  g_assert_cmpint (quadrant_party_get_current_support (party (merged, P1)), ==, QUADRANT_SUPPORT_SUPPORTIVE);
}

static void
check_requirement_fields_both (QuadrantRegister *merged)
{
  g_assert_cmpint (quadrant_requirement_get_decision (requirement (merged, R2)), ==, QUADRANT_DECISION_ADDRESSED);
  g_assert_cmpstr (quadrant_requirement_get_rationale (requirement (merged, R2)), ==, "Incident procedure");
}

static void
check_parties_added (QuadrantRegister *merged)
{
  GListModel *parties = quadrant_register_get_parties (merged);
  const char *expected[] = { "Cyber insurer", "Regulator", "Staff", "Cloud supplier", "External auditor" };

  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(QuadrantParty) p = g_list_model_get_item (parties, i);

      g_assert_cmpstr (quadrant_party_get_name (p), ==, expected[i]);
    }
}

static void
check_requirements_added (QuadrantRegister *merged)
{
  GListModel *reqs = quadrant_party_get_requirements (party (merged, P2));
  const char *expected[] = { "Notify breaches within 72 hours", "Annual report", "Register of processing" };

  g_assert_cmpuint (g_list_model_get_n_items (reqs), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(QuadrantRequirement) r = g_list_model_get_item (reqs, i);

      g_assert_cmpstr (quadrant_requirement_get_statement (r), ==, expected[i]);
    }
}

static void
check_staff_deleted (QuadrantRegister *merged)
{
  g_assert_null (quadrant_register_find_party (merged, P3));
  g_assert_cmpint (quadrant_party_get_power (party (merged, P1)), ==, 80);
}

static void
check_delete_changed (QuadrantRegister *merged)
{
  g_autoptr(GPtrArray) conflicts = quadrant_conflicts_list (merged);
  QuadrantConflict *conflict = g_ptr_array_index (conflicts, 0);

  /* kept as the other side changed it, and the conflict says who deleted it */
  g_assert_cmpstr (quadrant_party_get_name (party (merged, P3)), ==, "All staff");
  g_assert_cmpstr (conflict->party_id, ==, P3);
  g_assert_cmpstr (conflict->deleted, ==, "ours");
  g_assert_null (conflict->field);
}

static void
check_references (QuadrantRegister *merged)
{
  GPtrArray *refs = quadrant_requirement_get_references (requirement (merged, R1));

  g_assert_cmpuint (refs->len, ==, 3);
  g_assert_cmpstr (((QuadrantReference *) g_ptr_array_index (refs, 0))->text, ==, "A.5.19");
  g_assert_cmpstr (((QuadrantReference *) g_ptr_array_index (refs, 1))->text, ==, "Supplier policy");
  g_assert_cmpstr (((QuadrantReference *) g_ptr_array_index (refs, 2))->text, ==, "Insurance policy");
}

static void
check_revisions (QuadrantRegister *merged)
{
  GListModel *revisions = quadrant_register_get_revisions (merged);
  const char *expected[] = { "1.0", "1.2", "1.1" };   /* by date */

  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(QuadrantRevision) revision = g_list_model_get_item (revisions, i);

      g_assert_cmpstr (quadrant_revision_get_version (revision), ==, expected[i]);
    }
}

static void
check_metadata (QuadrantRegister *merged)
{
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "1.1");
  g_assert_cmpstr (quadrant_register_get_scope (merged), ==, "Patient portal");
}

static void
check_extras (QuadrantRegister *merged)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (merged);
  const char *xml = g_bytes_get_data (bytes, NULL);

  /* both the base's unknown content and the new one, and ours' edit */
  g_assert_nonnull (strstr (xml, "x:tool=\"one\""));
  g_assert_nonnull (strstr (xml, "x:colour=\"red\""));
  g_assert_nonnull (strstr (xml, "<x:rating>AA</x:rating>"));
  g_assert_nonnull (strstr (xml, "x:colour=\"blue\""));
  g_assert_nonnull (strstr (xml, "<x:rating>B</x:rating>"));
  g_assert_cmpint (quadrant_party_get_power (party (merged, P1)), ==, 80);
}

static void
check_same_value (QuadrantRegister *merged)
{
  g_assert_cmpint (quadrant_party_get_power (party (merged, P1)), ==, 80);
  g_assert_cmpstr (quadrant_register_get_conflicts (merged), ==, "");
}

static void
check_field_conflict (QuadrantRegister *merged)
{
  g_autoptr(GPtrArray) conflicts = quadrant_conflicts_list (merged);
  QuadrantConflict *conflict = g_ptr_array_index (conflicts, 0);

  g_assert_cmpint (quadrant_party_get_power (party (merged, P1)), ==, 80);  /* ours */
  g_assert_cmpstr (conflict->party_id, ==, P1);
  g_assert_cmpstr (conflict->field, ==, "power");
  g_assert_cmpstr (conflict->ours, ==, "80");
  g_assert_cmpstr (conflict->theirs, ==, "30");
}

static void
check_text_and_metadata_conflicts (QuadrantRegister *merged)
{
  g_autoptr(GPtrArray) conflicts = quadrant_conflicts_list (merged);
  QuadrantConflict *version = NULL, *notes = NULL;

  for (guint i = 0; i < conflicts->len; i++)
    {
      QuadrantConflict *conflict = g_ptr_array_index (conflicts, i);

      if (g_str_equal (conflict->field, "version"))
        version = conflict;
      else if (g_str_equal (conflict->field, "notes"))
        notes = conflict;
    }
  g_assert_nonnull (version);
  g_assert_null (version->party_id);
  g_assert_cmpstr (version->ours, ==, "1.1");
  g_assert_cmpstr (version->theirs, ==, "2.0");
  g_assert_nonnull (notes);
  g_assert_cmpstr (notes->party_id, ==, P1);
  g_assert_cmpstr (notes->ours, ==, "Renewal in June");
  g_assert_cmpstr (notes->theirs, ==, "Renewal in July");
}

static void edit_version_and_notes_ours (QuadrantRegister *reg) { edit_version_ours (reg); edit_notes_ours (reg); }
static void edit_version_and_notes_theirs (QuadrantRegister *reg) { edit_version_theirs (reg); edit_notes_theirs (reg); }

static void
check_requirement_deleted (QuadrantRegister *merged)
{
  g_assert_null (quadrant_register_find_requirement (merged, R2));
  g_assert_cmpint (quadrant_party_get_current_support (party (merged, P1)), ==, QUADRANT_SUPPORT_SUPPORTIVE);
}

static const MergeCase cases[] = {
  { "/merge/git/different-fields-of-a-party", edit_power_80, edit_support, 0, check_fields_both },
  { "/merge/git/different-fields-of-a-requirement", edit_decision, edit_rationale, 0, check_requirement_fields_both },
  { "/merge/git/parties-added-on-both-sides", edit_add_supplier, edit_add_auditor, 0, check_parties_added },
  { "/merge/git/requirements-added-on-both-sides", edit_requirement_ours, edit_requirement_theirs, 0, check_requirements_added },
  { "/merge/git/delete-and-untouched", edit_delete_staff, edit_power_80, 0, check_staff_deleted },
  { "/merge/git/delete-requirement-and-untouched", edit_support, edit_delete_requirement, 0, check_requirement_deleted },
  { "/merge/git/delete-and-changed", edit_delete_staff, edit_rename_staff, 1, check_delete_changed },
  { "/merge/git/references-added-on-both-sides", edit_reference_ours, edit_reference_theirs, 0, check_references },
  { "/merge/git/revisions-on-both-sides", edit_revision_ours, edit_revision_theirs, 0, check_revisions },
  { "/merge/git/metadata-fields", edit_version_ours, edit_scope, 0, check_metadata },
  { "/merge/git/unknown-content-kept", edit_power_80, edit_extras, 0, check_extras },
  { "/merge/git/same-field-same-value", edit_power_80, edit_power_80, 0, check_same_value },
  { "/merge/git/same-field-different-values", edit_power_80, edit_power_30, 1, check_field_conflict },
  { "/merge/git/text-and-metadata-conflicts", edit_version_and_notes_ours, edit_version_and_notes_theirs, 2,
    check_text_and_metadata_conflicts },
};

/* ---- Running git ---- */

static char *
run (const char  *dir,
     int         *status,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status;

  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (*status != 0)
    g_test_message ("%s: exit %d\n%s%s", first, *status, out, err);
  return g_strconcat (out, err, NULL);
}

#define RUN_OK(dir, ...) G_STMT_START { \
    int status_; g_autofree char *output_ = run (dir, &status_, __VA_ARGS__, NULL); \
    if (status_ != 0) g_error ("failed: %s", output_); \
  } G_STMT_END

static void
save_register (QuadrantRegister *reg,
               const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  quadrant_writer_save (reg, file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_remove (backup);
}

static QuadrantRegister *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return reg;
}

static QuadrantRegister *
load_base (void)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_data (base_xml, strlen (base_xml), "base", &error);

  g_assert_no_error (error);
  return reg;
}

static void
assert_validates (const char *path)
{
  g_autofree char *schema = g_build_filename (g_getenv ("QUADRANT_DATADIR"), "quadrant-register.rng", NULL);
  int status;
  g_autofree char *output = run (NULL, &status, "xmllint", "--noout", "--relaxng", schema, path, NULL);

  g_assert_cmpint (status, ==, 0);
}

static char *
new_repository (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("quadrant-merge-XXXXXX", &error);
  int status;
  g_autofree char *setup = NULL;

  g_assert_no_error (error);
  RUN_OK (dir, "git", "init", "-q", "-b", "main");
  RUN_OK (dir, "git", "config", "user.email", "test@example.org");
  RUN_OK (dir, "git", "config", "user.name", "Test");
  setup = run (dir, &status, quadrant_bin, "--git-setup", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (setup, "merge.quadrant.driver"));
  return dir;
}

static void
remove_tree (const char *dir)
{
  int status;
  g_autofree char *output = run (NULL, &status, "rm", "-rf", dir, NULL);

  g_assert_cmpint (status, ==, 0);
}

static void
test_case (gconstpointer data)
{
  const MergeCase *c = data;
  g_autofree char *dir = new_repository ();
  g_autofree char *path = g_build_filename (dir, "isms.quadrant.xml", NULL);
  g_autoptr(QuadrantRegister) base = load_base ();
  g_autoptr(QuadrantRegister) ours = load_base ();
  g_autoptr(QuadrantRegister) theirs = load_base ();
  g_autoptr(QuadrantRegister) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *output = NULL;
  int status;

  save_register (base, path);
  RUN_OK (dir, "git", "add", "-A");
  RUN_OK (dir, "git", "commit", "-qm", "base");
  RUN_OK (dir, "git", "checkout", "-qb", "theirs");
  c->theirs (theirs);
  save_register (theirs, path);
  RUN_OK (dir, "git", "commit", "-qam", "theirs");
  RUN_OK (dir, "git", "checkout", "-q", "main");
  c->ours (ours);
  save_register (ours, path);
  RUN_OK (dir, "git", "commit", "-qam", "ours");

  output = run (dir, &status, "git", "merge", "--no-edit", "theirs", NULL);
  g_assert_cmpint (status != 0, ==, c->conflicts > 0);
  if (c->conflicts > 0)
    g_assert_nonnull (strstr (output, "CONFLICT (register)"));

  /* the file opens, validates, holds the conflicts, and nothing else is left behind */
  merged = load_path (path);
  conflicts = quadrant_conflicts_list (merged);
  g_assert_cmpuint (conflicts->len, ==, c->conflicts);
  assert_validates (path);
  c->check (merged);
  {
    g_autofree char *untracked = run (dir, &status, "git", "status", "--porcelain", "--untracked-files=all", NULL);

    g_assert_null (strstr (untracked, "??"));
  }

  remove_tree (dir);
}

/* git diff shows the changes as sentences. */
static void
test_git_diff (void)
{
  g_autofree char *dir = new_repository ();
  g_autofree char *path = g_build_filename (dir, "isms.quadrant.xml", NULL);
  g_autoptr(QuadrantRegister) reg = load_base ();
  g_autofree char *output = NULL;
  int status;

  save_register (reg, path);
  RUN_OK (dir, "git", "add", "-A");
  RUN_OK (dir, "git", "commit", "-qm", "base");
  edit_power_80 (reg);
  edit_support (reg);
  edit_decision (reg);
  edit_add_supplier (reg);
  edit_delete_staff (reg);
  save_register (reg, path);

  output = run (dir, &status, "env", "LC_ALL=C", "git", "diff", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (output, "Party \"Cyber insurer\": Power 60 → 80, Current support Neutral → Supportive\n"));
  g_assert_nonnull (strstr (output, "Requirement \"Notify breaches within 72 hours\" of \"Regulator\": Decision Undecided → Addressed\n"));
  g_assert_nonnull (strstr (output, "Party \"Cloud supplier\" added\n"));
  g_assert_nonnull (strstr (output, "Party \"Staff\" removed\n"));
  /* no XML lines */
  g_assert_null (strstr (output, "<party"));

  /* a file added in a commit: its side is /dev/null */
  RUN_OK (dir, "git", "commit", "-qam", "edit");
  g_free (output);
  output = run (dir, &status, "env", "LC_ALL=C", "git", "log", "-p", "--ext-diff", "-1", "--format=", "HEAD~1", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (output, "Party \"Regulator\" added\n"));

  remove_tree (dir);
}

/* Run twice, --git-setup adds its .gitattributes line once. */
static void
test_git_setup_twice (void)
{
  g_autofree char *dir = new_repository ();
  g_autofree char *attributes_path = g_build_filename (dir, ".gitattributes", NULL);
  g_autofree char *attributes = NULL;
  g_autofree char *output = NULL;
  g_autofree char *driver = NULL;
  int status;

  output = run (dir, &status, quadrant_bin, "--git-setup", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (attributes_path, &attributes, NULL, NULL));
  g_assert_cmpstr (attributes, ==, "*.quadrant.xml merge=quadrant diff=quadrant\n");
  driver = run (dir, &status, "git", "config", "merge.quadrant.driver", NULL);
  g_assert_nonnull (strstr (driver, "--merge %O %A %B"));

  remove_tree (dir);
}


/* A file that cannot be read: exit 2, and ours is left exactly as it was. */
static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("quadrant-merge-XXXXXX", &error);
  g_autofree char *base = g_build_filename (dir, "base.xml", NULL);
  g_autofree char *ours = g_build_filename (dir, "ours.xml", NULL);
  g_autofree char *theirs = g_build_filename (dir, "theirs.xml", NULL);
  g_autofree char *after = NULL, *output = NULL;
  static const char broken[] = "<<<<<<< HEAD\n<register";
  int status;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (base, base_xml, -1, NULL));
  g_assert_true (g_file_set_contents (ours, base_xml, -1, NULL));
  g_assert_true (g_file_set_contents (theirs, broken, -1, NULL));

  output = run (dir, &status, quadrant_bin, "--merge", base, ours, theirs, NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (output, "theirs.xml"));
  g_assert_true (g_file_get_contents (ours, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, base_xml);

  /* --diff on its own says so too; with git's seven arguments it goes on */
  g_free (output);
  output = run (dir, &status, quadrant_bin, "--diff", base, theirs, NULL);
  g_assert_cmpint (status, ==, 2);
  g_free (output);
  output = run (dir, &status, quadrant_bin, "--diff", "isms.quadrant.xml", base, "0", "100644", theirs, "0",
                "100644", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (output, "theirs.xml"));
  g_free (output);
  output = run (dir, &status, quadrant_bin, "--merge", base, ours, NULL);
  g_assert_cmpint (status, ==, 2);

  remove_tree (dir);
}


/* The HTML report with --since ends with the changes since that register;
 * the printed report has them before its sign-off. */
static void
test_report_since (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("quadrant-merge-XXXXXX", &error);
  g_autofree char *old_path = g_build_filename (dir, "old.quadrant.xml", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.quadrant.xml", NULL);
  g_autofree char *html_path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(QuadrantRegister) reg = load_base ();
  g_autofree char *html = NULL, *output = NULL;
  const char *changes;
  int status;

  g_assert_no_error (error);
  save_register (reg, old_path);
  edit_power_80 (reg);
  edit_decision (reg);
  save_register (reg, new_path);

  output = run (dir, &status, quadrant_bin, "--export", "html", "--since", old_path, "--output", html_path,
                new_path, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "<h2>8. Changes since version 1.0</h2>"));
  g_assert_nonnull (strstr (html, "<li>Party \"Cyber insurer\": Power 60 → 80</li>"));
  g_assert_nonnull (strstr (html, "<li>Requirement \"Notify breaches within 72 hours\" of \"Regulator\": Decision Undecided → Addressed</li>"));

  /* the printed report (PDF) has the same section, before its sign-off */
  g_free (output);
  output = run (dir, &status, quadrant_bin, "--export", "pdf-report", "--since", old_path, "--output", pdf_path,
                new_path, NULL);
  g_assert_cmpint (status, ==, 0);
  g_free (output);
  output = run (dir, &status, "pdftotext", "-raw", pdf_path, "-", NULL);
  g_assert_cmpint (status, ==, 0);
  changes = strstr (output, "Changes since version 1.0");
  g_assert_nonnull (changes);
  g_assert_nonnull (strstr (changes, "Party \"Cyber insurer\": Power 60 → 80"));
  g_assert_nonnull (strstr (changes, "Decision Undecided → Addressed"));
  g_assert_nonnull (strstr (changes, "Sign-off"));
  g_assert_null (strstr (changes, "Open Findings"));

  /* only the reports take it */
  g_free (output);
  output = run (dir, &status, quadrant_bin, "--export", "csv", "--since", old_path, "--output", html_path,
                new_path, NULL);
  g_assert_cmpint (status, ==, 2);

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s QUADRANT-PROGRAM\n", argv[0]);
      return 2;
    }
  quadrant_bin = g_canonicalize_filename (argv[1], NULL);
  /* git must not read the user's configuration */
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  g_setenv ("GIT_CONFIG_GLOBAL", "/dev/null", TRUE);
  g_setenv ("LC_ALL", "C", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_case);
  g_test_add_func ("/merge/git/diff", test_git_diff);
  g_test_add_func ("/merge/git/setup-twice", test_git_setup_twice);
  g_test_add_func ("/merge/cli/unreadable", test_unreadable);
  g_test_add_func ("/merge/cli/report-since", test_report_since);

  return g_test_run ();
}
