/* test-approval.c: which version is approved, as the check and the reports say it */
#define G_LOG_DOMAIN "test-approval"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "quadrant-approval.h"
#include "quadrant-check.h"
#include "quadrant-map-export.h"
#include "quadrant-report.h"
#include "quadrant-revision.h"

static QuadrantRegister *
register_new (const char *version,
              const char *approved_version,
              const char *approval_date)
{
  QuadrantRegister *reg = quadrant_register_new ();

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Acme");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_VERSION, version);
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVED_BY, "Board");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVED_VERSION, approved_version);
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, approval_date);
  return reg;
}

static void
add_revision (QuadrantRegister *reg,
              const char       *version,
              const char       *date)
{
  g_autoptr(QuadrantRevision) revision = quadrant_revision_new (version, date, "Jane", "Reviewed");

  quadrant_register_append_revision_unrecorded (reg, revision);
}

/* The findings of this code, in order. */
static GPtrArray *
findings_of (QuadrantRegister *reg,
             const char       *code)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, 6, 2026);
  g_autoptr(GPtrArray) all = quadrant_check_register (reg, today);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (quadrant_finding_get_code (g_ptr_array_index (all, i)), code))
      g_ptr_array_add (found, g_object_ref (g_ptr_array_index (all, i)));
  return found;
}

static char *
html_of (QuadrantRegister *reg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = quadrant_report_to_html (reg, "2026-06-15", &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
svg_of (QuadrantRegister *reg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* 0.3 recorded after 0.2 was approved: every output says so. */
static void
test_other_version (void)
{
  g_autoptr(QuadrantRegister) reg = register_new ("0.3", "0.2", "2026-03-12");
  g_autoptr(GPtrArray) findings = findings_of (reg, QUADRANT_CHECK_APPROVAL_OUTDATED);
  g_autofree char *text = quadrant_approval_dup_version_text (reg);
  g_autofree char *html = html_of (reg);
  g_autofree char *svg = svg_of (reg);
  const char *approved = NULL;

  g_assert_true (quadrant_approval_is_outdated (reg, &approved));
  g_assert_cmpstr (approved, ==, "0.2");
  g_assert_cmpstr (quadrant_approval_get_approved_version (reg), ==, "0.2");
  g_assert_cmpstr (text, ==, "0.3 (approved: 0.2 on 2026-03-12)");

  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (quadrant_finding_get_severity (g_ptr_array_index (findings, 0)), ==,
                   QUADRANT_SEVERITY_WARNING);
  g_assert_cmpstr (quadrant_finding_get_message (g_ptr_array_index (findings, 0)), ==,
                   "Version 0.3 is not approved: the approval on 2026-03-12 was of version 0.2");

  g_assert_nonnull (strstr (html, "0.3 (approved: 0.2 on 2026-03-12)"));
  g_assert_nonnull (strstr (svg, "Version 0.3 (approved: 0.2 on 2026-03-12)"));
  /* Not the claim of the issue: "Version 0.3 · Approved 2026-03-12". */
  g_assert_null (strstr (svg, "Approved 2026-03-12"));
}

static void
test_same_version (void)
{
  g_autoptr(QuadrantRegister) reg = register_new ("0.3", "0.3", "2026-03-12");
  g_autoptr(GPtrArray) findings = findings_of (reg, QUADRANT_CHECK_APPROVAL_OUTDATED);
  g_autofree char *text = quadrant_approval_dup_version_text (reg);
  g_autofree char *html = html_of (reg);
  g_autofree char *svg = svg_of (reg);

  g_assert_false (quadrant_approval_is_outdated (reg, NULL));
  g_assert_cmpuint (findings->len, ==, 0);
  g_assert_cmpstr (text, ==, "0.3");
  g_assert_null (strstr (html, "(approved:"));
  g_assert_nonnull (strstr (svg, "Version 0.3 · Approved 2026-03-12"));
}

/* A register from before approved-version: outdated only once the current
 * version was recorded after the approval date. */
static void
test_unnamed_version (void)
{
  g_autoptr(QuadrantRegister) reg = register_new ("0.3", "", "2026-03-12");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  add_revision (reg, "0.2", "2026-03-01");
  add_revision (reg, "0.3", "2026-03-12");
  before = findings_of (reg, QUADRANT_CHECK_APPROVAL_OUTDATED);
  g_assert_cmpuint (before->len, ==, 0);
  g_assert_cmpstr (quadrant_approval_get_approved_version (reg), ==, "0.3");

  add_revision (reg, "0.3", "2026-04-02");
  after = findings_of (reg, QUADRANT_CHECK_APPROVAL_OUTDATED);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (quadrant_finding_get_message (g_ptr_array_index (after, 0)), ==,
                   "Version 0.3 is not approved: it was recorded after the approval on 2026-03-12");
  g_assert_cmpstr (quadrant_approval_get_approved_version (reg), ==, "");
  text = quadrant_approval_dup_version_text (reg);
  g_assert_cmpstr (text, ==, "0.3 (approved: an earlier version on 2026-03-12)");
  html = html_of (reg);
  g_assert_nonnull (strstr (html, "0.3 (approved: an earlier version on 2026-03-12)"));
}

/* Nothing approved: nothing to say and nothing to find. */
static void
test_no_approval (void)
{
  g_autoptr(QuadrantRegister) reg = register_new ("0.3", "", "");
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = quadrant_approval_dup_version_text (reg);

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVED_BY, "");
  add_revision (reg, "0.3", "2026-04-02");
  findings = findings_of (reg, QUADRANT_CHECK_APPROVAL_OUTDATED);
  g_assert_cmpuint (findings->len, ==, 0);
  g_assert_cmpstr (text, ==, "0.3");
  g_assert_cmpstr (quadrant_approval_get_approved_version (reg), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/approval/other-version", test_other_version);
  g_test_add_func ("/approval/same-version", test_same_version);
  g_test_add_func ("/approval/unnamed-version", test_unnamed_version);
  g_test_add_func ("/approval/none", test_no_approval);

  return g_test_run ();
}
