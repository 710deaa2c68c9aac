/* quadrant-test-sheets.c: spreadsheets written at test time */
#define G_LOG_DOMAIN "quadrant-test-sheets"

#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <string.h>
#include <xlsxwriter.h>

#include "quadrant-test-sheets.h"

#define PILCROW "\xC2\xB6"

static char *
temp_path (const char *file_name)
{
  static char *dir = NULL;

  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("quadrant-sheets-XXXXXX", NULL);
      g_assert_nonnull (dir);
    }
  return g_build_filename (dir, file_name, NULL);
}

/* "a¶b" -> "a\nb" */
static char *
cell_text (const char *cell)
{
  g_auto(GStrv) parts = g_strsplit (cell, PILCROW, -1);

  return g_strjoinv ("\n", parts);
}

GPtrArray *
quadrant_test_sheet_rows (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint r = 0; lines[r] != NULL; r++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[r][0] == '!' ? lines[r] + 1 : lines[r], "|", -1);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          char *plain = cell_text (cells[c]);

          g_free (cells[c]);
          cells[c] = plain;
        }
      g_ptr_array_add (rows, g_steal_pointer (&cells));
    }

  return rows;
}

/* ---- CSV ---- */

char *
quadrant_test_write_csv (const char *file_name,
                         const char *text,
                         char        separator,
                         const char *encoding)
{
  g_autoptr(GPtrArray) rows = quadrant_test_sheet_rows (text);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *path = temp_path (file_name);
  gsize length;

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          const char *cell = cells[c][0] == '#' || cells[c][0] == '@' ? cells[c] + 1 : cells[c];

          if (c > 0)
            g_string_append_c (csv, separator);
          if (strchr (cell, separator) != NULL || strpbrk (cell, "\"\n") != NULL)
            {
              g_auto(GStrv) parts = g_strsplit (cell, "\"", -1);
              g_autofree char *doubled = g_strjoinv ("\"\"", parts);

              g_string_append_printf (csv, "\"%s\"", doubled);
            }
          else
            g_string_append (csv, cell);
        }
      g_string_append (csv, "\r\n");
    }

  if (g_str_equal (encoding, "UTF-8"))
    bytes = g_strdup (csv->str), length = csv->len;
  else if (g_str_equal (encoding, "UTF-8-BOM"))
    bytes = g_strconcat ("\xEF\xBB\xBF", csv->str, NULL), length = csv->len + 3;
  else
    {
      g_autofree char *converted = g_convert (csv->str, csv->len, encoding, "UTF-8", NULL, &length, &error);

      g_assert_no_error (error);
      if (g_str_equal (encoding, "UTF-16LE"))
        {
          bytes = g_malloc (length + 2);
          memcpy (bytes, "\xFF\xFE", 2);
          memcpy (bytes + 2, converted, length);
          length += 2;
        }
      else
        bytes = g_steal_pointer (&converted);
    }

  g_assert_true (g_file_set_contents (path, bytes, length, &error));
  g_assert_no_error (error);
  return path;
}

/* ---- XLSX ---- */

