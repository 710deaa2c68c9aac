/* test-reader.c: the reader loads good registers exactly and refuses bad and hostile ones */
#define G_LOG_DOMAIN "test-reader"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "quadrant-reader.h"
#include "reader-cases.h"
#include "quadrant-safe-file.h"

/* ---- helpers ---- */

static QuadrantParty *
party_at (QuadrantRegister *reg,
          guint             position)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), position);

  g_assert_nonnull (party);
  return party; /* borrowed: the register holds it */
}

static QuadrantRequirement *
requirement_at (QuadrantParty *party,
                guint          position)
{
  g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (quadrant_party_get_requirements (party), position);

  g_assert_nonnull (requirement);
  return requirement; /* borrowed: the party holds it */
}

static QuadrantRevision *
revision_at (QuadrantRegister *reg,
             guint             position)
{
  g_autoptr(QuadrantRevision) revision = g_list_model_get_item (quadrant_register_get_revisions (reg), position);

  g_assert_nonnull (revision);
  return revision; /* borrowed: the register holds it */
}

static const char *
extra_attribute (QuadrantExtras *extras,
                 const char     *name)
{
  for (guint i = 0; i < extras->attributes->len; i++)
    {
      QuadrantExtraAttribute *attribute = g_ptr_array_index (extras->attributes, i);

      if (g_str_equal (attribute->name, name))
        return attribute->value;
    }
  return NULL;
}

static const char *
extra_element (QuadrantExtras *extras,
               guint           index)
{
  g_assert_cmpuint (index, <, extras->elements->len);
  return g_ptr_array_index (extras->elements, index);
}

/* ---- good registers ---- */

