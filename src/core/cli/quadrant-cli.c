/* quadrant-cli.c: the command-line tasks that need no display
 *
 * Exports are a table of formats: each entry turns a register into the bytes
 * of one file, and quadrant_cli_export() does the rest (argument checks,
 * reading the register, writing atomically or to standard output). A new
 * format is one function and one line in exporters[].
 */
#define G_LOG_DOMAIN "quadrant-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "quadrant-check.h"
#include "quadrant-cli-private.h"
#include "quadrant-csv.h"
#include "quadrant-language.h"
#include "quadrant-xlsx-export.h"
#include "quadrant-map-export.h"
#include "quadrant-print-report.h"
#include "quadrant-reader.h"
#include "quadrant-report.h"
#include "quadrant-safe-file.h"
#include "quadrant-writer.h"

/* Returns the exported file's content, or NULL with error set. */
typedef GBytes *(*ExportFunc) (QuadrantRegister  *reg,
                               gboolean           labels,
                               GError           **error);

typedef struct {
  const char *format;
  ExportFunc  export;
  /* Map exports (export is NULL): drawn by quadrant-map-export at --size. */
  gboolean          map;
  QuadrantMapFormat map_format;
  /* Takes --labels */
  gboolean          labels;
} Exporter;

static GBytes *
export_requirements_csv (QuadrantRegister  *reg,
                         gboolean           labels,
                         GError           **error)
{
  char *csv = quadrant_csv_export (reg, QUADRANT_EXPORT_TABLE_REQUIREMENTS, labels);

  return g_bytes_new_take (csv, strlen (csv));
}

static GBytes *
export_parties_csv (QuadrantRegister  *reg,
                    gboolean           labels,
                    GError           **error)
{
  char *csv = quadrant_csv_export (reg, QUADRANT_EXPORT_TABLE_PARTIES, labels);

  return g_bytes_new_take (csv, strlen (csv));
}

static GBytes *
export_html_report (QuadrantRegister  *reg,
                    gboolean           labels,
                    GError           **error)
{
  return quadrant_report_to_html (reg, NULL, error);
}

static GBytes *
export_pdf_report (QuadrantRegister  *reg,
                   gboolean           labels,
                   GError           **error)
{
  return quadrant_print_report_to_pdf (reg, NULL, error);
}

static GBytes *
export_xlsx (QuadrantRegister  *reg,
             gboolean           labels,
             GError           **error)
{
  return quadrant_xlsx_export (reg, NULL, error);
}

static const Exporter exporters[] = {
  { "csv", export_requirements_csv, .labels = TRUE },
  { "parties-csv", export_parties_csv, .labels = TRUE },
  { "xlsx", export_xlsx },
  { "html", export_html_report },
  { "pdf-report", export_pdf_report },
  { "png", NULL, TRUE, QUADRANT_MAP_FORMAT_PNG },
  { "svg", NULL, TRUE, QUADRANT_MAP_FORMAT_SVG },
  { "pdf", NULL, TRUE, QUADRANT_MAP_FORMAT_PDF },
};

static const Exporter *
find_exporter (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_ascii_strcasecmp (exporters[i].format, format) == 0)
      return &exporters[i];

  return NULL;
}

static char *
dup_format_list (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, exporters[i].format);
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static const char *
severity_word (QuadrantSeverity severity)
{
  switch (severity)
    {
    case QUADRANT_SEVERITY_ERROR:
      return C_("severity", "error");
    case QUADRANT_SEVERITY_WARNING:
      return C_("severity", "warning");
    case QUADRANT_SEVERITY_INFO:
      return C_("severity", "info");
    default:
      g_assert_not_reached ();
    }
}

