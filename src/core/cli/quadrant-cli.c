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
#include "quadrant-cli.h"
#include "quadrant-csv.h"
#include "quadrant-csv-import.h"
#include "quadrant-map-export.h"
#include "quadrant-print-report.h"
#include "quadrant-reader.h"
#include "quadrant-report.h"
#include "quadrant-safe-file.h"
#include "quadrant-writer.h"

enum {
  STATUS_OK = 0,
  STATUS_FAILED = 1,   /* --check: errors found; --export: export or write failed */
  STATUS_UNUSABLE = 2, /* a file could not be read, or a usage error */
};

/* Returns the exported file's content, or NULL with error set. */
typedef GBytes *(*ExportFunc) (QuadrantRegister  *reg,
                               GError           **error);

typedef struct {
  const char *format;
  ExportFunc  export;
  /* Map exports (export is NULL): drawn by quadrant-map-export at --size. */
  gboolean          map;
  QuadrantMapFormat map_format;
} Exporter;

static GBytes *
export_requirements_csv (QuadrantRegister  *reg,
                         GError           **error)
{
  char *csv = quadrant_csv_export_requirements (reg);

  return g_bytes_new_take (csv, strlen (csv));
}

static GBytes *
export_parties_csv (QuadrantRegister  *reg,
                    GError           **error)
{
  char *csv = quadrant_csv_export_parties (reg);

  return g_bytes_new_take (csv, strlen (csv));
}

static GBytes *
export_html_report (QuadrantRegister  *reg,
                    GError           **error)
{
  return quadrant_report_to_html (reg, NULL, error);
}

static GBytes *
export_pdf_report (QuadrantRegister  *reg,
                   GError           **error)
{
  return quadrant_print_report_to_pdf (reg, NULL, error);
}

