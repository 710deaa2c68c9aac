/* quadrant-csv-import-parse.c: the CSV reader and the value rules of the import
 *
 * Split from quadrant-csv-import.c: bytes to rows of cells with the line
 * each row starts on (RFC 4180 as spreadsheets write it), and the rules that
 * turn a cell into an enumerated value, a power or interest, or references.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-enum-types.h"
#include "quadrant-reference.h"

#define UTF8_BOM "\xEF\xBB\xBF"

/* ---- Parsing ---- */

void
_quadrant_csv_row_clear (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->cells, g_ptr_array_unref);
}

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
                     GPtrArray  **header,
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
  gboolean have_header = FALSE;
  gsize i = 0;

  if (length > QUADRANT_CSV_IMPORT_MAX_SIZE)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB"), QUADRANT_CSV_IMPORT_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      /* What Excel writes as "Unicode Text": say so rather than "line 1". */
      g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_INVALID_UTF8,
                           _("The file is UTF-16 text, not UTF-8; save it as “CSV UTF-8” and try again"));
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
          gboolean blank;

          /* A final line end leaves nothing: no extra empty row. */
          if (at_end && cells->len == 0 && cell->len == 0 && !cell_quoted)
            break;

          g_ptr_array_add (cells, g_strdup (cell->str));
          blank = !cell_quoted && cells_blank (cells);
          g_string_truncate (cell, 0);
          cell_quoted = FALSE;

          if (!blank || (cells->len > 1 && !have_header))
            {
              if (!have_header)
                {
                  *header = g_steal_pointer (&cells);
                  for (guint k = 0; k < (*header)->len; k++)
                    g_strstrip (g_ptr_array_index (*header, k));
                  have_header = TRUE;
                }
              else if (!blank)
                {
                  Row row = { row_line, g_steal_pointer (&cells) };

                  g_array_append_val (rows, row);
                }
            }

          if (cells == NULL)
            cells = g_ptr_array_new_with_free_func (g_free);
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

  if (!have_header)
    {
      g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_EMPTY,
                           _("The file is empty"));
      return FALSE;
    }

  if (rows->len == 0)
    {
      g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_NO_ROWS,
                           _("The file has a header row but no rows of data"));
      return FALSE;
    }

  return TRUE;
}

/* ---- Values ---- */

/* Lower case, with spaces and underscores as hyphens: "Not addressed" ->
 * "not-addressed", the register file's spelling. */
static char *
normalise_word (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean pending_hyphen = FALSE;

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '_' || *p == '-' || *p == '\t')
        {
          pending_hyphen = out->len > 0;
          continue;
        }
      if (pending_hyphen)
        g_string_append_c (out, '-');
      pending_hyphen = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

typedef struct {
  const char *word;
  int         value;
} Synonym;

static const Synonym kind_synonyms[] = {
  { "board-of-directors", QUADRANT_KIND_BOARD },
  { "directors", QUADRANT_KIND_BOARD },
  { "management", QUADRANT_KIND_SENIOR_LEADERSHIP },
  { "top-management", QUADRANT_KIND_SENIOR_LEADERSHIP },
  { "executives", QUADRANT_KIND_SENIOR_LEADERSHIP },
  { "employees", QUADRANT_KIND_STAFF },
  { "employee", QUADRANT_KIND_STAFF },
  { "personnel", QUADRANT_KIND_STAFF },
  { "workforce", QUADRANT_KIND_STAFF },
  { "investors", QUADRANT_KIND_SHAREHOLDERS },
  { "owners", QUADRANT_KIND_SHAREHOLDERS },
  { "department", QUADRANT_KIND_DEPARTMENTS },
  { "insurance-providers", QUADRANT_KIND_INSURERS },
  { "insurance-provider", QUADRANT_KIND_INSURERS },
  { "vendors", QUADRANT_KIND_SUPPLIERS },
  { "vendor", QUADRANT_KIND_SUPPLIERS },
  { "authorities", QUADRANT_KIND_REGULATORS },
  { "authority", QUADRANT_KIND_REGULATORS },
  { "government", QUADRANT_KIND_LEGISLATORS },
  { "press", QUADRANT_KIND_MEDIA },
  { "trade-unions", QUADRANT_KIND_UNIONS },
  { "works-council", QUADRANT_KIND_UNIONS },
  { "attackers", QUADRANT_KIND_MALICIOUS_ACTORS },
  { "threat-actors", QUADRANT_KIND_MALICIOUS_ACTORS },
  { "criminals", QUADRANT_KIND_MALICIOUS_ACTORS },
};