int
quadrant_cli_check (const char * const *files,
                    GString            *out,
                    GString            *err)
{
  int status = STATUS_OK;

  g_return_val_if_fail (files != NULL, STATUS_UNUSABLE);
  g_return_val_if_fail (out != NULL, STATUS_UNUSABLE);
  g_return_val_if_fail (err != NULL, STATUS_UNUSABLE);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(QuadrantRegister) reg = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GError) error = NULL;

      /* The reader's message names the file, line and column. */
      reg = quadrant_reader_load_file (file, NULL, &error);
      if (reg == NULL)
        {
          /* Translators: a message of the command line, after the program's name
           * (French puts a no-break space before the colon) */
          g_string_append_printf (err, _("quadrant: %s\n"), error->message);
          status = MAX (status, STATUS_UNUSABLE);
          continue;
        }

      findings = quadrant_check_register (reg, NULL);
      for (guint j = 0; j < findings->len; j++)
        {
          QuadrantFinding *finding = g_ptr_array_index (findings, j);
          g_autofree char *subject = quadrant_finding_dup_subject (finding);

          g_string_append_printf (out, "%s: %s: %s: %s\n",
                                  files[i],
                                  severity_word (quadrant_finding_get_severity (finding)),
                                  subject,
                                  quadrant_finding_get_message (finding));
        }

      if (quadrant_check_count (findings, QUADRANT_SEVERITY_ERROR) > 0)
        status = MAX (status, STATUS_FAILED);
    }

  return status;
}

gboolean
_quadrant_cli_write_stdout (GBytes  *bytes,
                            GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not write to standard output"));
      return FALSE;
    }

  return TRUE;
}

int
quadrant_cli_export (const char *format,
                     const char *output,
                     const char *file,
                     GString    *err)
{
  return quadrant_cli_export_with_size (format, output, file, NULL, err);
}

int
quadrant_cli_export_with_size (const char *format,
                               const char *output,
                               const char *file,
                               const char *size,
                               GString    *err)
{
  return quadrant_cli_export_since (format, output, file, size, NULL, err);
}

int
quadrant_cli_export_since (const char *format,
                           const char *output,
                           const char *file,
                           const char *size,
                           const char *since,
                           GString    *err)
{
  return quadrant_cli_export_full (format, output, file, size, since, FALSE, NULL, err);
}

