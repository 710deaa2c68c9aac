/* quadrant-csv-import-values.c: the rules that turn a cell into a value
 *
 * Enumerations by the register file's word or the label shown in the
 * application, case-insensitively, with spaces, hyphens and underscores
 * alike, a missing plural "s" forgiven, and by the words of the import
 * vocabulary (data/import-vocabulary.ini) in many languages; power and
 * interest as a whole number 0–100 (a trailing % allowed) or a level word
 * of the vocabulary (High, Mittel, Faible, ...); references as "kind: text" items separated by semicolons or lines.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-enum-types.h"
#include "quadrant-import-vocabulary.h"
#include "quadrant-reference.h"

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

/* The vocabulary group of each enumeration's words. */
static const char *
vocabulary_group (GType type)
{
  if (type == QUADRANT_TYPE_KIND)
    return "kind";
  if (type == QUADRANT_TYPE_CATEGORY)
    return "category";
  if (type == QUADRANT_TYPE_DECISION)
    return "decision";
  if (type == QUADRANT_TYPE_REQUIREMENT_TYPE)
    return "type";
  if (type == QUADRANT_TYPE_PRIORITY)
    return "priority";
  if (type == QUADRANT_TYPE_SUPPORT)
    return "support";
  if (type == QUADRANT_TYPE_RELEVANCE)
    return "relevance";
  return NULL;
}

gboolean
_quadrant_csv_parse_enum (GType       type,
                          const char *text,
                          int        *value)
{
  g_autofree char *word = normalise_word (text);
  g_autofree char *plural = g_strconcat (word, "s", NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  const char *group = vocabulary_group (type);
  const char *meaning;

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

  meaning = group != NULL ? quadrant_vocabulary_lookup (group, text) : NULL;
  if (meaning != NULL && quadrant_enum_from_nick (type, meaning, value))
    return TRUE;

  /* Priorities are often rated like power: High, Mittel, Faible. */
  meaning = type == QUADRANT_TYPE_PRIORITY ? quadrant_vocabulary_lookup ("level", text) : NULL;
  if (meaning != NULL && quadrant_enum_from_nick (type, meaning, value))
    return TRUE;

  return FALSE;
}

/* What templates leave in a cell still to be filled in: "TODO", "TBD",
 * "…", "-", "n/a", "xxx", "?". Such a cell holds no value. */
gboolean
_quadrant_csv_is_placeholder (const char *text)
{
  static const char * const words[] = { "todo", "tbd", "tbc", "tba", "na", "xxx", "placeholder",
                                        "afaire", "aremplir", "offen", "ausfullen", "porhacer", "dafare", "nvt" };
  g_autofree char *word = quadrant_vocabulary_compact (text);

  if (text[0] == '\0')
    return FALSE;
  /* Only punctuation: "-", "–", "…", "?", "/". */
  if (word[0] == '\0')
    {
      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        if (!g_unichar_ispunct (g_utf8_get_char (p)) && !g_unichar_isspace (g_utf8_get_char (p)))
          return FALSE;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      return TRUE;

  return FALSE;
}

/* "External - Regulator", "Extern / Lieferant", "Regulator (external)":
 * a category and a kind in one cell, in either order. Either may be left
 * unset (-1) when its part is not recognised; FALSE when neither is. */
gboolean
_quadrant_csv_parse_category_kind (const char *text,
                                   int        *category,
                                   int        *kind)
{
  g_auto(GStrv) parts = g_strsplit_set (text, "-–—/:,;()|", -1);
  gboolean any = FALSE;

  *category = -1;
  *kind = -1;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);
      int value;

      if (part[0] == '\0')
        continue;
      if (*category < 0 && _quadrant_csv_parse_enum (QUADRANT_TYPE_CATEGORY, part, &value))
        *category = value, any = TRUE;
      else if (*kind < 0 && _quadrant_csv_parse_enum (QUADRANT_TYPE_KIND, part, &value))
        *kind = value, any = TRUE;
    }

  return any;
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

/* "80", "3.5", "80%", "80 %"; FALSE for anything else. */
static gboolean
parse_number (const char *text,
              double     *number,
              gboolean   *percent)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);
  char *end = NULL;

  *percent = len > 0 && copy[len - 1] == '%';
  if (*percent)
    copy[len - 1] = '\0';
  g_strstrip (copy);
  /* A decimal comma, as German and French sheets write it. */
  g_strdelimit (copy, ",", '.');
  if (copy[0] == '\0')
    return FALSE;
  *number = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*number);
}

