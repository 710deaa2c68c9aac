/* quadrant-generate.c: large, realistic registers for benchmarks and tests
 *
 * Built through the model's builder API, so whatever the writer makes of the
 * result is canonical by construction. All randomness comes from one seeded
 * GRand and ids are made from it too, never from g_uuid_string_random().
 */
#define G_LOG_DOMAIN "quadrant-generate"

#include "config.h"

#include "quadrant-generate.h"

#define N_REVISIONS 4

typedef struct {
  GRand *rand;
  /* How many values of each enum have been handed out in order so far; the
   * first objects walk through every value so that small registers cover all. */
  guint  kind_seen;
  guint  support_seen;
  guint  desired_seen;
  guint  identified_seen;
  guint  type_seen;
  guint  priority_seen;
  guint  decision_seen;
  guint  reference_seen;
} Generator;

/* ---- Word pools ---- */

static const char * const party_roles[][8] = {
  [QUADRANT_KIND_STAFF] = { "Service desk staff", "Software developers", "Nurses and ward staff",
                            "Remote workers", "Contractors on site", "New starters",
                            "System administrators", NULL },
  [QUADRANT_KIND_SENIOR_LEADERSHIP] = { "Executive management", "Chief executive officer",
                                        "Chief financial officer", "Management team",
                                        "Chief operating officer", NULL },
  [QUADRANT_KIND_BOARD] = { "Board of directors", "Supervisory board", "Audit committee",
                            "Risk committee", NULL },
  [QUADRANT_KIND_SHAREHOLDERS] = { "Majority shareholder", "Institutional investors",
                                   "Employee shareholders", "Parent company", NULL },
  [QUADRANT_KIND_DEPARTMENTS] = { "Human resources", "Finance", "Legal and compliance", "Facilities",
                                  "IT operations", "Procurement", "Marketing", NULL },
  [QUADRANT_KIND_INTERNAL_AUDITORS] = { "Internal audit", "Group internal audit",
                                        "Quality assurance", NULL },
  [QUADRANT_KIND_CUSTOMERS] = { "Retail customers", "Patients", "Online shop customers",
                                "Key account", "Subscribers", NULL },
  [QUADRANT_KIND_CLIENTS] = { "Client", "Enterprise client", "Public sector client",
                              "Framework agreement client", NULL },
  [QUADRANT_KIND_PROSPECTS] = { "Prospective client in tender", "Public sector prospect",
                                "Prospect from trade fair", NULL },
  [QUADRANT_KIND_SUPPLIERS] = { "Cloud hosting provider", "Payroll service",
                                "Managed security service provider", "Courier service",
                                "Software vendor", "Data centre operator", "Shredding service", NULL },
  [QUADRANT_KIND_PARTNERS] = { "Joint venture partner", "Reseller", "Integration partner",
                               "Research partner", NULL },
  [QUADRANT_KIND_REGULATORS] = { "Data protection authority", "Financial supervisory authority",
                                 "Health inspectorate", "National cyber security centre", NULL },
  [QUADRANT_KIND_LEGISLATORS] = { "National parliament", "European Commission",
                                  "State legislature", NULL },
  [QUADRANT_KIND_INDUSTRY_BODIES] = { "Chamber of commerce", "Industry association",
                                      "Standards body", "CERT community", NULL },
  [QUADRANT_KIND_COMPETITORS] = { "Direct competitor", "Market entrant", "Regional competitor", NULL },
  [QUADRANT_KIND_MEDIA] = { "Trade press", "Local newspaper", "Social media audience",
                            "Broadcast media", NULL },
  [QUADRANT_KIND_ACTIVIST_GROUPS] = { "Privacy advocacy group", "Consumer protection association",
                                      "Environmental activists", NULL },
  [QUADRANT_KIND_UNIONS] = { "Works council", "Trade union", "Staff representatives", NULL },
  [QUADRANT_KIND_INSURERS] = { "Cyber insurer", "Liability insurer", "Insurance broker", NULL },
  [QUADRANT_KIND_MALICIOUS_ACTORS] = { "Ransomware groups", "Insider threat", "Hacktivists",
                                       "Fraudsters", "State-sponsored attackers", NULL },
  [QUADRANT_KIND_OTHER] = { "Neighbours of the data centre", "Emergency services",
                            "Certification body", "Landlord", NULL },
};

