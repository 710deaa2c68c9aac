/* test-check.c: the completeness check finds exactly what it should */
#define G_LOG_DOMAIN "test-check"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "quadrant-check.h"
#include "quadrant-test-data.h"

/* Every test compares with this day, so review dates are deterministic. */
#define TODAY "2026-06-15"

static GDate *
date_new (const char *iso)
{
  guint year, month, day;

  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &year, &month, &day), ==, 3);
  return g_date_new_dmy (day, month, year);
}

static GPtrArray *
check (QuadrantRegister *reg)
{
  g_autoptr(GDate) today = date_new (TODAY);

  return quadrant_check_register (reg, today);
}

static QuadrantReference *
reference (QuadrantReferenceKind  kind,
           const char            *text)
{
  return quadrant_reference_new (kind, text);
}

/* A requirement that passes every rule: addressed, with a reference. */
static QuadrantRequirement *
add_requirement (QuadrantParty *party,
                 const char    *statement)
{
  g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (NULL);
  g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();

  g_ptr_array_add (refs, reference (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.24"));
  quadrant_requirement_set_statement (req, statement);
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_ADDRESSED);
  quadrant_requirement_set_references (req, refs);
  quadrant_party_append_requirement (party, req);

  return req; /* borrowed: the party holds it */
}

/* A party that passes every rule: placed low, support as desired, one good requirement. */
static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autofree char *statement = g_strdup_printf ("Requirement of %s", name);

  quadrant_party_set_name (party, name);
  quadrant_party_set_kind (party, QUADRANT_KIND_CUSTOMERS);
  quadrant_party_set_category (party, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_party_set_power (party, 20);
  quadrant_party_set_interest (party, 30);
  quadrant_party_set_current_support (party, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_party_set_desired_support (party, QUADRANT_SUPPORT_NEUTRAL);
  add_requirement (party, statement);
  quadrant_register_append_party_unrecorded (reg, party);

  return party; /* borrowed: the register holds it */
}

static QuadrantRequirement *
first_requirement (QuadrantParty *party)
{
  g_autoptr(QuadrantRequirement) req = g_list_model_get_item (quadrant_party_get_requirements (party), 0);

  return req; /* borrowed: the party holds it */
}

static void
remove_all_requirements (QuadrantParty *party)
{
  while (quadrant_party_get_n_requirements (party) > 0)
    _quadrant_party_remove_requirement (party, 0);
}

static guint
count_code (GPtrArray  *findings,
            const char *code)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (quadrant_finding_get_code (g_ptr_array_index (findings, i)), code))
      n++;

  return n;
}

/* findings holds exactly one finding, with these properties. */
static QuadrantFinding *
assert_single (GPtrArray           *findings,
               const char          *code,
               QuadrantSeverity     severity,
               QuadrantParty       *party,
               QuadrantRequirement *requirement)
{
  QuadrantFinding *finding;

  for (guint i = 0; i < findings->len; i++)
    g_test_message ("finding %u: %s: %s", i,
                    quadrant_finding_get_code (g_ptr_array_index (findings, i)),
                    quadrant_finding_get_message (g_ptr_array_index (findings, i)));

  g_assert_cmpuint (findings->len, ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (quadrant_finding_get_code (finding), ==, code);
  g_assert_cmpint (quadrant_finding_get_severity (finding), ==, severity);
  g_assert_true (quadrant_finding_get_party (finding) == party);
  g_assert_true (quadrant_finding_get_requirement (finding) == requirement);

  return finding;
}

static void
assert_clean (QuadrantRegister *reg)
{
  g_autoptr(GPtrArray) findings = check (reg);

  for (guint i = 0; i < findings->len; i++)
    g_test_message ("unexpected finding: %s",
                    quadrant_finding_get_message (g_ptr_array_index (findings, i)));
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_clean (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();

  assert_clean (reg);

  add_party (reg, "Customers");
  add_party (reg, "Regulator");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2026-06-15");
  assert_clean (reg);
}

static void
test_party_without_requirements (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Shareholders");
  g_autoptr(GPtrArray) findings = NULL;
  QuadrantFinding *finding;

  remove_all_requirements (party);
  findings = check (reg);
  finding = assert_single (findings, QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS,
                           QUADRANT_SEVERITY_WARNING, party, NULL);
  g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                   "Party \"Shareholders\" has no requirements");
}

static void
test_undecided (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Data protection authority");
  QuadrantRequirement *req = add_requirement (party, "Breach notification within 72 hours");
  g_autoptr(GPtrArray) findings = NULL;
  QuadrantFinding *finding;

  quadrant_requirement_set_decision (req, QUADRANT_DECISION_UNDECIDED);
  findings = check (reg);
  finding = assert_single (findings, QUADRANT_CHECK_REQUIREMENT_UNDECIDED,
                           QUADRANT_SEVERITY_ERROR, party, req);
  g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                   "Requirement \"Breach notification within 72 hours\" has no decision");
  g_assert_cmpuint (quadrant_check_count (findings, QUADRANT_SEVERITY_ERROR), ==, 1);
  g_assert_cmpuint (quadrant_check_count (findings, QUADRANT_SEVERITY_WARNING), ==, 0);
}

