/* quadrant-print-fit.c: columns as wide as the widest word they hold
 *
 * Shares of the page by weight alone gave narrow columns that broke German
 * and French words in the middle ("Überprü-fung"). Each column gets at least
 * the width of its widest word (a hyphenated word may still break after a
 * hyphen, where the reader expects it); the other columns share what is
 * left by weight. Words are measured once each with the report's fonts.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include "quadrant-print-report-private.h"

static double
word_width (QuadrantPrintReport *self,
            const char          *word,
            gsize                length,
            gboolean             bold)
{
  g_autofree char *key = g_strndup (word, length);
  gpointer found;
  int width;

  if (self->fit_words[bold] == NULL)
    self->fit_words[bold] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (self->fit_words[bold], key, NULL, &found))
    return pango_units_to_double (GPOINTER_TO_INT (found));

  if (self->fit_layout[bold] == NULL)
    {
      self->fit_layout[bold] = quadrant_print_make_layout (self, "", QUADRANT_PRINT_BODY_SIZE,
                                                           bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                                           PANGO_STYLE_NORMAL, 0);
      pango_layout_set_width (self->fit_layout[bold], -1);
    }
  pango_layout_set_text (self->fit_layout[bold], key, -1);
  pango_layout_get_size (self->fit_layout[bold], &width, NULL);
  g_hash_table_insert (self->fit_words[bold], g_steal_pointer (&key), GINT_TO_POINTER (width));
  return pango_units_to_double (width);
}

/* Spaces that a line may break at; no-break spaces (French puts them
 * before ":" and inside « ») hold their neighbours together. */
static gboolean
breaks_at (gunichar c)
{
  return g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != 0x2007;
}

/* Calls func on each piece of text that a line may not break inside: words,
 * split after their hyphens (a hyphen stays with the part before it). */
static void
foreach_word (const char *text,
              void      (*func) (const char *word, gsize length, gpointer data),
              gpointer    data)
{
  const char *start = NULL;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = c == 0 || breaks_at (c);

      if (start == NULL && !space)
        start = p;
      if (start != NULL && (space || c == '-' || c == 0x2010))
        {
          const char *end = space ? p : g_utf8_next_char (p);

          func (start, end - start, data);
          start = NULL;
        }
      if (c == 0)
        break;
    }
}

typedef struct {
  QuadrantPrintReport *self;
  gboolean             bold;
  double               widest;
  const char          *text;
  double               width;
  PangoAttrList       *attrs;
} WordWalk;

static void
widest_cb (const char *word,
           gsize       length,
           gpointer    data)
{
  WordWalk *walk = data;

  walk->widest = MAX (walk->widest, word_width (walk->self, word, length, walk->bold));
}

double
quadrant_print_widest_word (QuadrantPrintReport *self,
                            const char          *text,
                            gboolean             bold)
{
  WordWalk walk = { self, bold, 0, NULL, 0, NULL };

  if (text != NULL)
    foreach_word (text, widest_cb, &walk);
  return walk.widest;
}

static void
keep_cb (const char *word,
         gsize       length,
         gpointer    data)
{
  WordWalk *walk = data;
  PangoAttribute *attr;

  /* A word wider than the cell (a long address) may still break anywhere,
   * rather than run out of it. */
  if (word_width (walk->self, word, length, walk->bold) > walk->width)
    return;
  attr = pango_attr_allow_breaks_new (FALSE);
  attr->start_index = word - walk->text;
  attr->end_index = attr->start_index + length;
  pango_attr_list_insert (walk->attrs, attr);
}

void
quadrant_print_keep_words (QuadrantPrintReport *self,
                           PangoLayout         *layout,
                           gboolean             bold)
{
  const char *text = pango_layout_get_text (layout);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  WordWalk walk = { self, bold, 0, text, pango_units_to_double (pango_layout_get_width (layout)), attrs };

  foreach_word (text, keep_cb, &walk);
  pango_layout_set_attributes (layout, attrs);
}

void
quadrant_print_fit_add_row (QuadrantPrintReport *self,
                            double              *widest,
                            guint                n_columns,
                            const char * const  *cells,
                            gboolean             bold_first)
{
  for (guint i = 0; i < n_columns && cells[i] != NULL; i++)
    widest[i] = MAX (widest[i], quadrant_print_widest_word (self, cells[i], bold_first && i == 0));
}

void
quadrant_print_fit_widths (const QuadrantPrintColumn *columns,
                           guint                      n_columns,
                           double                     body,
                           const double              *min,
                           double                    *widths)
{
  gboolean fixed[8] = { FALSE, };
  double min_total = 0;
  gboolean changed = TRUE;

  g_assert (n_columns <= G_N_ELEMENTS (fixed));

  for (guint i = 0; i < n_columns; i++)
    min_total += min[i];
  /* Even the words alone are too wide: they share the page, and some break. */
  if (min_total >= body)
    {
      for (guint i = 0; i < n_columns; i++)
        widths[i] = body * min[i] / min_total;
      return;
    }

  /* A column whose share is narrower than its widest word gets that width;
   * the rest is shared again by weight, until every column holds its words. */
  while (changed)
    {
      double left = body, weights = 0;

      changed = FALSE;
      for (guint i = 0; i < n_columns; i++)
        {
          if (fixed[i])
            left -= min[i];
          else
            weights += columns[i].weight;
        }
      for (guint i = 0; i < n_columns; i++)
        {
          if (fixed[i])
            continue;
          widths[i] = left * columns[i].weight / weights;
          if (widths[i] < min[i])
            {
              fixed[i] = TRUE;
              changed = TRUE;
            }
        }
    }
  for (guint i = 0; i < n_columns; i++)
    if (fixed[i])
      widths[i] = min[i];
}

void
quadrant_print_fit_forget (QuadrantPrintReport *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->fit_layout); i++)
    {
      g_clear_object (&self->fit_layout[i]);
      g_clear_pointer (&self->fit_words[i], g_hash_table_unref);
    }
  self->fit_known = 0;
}