static const char * const org_syllables[] = {
  "Nor", "vale", "Tri", "dex", "Quan", "ta", "Ber", "lin", "O", "va", "Mark", "ton",
  "Sol", "aris", "Kel", "tic", "Ven", "tura", "Al", "pha", "Grün", "wald", "Ø", "resund",
};

static const char * const org_suffixes[] = {
  "Ltd", "GmbH", "AG", "S.A.", "B.V.", "Oy", "A/S", "& Co. KG", "S.à r.l.", "sp. z o.o.", "plc", "Inc.",
};

static const char * const sites[] = {
  "Zürich", "Łódź", "São Paulo", "Malmö", "Leeds", "Lyon", "København", "Kraków", "Dublin",
  "Reykjavík", "Toronto", "Bangalore",
};

static const char * const people[] = {
  "Jane Doe", "Zoë Ångström", "Łukasz Nowak", "Chiara Rossi", "Kwame Mensah", "Priya Natarajan",
  "Seán O'Connor", "Ana Conceição", "Hiroshi Tanaka", "Li Wei", "Jürgen Weiß", "Fatima Zahra",
  "Olusegun Adeyemi", "Marie-Hélène Dubois", "Björn Eriksson",
};

static const char * const roles[] = {
  "CISO", "Data protection officer", "Head of IT", "Compliance manager", "Head of procurement",
  "HR director", "Facilities manager", "Legal counsel", "Service delivery manager",
  "Risk manager",
};

static const char * const descriptions[] = {
  "Relies on our services for day-to-day operations",
  "Has access to confidential information under contract",
  "Expects timely and honest communication about incidents",
  "Can impose fines or restrict processing",
  "Influences the organisation's reputation",
  "Operates systems that process our data",
  "Sets the strategic direction of the ISMS",
  "Is affected by changes to working practices",
  "Monitors compliance with sector-specific rules",
  "May attempt to gain unauthorised access to systems",
};

static const char * const communications[] = {
  "Quarterly status report", "Incident notifications", "Annual security summary",
  "Newsletter & intranet articles", "Audit results", "Breach notifications, annual DPIA summary",
};

static const char * const channels[] = {
  "E-mail", "Secure portal", "Steering committee", "Town hall meeting", "Account manager",
  "Intranet", "Letter",
};

static const char * const frequencies[] = {
  "Monthly", "Quarterly", "Yearly", "As required", "As required; yearly summary", "Weekly",
};

static const char * const subjects[] = {
  "Personal data of customers", "Payment card data", "Patient records",
  "Access to production systems", "Backups of critical systems", "Security incidents",
  "Changes to the network", "Supplier access", "Log files", "Source code", "Encryption keys",
  "Remote access", "Privileged accounts", "Security awareness training",
  "Business continuity plans", "Vulnerabilities in internet-facing systems", "Audit evidence",
  "Contracts with subcontractors",
};

static const char * const modals[] = {
  "must be", "shall be", "are expected to be", "should be", "need to be",
};

static const char * const predicates[] = {
  "encrypted at rest and in transit", "reviewed at least once a year",
  "reported within 72 hours", "kept for seven years",
  "protected against unauthorised access", "tested twice a year",
  "approved by the information security officer", "documented and kept up to date",
  "restricted to named individuals", "monitored around the clock", "patched within 14 days",
  "deleted when no longer needed", "available 99.9 % of the time",
  "logged, with the logs retained for 12 months",
};

static const char * const qualifiers[] = {
  "in line with the contract", "as required by law", "according to the agreed SLA",
  "across all sites", "including at subcontractors", "for all systems in scope",
  "before go-live", "with evidence available on request",
};