static void
test_decision_without_rationale (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Customers");
  QuadrantRequirement *req = first_requirement (party);
  const QuadrantDecision needs_rationale[] = {
    QUADRANT_DECISION_PARTIALLY_ADDRESSED, QUADRANT_DECISION_NOT_ADDRESSED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (needs_rationale); i++)
    {
      quadrant_requirement_set_decision (req, needs_rationale[i]);

      /* No rationale, or only white space, is an error. */
      quadrant_requirement_set_rationale (req, NULL);
      {
        g_autoptr(GPtrArray) findings = check (reg);
        assert_single (findings, QUADRANT_CHECK_DECISION_WITHOUT_RATIONALE,
                       QUADRANT_SEVERITY_ERROR, party, req);
      }
      quadrant_requirement_set_rationale (req, " \n\t ");
      {
        g_autoptr(GPtrArray) findings = check (reg);
        assert_single (findings, QUADRANT_CHECK_DECISION_WITHOUT_RATIONALE,
                       QUADRANT_SEVERITY_ERROR, party, req);
      }

      quadrant_requirement_set_rationale (req, "Out of scope: handled by the group ISMS");
      assert_clean (reg);
    }

  /* Addressed needs no rationale (only a reference). */
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_ADDRESSED);
  quadrant_requirement_set_rationale (req, NULL);
  assert_clean (reg);
}

static void
test_addressed_without_reference (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Customers");
  QuadrantRequirement *req = first_requirement (party);
  g_autoptr(GPtrArray) empty = quadrant_reference_array_new ();
  g_autoptr(GPtrArray) blank = quadrant_reference_array_new ();
  g_autoptr(GPtrArray) policy = quadrant_reference_array_new ();

  quadrant_requirement_set_references (req, empty);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    assert_single (findings, QUADRANT_CHECK_ADDRESSED_WITHOUT_REFERENCE,
                   QUADRANT_SEVERITY_WARNING, party, req);
  }

  /* A reference with no text does not count. */
  g_ptr_array_add (blank, reference (QUADRANT_REFERENCE_KIND_POLICY, "  "));
  quadrant_requirement_set_references (req, blank);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    assert_single (findings, QUADRANT_CHECK_ADDRESSED_WITHOUT_REFERENCE,
                   QUADRANT_SEVERITY_WARNING, party, req);
  }

  g_ptr_array_add (policy, reference (QUADRANT_REFERENCE_KIND_POLICY, "Privacy policy"));
  quadrant_requirement_set_references (req, policy);
  assert_clean (reg);

  /* Not addressed with a rationale needs no reference. */
  quadrant_requirement_set_references (req, empty);
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_NOT_ADDRESSED);
  quadrant_requirement_set_rationale (req, "Accepted risk");
  assert_clean (reg);
}

