/* test-report.c: the HTML audit report (XSLT): well-formed, complete, escaped,
 * the same bytes as xsltproc, and locked down against file access */
#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "quadrant-enum-types.h"
#include "quadrant-map-render.h"
#include "quadrant-reader.h"
#include "quadrant-report.h"
#include "quadrant-writer.h"
#include "quadrant-test-data.h"
#include "quadrant-test-locale.h"

#define XHTML "http://www.w3.org/1999/xhtml"
#define TODAY "2026-11-27"
#define HOSTILE "<script>alert(1)</script>"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathObject, xmlXPathFreeObject)

/* The report parsed as XML, the strictest reading of it: no DTD, no network. */
static xmlDoc *
parse_report (GBytes *html)
{
  gsize size;
  const char *data = g_bytes_get_data (html, &size);
  xmlDoc *doc = xmlReadMemory (data, (int) size, "report.html", NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  return doc;
}

static xmlXPathObject *
eval (xmlDoc     *doc,
      const char *expression)
{
  g_autoptr(xmlXPathContext) ctxt = xmlXPathNewContext (doc);
  xmlXPathObject *result;

  xmlXPathRegisterNs (ctxt, BAD_CAST "h", BAD_CAST XHTML);
  xmlXPathRegisterNs (ctxt, BAD_CAST "svg", BAD_CAST "http://www.w3.org/2000/svg");
  result = xmlXPathEvalExpression (BAD_CAST expression, ctxt);
  if (result == NULL)
    g_printerr ("bad XPath: %s\n", expression);
  g_assert_nonnull (result);
  return result;
}

static double
eval_number (xmlDoc     *doc,
             const char *expression)
{
  g_autoptr(xmlXPathObject) result = eval (doc, expression);

  return xmlXPathCastToNumber (result);
}

static char *
eval_string (xmlDoc     *doc,
             const char *expression)
{
  g_autoptr(xmlXPathObject) result = eval (doc, expression);
  xmlChar *text = xmlXPathCastToString (result);
  char *copy = g_strdup ((const char *) text);

  xmlFree (text);
  return copy;
}

/* Whether some element of the report has exactly text as its string value
 * (after normalising space), or contains it when whole is FALSE. */
static gboolean
has_text (xmlDoc     *doc,
          const char *text,
          gboolean    whole)
{
  g_autofree char *normalised = g_strdup (text);
  g_autoptr(GString) literal = g_string_new (NULL);
  g_autofree char *expression = NULL;
  char **parts;

  /* An XPath 1.0 string literal cannot hold both quote characters: build
   * it with concat() around the double quotes. */
  g_strdelimit (normalised, "\n\r\t", ' ');
  parts = g_strsplit (g_strstrip (normalised), "\"", -1);
  g_string_append (literal, "concat(\"\"");
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (literal, ", '\"'");
      g_string_append_printf (literal, ", \"%s\"", parts[i]);
    }
  g_string_append (literal, ", \"\")");
  g_strfreev (parts);
  g_assert_cmpstr (normalised, !=, "");

  if (whole)
    expression = g_strdup_printf ("count(//h:body//*[normalize-space(text()) = normalize-space(%s)])",
                                  literal->str);
  else
    expression = g_strdup_printf ("count(//h:body//*[contains(normalize-space(.), normalize-space(%s))])",
                                  literal->str);

  return eval_number (doc, expression) > 0;
}

static GBytes *
report (QuadrantRegister *reg)
{
  g_autoptr(GError) error = NULL;
  GBytes *html = quadrant_report_to_html (reg, TODAY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (html);
  return html;
}

static void
test_well_formed (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) html = report (reg);
  g_autoptr(xmlDoc) doc = parse_report (html);
  xmlNode *root = xmlDocGetRootElement (doc);
  const char *data = g_bytes_get_data (html, NULL);

  g_assert_true (g_str_has_prefix (data, "<!DOCTYPE html"));
  g_assert_cmpstr ((const char *) root->name, ==, "html");
  g_assert_nonnull (root->ns);
  g_assert_cmpstr ((const char *) root->ns->href, ==, XHTML);

  /* Self-contained: no scripts, nothing loaded from elsewhere. */
  g_assert_cmpfloat (eval_number (doc, "count(//*[local-name() = 'script'])"), ==, 0);
  g_assert_cmpfloat (eval_number (doc, "count(//h:link | //h:img | //h:iframe | //h:object)"), ==, 0);
  g_assert_cmpfloat (eval_number (doc, "count(//@src)"), ==, 0);
  g_assert_cmpfloat (eval_number (doc, "count(//h:a[not(starts-with(@href, '#'))])"), ==, 0);
  g_assert_cmpfloat (eval_number (doc, "count(//h:head/h:style)"), ==, 1);

  /* Print styles with a page break before each section. */
  g_assert_nonnull (strstr (data, "@media print"));
  g_assert_nonnull (strstr (data, "break-before: page"));

  /* An empty non-void element would be <td/>, which an HTML parser reads as
   * an unclosed start tag. */
  g_assert_cmpfloat (eval_number (doc, "count(//h:*[not(node())][not(self::h:meta or self::h:br)])"), ==, 0);
}

