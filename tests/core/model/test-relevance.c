/* test-relevance.c: the relevance of a party (clause 4.2 a) in the model,
 * the register file, the completeness check and the spreadsheet import */
#define G_LOG_DOMAIN "test-relevance"

#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "quadrant-check.h"
#include "quadrant-csv-import.h"
#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-relevance.h"
#include "quadrant-writer.h"

#define PARTY_A "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
#define PARTY_B "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"

/* A register of format 1.0, as written before relevance existed. */
static const char old_register[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
  "  <parties>\n"
  "    <party id=\"" PARTY_A "\" category=\"external\" kind=\"regulators\" power=\"80\" interest=\"60\" support=\"neutral\" desired-support=\"supportive\">\n"
  "      <name>Data protection authority</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";

/* The same with a candidate not relevant and one to decide, as 1.1 writes it. */
static const char new_register[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.1\">\n"
  "  <parties>\n"
  "    <party id=\"" PARTY_A "\" category=\"external\" kind=\"competitors\" support=\"unaware\" desired-support=\"neutral\" identified-by=\"brainstorming\" identified-on=\"2026-03-01\" relevance=\"not-relevant\" relevance-decided=\"2026-03-02\">\n"
  "      <name>Other clinics</name>\n"
  "      <relevance-rationale>No access to our systems or data</relevance-rationale>\n"
  "      <engagement>\n"
  "        <channel>None</channel>\n"
  "      </engagement>\n"
  "    </party>\n"
  "    <party id=\"" PARTY_B "\" category=\"external\" kind=\"media\" support=\"neutral\" desired-support=\"neutral\" identified-by=\"brainstorming\" relevance=\"to-decide\">\n"
  "      <name>Local press</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";

static QuadrantRegister *
load (const char *xml)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_data (xml, strlen (xml), "relevance.quadrant.xml", &error);

  g_assert_no_error (error);
  g_assert_nonnull (reg);
  return reg;
}

static char *
save (QuadrantRegister *reg)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static void
collect_error_cb (void        *data,
                  const xmlError *error)
{
  g_string_append (data, error->message);
}

/* Against data/quadrant-register.rng: TRUE when valid. */
static gboolean
is_valid (const char *xml)
{
  g_autofree char *path = g_build_filename (g_getenv ("QUADRANT_DATADIR"), "quadrant-register.rng", NULL);
  g_autoptr(GString) errors = g_string_new (NULL);
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);
  xmlRelaxNGPtr schema = xmlRelaxNGParse (parser);
  xmlRelaxNGValidCtxtPtr validator;
  xmlDocPtr doc;
  int result;

  xmlRelaxNGFreeParserCtxt (parser);
  g_assert_nonnull (schema);
  doc = xmlReadMemory (xml, strlen (xml), "register.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  validator = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (validator, (xmlStructuredErrorFunc) collect_error_cb, errors);
  result = xmlRelaxNGValidateDoc (validator, doc);
  if (result != 0)
    g_test_message ("schema: %s", errors->str);
  xmlRelaxNGFreeValidCtxt (validator);
  xmlFreeDoc (doc);
  xmlRelaxNGFree (schema);
  return result == 0;
}

/* ---- Model ---- */

static void
field_changed_cb (QuadrantRegister *reg,
                  GObject          *object,
                  QuadrantField     field,
                  guint            *count)
{
  (*count)++;
}

static void
test_model (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autofree char *today = quadrant_relevance_today ();
  guint relevance_changes = 0;

  /* A new party (from the catalogue, a template, the Parties page) is relevant. */
  g_assert_cmpint (quadrant_party_get_relevance (party), ==, QUADRANT_RELEVANCE_RELEVANT);
  g_assert_true (quadrant_party_is_considered_relevant (party));
  quadrant_party_set_name (party, "Local press");
  quadrant_register_add_party (reg, party);
  g_signal_connect (reg, "field-changed::relevance", G_CALLBACK (field_changed_cb), &relevance_changes);

  /* The typed edit API, one undo step each. */
  quadrant_register_set_choice (reg, party, QUADRANT_FIELD_PARTY_RELEVANCE, QUADRANT_RELEVANCE_TO_DECIDE);
  g_assert_cmpint (quadrant_party_get_relevance (party), ==, QUADRANT_RELEVANCE_TO_DECIDE);
  g_assert_cmpuint (relevance_changes, ==, 1);
  g_assert_cmpuint (quadrant_register_count_relevance (reg, QUADRANT_RELEVANCE_TO_DECIDE), ==, 1);

  /* Deciding sets relevance, date and rationale as one step. */
  quadrant_register_decide_relevance (reg, party, QUADRANT_RELEVANCE_NOT_RELEVANT, "Not our market", NULL);
  g_assert_cmpint (quadrant_party_get_relevance (party), ==, QUADRANT_RELEVANCE_NOT_RELEVANT);
  g_assert_cmpstr (quadrant_party_get_relevance_rationale (party), ==, "Not our market");
  g_assert_cmpstr (quadrant_party_get_relevance_decided (party), ==, today);
  g_assert_false (quadrant_party_is_considered_relevant (party));
  g_assert_cmpuint (relevance_changes, ==, 2);
  g_assert_cmpstr (quadrant_register_get_undo_label (reg), ==, "Mark as Not Relevant");

  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpint (quadrant_party_get_relevance (party), ==, QUADRANT_RELEVANCE_TO_DECIDE);
  g_assert_cmpstr (quadrant_party_get_relevance_rationale (party), ==, "");
  g_assert_cmpstr (quadrant_party_get_relevance_decided (party), ==, "");
  g_assert_true (quadrant_register_redo (reg));
  g_assert_cmpstr (quadrant_party_get_relevance_rationale (party), ==, "Not our market");

  /* A rationale typed later keeps the decision; relevant again keeps the
   * rationale when none is given; back to "to decide" clears the date. */
  quadrant_register_decide_relevance (reg, party, QUADRANT_RELEVANCE_RELEVANT, NULL, "2026-04-01");
  g_assert_cmpstr (quadrant_party_get_relevance_rationale (party), ==, "Not our market");
  g_assert_cmpstr (quadrant_party_get_relevance_decided (party), ==, "2026-04-01");
  quadrant_register_decide_relevance (reg, party, QUADRANT_RELEVANCE_TO_DECIDE, NULL, NULL);
  g_assert_cmpstr (quadrant_party_get_relevance_decided (party), ==, "");

  /* Labels for views and reports. */
  g_assert_cmpstr (quadrant_enum_to_label (QUADRANT_TYPE_RELEVANCE, QUADRANT_RELEVANCE_NOT_RELEVANT), ==, "Not relevant");
  g_assert_cmpstr (quadrant_enum_to_nick (QUADRANT_TYPE_RELEVANCE, QUADRANT_RELEVANCE_TO_DECIDE), ==, "to-decide");
}

/* ---- The register file ---- */

static void
test_old_file (void)
{
  g_autoptr(QuadrantRegister) reg = load (old_register);
  QuadrantParty *party = quadrant_register_find_party (reg, PARTY_A);
  g_autofree char *saved = NULL;

  g_assert_cmpint (quadrant_party_get_relevance (party), ==, QUADRANT_RELEVANCE_RELEVANT);
  /* Saved unchanged, it stays a 1.0 file, byte for byte. */
  saved = save (reg);
  g_assert_cmpstr (saved, ==, old_register);
}

static void
test_new_file (void)
{
  g_autoptr(QuadrantRegister) reg = load (new_register);
  QuadrantParty *out = quadrant_register_find_party (reg, PARTY_A);
  QuadrantParty *candidate = quadrant_register_find_party (reg, PARTY_B);
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;

  g_assert_cmpint (quadrant_party_get_relevance (out), ==, QUADRANT_RELEVANCE_NOT_RELEVANT);
  g_assert_cmpstr (quadrant_party_get_relevance_rationale (out), ==, "No access to our systems or data");
  g_assert_cmpstr (quadrant_party_get_relevance_decided (out), ==, "2026-03-02");
  g_assert_cmpint (quadrant_party_get_relevance (candidate), ==, QUADRANT_RELEVANCE_TO_DECIDE);

  saved = save (reg);
  g_assert_cmpstr (saved, ==, new_register);
  g_assert_true (is_valid (saved));

  /* Once every party is relevant with nothing recorded, it is 1.0 again. */
  quadrant_register_remove_party (reg, out);
  quadrant_register_set_choice (reg, candidate, QUADRANT_FIELD_PARTY_RELEVANCE, QUADRANT_RELEVANCE_RELEVANT);
  resaved = save (reg);
  g_assert_nonnull (strstr (resaved, "format=\"1.0\""));
  g_assert_null (strstr (resaved, "relevance"));
  g_assert_true (is_valid (resaved));
}

static void
test_bad_values (void)
{
  const struct {
    const char *from;
    const char *to;
    const char *message;
  } cases[] = {
    { "relevance=\"to-decide\"", "relevance=\"maybe\"", "the attribute relevance is “maybe”" },
    { "relevance-decided=\"2026-03-02\"", "relevance-decided=\"2.3.2026\"", "the attribute relevance-decided is “2.3.2026”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) xml = g_string_new (new_register);
      g_autoptr(GError) error = NULL;
      g_autoptr(QuadrantRegister) reg = NULL;

      g_assert_cmpuint (g_string_replace (xml, cases[i].from, cases[i].to, 1), ==, 1);
      reg = quadrant_reader_load_data (xml->str, xml->len, "bad.quadrant.xml", &error);
      g_assert_null (reg);
      g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_assert_nonnull (strstr (error->message, "bad.quadrant.xml:"));
    }
}

/* ---- The completeness check ---- */

static guint
count_findings (GPtrArray     *findings,
                const char    *code,
                QuadrantParty *party)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      QuadrantFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (quadrant_finding_get_code (finding), code) &&
          (party == NULL || quadrant_finding_get_party (finding) == party))
        n++;
    }
  return n;
}

