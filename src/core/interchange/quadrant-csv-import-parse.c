/* quadrant-csv-import-parse.c: the CSV reader of the import
 *
 * UTF-8 text to rows of cells with the line each row starts on (RFC 4180 as
 * spreadsheets write it): the separator is found from the first row with
 * one, and blank rows are left out. Decoding from other encodings happens
 * before, in quadrant-workbook.c.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"

static gboolean
cells_blank (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);

      for (const char *p = cell; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return FALSE;
    }

  return TRUE;
}

/* The separator that occurs most often outside quotes in the first row;
 * a comma when there is none. */
static char
detect_separator (const char *data,
                  gsize       length)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        {
          /* Skip blank lines before the header. */
          if (counts[0] + counts[1] + counts[2] > 0)
            break;
        }
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > best_count)
      {
        best = candidates[k];
        best_count = counts[k];
      }

  return best;
}

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && data[i + 1] != '\n'))
      line++;

  return line;
}

gboolean
_quadrant_csv_parse (const char  *data,
                     gsize        length,
                     char        *separator,
                     GArray      *rows,
                     GError     **error)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *invalid = NULL;
  gboolean in_quotes = FALSE;
  gboolean cell_quoted = FALSE;
  guint line = 1;
  guint row_line = 1;
  guint quote_line = 0;
  gsize i = 0;

  if (length > QUADRANT_CSV_IMPORT_MAX_SIZE)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB"), QUADRANT_CSV_IMPORT_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_INVALID_UTF8,
                   _("Line %u is not valid UTF-8 text; save the file as “CSV UTF-8” and try again"),
                   line_of_offset (data, invalid - data));
      return FALSE;
    }

  *separator = detect_separator (data, length);

  while (i <= length)
    {
      char c = i < length ? data[i] : '\0';
      gboolean at_end = i == length;

      if (in_quotes)
        {
          if (at_end)
            {
              g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MALFORMED,
                           _("The quoted cell that starts on line %u is never closed"), quote_line);
              return FALSE;
            }
          if (c == '"')
            {
              if (i + 1 < length && data[i + 1] == '"')
                {
                  g_string_append_c (cell, '"');
                  i += 2;
                }
              else
                {
                  in_quotes = FALSE;
                  i++;
                }
              continue;
            }
          if (c == '\n' || (c == '\r' && (i + 1 >= length || data[i + 1] != '\n')))
            line++;
          g_string_append_c (cell, c);
          i++;
          continue;
        }

      if (c == *separator && !at_end)
        {
          g_ptr_array_add (cells, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          cell_quoted = FALSE;
          i++;
          continue;
        }

      if (c == '"' && cell->len == 0 && !cell_quoted)
        {
          in_quotes = TRUE;
          cell_quoted = TRUE;
          quote_line = line;
          i++;
          continue;
        }

      if (at_end || c == '\n' || c == '\r')
        {
          /* A final line end leaves nothing: no extra empty row. */
          if (at_end && cells->len == 0 && cell->len == 0 && !cell_quoted)
            break;

          g_ptr_array_add (cells, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          cell_quoted = FALSE;

          if (!cells_blank (cells))
            {
              Row row = { row_line, g_steal_pointer (&cells) };

              if (rows->len >= QUADRANT_WORKBOOK_MAX_ROWS)
                {
                  g_ptr_array_unref (row.cells);
                  g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                               _("The file has more than %d rows; Quadrant reads at most that many"),
                               QUADRANT_WORKBOOK_MAX_ROWS);
                  return FALSE;
                }
              g_array_append_val (rows, row);
              cells = g_ptr_array_new_with_free_func (g_free);
            }
          else
            g_ptr_array_set_size (cells, 0);

          if (at_end)
            break;
          if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            i++;
          i++;
          line++;
          row_line = line;
          continue;
        }

      g_string_append_c (cell, c);
      i++;
    }

  if (rows->len == 0)
    {
      g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_EMPTY,
                           _("The file is empty"));
      return FALSE;
    }

  return TRUE;
}