static void
test_not_placed (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Media");
  g_autoptr(GPtrArray) findings = NULL;
  QuadrantFinding *finding;

  quadrant_party_set_power (party, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_interest (party, QUADRANT_NOT_ASSESSED);
  findings = check (reg);
  finding = assert_single (findings, QUADRANT_CHECK_PARTY_NOT_PLACED,
                           QUADRANT_SEVERITY_INFO, party, NULL);
  g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                   "Party \"Media\" is not yet placed on the map");
  g_assert_cmpuint (quadrant_check_count (findings, QUADRANT_SEVERITY_INFO), ==, 1);

  quadrant_party_set_power (party, 0);
  quadrant_party_set_interest (party, 0);
  assert_clean (reg);
}

static void
test_high_power_without_engagement (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Board");

  /* Just below the threshold: not high. */
  quadrant_party_set_power (party, QUADRANT_HIGH_THRESHOLD - 1);
  assert_clean (reg);

  quadrant_party_set_power (party, QUADRANT_HIGH_THRESHOLD);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    QuadrantFinding *finding = assert_single (findings, QUADRANT_CHECK_HIGH_POWER_WITHOUT_ENGAGEMENT,
                                              QUADRANT_SEVERITY_WARNING, party, NULL);
    g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                     "Party \"Board\" has high power (50) but no engagement plan");
  }

  /* Any one field of the plan is a plan. */
  quadrant_party_set_power (party, 100);
  quadrant_party_set_engagement_frequency (party, "Quarterly");
  assert_clean (reg);
}

static void
test_support_gap (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Staff");

  quadrant_party_set_current_support (party, QUADRANT_SUPPORT_RESISTANT);
  quadrant_party_set_desired_support (party, QUADRANT_SUPPORT_SUPPORTIVE);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    QuadrantFinding *finding = assert_single (findings, QUADRANT_CHECK_SUPPORT_GAP_WITHOUT_ENGAGEMENT,
                                              QUADRANT_SEVERITY_WARNING, party, NULL);
    g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                     "Party \"Staff\" has no engagement plan to raise its support from resistant to supportive");
  }

  /* Also for a party not yet placed. */
  quadrant_party_set_power (party, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_interest (party, QUADRANT_NOT_ASSESSED);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    g_assert_cmpuint (findings->len, ==, 2);
    g_assert_cmpuint (count_code (findings, QUADRANT_CHECK_SUPPORT_GAP_WITHOUT_ENGAGEMENT), ==, 1);
    g_assert_cmpuint (count_code (findings, QUADRANT_CHECK_PARTY_NOT_PLACED), ==, 1);
  }

  /* A high-power party is reported once, for its missing plan. */
  quadrant_party_set_power (party, 90);
  quadrant_party_set_interest (party, 10);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    assert_single (findings, QUADRANT_CHECK_HIGH_POWER_WITHOUT_ENGAGEMENT,
                   QUADRANT_SEVERITY_WARNING, party, NULL);
  }

  quadrant_party_set_engagement_communication (party, "Town hall every month");
  assert_clean (reg);

  /* No gap, or support above the desired level, needs no plan. */
  quadrant_party_set_engagement_communication (party, NULL);
  quadrant_party_set_power (party, 10);
  quadrant_party_set_desired_support (party, QUADRANT_SUPPORT_RESISTANT);
  assert_clean (reg);
  quadrant_party_set_current_support (party, QUADRANT_SUPPORT_LEADING);
  assert_clean (reg);
}

static void
test_requirement_review (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Customers");
  QuadrantRequirement *req = first_requirement (party);

  quadrant_requirement_set_review_date (req, "2026-06-14");
  {
    g_autoptr(GPtrArray) findings = check (reg);
    QuadrantFinding *finding = assert_single (findings, QUADRANT_CHECK_REQUIREMENT_REVIEW_OVERDUE,
                                              QUADRANT_SEVERITY_WARNING, party, req);
    g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                     "Requirement \"Requirement of Customers\" was due for review on 2026-06-14");
  }

  quadrant_requirement_set_review_date (req, TODAY);
  assert_clean (reg);
  quadrant_requirement_set_review_date (req, "2030-01-01");
  assert_clean (reg);
}

