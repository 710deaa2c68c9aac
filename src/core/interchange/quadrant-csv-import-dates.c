/* quadrant-csv-import-dates.c: dates as the people of a sheet wrote them
 *
 * A date cell is read as ISO (2026-03-31), as the register's language writes
 * dates, or as the user's language does (31.03.2026 in German, 31/03/2026 in
 * French), with quadrant-language's reader, and stored as ISO. Day and month
 * are never guessed: a text that these forms read as two different days, or
 * any date written day first or month first in a column that holds both, is
 * not taken; quadrant-csv-import-build.c then keeps the text in the notes
 * and warns with the message made here. Spreadsheet date cells (XLSX day
 * numbers, ODS date values) arrive from the workbook readers as ISO already.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-language.h"

#define ISO_PATTERN "{year}-{month}-{day}"
/* Day after 12, so that an example shows which number is the day. */
#define EXAMPLE_DATE "2026-03-31"
#define MAX_FORMS 3

typedef struct {
  char *pattern;
  char *example;   /* EXAMPLE_DATE written this way */
  char  order[4];  /* the parts in order: "ymd", "dmy", "mdy" */
} Form;

struct _QuadrantCsvDates {
  Form  forms[MAX_FORMS];
  guint n_forms;
  /* A date column that mixes orders: the forms of two of its dates whose
   * day and month swap places; -1 when the column does not mix them. */
  int   mixed[QUADRANT_CSV_N_FIELDS][2];
};

static const QuadrantCsvField date_fields[] = {
  QUADRANT_CSV_FIELD_IDENTIFIED_ON, QUADRANT_CSV_FIELD_LAST_REVIEWED,
  QUADRANT_CSV_FIELD_RELEVANCE_DECIDED, QUADRANT_CSV_FIELD_REVIEW_DATE,
};

gboolean
_quadrant_csv_is_date_field (QuadrantCsvField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
    if (date_fields[i] == field)
      return TRUE;
  return FALSE;
}

static void
add_form (QuadrantCsvDates *dates,
          char             *pattern)
{
  Form *form;
  guint n = 0;

  for (guint i = 0; i < dates->n_forms; i++)
    if (g_str_equal (dates->forms[i].pattern, pattern))
      {
        g_free (pattern);
        return;
      }
  g_assert (dates->n_forms < MAX_FORMS);

  form = &dates->forms[dates->n_forms++];
  form->pattern = pattern;
  form->example = quadrant_language_format_date_with (EXAMPLE_DATE, pattern);
  for (const char *p = pattern; *p != '\0' && n < 3; p++)
    if (g_str_has_prefix (p, "{year}") || g_str_has_prefix (p, "{month}") || g_str_has_prefix (p, "{day}"))
      form->order[n++] = p[1];
}

/* Two forms whose texts can look alike (the year in the same place) but
 * whose day and month swap places: 05/04/2026 against 05/04/2026. */
static gboolean
forms_conflict (const Form *a,
                const Form *b)
{
  for (guint i = 0; i < 3; i++)
    if ((a->order[i] == 'y') != (b->order[i] == 'y'))
      return FALSE;
  return !g_str_equal (a->order, b->order);
}

/* Which forms read text as a day of the calendar (a bit per form), and the
 * readings, as ISO, in readings (those that differ, n_readings of them). */
static guint
read_forms (QuadrantCsvDates *dates,
            const char       *text,
            char             *readings[MAX_FORMS],
            guint            *n_readings)
{
  guint matched = 0;

  *n_readings = 0;
  for (guint i = 0; i < dates->n_forms; i++)
    {
      g_autofree char *iso = quadrant_language_parse_date_with (text, dates->forms[i].pattern);
      gboolean known = FALSE;

      if (iso == NULL)
        continue;
      matched |= 1u << i;
      for (guint r = 0; r < *n_readings && !known; r++)
        known = g_str_equal (readings[r], iso);
      if (!known)
        readings[(*n_readings)++] = g_steal_pointer (&iso);
    }
  return matched;
}

static void
free_readings (char  *readings[MAX_FORMS],
               guint  n_readings)
{
  for (guint r = 0; r < n_readings; r++)
    g_free (readings[r]);
}

/* The form a text is read with alone, as evidence of how its column writes
 * dates; -1 when no form or several read it. */
static int
only_form (QuadrantCsvDates *dates,
           const char       *text)
{
  char *readings[MAX_FORMS];
  guint n_readings;
  guint matched = read_forms (dates, text, readings, &n_readings);

  free_readings (readings, n_readings);
  if (matched == 0 || (matched & (matched - 1)) != 0)
    return -1;
  return g_bit_nth_lsf (matched, -1);
}

