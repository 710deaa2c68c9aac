/* test-import-corpus.c: registers as ISMS document kits and real spreadsheets
 * have them, in English, German, French, Spanish, Italian and Dutch, as CSV
 * (UTF-8, UTF-8 with BOM, UTF-16, Windows-1252), XLSX and ODS, with merged
 * title rows, empty rows, TODO placeholders and cells of several lines. Each
 * imports with no mapping at all; the parties, their ratings and the
 * requirements with their decisions are compared with what the file says.
 *
 * The files are written at test time (tests/lib/quadrant-test-sheets.c);
 * QUADRANT_TEST_CORPUS_DIR=DIR keeps a copy of each in DIR to look at. */
#define G_LOG_DOMAIN "test-import-corpus"

#include "config.h"

#include <string.h>

#include "quadrant-csv-import.h"
#include "quadrant-enum-types.h"
#include "quadrant-test-sheets.h"

typedef enum {
  WRITE_XLSX,
  WRITE_XLSX_INLINE,
  WRITE_ODS,
  WRITE_CSV,
} Writer;

typedef struct {
  const char *name;
  const char *category;  /* nick, NULL: not checked */
  const char *kind;
  int         power;     /* -2: not checked */
  int         interest;
  const char *code;      /* the register's own reference, NULL: not checked */
} PartyCheck;

typedef struct {
  const char       *file;
  Writer            writer;
  char              separator;   /* CSV */
  const char       *encoding;    /* CSV */
  const char       *sheet_name;
  const char       *text;
  guint             n_parties;
  guint             n_requirements;
  /* The decisions of all requirements in order, as nicks joined by ",". */
  const char       *decisions;
  PartyCheck        parties[6];
} CorpusFile;

#define H QUADRANT_CSV_HIGH
#define M QUADRANT_CSV_MEDIUM_HIGH
#define L QUADRANT_CSV_LOW