static void
test_party_review (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Suppliers");

  /* Exactly a year ago is not yet "more than a year". */
  quadrant_party_set_last_reviewed (party, "2025-06-15");
  assert_clean (reg);

  quadrant_party_set_last_reviewed (party, "2025-06-14");
  {
    g_autoptr(GPtrArray) findings = check (reg);
    QuadrantFinding *finding = assert_single (findings, QUADRANT_CHECK_PARTY_REVIEW_OVERDUE,
                                              QUADRANT_SEVERITY_WARNING, party, NULL);
    g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                     "Party \"Suppliers\" was last reviewed on 2025-06-14, more than a year ago");
  }

  quadrant_party_set_last_reviewed (party, "2026-01-01");
  assert_clean (reg);
}

static void
test_party_review_leap_day (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Auditors");
  g_autoptr(GDate) anniversary = date_new ("2025-02-28");
  g_autoptr(GDate) day_after = date_new ("2025-03-01");

  quadrant_party_set_last_reviewed (party, "2024-02-29");
  {
    g_autoptr(GPtrArray) findings = quadrant_check_register (reg, anniversary);
    g_assert_cmpuint (findings->len, ==, 0);
  }
  {
    g_autoptr(GPtrArray) findings = quadrant_check_register (reg, day_after);
    assert_single (findings, QUADRANT_CHECK_PARTY_REVIEW_OVERDUE,
                   QUADRANT_SEVERITY_WARNING, party, NULL);
  }
}

static void
test_register_review (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GPtrArray) findings = NULL;
  QuadrantFinding *finding;
  g_autofree char *subject = NULL;

  add_party (reg, "Customers");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2026-06-14");
  findings = check (reg);
  finding = assert_single (findings, QUADRANT_CHECK_REGISTER_REVIEW_OVERDUE,
                           QUADRANT_SEVERITY_ERROR, NULL, NULL);
  g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                   "The register was due for review on 2026-06-14");
  subject = quadrant_finding_dup_subject (finding);
  g_assert_cmpstr (subject, ==, "register");

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2027-06-15");
  assert_clean (reg);
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, NULL);
  assert_clean (reg);
}

/* Dates that are not YYYY-MM-DD are not compared (the reader refuses them anyway). */
static void
test_invalid_dates_ignored (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Customers");
  const char *bad[] = { "", "yesterday", "2020-02-30", "2020-1-01", "0000-01-01", "20200101" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      quadrant_party_set_last_reviewed (party, bad[i]);
      quadrant_requirement_set_review_date (first_requirement (party), bad[i]);
      quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, bad[i]);
      assert_clean (reg);
    }
}

static void
test_duplicate_names (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *first = add_party (reg, "ACME Ltd");
  QuadrantParty *second;
  QuadrantParty *third;

  add_party (reg, "ACME Holdings");
  add_party (reg, "Ärzte");
  assert_clean (reg);

  second = add_party (reg, "  acme ltd\t");
  {
    g_autoptr(GPtrArray) findings = check (reg);
    QuadrantFinding *finding = assert_single (findings, QUADRANT_CHECK_DUPLICATE_PARTY_NAME,
                                              QUADRANT_SEVERITY_WARNING, second, NULL);
    g_assert_cmpstr (quadrant_finding_get_message (finding), ==,
                     "Party \"acme ltd\" has the same name as the earlier party \"ACME Ltd\"");
  }

  /* Case folding covers non-ASCII letters too; each later duplicate is reported. */
  third = add_party (reg, "ÄRZTE");
  {
    g_autoptr(GPtrArray) findings = check (reg);

    g_assert_cmpuint (findings->len, ==, 2);
    g_assert_true (quadrant_finding_get_party (g_ptr_array_index (findings, 0)) == second);
    g_assert_true (quadrant_finding_get_party (g_ptr_array_index (findings, 1)) == third);
    g_assert_cmpuint (count_code (findings, QUADRANT_CHECK_DUPLICATE_PARTY_NAME), ==, 2);
    /* The first of a name is not the duplicate. */
    for (guint i = 0; i < findings->len; i++)
      g_assert_true (quadrant_finding_get_party (g_ptr_array_index (findings, i)) != first);
  }
}