static const char * const clauses[] = {
  " and the results are shared with the board", "; exceptions need written approval",
  " and deviations are reported to the customer",
  ", including cloud services operated by third parties", " so that audits can verify it",
  "; the requirement was raised during the last management review",
  " and the responsible person confirms this in writing",
  ", taking the state of the art into account",
};

static const char * const sources[] = {
  "GDPR Art. 33", "GDPR Art. 32", "NIS2 Art. 21", "Contract §4.2", "SLA schedule 3",
  "Customer questionnaire 2025", "PCI DSS 4.0 req. 3.5", "ISO/IEC 27001:2022 clause 4.2",
  "Board minutes 2025-03-12", "DORA Art. 28", "Works agreement on monitoring",
  "Insurance policy conditions", "Tender document, annex B",
};

static const char * const rationales[] = {
  "Incident procedure covers notification",
  "Covered by the access control policy and quarterly access reviews",
  "Encryption is enabled by default on all managed storage",
  "Not in scope of the ISMS; handled by the parent company",
  "Partly covered; the remaining systems are planned for next year",
  "Accepted risk, approved by the management team",
  "Contractual clause agreed with the supplier",
  "Training programme runs every year with attendance tracked",
};

static const char * const policies[] = {
  "Information security policy v3", "Acceptable use policy", "Access control policy",
  "Cryptography policy", "Supplier security policy", "Privacy policy v2",
};

static const char * const processes[] = {
  "Incident management", "Change management", "Supplier onboarding", "Backup and restore",
  "Joiners, movers & leavers", "Vulnerability management",
};

static const char * const objectives[] = {
  "Availability 99.9 %", "No reportable breaches", "100 % of staff trained each year",
  "Critical patches within 14 days",
};

static const char * const others[] = {
  "Supplier questionnaire", "Risk treatment plan, item 12", "Statement of applicability",
};

/* Notes are where people paste things: non-ASCII text and characters that
 * must be escaped in XML turn up here. */
static const char * const note_sentences[] = {
  "Contact prefers e-mail; phone only for incidents ≥ severity 2.",
  "Meeting notes (Zürich, 12 März): agreed to revisit after the audit.",
  "Quote from the contract: \"The supplier shall notify the client without undue delay\".",
  "Thresholds: response < 4 h & resolution < 24 h.",
  "Pasted from the ticket system: <b>urgent</b> — see ticket #4711 & follow-ups.",
  "Key people: Zoë Ångström, Łukasz Nowak, Ana Conceição.",
  "Translation pending: 情報セキュリティ方針 (information security policy).",
  "Budget approved: € 12 500 for 2026.",
  "Ελέγχθηκε από την ομάδα συμμόρφωσης.",
  "Status 🔒 restricted — do not share outside the ISMS team.",
  "Marker ]]> copied from an XML export; keep as is.",
  "Column A\tColumn B\tColumn C copied from a spreadsheet.",
  "It's the client's 'preferred' channel.",
  "Legacy rule: 5 > 3 && 2 < 4.",
  "Follow up after the next management review.",
  "Discussed in the steering committee; no objections.",
  "Evidence is stored in the ISMS document library.",
  "Needs to be re-assessed when the new contract starts.",
};

static const char * const summaries[] = {
  "First register", "Annual review", "Added suppliers from procurement",
  "Reassessed after the merger", "Review after the surveillance audit & management review",
  "Updated positions after the stakeholder workshop",
};

static const char * const authors[] = {
  "Jane Doe", "Zoë Ångström", "Seán O'Connor", "Audit & Risk team", "Priya Natarajan",
};

static const char * const organisations[] = {
  "Northwind Health Ltd", "Tridex Logistics GmbH", "Solaris Bank AG", "Grünwald & Söhne KG",
};

/* ---- Helpers ---- */

#define PICK(gen, pool) (pick ((gen), (pool), G_N_ELEMENTS (pool)))

static const char *
pick (Generator          *gen,
      const char * const *pool,
      guint               n)
{
  return pool[g_rand_int_range (gen->rand, 0, n)];
}