static void
find_mixed_column (QuadrantCsvDates  *dates,
                   QuadrantCsvImport *import,
                   QuadrantCsvField   field)
{
  int column = -1;
  guint seen = 0; /* the forms that alone read a date of the column */

  for (guint c = 0; c < import->mapping->len && column < 0; c++)
    if (g_array_index (import->mapping, QuadrantCsvField, c) == field)
      column = (int) c;
  if (column < 0)
    return;

  for (guint r = 0; r < import->rows->len; r++)
    {
      const Row *row = &g_array_index (import->rows, Row, r);
      g_autofree char *text = NULL;
      int form;

      if ((guint) column >= row->cells->len)
        continue;
      text = g_strstrip (g_strdup (g_ptr_array_index (row->cells, column)));
      form = only_form (dates, text);
      if (form < 0 || (seen & (1u << form)) != 0)
        continue;
      for (guint other = 0; other < dates->n_forms; other++)
        if ((seen & (1u << other)) != 0 && forms_conflict (&dates->forms[other], &dates->forms[form]))
          {
            dates->mixed[field][0] = (int) other;
            dates->mixed[field][1] = form;
            return;
          }
      seen |= 1u << form;
    }
}

QuadrantCsvDates *
_quadrant_csv_dates_new (QuadrantCsvImport *import,
                         QuadrantRegister  *reg)
{
  QuadrantCsvDates *dates = g_new0 (QuadrantCsvDates, 1);
  const char *language = quadrant_register_get_language (reg);
  gboolean any_conflict = FALSE;

  /* The register's language first: the sheet is most likely written in it. */
  if (language != NULL)
    add_form (dates, quadrant_language_dup_date_pattern (language));
  add_form (dates, quadrant_language_dup_date_pattern (NULL));
  add_form (dates, g_strdup (ISO_PATTERN));

  for (guint f = 0; f < QUADRANT_CSV_N_FIELDS; f++)
    dates->mixed[f][0] = dates->mixed[f][1] = -1;
  for (guint i = 0; i < dates->n_forms; i++)
    for (guint j = i + 1; j < dates->n_forms; j++)
      any_conflict |= forms_conflict (&dates->forms[i], &dates->forms[j]);
  /* Only languages that disagree on the order can mix it up. */
  if (any_conflict)
    for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
      find_mixed_column (dates, import, date_fields[i]);

  return dates;
}

void
_quadrant_csv_dates_free (QuadrantCsvDates *dates)
{
  if (dates == NULL)
    return;
  for (guint i = 0; i < dates->n_forms; i++)
    {
      g_free (dates->forms[i].pattern);
      g_free (dates->forms[i].example);
    }
  g_free (dates);
}

/* "31.03.2026, 2026-03-31": how a date may be written. */
static char *
dup_examples (QuadrantCsvDates *dates)
{
  g_autoptr(GString) examples = g_string_new (NULL);

  for (guint i = 0; i < dates->n_forms; i++)
    {
      if (i > 0)
        g_string_append (examples, ", ");
      g_string_append (examples, dates->forms[i].example);
    }
  return g_string_free (g_steal_pointer (&examples), FALSE);
}

char *
_quadrant_csv_dates_read (QuadrantCsvDates  *dates,
                          QuadrantCsvField   field,
                          const char        *text,
                          const char        *column,
                          char             **message)
{
  char *readings[MAX_FORMS];
  guint n_readings;
  guint matched;
  const int *mixed;

  g_return_val_if_fail (field < QUADRANT_CSV_N_FIELDS, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  *message = NULL;
  matched = read_forms (dates, text, readings, &n_readings);
  mixed = dates->mixed[field];

  if (n_readings == 0)
    {
      g_autofree char *examples = dup_examples (dates);

      /* TRANSLATORS: “31.02.2026” in the column “Last review” cannot be read
       * as a date (...: 31.03.2026, 2026-03-31): the forms are the
       * register's language's, the user's and ISO; the column's heading is
       * quoted as the sheet has it */
      *message = g_strdup_printf (_("“%s” in the column “%s” cannot be read as a date "
                                    "(write dates in one of these forms: %s)"),
                                  text, column, examples);
      return NULL;
    }

  if (n_readings > 1)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint r = 0; r < n_readings; r++)
        g_string_append_printf (list, "%s%s", r > 0 ? ", " : "", readings[r]);
      /* TRANSLATORS: “05/04/2026” in the column “Last review” can be read as
       * more than one date (2026-04-05, 2026-05-04): day and month are
       * never guessed; the example is the form that cannot be misread */
      *message = g_strdup_printf (_("“%s” in the column “%s” can be read as more than one date (%s); "
                                    "write it in the form %s so that day and month are clear"),
                                  text, column, list->str, EXAMPLE_DATE);
      free_readings (readings, n_readings);
      return NULL;
    }

  /* In a column that writes some dates day first and others month first,
   * no date in either order can be trusted. */
  if (mixed[0] >= 0 && (matched & ((1u << mixed[0]) | (1u << mixed[1]))) != 0)
    {
      /* TRANSLATORS: “13/03/2026” in the column “Last review” is not taken as
       * a date: the column has dates written like 31/03/2026 and like
       * 03/31/2026 (day first and month first); the last example is ISO */
      *message = g_strdup_printf (_("“%s” in the column “%s” is not taken as a date: the column has dates written "
                                    "like %s and like %s, so day and month cannot be told apart "
                                    "(write them in the form %s)"),
                                  text, column, dates->forms[mixed[0]].example, dates->forms[mixed[1]].example,
                                  EXAMPLE_DATE);
      free_readings (readings, n_readings);
      return NULL;
    }

  return readings[0];
}
