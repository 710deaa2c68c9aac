/* quadrant-report.c: the audit report, an XSLT stylesheet applied with libxslt
 *
 * The input is always the writer's canonical output, never a user's file as
 * it is on disk, so what the stylesheet sees has no DOCTYPE, no entities and
 * a known shape. The stylesheet is ours, but someone may adapt it: security
 * preferences still forbid every file and network access during the
 * transformation, so document() or an extension cannot read a local file or
 * fetch a URL named in a register.
 */
#define G_LOG_DOMAIN "quadrant-report"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "quadrant-data-file.h"
#include "quadrant-diff.h"
#include "quadrant-report.h"
#include "quadrant-report-strings.h"
#include "quadrant-writer.h"

G_DEFINE_QUARK (quadrant-report-error-quark, quadrant_report_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xsltStylesheet, xsltFreeStylesheet)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xsltTransformContext, xsltFreeTransformContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xsltSecurityPrefs, xsltFreeSecurityPrefs)

/* Parsing: no network, no DTD, no entity substitution. CDATA sections become
 * text, as xsltproc does, so both give the same result. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* The report stylesheet parsed from memory has a bare name for its URL, so
 * the part it includes (quadrant-report-helpers.xsl) comes as a bare name
 * too: it is a data file shipped with it, read where the stylesheet was.
 * Anything else (a stylesheet given by path) loads as libxslt would. */
static xsltDocLoaderFunc libxslt_loader;

static xmlDoc *
load_included_stylesheet (const xmlChar *uri,
                          xmlDict       *dict,
                          int            options,
                          void          *ctxt,
                          xsltLoadType   type)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlParserCtxt *parser;
  xmlDoc *doc = NULL;
  gsize length;

  if (type != XSLT_LOAD_STYLESHEET || uri == NULL || strchr ((const char *) uri, '/') != NULL
      || strchr ((const char *) uri, ':') != NULL)
    return libxslt_loader (uri, dict, options, ctxt, type);

  bytes = quadrant_data_file_load ((const char *) uri, NULL);
  if (bytes == NULL || g_bytes_get_size (bytes) > G_MAXINT)
    return NULL;
  length = g_bytes_get_size (bytes);

  parser = xmlCreateMemoryParserCtxt (g_bytes_get_data (bytes, NULL), (int) length);
  if (parser == NULL)
    return NULL;
  /* In the including stylesheet's dictionary, as libxslt's own loader does. */
  if (dict != NULL)
    {
      if (parser->dict != NULL)
        xmlDictFree (parser->dict);
      parser->dict = dict;
      xmlDictReference (dict);
    }
  xmlCtxtUseOptions (parser, options);
  xmlParseDocument (parser);
  if (parser->wellFormed)
    {
      doc = parser->myDoc;
      doc->URL = xmlStrdup (uri);
    }
  else if (parser->myDoc != NULL)
    {
      xmlFreeDoc (parser->myDoc);
    }
  parser->myDoc = NULL;
  xmlFreeParserCtxt (parser);
  return doc;
}

static void
ensure_initialised (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      xsltInit ();
      /* xsltDocDefaultLoader is the loader in use: keep libxslt's own. */
      libxslt_loader = xsltDocDefaultLoader;
      xsltSetLoaderFunc (load_included_stylesheet);
      g_once_init_leave (&initialised, 1);
    }
}

/* Collects libxslt's messages (an xsl:message, a runtime error) so that the
 * error we return can say what went wrong. */
static void
collect_error_cb (void       *data,
                  const char *format,
                  ...)
{
  GString *messages = data;
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (messages, format, args);
  va_end (args);
}