static const Exporter exporters[] = {
  { "csv", export_requirements_csv },
  { "parties-csv", export_parties_csv },
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

      reg = quadrant_reader_load_file (file, NULL, &error);
      if (reg == NULL)
        {
          /* The reader's message names the file, line and column. */
          g_string_append_printf (err, "quadrant: %s\n", error->message);
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

static gboolean
write_stdout (GBytes  *bytes,
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
          g_string_append_printf (err, "quadrant: --size: %s\n", error->message);
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
      g_string_append_printf (err, "quadrant: %s\n", error->message);
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
          g_string_append_printf (err, "quadrant: %s\n", error->message);
          return STATUS_UNUSABLE;
        }
      since_label = g_strdup (quadrant_register_get_version (since_reg));
      if (since_label[0] == '\0')
        {
          g_free (since_label);
          since_label = g_file_get_basename (since_file);
        }
    }

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
    bytes = exporter->export (reg, &error);
  if (bytes == NULL)
    {
      g_string_append_printf (err, _("quadrant: export failed: %s\n"), error->message);
      return STATUS_FAILED;
    }

  if (to_stdout)
    {
      if (!write_stdout (bytes, &error))
        {
          g_string_append_printf (err, "quadrant: %s\n", error->message);
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

static void
describe_import (QuadrantCsvImport *import,
                 GString           *out)
{
  QuadrantWorkbook *workbook = quadrant_csv_import_get_workbook (import);

  if (quadrant_workbook_get_format (workbook) == QUADRANT_WORKBOOK_FORMAT_CSV)
    g_string_append_printf (out, _("Read as %s text separated by “%s”, header in line %u\n"),
                            quadrant_workbook_get_encoding (workbook),
                            quadrant_csv_import_get_separator (import) == '\t' ? "\\t" :
                            (char[]) { quadrant_csv_import_get_separator (import), '\0' },
                            quadrant_csv_import_get_header_line (import));
  else
    g_string_append_printf (out, _("Read sheet “%s”, header in row %u\n"),
                            quadrant_workbook_get_sheet_name (workbook, quadrant_csv_import_get_sheet (import)),
                            quadrant_csv_import_get_header_line (import));

  g_string_append (out, _("Columns:\n"));
  for (guint c = 0; c < quadrant_csv_import_get_n_columns (import); c++)
    {
      QuadrantCsvField field = quadrant_csv_import_get_mapping (import, c);
      const char *header = quadrant_csv_import_get_header (import, c);
      g_autofree char *name = header[0] != '\0' ? g_strdup (header) : g_strdup_printf ("#%u", c + 1);

      if (field != QUADRANT_CSV_FIELD_NONE)
        g_string_append_printf (out, "  %s → %s\n", name, quadrant_csv_field_to_name (field));
      else if (quadrant_csv_import_get_unmapped_to_notes (import))
        g_string_append_printf (out, _("  %s → party notes\n"), name);
      else
        g_string_append_printf (out, _("  %s → not imported\n"), name);
    }

  for (guint f = QUADRANT_CSV_FIELD_POWER; f <= QUADRANT_CSV_FIELD_INTEREST; f++)
    {
      guint scale = quadrant_csv_import_get_scale (import, f);

      if (scale != 100)
        g_string_append_printf (out, _("%s: numbers read on a scale of 1 to %u\n"), quadrant_csv_field_to_label (f), scale);
    }
  g_string_append_printf (out, _("Medium counts as %s (%d)\n"),
                          quadrant_csv_import_get_medium_high (import) ? _("high") : _("low"),
                          quadrant_csv_import_get_medium_high (import) ? QUADRANT_CSV_MEDIUM_HIGH : QUADRANT_CSV_MEDIUM_LOW);
}

static gboolean
apply_choices (QuadrantCsvImport              *import,
               const QuadrantCliImportOptions *options,
               GString                        *err)
{
  gboolean lines = TRUE, semicolons = FALSE;

  if (options->medium != NULL && !g_str_equal (options->medium, "high") && !g_str_equal (options->medium, "low"))
    {
      g_string_append_printf (err, _("quadrant: --medium is high or low, not “%s”\n"), options->medium);
      return FALSE;
    }
  quadrant_csv_import_set_medium_high (import, options->medium == NULL || g_str_equal (options->medium, "high"));

  if (options->other_axis != NULL)
    {
      guint64 n;

      if (g_str_equal (options->other_axis, "none"))
        quadrant_csv_import_set_other_axis (import, QUADRANT_NOT_ASSESSED);
      else if (g_str_equal (options->other_axis, "high"))
        quadrant_csv_import_set_other_axis (import, QUADRANT_CSV_HIGH);
      else if (g_str_equal (options->other_axis, "low"))
        quadrant_csv_import_set_other_axis (import, QUADRANT_CSV_LOW);
      else if (g_ascii_string_to_unsigned (options->other_axis, 10, 0, 100, &n, NULL))
        quadrant_csv_import_set_other_axis (import, (int) n);
      else
        {
          g_string_append_printf (err, _("quadrant: --other-axis is none, high, low or 0–100, not “%s”\n"),
                                  options->other_axis);
          return FALSE;
        }
    }

  if (options->split != NULL)
    {
      if (g_str_equal (options->split, "none"))
        lines = FALSE;
      else if (g_str_equal (options->split, "semicolons"))
        lines = FALSE, semicolons = TRUE;
      else if (g_str_equal (options->split, "both"))
        semicolons = TRUE;
      else if (!g_str_equal (options->split, "lines"))
        {
          g_string_append_printf (err, _("quadrant: --split is lines, semicolons, both or none, not “%s”\n"),
                                  options->split);
          return FALSE;
        }
    }
  quadrant_csv_import_set_split (import, lines, semicolons);
  quadrant_csv_import_set_unmapped_to_notes (import, options->unmapped_to_notes);

  return TRUE;
}

static gboolean
find_sheet (QuadrantWorkbook *workbook,
            const char       *sheet,
            guint            *index)
{
  guint64 n;

  for (guint i = 0; i < quadrant_workbook_get_n_sheets (workbook); i++)
    if (g_utf8_collate (quadrant_workbook_get_sheet_name (workbook, i), sheet) == 0)
      {
        *index = i;
        return TRUE;
      }

  if (g_ascii_string_to_unsigned (sheet, 10, 1, quadrant_workbook_get_n_sheets (workbook), &n, NULL))
    {
      *index = (guint) n - 1;
      return TRUE;
    }

  return FALSE;
}

int
quadrant_cli_import_with_options (const QuadrantCliImportOptions *options,
                                  GString                        *out,
                                  GString                        *err)
{
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(QuadrantWorkbook) workbook = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantWorkbookFormat workbook_format;
  const char *format, *output, *file;
  GPtrArray *problems, *warnings;
  gboolean to_stdout;
  guint sheet;

  g_return_val_if_fail (options != NULL, STATUS_UNUSABLE);
  g_return_val_if_fail (options->format != NULL, STATUS_UNUSABLE);
  g_return_val_if_fail (options->file != NULL, STATUS_UNUSABLE);
  g_return_val_if_fail (out != NULL && err != NULL, STATUS_UNUSABLE);

  format = options->format;
  output = options->output;
  file = options->file;

  if (!quadrant_workbook_format_from_name (format, &workbook_format))
    {
      g_string_append_printf (err, _("quadrant: unknown import format “%s”; valid formats are: csv, xlsx, ods\n"), format);
      return STATUS_UNUSABLE;
    }

  if (!options->dry_run && (output == NULL || output[0] == '\0'))
    {
      g_string_append (err, _("quadrant: --import needs --output FILE for the new register (use “-” for standard output)\n"));
      return STATUS_UNUSABLE;
    }

  input = g_file_new_for_commandline_arg (file);
  to_stdout = output != NULL && g_str_equal (output, "-");
  if (!to_stdout && output != NULL)
    {
      destination = g_file_new_for_commandline_arg (output);
      /* The same file under any name: a symbolic or a hard link too. */
      if (quadrant_safe_file_same (destination, input))
        {
          g_string_append_printf (err, _("quadrant: --output %s is the file being imported; choose another file\n"),
                                  output);
          return STATUS_UNUSABLE;
        }
    }

  workbook = quadrant_workbook_new_from_file (input, workbook_format, &error);
  if (workbook != NULL)
    {
      sheet = quadrant_csv_import_find_sheet (workbook);
      if (options->sheet != NULL && !find_sheet (workbook, options->sheet, &sheet))
        {
          g_string_append_printf (err, _("quadrant: %s has no sheet “%s”\n"), file, options->sheet);
          return STATUS_UNUSABLE;
        }
      import = quadrant_csv_import_new_from_workbook (workbook, sheet, &error);
    }
  if (import == NULL)
    {
      g_string_append_printf (err, "quadrant: %s: %s\n", file, error->message);
      return STATUS_UNUSABLE;
    }

  if (!apply_choices (import, options, err))
    return STATUS_UNUSABLE;

  if ((options->mapping != NULL && !quadrant_csv_import_apply_mapping_string (import, options->mapping, &error)) ||
      !quadrant_csv_import_check_mapping (import, &error))
    {
      describe_import (import, out);
      g_string_append_printf (err, "quadrant: %s: %s\n", file, error->message);
      return STATUS_UNUSABLE;
    }

  reg = quadrant_register_new ();
  problems = quadrant_csv_import_validate (import, reg);
  describe_import (import, out);
  warnings = quadrant_csv_import_get_warnings (import);
  for (guint i = 0; i < warnings->len; i++)
    {
      QuadrantCsvProblem *warning = g_ptr_array_index (warnings, i);

      g_string_append_printf (err, _("%s:%u: warning: %s\n"), file, warning->line, warning->message);
    }
  for (guint i = 0; i < problems->len; i++)
    {
      QuadrantCsvProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (err, "%s:%u: %s\n", file, problem->line, problem->message);
    }
  {
    guint n_parties = quadrant_csv_import_get_n_parties (import);
    guint n_requirements = quadrant_csv_import_get_n_requirements (import);
    g_autofree char *parties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u party", "%u parties", n_parties), n_parties);
    g_autofree char *requirements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements",
                                                                  n_requirements), n_requirements);

    /* TRANSLATORS: "3 parties and 5 requirements" */
    g_string_append_printf (out, _("%s and %s\n"), parties, requirements);
  }

  if (options->dry_run)
    return problems->len > 0 ? STATUS_FAILED : STATUS_OK;

  if (problems->len > 0 && !options->keep_good_rows)
    {
      g_string_append_printf (err,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "quadrant: nothing written: %u row has errors (--keep-good-rows imports the others)\n",
                                           "quadrant: nothing written: %u rows have errors (--keep-good-rows imports the others)\n",
                                           problems->len),
                              problems->len);
      return STATUS_FAILED;
    }

  if (!quadrant_csv_import_apply (import, reg, TRUE, NULL, NULL, &error))
    {
      g_string_append_printf (err, "quadrant: %s: %s\n", file, error->message);
      return STATUS_FAILED;
    }

  if (to_stdout)
    {
      g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);

      if (!write_stdout (bytes, &error))
        {
          g_string_append_printf (err, "quadrant: %s\n", error->message);
          return STATUS_FAILED;
        }
    }
  else if (!quadrant_writer_save (reg, destination, NULL, NULL, &error))
    {
      g_string_append_printf (err, _("quadrant: import failed: %s\n"), error->message);
      return STATUS_FAILED;
    }

  return problems->len > 0 ? STATUS_FAILED : STATUS_OK;
}