static const CorpusFile corpus[] = {
  { "en-isms-kit.xlsx", WRITE_XLSX, 0, NULL, "Interested Parties",
    "!Interested Parties Register (ISO/IEC 27001:2022, clause 4.2)\n"
    "Ref|Interested Party|Internal/External|Requirements/Expectations|Legal basis|Addressed?|How addressed|Influence|Interest\n"
    "IP-001|Customers|External - Customer|Protection of their personal data¶Availability of the service|GDPR|Yes|A.5.34 privacy controls|High|High\n"
    "IP-002|Data Protection Authority|External - Regulator|Breach notification within 72 hours|GDPR Art. 33|Partly|Incident procedure being updated|High|Low\n"
    "\n"
    "IP-003|Employees|Internal|Clear security policies|TODO|TBD|TODO|Low|High\n"
    "IP-004|TODO|TODO|TODO|TODO|TODO|TODO|TODO|TODO\n"
    "IP-005|Cloud hosting provider|External - Supplier|Security requirements in the contract|Contract|No|Out of scope this year|Medium|Medium",
    4, 5, "addressed,addressed,partially-addressed,undecided,not-addressed",
    { { "Customers", "external", "customers", H, H, "IP-001" },
      { "Data Protection Authority", "external", "regulators", H, L, "IP-002" },
      { "Employees", "internal", NULL, L, H, "IP-003" },
      { "Cloud hosting provider", "external", "suppliers", M, M, "IP-005" } } },

  { "en-plain.csv", WRITE_CSV, ',', "UTF-8", NULL,
    "Stakeholder|Stakeholder type|Needs and expectations|Source|Decision|Rationale|Power|Interest\n"
    "Board of directors|Board|Oversight of information security risks|Articles of association|Addressed|Quarterly \"ISMS\" report|90%|60%\n"
    "Insurer|Insurers|Evidence of controls, yearly|Cyber policy|Not addressed|Renewal in 2026|40%|35%",
    2, 2, "addressed,not-addressed",
    { { "Board of directors", NULL, "board", 90, 60 },
      { "Insurer", NULL, "insurers", 40, 35 } } },

  { "de-excel-1252.csv", WRITE_CSV, ';', "WINDOWS-1252", NULL,
    "Interessierte Partei|Kategorie|Anforderungen|Rechtsgrundlage|Adressiert|Begründung|Einfluss|Interesse\n"
    "Geschäftsführung|Intern|Umsetzung der ISMS-Ziele||Ja|Managementbewertung|Hoch|Hoch\n"
    "Kunden|Extern - Kunde|Vertraulichkeit der Kundendaten|DSGVO|Ja|Verschlüsselung|Mittel|Hoch\n"
    "Kunden|Extern - Kunde|Verfügbarkeit der Dienste|Vertrag|Teilweise|Notfallplan in Arbeit|Mittel|Hoch\n"
    "Aufsichtsbehörde|Extern - Aufsichtsbehörde|Meldung von Datenschutzverletzungen|DSGVO Art. 33|Nein|Noch kein Prozess|Hoch|Niedrig\n"
    "Betriebsrat|Intern / Gewerkschaft|Mitbestimmung bei Überwachung|BetrVG § 87|Ja|Betriebsvereinbarung|Mittel|Mittel",
    4, 5, "addressed,addressed,partially-addressed,not-addressed,addressed",
    { { "Geschäftsführung", "internal", NULL, H, H },
      { "Kunden", "external", "customers", M, H },
      { "Aufsichtsbehörde", "external", "regulators", H, L },
      { "Betriebsrat", "internal", "unions", M, M } } },

  { "fr-kit.ods", WRITE_ODS, 0, NULL, "Parties intéressées",
    "!Registre des parties intéressées\n"
    "Partie intéressée|Catégorie|Exigences et attentes|Base légale|Prise en compte|Justification|Influence|Intérêt\n"
    "Clients|Externe|Confidentialité des données¶Continuité du service|RGPD|Oui|Chiffrement et PCA|Élevée|Élevé\n"
    "CNIL|Externe - Autorité de contrôle|Notification des violations sous 72 h|RGPD art. 33|Partiellement|Procédure en cours de révision|Élevé|Faible\n"
    "\n"
    "Personnel|Interne|Politiques claires|Code du travail|Non|Hors périmètre cette année|Faible|Moyen",
    3, 4, "addressed,addressed,partially-addressed,not-addressed",
    { { "Clients", "external", NULL, H, H },
      { "CNIL", "external", "regulators", H, L },
      { "Personnel", "internal", NULL, L, M } } },

  { "es-unicode-text.txt", WRITE_CSV, '\t', "UTF-16LE", NULL,
    "Parte interesada|Categoría|Requisitos|Base legal|Abordado|Justificación|Poder|Interés\n"
    "Clientes|Externa|Protección de datos personales|RGPD|Sí|Cifrado|Alto|Alto\n"
    "Proveedores|Externa - Proveedor|Cláusulas de seguridad en contratos|Contrato|Parcialmente|Revisión en curso|Medio|Bajo\n"
    "Empleados|Interna|Formación en seguridad||No|Presupuesto 2025|Bajo|Medio",
    3, 3, "addressed,partially-addressed,not-addressed",
    { { "Clientes", "external", NULL, H, H },
      { "Proveedores", "external", "suppliers", M, L },
      { "Empleados", "internal", NULL, L, M } } },

  { "it-utf8-bom.csv", WRITE_CSV, ',', "UTF-8-BOM", NULL,
    "Parte interessata|Categoria|Requisiti|Fonte|Decisione|Motivazione|Influenza|Interesse\n"
    "Clienti|Esterna|Riservatezza dei dati|GDPR|Sì|Cifratura|Alta|Alta\n"
    "Garante privacy|Esterna - Autorità|Notifica delle violazioni|GDPR art. 33|In parte|Procedura in revisione|Alto|Basso\n"
    "Dipendenti|Interna|Politiche chiare|TODO|No|Non prioritario|Basso|Medio",
    3, 3, "addressed,partially-addressed,not-addressed",
    { { "Clienti", "external", NULL, H, H },
      { "Garante privacy", "external", "regulators", H, L },
      { "Dipendenti", "internal", NULL, L, M } } },

  { "nl-streaming.xlsx", WRITE_XLSX_INLINE, 0, NULL, "Belanghebbenden",
    "Belanghebbende partij|Categorie|Eisen en verwachtingen|Wettelijke basis|Geadresseerd|Motivatie|Invloed|Belang\n"
    "Klanten|Extern|Beschikbaarheid van de dienst|Contract|Ja|SLA bewaakt|Hoog|Hoog\n"
    "Autoriteit Persoonsgegevens|Extern - Toezichthouder|Melding datalekken|AVG|Gedeeltelijk|Procedure wordt herzien|Hoog|Laag\n"
    "Medewerkers|Intern|Duidelijk beleid||Nee|Geen budget|Laag|Gemiddeld",
    3, 3, "addressed,partially-addressed,not-addressed",
    { { "Klanten", "external", NULL, H, H },
      { "Autoriteit Persoonsgegevens", "external", "regulators", H, L },
      { "Medewerkers", "internal", NULL, L, M } } },

  /* Scores: influence 1–5 (3 is Medium, on the high side by default),
   * interest 1–10; a bulleted list in one cell is two requirements, the
   * sentences after "; " stay one unless asked. */
  { "en-scores.ods", WRITE_ODS, 0, NULL, "Stakeholder analysis",
    "Stakeholder|Influence|Interest|Needs and expectations|Addressed\n"
    "Regulator|#5|#9|- Annual report¶- Notification of incidents|Yes\n"
    "Staff|#3|#6|Training; clear rules|Partly\n"
    "Press|#1|#2|TODO|\n"
    "Investors|#2|#10|Returns|No",
    4, 4, "addressed,addressed,partially-addressed,not-addressed",
    { { "Regulator", NULL, NULL, 90, 85 },
      { "Staff", NULL, NULL, M, 55 },
      { "Press", NULL, NULL, 10, 15 },
      { "Investors", NULL, NULL, 30, 95 } } },

  /* A register rating influence only: kept in the notes, party unassessed. */
  { "de-nur-einfluss.xlsx", WRITE_XLSX, 0, NULL, "Stakeholder",
    "Stakeholder|Einfluss|Erwartungen\n"
    "Vorstand|Hoch|Strategie umsetzen\n"
    "Lieferanten|Mittel|Klare Verträge",
    2, 2, "undecided,undecided",
    { { "Vorstand", NULL, NULL, -1, -1 },
      { "Lieferanten", NULL, NULL, -1, -1 } } },
};