static void
test_order (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *a = add_party (reg, "Alpha");
  QuadrantParty *b = add_party (reg, "Bravo");
  QuadrantRequirement *a1 = first_requirement (a);
  QuadrantRequirement *a2 = add_requirement (a, "Second of Alpha");
  QuadrantRequirement *b1 = first_requirement (b);
  g_autoptr(GPtrArray) findings = NULL;
  struct {
    const char *code;
    QuadrantParty *party;
    QuadrantRequirement *requirement;
  } expected[] = {
    { QUADRANT_CHECK_REGISTER_REVIEW_OVERDUE, NULL, NULL },
    { QUADRANT_CHECK_REQUIREMENT_UNDECIDED, a, a2 },
    { QUADRANT_CHECK_DECISION_WITHOUT_RATIONALE, b, b1 },
    { QUADRANT_CHECK_HIGH_POWER_WITHOUT_ENGAGEMENT, a, NULL },
    { QUADRANT_CHECK_ADDRESSED_WITHOUT_REFERENCE, a, a1 },
    { QUADRANT_CHECK_REQUIREMENT_REVIEW_OVERDUE, a, a2 },
    { QUADRANT_CHECK_PARTY_REVIEW_OVERDUE, b, NULL },
    { QUADRANT_CHECK_PARTY_NOT_PLACED, b, NULL },
  };
  g_autoptr(GPtrArray) no_refs = quadrant_reference_array_new ();

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2020-01-01");
  quadrant_party_set_power (a, 80);
  quadrant_requirement_set_references (a1, no_refs);
  quadrant_requirement_set_decision (a2, QUADRANT_DECISION_UNDECIDED);
  quadrant_requirement_set_review_date (a2, "2026-01-01");
  quadrant_party_set_power (b, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_interest (b, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_last_reviewed (b, "2020-01-01");
  quadrant_requirement_set_decision (b1, QUADRANT_DECISION_NOT_ADDRESSED);

  findings = check (reg);
  g_assert_cmpuint (findings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      QuadrantFinding *finding = g_ptr_array_index (findings, i);

      g_test_message ("finding %u: %s", i, quadrant_finding_get_message (finding));
      g_assert_cmpstr (quadrant_finding_get_code (finding), ==, expected[i].code);
      g_assert_true (quadrant_finding_get_party (finding) == expected[i].party);
      g_assert_true (quadrant_finding_get_requirement (finding) == expected[i].requirement);
    }

  g_assert_cmpuint (quadrant_check_count (findings, QUADRANT_SEVERITY_ERROR), ==, 3);
  g_assert_cmpuint (quadrant_check_count (findings, QUADRANT_SEVERITY_WARNING), ==, 4);
  g_assert_cmpuint (quadrant_check_count (findings, QUADRANT_SEVERITY_INFO), ==, 1);
}

/* Without a date the check compares with the real today. */
static void
test_today_default (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Customers");

  quadrant_requirement_set_review_date (first_requirement (party), "9999-12-31");
  {
    g_autoptr(GPtrArray) findings = quadrant_check_register (reg, NULL);
    g_assert_cmpuint (findings->len, ==, 0);
  }

  quadrant_requirement_set_review_date (first_requirement (party), "2000-01-01");
  {
    g_autoptr(GPtrArray) findings = quadrant_check_register (reg, NULL);
    g_assert_cmpuint (count_code (findings, QUADRANT_CHECK_REQUIREMENT_REVIEW_OVERDUE), ==, 1);
  }
}

/* Long, multi-line statements and empty names still give one-line, readable messages. */
static void
test_message_text (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "");
  QuadrantRequirement *req = first_requirement (party);
  g_autoptr(GString) long_statement = g_string_new ("Line one\n\n  line two ");
  g_autoptr(GPtrArray) findings = NULL;
  QuadrantFinding *finding;
  g_autofree char *subject = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < 20; i++)
    g_string_append (long_statement, "é123");
  quadrant_requirement_set_statement (req, long_statement->str);
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_UNDECIDED);

  findings = check (reg);
  finding = assert_single (findings, QUADRANT_CHECK_REQUIREMENT_UNDECIDED,
                           QUADRANT_SEVERITY_ERROR, party, req);
  /* "Line one line two " is 18 characters, then 62 of "é123…" up to 80, then an ellipsis. */
  expected = g_strdup_printf ("Requirement \"Line one line two %s…\" has no decision",
                              "é123é123é123é123é123é123é123é123é123é123é123é123é123é123é123é1");
  g_assert_cmpstr (quadrant_finding_get_message (finding), ==, expected);
  g_assert_null (strchr (quadrant_finding_get_message (finding), '\n'));

  subject = quadrant_finding_dup_subject (finding);
  g_assert_true (g_str_has_prefix (subject, "party \"unnamed party\" / requirement \"Line one line two é123"));
}