static void
test_sections (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) html = report (reg);
  g_autoptr(xmlDoc) doc = parse_report (html);
  const char *ids[] = { "control", "summary", "map", "register", "communication", "findings" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *expression = g_strdup_printf ("count(//h:section[@id = '%s'])", ids[i]);

      g_assert_cmpfloat (eval_number (doc, expression), ==, 1);
    }

  /* Document control: every metadata value and the revision history. */
  g_assert_true (has_text (doc, quadrant_register_get_organisation (reg), TRUE));
  g_assert_true (has_text (doc, quadrant_register_get_scope (reg), TRUE));
  g_assert_true (has_text (doc, quadrant_register_get_owner (reg), TRUE));
  g_assert_true (has_text (doc, quadrant_register_get_approved_by (reg), TRUE));
  g_assert_true (has_text (doc, quadrant_register_get_next_review (reg), TRUE));
  g_assert_cmpfloat (eval_number (doc, "count(//h:section[@id = 'control']//h:table[2]/h:tbody/h:tr)"), ==,
                     g_list_model_get_n_items (quadrant_register_get_revisions (reg)));

  /* The map: one marker per placed party. */
  {
    GListModel *parties = quadrant_register_get_parties (reg);
    guint placed = 0;

    for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
      {
        g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

        placed += quadrant_party_is_placed (party);
      }
    g_assert_cmpuint (placed, >, 0);
    g_assert_cmpfloat (eval_number (doc, "count(//h:section[@id = 'map']/svg:svg//svg:g[@class = 'parties']/svg:g)"),
                       ==, placed);
  }
}

static void
test_every_party_and_requirement (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) html = report (reg);
  g_autoptr(xmlDoc) doc = parse_report (html);
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n_requirements = 0;

  g_assert_cmpfloat (eval_number (doc, "count(//h:article[@class = 'party'])"), ==,
                     g_list_model_get_n_items (parties));

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = quadrant_party_get_requirements (party);
      g_autofree char *heading = g_strdup_printf ("string(//h:article[@id = 'party-%s']/h:h3)",
                                                  quadrant_party_get_id (party));
      g_autofree char *text = eval_string (doc, heading);
      g_autofree char *expected = g_strdup_printf ("4.%u %s", i + 1, quadrant_party_get_name (party));

      g_assert_cmpstr (text, ==, expected);

      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (requirements, j);
          g_autofree char *row = g_strdup_printf ("string(//h:tr[@id = 'requirement-%s']/h:td[1]/h:p[1])",
                                                  quadrant_requirement_get_id (req));
          g_autofree char *statement = eval_string (doc, row);

          g_assert_cmpstr (statement, ==, quadrant_requirement_get_statement (req));
          if (quadrant_requirement_get_rationale (req) != NULL &&
              quadrant_requirement_get_rationale (req)[0] != '\0')
            g_assert_true (has_text (doc, quadrant_requirement_get_rationale (req), TRUE));
          n_requirements++;
        }

      if (quadrant_party_get_engagement_communication (party) != NULL &&
          quadrant_party_get_engagement_communication (party)[0] != '\0')
        g_assert_true (has_text (doc, quadrant_party_get_engagement_communication (party), TRUE));
    }

  g_assert_cmpuint (n_requirements, ==, quadrant_register_get_n_requirements (reg));
  g_assert_cmpfloat (eval_number (doc, "count(//h:tr[starts-with(@id, 'requirement-')])"), ==, n_requirements);
}

