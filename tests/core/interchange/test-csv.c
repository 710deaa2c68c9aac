/* test-csv.c: RFC 4180 export, exact bytes, and formula neutralisation */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <string.h>

#include "quadrant-csv.h"
#include "quadrant-enum-types.h"

#define BOM "\xEF\xBB\xBF"

#define REQUIREMENTS_HEADER \
  "party-id,party-reference,party-name,category,kind,power,interest,quadrant,current-support,desired-support,party-owner," \
  "requirement-id,requirement-reference,statement,type,source,priority,decision,rationale,references,requirement-owner,review-date,requirement-notes\r\n"

#define PARTIES_HEADER \
  "party-id,reference,name,category,kind,description,power,interest,quadrant,current-support,desired-support," \
  "owner,contact,identified-by,identified-on,relevant,relevance-rationale,relevance-decided," \
  "engagement-communication,engagement-channel," \
  "engagement-frequency,engagement-responsible,last-reviewed,notes,requirements,undecided\r\n"

static char *
cell (const char *value)
{
  GString *row = g_string_new ("");

  quadrant_csv_append_cell (row, value);
  return g_string_free (row, FALSE);
}

static void
test_cell (void)
{
  const struct {
    const char *value;
    const char *expected;
  } cases[] = {
    { NULL, "" },
    { "", "" },
    { "plain text", "plain text" },
    { "Müller & Söhne — Zürich", "Müller & Söhne — Zürich" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "line 1\nline 2", "\"line 1\nline 2\"" },
    { "line 1\r\nline 2", "\"line 1\r\nline 2\"" },
    { "a\rb", "\"a\rb\"" },
    /* Formula prefixes get an apostrophe; inside a value they are harmless. */
    { "=1+1", "'=1+1" },
    { "+49 30 1234", "'+49 30 1234" },
    { "-2", "'-2" },
    { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
    { "\tcmd", "'\tcmd" },
    { "\rcmd", "\"'\rcmd\"" },
    { "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
    { "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0" },
    { "a=b+c-d@e", "a=b+c-d@e" },
    { "'quoted", "'quoted" },
    { "A.5.34", "A.5.34" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cell (cases[i].value);

      g_assert_cmpstr (out, ==, cases[i].expected);
    }

  /* Appends: an existing row is kept. */
  {
    g_autoptr(GString) row = g_string_new ("x,");

    quadrant_csv_append_cell (row, "y,z");
    g_assert_cmpstr (row->str, ==, "x,\"y,z\"");
  }
}

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *id,
           const char       *name)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (id);

  quadrant_party_set_name (party, name);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

static QuadrantRequirement *
add_requirement (QuadrantParty *party,
                 const char    *id,
                 const char    *statement)
{
  g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (id);

  quadrant_requirement_set_statement (req, statement);
  quadrant_party_append_requirement (party, req);
  return req;
}

/* Three parties: two requirements, none, and one tricky one. */
static QuadrantRegister *
build_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  QuadrantParty *dpa, *board, *shop;
  QuadrantRequirement *req;
  g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();

  dpa = add_party (reg, "p-1", "Data protection authority");
  quadrant_party_set_category (dpa, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_party_set_kind (dpa, QUADRANT_KIND_REGULATORS);
  quadrant_party_set_power (dpa, 80);
  quadrant_party_set_interest (dpa, 60);
  quadrant_party_set_current_support (dpa, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_party_set_desired_support (dpa, QUADRANT_SUPPORT_SUPPORTIVE);
  quadrant_party_set_owner (dpa, "DPO");
  quadrant_party_set_code (dpa, "IP-001");

  req = add_requirement (dpa, "r-1", "Breaches are notified within 72 hours");
  quadrant_requirement_set_requirement_type (req, QUADRANT_REQUIREMENT_TYPE_LEGAL);
  quadrant_requirement_set_source (req, "GDPR Art. 33");
  quadrant_requirement_set_priority (req, QUADRANT_PRIORITY_HIGH);
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_ADDRESSED);
  quadrant_requirement_set_rationale (req, "Incident procedure covers it");
  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.24"));
  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_PROCESS, "Incident management"));
  quadrant_requirement_set_references (req, refs);
  quadrant_requirement_set_owner (req, "DPO");
  quadrant_requirement_set_review_date (req, "2026-09-01");
  quadrant_requirement_set_code (req, "-R1");

  req = add_requirement (dpa, "r-2", "Records of processing, kept \"up to date\"");
  quadrant_requirement_set_requirement_type (req, QUADRANT_REQUIREMENT_TYPE_REGULATORY);
  quadrant_requirement_set_priority (req, QUADRANT_PRIORITY_MEDIUM);
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  quadrant_requirement_set_rationale (req, "Two systems missing:\nCRM\nPayroll");

  board = add_party (reg, "p-2", "=Board, \"the\" Directors");
  quadrant_party_set_category (board, QUADRANT_CATEGORY_INTERNAL);
  quadrant_party_set_kind (board, QUADRANT_KIND_SENIOR_LEADERSHIP);
  quadrant_party_set_power (board, 0);
  quadrant_party_set_interest (board, 100);
  quadrant_party_set_current_support (board, QUADRANT_SUPPORT_LEADING);
  quadrant_party_set_desired_support (board, QUADRANT_SUPPORT_LEADING);
  quadrant_party_set_owner (board, "@ceo");

  shop = add_party (reg, "p-3", "Kunden in Österreich");
  quadrant_party_set_kind (shop, QUADRANT_KIND_CUSTOMERS);
  quadrant_party_set_owner (shop, "+43 1 234");
  req = add_requirement (shop, "r-3", "-Datenschutz\t");
  quadrant_requirement_set_requirement_type (req, QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL);
  quadrant_requirement_set_priority (req, QUADRANT_PRIORITY_LOW);
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_UNDECIDED);
  quadrant_requirement_set_source (req, "\rAGB §5");

  return reg;
}