static void
test_shorten_text (void)
{
  g_autofree char *a = quadrant_finding_shorten_text ("  a\r\nb\tc  ", NULL);
  g_autofree char *b = quadrant_finding_shorten_text (" \n ", "fallback");
  g_autofree char *c = quadrant_finding_shorten_text (NULL, "fallback");
  g_autofree char *exact = g_strnfill (QUADRANT_FINDING_MAX_TEXT_CHARS, 'x');
  g_autofree char *over = g_strnfill (QUADRANT_FINDING_MAX_TEXT_CHARS + 1, 'x');
  g_autofree char *d = quadrant_finding_shorten_text (exact, NULL);
  g_autofree char *e = quadrant_finding_shorten_text (over, NULL);
  g_autofree char *e_expected = g_strconcat (exact, "…", NULL);

  g_assert_cmpstr (a, ==, "a b c");
  g_assert_cmpstr (b, ==, "fallback");
  g_assert_cmpstr (c, ==, "fallback");
  g_assert_cmpstr (d, ==, exact);
  g_assert_cmpstr (e, ==, e_expected);
}

/* A legal or regulatory requirement left unaddressed without a reason has
 * its own finding (in place of the general one). */
static void
test_obligation_not_addressed (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Data protection authority");
  QuadrantRequirement *req = first_requirement (party);
  const QuadrantRequirementType types[] = {
    QUADRANT_REQUIREMENT_TYPE_LEGAL, QUADRANT_REQUIREMENT_TYPE_REGULATORY,
  };

  quadrant_requirement_set_decision (req, QUADRANT_DECISION_NOT_ADDRESSED);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GPtrArray) findings = NULL;

      quadrant_requirement_set_requirement_type (req, types[i]);
      quadrant_requirement_set_rationale (req, NULL);
      findings = check (reg);
      assert_single (findings, QUADRANT_CHECK_OBLIGATION_NOT_ADDRESSED, QUADRANT_SEVERITY_ERROR, party, req);
      quadrant_requirement_set_rationale (req, "Risk accepted by the board, minute 2026/14");
      assert_clean (reg);
    }

  /* Partially addressed keeps the general finding. */
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  quadrant_requirement_set_rationale (req, NULL);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    assert_single (findings, QUADRANT_CHECK_DECISION_WITHOUT_RATIONALE, QUADRANT_SEVERITY_ERROR, party, req);
  }
}

/* A party still of kind Other, and a kind in its unusual category. */
static void
test_kind_and_category (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Board of directors");

  quadrant_party_set_kind (party, QUADRANT_KIND_OTHER);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    assert_single (findings, QUADRANT_CHECK_KIND_OTHER, QUADRANT_SEVERITY_INFO, party, NULL);
  }

  /* A board is internal: external is reported, not refused. */
  quadrant_party_set_kind (party, QUADRANT_KIND_BOARD);
  quadrant_party_set_category (party, QUADRANT_CATEGORY_EXTERNAL);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    QuadrantFinding *finding = assert_single (findings, QUADRANT_CHECK_UNUSUAL_CATEGORY,
                                              QUADRANT_SEVERITY_WARNING, party, NULL);

    g_assert_nonnull (strstr (quadrant_finding_get_message (finding), "Board"));
  }
  quadrant_party_set_category (party, QUADRANT_CATEGORY_INTERNAL);
  assert_clean (reg);

  /* Shareholders can be either. */
  quadrant_party_set_kind (party, QUADRANT_KIND_SHAREHOLDERS);
  quadrant_party_set_category (party, QUADRANT_CATEGORY_EXTERNAL);
  assert_clean (reg);
  g_assert_cmpint (quadrant_kind_get_usual_category (QUADRANT_KIND_REGULATORS), ==, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpint (quadrant_kind_get_usual_category (QUADRANT_KIND_OTHER), ==, -1);
}