static void
test_good_full (void)
{
  g_autoptr(QuadrantRegister) reg = reader_load_ok (full_register);
  QuadrantParty *party, *board;
  QuadrantRequirement *requirement;
  QuadrantRevision *revision;
  const QuadrantPosition *position;
  GPtrArray *references;
  QuadrantReference *reference;

  /* clean: nothing to save, nothing to undo */
  g_assert_false (quadrant_register_is_dirty (reg));
  g_assert_false (quadrant_register_can_undo (reg));
  g_assert_false (quadrant_register_can_redo (reg));

  g_assert_cmpstr (quadrant_register_get_organisation (reg), ==, "Northwind Health Ltd");
  g_assert_cmpstr (quadrant_register_get_scope (reg), ==, "Patient portal & its IT");
  g_assert_cmpstr (quadrant_register_get_owner (reg), ==, "Jane Doe, CISO");
  g_assert_cmpstr (quadrant_register_get_classification (reg), ==, "Internal");
  g_assert_cmpstr (quadrant_register_get_version (reg), ==, "2.1");
  g_assert_cmpstr (quadrant_register_get_approved_by (reg), ==, "Executive board");
  g_assert_cmpstr (quadrant_register_get_approval_date (reg), ==, "2026-03-01");
  g_assert_cmpstr (quadrant_register_get_next_review (reg), ==, "2027-03-01");
  g_assert_true (quadrant_extras_is_empty (quadrant_register_get_extras (reg)));

  g_assert_cmpuint (g_list_model_get_n_items (quadrant_register_get_revisions (reg)), ==, 2);
  revision = revision_at (reg, 0);
  g_assert_cmpstr (quadrant_revision_get_version (revision), ==, "1.0");
  g_assert_cmpstr (quadrant_revision_get_date (revision), ==, "2025-03-01");
  g_assert_cmpstr (quadrant_revision_get_author (revision), ==, "Jane Doe");
  g_assert_cmpstr (quadrant_revision_get_summary (revision), ==, "First register");
  g_assert_cmpuint (quadrant_revision_get_positions (revision)->len, ==, 2);
  position = quadrant_revision_find_position (revision, "4f6c0c2e-0000-4000-8000-000000000001");
  g_assert_nonnull (position);
  g_assert_cmpint (position->power, ==, 80);
  g_assert_cmpint (position->interest, ==, 60);
  g_assert_cmpint (position->support, ==, QUADRANT_SUPPORT_NEUTRAL);
  position = quadrant_revision_find_position (revision, "4f6c0c2e-0000-4000-8000-000000000002");
  g_assert_nonnull (position);
  g_assert_cmpint (position->power, ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpint (position->interest, ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpint (position->support, ==, QUADRANT_SUPPORT_UNAWARE);
  revision = revision_at (reg, 1);
  g_assert_cmpstr (quadrant_revision_get_version (revision), ==, "1.1");
  g_assert_cmpstr (quadrant_revision_get_author (revision), ==, "");
  g_assert_cmpuint (quadrant_revision_get_positions (revision)->len, ==, 0);

  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, 2);
  party = party_at (reg, 0);
  g_assert_cmpstr (quadrant_party_get_id (party), ==, "4f6c0c2e-0000-4000-8000-000000000001");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Data protection authority");
  g_assert_cmpint (quadrant_party_get_category (party), ==, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpint (quadrant_party_get_kind (party), ==, QUADRANT_KIND_REGULATORS);
  g_assert_cmpint (quadrant_party_get_power (party), ==, 80);
  g_assert_cmpint (quadrant_party_get_interest (party), ==, 60);
  g_assert_cmpint (quadrant_party_get_current_support (party), ==, QUADRANT_SUPPORT_NEUTRAL);
  g_assert_cmpint (quadrant_party_get_desired_support (party), ==, QUADRANT_SUPPORT_SUPPORTIVE);
  g_assert_cmpint (quadrant_party_get_identified_by (party), ==, QUADRANT_IDENTIFICATION_RISK_ASSESSMENT);
  g_assert_cmpstr (quadrant_party_get_identified_on (party), ==, "2025-02-10");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party), ==, "2026-02-20");
  g_assert_cmpstr (quadrant_party_get_description (party), ==, "Supervises <GDPR> compliance");
  g_assert_cmpstr (quadrant_party_get_owner (party), ==, "Data protection officer");
  g_assert_cmpstr (quadrant_party_get_contact (party), ==, "Case officer, breach desk");
  g_assert_cmpstr (quadrant_party_get_engagement_communication (party), ==, "Breach notifications");
  g_assert_cmpstr (quadrant_party_get_engagement_channel (party), ==, "Secure portal");
  g_assert_cmpstr (quadrant_party_get_engagement_frequency (party), ==, "As required");
  g_assert_cmpstr (quadrant_party_get_engagement_responsible (party), ==, "DPO");
  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "Zürich office — “quoted”");
  g_assert_true (quadrant_extras_is_empty (quadrant_party_get_extras (party)));

  g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, 2);
  requirement = requirement_at (party, 0);
  g_assert_true (quadrant_requirement_get_party (requirement) == party);
  g_assert_cmpstr (quadrant_requirement_get_id (requirement), ==, "9b1e0000-0000-4000-8000-000000000001");
  g_assert_cmpint (quadrant_requirement_get_requirement_type (requirement), ==, QUADRANT_REQUIREMENT_TYPE_LEGAL);
  g_assert_cmpint (quadrant_requirement_get_priority (requirement), ==, QUADRANT_PRIORITY_HIGH);
  g_assert_cmpint (quadrant_requirement_get_decision (requirement), ==, QUADRANT_DECISION_ADDRESSED);
  g_assert_cmpstr (quadrant_requirement_get_review_date (requirement), ==, "2026-09-01");
  g_assert_cmpstr (quadrant_requirement_get_statement (requirement), ==,
                   "Personal data breaches are notified within 72 hours");
  g_assert_cmpstr (quadrant_requirement_get_source (requirement), ==, "GDPR Art. 33");
  g_assert_cmpstr (quadrant_requirement_get_rationale (requirement), ==, "Incident procedure covers notification");
  g_assert_cmpstr (quadrant_requirement_get_owner (requirement), ==, "Data protection officer");
  g_assert_cmpstr (quadrant_requirement_get_notes (requirement), ==, "Tested yearly");
  references = quadrant_requirement_get_references (requirement);
  g_assert_cmpuint (references->len, ==, 2);
  reference = g_ptr_array_index (references, 0);
  g_assert_cmpint (reference->kind, ==, QUADRANT_REFERENCE_KIND_CONTROL);
  g_assert_cmpstr (reference->text, ==, "A.5.24");
  reference = g_ptr_array_index (references, 1);
  g_assert_cmpint (reference->kind, ==, QUADRANT_REFERENCE_KIND_PROCESS);
  g_assert_cmpstr (reference->text, ==, "Incident management");

  requirement = requirement_at (party, 1);
  g_assert_cmpint (quadrant_requirement_get_requirement_type (requirement), ==, QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL);
  g_assert_cmpint (quadrant_requirement_get_priority (requirement), ==, QUADRANT_PRIORITY_LOW);
  g_assert_cmpint (quadrant_requirement_get_decision (requirement), ==, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  g_assert_cmpuint (quadrant_requirement_get_references (requirement)->len, ==, 0);

  board = party_at (reg, 1);
  g_assert_cmpstr (quadrant_party_get_name (board), ==, "Board");
  g_assert_cmpint (quadrant_party_get_category (board), ==, QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpint (quadrant_party_get_kind (board), ==, QUADRANT_KIND_SENIOR_LEADERSHIP);
  g_assert_false (quadrant_party_is_placed (board));
  g_assert_cmpint (quadrant_party_get_power (board), ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpint (quadrant_party_get_interest (board), ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpint (quadrant_party_get_desired_support (board), ==, QUADRANT_SUPPORT_LEADING);
  g_assert_cmpint (quadrant_party_get_identified_by (board), ==, QUADRANT_IDENTIFICATION_UNSPECIFIED);
  g_assert_cmpuint (quadrant_party_get_n_requirements (board), ==, 0);

  g_assert_true (quadrant_register_find_requirement (reg, "9b1e0000-0000-4000-8000-000000000002") != NULL);
}

static void
test_good_minimal (void)
{
  g_autoptr(QuadrantRegister) empty = reader_load_ok ("<register xmlns=\"" NS "\" format=\"1.0\"/>");
  g_autoptr(QuadrantRegister) containers = reader_load_ok (HEAD "<metadata/><revisions/><parties></parties></register>");

  g_assert_cmpuint (quadrant_register_get_n_parties (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (quadrant_register_get_revisions (empty)), ==, 0);
  g_assert_cmpstr (quadrant_register_get_organisation (empty), ==, "");
  g_assert_false (quadrant_register_is_dirty (empty));
  g_assert_cmpuint (quadrant_register_get_n_parties (containers), ==, 0);
}

static void
test_good_minor_version (void)
{
  g_autoptr(QuadrantRegister) reg = reader_load_ok ("<register xmlns=\"" NS "\" format=\"1.17\"/>");

  g_assert_nonnull (reg);
}

static void
test_good_prefixed (void)
{
  /* the namespace counts, not the prefix */
  g_autoptr(QuadrantRegister) reg = reader_load_ok (
    "<q:register xmlns:q=\"" NS "\" format=\"1.0\"><q:parties>"
    "<q:party id=\"p1\" category=\"internal\" kind=\"staff\" support=\"neutral\" desired-support=\"neutral\">"
    "<q:name>Staff</q:name></q:party></q:parties></q:register>");

  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 1);
  g_assert_cmpstr (quadrant_party_get_name (party_at (reg, 0)), ==, "Staff");
  /* the prefix declaration is kept for the writer to write back */
  g_assert_cmpstr (extra_attribute (quadrant_register_get_extras (reg), "xmlns:q"), ==, NS);
}

static void
test_good_text (void)
{
  g_autofree char *xml = reader_wrap_parties (
    "    <party id=\"p1\" category=\"internal\" kind=\"staff\" support=\"neutral\" desired-support=\"neutral\">\n"
    "      <!-- comments and processing instructions are ignored -->\n"
    "      <name>  Two  spaces\n  and a line  </name>\n"
    "      <description>a<!-- c -->b<?pi x?>c<![CDATA[<d> & e]]>&#x263A;&amp;&lt;</description>\n"
    "      <owner>   </owner>\n"
    "      <contact></contact>\n"
    "      <notes/>\n"
    "    </party>\n");
  g_autoptr(QuadrantRegister) reg = reader_load_ok (xml);
  QuadrantParty *party = party_at (reg, 0);

  g_assert_cmpstr (quadrant_party_get_name (party), ==, "  Two  spaces\n  and a line  ");
  g_assert_cmpstr (quadrant_party_get_description (party), ==, "abc<d> & e☺&<");
  g_assert_cmpstr (quadrant_party_get_owner (party), ==, "   ");
  g_assert_cmpstr (quadrant_party_get_contact (party), ==, "");
  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "");
}

static void
test_good_bom_and_crlf (void)
{
  g_autoptr(QuadrantRegister) reg = reader_load_ok (
    "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
    "<register xmlns=\"" NS "\" format=\"1.0\">\r\n"
    "  <metadata>\r\n    <scope>one\r\ntwo</scope>\r\n  </metadata>\r\n</register>\r\n");

  /* XML turns CR LF into LF */
  g_assert_cmpstr (quadrant_register_get_scope (reg), ==, "one\ntwo");
}

static void
test_good_example (void)
{
  const char *datadir = g_getenv ("QUADRANT_DATADIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;

  if (datadir == NULL)
    {
      g_test_skip ("QUADRANT_DATADIR is not set");
      return;
    }
  path = g_build_filename (datadir, "examples", "northwind.quadrant.xml", NULL);
  file = g_file_new_for_path (path);
  reg = quadrant_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), >, 0);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), >, 0);
  g_assert_false (quadrant_register_is_dirty (reg));
}