static xsltSecurityPrefs *
new_locked_down_prefs (void)
{
  xsltSecurityPrefs *prefs = xsltNewSecurityPrefs ();
  const xsltSecurityOption options[] = {
    XSLT_SECPREF_READ_FILE,
    XSLT_SECPREF_WRITE_FILE,
    XSLT_SECPREF_CREATE_DIRECTORY,
    XSLT_SECPREF_READ_NETWORK,
    XSLT_SECPREF_WRITE_NETWORK,
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    xsltSetSecurityPrefs (prefs, options[i], xsltSecurityForbid);

  return prefs;
}

static xsltStylesheet *
parse_stylesheet (GBytes      *contents,
                  const char  *name,
                  GError     **error)
{
  gsize length = g_bytes_get_size (contents);
  xmlDoc *doc;
  xsltStylesheet *style;

  if (length > G_MAXINT)
    {
      g_set_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_STYLESHEET,
                   _("The report stylesheet %s is too large"), name);
      return NULL;
    }

  doc = xmlReadMemory (g_bytes_get_data (contents, NULL), (int) length, name, NULL, PARSE_OPTIONS);
  if (doc == NULL)
    {
      g_set_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_STYLESHEET,
                   _("The report stylesheet %s is not well-formed XML"), name);
      return NULL;
    }

  /* On success the stylesheet owns doc. */
  style = xsltParseStylesheetDoc (doc);
  if (style == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_STYLESHEET,
                   _("The report stylesheet %s is not a valid XSLT stylesheet"), name);
      return NULL;
    }

  return style;
}

static xsltStylesheet *
load_stylesheet (const char  *path,
                 GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;

  contents = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (contents == NULL)
    {
      g_set_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_STYLESHEET,
                   _("Cannot read the report stylesheet: %s"), local_error->message);
      return NULL;
    }

  return parse_stylesheet (contents, path, error);
}

static GBytes *
apply_stylesheet (xsltStylesheet  *style,
                  GBytes          *xml,
                  const char      *today,
                  GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlDoc) result = NULL;
  g_autoptr(xsltTransformContext) ctxt = NULL;
  g_autoptr(xsltSecurityPrefs) prefs = NULL;
  g_autoptr(GString) messages = g_string_new (NULL);
  const char *params[3] = { NULL, NULL, NULL };
  const char *data;
  gsize length;
  xmlChar *output = NULL;
  int output_length = 0;

  data = g_bytes_get_data (xml, &length);
  if (length > G_MAXINT)
    {
      g_set_error_literal (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_INPUT,
                           _("The register is too large for a report"));
      return NULL;
    }
  doc = xmlReadMemory (data, (int) length, "register.xml", NULL, PARSE_OPTIONS);
  if (doc == NULL)
    {
      g_set_error_literal (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_INPUT,
                           _("The register could not be read as XML"));
      return NULL;
    }

  ctxt = xsltNewTransformContext (style, doc);
  if (ctxt == NULL)
    {
      g_set_error_literal (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_FAILED,
                           _("Out of memory while making the report"));
      return NULL;
    }

  prefs = new_locked_down_prefs ();
  xsltSetCtxtSecurityPrefs (prefs, ctxt);
  xsltSetTransformErrorFunc (ctxt, messages, collect_error_cb);

  /* Quoted as string parameters, like xsltproc --stringparam. */
  if (today != NULL && today[0] != '\0')
    {
      params[0] = "today";
      params[1] = today;
      if (xsltQuoteUserParams (ctxt, params) != 0)
        {
          g_set_error_literal (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_FAILED,
                               _("The report date could not be passed to the stylesheet"));
          return NULL;
        }
    }

  {
    /* libxml2 prints XPath numbers with printf, which follows LC_NUMERIC: in
     * a German or French locale the map's coordinates got decimal commas
     * and the map fell apart. The transform runs with C numbers; messages
     * and everything else stay the user's. */
    locale_t base = duplocale (LC_GLOBAL_LOCALE);
    locale_t c_numbers = base != (locale_t) 0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t) 0;
    locale_t previous = (locale_t) 0;

    if (c_numbers != (locale_t) 0)
      previous = uselocale (c_numbers);
    else if (base != (locale_t) 0)
      freelocale (base);
    result = xsltApplyStylesheetUser (style, doc, NULL, NULL, NULL, ctxt);
    if (c_numbers != (locale_t) 0)
      {
        uselocale (previous);
        freelocale (c_numbers);
      }
  }
  if (result == NULL || ctxt->state != XSLT_STATE_OK)
    {
      g_strstrip (messages->str);
      g_set_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_FAILED,
                   _("The report stylesheet failed: %s"),
                   messages->str[0] != '\0' ? messages->str : _("unknown error"));
      return NULL;
    }

  if (xsltSaveResultToString (&output, &output_length, result, style) != 0)
    {
      g_set_error_literal (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_FAILED,
                           _("The report could not be written out"));
      return NULL;
    }

  if (output == NULL)
    return g_bytes_new_take (g_strdup (""), 0);

  {
    /* Followed by a NUL byte (not counted), so the HTML can be used as a string. */
    GBytes *bytes = g_bytes_new_take (g_strndup ((const char *) output, output_length), output_length);

    xmlFree (output);
    return bytes;
  }
}