guint
_quadrant_csv_detect_scale (QuadrantCsvImport *self,
                            QuadrantCsvField   field)
{
  double max = 0, min = G_MAXDOUBLE;
  gboolean any = FALSE;

  /* Quadrant's own exports, which carry the parties' ids, rate 0–100 even
   * when every rating happens to be low. */
  for (guint c = 0; c < self->mapping->len && self->rows->len > 0; c++)
    {
      GPtrArray *cells = g_array_index (self->rows, Row, 0).cells;

      if (g_array_index (self->mapping, QuadrantCsvField, c) == QUADRANT_CSV_FIELD_PARTY_ID &&
          c < cells->len && g_uuid_string_is_valid (g_ptr_array_index (cells, c)))
        return 100;
    }

  for (guint c = 0; c < self->mapping->len; c++)
    {
      if (g_array_index (self->mapping, QuadrantCsvField, c) != field)
        continue;
      for (guint r = 0; r < self->rows->len; r++)
        {
          GPtrArray *cells = g_array_index (self->rows, Row, r).cells;
          double number;
          gboolean percent;

          if (c < cells->len && parse_number (g_ptr_array_index (cells, c), &number, &percent) && !percent)
            {
              max = MAX (max, number);
              min = MIN (min, number);
              any = TRUE;
            }
        }
    }

  if (!any || min < 1)
    return 100;
  if (max <= 3)
    return 3;
  if (max <= 5)
    return 5;
  if (max <= 10)
    return 10;
  return 100;
}

gboolean
_quadrant_csv_parse_level (const char *text,
                           const int  *levels,
                           guint       scale,
                           gboolean    medium_high,
                           int        *value)
{
  const char *level = quadrant_vocabulary_lookup ("level", text);
  int medium = levels[1] >= 0 ? levels[1] : medium_high ? QUADRANT_CSV_MEDIUM_HIGH : QUADRANT_CSV_MEDIUM_LOW;
  double number;
  gboolean percent;

  if (g_strcmp0 (level, "high") == 0)
    *value = levels[0];
  else if (g_strcmp0 (level, "medium") == 0)
    *value = medium;
  else if (g_strcmp0 (level, "low") == 0)
    *value = levels[2];
  else if (!parse_number (text, &number, &percent))
    return FALSE;
  else if (percent || scale == 100)
    {
      if (number < 0 || number > 100)
        return FALSE;
      *value = (int) round (number);
    }
  else
    {
      if (number < 1 || number > scale)
        return FALSE;
      /* The middle of an odd scale is Medium, never the boundary; the
       * others at the middle of their share of 0–100. */
      if (scale % 2 == 1 && number == (scale + 1) / 2)
        *value = medium;
      else
        *value = (int) round ((number - 0.5) / scale * 100);
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

/* The statements of one cell: one per line and, if asked, per "; ",
 * list bullets removed. */
GPtrArray *
_quadrant_csv_split_statement (QuadrantCsvImport *self,
                               const char        *text)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = self->split_lines ? g_strsplit_set (text, "\r\n", -1) : g_strsplit (text, "\x01", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = self->split_semicolons ? g_strsplit (lines[i], "; ", -1) : g_strsplit (lines[i], "\x01", -1);

      for (guint k = 0; parts[k] != NULL; k++)
        g_ptr_array_add (items, g_strstrip (g_strdup (parts[k])));
    }

  /* "- a", "• b": the bullets of a list typed into one cell. */
  for (guint i = 0; i < items->len; i++)
    {
      char *item = g_ptr_array_index (items, i);

      if (items->len > 1 && item[0] != '\0' && strchr ("-*", item[0]) != NULL && item[1] == ' ')
        memmove (item, item + 2, strlen (item + 2) + 1);
      else if (items->len > 1 && g_str_has_prefix (item, "\xE2\x80\xA2 ")) /* • */
        memmove (item, item + 4, strlen (item + 4) + 1);
      g_strstrip (item);
      if (item[0] == '\0' || _quadrant_csv_is_placeholder (item))
        g_ptr_array_remove_index (items, i--);
    }

  /* Splitting left nothing: keep the cell as it was. */
  if (items->len == 0)
    g_ptr_array_add (items, g_strstrip (g_strdup (text)));

  return items;
}

/* Text appended to what notes already holds, on a line of its own. */
char *
_quadrant_csv_join_notes (const char *notes,
                          const char *more)
{
  if (more == NULL || more[0] == '\0')
    return g_strdup (notes);
  if (notes == NULL || notes[0] == '\0')
    return g_strdup (more);
  return g_strconcat (notes, "\n", more, NULL);
}