static void
test_summary_counts (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) html = report (reg);
  g_autoptr(xmlDoc) doc = parse_report (html);
  GListModel *parties = quadrant_register_get_parties (reg);
  guint per_decision[4] = { 0 };
  guint per_quadrant[5] = { 0 };
  const char *decision_rows[] = { "Undecided", "Addressed", "Partially addressed", "Not addressed" };
  const char *quadrant_rows[] = { "Not yet assessed", "Manage closely", "Keep satisfied", "Keep informed", "Monitor" };

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = quadrant_party_get_requirements (party);

      per_quadrant[quadrant_party_get_quadrant (party)]++;
      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (requirements, j);

          per_decision[quadrant_requirement_get_decision (req)]++;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (decision_rows); i++)
    {
      g_autofree char *expression =
        g_strdup_printf ("number(//h:section[@id = 'summary']//h:tr[h:td[1] = '%s']/h:td[2])", decision_rows[i]);

      g_assert_cmpfloat (eval_number (doc, expression), ==, per_decision[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (quadrant_rows); i++)
    {
      g_autofree char *expression =
        g_strdup_printf ("number(//h:section[@id = 'summary']//h:tr[h:td[1] = '%s']/h:td[2])", quadrant_rows[i]);

      g_assert_cmpfloat (eval_number (doc, expression), ==, per_quadrant[i]);
    }
}

static QuadrantRegister *
hostile_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (NULL);
  g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "<b>Evil</b> & \"Co\" 'Ltd'");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_SCOPE, "]]> <!-- --> <?pi?> &amp;");
  quadrant_party_set_name (party, HOSTILE);
  quadrant_party_set_power (party, 70);
  quadrant_party_set_interest (party, 70);
  quadrant_party_set_engagement_communication (party, "<img src=x onerror=alert(2)>");
  quadrant_requirement_set_statement (req, "<style>body{display:none}</style>");
  quadrant_requirement_set_rationale (req, "</td></tr></table><script>alert(3)</script>");
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "<iframe src=//x>"));
  quadrant_requirement_set_references (req, refs);
  quadrant_party_append_requirement (party, req);
  quadrant_register_append_party_unrecorded (reg, party);

  return reg;
}

static void
test_escaping (void)
{
  g_autoptr(QuadrantRegister) reg = hostile_register ();
  g_autoptr(GBytes) html = report (reg);
  g_autoptr(xmlDoc) doc = parse_report (html);
  const char *data = g_bytes_get_data (html, NULL);

  /* No markup from the register reaches the page as markup... */
  g_assert_null (strstr (data, "<script"));
  g_assert_null (strstr (data, "<img"));
  g_assert_null (strstr (data, "<iframe"));
  g_assert_null (strstr (data, "<b>"));
  g_assert_cmpfloat (eval_number (doc, "count(//*[local-name() = 'script' or local-name() = 'img' or local-name() = 'iframe' or local-name() = 'b'])"), ==, 0);
  g_assert_cmpfloat (eval_number (doc, "count(//h:style)"), ==, 1);
  g_assert_cmpfloat (eval_number (doc, "count(//@onerror)"), ==, 0);

  /* ...but shows as the text it is. */
  g_assert_true (has_text (doc, "4.1 " HOSTILE, TRUE));
  g_assert_true (has_text (doc, "<style>body{display:none}</style>", TRUE));
  g_assert_true (has_text (doc, "</td></tr></table><script>alert(3)</script>", TRUE));
  g_assert_true (has_text (doc, "<b>Evil</b> & \"Co\" 'Ltd'", TRUE));
  g_assert_true (has_text (doc, "]]> <!-- --> <?pi?> &amp;", TRUE));
  g_assert_true (has_text (doc, "<iframe src=//x>", FALSE));
  g_assert_true (has_text (doc, "<img src=x onerror=alert(2)>", TRUE));
  /* The map's tooltip too. */
  g_assert_cmpfloat (eval_number (doc, "count(//svg:g[svg:title = '" HOSTILE "'])"), ==, 1);
}