static gboolean
chance (Generator *gen,
        guint      percent)
{
  return (guint) g_rand_int_range (gen->rand, 0, 100) < percent;
}

/* Walks through every value first, then picks at random. */
static int
enum_value (Generator *gen,
            guint     *seen,
            guint      n_values)
{
  if (*seen < n_values)
    return (*seen)++;
  return g_rand_int_range (gen->rand, 0, n_values);
}

static char *
random_uuid (Generator *gen)
{
  guint8 b[16];

  /* Byte by byte with shifts, so the ids do not depend on endianness. */
  for (guint i = 0; i < 16; i += 4)
    {
      guint32 r = g_rand_int (gen->rand);

      b[i] = r >> 24;
      b[i + 1] = r >> 16;
      b[i + 2] = r >> 8;
      b[i + 3] = r;
    }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                          b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

static char *
random_date (Generator *gen,
             int        first_year,
             int        last_year)
{
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_rand_int_range (gen->rand, first_year, last_year + 1),
                          g_rand_int_range (gen->rand, 1, 13),
                          g_rand_int_range (gen->rand, 1, 29));
}

static char *
org_name (Generator *gen)
{
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, 2, 4);

  for (guint i = 0; i < n; i++)
    {
      const char *syllable = PICK (gen, org_syllables);

      /* Only the first syllable keeps its capital. */
      if (i == 0)
        g_string_append (s, syllable);
      else
        {
          g_autofree char *lower = g_utf8_strdown (syllable, -1);
          g_string_append (s, lower);
        }
    }
  g_string_append_c (s, ' ');
  g_string_append (s, PICK (gen, org_suffixes));

  return g_string_free (s, FALSE);
}

static char *
party_name (Generator    *gen,
            QuadrantKind  kind)
{
  const char * const *pool = party_roles[kind];
  guint n = 0;
  const char *role;

  while (pool[n] != NULL)
    n++;
  role = pick (gen, pool, n);

  switch (g_rand_int_range (gen->rand, 0, 4))
    {
    case 0:
      return g_strdup (role);
    case 1:
      return g_strdup_printf ("%s (%s)", role, PICK (gen, sites));
    default:
      {
        g_autofree char *org = org_name (gen);
        return g_strdup_printf ("%s – %s", role, org);
      }
    }
}

static char *
person (Generator *gen)
{
  switch (g_rand_int_range (gen->rand, 0, 3))
    {
    case 0:
      return g_strdup (PICK (gen, roles));
    case 1:
      return g_strdup (PICK (gen, people));
    default:
      return g_strdup_printf ("%s, %s", PICK (gen, people), PICK (gen, roles));
    }
}

static char *
contact (Generator *gen)
{
  const char *name = PICK (gen, people);
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);

  g_strdelimit (lower, " '", '.');
  switch (g_rand_int_range (gen->rand, 0, 3))
    {
    case 0:
      return g_strdup_printf ("%s <%s@example.org>", name, lower);
    case 1:
      return g_strdup_printf ("+44 20 7946 %04d", g_rand_int_range (gen->rand, 0, 10000));
    default:
      return g_strdup_printf ("%s, %s office", name, PICK (gen, sites));
    }
}

/* A requirement-like sentence of roughly 6 to 60 words. */
static char *
statement (Generator *gen)
{
  GString *s = g_string_new (NULL);
  guint n_clauses = g_rand_int_range (gen->rand, 0, 5);
  guint first;

  g_string_append_printf (s, "%s %s %s", PICK (gen, subjects), PICK (gen, modals), PICK (gen, predicates));
  if (chance (gen, 60))
    g_string_append_printf (s, " %s", PICK (gen, qualifiers));
  /* Consecutive clauses from a random start, so none repeats. */
  first = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (clauses));
  for (guint i = 0; i < n_clauses; i++)
    g_string_append (s, clauses[(first + i) % G_N_ELEMENTS (clauses)]);
  g_string_append_c (s, '.');

  return g_string_free (s, FALSE);
}

