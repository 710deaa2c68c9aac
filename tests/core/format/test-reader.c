/* test-reader.c: the reader loads good registers exactly and refuses bad and hostile ones */
#define G_LOG_DOMAIN "test-reader"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "quadrant-reader.h"
#include "quadrant-safe-file.h"

#define NS "urn:quadrant:register"
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<register xmlns=\"" NS "\" format=\"1.0\">\n"
/* A party that is valid as it is; the tests change one thing at a time. */
#define PARTY_OPEN "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"80\" " \
                   "interest=\"60\" support=\"neutral\" desired-support=\"supportive\">\n"
#define PARTY_NAME "      <name>Regulator</name>\n"
#define REQUIREMENT_OPEN "        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n"
#define STATEMENT "          <statement>Breaches are notified</statement>\n"

static const char full_register[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
  "  <metadata>\n"
  "    <organisation>Northwind Health Ltd</organisation>\n"
  "    <scope>Patient portal &amp; its IT</scope>\n"
  "    <owner>Jane Doe, CISO</owner>\n"
  "    <classification>Internal</classification>\n"
  "    <version>2.1</version>\n"
  "    <approved-by>Executive board</approved-by>\n"
  "    <approval-date>2026-03-01</approval-date>\n"
  "    <next-review>2027-03-01</next-review>\n"
  "  </metadata>\n"
  "  <revisions>\n"
  "    <revision version=\"1.0\" date=\"2025-03-01\" author=\"Jane Doe\">\n"
  "      <summary>First register</summary>\n"
  "      <position party=\"4f6c0c2e-0000-4000-8000-000000000001\" power=\"80\" interest=\"60\" support=\"neutral\"/>\n"
  "      <position party=\"4f6c0c2e-0000-4000-8000-000000000002\" support=\"unaware\"/>\n"
  "    </revision>\n"
  "    <revision version=\"1.1\" date=\"2025-09-01\">\n"
  "    </revision>\n"
  "  </revisions>\n"
  "  <parties>\n"
  "    <party id=\"4f6c0c2e-0000-4000-8000-000000000001\" category=\"external\" kind=\"regulators\" power=\"80\" interest=\"60\" support=\"neutral\" desired-support=\"supportive\" identified-by=\"risk-assessment\" identified-on=\"2025-02-10\" last-reviewed=\"2026-02-20\">\n"
  "      <name>Data protection authority</name>\n"
  "      <description>Supervises &lt;GDPR&gt; compliance</description>\n"
  "      <owner>Data protection officer</owner>\n"
  "      <contact>Case officer, breach desk</contact>\n"
  "      <engagement>\n"
  "        <communication>Breach notifications</communication>\n"
  "        <channel>Secure portal</channel>\n"
  "        <frequency>As required</frequency>\n"
  "        <responsible>DPO</responsible>\n"
  "      </engagement>\n"
  "      <notes>Zürich office — “quoted”</notes>\n"
  "      <requirements>\n"
  "        <requirement id=\"9b1e0000-0000-4000-8000-000000000001\" type=\"legal\" priority=\"high\" decision=\"addressed\" review-date=\"2026-09-01\">\n"
  "          <statement>Personal data breaches are notified within 72 hours</statement>\n"
  "          <source>GDPR Art. 33</source>\n"
  "          <rationale>Incident procedure covers notification</rationale>\n"
  "          <reference kind=\"control\">A.5.24</reference>\n"
  "          <reference kind=\"process\">Incident management</reference>\n"
  "          <owner>Data protection officer</owner>\n"
  "          <notes>Tested yearly</notes>\n"
  "        </requirement>\n"
  "        <requirement id=\"9b1e0000-0000-4000-8000-000000000002\" type=\"contractual\" priority=\"low\" decision=\"partially-addressed\">\n"
  "          <statement>Second</statement>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  "    <party id=\"4f6c0c2e-0000-4000-8000-000000000002\" category=\"internal\" kind=\"senior-leadership\" support=\"unaware\" desired-support=\"leading\">\n"
  "      <name>Board</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";

/* ---- helpers ---- */

static QuadrantRegister *
load (const char  *xml,
      GError     **error)
{
  return quadrant_reader_load_data (xml, strlen (xml), "acme.quadrant.xml", error);
}

static QuadrantRegister *
load_ok (const char *xml)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = load (xml, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reg);
  return reg;
}