static void
test_requirements (void)
{
  g_autoptr(QuadrantRegister) reg = build_register ();
  g_autofree char *csv = quadrant_csv_export_requirements (reg);
  const char *expected =
    BOM REQUIREMENTS_HEADER
    "p-1,IP-001,Data protection authority,external,regulators,80,60,manage-closely,neutral,supportive,DPO,"
    "r-1,'-R1,Breaches are notified within 72 hours,legal,GDPR Art. 33,high,addressed,"
    "Incident procedure covers it,control: A.5.24; process: Incident management,DPO,2026-09-01,\r\n"
    "p-1,IP-001,Data protection authority,external,regulators,80,60,manage-closely,neutral,supportive,DPO,"
    "r-2,,\"Records of processing, kept \"\"up to date\"\"\",regulatory,,medium,partially-addressed,"
    "\"Two systems missing:\nCRM\nPayroll\",,,,\r\n"
    /* A party without requirements: one row, requirement cells empty. */
    "p-2,,\"'=Board, \"\"the\"\" Directors\",internal,senior-leadership,0,100,keep-informed,leading,leading,'@ceo,"
    ",,,,,,,,,,,\r\n"
    /* Not placed: empty power and interest. */
    "p-3,,Kunden in Österreich,external,customers,,,unplaced,neutral,neutral,'+43 1 234,"
    "r-3,,'-Datenschutz\t,contractual,\"'\rAGB §5\",low,undecided,,,,,\r\n";

  g_assert_cmpstr (csv, ==, expected);
}

static void
test_parties (void)
{
  g_autoptr(QuadrantRegister) reg = build_register ();
  QuadrantParty *dpa = quadrant_register_find_party (reg, "p-1");
  g_autofree char *csv = NULL;
  const char *expected =
    BOM PARTIES_HEADER
    "p-1,IP-001,Data protection authority,external,regulators,Supervises us,80,60,manage-closely,neutral,supportive,"
    "DPO,Breach desk,risk-assessment,2025-02-10,relevant,,,\"Notifications, yearly summary\",Secure portal,"
    "Yearly,DPO,2026-02-20,\"Line 1\r\nLine 2\",2,0\r\n"
    "p-2,,\"'=Board, \"\"the\"\" Directors\",internal,senior-leadership,,0,100,keep-informed,leading,leading,"
    "'@ceo,,,,not-relevant,\"Acts through leadership, not directly\",2026-01-05,,,,,,,0,0\r\n"
    "p-3,,Kunden in Österreich,external,customers,,,,unplaced,neutral,neutral,"
    "'+43 1 234,,,,to-decide,,,,,,,,,1,1\r\n";

  g_assert_nonnull (dpa);
  /* Relevant is written out, though the register file leaves it out. */
  quadrant_party_set_relevance (quadrant_register_find_party (reg, "p-2"), QUADRANT_RELEVANCE_NOT_RELEVANT);
  quadrant_party_set_relevance_rationale (quadrant_register_find_party (reg, "p-2"), "Acts through leadership, not directly");
  quadrant_party_set_relevance_decided (quadrant_register_find_party (reg, "p-2"), "2026-01-05");
  quadrant_party_set_relevance (quadrant_register_find_party (reg, "p-3"), QUADRANT_RELEVANCE_TO_DECIDE);
  quadrant_party_set_description (dpa, "Supervises us");
  quadrant_party_set_contact (dpa, "Breach desk");
  quadrant_party_set_identified_by (dpa, QUADRANT_IDENTIFICATION_RISK_ASSESSMENT);
  quadrant_party_set_identified_on (dpa, "2025-02-10");
  quadrant_party_set_engagement_communication (dpa, "Notifications, yearly summary");
  quadrant_party_set_engagement_channel (dpa, "Secure portal");
  quadrant_party_set_engagement_frequency (dpa, "Yearly");
  quadrant_party_set_engagement_responsible (dpa, "DPO");
  quadrant_party_set_last_reviewed (dpa, "2026-02-20");
  quadrant_party_set_notes (dpa, "Line 1\r\nLine 2");

  csv = quadrant_csv_export_parties (reg);
  g_assert_cmpstr (csv, ==, expected);
}