/* Free text of a few sentences, sometimes in paragraphs. */
static char *
notes (Generator *gen)
{
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, 1, 7);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (s, chance (gen, 25) ? "\n\n" : " ");
      g_string_append (s, PICK (gen, note_sentences));
    }

  return g_string_free (s, FALSE);
}

static char *
description (Generator *gen)
{
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, 1, 4);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, PICK (gen, descriptions));
      g_string_append_c (s, '.');
    }

  return g_string_free (s, FALSE);
}

static QuadrantReference *
reference (Generator *gen)
{
  QuadrantReferenceKind kind = enum_value (gen, &gen->reference_seen, QUADRANT_REFERENCE_KIND_OTHER + 1);
  g_autofree char *control = NULL;
  const char *text;

  switch (kind)
    {
    case QUADRANT_REFERENCE_KIND_CONTROL:
      {
        /* Annex A of ISO/IEC 27001:2022: 37, 8, 14 and 34 controls. */
        static const guint n_controls[] = { 37, 8, 14, 34 };
        guint theme = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (n_controls));

        control = g_strdup_printf ("A.%u.%u", theme + 5,
                                   (guint) g_rand_int_range (gen->rand, 1, n_controls[theme] + 1));
        text = control;
      }
      break;
    case QUADRANT_REFERENCE_KIND_POLICY:
      text = PICK (gen, policies);
      break;
    case QUADRANT_REFERENCE_KIND_PROCESS:
      text = PICK (gen, processes);
      break;
    case QUADRANT_REFERENCE_KIND_OBJECTIVE:
      text = PICK (gen, objectives);
      break;
    case QUADRANT_REFERENCE_KIND_OTHER:
    default:
      text = PICK (gen, others);
      break;
    }

  return quadrant_reference_new (kind, text);
}

static QuadrantDecision
decision (Generator *gen)
{
  guint r;

  if (gen->decision_seen <= QUADRANT_DECISION_NOT_ADDRESSED)
    return gen->decision_seen++;

  /* Most requirements are decided, as in a register that has been worked on. */
  r = g_rand_int_range (gen->rand, 0, 100);
  if (r < 20)
    return QUADRANT_DECISION_UNDECIDED;
  if (r < 70)
    return QUADRANT_DECISION_ADDRESSED;
  if (r < 90)
    return QUADRANT_DECISION_PARTIALLY_ADDRESSED;
  return QUADRANT_DECISION_NOT_ADDRESSED;
}

static QuadrantRequirement *
requirement (Generator *gen)
{
  g_autofree char *id = random_uuid (gen);
  QuadrantRequirement *req = quadrant_requirement_new (id);
  g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();
  g_autofree char *text = statement (gen);
  QuadrantDecision dec = decision (gen);
  guint n_refs;

  quadrant_requirement_set_statement (req, text);
  quadrant_requirement_set_requirement_type (req, enum_value (gen, &gen->type_seen,
                                                              QUADRANT_REQUIREMENT_TYPE_OTHER + 1));
  quadrant_requirement_set_priority (req, enum_value (gen, &gen->priority_seen, QUADRANT_PRIORITY_HIGH + 1));
  quadrant_requirement_set_decision (req, dec);
  if (chance (gen, 80))
    quadrant_requirement_set_source (req, PICK (gen, sources));
  if (chance (gen, dec == QUADRANT_DECISION_UNDECIDED ? 5 : 85))
    quadrant_requirement_set_rationale (req, PICK (gen, rationales));

  n_refs = dec == QUADRANT_DECISION_UNDECIDED ? g_rand_int_range (gen->rand, 0, 2)
                                              : g_rand_int_range (gen->rand, 0, 5);
  /* Until every reference kind has occurred, each requirement gets one. */
  if (gen->reference_seen <= QUADRANT_REFERENCE_KIND_OTHER)
    n_refs = MAX (n_refs, 1);
  for (guint i = 0; i < n_refs; i++)
    g_ptr_array_add (refs, reference (gen));
  quadrant_requirement_set_references (req, refs);

  if (chance (gen, 50))
    {
      g_autofree char *owner = person (gen);
      quadrant_requirement_set_owner (req, owner);
    }
  if (chance (gen, 60))
    {
      g_autofree char *date = random_date (gen, 2025, 2027);
      quadrant_requirement_set_review_date (req, date);
    }
  if (chance (gen, 10))
    {
      g_autofree char *text_notes = notes (gen);
      quadrant_requirement_set_notes (req, text_notes);
    }

  return req;
}