/* Loads xml, which must fail with code and a message that starts with
 * "acme.quadrant.xml:LINE:COLUMN: " and contains what. Returns the message. */
static char *
assert_fails_with_length (const char *xml,
                          gsize       length,
                          int         code,
                          int         line,
                          int         column,
                          const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (xml, length, "acme.quadrant.xml", &error);
  g_autofree char *prefix = NULL;

  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (line > 0)
    {
      /* column 0: any column (libxml2 counts some of them its own way) */
      prefix = column > 0 ? g_strdup_printf ("acme.quadrant.xml:%d:%d: ", line, column)
                          : g_strdup_printf ("acme.quadrant.xml:%d:", line);
      if (!g_str_has_prefix (error->message, prefix))
        g_error ("expected “%s” at the start of “%s”", prefix, error->message);
    }
  else
    g_assert_true (g_str_has_prefix (error->message, "acme.quadrant.xml:"));
  if (what != NULL && strstr (error->message, what) == NULL)
    g_error ("expected “%s” in “%s”", what, error->message);
  return g_strdup (error->message);
}

static void
assert_fails (const char *xml,
              int         code,
              int         line,
              int         column,
              const char *what)
{
  g_free (assert_fails_with_length (xml, strlen (xml), code, line, column, what));
}

static char *
wrap_parties (const char *parties)
{
  return g_strconcat (HEAD "  <parties>\n", parties, "  </parties>\n</register>\n", NULL);
}

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
  g_autoptr(QuadrantRegister) reg = load_ok (full_register);
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
  g_autoptr(QuadrantRegister) empty = load_ok ("<register xmlns=\"" NS "\" format=\"1.0\"/>");
  g_autoptr(QuadrantRegister) containers = load_ok (HEAD "<metadata/><revisions/><parties></parties></register>");

  g_assert_cmpuint (quadrant_register_get_n_parties (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (quadrant_register_get_revisions (empty)), ==, 0);
  g_assert_cmpstr (quadrant_register_get_organisation (empty), ==, "");
  g_assert_false (quadrant_register_is_dirty (empty));
  g_assert_cmpuint (quadrant_register_get_n_parties (containers), ==, 0);
}

static void
test_good_minor_version (void)
{
  g_autoptr(QuadrantRegister) reg = load_ok ("<register xmlns=\"" NS "\" format=\"1.17\"/>");

  g_assert_nonnull (reg);
}

static void
test_good_prefixed (void)
{
  /* the namespace counts, not the prefix */
  g_autoptr(QuadrantRegister) reg = load_ok (
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
  g_autofree char *xml = wrap_parties (
    "    <party id=\"p1\" category=\"internal\" kind=\"staff\" support=\"neutral\" desired-support=\"neutral\">\n"
    "      <!-- comments and processing instructions are ignored -->\n"
    "      <name>  Two  spaces\n  and a line  </name>\n"
    "      <description>a<!-- c -->b<?pi x?>c<![CDATA[<d> & e]]>&#x263A;&amp;&lt;</description>\n"
    "      <owner>   </owner>\n"
    "      <contact></contact>\n"
    "      <notes/>\n"
    "    </party>\n");
  g_autoptr(QuadrantRegister) reg = load_ok (xml);
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
  g_autoptr(QuadrantRegister) reg = load_ok (
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

/* Large enough for the reader to parse in a thread of its own while the
 * model is built: the result must be the same as for a small file. */
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
  prefix = g_strdup_printf ("large.quadrant.xml:%u:5: party “Copy” has id “party-7”", line);
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
  g_autoptr(QuadrantRegister) reg = load_ok (
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
  g_autoptr(QuadrantRegister) reg = load_ok (
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
  g_autofree char *xml = wrap_parties (
    PARTY_OPEN PARTY_NAME
    "      <x:big xmlns:x=\"urn:x\">\n"
    "        <x:a><![CDATA[ </x:big> < ]]><!-- </x:big> --><?pi </x:big>?></x:a>\n"
    "        <x:b attr=\"a > b\"/>\n"
    "      </x:big>\n"
    "      <notes>n</notes>\n"
    "      <notes>again</notes>\n"
    "    </party>\n");

  assert_fails (xml, QUADRANT_READER_ERROR_INVALID, 11, 7, "more than one <notes>");
}

static void
test_extras_too_large (void)
{
  g_autoptr(GString) xml = g_string_new (HEAD "  <x:blob xmlns:x=\"urn:x\">");

  for (guint i = 0; i < 40000; i++)
    g_string_append (xml, "<x:item>0123456789</x:item>\n");
  g_string_append (xml, "</x:blob>\n</register>\n");
  assert_fails (xml->str, QUADRANT_READER_ERROR_TOO_LARGE, 3, 3, "x:blob");
}

/* ---- bad input ---- */

static void
test_bad_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;

  assert_fails ("", QUADRANT_READER_ERROR_MALFORMED, 1, 1, "empty");
  assert_fails (" \n\t\n", QUADRANT_READER_ERROR_MALFORMED, 1, 1, "empty");
  reg = quadrant_reader_load_data (NULL, 0, "acme.quadrant.xml", &error);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_MALFORMED);
}

static void
test_bad_truncated (void)
{
  gsize length = strlen (full_register);

  /* cut anywhere: always an error, never a half register */
  for (gsize cut = 1; cut < length - 2; cut += 7)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (full_register, cut, "acme.quadrant.xml", &error);

      g_assert_null (reg);
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_MALFORMED) ||
                     g_error_matches (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_INVALID));
      g_assert_true (g_str_has_prefix (error->message, "acme.quadrant.xml:"));
    }

  g_free (assert_fails_with_length (full_register, 1500, QUADRANT_READER_ERROR_MALFORMED, 0, 0, "truncated"));
}