static QuadrantParty *
add_party (QuadrantRegister  *reg,
           const char        *name,
           QuadrantRelevance  relevance,
           guint              n_undecided)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_kind (party, QUADRANT_KIND_MEDIA);
  quadrant_party_set_relevance (party, relevance);
  for (guint i = 0; i < n_undecided; i++)
    {
      g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

      quadrant_requirement_set_statement (requirement, "Be told first");
      quadrant_party_append_requirement (party, requirement);
    }
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

static void
test_check (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *relevant = add_party (reg, "Regulator", QUADRANT_RELEVANCE_RELEVANT, 0);
  QuadrantParty *candidate = add_party (reg, "Local press", QUADRANT_RELEVANCE_TO_DECIDE, 1);
  QuadrantParty *no_reason = add_party (reg, "Competitors", QUADRANT_RELEVANCE_NOT_RELEVANT, 0);
  QuadrantParty *open = add_party (reg, "Bloggers", QUADRANT_RELEVANCE_NOT_RELEVANT, 2);
  g_autoptr(GDate) today = g_date_new_dmy (1, 3, 2026);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) after = NULL;

  quadrant_party_set_relevance_rationale (open, "Follows the press, not us");
  findings = quadrant_check_register (reg, today);

  /* Still to decide: one warning, and nothing else asked of it yet. */
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_RELEVANCE_TO_DECIDE, candidate), ==, 1);
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_REQUIREMENT_UNDECIDED, candidate), ==, 0);
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_PARTY_NOT_PLACED, candidate), ==, 0);

  /* Not relevant: a rationale is required, requirements are not. */
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_NOT_RELEVANT_WITHOUT_RATIONALE, no_reason), ==, 1);
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS, no_reason), ==, 0);
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_NOT_RELEVANT_WITHOUT_RATIONALE, open), ==, 0);

  /* Not relevant with requirements still open: reported once, not each. */
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_NOT_RELEVANT_OPEN_REQUIREMENTS, open), ==, 1);
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_REQUIREMENT_UNDECIDED, open), ==, 0);
  for (guint i = 0; i < findings->len; i++)
    if (quadrant_finding_get_party (g_ptr_array_index (findings, i)) == open)
      g_assert_nonnull (strstr (quadrant_finding_get_message (g_ptr_array_index (findings, i)),
                                "still has 2 open requirements"));

  /* Only relevant parties need requirements. */
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS, relevant), ==, 1);
  g_assert_cmpuint (count_findings (findings, QUADRANT_CHECK_RELEVANCE_TO_DECIDE, NULL), ==, 1);
  g_assert_cmpuint (quadrant_finding_get_severity (g_ptr_array_index (findings, 0)), ==, QUADRANT_SEVERITY_ERROR);

  /* Decided relevant, the candidate gets the usual rules. */
  quadrant_register_decide_relevance (reg, candidate, QUADRANT_RELEVANCE_RELEVANT, NULL, "2026-03-01");
  after = quadrant_check_register (reg, today);
  g_assert_cmpuint (count_findings (after, QUADRANT_CHECK_RELEVANCE_TO_DECIDE, NULL), ==, 0);
  g_assert_cmpuint (count_findings (after, QUADRANT_CHECK_REQUIREMENT_UNDECIDED, candidate), ==, 1);
}