static QuadrantCategory
category_for_kind (Generator    *gen,
                   QuadrantKind  kind)
{
  gboolean internal;

  switch (kind)
    {
    case QUADRANT_KIND_STAFF:
    case QUADRANT_KIND_SENIOR_LEADERSHIP:
    case QUADRANT_KIND_BOARD:
    case QUADRANT_KIND_DEPARTMENTS:
    case QUADRANT_KIND_INTERNAL_AUDITORS:
    case QUADRANT_KIND_UNIONS:
      internal = TRUE;
      break;
    default:
      internal = FALSE;
      break;
    }
  /* Registers disagree at the edges (a staff union, a parent company). */
  if (chance (gen, 5))
    internal = !internal;

  return internal ? QUADRANT_CATEGORY_INTERNAL : QUADRANT_CATEGORY_EXTERNAL;
}

static QuadrantParty *
party (Generator *gen,
       guint      n_requirements)
{
  g_autofree char *id = random_uuid (gen);
  QuadrantParty *p = quadrant_party_new (id);
  QuadrantKind kind = enum_value (gen, &gen->kind_seen, QUADRANT_KIND_OTHER + 1);
  QuadrantIdentification method;
  QuadrantSupport current;
  g_autofree char *name = party_name (gen, kind);

  quadrant_party_set_name (p, name);
  quadrant_party_set_kind (p, kind);
  quadrant_party_set_category (p, category_for_kind (gen, kind));

  if (chance (gen, 70))
    {
      g_autofree char *text = description (gen);
      quadrant_party_set_description (p, text);
    }

  /* A few parties are listed but not assessed yet (no position on the map). */
  if (!chance (gen, 8))
    {
      quadrant_party_set_power (p, g_rand_int_range (gen->rand, 0, 101));
      quadrant_party_set_interest (p, g_rand_int_range (gen->rand, 0, 101));
    }

  current = enum_value (gen, &gen->support_seen, QUADRANT_SUPPORT_LEADING + 1);
  quadrant_party_set_current_support (p, current);
  if (gen->desired_seen <= QUADRANT_SUPPORT_LEADING)
    quadrant_party_set_desired_support (p, gen->desired_seen++);
  else
    quadrant_party_set_desired_support (p, g_rand_int_range (gen->rand, current, QUADRANT_SUPPORT_LEADING + 1));

  if (chance (gen, 60))
    {
      g_autofree char *owner = person (gen);
      quadrant_party_set_owner (p, owner);
    }
  if (chance (gen, 50))
    {
      g_autofree char *text = contact (gen);
      quadrant_party_set_contact (p, text);
    }

  method = enum_value (gen, &gen->identified_seen, QUADRANT_IDENTIFICATION_FORMAL_STAKEHOLDER_ANALYSIS + 1);
  quadrant_party_set_identified_by (p, method);
  if (method != QUADRANT_IDENTIFICATION_UNSPECIFIED && chance (gen, 80))
    {
      g_autofree char *date = random_date (gen, 2023, 2025);
      quadrant_party_set_identified_on (p, date);
    }

  if (chance (gen, 60))
    {
      quadrant_party_set_engagement_communication (p, PICK (gen, communications));
      quadrant_party_set_engagement_channel (p, PICK (gen, channels));
      if (chance (gen, 80))
        quadrant_party_set_engagement_frequency (p, PICK (gen, frequencies));
      if (chance (gen, 70))
        {
          g_autofree char *responsible = person (gen);
          quadrant_party_set_engagement_responsible (p, responsible);
        }
    }

  if (chance (gen, 20))
    {
      g_autofree char *text = notes (gen);
      quadrant_party_set_notes (p, text);
    }
  if (chance (gen, 70))
    {
      g_autofree char *date = random_date (gen, 2025, 2026);
      quadrant_party_set_last_reviewed (p, date);
    }

  for (guint i = 0; i < n_requirements; i++)
    {
      g_autoptr(QuadrantRequirement) req = requirement (gen);
      quadrant_party_append_requirement (p, req);
    }

  return p;
}