/* A party quick-added in a workshop stays a finding until it is reviewed. */
static void
test_quick_added (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantParty *party = add_party (reg, "Local press");

  quadrant_party_set_identified_by (party, QUADRANT_IDENTIFICATION_BRAINSTORMING);
  {
    g_autoptr(GPtrArray) findings = check (reg);
    assert_single (findings, QUADRANT_CHECK_QUICK_ADDED_NOT_REVIEWED, QUADRANT_SEVERITY_WARNING, party, NULL);
  }
  quadrant_party_set_last_reviewed (party, "2026-06-01");
  assert_clean (reg);
}

/* Checked a party at a time (as printing does), the example register has
 * the same findings in the same order as checked at once. */
static void
test_in_steps (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GDate) today = date_new (TODAY);
  g_autoptr(GPtrArray) at_once = quadrant_check_register (reg, today);
  g_autoptr(GPtrArray) in_steps = NULL;
  QuadrantCheckRun *run = quadrant_check_run_new (reg, today);
  guint n_parties = quadrant_register_get_n_parties (reg);
  guint n_steps = 1;

  while (!quadrant_check_run_step (run, 1))
    n_steps++;
  g_assert_cmpuint (n_steps, ==, n_parties);
  in_steps = quadrant_check_run_finish (run);

  g_assert_cmpuint (at_once->len, >, 0);
  g_assert_cmpuint (in_steps->len, ==, at_once->len);
  for (guint i = 0; i < at_once->len; i++)
    {
      QuadrantFinding *a = g_ptr_array_index (at_once, i);
      QuadrantFinding *b = g_ptr_array_index (in_steps, i);

      g_assert_cmpstr (quadrant_finding_get_code (b), ==, quadrant_finding_get_code (a));
      g_assert_true (quadrant_finding_get_party (b) == quadrant_finding_get_party (a));
      g_assert_true (quadrant_finding_get_requirement (b) == quadrant_finding_get_requirement (a));
      g_assert_cmpstr (quadrant_finding_get_message (b), ==, quadrant_finding_get_message (a));
    }

  /* A run dropped half way frees what it found. */
  run = quadrant_check_run_new (reg, today);
  g_assert_false (quadrant_check_run_step (run, 1));
  quadrant_check_run_free (run);
}

int
main (int   argc,
      char *argv[])
{
  /* Messages are compared in English. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check/clean", test_clean);
  g_test_add_func ("/check/party-without-requirements", test_party_without_requirements);
  g_test_add_func ("/check/requirement-undecided", test_undecided);
  g_test_add_func ("/check/decision-without-rationale", test_decision_without_rationale);
  g_test_add_func ("/check/addressed-without-reference", test_addressed_without_reference);
  g_test_add_func ("/check/party-not-placed", test_not_placed);
  g_test_add_func ("/check/high-power-without-engagement", test_high_power_without_engagement);
  g_test_add_func ("/check/support-gap-without-engagement", test_support_gap);
  g_test_add_func ("/check/review/requirement", test_requirement_review);
  g_test_add_func ("/check/review/party", test_party_review);
  g_test_add_func ("/check/review/party-leap-day", test_party_review_leap_day);
  g_test_add_func ("/check/review/register", test_register_review);
  g_test_add_func ("/check/review/invalid-dates", test_invalid_dates_ignored);
  g_test_add_func ("/check/duplicate-party-name", test_duplicate_names);
  g_test_add_func ("/check/order", test_order);
  g_test_add_func ("/check/in-steps", test_in_steps);
  g_test_add_func ("/check/today-default", test_today_default);
  g_test_add_func ("/check/message-text", test_message_text);
  g_test_add_func ("/check/obligation-not-addressed", test_obligation_not_addressed);
  g_test_add_func ("/check/kind-and-category", test_kind_and_category);
  g_test_add_func ("/check/quick-added", test_quick_added);
  g_test_add_func ("/finding/shorten-text", test_shorten_text);

  return g_test_run ();
}