static const Synonym decision_synonyms[] = {
  { "yes", QUADRANT_DECISION_ADDRESSED },
  { "y", QUADRANT_DECISION_ADDRESSED },
  { "partial", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
  { "partially", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
  { "partly", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
  { "no", QUADRANT_DECISION_NOT_ADDRESSED },
  { "n", QUADRANT_DECISION_NOT_ADDRESSED },
  { "open", QUADRANT_DECISION_UNDECIDED },
  { "pending", QUADRANT_DECISION_UNDECIDED },
  { "tbd", QUADRANT_DECISION_UNDECIDED },
};

static const Synonym type_synonyms[] = {
  { "law", QUADRANT_REQUIREMENT_TYPE_LEGAL },
  { "statutory", QUADRANT_REQUIREMENT_TYPE_LEGAL },
  { "regulation", QUADRANT_REQUIREMENT_TYPE_REGULATORY },
  { "contract", QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL },
  { "commercial", QUADRANT_REQUIREMENT_TYPE_BUSINESS },
};

static const Synonym priority_synonyms[] = {
  { "med", QUADRANT_PRIORITY_MEDIUM },
  { "normal", QUADRANT_PRIORITY_MEDIUM },
};

static const Synonym support_synonyms[] = {
  { "opposed", QUADRANT_SUPPORT_RESISTANT },
  { "supporter", QUADRANT_SUPPORT_SUPPORTIVE },
};

static gboolean
parse_enum_with (GType          type,
                 const char    *text,
                 const Synonym *synonyms,
                 gsize          n_synonyms,
                 int           *value)
{
  g_autofree char *word = normalise_word (text);
  g_autofree char *plural = g_strconcat (word, "s", NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  if (quadrant_enum_from_nick (type, word, value) ||
      quadrant_enum_from_nick (type, plural, value))
    return TRUE;

  for (guint i = 0; i < klass->n_values; i++)
    {
      int v = klass->values[i].value;
      g_autofree char *label = normalise_word (quadrant_enum_to_label (type, v));

      if (g_str_equal (word, label))
        {
          *value = v;
          return TRUE;
        }
    }

  for (gsize i = 0; i < n_synonyms; i++)
    if (g_str_equal (word, synonyms[i].word))
      {
        *value = synonyms[i].value;
        return TRUE;
      }

  return FALSE;
}

gboolean
_quadrant_csv_parse_enum (GType       type,
                          const char *text,
                          int        *value)
{
  if (type == QUADRANT_TYPE_KIND)
    return parse_enum_with (type, text, kind_synonyms, G_N_ELEMENTS (kind_synonyms), value);
  if (type == QUADRANT_TYPE_DECISION)
    return parse_enum_with (type, text, decision_synonyms, G_N_ELEMENTS (decision_synonyms), value);
  if (type == QUADRANT_TYPE_REQUIREMENT_TYPE)
    return parse_enum_with (type, text, type_synonyms, G_N_ELEMENTS (type_synonyms), value);
  if (type == QUADRANT_TYPE_PRIORITY)
    return parse_enum_with (type, text, priority_synonyms, G_N_ELEMENTS (priority_synonyms), value);
  if (type == QUADRANT_TYPE_SUPPORT)
    return parse_enum_with (type, text, support_synonyms, G_N_ELEMENTS (support_synonyms), value);

  return parse_enum_with (type, text, NULL, 0, value);
}

/* The words a user may write, for messages: "internal, external". */
char *
_quadrant_csv_dup_enum_words (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GString *words = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (words, ", ");
      g_string_append (words, quadrant_enum_to_label (type, klass->values[i].value));
    }

  return g_string_free (words, FALSE);
}

gboolean
_quadrant_csv_parse_level (const char *text,
                           int        *value)
{
  g_autofree char *word = normalise_word (text);
  g_autofree char *number = g_strdup (text);
  gint64 n;
  gsize len;

  if (g_str_equal (word, "high") || g_str_equal (word, "h"))
    *value = QUADRANT_CSV_HIGH;
  else if (g_str_equal (word, "medium") || g_str_equal (word, "med") || g_str_equal (word, "m"))
    *value = QUADRANT_CSV_MEDIUM;
  else if (g_str_equal (word, "low") || g_str_equal (word, "l"))
    *value = QUADRANT_CSV_LOW;
  else
    {
      /* "80" or "80%" */
      len = strlen (number);
      if (len > 0 && number[len - 1] == '%')
        number[len - 1] = '\0';
      g_strstrip (number);
      if (!g_ascii_string_to_signed (number, 10, 0, 100, &n, NULL))
        return FALSE;
      *value = (int) n;
    }

  return TRUE;
}

GPtrArray *
_quadrant_csv_parse_references (const char *text)
{
  GPtrArray *refs = quadrant_reference_array_new ();
  g_auto(GStrv) items = g_strsplit_set (text, ";\n", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *colon = strchr (item, ':');
      int kind = QUADRANT_REFERENCE_KIND_OTHER;
      const char *rest = item;

      if (item[0] == '\0')
        continue;

      if (colon != NULL)
        {
          g_autofree char *prefix = g_strndup (item, colon - item);

          if (_quadrant_csv_parse_enum (QUADRANT_TYPE_REFERENCE_KIND, g_strstrip (prefix), &kind))
            rest = colon + 1;
          else
            kind = QUADRANT_REFERENCE_KIND_OTHER;
        }

      {
        g_autofree char *copy = g_strstrip (g_strdup (rest));

        if (copy[0] != '\0')
          g_ptr_array_add (refs, quadrant_reference_new (kind, copy));
      }
    }

  return refs;
}
