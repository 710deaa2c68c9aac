/* test-csv-import-rows.c: CSV import: value rules, column mappings and the
 * vocabulary, bad rows, parties already in the register, undo, and the
 * command line */
#define G_LOG_DOMAIN "test-csv-import-rows"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "quadrant-cli.h"
#include "quadrant-csv.h"
#include "quadrant-csv-import.h"
#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "csv-import-checks.h"

static void
test_values (void)
{
  g_autoptr(QuadrantRegister) reg = import_ok (
    "Party,Category,Type of party,Influence,Interest,Support,Desired support,Need,Type,Priority,Decision,References,Review date\n"
    "Works council,INTERNAL,works council,Medium,75%,Opposed,neutral,Consultation,Legal,high,partially addressed,\"control: A.6.3; Staff handbook\",2026-09-01\n"
    "Regulator,external,Regulator,90,h,supportive,Leading,Breach notice,regulatory,Med,yes,Process: Incident management,\n"
    "Nobody,external,other,,,,,,,,,,\n");
  QuadrantParty *council = party_at (reg, 0);
  QuadrantParty *regulator = party_at (reg, 1);
  QuadrantParty *nobody = party_at (reg, 2);
  QuadrantRequirement *consultation = requirement_at (council, 0);
  QuadrantRequirement *notice = requirement_at (regulator, 0);
  GPtrArray *refs = quadrant_requirement_get_references (consultation);
  QuadrantReference *ref;

  g_assert_cmpint (quadrant_party_get_category (council), ==, QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpint (quadrant_party_get_kind (council), ==, QUADRANT_KIND_UNIONS);
  g_assert_cmpint (quadrant_party_get_power (council), ==, QUADRANT_CSV_MEDIUM_HIGH);
  g_assert_cmpint (quadrant_party_get_interest (council), ==, 75);
  g_assert_cmpint (quadrant_party_get_current_support (council), ==, QUADRANT_SUPPORT_RESISTANT);
  g_assert_cmpint (quadrant_requirement_get_requirement_type (consultation), ==, QUADRANT_REQUIREMENT_TYPE_LEGAL);
  g_assert_cmpint (quadrant_requirement_get_priority (consultation), ==, QUADRANT_PRIORITY_HIGH);
  g_assert_cmpint (quadrant_requirement_get_decision (consultation), ==, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  g_assert_cmpstr (quadrant_requirement_get_review_date (consultation), ==, "2026-09-01");
  g_assert_cmpuint (refs->len, ==, 2);
  ref = g_ptr_array_index (refs, 0);
  g_assert_cmpint (ref->kind, ==, QUADRANT_REFERENCE_KIND_CONTROL);
  g_assert_cmpstr (ref->text, ==, "A.6.3");
  ref = g_ptr_array_index (refs, 1);
  g_assert_cmpint (ref->kind, ==, QUADRANT_REFERENCE_KIND_OTHER);
  g_assert_cmpstr (ref->text, ==, "Staff handbook");

  g_assert_cmpint (quadrant_party_get_kind (regulator), ==, QUADRANT_KIND_REGULATORS);
  g_assert_cmpint (quadrant_party_get_power (regulator), ==, 90);
  g_assert_cmpint (quadrant_party_get_interest (regulator), ==, QUADRANT_CSV_HIGH);
  g_assert_cmpint (quadrant_party_get_desired_support (regulator), ==, QUADRANT_SUPPORT_LEADING);
  g_assert_cmpint (quadrant_requirement_get_priority (notice), ==, QUADRANT_PRIORITY_MEDIUM);
  g_assert_cmpint (quadrant_requirement_get_decision (notice), ==, QUADRANT_DECISION_ADDRESSED);
  g_assert_cmpint (((QuadrantReference *) g_ptr_array_index (quadrant_requirement_get_references (notice), 0))->kind,
                   ==, QUADRANT_REFERENCE_KIND_PROCESS);

  g_assert_false (quadrant_party_is_placed (nobody));
  g_assert_cmpuint (quadrant_party_get_n_requirements (nobody), ==, 0);
}

static void
test_bad_values (void)
{
  g_autoptr(QuadrantCsvImport) import = parse_ok (
    "name,kind,power,interest,requirement,decision,review-date\n"
    "Good,staff,10,20,Fine,addressed,\n"
    "Odd kind,astronauts,10,20,,,\n"
    "Enormous,staff,enormous,20,,,\n"
    "Too much,staff,101,20,,,\n"
    "Half,staff,10,,,,\n"
    ",staff,10,20,,,\n"
    "Bad decision,staff,10,20,Something,maybe,\n"
    "Bad date,staff,10,20,Something,,01/02/2026\n"
    "Orphan details,staff,10,20,,addressed,\n"
    "\xef\xbf\xbe,staff,10,20,,,\n"
    "Odd statement,staff,10,20,\xef\xbf\xbf,,\n");
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  GPtrArray *problems = quadrant_csv_import_validate (import, reg);
  /* Rows that cannot be imported: no name, nothing to keep. */
  const struct {
    guint line;
    const char *text;
  } expected[] = {
    { 7, "No party name" },
    { 10, "without a requirement statement" },
    /* Only characters XML cannot hold (U+FFFE, U+FFFF): nothing left. */
    { 11, "party name has no characters" },
    { 12, "statement has no characters" },
  };
  /* Values that cannot be read: the row imports, the text goes to the notes. */
  const struct {
    guint line;
    const char *text;
  } warned[] = {
    /* The field named as its label is, not lower-cased into the sentence. */
    { 3, "“astronauts” is not a valid value for “Kind” (use one of: " },
    { 4, "enormous" },
    { 5, "101" },
    { 8, "“maybe” is not a valid value for “Decision” (use one of: " },
    { 9, "01/02/2026" },
  };
  GPtrArray *warnings = quadrant_csv_import_get_warnings (import);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      QuadrantCsvProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (problem->line, ==, expected[i].line);
      if (strstr (problem->message, expected[i].text) == NULL)
        g_error ("line %u: “%s” not in “%s”", problem->line, expected[i].text, problem->message);
    }
  g_assert_cmpuint (warnings->len, ==, G_N_ELEMENTS (warned));
  for (guint i = 0; i < warnings->len; i++)
    {
      QuadrantCsvProblem *warning = g_ptr_array_index (warnings, i);

      g_assert_cmpuint (warning->line, ==, warned[i].line);
      if (strstr (warning->message, warned[i].text) == NULL)
        g_error ("line %u: “%s” not in “%s”", warning->line, warned[i].text, warning->message);
    }
  g_assert_cmpuint (quadrant_csv_import_get_n_good_rows (import), ==, 7);

  g_assert_true (quadrant_csv_import_apply (import, reg, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    QuadrantParty *odd = party_at (reg, 1);
    QuadrantParty *half = party_at (reg, 4);
    QuadrantParty *bad_decision = party_at (reg, 5);

    g_assert_cmpstr (quadrant_party_get_name (odd), ==, "Odd kind");
    g_assert_cmpstr (quadrant_party_get_notes (odd), ==, "kind: astronauts");
    g_assert_cmpint (quadrant_party_get_power (odd), ==, 10);
    /* One rating only: unassessed, the rating kept in the notes. */
    g_assert_cmpstr (quadrant_party_get_name (half), ==, "Half");
    g_assert_false (quadrant_party_is_placed (half));
    g_assert_cmpstr (quadrant_party_get_notes (half), ==, "power: 10");
    g_assert_cmpstr (quadrant_requirement_get_notes (requirement_at (bad_decision, 0)), ==, "decision: maybe");
    g_assert_cmpint (quadrant_requirement_get_decision (requirement_at (bad_decision, 0)), ==, QUADRANT_DECISION_UNDECIDED);
  }
}

static void
test_guess_mapping (void)
{
  g_autoptr(QuadrantCsvImport) import =
    parse_ok ("Stakeholder,Influence,INTEREST,Expectation,Type,Type of party,Source,Decision,Rationale,"
              "Category,Kind,Whatever,quadrant,Name\nX,1,2,r,legal,staff,s,addressed,w,internal,staff,z,monitor,Y\n");
  const QuadrantCsvField expected[] = {
    QUADRANT_CSV_FIELD_NAME, QUADRANT_CSV_FIELD_POWER, QUADRANT_CSV_FIELD_INTEREST,
    QUADRANT_CSV_FIELD_STATEMENT, QUADRANT_CSV_FIELD_TYPE, QUADRANT_CSV_FIELD_KIND,
    QUADRANT_CSV_FIELD_SOURCE, QUADRANT_CSV_FIELD_DECISION, QUADRANT_CSV_FIELD_RATIONALE,
    QUADRANT_CSV_FIELD_CATEGORY,
    /* "Kind" after "Type of party", "Name" after "Stakeholder": the first column wins. */
    QUADRANT_CSV_FIELD_NONE, QUADRANT_CSV_FIELD_NONE, QUADRANT_CSV_FIELD_NONE, QUADRANT_CSV_FIELD_NONE,
  };
  g_autofree char *mapping = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (quadrant_csv_import_get_mapping (import, i), ==, expected[i]);

  mapping = quadrant_csv_import_dup_mapping_string (import);
  g_assert_cmpstr (mapping, ==, "name=Stakeholder,power=Influence,interest=INTEREST,requirement=Expectation,"
                                "type=Type,kind=Type of party,source=Source,decision=Decision,"
                                "rationale=Rationale,category=Category");
}

/* The headings of the six document kits, and words in all six
 * languages, singular and plural, case and punctuation ignored. */
static void
test_vocabulary (void)
{
  const struct {
    const char *header;
    QuadrantCsvField field;
  } headers[] = {
    { "Partie intéressée", QUADRANT_CSV_FIELD_NAME },
    { "PARTIES INTERESSEES", QUADRANT_CSV_FIELD_NAME },
    { "Interessierte Partei", QUADRANT_CSV_FIELD_NAME },
    { "Parte interesada", QUADRANT_CSV_FIELD_NAME },
    { "Parti interessate", QUADRANT_CSV_FIELD_NAME },
    { "Belanghebbende", QUADRANT_CSV_FIELD_NAME },
    { "Requirements/Expectations", QUADRANT_CSV_FIELD_STATEMENT },
    { "Key IS Requirements & Expectations", QUADRANT_CSV_FIELD_STATEMENT },
    { "Exigences et attentes", QUADRANT_CSV_FIELD_STATEMENT },
    { "Anforderung", QUADRANT_CSV_FIELD_STATEMENT },
    { "Legal basis", QUADRANT_CSV_FIELD_SOURCE },
    { "Rechtsgrundlage", QUADRANT_CSV_FIELD_SOURCE },
    { "How addressed", QUADRANT_CSV_FIELD_RATIONALE },
    { "Communication method", QUADRANT_CSV_FIELD_CHANNEL },
    { "Review frequency", QUADRANT_CSV_FIELD_FREQUENCY },
    { "Influence", QUADRANT_CSV_FIELD_POWER },
    { "Einfluss", QUADRANT_CSV_FIELD_POWER },
    { "Relevance", QUADRANT_CSV_FIELD_INTEREST },
    { "Intérêt", QUADRANT_CSV_FIELD_INTEREST },
    { "Belang", QUADRANT_CSV_FIELD_INTEREST },
    { "Addressed?", QUADRANT_CSV_FIELD_DECISION },
    { "Prise en compte", QUADRANT_CSV_FIELD_DECISION },
    { "Internal/External", QUADRANT_CSV_FIELD_CATEGORY },
    { "Priorität", QUADRANT_CSV_FIELD_PRIORITY },
    { "Owner", QUADRANT_CSV_FIELD_OWNER },
    { "Colour", QUADRANT_CSV_N_FIELDS },
  };
  const struct {
    GType type;
    const char *word;
    int value;
  } words[] = {
    { QUADRANT_TYPE_DECISION, "Oui", QUADRANT_DECISION_ADDRESSED },
    { QUADRANT_TYPE_DECISION, "ja", QUADRANT_DECISION_ADDRESSED },
    { QUADRANT_TYPE_DECISION, "Sí", QUADRANT_DECISION_ADDRESSED },
    { QUADRANT_TYPE_DECISION, "Teilweise", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
    { QUADRANT_TYPE_DECISION, "in parte", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
    { QUADRANT_TYPE_DECISION, "Nee", QUADRANT_DECISION_NOT_ADDRESSED },
    { QUADRANT_TYPE_DECISION, "N/A", QUADRANT_DECISION_NOT_ADDRESSED },
    { QUADRANT_TYPE_PRIORITY, "Critical", QUADRANT_PRIORITY_HIGH },
    { QUADRANT_TYPE_PRIORITY, "Important", QUADRANT_PRIORITY_MEDIUM },
    { QUADRANT_TYPE_PRIORITY, "Niedrig", QUADRANT_PRIORITY_LOW },
    { QUADRANT_TYPE_KIND, "Lieferanten", QUADRANT_KIND_SUPPLIERS },
    { QUADRANT_TYPE_KIND, "Fournisseur", QUADRANT_KIND_SUPPLIERS },
    { QUADRANT_TYPE_KIND, "Regulator", QUADRANT_KIND_REGULATORS },
    { QUADRANT_TYPE_CATEGORY, "Extern", QUADRANT_CATEGORY_EXTERNAL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_test_message ("%s", headers[i].header);
      g_assert_cmpint (quadrant_csv_field_from_name (headers[i].header), ==, headers[i].field);
    }

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr(QuadrantCsvImport) import = NULL;
      g_autofree char *csv = NULL;
      int value = -1;

      g_test_message ("%s", words[i].word);
      if (words[i].type == QUADRANT_TYPE_DECISION)
        csv = g_strdup_printf ("name,requirement,decision\nX,R,%s\n", words[i].word);
      else if (words[i].type == QUADRANT_TYPE_PRIORITY)
        csv = g_strdup_printf ("name,requirement,priority\nX,R,%s\n", words[i].word);
      else if (words[i].type == QUADRANT_TYPE_KIND)
        csv = g_strdup_printf ("name,kind\nX,%s\n", words[i].word);
      else
        csv = g_strdup_printf ("name,category\nX,%s\n", words[i].word);
      {
        g_autoptr(QuadrantRegister) reg = import_ok (csv);
        QuadrantParty *party = party_at (reg, 0);

        if (words[i].type == QUADRANT_TYPE_DECISION)
          value = quadrant_requirement_get_decision (requirement_at (party, 0));
        else if (words[i].type == QUADRANT_TYPE_PRIORITY)
          value = quadrant_requirement_get_priority (requirement_at (party, 0));
        else if (words[i].type == QUADRANT_TYPE_KIND)
          value = quadrant_party_get_kind (party);
        else
          value = quadrant_party_get_category (party);
      }
      g_assert_cmpint (value, ==, words[i].value);
    }

  /* A category and a kind in one cell, in either column. */
  {
    g_autoptr(QuadrantRegister) reg = import_ok ("name,category,kind\nA,External - Regulator,\nB,,Supplier (external)\nC,Intern,\n");

    g_assert_cmpint (quadrant_party_get_category (party_at (reg, 0)), ==, QUADRANT_CATEGORY_EXTERNAL);
    g_assert_cmpint (quadrant_party_get_kind (party_at (reg, 0)), ==, QUADRANT_KIND_REGULATORS);
    g_assert_cmpint (quadrant_party_get_category (party_at (reg, 1)), ==, QUADRANT_CATEGORY_EXTERNAL);
    g_assert_cmpint (quadrant_party_get_kind (party_at (reg, 1)), ==, QUADRANT_KIND_SUPPLIERS);
    g_assert_cmpint (quadrant_party_get_category (party_at (reg, 2)), ==, QUADRANT_CATEGORY_INTERNAL);
  }
}

/* Medium is never the boundary, on the side chosen; one rating gets the
 * other axis chosen; "; " splits when asked. */
static void
test_choices (void)
{
  const char *csv = "name,influence,requirement\nA,Medium,One; two\nB,2,Three\nC,3,Four\n";
  g_autoptr(QuadrantCsvImport) import = parse_ok (csv);
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GError) error = NULL;

  quadrant_csv_import_set_medium_high (import, FALSE);
  quadrant_csv_import_set_other_axis (import, QUADRANT_CSV_HIGH);
  quadrant_csv_import_set_split (import, TRUE, TRUE);
  g_assert_true (quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_csv_import_get_scale (import, QUADRANT_CSV_FIELD_POWER), ==, 3);
  g_assert_cmpint (quadrant_party_get_power (party_at (reg, 0)), ==, QUADRANT_CSV_MEDIUM_LOW);
  g_assert_cmpint (quadrant_party_get_interest (party_at (reg, 0)), ==, QUADRANT_CSV_HIGH);
  g_assert_cmpint (quadrant_party_get_power (party_at (reg, 1)), ==, QUADRANT_CSV_MEDIUM_LOW);
  g_assert_cmpint (quadrant_party_get_power (party_at (reg, 2)), ==, 83);
  g_assert_cmpstr (quadrant_party_get_notes (party_at (reg, 0)), ==, "");
  g_assert_cmpuint (quadrant_party_get_n_requirements (party_at (reg, 0)), ==, 2);
  g_assert_cmpstr (quadrant_requirement_get_statement (requirement_at (party_at (reg, 0), 1)), ==, "two");
}

static void
test_mapping_string (void)
{
  g_autoptr(QuadrantCsvImport) import = parse_ok ("Who,Clout,Care,Name\nX,high,low,Y\n");
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (quadrant_csv_import_get_mapping (import, 3), ==, QUADRANT_CSV_FIELD_NAME);

  /* Bad mappings change nothing. */
  g_assert_false (quadrant_csv_import_apply_mapping_string (import, "name=Nope", &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_false (quadrant_csv_import_apply_mapping_string (import, "colour=Who", &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_false (quadrant_csv_import_apply_mapping_string (import, "name=Who,power=who", &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_false (quadrant_csv_import_apply_mapping_string (import, "name", &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_cmpint (quadrant_csv_import_get_mapping (import, 3), ==, QUADRANT_CSV_FIELD_NAME);
  g_assert_cmpint (quadrant_csv_import_get_mapping (import, 0), ==, QUADRANT_CSV_FIELD_NONE);

  /* "influence" is a synonym of power: power would be given twice. */
  g_assert_false (quadrant_csv_import_apply_mapping_string (import, "name=who, Power=Clout, influence=#3", &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);

  g_assert_true (quadrant_csv_import_apply_mapping_string (import, "name=who, influence=#3", &error));
  g_assert_no_error (error);
  g_assert_cmpint (quadrant_csv_import_get_mapping (import, 0), ==, QUADRANT_CSV_FIELD_NAME);
  g_assert_cmpint (quadrant_csv_import_get_mapping (import, 1), ==, QUADRANT_CSV_FIELD_NONE);
  g_assert_cmpint (quadrant_csv_import_get_mapping (import, 2), ==, QUADRANT_CSV_FIELD_POWER);
  g_assert_cmpint (quadrant_csv_import_get_mapping (import, 3), ==, QUADRANT_CSV_FIELD_NONE);

  g_assert_true (quadrant_csv_import_apply_mapping_string (import, "power=Clout,interest=Care", &error));
  g_assert_no_error (error);
  quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_party_get_name (party_at (reg, 0)), ==, "X");
  g_assert_cmpint (quadrant_party_get_power (party_at (reg, 0)), ==, QUADRANT_CSV_HIGH);
  g_assert_cmpint (quadrant_party_get_interest (party_at (reg, 0)), ==, QUADRANT_CSV_LOW);
}

static void
test_no_name_column (void)
{
  g_autoptr(QuadrantCsvImport) import = parse_ok ("Power,Interest\n1,2\n");
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (quadrant_csv_import_apply (import, reg, TRUE, NULL, NULL, &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
}

static void
test_same_party (void)
{
  g_autoptr(QuadrantRegister) reg = import_ok (
    "party-id,name,power,interest,requirement\n"
    ",Customers,70,80,Data kept confidential\n"
    ",customers,10,10,Service available\n"
    "P-7,Suppliers,,,Paid on time\n"
    "P-7,,,,Clear specifications\n"
    ",Suppliers,,,Stable demand\n");
  QuadrantParty *customers = party_at (reg, 0);
  QuadrantParty *suppliers = party_at (reg, 1);

  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
  /* The first row of a party sets its fields. */
  g_assert_cmpint (quadrant_party_get_power (customers), ==, 70);
  g_assert_cmpuint (quadrant_party_get_n_requirements (customers), ==, 2);
  g_assert_cmpstr (quadrant_requirement_get_statement (requirement_at (customers, 1)), ==, "Service available");
  g_assert_cmpuint (quadrant_party_get_n_requirements (suppliers), ==, 3);
  /* "P-7" is a key inside the file, not a UUID: the party gets a real id. */
  g_assert_true (g_uuid_string_is_valid (quadrant_party_get_id (suppliers)));
}

static void
test_existing_party (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) staff = quadrant_party_new (NULL);
  g_autoptr(QuadrantCsvImport) import = parse_ok ("Name,Requirement\nSTAFF,Privacy of personnel files\nMedia,Accurate statements\n");
  g_autoptr(GError) error = NULL;
  guint n_parties, n_requirements;

  quadrant_party_set_name (staff, "Staff");
  quadrant_register_append_party_unrecorded (reg, staff);

  quadrant_csv_import_apply (import, reg, FALSE, &n_parties, &n_requirements, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_parties, ==, 1);
  g_assert_cmpuint (n_requirements, ==, 2);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
  g_assert_cmpuint (quadrant_party_get_n_requirements (staff), ==, 1);
  g_assert_cmpstr (quadrant_party_get_name (staff), ==, "Staff");
}

static void
test_all_or_nothing (void)
{
  const char *csv = "name,power,interest,requirement\nA,10,10,r1\n,high,low,r2\nC,90,90,r3\n";
  g_autoptr(QuadrantCsvImport) import = parse_ok (csv);
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GError) error = NULL;
  guint n_parties = 99;

  g_assert_false (quadrant_csv_import_apply (import, reg, FALSE, &n_parties, NULL, &error));
  g_assert_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_BAD_ROWS);
  g_assert_cmpuint (n_parties, ==, 0);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
  g_assert_false (quadrant_register_can_undo (reg));
  g_assert_false (quadrant_register_is_dirty (reg));
  g_clear_error (&error);

  g_assert_true (quadrant_csv_import_apply (import, reg, TRUE, &n_parties, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_parties, ==, 2);
  g_assert_cmpstr (quadrant_party_get_name (party_at (reg, 0)), ==, "A");
  g_assert_cmpstr (quadrant_party_get_name (party_at (reg, 1)), ==, "C");
}

static void
test_one_undo_step (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantCsvImport) import =
    parse_ok ("name,requirement\nA,r1\nA,r2\nB,r3\nC,\n");
  g_autoptr(GError) error = NULL;

  quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, 3);
  g_assert_true (quadrant_register_is_dirty (reg));

  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, 0);
  g_assert_false (quadrant_register_can_undo (reg));

  g_assert_true (quadrant_register_redo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, 3);
}

static void
test_cli (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-csv-import-XXXXXX", &error);
  g_autofree char *csv = g_build_filename (dir, "parties.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out.quadrant.xml", NULL);
  g_autofree char *backup = g_strconcat (out, "~", NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *expected_line = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;

  g_assert_no_error (error);
  g_file_set_contents (csv, "Stakeholder;Power;Interest;Ref\nRegulator;high;high;IP-1\n;high;high;IP-2\nPress;loud;10;IP-3\n",
                       -1, &error);
  g_assert_no_error (error);

  /* A bad row: listed by file and line, nothing written; a value that
   * cannot be read: a warning with its line. */
  g_assert_cmpint (quadrant_cli_import ("csv", out, csv, NULL, FALSE, err), ==, 1);
  expected_line = g_strdup_printf ("%s:3: No party name", csv);
  g_assert_nonnull (strstr (err->str, expected_line));
  g_free (expected_line);
  expected_line = g_strdup_printf ("%s:4: warning: “loud”", csv);
  g_assert_nonnull (strstr (err->str, expected_line));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  /* The mapping used, every column included. */
  {
    QuadrantCliImportOptions options = { "csv", out, csv };
    g_autoptr(GString) info = g_string_new (NULL);

    g_assert_cmpint (quadrant_cli_import_with_options (&options, info, err), ==, 1);
    g_assert_nonnull (strstr (info->str, "Stakeholder → name"));
    g_assert_nonnull (strstr (info->str, "Ref → reference"));
    g_assert_nonnull (strstr (info->str, "2 parties and 0 requirements"));
  }

  /* Told to keep the good rows: written, still a failure status. */
  g_string_truncate (err, 0);
  g_assert_cmpint (quadrant_cli_import ("csv", out, csv, NULL, TRUE, err), ==, 1);
  out_file = g_file_new_for_path (out);
  reg = quadrant_reader_load_file (out_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
  g_assert_cmpstr (quadrant_party_get_name (party_at (reg, 0)), ==, "Regulator");
  /* The register's own reference codes are kept. */
  g_assert_cmpstr (quadrant_party_get_code (party_at (reg, 0)), ==, "IP-1");
  g_assert_cmpstr (quadrant_party_get_code (party_at (reg, 1)), ==, "IP-3");
  g_assert_cmpstr (quadrant_party_get_notes (party_at (reg, 1)), ==, "Power: loud\nInterest: 10");
  g_clear_object (&reg);

  /* --dry-run writes nothing; COLUMN=ignore and unmapped columns in the notes. */
  {
    g_autofree char *dry = g_build_filename (dir, "dry.quadrant.xml", NULL);
    QuadrantCliImportOptions options = { "csv", dry, csv, "Power=ignore,Interest=ignore,Ref=ignore", .dry_run = TRUE,
                                         .keep_good_rows = TRUE, .unmapped_to_notes = TRUE };
    g_autoptr(GString) info = g_string_new (NULL);

    g_string_truncate (err, 0);
    g_assert_cmpint (quadrant_cli_import_with_options (&options, info, err), ==, 1);
    g_assert_false (g_file_test (dry, G_FILE_TEST_EXISTS));
    g_assert_nonnull (strstr (info->str, "Power → party notes"));
    g_assert_nonnull (strstr (info->str, "2 parties and 0 requirements"));
    g_assert_null (strstr (err->str, "warning"));

    options.dry_run = FALSE;
    g_assert_cmpint (quadrant_cli_import_with_options (&options, info, err), ==, 1);
    g_object_unref (out_file);
    out_file = g_file_new_for_path (dry);
    reg = quadrant_reader_load_file (out_file, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (quadrant_party_get_notes (party_at (reg, 0)), ==, "Power: high\nInterest: high\nRef: IP-1");
    g_assert_false (quadrant_party_is_placed (party_at (reg, 0)));
    g_clear_object (&reg);
  }

  /* An explicit mapping; a good file gives status 0. */
  g_file_set_contents (csv, "A,B\nStaff,x\n", -1, &error);
  g_assert_no_error (error);
  g_string_truncate (err, 0);
  g_assert_cmpint (quadrant_cli_import ("csv", out, csv, "name=A,notes=B", FALSE, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");

  /* Usage errors and unreadable files: 2. */
  g_assert_cmpint (quadrant_cli_import ("xls", out, csv, NULL, FALSE, err), ==, 2);
  g_assert_cmpint (quadrant_cli_import ("csv", NULL, csv, NULL, FALSE, err), ==, 2);
  g_assert_cmpint (quadrant_cli_import ("csv", out, csv, "colour=A", FALSE, err), ==, 2);
  g_file_set_contents (csv, "", -1, &error);
  g_string_truncate (err, 0);
  g_assert_cmpint (quadrant_cli_import ("csv", out, csv, NULL, FALSE, err), ==, 2);
  g_assert_nonnull (strstr (err->str, "empty"));

  g_unlink (csv);
  g_unlink (out);
  g_unlink (backup);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-import/values", test_values);
  g_test_add_func ("/csv-import/bad-values", test_bad_values);
  g_test_add_func ("/csv-import/mapping/guess", test_guess_mapping);
  g_test_add_func ("/csv-import/mapping/string", test_mapping_string);
  g_test_add_func ("/csv-import/vocabulary", test_vocabulary);
  g_test_add_func ("/csv-import/choices", test_choices);
  g_test_add_func ("/csv-import/mapping/no-name", test_no_name_column);
  g_test_add_func ("/csv-import/same-party", test_same_party);
  g_test_add_func ("/csv-import/existing-party", test_existing_party);
  g_test_add_func ("/csv-import/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/csv-import/one-undo-step", test_one_undo_step);
  g_test_add_func ("/csv-import/cli", test_cli);

  return g_test_run ();
}