static void
test_bad_not_xml (void)
{
  assert_fails ("hello, world\n", QUADRANT_READER_ERROR_MALFORMED, 1, 1, NULL);
  assert_fails ("{\"register\": true}", QUADRANT_READER_ERROR_MALFORMED, 1, 1, NULL);
  assert_fails (HEAD "  <parties>\n  </partys>\n</register>\n", QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL);
  assert_fails (HEAD "</register>\n<register/>\n", QUADRANT_READER_ERROR_MALFORMED, 0, 0, NULL);
  assert_fails (HEAD "  <x:y/>\n</register>\n", QUADRANT_READER_ERROR_MALFORMED, 0, 0, NULL);
}

static void
test_bad_root (void)
{
  assert_fails ("<html><body/></html>", QUADRANT_READER_ERROR_NOT_A_REGISTER, 1, 1, "<html>");
  assert_fails ("<?xml version=\"1.0\"?>\n<register format=\"1.0\"/>",
                QUADRANT_READER_ERROR_NOT_A_REGISTER, 2, 1, "namespace");
  assert_fails ("<register xmlns=\"urn:quadrant:other\" format=\"1.0\"/>",
                QUADRANT_READER_ERROR_NOT_A_REGISTER, 1, 1, "urn:quadrant:other");
  assert_fails ("<parties xmlns=\"" NS "\"/>", QUADRANT_READER_ERROR_NOT_A_REGISTER, 1, 1, NULL);
}