static void
test_findings (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) lonely = quadrant_party_new (NULL);
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autoptr(QuadrantRequirement) undecided = quadrant_requirement_new (NULL);
  g_autoptr(QuadrantRequirement) unexplained = quadrant_requirement_new (NULL);
  g_autoptr(QuadrantRequirement) fine = quadrant_requirement_new (NULL);
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) later = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlDoc) later_doc = NULL;
  g_autoptr(GError) error = NULL;

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_NEXT_REVIEW, "2026-12-01");
  quadrant_party_set_name (lonely, "Nobody asked us");
  quadrant_party_set_name (party, "Customers");
  quadrant_requirement_set_statement (undecided, "Data kept in the EU");
  quadrant_requirement_set_statement (unexplained, "Breach notice in 24 hours");
  quadrant_requirement_set_decision (unexplained, QUADRANT_DECISION_NOT_ADDRESSED);
  quadrant_requirement_set_statement (fine, "Backups tested");
  quadrant_requirement_set_decision (fine, QUADRANT_DECISION_ADDRESSED);
  quadrant_party_append_requirement (party, undecided);
  quadrant_party_append_requirement (party, unexplained);
  quadrant_party_append_requirement (party, fine);
  quadrant_register_append_party_unrecorded (reg, lonely);
  quadrant_register_append_party_unrecorded (reg, party);

  html = report (reg);
  doc = parse_report (html);
  g_assert_cmpfloat (eval_number (doc, "count(//h:section[@id = 'findings']//h:tbody/h:tr)"), ==, 3);
  g_assert_cmpfloat (eval_number (doc, "count(//h:section[@id = 'findings']//h:tr[contains(h:td[2], 'Data kept in the EU')])"), ==, 1);
  g_assert_cmpfloat (eval_number (doc, "count(//h:section[@id = 'findings']//h:tr[contains(h:td[2], 'Breach notice')])"), ==, 1);
  g_assert_cmpfloat (eval_number (doc, "count(//h:section[@id = 'findings']//h:tr[h:td[2] = 'Nobody asked us'])"), ==, 1);
  g_assert_cmpfloat (eval_number (doc, "count(//h:section[@id = 'findings']//h:tr[contains(h:td[2], 'Backups')])"), ==, 0);

  /* After the planned review date the register itself is overdue. */
  later = quadrant_report_to_html (reg, "2027-01-15", &error);
  g_assert_no_error (error);
  later_doc = parse_report (later);
  g_assert_cmpfloat (eval_number (later_doc, "count(//h:section[@id = 'findings']//h:tbody/h:tr)"), ==, 4);
  g_assert_cmpfloat (eval_number (later_doc, "count(//h:section[@id = 'findings']//h:tr[h:td[2] = 'Register'])"), ==, 1);
}

static void
test_empty_register (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GBytes) html = report (reg);
  g_autoptr(xmlDoc) doc = parse_report (html);

  g_assert_true (has_text (doc, "No open findings.", TRUE));
  g_assert_true (has_text (doc, "The register has no parties yet.", TRUE));
}

/* Every text reaches the report through gettext: with a made-up German
 * translation of a few of them, the report carries those, its language and
 * its dates as the translation says, and the rest stays English. */
static void
test_translated (void)
{
  static const char po[] =
    "msgctxt \"language code\"\nmsgid \"en\"\nmsgstr \"de\"\n\n"
    "msgctxt \"report date pattern\"\nmsgid \"{year}-{month}-{day}\"\nmsgstr \"{day}.{month}.{year}\"\n\n"
    "msgid \"Contents\"\nmsgstr \"Inhalt (Test)\"\n\n"
    "msgid \"Open findings\"\nmsgstr \"Offene Feststellungen (Test)\"\n\n"
    "msgid \"Register of interested parties and their requirements, report of {date}\"\n"
    "msgstr \"Bericht vom {date} (Test)\"\n\n"
    "msgctxt \"party kind, within a sentence\"\nmsgid \"customers\"\nmsgstr \"Kunden (Test)\"\n\n"
    "msgid \"The register lists %u interested party.\"\nmsgid_plural \"The register lists %u interested parties.\"\n"
    "msgstr[0] \"Das Register führt %u interessierte Partei.\"\n"
    "msgstr[1] \"Das Register führt %u interessierte Parteien.\"\n";
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) html = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  {
    g_autoptr(QuadrantTestLocale) locale = quadrant_test_locale_new ("de", po);

    html = report (reg);
  }
  doc = parse_report (html);

  g_assert_cmpfloat (eval_number (doc, "count(/h:html[@lang = 'de'])"), ==, 1);
  g_assert_true (has_text (doc, "Inhalt (Test)", TRUE));
  g_assert_false (has_text (doc, "Contents", TRUE));
  g_assert_cmpfloat (eval_number (doc, "count(//h:h2[. = '7. Offene Feststellungen (Test)'])"), ==, 1);
  g_assert_true (has_text (doc, "Bericht vom 27.11.2026 (Test)", TRUE));
  g_assert_true (has_text (doc, "Kunden (Test)", FALSE));
  g_assert_true (has_text (doc, "Das Register führt", FALSE));
  g_assert_true (has_text (doc, "interessierte Parteien. It records", FALSE));
  /* What the translation does not cover stays English. */
  g_assert_true (has_text (doc, "Communication plan", FALSE));
}