static void
test_empty_register (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autofree char *requirements = quadrant_csv_export_requirements (reg);
  g_autofree char *parties = quadrant_csv_export_parties (reg);

  g_assert_cmpstr (requirements, ==, BOM REQUIREMENTS_HEADER);
  g_assert_cmpstr (parties, ==, BOM PARTIES_HEADER);
}

/* A minimal RFC 4180 reader: the export must parse back into the same cells. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = csv;

  g_assert_true (g_str_has_prefix (p, BOM));
  p += strlen (BOM);

  while (*p != '\0')
    {
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              g_assert_cmpint (*p, !=, '\0');
              if (p[0] == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (p[0] == '"')
                {
                  p++;
                  break;
                }
              else
                {
                  g_string_append_c (field, *p++);
                }
            }
          /* After a closing quote only a separator or the row end may follow. */
          g_assert_true (*p == ',' || g_str_has_prefix (p, "\r\n"));
        }

      if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          p++;
        }
      else if (g_str_has_prefix (p, "\r\n"))
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          p += 2;
        }
      else
        {
          /* An unquoted cell never holds a quote, CR or LF. */
          g_assert_cmpint (*p, !=, '"');
          g_assert_cmpint (*p, !=, '\r');
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p++);
        }
    }

  /* The last row ends with CRLF too. */
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);

  return rows;
}

static void
test_parse_back (void)
{
  g_autoptr(QuadrantRegister) reg = build_register ();
  g_autofree char *csv = quadrant_csv_export_requirements (reg);
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  char **header, **row;

  g_assert_true (g_utf8_validate (csv, -1, NULL));
  /* Header, two requirements of p-1, p-2 alone, one requirement of p-3. */
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, i)), ==, 23);

  header = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (header[0], ==, "party-id");
  g_assert_cmpstr (header[13], ==, "statement");

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row[0], ==, "p-1");
  g_assert_cmpstr (row[11], ==, "r-2");
  g_assert_cmpstr (row[13], ==, "Records of processing, kept \"up to date\"");
  g_assert_cmpstr (row[18], ==, "Two systems missing:\nCRM\nPayroll");

  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (row[2], ==, "'=Board, \"the\" Directors");
  g_assert_cmpstr (row[11], ==, "");

  row = g_ptr_array_index (rows, 4);
  g_assert_cmpstr (row[2], ==, "Kunden in Österreich");
  g_assert_cmpstr (row[5], ==, "");
  g_assert_cmpstr (row[15], ==, "'\rAGB §5");
}

/* Every enum value is written as its file-format word, which reads back. */
static void
test_enum_nicks (void)
{
  for (int decision = QUADRANT_DECISION_UNDECIDED; decision <= QUADRANT_DECISION_NOT_ADDRESSED; decision++)
    {
      g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
      QuadrantParty *party = add_party (reg, "p", "P");
      QuadrantRequirement *req = add_requirement (party, "r", "R");
      g_autofree char *csv = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      char **row;
      int value = -1;

      quadrant_requirement_set_decision (req, decision);
      csv = quadrant_csv_export_requirements (reg);
      rows = parse_csv (csv);
      row = g_ptr_array_index (rows, 1);
      g_assert_true (quadrant_enum_from_nick (QUADRANT_TYPE_DECISION, row[17], &value));
      g_assert_cmpint (value, ==, decision);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/cell", test_cell);
  g_test_add_func ("/csv/requirements", test_requirements);
  g_test_add_func ("/csv/parties", test_parties);
  g_test_add_func ("/csv/empty-register", test_empty_register);
  g_test_add_func ("/csv/parse-back", test_parse_back);
  g_test_add_func ("/csv/enum-nicks", test_enum_nicks);

  return g_test_run ();
}