static void
test_bad_version (void)
{
  assert_fails ("<register xmlns=\"" NS "\" format=\"2.0\"/>",
                QUADRANT_READER_ERROR_UNSUPPORTED_VERSION, 1, 1, "2.0");
  assert_fails ("<register xmlns=\"" NS "\" format=\"10.1\"/>",
                QUADRANT_READER_ERROR_UNSUPPORTED_VERSION, 1, 1, NULL);
  assert_fails ("<register xmlns=\"" NS "\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, "format");
  assert_fails ("<register xmlns=\"" NS "\" format=\"one\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, "one");
  assert_fails ("<register xmlns=\"" NS "\" format=\"1\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, NULL);
  assert_fails ("<register xmlns=\"" NS "\" format=\"0.9\"/>", QUADRANT_READER_ERROR_INVALID, 1, 1, NULL);
}

static void
test_bad_example_message (void)
{
  g_autofree char *xml = wrap_parties (
    "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"120\" interest=\"60\" support=\"neutral\" desired-support=\"supportive\">\n"
    PARTY_NAME
    "    </party>\n");
  g_autofree char *message = assert_fails_with_length (xml, strlen (xml), QUADRANT_READER_ERROR_INVALID, 4, 5, NULL);

  g_assert_cmpstr (message, ==,
                   "acme.quadrant.xml:4:5: party “Regulator” has power “120”; "
                   "expected a whole number from 0 to 100");
}

typedef struct {
  const char *party;  /* replaces the whole <party> element */
  int line, column;
  const char *what;
} PartyCase;

static void
test_bad_party_fields (void)
{
  const PartyCase cases[] = {
    /* missing required fields */
    { "    <party category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has no id; expected a unique id" },
    { "    <party id=\"\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has no id" },
    { "    <party id=\"p1\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "party “Regulator” has no category; expected one of internal, external" },
    { "    <party id=\"p1\" category=\"external\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has no kind; expected one of staff, senior-leadership," },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has no support; expected one of unaware, resistant, neutral, supportive, leading" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has no desired-support" },
    { PARTY_OPEN "    </party>\n", 4, 5, "party “p1” has no name; expected a non-empty <name>" },
    { PARTY_OPEN "      <name> \n </name>\n    </party>\n", 4, 5, "party “p1” has no name" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\"/>\n",
      4, 5, "has no name" },
    /* invalid values */
    { "    <party id=\"p1\" category=\"outside\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "party “Regulator” has category “outside”; expected one of internal, external" },
    { "    <party id=\"p1\" category=\"external\" kind=\"Regulators\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has kind “Regulators”; expected one of" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"happy\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has support “happy”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\" identified-by=\"unspecified\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has identified-by “unspecified”; expected one of risk-assessment," },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"-1\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has power “-1”; expected a whole number from 0 to 100" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"5\" interest=\"50.5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has interest “50.5”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has power “”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"99999999999999999999\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has power “99999999999999999999”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\" 5\" interest=\"5\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has power “ 5”" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"50\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "party “Regulator” has only one of power and interest; expected both or neither" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" interest=\"50\" support=\"neutral\" desired-support=\"neutral\">\n" PARTY_NAME "    </party>\n",
      4, 5, "only one of power and interest" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\" identified-on=\"2025-02-30\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has identified-on “2025-02-30”; expected a date written as YYYY-MM-DD" },
    { "    <party id=\"p1\" category=\"external\" kind=\"regulators\" support=\"neutral\" desired-support=\"neutral\" last-reviewed=\"20.2.2026\">\n" PARTY_NAME "    </party>\n",
      4, 5, "has last-reviewed “20.2.2026”" },
    /* structure */
    { PARTY_OPEN PARTY_NAME "      <name>Again</name>\n    </party>\n", 6, 7, "more than one <name>" },
    { PARTY_OPEN PARTY_NAME "      loose text\n    </party>\n", 6, 7, "unexpected text “loose text”" },
    { PARTY_OPEN PARTY_NAME "      <engagement><channel>a</channel><channel>b</channel></engagement>\n    </party>\n",
      6, 39, "more than one <channel>" },
    /* requirements */
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement type=\"legal\" priority=\"high\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "a requirement has no id" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" priority=\"high\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “r1” has no type; expected one of legal, regulatory, contractual, business, other" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "has no priority; expected one of low, medium, high" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"high\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "has no decision; expected one of undecided, addressed, partially-addressed, not-addressed" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “r1” has no statement" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"urgent\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “r1” has priority “urgent”; expected one of low, medium, high" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"done\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "has decision “done”" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"addressed\" review-date=\"2026-9-1\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "has review-date “2026-9-1”; expected a date written as YYYY-MM-DD" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "          <reference>A.5.1</reference>\n        </requirement>\n      </requirements>\n    </party>\n",
      9, 11, "a reference of requirement “r1” has no kind; expected one of control, policy, process, objective, other" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "          <reference kind=\"law\">A.5.1</reference>\n        </requirement>\n      </requirements>\n    </party>\n",
      9, 11, "has kind “law”" },
    /* duplicate ids, across parties and requirements */
    { PARTY_OPEN PARTY_NAME "    </party>\n" PARTY_OPEN "      <name>Twin</name>\n    </party>\n",
      7, 5, "party “Twin” has id “p1”; expected an id that no other party or requirement has" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n        <requirement id=\"p1\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n" STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      7, 9, "requirement “p1” has id “p1”" },
    { PARTY_OPEN PARTY_NAME "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "        </requirement>\n" REQUIREMENT_OPEN STATEMENT "        </requirement>\n      </requirements>\n    </party>\n",
      10, 9, "has id “r1”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = wrap_parties (cases[i].party);

      g_test_message ("case %u: %s", i, cases[i].what);
      assert_fails (xml, QUADRANT_READER_ERROR_INVALID, cases[i].line, cases[i].column, cases[i].what);
    }
}

static void
test_bad_metadata_and_revisions (void)
{
  assert_fails (HEAD "  <metadata>\n    <approval-date>2026-13-01</approval-date>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5,
                "the metadata has approval-date “2026-13-01”; expected a date written as YYYY-MM-DD");
  assert_fails (HEAD "  <metadata>\n    <next-review>soon</next-review>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "next-review “soon”");
  assert_fails (HEAD "  <metadata>\n    <scope>a</scope>\n    <scope>b</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 5, "more than one <scope>");
  assert_fails (HEAD "  <metadata/>\n  <metadata/>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 3, "more than one <metadata>");
  assert_fails (HEAD "  <revisions>\n    <revision date=\"2025-01-01\"/>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "a revision has no version");
  assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\"/>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "revision “1.0” has no date");
  assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"yesterday\"/>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 4, 5, "revision “1.0” has date “yesterday”");
  assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position support=\"neutral\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "has no party");
  assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "the position of party “p1” in revision “1.0” has no support");
  assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\" power=\"101\" interest=\"1\" support=\"neutral\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "has power “101”");
  assert_fails (HEAD "  <revisions>\n    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\" power=\"10\" support=\"neutral\"/>\n    </revision>\n  </revisions>\n</register>\n",
                QUADRANT_READER_ERROR_INVALID, 5, 7, "only one of power and interest");
}

static void
test_bad_dangling_position (void)
{
  assert_fails (HEAD
                "  <revisions>\n"
                "    <revision version=\"1.0\" date=\"2025-01-01\">\n"
                "      <position party=\"p1\" support=\"neutral\"/>\n"
                "      <position party=\"r1\" support=\"neutral\"/>\n"
                "    </revision>\n"
                "  </revisions>\n"
                "  <parties>\n"
                PARTY_OPEN PARTY_NAME
                "      <requirements>\n" REQUIREMENT_OPEN STATEMENT "        </requirement>\n      </requirements>\n"
                "    </party>\n"
                "  </parties>\n"
                "</register>\n",
                QUADRANT_READER_ERROR_INVALID, 6, 7,
                "revision “1.0” has a position of party “r1”, which is not in the register");
}

static void
test_bad_utf8 (void)
{
  assert_fails (HEAD "  <metadata>\n    <scope>caf\xC3</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL);
  assert_fails (HEAD "  <metadata>\n    <scope>\xFF\xFE</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL);
  /* a register is UTF-8 whatever it declares */
  assert_fails ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>caf\xE9</scope></metadata></register>",
                QUADRANT_READER_ERROR_MALFORMED, 2, 0, NULL);
  /* other encodings, with or without a byte order mark */
  g_free (assert_fails_with_length ("<\0?\0x\0m\0l\0", 10, QUADRANT_READER_ERROR_MALFORMED, 1, 1, "UTF-8"));
  g_free (assert_fails_with_length ("\xFF\xFE<\0r\0", 6, QUADRANT_READER_ERROR_MALFORMED, 1, 1, "UTF-8"));
  g_free (assert_fails_with_length ("\xFE\xFF\0<\0r", 6, QUADRANT_READER_ERROR_MALFORMED, 1, 1, "UTF-8"));
  /* a DOCTYPE in UTF-16 is refused too, as it is not UTF-8 */
  {
    static const char doctype[] = "<!DOCTYPE register>";
    char utf16[2 * sizeof doctype];

    for (gsize i = 0; i < sizeof doctype; i++)
      {
        utf16[2 * i] = doctype[i];
        utf16[2 * i + 1] = '\0';
      }
    g_free (assert_fails_with_length (utf16, sizeof utf16, QUADRANT_READER_ERROR_MALFORMED, 1, 1, NULL));
  }
  /* a NUL byte is not XML either */
  g_free (assert_fails_with_length (HEAD "  <metadata>\n    <scope>a\0b</scope>\n  </metadata>\n</register>\n",
                                    sizeof (HEAD) + 40, QUADRANT_READER_ERROR_MALFORMED, 4, 0, NULL));
}

/* ---- hostile input ---- */

#define SECRET_MARKER "QUADRANT-SECRET-7f3a9c"

static char *
secret_file (void)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("test-reader-secret-XXXXXX", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, SECRET_MARKER "\n", -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_refused_without_secret (const char *xml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = load (xml, &error);

  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_FORBIDDEN);
  g_assert_null (strstr (error->message, SECRET_MARKER));
}

static void
test_hostile_external_entity (void)
{
  g_autofree char *path = secret_file ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *general = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE register [ <!ENTITY xxe SYSTEM \"%s\"> ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&xxe;</scope></metadata></register>\n", uri);
  g_autofree char *plain_path = g_strdup_printf (
    "<!DOCTYPE register [ <!ENTITY xxe SYSTEM \"%s\"> ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&xxe;</scope></metadata></register>\n", path);
  g_autofree char *parameter = g_strdup_printf (
    "<!-- a comment first --><?pi before?>\n"
    "<!DOCTYPE register [ <!ENTITY %% xxe SYSTEM \"%s\"> %%xxe; ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"/>\n", uri);
  g_autofree char *external_dtd = g_strdup_printf (
    "<!DOCTYPE register SYSTEM \"%s\">\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"/>\n", uri);
  g_autofree char *in_attribute = g_strdup_printf (
    "<!DOCTYPE register [ <!ENTITY xxe SYSTEM \"%s\"> ]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\" x=\"&xxe;\"/>\n", uri);

  assert_refused_without_secret (general);
  assert_fails (general, QUADRANT_READER_ERROR_FORBIDDEN, 2, 1, "DOCTYPE");
  assert_refused_without_secret (plain_path);
  assert_refused_without_secret (parameter);
  assert_fails (parameter, QUADRANT_READER_ERROR_FORBIDDEN, 2, 1, NULL);
  assert_refused_without_secret (external_dtd);
  assert_refused_without_secret (in_attribute);

  g_unlink (path);
}

/* The same, in a child process whose whole output must not contain the secret. */
static void
test_hostile_external_entity_output (void)
{
  if (g_test_subprocess ())
    {
      test_hostile_external_entity ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDIN);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout_unmatched ("*" SECRET_MARKER "*");
  g_test_trap_assert_stderr_unmatched ("*" SECRET_MARKER "*");
}

static void
test_hostile_billion_laughs (void)
{
  static const char laughs[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&lol9;</scope></metadata></register>\n";

  assert_fails (laughs, QUADRANT_READER_ERROR_FORBIDDEN, 2, 1, NULL);
}

static void
test_hostile_doctype (void)
{
  g_autoptr(QuadrantRegister) reg = NULL;

  assert_fails ("<!DOCTYPE register>\n<register xmlns=\"" NS "\" format=\"1.0\"/>",
                QUADRANT_READER_ERROR_FORBIDDEN, 1, 1, NULL);
  assert_fails ("<?xml version=\"1.0\"?>\n\n  <!-- <!DOCTYPE in a comment is fine -->\n  <!DOCTYPE register>\n"
                "<register xmlns=\"" NS "\" format=\"1.0\"/>",
                QUADRANT_READER_ERROR_FORBIDDEN, 4, 3, NULL);
  /* a DOCTYPE-like text in a comment alone is harmless */
  reg = load_ok ("<!-- <!DOCTYPE x> --><register xmlns=\"" NS "\" format=\"1.0\"/>");
  g_assert_nonnull (reg);
  /* undeclared entities (there is nowhere to declare them) */
  assert_fails (HEAD "  <metadata>\n    <scope>&nbsp;</scope>\n  </metadata>\n</register>\n",
                QUADRANT_READER_ERROR_FORBIDDEN, 4, 0, "nbsp");
}

static void
test_hostile_network (void)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocket) client = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dtd = NULL;
  g_autofree char *entity = NULL;
  guint16 port;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, TRUE, &error);
  g_assert_no_error (error);
  g_socket_listen (socket, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  dtd = g_strdup_printf ("<!DOCTYPE register SYSTEM \"http://127.0.0.1:%u/evil.dtd\">\n"
                         "<register xmlns=\"" NS "\" format=\"1.0\"/>\n", port);
  entity = g_strdup_printf ("<!DOCTYPE register [ <!ENTITY e SYSTEM \"http://127.0.0.1:%u/e\"> ]>\n"
                            "<register xmlns=\"" NS "\" format=\"1.0\"><metadata><scope>&e;</scope></metadata></register>\n",
                            port);
  assert_fails (dtd, QUADRANT_READER_ERROR_FORBIDDEN, 1, 1, NULL);
  assert_fails (entity, QUADRANT_READER_ERROR_FORBIDDEN, 1, 1, NULL);

  /* any connection attempt would be waiting in the backlog by now */
  g_socket_set_blocking (socket, FALSE);
  client = g_socket_accept (socket, NULL, &error);
  g_assert_null (client);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static void
test_hostile_deep_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) unknown = g_string_new (HEAD);
  g_autoptr(GString) known = g_string_new (HEAD "  <metadata>\n    <scope>");
  g_autoptr(GString) in_party = g_string_new (HEAD "  <parties>\n");

  for (guint i = 0; i < depth; i++)
    g_string_append (unknown, "<a>");
  for (guint i = 0; i < depth; i++)
    g_string_append (unknown, "</a>");
  g_string_append (unknown, "</register>\n");
  g_free (assert_fails_with_length (unknown->str, unknown->len, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  g_free (assert_fails_with_length (unknown->str, unknown->len / 2, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  /* inside a party, in elements of our own namespace */
  g_string_append (in_party, PARTY_OPEN PARTY_NAME);
  for (guint i = 0; i < depth; i++)
    g_string_append (in_party, "<party>");
  g_free (assert_fails_with_length (in_party->str, in_party->len, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  /* in a text element, whose unknown elements are kept too */
  for (guint i = 0; i < depth; i++)
    g_string_append (known, "<b>");
  g_free (assert_fails_with_length (known->str, known->len, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));
}

static void
test_hostile_huge_text (void)
{
  const gsize huge = 100 * 1024 * 1024;
  static const char head[] = HEAD "  <metadata>\n    <scope>";
  static const char tail[] = "</scope>\n  </metadata>\n</register>\n";
  g_autofree char *xml = g_malloc (sizeof head + huge + sizeof tail);
  gsize length = 0;

  memcpy (xml, head, sizeof head - 1);
  length += sizeof head - 1;
  memset (xml + length, 'a', huge);
  length += huge;
  memcpy (xml + length, tail, sizeof tail - 1);
  length += sizeof tail - 1;

  g_free (assert_fails_with_length (xml, length, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));

  /* over our own limit, under libxml2's */
  length = sizeof head - 1 + 2 * QUADRANT_READER_MAX_TEXT_SIZE;
  memcpy (xml + length, tail, sizeof tail - 1);
  length += sizeof tail - 1;
  g_free (assert_fails_with_length (xml, length, QUADRANT_READER_ERROR_TOO_LARGE, 4, 5, "longer than"));

  /* the same in an attribute */
  length = strlen (HEAD "  <x:y xmlns:x=\"urn:x\" a=\"");
  memcpy (xml, HEAD "  <x:y xmlns:x=\"urn:x\" a=\"", length);
  memset (xml + length, 'a', 2 * QUADRANT_READER_MAX_TEXT_SIZE);
  length += 2 * QUADRANT_READER_MAX_TEXT_SIZE;
  memcpy (xml + length, "\"/></register>", strlen ("\"/></register>"));
  length += strlen ("\"/></register>");
  g_free (assert_fails_with_length (xml, length, QUADRANT_READER_ERROR_TOO_LARGE, 0, 0, NULL));
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
  g_test_add_func ("/reader/bad/empty", test_bad_empty);
  g_test_add_func ("/reader/bad/truncated", test_bad_truncated);
  g_test_add_func ("/reader/bad/not-xml", test_bad_not_xml);
  g_test_add_func ("/reader/bad/root", test_bad_root);
  g_test_add_func ("/reader/bad/version", test_bad_version);
  g_test_add_func ("/reader/bad/example-message", test_bad_example_message);
  g_test_add_func ("/reader/bad/party-fields", test_bad_party_fields);
  g_test_add_func ("/reader/bad/metadata-and-revisions", test_bad_metadata_and_revisions);
  g_test_add_func ("/reader/bad/dangling-position", test_bad_dangling_position);
  g_test_add_func ("/reader/bad/utf8", test_bad_utf8);
  g_test_add_func ("/reader/hostile/external-entity", test_hostile_external_entity);
  g_test_add_func ("/reader/hostile/external-entity-output", test_hostile_external_entity_output);
  g_test_add_func ("/reader/hostile/billion-laughs", test_hostile_billion_laughs);
  g_test_add_func ("/reader/hostile/doctype", test_hostile_doctype);
  g_test_add_func ("/reader/hostile/network", test_hostile_network);
  g_test_add_func ("/reader/hostile/deep-nesting", test_hostile_deep_nesting);
  g_test_add_func ("/reader/hostile/huge-text", test_hostile_huge_text);

  return g_test_run ();
}