/* A large register, each party with unknown content and requirements: the
 * result must be the same as for a small file. */
static char *
large_register (guint         n_parties,
                const char   *late_party,
                gsize        *length)
{
  GString *xml = g_string_new (HEAD);

  g_string_append (xml, "  <revisions>\n    <revision version=\"1\" date=\"2025-01-01\">\n");
  for (guint i = 0; i < n_parties; i += 100)
    g_string_append_printf (xml, "      <position party=\"party-%u\" power=\"%u\" interest=\"%u\" support=\"neutral\"/>\n",
                            i, i % 101, (i * 7) % 101);
  g_string_append (xml, "    </revision>\n  </revisions>\n  <parties>\n");
  for (guint i = 0; i < n_parties; i++)
    {
      g_string_append_printf (xml,
                              "    <party id=\"party-%u\" category=\"internal\" kind=\"staff\" power=\"%u\" interest=\"%u\" "
                              "support=\"neutral\" desired-support=\"leading\" x:n=\"%u\" xmlns:x=\"urn:x\">\n"
                              "      <name>Party %u</name>\n"
                              "      <description>Some words about party %u &amp; its needs</description>\n"
                              "      <x:extra>%u</x:extra>\n"
                              "      <requirements>\n",
                              i, i % 101, (i * 3) % 101, i, i, i, i);
      for (guint j = 0; j < 3; j++)
        g_string_append_printf (xml,
                                "        <requirement id=\"req-%u-%u\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n"
                                "          <statement>Requirement %u of party %u</statement>\n"
                                "          <reference kind=\"control\">A.5.%u</reference>\n"
                                "        </requirement>\n",
                                i, j, j, i, j);
      g_string_append (xml, "      </requirements>\n    </party>\n");
    }
  if (late_party != NULL)
    g_string_append (xml, late_party);
  g_string_append (xml, "  </parties>\n</register>\n");

  *length = xml->len;
  return g_string_free (xml, FALSE);
}