static void
check_xsltproc (QuadrantRegister *reg)
{
  g_autofree char *xsltproc = g_find_program_in_path ("xsltproc");
  g_autofree char *stylesheet = quadrant_test_data_path (QUADRANT_REPORT_STYLESHEET);
  g_autofree char *dir = NULL;
  g_autofree char *input = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GBytes) xml = quadrant_report_document (reg, NULL, NULL);
  g_autoptr(GBytes) html = report (reg);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (xsltproc == NULL)
    {
      g_test_skip ("xsltproc is not installed");
      return;
    }
  g_assert_nonnull (stylesheet);

  dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);
  input = g_build_filename (dir, "register.quadrant.xml", NULL);
  g_file_set_contents (input, g_bytes_get_data (xml, NULL), g_bytes_get_size (xml), &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { xsltproc, "--nonet", "--stringparam", "today", TODAY, stylesheet, input, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
    g_assert_no_error (error);
    g_spawn_check_wait_status (status, &error);
    g_assert_no_error (error);
  }

  expected = g_bytes_new (out, strlen (out));
  g_assert_cmpmem (g_bytes_get_data (html, NULL), g_bytes_get_size (html),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  g_unlink (input);
  g_rmdir (dir);
}

static void
test_xsltproc_example (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();

  check_xsltproc (reg);
}

static void
test_xsltproc_hostile (void)
{
  g_autoptr(QuadrantRegister) reg = hostile_register ();

  check_xsltproc (reg);
}

/* An adapted stylesheet that tries to read a local file gets nothing. */
static void
test_no_file_access (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_autofree char *secret = g_build_filename (dir, "secret.xml", NULL);
  g_autofree char *stylesheet = g_build_filename (dir, "sneaky.xsl", NULL);
  g_autofree char *xsl = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GBytes) xml = g_bytes_new_static ("<register xmlns=\"urn:quadrant:register\" format=\"1.0\"/>", 54);
  g_autoptr(GBytes) html = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *written_path = g_build_filename (dir, "written.txt", NULL);

  g_assert_no_error (error);
  g_file_set_contents (secret, "<s>TOPSECRET</s>", -1, &error);
  g_assert_no_error (error);
  uri = g_filename_to_uri (secret, NULL, &error);
  g_assert_no_error (error);

  xsl = g_strdup_printf ("<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\""
                         " xmlns:exsl=\"http://exslt.org/common\" extension-element-prefixes=\"exsl\">"
                         "<xsl:template match=\"/\"><out><xsl:value-of select=\"document('%s')\"/>"
                         "<exsl:document href=\"%s\" method=\"text\">leak</exsl:document></out></xsl:template>"
                         "</xsl:stylesheet>", uri, written_path);
  g_file_set_contents (stylesheet, xsl, -1, &error);
  g_assert_no_error (error);

  html = quadrant_report_transform (stylesheet, xml, NULL, &error);
  if (html != NULL)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));

      g_assert_null (strstr (text, "TOPSECRET"));
    }
  else
    {
      g_assert_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_FAILED);
    }
  g_assert_false (g_file_test (written_path, G_FILE_TEST_EXISTS));

  g_unlink (secret);
  g_unlink (stylesheet);
  g_rmdir (dir);
}

/* The stylesheet comes in two files, the second included by the first: by
 * path (its own copy, as xsltproc reads it) it makes the same report as the
 * one shipped in the program, whose part is found as a data file. */
static void
test_stylesheet_by_path (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) xml = quadrant_report_document (reg, NULL, NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "quadrant-report.xsl", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) by_path = quadrant_report_transform (path, xml, "2026-03-01", &error);
  g_autoptr(GBytes) shipped = NULL;

  g_assert_no_error (error);
  shipped = quadrant_report_to_html (reg, "2026-03-01", &error);
  g_assert_no_error (error);
  /* The included part was read: the findings section is in it. */
  g_assert_nonnull (strstr (g_bytes_get_data (by_path, NULL), "id=\"findings\""));
  g_assert_true (g_bytes_equal (by_path, shipped));
}

static void
test_missing_stylesheet (void)
{
  g_autoptr(GBytes) xml = g_bytes_new_static ("<a/>", 4);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = quadrant_report_transform ("/nonexistent/quadrant-report.xsl", xml, NULL, &error);

  g_assert_null (html);
  g_assert_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_STYLESHEET);
}

