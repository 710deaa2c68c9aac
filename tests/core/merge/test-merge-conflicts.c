/* test-merge-conflicts.c: conflicts checked and resolved, and the diff
 *
 * A small register edited on two sides: the conflicts a merge records are
 * findings of the check that name the party and the field, each can be
 * resolved either way as one undo step, and the diff says what changed the
 * way an ISMS manager reads it.
 */
#define G_LOG_DOMAIN "test-merge-conflicts"

#include "config.h"

#include <string.h>

#include "quadrant-check.h"
#include "quadrant-conflict.h"
#include "quadrant-diff.h"
#include "quadrant-enum-types.h"
#include "quadrant-merge.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "quadrant-writer.h"

#define P1 "11111111-1111-4111-8111-111111111111"
#define P2 "22222222-2222-4222-8222-222222222222"
#define R1 "aaaaaaaa-1111-4111-8111-111111111111"

static const char small_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
  "  <metadata>\n"
  "    <version>1.0</version>\n"
  "  </metadata>\n"
  "  <parties>\n"
  "    <party id=\"" P1 "\" category=\"external\" kind=\"insurers\" power=\"60\" interest=\"50\" support=\"neutral\" desired-support=\"supportive\">\n"
  "      <name>Cyber insurer</name>\n"
  "      <requirements>\n"
  "        <requirement id=\"" R1 "\" type=\"contractual\" priority=\"high\" decision=\"undecided\">\n"
  "          <statement>Annual security questionnaire</statement>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  "    <party id=\"" P2 "\" category=\"internal\" kind=\"staff\" support=\"neutral\" desired-support=\"neutral\">\n"
  "      <name>Staff</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";

static QuadrantRegister *
load_small (void)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_data (small_xml, strlen (small_xml), "small", &error);

  g_assert_no_error (error);
  return reg;
}

/* Four conflicts: a party's power, a requirement's decision, the metadata's
 * version, and a party deleted by ours that theirs renamed. */
static QuadrantRegister *
conflicted (void)
{
  g_autoptr(QuadrantRegister) base = load_small ();
  g_autoptr(QuadrantRegister) ours = load_small ();
  g_autoptr(QuadrantRegister) theirs = load_small ();
  g_autoptr(GError) error = NULL;
  QuadrantRegister *merged;
  guint n = 0;

  quadrant_register_set_number (ours, quadrant_register_find_party (ours, P1), QUADRANT_FIELD_PARTY_POWER, 80);
  quadrant_register_set_number (theirs, quadrant_register_find_party (theirs, P1), QUADRANT_FIELD_PARTY_POWER, 30);
  quadrant_register_set_choice (ours, quadrant_register_find_requirement (ours, R1), QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_ADDRESSED);
  quadrant_register_set_choice (theirs, quadrant_register_find_requirement (theirs, R1), QUADRANT_FIELD_REQUIREMENT_DECISION,
                              QUADRANT_DECISION_NOT_ADDRESSED);
  quadrant_register_set_text (ours, ours, QUADRANT_FIELD_REGISTER_VERSION, "1.1");
  quadrant_register_set_text (theirs, theirs, QUADRANT_FIELD_REGISTER_VERSION, "2.0");
  quadrant_register_remove_party (ours, quadrant_register_find_party (ours, P2));
  quadrant_register_set_text (theirs, quadrant_register_find_party (theirs, P2), QUADRANT_FIELD_PARTY_NAME, "All staff");

  merged = quadrant_merge_registers (base, ours, theirs, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);
  return merged;
}

static void
test_conflicts_checked (void)
{
  g_autoptr(QuadrantRegister) merged = conflicted ();
  g_autoptr(GPtrArray) findings = quadrant_check_register (merged, NULL);
  const char *expected[] = {
    "register: Register details: merge conflict in “Version”, ours \"1.1\", theirs \"2.0\"",
    "party \"Cyber insurer\": Party \"Cyber insurer\": merge conflict in “Power”, ours \"80\", theirs \"30\"",
    "party \"Cyber insurer\" / requirement \"Annual security questionnaire\": Requirement \"Annual security questionnaire\": merge conflict in “Decision”, ours \"addressed\", theirs \"not-addressed\"",
    "party \"All staff\": Party \"All staff\": merge conflict, deleted on our side and changed on theirs",
  };
  guint found = 0;

  /* errors that name the party and the field, first of all */
  for (guint i = 0; i < findings->len; i++)
    {
      QuadrantFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *subject = NULL, *line = NULL;

      if (!g_str_equal (quadrant_finding_get_code (finding), QUADRANT_CHECK_MERGE_CONFLICT))
        continue;
      g_assert_cmpuint (i, ==, found);
      g_assert_cmpint (quadrant_finding_get_severity (finding), ==, QUADRANT_SEVERITY_ERROR);
      subject = quadrant_finding_dup_subject (finding);
      line = g_strdup_printf ("%s: %s", subject, quadrant_finding_get_message (finding));
      g_assert_cmpstr (line, ==, expected[found]);
      found++;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));
}