char *
quadrant_test_write_xlsx (const char              *file_name,
                          const QuadrantTestSheet *sheets,
                          guint                    n_sheets,
                          gboolean                 inline_strings)
{
  char *path = temp_path (file_name);
  lxw_workbook_options options = { .constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_format *date_format = workbook_add_format (workbook);
  lxw_format *percent_format = workbook_add_format (workbook);
  lxw_format *wrap_format = workbook_add_format (workbook);
  lxw_format *title_format = workbook_add_format (workbook);

  format_set_num_format (date_format, "dd.mm.yyyy");
  format_set_num_format (percent_format, "0%");
  format_set_text_wrap (wrap_format);
  format_set_bold (title_format);

  for (guint s = 0; s < n_sheets; s++)
    {
      lxw_worksheet *sheet = workbook_add_worksheet (workbook, sheets[s].name);
      g_auto(GStrv) lines = g_strsplit (sheets[s].text, "\n", -1);

      for (guint r = 0; lines[r] != NULL; r++)
        {
          g_auto(GStrv) cells = NULL;

          if (lines[r][0] == '!')
            {
              g_assert_cmpint (worksheet_merge_range (sheet, r, 0, r, 3, lines[r] + 1, title_format), ==, LXW_NO_ERROR);
              continue;
            }

          cells = g_strsplit (lines[r], "|", -1);
          for (guint c = 0; cells[c] != NULL; c++)
            {
              const char *cell = cells[c];

              if (cell[0] == '\0')
                continue;
              if (cell[0] == '#')
                worksheet_write_number (sheet, r, c, g_ascii_strtod (cell + 1, NULL), NULL);
              else if (cell[0] == '%')
                worksheet_write_number (sheet, r, c, g_ascii_strtod (cell + 1, NULL), percent_format);
              else if (cell[0] == '@')
                {
                  lxw_datetime date = { 0 };

                  g_assert_cmpint (sscanf (cell + 1, "%d-%d-%d", &date.year, &date.month, &date.day), ==, 3);
                  worksheet_write_datetime (sheet, r, c, &date, date_format);
                }
              else
                {
                  g_autofree char *text = cell_text (cell);

                  worksheet_write_string (sheet, r, c, text, strchr (text, '\n') != NULL ? wrap_format : NULL);
                }
            }
        }
    }

  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

/* ---- ODS ---- */

static void
write_child (GsfOutfile *zip,
             const char *name,
             const char *contents,
             gboolean    stored)
{
  GsfOutput *child;

  if (stored)
    child = gsf_outfile_new_child_full (zip, name, FALSE, "compression-level", GSF_ZIP_STORED, NULL);
  else
    child = gsf_outfile_new_child (zip, name, FALSE);
  g_assert_nonnull (child);
  g_assert_true (gsf_output_write (child, strlen (contents), (const guint8 *) contents));
  g_assert_true (gsf_output_close (child));
  g_object_unref (child);
}

static void
write_nested (GsfOutfile *zip,
              const char *path,
              const char *contents)
{
  const char *slash = strchr (path, '/');
  g_autofree char *dir_name = NULL;
  GsfOutput *dir;

  if (slash == NULL)
    {
      write_child (zip, path, contents, FALSE);
      return;
    }

  dir_name = g_strndup (path, slash - path);
  dir = gsf_outfile_new_child (zip, dir_name, TRUE);
  write_nested (GSF_OUTFILE (dir), slash + 1, contents);
  g_assert_true (gsf_output_close (dir));
  g_object_unref (dir);
}

static GsfOutfile *
zip_open (const char *path,
          GsfOutput **out)
{
  g_autoptr(GError) error = NULL;
  GsfOutfile *zip;

  *out = gsf_output_stdio_new (path, &error);
  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (*out, &error);
  g_assert_no_error (error);
  return zip;
}

static void
zip_close (GsfOutfile *zip,
           GsfOutput  *out)
{
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  gsf_output_close (out);
  g_object_unref (out);
}

char *
quadrant_test_write_zip (const char         *file_name,
                         const char * const *names,
                         const char * const *contents)
{
  char *path = temp_path (file_name);
  GsfOutput *out;
  GsfOutfile *zip = zip_open (path, &out);

  for (guint i = 0; names[i] != NULL; i++)
    write_nested (zip, names[i], contents[i]);
  zip_close (zip, out);

  return path;
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
append_ods_cell (GString    *out,
                 const char *cell)
{
  if (cell[0] == '\0')
    {
      g_string_append (out, "<table:table-cell/>");
      return;
    }
  if (cell[0] == '#')
    g_string_append_printf (out, "<table:table-cell office:value-type=\"float\" office:value=\"%s\" calcext:value-type=\"float\"><text:p>%s</text:p></table:table-cell>",
                            cell + 1, cell + 1);
  else if (cell[0] == '%')
    g_string_append_printf (out, "<table:table-cell office:value-type=\"percentage\" office:value=\"%s\" calcext:value-type=\"percentage\"><text:p>%.0f%%</text:p></table:table-cell>",
                            cell + 1, g_ascii_strtod (cell + 1, NULL) * 100);
  else if (cell[0] == '@')
    g_string_append_printf (out, "<table:table-cell office:value-type=\"date\" office:date-value=\"%sT00:00:00\" calcext:value-type=\"date\"><text:p>%c%c.%c%c.%c%c</text:p></table:table-cell>",
                            cell + 1, cell[9], cell[10], cell[6], cell[7], cell[3], cell[4]);
  else
    {
      g_auto(GStrv) paragraphs = g_strsplit (cell, PILCROW, -1);

      g_string_append (out, "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\">");
      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          g_string_append (out, "<text:p>");
          append_escaped (out, paragraphs[i]);
          g_string_append (out, "</text:p>");
        }
      g_string_append (out, "</table:table-cell>");
    }
}

char *
quadrant_test_write_ods (const char              *file_name,
                         const QuadrantTestSheet *sheets,
                         guint                    n_sheets)
{
  g_autoptr(GString) content = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
    " office:version=\"1.3\"><office:body><office:spreadsheet>");
  char *path = temp_path (file_name);
  GsfOutput *out;
  GsfOutfile *zip;

  for (guint s = 0; s < n_sheets; s++)
    {
      g_auto(GStrv) lines = g_strsplit (sheets[s].text, "\n", -1);

      g_string_append (content, "<table:table table:name=\"");
      append_escaped (content, sheets[s].name);
      g_string_append (content, "\"><table:table-column table:number-columns-repeated=\"1024\"/>");
      for (guint r = 0; lines[r] != NULL; r++)
        {
          g_auto(GStrv) cells = NULL;
          guint n = 0;

          g_string_append (content, "<table:table-row>");
          if (lines[r][0] == '!')
            {
              g_string_append (content, "<table:table-cell table:number-columns-spanned=\"4\" table:number-rows-spanned=\"1\" office:value-type=\"string\"><text:p>");
              append_escaped (content, lines[r] + 1);
              g_string_append (content, "</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"3\"/>"
                                        "<table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>");
              continue;
            }
          cells = g_strsplit (lines[r], "|", -1);
          for (; cells[n] != NULL; n++)
            append_ods_cell (content, cells[n]);
          g_string_append_printf (content, "<table:table-cell table:number-columns-repeated=\"%u\"/></table:table-row>", 1024 - n);
        }
      /* The empty rest of the sheet, as LibreOffice writes it. */
      g_string_append (content, "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                                "</table:table>");
    }
  g_string_append (content, "</office:spreadsheet></office:body></office:document-content>\n");

  zip = zip_open (path, &out);
  write_child (zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", TRUE);
  write_child (zip, "content.xml", content->str, FALSE);
  write_nested (zip, "META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                "</manifest:manifest>\n");
  zip_close (zip, out);

  return path;
}