static void
test_good_large (void)
{
  const guint n = 4000;
  gsize length;
  g_autofree char *xml = large_register (n, NULL, &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  QuadrantParty *party;
  QuadrantRequirement *requirement;
  QuadrantExtras *extras;

  g_assert_cmpuint (length, >, 2 * 1024 * 1024);
  reg = quadrant_reader_load_data (xml, length, "large.quadrant.xml", &error);
  g_assert_no_error (error);
  g_assert_false (quadrant_register_is_dirty (reg));
  g_assert_false (quadrant_register_can_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, n);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, 3 * n);
  g_assert_cmpuint (quadrant_revision_get_positions (revision_at (reg, 0))->len, ==, n / 100);

  for (guint i = 0; i < n; i += 997)
    {
      g_autofree char *id = g_strdup_printf ("party-%u", i);
      g_autofree char *name = g_strdup_printf ("Party %u", i);
      g_autofree char *value = g_strdup_printf ("%u", i);
      g_autofree char *statement = g_strdup_printf ("Requirement 2 of party %u", i);

      party = party_at (reg, i);
      g_assert_cmpstr (quadrant_party_get_id (party), ==, id);
      g_assert_cmpstr (quadrant_party_get_name (party), ==, name);
      g_assert_cmpint (quadrant_party_get_power (party), ==, i % 101);
      g_assert_cmpint (quadrant_party_get_interest (party), ==, (i * 3) % 101);
      g_assert_cmpint (quadrant_party_get_desired_support (party), ==, QUADRANT_SUPPORT_LEADING);
      extras = quadrant_party_get_extras (party);
      g_assert_cmpstr (extra_attribute (extras, "x:n"), ==, value);
      g_assert_cmpstr (extra_attribute (extras, "xmlns:x"), ==, "urn:x");
      g_assert_cmpuint (extras->elements->len, ==, 1);
      g_assert_nonnull (strstr (extra_element (extras, 0), value));
      g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, 3);
      requirement = requirement_at (party, 2);
      g_assert_cmpstr (quadrant_requirement_get_statement (requirement), ==, statement);
      g_assert_cmpuint (quadrant_requirement_get_references (requirement)->len, ==, 1);
    }
}