static void
test_conflicts_resolved (void)
{
  g_autoptr(QuadrantRegister) merged = conflicted ();
  g_autoptr(QuadrantRegister) reloaded = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantParty *insurer = quadrant_register_find_party (merged, P1);

  /* the version (first) from theirs; undo brings back ours and the conflict */
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_TAKE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "2.0");
  conflicts = quadrant_conflicts_list (merged);
  g_assert_cmpuint (conflicts->len, ==, 3);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (quadrant_register_undo (merged));
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "1.1");
  conflicts = quadrant_conflicts_list (merged);
  g_assert_cmpuint (conflicts->len, ==, 4);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (quadrant_register_redo (merged));
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "2.0");

  /* power from theirs, decision kept as ours, the deleted party deleted */
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_TAKE_THEIRS, NULL));
  g_assert_cmpint (quadrant_party_get_power (insurer), ==, 30);
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_KEEP_OURS, NULL));
  g_assert_cmpint (quadrant_requirement_get_decision (quadrant_register_find_requirement (merged, R1)), ==,
                   QUADRANT_DECISION_ADDRESSED);
  g_assert_nonnull (quadrant_register_find_party (merged, P2));
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_KEEP_OURS, NULL));
  g_assert_null (quadrant_register_find_party (merged, P2));

  /* the last one resolved: a clean register */
  g_assert_cmpstr (quadrant_register_get_conflicts (merged), ==, "");
  reloaded = quadrant_test_reload (merged, &bytes);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "conflict"));
  quadrant_test_assert_valid (bytes);
  conflicts = quadrant_conflicts_list (reloaded);
  g_assert_cmpuint (conflicts->len, ==, 0);
}

/* A conflict that is not one this version understands stays as it was. */
static void
test_conflicts_unknown_kept (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
    "  <conflicts>\n"
    "    <conflict field=\"power\" how=\"newer\"><ours>1</ours><both>2</both></conflict>\n"
    "  </conflicts>\n"
    "</register>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (xml, strlen (xml), "newer", &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  g_assert_no_error (error);
  conflicts = quadrant_conflicts_list (reg);
  g_assert_cmpuint (conflicts->len, ==, 0);
  bytes = quadrant_writer_to_bytes (reg);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "<both>2</both>"));
}


static QuadrantRegister *
load_replaced (const char *from,
               const char *to)
{
  g_autoptr(GString) xml = g_string_new (small_xml);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg;

  g_string_replace (xml, "format=\"1.0\">", "format=\"1.0\" xmlns:x=\"urn:example:x\">", 1);
  g_string_replace (xml, "desired-support=\"supportive\">", "desired-support=\"supportive\" x:colour=\"green\">", 1);
  if (from != NULL)
    g_string_replace (xml, from, to, 1);
  reg = quadrant_reader_load_data (xml->str, xml->len, "newer", &error);
  g_assert_no_error (error);
  return reg;
}

/* A field a newer version wrote, changed on both sides: a conflict whose
 * value can only be kept as ours here. */
static void
test_conflicts_unknown_field (void)
{
  g_autoptr(QuadrantRegister) base = load_replaced (NULL, NULL);
  g_autoptr(QuadrantRegister) ours = load_replaced ("x:colour=\"green\"", "x:colour=\"red\"");
  g_autoptr(QuadrantRegister) theirs = load_replaced ("x:colour=\"green\"", "x:colour=\"blue\"");
  g_autoptr(QuadrantRegister) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL, findings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantConflict *conflict;

  merged = quadrant_merge_registers (base, ours, theirs, NULL, &error);
  g_assert_no_error (error);
  conflicts = quadrant_conflicts_list (merged);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (conflict->field, ==, "x:colour");
  g_assert_cmpstr (conflict->ours, ==, "red");
  g_assert_cmpstr (conflict->theirs, ==, "blue");

  findings = quadrant_check_register (merged, NULL);
  g_assert_cmpstr (quadrant_finding_get_code (g_ptr_array_index (findings, 0)), ==,
                   QUADRANT_CHECK_MERGE_CONFLICT_UNKNOWN_FIELD);
  g_assert_false (quadrant_conflict_can_resolve (conflict, merged, QUADRANT_CONFLICT_TAKE_THEIRS));
  g_assert_false (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_TAKE_THEIRS, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_KEEP_OURS, NULL));
  bytes = quadrant_writer_to_bytes (merged);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "x:colour=\"red\""));
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "conflict"));
}