static int
drift (Generator *gen,
       int        value)
{
  return CLAMP (value + g_rand_int_range (gen->rand, -15, 16), 0, 100);
}

/* Revision k records the first (k+1)/N_REVISIONS of the parties, as if the
 * register grew over time; the last one holds everybody's current position. */
static void
add_revisions (Generator        *gen,
               QuadrantRegister *reg)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n_parties = g_list_model_get_n_items (parties);
  static const char * const versions[N_REVISIONS] = { "1.0", "1.1", "2.0", "2.1" };
  g_autofree char *last_date = NULL;

  for (guint k = 0; k < N_REVISIONS; k++)
    {
      g_autofree char *date = g_strdup_printf ("%04u-%02d-%02d", 2023 + k,
                                               g_rand_int_range (gen->rand, 1, 13),
                                               g_rand_int_range (gen->rand, 1, 29));
      /* Only the first revision is the "First register". */
      const char *summary = k == 0 ? summaries[0] : pick (gen, summaries + 1, G_N_ELEMENTS (summaries) - 1);
      g_autoptr(QuadrantRevision) revision = quadrant_revision_new (versions[k], date, PICK (gen, authors), summary);
      guint n_positions = (guint) ((guint64) n_parties * (k + 1) / N_REVISIONS);
      gboolean latest = k == N_REVISIONS - 1;

      for (guint i = 0; i < n_positions; i++)
        {
          g_autoptr(QuadrantParty) p = g_list_model_get_item (parties, i);
          int power = quadrant_party_get_power (p);
          int interest = quadrant_party_get_interest (p);
          QuadrantSupport support = quadrant_party_get_current_support (p);

          if (!latest && quadrant_party_is_placed (p))
            {
              power = drift (gen, power);
              interest = drift (gen, interest);
              support = g_rand_int_range (gen->rand, QUADRANT_SUPPORT_UNAWARE, support + 1);
            }
          quadrant_revision_add_position (revision, quadrant_party_get_id (p), power, interest, support);
        }

      quadrant_register_append_revision_unrecorded (reg, revision);
      g_free (last_date);
      last_date = g_steal_pointer (&date);
    }

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_VERSION, versions[N_REVISIONS - 1]);
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, last_date);
}

QuadrantRegister *
quadrant_generate_register (guint   n_parties,
                            guint   n_requirements,
                            guint32 seed)
{
  Generator gen = { 0 };
  QuadrantRegister *reg = quadrant_register_new ();
  g_autofree guint *counts = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *owner = NULL;

  gen.rand = g_rand_new_with_seed (seed);

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, PICK (&gen, organisations));
  scope = g_strdup_printf ("Information security of %s and its supporting IT at %s & %s",
                           PICK (&gen, subjects), PICK (&gen, sites), PICK (&gen, sites));
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_SCOPE, scope);
  owner = g_strdup_printf ("%s, CISO", PICK (&gen, people));
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_OWNER, owner);
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_CLASSIFICATION, chance (&gen, 50) ? "Internal" : "Confidential");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVED_BY, "Executive board");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2027-03-01");

  /* Each requirement goes to a random party: a few parties get many, some
   * none, as in a real register. */
  if (n_parties > 0)
    {
      counts = g_new0 (guint, n_parties);
      for (guint i = 0; i < n_requirements; i++)
        counts[g_rand_int_range (gen.rand, 0, n_parties)]++;
    }

  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(QuadrantParty) p = party (&gen, counts[i]);
      quadrant_register_append_party_unrecorded (reg, p);
    }

  add_revisions (&gen, reg);

  g_rand_free (gen.rand);
  return reg;
}
