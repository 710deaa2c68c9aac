/* quadrant-cli-import.c: quadrant --import, a spreadsheet into a new register
 *
 * Prints the sheet and the mapping it used, the warnings and the rows that
 * cannot be imported (FILE:LINE: reason), and writes the register atomically.
 * A workbook that Quadrant exported has its parties and their requirements on
 * two sheets: both are imported, the parties first.
 */
#define G_LOG_DOMAIN "quadrant-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "quadrant-cli-private.h"
#include "quadrant-csv-import.h"
#include "quadrant-language.h"
#include "quadrant-safe-file.h"
#include "quadrant-writer.h"

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
  /* Translators: a rating "Medium" in a sheet; %d is the number it becomes */
  if (quadrant_csv_import_get_medium_high (import))
    g_string_append_printf (out, _("Medium counts as high (%d)\n"), QUADRANT_CSV_MEDIUM_HIGH);
  else
    /* Translators: a rating "Medium" in a sheet; %d is the number it becomes */
    g_string_append_printf (out, _("Medium counts as low (%d)\n"), QUADRANT_CSV_MEDIUM_LOW);
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

/* Validates one sheet against reg, prints the mapping, the warnings, the
 * rows that cannot be imported and the counts, and adds the good rows to reg
 * (in a dry run too: reg is not written then, and a second sheet adds to it).
 * mapping: --mapping, for the first sheet only. */
static int
run_sheet (QuadrantCsvImport              *import,
           QuadrantRegister               *reg,
           const QuadrantCliImportOptions *options,
           const char                     *mapping,
           const char                     *file,
           GString                        *out,
           GString                        *err)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems, *warnings;

  if (!apply_choices (import, options, err))
    return STATUS_UNUSABLE;

  if ((mapping != NULL && !quadrant_csv_import_apply_mapping_string (import, mapping, &error)) ||
      !quadrant_csv_import_check_mapping (import, &error))
    {
      describe_import (import, out);
      /* Translators: a message of the command line about a file: the program's
       * name, the file's name, the message */
      g_string_append_printf (err, _("quadrant: %s: %s\n"), file, error->message);
      return STATUS_UNUSABLE;
    }

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

  if (problems->len > 0 && options->dry_run)
    return STATUS_FAILED;
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
      g_string_append_printf (err, _("quadrant: %s: %s\n"), file, error->message);
      return STATUS_FAILED;
    }
  return problems->len > 0 ? STATUS_FAILED : STATUS_OK;
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
  gboolean to_stdout;
  guint sheet;
  int status;

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
      g_string_append_printf (err, _("quadrant: %s: %s\n"), file, error->message);
      return STATUS_UNUSABLE;
    }

  reg = quadrant_register_new ();
  quadrant_register_set_language (reg, quadrant_language_current ());
  status = run_sheet (import, reg, options, options->mapping, file, out, err);
  if (status == STATUS_UNUSABLE || (status == STATUS_FAILED && !options->keep_good_rows))
    return status;

  /* Quadrant's own workbook: the requirements sheet adds to these parties
   * (the window joins them with the same function). */
  if (options->sheet == NULL)
    {
      g_autoptr(QuadrantCsvImport) requirements = quadrant_csv_import_new_requirements_import (import, &error);
      int requirements_status;

      if (error != NULL)
        {
          g_string_append_printf (err, _("quadrant: %s: %s\n"), file, error->message);
          return STATUS_UNUSABLE;
        }
      if (requirements != NULL)
        {
          requirements_status = run_sheet (requirements, reg, options, NULL, file, out, err);
          if (requirements_status == STATUS_UNUSABLE ||
              (requirements_status == STATUS_FAILED && !options->keep_good_rows))
            return requirements_status;
          status = MAX (status, requirements_status);
        }
    }

  if (options->dry_run)
    return status;

  if (to_stdout)
    {
      g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);

      if (!_quadrant_cli_write_stdout (bytes, &error))
        {
          g_string_append_printf (err, _("quadrant: %s\n"), error->message);
          return STATUS_FAILED;
        }
    }
  else if (!quadrant_writer_save (reg, destination, NULL, NULL, &error))
    {
      g_string_append_printf (err, _("quadrant: import failed: %s\n"), error->message);
      return STATUS_FAILED;
    }

  return status;
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