static void
test_bad_large (void)
{
  const guint n = 4000;
  gsize length;
  g_autofree char *xml = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  guint line = 1;

  /* a problem at the very end is found, at the right line, after the model
   * of everything before it was built */
  xml = large_register (n, "    <party id=\"party-7\" category=\"internal\" kind=\"staff\" support=\"neutral\" "
                           "desired-support=\"neutral\"><name>Copy</name></party>\n", &length);
  for (const char *p = xml; (p = strstr (p, "<party id=\"party-7\" category")) != NULL; p++)
    {
      line = 1;
      for (const char *q = xml; q < p; q++)
        line += *q == '\n';
    }
  reg = quadrant_reader_load_data (xml, length, "large.quadrant.xml", &error);
  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_INVALID);
  prefix = g_strdup_printf ("large.quadrant.xml:%u:5: party “Copy”: the id “party-7” is already used", line);
  g_assert_true (g_str_has_prefix (error->message, prefix));
}

/* ---- files ---- */

static GFile *
temp_file (const char *contents,
           gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("test-reader-XXXXXX.quadrant.xml", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_file_etag (void)
{
  g_autoptr(GFile) file = temp_file (full_register, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *expected = NULL;

  reg = quadrant_reader_load_file (file, &etag, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);

  /* The identity of the bytes read: their size and hash. */
  g_assert_nonnull (etag);
  expected = quadrant_safe_file_identity_for_data (full_register, strlen (full_register));
  g_assert_cmpstr (etag, ==, expected);

  g_file_delete (file, NULL, NULL);
}

static void
test_file_error_names_file (void)
{
  g_autoptr(GFile) file = temp_file (HEAD "  <parties>\n    <party/>\n  </parties>\n</register>\n", -1);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *prefix = g_strdup_printf ("%s:4:5: ", basename);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  char *etag = (char *) "untouched";

  reg = quadrant_reader_load_file (file, &etag, &error);
  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_cmpstr (etag, ==, "untouched");

  g_file_delete (file, NULL, NULL);
}

static void
test_file_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/folder/missing.quadrant.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_reader_load_file (file, NULL, &error);

  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.quadrant.xml"));
}

static void
test_file_too_large (void)
{
  g_autoptr(GFile) file = temp_file ("", 0);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *basename = g_file_get_basename (file);

  /* sparse: one byte over the limit without using the disk space */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), (goffset) QUADRANT_READER_MAX_FILE_SIZE + 1, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_cmpint (g_file_info_get_size (info), ==, (goffset) QUADRANT_READER_MAX_FILE_SIZE + 1);

  reg = quadrant_reader_load_file (file, NULL, &error);
  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, basename));

  g_file_delete (file, NULL, NULL);
}

static void
test_data_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;

  /* the length alone is refused: the data is never looked at */
  reg = quadrant_reader_load_data ("<", (gsize) QUADRANT_READER_MAX_FILE_SIZE + 1, "acme.quadrant.xml", &error);
  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE);
}

/* ---- extras ---- */