GBytes *
quadrant_report_transform (const char  *stylesheet_path,
                           GBytes      *xml,
                           const char  *today,
                           GError     **error)
{
  g_autoptr(xsltStylesheet) style = NULL;

  g_return_val_if_fail (stylesheet_path != NULL, NULL);
  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_initialised ();

  style = load_stylesheet (stylesheet_path, error);
  if (style == NULL)
    return NULL;

  return apply_stylesheet (style, xml, today, error);
}

GBytes *
quadrant_report_to_html (QuadrantRegister  *reg,
                         const char        *today,
                         GError           **error)
{
  return quadrant_report_to_html_since (reg, NULL, NULL, today, error);
}

GBytes *
quadrant_report_document (QuadrantRegister *reg,
                          QuadrantRegister *since,
                          const char       *since_label)
{
  g_autoptr(GBytes) xml = NULL;
  gsize length;
  const char *data;
  const char *end;
  gboolean close_root = FALSE;
  GString *out;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (since == NULL || QUADRANT_IS_REGISTER (since), NULL);

  xml = quadrant_writer_to_bytes (reg);
  data = g_bytes_get_data (xml, &length);
  end = g_strrstr_len (data, length, "</register>");
  if (end != NULL)
    out = g_string_new_len (data, end - data);
  else
    {
      /* An empty register is one element, <register …/>: opened up here. */
      const char *empty_end = g_strrstr_len (data, length, "/>");

      g_return_val_if_fail (empty_end != NULL, NULL);
      out = g_string_new_len (data, empty_end - data);
      g_string_append (out, ">\n");
      end = empty_end + 2;
      close_root = TRUE;
    }

  if (since != NULL)
    {
      g_autofree char *diff = quadrant_diff_registers (since, reg);
      g_auto(GStrv) lines = g_strsplit (diff, "\n", -1);
      g_autofree char *label = g_markup_escape_text (since_label != NULL ? since_label : "", -1);

      g_string_append_printf (out, "  <changes xmlns=\"" QUADRANT_REPORT_CHANGES_NAMESPACE "\" since=\"%s\">\n", label);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *line = NULL;

          if (lines[i][0] == '\0')
            continue;
          line = g_markup_escape_text (lines[i], -1);
          g_string_append_printf (out, "    <change>%s</change>\n", line);
        }
      g_string_append (out, "  </changes>\n");
    }

  quadrant_report_strings_append (out, reg);
  if (close_root)
    g_string_append (out, "</register>");
  g_string_append_len (out, end, data + length - end);  /* the bytes end without a NUL */
  return g_string_free_to_bytes (out);
}

GBytes *
quadrant_report_to_html_since (QuadrantRegister  *reg,
                               QuadrantRegister  *since,
                               const char        *since_label,
                               const char        *today,
                               GError           **error)
{
  g_autoptr(xsltStylesheet) style = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GBytes) xml = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_initialised ();

  contents = quadrant_data_file_load (QUADRANT_REPORT_STYLESHEET, &local_error);
  if (contents == NULL)
    {
      g_set_error (error, QUADRANT_REPORT_ERROR, QUADRANT_REPORT_ERROR_STYLESHEET,
                   _("Cannot read the report stylesheet %s: %s"),
                   QUADRANT_REPORT_STYLESHEET, local_error->message);
      return NULL;
    }
  style = parse_stylesheet (contents, QUADRANT_REPORT_STYLESHEET, error);
  if (style == NULL)
    return NULL;

  if (today == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = g_date_time_format (now, "%Y-%m-%d");
      today = date;
    }

  xml = quadrant_report_document (reg, since, since_label);
  return apply_stylesheet (style, xml, today, error);
}