static void
test_diff (void)
{
  g_autoptr(QuadrantRegister) old_reg = load_small ();
  g_autoptr(QuadrantRegister) new_reg = load_small ();
  g_autoptr(QuadrantParty) added = quadrant_party_new (NULL);
  g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();
  g_autofree char *diff = NULL, *none = NULL;
  QuadrantParty *insurer = quadrant_register_find_party (new_reg, P1);

  quadrant_register_move_party (new_reg, insurer, 80, 50);
  quadrant_register_set_choice (new_reg, insurer, QUADRANT_FIELD_PARTY_CURRENT_SUPPORT, QUADRANT_SUPPORT_SUPPORTIVE);
  quadrant_register_set_text (new_reg, insurer, QUADRANT_FIELD_PARTY_ENGAGEMENT_CHANNEL, "Quarterly call");
  quadrant_register_set_choice (new_reg, quadrant_register_find_requirement (new_reg, R1), QUADRANT_FIELD_REQUIREMENT_DECISION,
                              QUADRANT_DECISION_ADDRESSED);
  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.19"));
  quadrant_register_set_references (new_reg, quadrant_register_find_requirement (new_reg, R1), refs);
  quadrant_register_set_text (new_reg, new_reg, QUADRANT_FIELD_REGISTER_VERSION, "1.1");
  quadrant_register_remove_party (new_reg, quadrant_register_find_party (new_reg, P2));
  quadrant_party_set_name (added, "Cloud supplier");
  quadrant_register_add_party (new_reg, added);

  diff = quadrant_diff_registers (old_reg, new_reg);
  g_assert_cmpstr (diff, ==,
                   "Register: Version \"1.0\" → \"1.1\"\n"
                   "Party \"Cyber insurer\": Power 60 → 80, Current support Neutral → Supportive, Channel (none) → \"Quarterly call\"\n"
                   "Requirement \"Annual security questionnaire\" of \"Cyber insurer\": Decision Undecided → Addressed, Reference \"A.5.19\" (Control) added\n"
                   "Party \"Cloud supplier\" added\n"
                   "Party \"Staff\" removed\n");

  none = quadrant_diff_registers (old_reg, old_reg);
  g_assert_cmpstr (none, ==, "");
}

static QuadrantRegister *
load_with_revisions (const char *revisions)
{
  g_autoptr(GString) xml = g_string_new (small_xml);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg;

  /* between the metadata and the parties */
  g_string_replace (xml, "  <parties>\n", revisions, 1);
  reg = quadrant_reader_load_data (xml->str, xml->len, "revisions", &error);
  g_assert_no_error (error);
  return reg;
}

/* Revisions are matched by what they hold: one whose summary was corrected
 * is one change, not a removal and a recording. */
static void
test_diff_revisions (void)
{
  g_autoptr(QuadrantRegister) old_reg = load_with_revisions (
    "  <revisions>\n"
    "    <revision version=\"1.0\" date=\"2025-01-20\"><summary>First</summary></revision>\n"
    "  </revisions>\n"
    "  <parties>\n");
  g_autoptr(QuadrantRegister) new_reg = load_with_revisions (
    "  <revisions>\n"
    "    <revision version=\"1.0\" date=\"2025-01-20\"><summary>First, corrected</summary></revision>\n"
    "    <revision version=\"1.1\" date=\"2025-07-14\"><summary>Second</summary></revision>\n"
    "  </revisions>\n"
    "  <parties>\n");
  g_autofree char *diff = quadrant_diff_registers (old_reg, new_reg);
  g_autofree char *back = quadrant_diff_registers (new_reg, old_reg);

  g_assert_cmpstr (diff, ==,
                   "Revision 1.0 of 2025-01-20 changed\n"
                   "Revision 1.1 of 2025-07-14 recorded\n");
  g_assert_cmpstr (back, ==,
                   "Revision 1.0 of 2025-01-20 changed\n"
                   "Revision 1.1 of 2025-07-14 removed\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C", TRUE);

  g_test_add_func ("/merge/conflicts/checked", test_conflicts_checked);
  g_test_add_func ("/merge/conflicts/resolved", test_conflicts_resolved);
  g_test_add_func ("/merge/conflicts/unknown-kept", test_conflicts_unknown_kept);
  g_test_add_func ("/merge/conflicts/unknown-field", test_conflicts_unknown_field);
  g_test_add_func ("/merge/diff", test_diff);
  g_test_add_func ("/merge/diff/revisions", test_diff_revisions);

  return g_test_run ();
}