static void
test_extras_register (void)
{
  g_autoptr(QuadrantRegister) reg = reader_load_ok (
    "<register xmlns=\"" NS "\" xmlns:x=\"urn:example:x\" format=\"1.3\" x:colour=\"blue\" stamp=\"7\">\n"
    "  <metadata>\n"
    "    <organisation>Acme</organisation>\n"
    "    <x:logo href=\"logo.png\"/>\n"
    "    <future-field>later</future-field>\n"
    "  </metadata>\n"
    "  <x:settings><x:grid size=\"10\"/><!-- kept --></x:settings>\n"
    "  <parties>\n"
    "    <x:group name=\"g\"/>\n"
    "  </parties>\n"
    "</register>\n");
  QuadrantExtras *extras = quadrant_register_get_extras (reg);

  g_assert_cmpstr (quadrant_register_get_organisation (reg), ==, "Acme");
  g_assert_cmpuint (extras->attributes->len, ==, 3);
  g_assert_cmpstr (extra_attribute (extras, "xmlns:x"), ==, "urn:example:x");
  g_assert_cmpstr (extra_attribute (extras, "x:colour"), ==, "blue");
  g_assert_cmpstr (extra_attribute (extras, "stamp"), ==, "7");
  /* the writer writes the default namespace and the format itself */
  g_assert_null (extra_attribute (extras, "xmlns"));
  g_assert_null (extra_attribute (extras, "format"));

  g_assert_cmpuint (extras->elements->len, ==, 1);
  g_assert_cmpstr (extra_element (extras, 0), ==, "<x:settings><x:grid size=\"10\"/><!-- kept --></x:settings>");

  /* what is inside a known element stays there */
  extras = quadrant_extras_get_child (quadrant_register_get_extras (reg), "metadata");
  g_assert_nonnull (extras);
  g_assert_cmpuint (extras->elements->len, ==, 2);
  g_assert_cmpstr (extra_element (extras, 0), ==, "<x:logo href=\"logo.png\"/>");
  g_assert_cmpstr (extra_element (extras, 1), ==, "<future-field>later</future-field>");
  extras = quadrant_extras_get_child (quadrant_register_get_extras (reg), "parties");
  g_assert_nonnull (extras);
  g_assert_cmpuint (extras->elements->len, ==, 1);
  g_assert_cmpstr (extra_element (extras, 0), ==, "<x:group name=\"g\"/>");
  g_assert_false (quadrant_register_is_dirty (reg));
}

static void
test_extras_objects (void)
{
  g_autoptr(QuadrantRegister) reg = reader_load_ok (
    "<register xmlns=\"" NS "\" xmlns:x=\"urn:example:x\" format=\"1.0\">\n"
    "  <revisions>\n"
    "    <revision version=\"1\" date=\"2025-01-01\" x:signed=\"yes\">\n"
    "      <summary>s</summary>\n"
    "      <position party=\"p1\" support=\"neutral\"/>\n"
    "      <x:signature>abc</x:signature>\n"
    "    </revision>\n"
    "  </revisions>\n"
    "  <parties>\n"
    "    <party id=\"p1\" category=\"internal\" kind=\"staff\" support=\"neutral\" desired-support=\"neutral\" x:colour=\"red\" weight=\"3\">\n"
    "      <name>Staff</name>\n"
    "      <x:photo src=\"a.png\"><x:caption>All of us</x:caption></x:photo>\n"
    "      <requirements>\n"
    "        <requirement id=\"r1\" type=\"business\" priority=\"medium\" decision=\"undecided\" x:risk=\"R-7\">\n"
    "          <statement>Fair pay</statement>\n"
    "          <evidence>Survey 2025</evidence>\n"
    "          <reference kind=\"policy\">Pay policy</reference>\n"
    "        </requirement>\n"
    "      </requirements>\n"
    "      <notes>after the unknown element</notes>\n"
    "    </party>\n"
    "  </parties>\n"
    "</register>\n");
  QuadrantParty *party = party_at (reg, 0);
  QuadrantRequirement *requirement = requirement_at (party, 0);
  QuadrantRevision *revision = revision_at (reg, 0);
  QuadrantExtras *extras;

  extras = quadrant_party_get_extras (party);
  g_assert_cmpuint (extras->attributes->len, ==, 2);
  g_assert_cmpstr (extra_attribute (extras, "x:colour"), ==, "red");
  g_assert_cmpstr (extra_attribute (extras, "weight"), ==, "3");
  g_assert_cmpuint (extras->elements->len, ==, 1);
  g_assert_true (g_str_has_prefix (extra_element (extras, 0), "<x:photo"));
  g_assert_nonnull (strstr (extra_element (extras, 0), "<x:caption>All of us</x:caption></x:photo>"));
  /* reading goes on correctly after a skipped element */
  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "after the unknown element");
  g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, 1);

  extras = quadrant_requirement_get_extras (requirement);
  g_assert_cmpuint (extras->attributes->len, ==, 1);
  g_assert_cmpstr (extra_attribute (extras, "x:risk"), ==, "R-7");
  g_assert_cmpuint (extras->elements->len, ==, 1);
  g_assert_true (g_str_has_prefix (extra_element (extras, 0), "<evidence"));
  g_assert_nonnull (strstr (extra_element (extras, 0), ">Survey 2025</evidence>"));
  g_assert_cmpuint (quadrant_requirement_get_references (requirement)->len, ==, 1);

  extras = quadrant_revision_get_extras (revision);
  g_assert_cmpstr (extra_attribute (extras, "x:signed"), ==, "yes");
  g_assert_cmpuint (extras->elements->len, ==, 1);
  g_assert_true (g_str_has_prefix (extra_element (extras, 0), "<x:signature"));
  g_assert_cmpuint (quadrant_revision_get_positions (revision)->len, ==, 1);

  g_assert_true (quadrant_extras_is_empty (quadrant_register_get_extras (reg)) ||
                 quadrant_register_get_extras (reg)->elements->len == 0);
}