/* The tag (from '<' to '>') that holds marker, or NULL. */
static char *
tag_with (const char *data,
          const char *marker)
{
  const char *at = strstr (data, marker);
  const char *start, *end;

  if (at == NULL)
    return NULL;
  for (start = at; start > data && *start != '<'; start--)
    ;
  end = strchr (at, '>');
  g_assert_nonnull (end);
  return g_strndup (start, end - start + 1);
}

static char *
hex_of (double r,
        double g,
        double b)
{
  return g_strdup_printf ("#%02x%02x%02x", (int) (r * 255 + 0.5), (int) (g * 255 + 0.5), (int) (b * 255 + 0.5));
}

/* One palette: the report's map has the colours and shapes of the app's
 * map (core's palette), so a reader sees the same support the same way. */
static void
test_map_palette (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GBytes) html = NULL;
  g_autofree char *data = NULL;
  static const struct { QuadrantQuadrant quadrant; QuadrantMapColor color; } tints[] = {
    { QUADRANT_QUADRANT_MANAGE_CLOSELY, QUADRANT_MAP_COLOR_MANAGE_CLOSELY },
    { QUADRANT_QUADRANT_KEEP_SATISFIED, QUADRANT_MAP_COLOR_KEEP_SATISFIED },
    { QUADRANT_QUADRANT_KEEP_INFORMED, QUADRANT_MAP_COLOR_KEEP_INFORMED },
    { QUADRANT_QUADRANT_MONITOR, QUADRANT_MAP_COLOR_MONITOR },
  };

  for (QuadrantSupport support = QUADRANT_SUPPORT_UNAWARE; support <= QUADRANT_SUPPORT_LEADING; support++)
    {
      g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

      quadrant_party_set_name (party, quadrant_enum_to_nick (QUADRANT_TYPE_SUPPORT, support));
      quadrant_party_set_power (party, 10 + 20 * support);
      quadrant_party_set_interest (party, 60);
      quadrant_party_set_current_support (party, support);
      quadrant_register_append_party_unrecorded (reg, party);
    }
  html = report (reg);
  data = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));

  for (QuadrantSupport support = QUADRANT_SUPPORT_UNAWARE; support <= QUADRANT_SUPPORT_LEADING; support++)
    {
      g_autofree char *marker = g_strdup_printf ("class=\"marker %s\"",
                                                 quadrant_enum_to_nick (QUADRANT_TYPE_SUPPORT, support));
      g_autofree char *tag = tag_with (data, marker);
      g_autofree char *colour = NULL;
      double r, g, b;

      quadrant_map_render_support_color (support, FALSE, &r, &g, &b);
      colour = hex_of (r, g, b);
      g_assert_nonnull (tag);
      if (strstr (tag, colour) == NULL)
        g_error ("the report draws %s as %s, the map in %s", marker, tag, colour);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tints); i++)
    {
      g_autofree char *quadrant = g_strdup_printf ("class=\"quadrant %s\"",
                                                   quadrant_enum_to_nick (QUADRANT_TYPE_QUADRANT, tints[i].quadrant));
      g_autofree char *tag = tag_with (data, quadrant);
      g_autofree char *colour = NULL;
      double r, g, b;

      quadrant_map_render_get_color (NULL, tints[i].color, &r, &g, &b);
      colour = hex_of (r, g, b);
      g_assert_nonnull (tag);
      if (strstr (tag, colour) == NULL)
        g_error ("the report tints %s as %s, the map in %s", quadrant, tag, colour);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/well-formed", test_well_formed);
  g_test_add_func ("/report/map-palette", test_map_palette);
  g_test_add_func ("/report/sections", test_sections);
  g_test_add_func ("/report/every-party-and-requirement", test_every_party_and_requirement);
  g_test_add_func ("/report/summary-counts", test_summary_counts);
  g_test_add_func ("/report/escaping", test_escaping);
  g_test_add_func ("/report/findings", test_findings);
  g_test_add_func ("/report/empty-register", test_empty_register);
  g_test_add_func ("/report/translated", test_translated);
  g_test_add_func ("/report/xsltproc/example", test_xsltproc_example);
  g_test_add_func ("/report/xsltproc/hostile", test_xsltproc_hostile);
  g_test_add_func ("/report/no-file-access", test_no_file_access);
  g_test_add_func ("/report/missing-stylesheet", test_missing_stylesheet);
  g_test_add_func ("/report/stylesheet-by-path", test_stylesheet_by_path);

  return g_test_run ();
}