/* ---- Spreadsheet import ---- */

static QuadrantRegister *
import (const char *csv)
{
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_register_new ();

  import = quadrant_csv_import_new_from_data (csv, strlen (csv), &error);
  g_assert_no_error (error);
  quadrant_csv_import_guess_mapping (import);
  g_assert_true (quadrant_csv_import_check_mapping (import, &error));
  quadrant_csv_import_validate (import, reg);
  g_assert_true (quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  return reg;
}

static QuadrantParty *
party_named (QuadrantRegister *reg,
             const char       *name)
{
  GListModel *parties = quadrant_register_get_parties (reg);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (g_str_equal (quadrant_party_get_name (party), name))
        return party;
    }
  g_error ("no party %s", name);
}

static void
test_import (void)
{
  const struct {
    const char *csv;
    const char *name;
    QuadrantRelevance relevance;
    const char *rationale;
  } cases[] = {
    { "Stakeholder;Relevant?;Why relevant\nRegulator;Yes;Supervises us\nCompetitors;No;No access\nPress;;\n",
      "Regulator", QUADRANT_RELEVANCE_RELEVANT, "Supervises us" },
    { "Stakeholder;Relevant?;Why relevant\nRegulator;Yes;Supervises us\nCompetitors;No;No access\nPress;;\n",
      "Competitors", QUADRANT_RELEVANCE_NOT_RELEVANT, "No access" },
    /* An empty cell: a candidate still to decide. */
    { "Stakeholder;Relevant?;Why relevant\nRegulator;Yes;Supervises us\nCompetitors;No;No access\nPress;;\n",
      "Press", QUADRANT_RELEVANCE_TO_DECIDE, "" },
    { "Interessierte Partei,Relevant für das ISMS,Begründung der Relevanz\nBetriebsrat,Ja,Mitbestimmung\nKonkurrenz,Nein,Kein Zugriff\n",
      "Konkurrenz", QUADRANT_RELEVANCE_NOT_RELEVANT, "Kein Zugriff" },
    { "Partie intéressée,Pertinent pour le SMSI\nCNIL,Oui\nConcurrents,Non pertinent\n",
      "CNIL", QUADRANT_RELEVANCE_RELEVANT, "" },
    { "Parte interesada,Relevante\nProveedores,No\n",
      "Proveedores", QUADRANT_RELEVANCE_NOT_RELEVANT, "" },
    /* Without the column every imported party is a candidate. */
    { "Name,Power,Interest\nRegulator,80,60\n",
      "Regulator", QUADRANT_RELEVANCE_TO_DECIDE, "" },
    /* "Relevance" still rates interest, as before. */
    { "Name,Influence,Relevance\nRegulator,High,Low\n",
      "Regulator", QUADRANT_RELEVANCE_TO_DECIDE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(QuadrantRegister) reg = import (cases[i].csv);
      QuadrantParty *party = party_named (reg, cases[i].name);

      g_test_message ("case %u: %s", i, cases[i].name);
      g_assert_cmpint (quadrant_party_get_relevance (party), ==, cases[i].relevance);
      g_assert_cmpstr (quadrant_party_get_relevance_rationale (party), ==, cases[i].rationale);
      if (i == G_N_ELEMENTS (cases) - 1)
        g_assert_cmpint (quadrant_party_get_interest (party), ==, QUADRANT_CSV_LOW);
    }

  g_assert_cmpint (quadrant_csv_field_from_name ("Relevant to ISMS"), ==, QUADRANT_CSV_FIELD_RELEVANT);
  g_assert_cmpint (quadrant_csv_field_from_name ("relevance-rationale"), ==, QUADRANT_CSV_FIELD_RELEVANCE_RATIONALE);
  g_assert_cmpint (quadrant_csv_field_from_name ("Relevance"), ==, QUADRANT_CSV_FIELD_INTEREST);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/relevance/model", test_model);
  g_test_add_func ("/relevance/file/old", test_old_file);
  g_test_add_func ("/relevance/file/new", test_new_file);
  g_test_add_func ("/relevance/file/bad-values", test_bad_values);
  g_test_add_func ("/relevance/check", test_check);
  g_test_add_func ("/relevance/import", test_import);

  return g_test_run ();
}