static void
test_extras_position_after_skip (void)
{
  /* an error after a skipped element still points at the right place */
  g_autofree char *xml = reader_wrap_parties (
    PARTY_OPEN PARTY_NAME
    "      <x:big xmlns:x=\"urn:x\">\n"
    "        <x:a><![CDATA[ </x:big> < ]]><!-- </x:big> --><?pi </x:big>?></x:a>\n"
    "        <x:b attr=\"a > b\"/>\n"
    "      </x:big>\n"
    "      <notes>n</notes>\n"
    "      <notes>again</notes>\n"
    "    </party>\n");

  reader_assert_fails (xml, QUADRANT_READER_ERROR_INVALID, 11, 7, "more than one <notes>");
}

static void
test_extras_too_large (void)
{
  g_autoptr(GString) xml = g_string_new (HEAD "  <x:blob xmlns:x=\"urn:x\">");

  for (guint i = 0; i < 40000; i++)
    g_string_append (xml, "<x:item>0123456789</x:item>\n");
  g_string_append (xml, "</x:blob>\n</register>\n");
  reader_assert_fails (xml->str, QUADRANT_READER_ERROR_TOO_LARGE, 3, 3, "x:blob");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader/good/full", test_good_full);
  g_test_add_func ("/reader/good/minimal", test_good_minimal);
  g_test_add_func ("/reader/good/minor-version", test_good_minor_version);
  g_test_add_func ("/reader/good/prefixed", test_good_prefixed);
  g_test_add_func ("/reader/good/text", test_good_text);
  g_test_add_func ("/reader/good/bom-and-crlf", test_good_bom_and_crlf);
  g_test_add_func ("/reader/good/example", test_good_example);
  g_test_add_func ("/reader/good/large", test_good_large);
  g_test_add_func ("/reader/bad/large", test_bad_large);
  g_test_add_func ("/reader/file/etag", test_file_etag);
  g_test_add_func ("/reader/file/error-names-file", test_file_error_names_file);
  g_test_add_func ("/reader/file/missing", test_file_missing);
  g_test_add_func ("/reader/file/too-large", test_file_too_large);
  g_test_add_func ("/reader/file/data-too-large", test_data_too_large);
  g_test_add_func ("/reader/extras/register", test_extras_register);
  g_test_add_func ("/reader/extras/objects", test_extras_objects);
  g_test_add_func ("/reader/extras/position-after-skip", test_extras_position_after_skip);
  g_test_add_func ("/reader/extras/too-large", test_extras_too_large);

  return g_test_run ();
}