int
quadrant_cli_import (const char *format,
                     const char *output,
                     const char *file,
                     const char *mapping,
                     gboolean    keep_good_rows,
                     GString    *err)
{
  QuadrantCliImportOptions options = { format, output, file, mapping, .keep_good_rows = keep_good_rows };
  g_autoptr(GString) out = g_string_new (NULL);

  return quadrant_cli_import_with_options (&options, out, err);
}

int
quadrant_cli_run_import (GVariantDict       *options,
                         const char * const *files)
{
  g_autofree char *format = NULL, *output = NULL, *mapping = NULL, *sheet = NULL;
  g_autofree char *medium = NULL, *other_axis = NULL, *split = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  QuadrantCliImportOptions import = { 0 };
  int status;

  g_return_val_if_fail (options != NULL, STATUS_UNUSABLE);

  g_variant_dict_lookup (options, "import", "s", &format);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, "mapping", "s", &mapping);
  g_variant_dict_lookup (options, "sheet", "s", &sheet);
  g_variant_dict_lookup (options, "medium", "s", &medium);
  g_variant_dict_lookup (options, "other-axis", "s", &other_axis);
  g_variant_dict_lookup (options, "split", "s", &split);

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr (_("quadrant: --import needs exactly one file to import\n"));
      return STATUS_UNUSABLE;
    }

  import.format = format;
  import.output = output;
  import.file = files[0];
  import.mapping = mapping;
  import.sheet = sheet;
  import.medium = medium;
  import.other_axis = other_axis;
  import.split = split;
  import.keep_good_rows = g_variant_dict_contains (options, "keep-good-rows");
  import.unmapped_to_notes = g_variant_dict_contains (options, "unmapped-to-notes");
  import.dry_run = g_variant_dict_contains (options, "dry-run");
  status = quadrant_cli_import_with_options (&import, out, err);
  /* The register itself may be on standard output: the report goes to
   * standard error then. */
  quadrant_cli_print (output != NULL && g_str_equal (output, "-") ? stderr : stdout, out->str);
  quadrant_cli_print (stderr, err->str);

  return status;
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