static char *
write_file (const CorpusFile *entry)
{
  QuadrantTestSheet sheets[] = {
    { "Read me", "This workbook lists the interested parties of the ISMS.\nFill in one row per requirement." },
    { entry->sheet_name, entry->text },
  };

  switch (entry->writer)
    {
    case WRITE_XLSX:
      return quadrant_test_write_xlsx (entry->file, sheets, 2, FALSE);
    case WRITE_XLSX_INLINE:
      return quadrant_test_write_xlsx (entry->file, sheets + 1, 1, TRUE);
    case WRITE_ODS:
      return quadrant_test_write_ods (entry->file, sheets, 2);
    case WRITE_CSV:
    default:
      return quadrant_test_write_csv (entry->file, entry->text, entry->separator, entry->encoding);
    }
}

static void
keep_copy (const char *path)
{
  const char *dir = g_getenv ("QUADRANT_TEST_CORPUS_DIR");
  g_autofree char *contents = NULL;
  g_autofree char *base = NULL;
  g_autofree char *copy = NULL;
  gsize length;

  if (dir == NULL)
    return;
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  base = g_path_get_basename (path);
  copy = g_build_filename (dir, base, NULL);
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
}

static void
test_corpus_file (gconstpointer data)
{
  const CorpusFile *entry = data;
  g_autofree char *path = write_file (entry);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GString) decisions = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GListModel *parties;
  guint n_parties, n_requirements;

  keep_copy (path);
  import = quadrant_csv_import_new_from_file (file, &error);
  g_assert_no_error (error);

  /* No mapping given: every value of the file must be understood. */
  quadrant_csv_import_apply (import, reg, FALSE, &n_parties, &n_requirements, &error);
  g_assert_no_error (error);
  g_test_message ("%s: %u parties, %u requirements", entry->file, n_parties, n_requirements);
  g_assert_cmpuint (n_parties, ==, entry->n_parties);
  g_assert_cmpuint (n_requirements, ==, entry->n_requirements);

  parties = quadrant_register_get_parties (reg);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, entry->n_parties);
  for (guint i = 0; i < entry->n_parties; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      const PartyCheck *check = &entry->parties[i];
      GListModel *requirements = quadrant_party_get_requirements (party);

      g_assert_cmpstr (quadrant_party_get_name (party), ==, check->name);
      if (check->category != NULL)
        g_assert_cmpstr (quadrant_enum_to_nick (QUADRANT_TYPE_CATEGORY, quadrant_party_get_category (party)), ==,
                         check->category);
      if (check->kind != NULL)
        g_assert_cmpstr (quadrant_enum_to_nick (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)), ==, check->kind);
      if (check->power != -2)
        g_assert_cmpint (quadrant_party_get_power (party), ==, check->power);
      if (check->interest != -2)
        g_assert_cmpint (quadrant_party_get_interest (party), ==, check->interest);
      if (check->code != NULL)
        g_assert_cmpstr (quadrant_party_get_code (party), ==, check->code);

      for (guint r = 0; r < g_list_model_get_n_items (requirements); r++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (requirements, r);

          if (decisions->len > 0)
            g_string_append_c (decisions, ',');
          g_string_append (decisions, quadrant_enum_to_nick (QUADRANT_TYPE_DECISION,
                                                             quadrant_requirement_get_decision (req)));
        }
    }
  g_assert_cmpstr (decisions->str, ==, entry->decisions);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = g_strconcat ("/import-corpus/", corpus[i].file, NULL);

      g_test_add_data_func (path, &corpus[i], test_corpus_file);
    }

  return g_test_run ();
}