int
quadrant_cli_export_full (const char *format,
                          const char *output,
                          const char *file,
                          const char *size,
                          const char *since,
                          gboolean    labels,
                          const char *lang,
                          GString    *err)
{
  g_autoptr(QuadrantLanguageSwitch) language = NULL;
  gboolean report;
  g_autoptr(QuadrantRegister) since_reg = NULL;
  g_autofree char *since_label = NULL;
  QuadrantMapExportOptions map_options = { 0 };
  const Exporter *exporter;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean to_stdout;

  g_return_val_if_fail (format != NULL, STATUS_UNUSABLE);
  g_return_val_if_fail (file != NULL, STATUS_UNUSABLE);
  g_return_val_if_fail (err != NULL, STATUS_UNUSABLE);

  exporter = find_exporter (format);
  if (exporter == NULL)
    {
      g_autofree char *valid = dup_format_list ();

      g_string_append_printf (err, _("quadrant: unknown export format “%s”; valid formats are: %s\n"),
                              format, valid);
      return STATUS_UNUSABLE;
    }

  if (labels && !exporter->labels)
    {
      g_string_append_printf (err, _("quadrant: --labels is only used with --export csv or parties-csv, not %s\n"),
                              format);
      return STATUS_UNUSABLE;
    }

  report = g_str_equal (exporter->format, "html") || g_str_equal (exporter->format, "pdf-report");
  if (lang != NULL && !report)
    {
      g_string_append_printf (err, _("quadrant: --lang is only used with --export html or pdf-report, not %s\n"),
                              format);
      return STATUS_UNUSABLE;
    }
  if (lang != NULL && !quadrant_language_is_valid (lang))
    {
      g_string_append_printf (err, _("quadrant: --lang %s is not a language code such as de, fr or fr-CH\n"),
                              lang);
      return STATUS_UNUSABLE;
    }

  if (output == NULL || output[0] == '\0')
    {
      g_string_append (err, _("quadrant: --export needs --output FILE (use “-” for standard output)\n"));
      return STATUS_UNUSABLE;
    }

  if (size != NULL)
    {
      if (!exporter->map)
        {
          g_string_append_printf (err, _("quadrant: --size is only used with --export png, svg or pdf, not %s\n"),
                                  format);
          return STATUS_UNUSABLE;
        }
      if (!quadrant_map_export_parse_size (size, &map_options.width, &map_options.height, &error))
        {
          /* Translators: a message of the command line about the --size option */
          g_string_append_printf (err, _("quadrant: --size: %s\n"), error->message);
          return STATUS_UNUSABLE;
        }
    }

  input = g_file_new_for_commandline_arg (file);
  to_stdout = g_str_equal (output, "-");
  if (!to_stdout)
    {
      destination = g_file_new_for_commandline_arg (output);
      /* The same file under any name: a symbolic or a hard link too. */
      if (quadrant_safe_file_same (destination, input))
        {
          g_string_append_printf (err, _("quadrant: --output %s is the register itself; choose another file\n"),
                                  output);
          return STATUS_UNUSABLE;
        }
    }

  reg = quadrant_reader_load_file (input, NULL, &error);
  if (reg == NULL)
    {
      g_string_append_printf (err, _("quadrant: %s\n"), error->message);
      return STATUS_UNUSABLE;
    }

  /* The earlier register the report's changes are counted from. */
  if (since != NULL)
    {
      g_autoptr(GFile) since_file = g_file_new_for_commandline_arg (since);

      if (!g_str_equal (exporter->format, "html") && !g_str_equal (exporter->format, "pdf-report"))
        {
          g_string_append_printf (err, _("quadrant: --since is only used with --export html or pdf-report, not %s\n"),
                                  format);
          return STATUS_UNUSABLE;
        }
      since_reg = quadrant_reader_load_file (since_file, NULL, &error);
      if (since_reg == NULL)
        {
          g_string_append_printf (err, _("quadrant: %s\n"), error->message);
          return STATUS_UNUSABLE;
        }
      since_label = g_strdup (quadrant_register_get_version (since_reg));
      if (since_label[0] == '\0')
        {
          g_free (since_label);
          since_label = g_file_get_basename (since_file);
        }
    }

  /* The report in its language; the messages around it stay the user's. */
  if (report)
    language = quadrant_language_push (lang != NULL ? lang : quadrant_register_get_language (reg));
  if (since_reg != NULL && g_str_equal (exporter->format, "html"))
    bytes = quadrant_report_to_html_since (reg, since_reg, since_label, NULL, &error);
  else if (since_reg != NULL)
    bytes = quadrant_print_report_to_pdf_since (reg, since_reg, since_label, NULL, &error);
  else if (exporter->map)
    {
      GListModel *parties = quadrant_register_get_parties (reg);
      gboolean any_placed = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (parties) && !any_placed; i++)
        {
          g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

          any_placed = quadrant_party_is_placed (party);
        }
      /* An empty grid is still a map, but the user should know why. */
      if (!any_placed)
        g_string_append_printf (err, _("quadrant: %s: no party has a place on the map yet "
                                       "(set power and interest); the map is empty\n"), file);
      bytes = quadrant_map_export_bytes (reg, exporter->map_format, &map_options, &error);
    }
  else
    bytes = exporter->export (reg, labels, &error);
  g_clear_pointer (&language, quadrant_language_pop);
  if (bytes == NULL)
    {
      g_string_append_printf (err, _("quadrant: export failed: %s\n"), error->message);
      return STATUS_FAILED;
    }

  if (to_stdout)
    {
      if (!_quadrant_cli_write_stdout (bytes, &error))
        {
          g_string_append_printf (err, _("quadrant: %s\n"), error->message);
          return STATUS_FAILED;
        }
    }
  else
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      /* Written to a temporary file and renamed, so an existing export is
       * never left half-written. */
      if (!quadrant_safe_file_replace (destination, data, size, NULL,
                                       QUADRANT_SAFE_FILE_NONE, NULL, &error))
        {
          g_string_append_printf (err, _("quadrant: export failed: %s\n"), error->message);
          return STATUS_FAILED;
        }
    }

  return STATUS_OK;
}

char *
quadrant_cli_escape (const char *text)
{
  g_auto(GStrv) lines = NULL;
  GString *escaped = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = quadrant_safe_file_escape_name (lines[i]);

      if (i > 0)
        g_string_append_c (escaped, '\n');
      g_string_append (escaped, line);
    }
  return g_string_free (escaped, FALSE);
}

void
quadrant_cli_print (FILE       *stream,
                    const char *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (stream != NULL && text != NULL);

  escaped = quadrant_cli_escape (text);
  fputs (escaped, stream);
  fflush (stream);
}
