/* reader-cases.c: loading test registers, and failing as the reader must */
#include "config.h"

#include <string.h>

#include "reader-cases.h"

const char full_register[] =
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

QuadrantRegister *
reader_load (const char  *xml,
      GError     **error)
{
  return quadrant_reader_load_data (xml, strlen (xml), "acme.quadrant.xml", error);
}

QuadrantRegister *
reader_load_ok (const char *xml)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = reader_load (xml, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reg);
  return reg;
}

/* Loads xml, which must fail with code and a message that starts with
 * "acme.quadrant.xml:LINE:COLUMN: " and contains what. Returns the message. */
char *
reader_assert_fails_with_length (const char *xml,
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

void
reader_assert_fails (const char *xml,
              int         code,
              int         line,
              int         column,
              const char *what)
{
  g_free (reader_assert_fails_with_length (xml, strlen (xml), code, line, column, what));
}

char *
reader_wrap_parties (const char *parties)
{
  return g_strconcat (HEAD "  <parties>\n", parties, "  </parties>\n</register>\n", NULL);
}
