/* quadrant-print-identification.c: "How Parties Were Identified" in the
 * printed report
 *
 * The same summary as the HTML report's table (data/quadrant-report.xsl,
 * which xsltproc must be able to run alone), counted by
 * quadrant_register_count_identification (): each method, how many parties
 * it found, what became of them, and over which dates. One unit: a register
 * uses a handful of methods, never a page of them.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-print-report-private.h"
#include "quadrant-relevance.h"

static const QuadrantPrintColumn identification_columns[] = {
  { N_("Method"), 3.0 },
  { N_("Parties found"), 1.3 },
  { N_("Relevant"), 1.3 },
  { N_("Not relevant"), 1.3 },
  { N_("To decide"), 1.3 },
  { N_("When"), 2.6 },
};

static char *
dup_when (const QuadrantIdentificationCount *count)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (count->first == NULL)
    return g_strdup ("—");
  first = quadrant_language_format_date (count->first);
  if (g_str_equal (count->first, count->last))
    return g_steal_pointer (&first);
  last = quadrant_language_format_date (count->last);
  /* TRANSLATORS: the dates over which parties were identified: "2026-01-12 to 2026-03-02" */
  return g_strdup_printf (_("%s to %s"), first, last);
}

void
quadrant_print_add_identification (QuadrantPrintReport *self)
{
  g_autoptr(GArray) counts = quadrant_register_count_identification (self->reg);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  double widest[G_N_ELEMENTS (identification_columns)] = { 0, };
  QuadrantPrintTable table;

  quadrant_print_add_paragraph (self, _("How Parties Were Identified"), 13, PANGO_WEIGHT_BOLD,
                                PANGO_STYLE_NORMAL, 24, 80);
  self->at.y += 5;
  if (counts->len == 0)
    {
      quadrant_print_add_paragraph (self, _("No interested parties recorded."), QUADRANT_PRINT_BODY_SIZE,
                                    PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, 0);
      return;
    }

  for (guint i = 0; i < counts->len; i++)
    {
      const QuadrantIdentificationCount *count = &g_array_index (counts, QuadrantIdentificationCount, i);
      char **cells = g_new0 (char *, G_N_ELEMENTS (identification_columns) + 1);

      cells[0] = g_strdup (quadrant_enum_to_label (QUADRANT_TYPE_IDENTIFICATION, count->method));
      cells[1] = g_strdup_printf ("%u", count->n_found);
      cells[2] = g_strdup_printf ("%u", count->n_relevant);
      cells[3] = g_strdup_printf ("%u", count->n_not_relevant);
      cells[4] = g_strdup_printf ("%u", count->n_to_decide);
      cells[5] = dup_when (count);
      g_ptr_array_add (rows, cells);
      quadrant_print_fit_add_row (self, widest, G_N_ELEMENTS (identification_columns),
                                  (const char * const *) cells, FALSE);
    }

  quadrant_print_table_init (self, &table, identification_columns, G_N_ELEMENTS (identification_columns),
                             TRUE, widest);
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *cells = g_ptr_array_index (rows, i);

      if (i == 0)
        quadrant_print_table_begin (self, &table, cells);
      quadrant_print_table_add_row (self, &table, cells);
    }
  quadrant_print_table_clear (&table);
}
