/* quadrant-requirements-view-sort.c: which rows the Requirements page shows,
 * and in what order
 *
 * The filter matches the decision, type and party settings and every search
 * word; the column sorters compare collation keys kept on each requirement.
 */
#define G_LOG_DOMAIN "quadrant-requirements-view"

#include "config.h"

#include <string.h>

#include "quadrant-requirements-view-private.h"

/* ---- Filter ---- */

static void
search_term_clear (gpointer data)
{
  SearchTerm *term = data;

  g_free (term->chars);
}

static inline gunichar
fold_char (gunichar c)
{
  return c < 0x80 ? (gunichar) g_ascii_tolower (c) : g_unichar_tolower (c);
}

/* Case-insensitive substring search that allocates nothing: it runs for every
 * requirement on every keystroke. */
static gboolean
text_contains (const char       *haystack,
               const SearchTerm *term)
{
  if (haystack == NULL)
    return FALSE;

  for (const char *start = haystack; *start != '\0'; start = g_utf8_next_char (start))
    {
      const char *p = start;
      glong i = 0;

      while (i < term->len && *p != '\0' && fold_char (g_utf8_get_char (p)) == term->chars[i])
        {
          p = g_utf8_next_char (p);
          i++;
        }
      if (i == term->len)
        return TRUE;
    }
  return FALSE;
}

static gboolean
requirement_matches_term (QuadrantRequirement *requirement,
                          const SearchTerm    *term)
{
  QuadrantParty *party = quadrant_requirement_get_party (requirement);
  GPtrArray *refs;

  if (text_contains (quadrant_requirement_get_statement (requirement), term) ||
      text_contains (quadrant_requirement_get_source (requirement), term) ||
      text_contains (quadrant_requirement_get_rationale (requirement), term) ||
      text_contains (quadrant_requirement_get_owner (requirement), term) ||
      text_contains (quadrant_requirement_get_code (requirement), term) ||
      (party != NULL && (text_contains (quadrant_party_get_name (party), term) ||
                         text_contains (quadrant_party_get_code (party), term))))
    return TRUE;

  refs = quadrant_requirement_get_references (requirement);
  for (guint i = 0; i < refs->len; i++)
    if (text_contains (((QuadrantReference *) g_ptr_array_index (refs, i))->text, term))
      return TRUE;
  return FALSE;
}

gboolean
_quadrant_requirements_view_filter_is_active (QuadrantRequirementsView *self)
{
  return self->decision >= 0 || self->type >= 0 || self->party != NULL || self->terms->len > 0;
}

gboolean
_quadrant_requirements_view_matches (QuadrantRequirementsView *self,
                                     QuadrantRequirement      *requirement)
{
  if (self->decision >= 0 && (int) quadrant_requirement_get_decision (requirement) != self->decision)
    return FALSE;
  if (self->type >= 0 && (int) quadrant_requirement_get_requirement_type (requirement) != self->type)
    return FALSE;
  if (self->party != NULL && quadrant_requirement_get_party (requirement) != self->party)
    return FALSE;

  /* Every word must be found, each in any of the fields. */
  for (guint i = 0; i < self->terms->len; i++)
    if (!requirement_matches_term (requirement, &g_array_index (self->terms, SearchTerm, i)))
      return FALSE;
  return TRUE;
}

GArray *
_quadrant_requirements_view_search_terms_new (void)
{
  GArray *terms = g_array_new (FALSE, FALSE, sizeof (SearchTerm));

  g_array_set_clear_func (terms, search_term_clear);
  return terms;
}

void
_quadrant_requirements_view_set_search_terms (QuadrantRequirementsView *self,
                                              const char               *text)
{
  g_auto(GStrv) words = NULL;

  g_array_set_size (self->terms, 0);
  words = g_strsplit_set (text, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      SearchTerm term;

      if (*words[i] == '\0')
        continue;
      term.chars = g_utf8_to_ucs4_fast (words[i], -1, &term.len);
      for (glong j = 0; j < term.len; j++)
        term.chars[j] = fold_char (term.chars[j]);
      g_array_append_val (self->terms, term);
    }
}

/* ---- Sorting ----
 *
 * GTK 4.8's column view sorter compares item by item (it offers the sort
 * model no keys), so a string sorter would fold and collate both strings on
 * every comparison: seconds for 50,000 rows. Our column sorters compare
 * collation keys kept on the requirement instead, made again only when the
 * text they were made from has changed.
 */

typedef enum {
  SORT_STATEMENT,
  SORT_PARTY,
  SORT_SOURCE,
  SORT_REFERENCES,
  SORT_OWNER,
  SORT_REVIEW_DATE,
  N_SORT_TEXTS
} SortText;

typedef struct {
  char *text; /* what key was made from */
  char *key;
} SortKey;

static GQuark sort_quarks[N_SORT_TEXTS];

static void
sort_key_free (gpointer data)
{
  SortKey *sort_key = data;

  g_free (sort_key->text);
  g_free (sort_key->key);
  g_free (sort_key);
}

static const char *
sort_text (QuadrantRequirement *requirement,
           SortText             which)
{
  const char *text = NULL;

  switch (which)
    {
    case SORT_STATEMENT: text = quadrant_requirement_get_statement (requirement); break;
    case SORT_SOURCE: text = quadrant_requirement_get_source (requirement); break;
    case SORT_OWNER: text = quadrant_requirement_get_owner (requirement); break;
    case SORT_REVIEW_DATE: text = quadrant_requirement_get_review_date (requirement); break;
    case SORT_PARTY:
      if (quadrant_requirement_get_party (requirement) != NULL)
        text = quadrant_party_get_name (quadrant_requirement_get_party (requirement));
      break;
    case SORT_REFERENCES:
      {
        /* By the first reference: the list is shown in its order. */
        GPtrArray *refs = quadrant_requirement_get_references (requirement);

        if (refs->len > 0)
          text = ((QuadrantReference *) g_ptr_array_index (refs, 0))->text;
      }
      break;
    case N_SORT_TEXTS:
    default:
      g_assert_not_reached ();
    }
  return text != NULL ? text : "";
}

static const char *
sort_key (QuadrantRequirement *requirement,
          SortText             which)
{
  const char *text = sort_text (requirement, which);
  SortKey *sort_key = g_object_get_qdata (G_OBJECT (requirement), sort_quarks[which]);

  if (sort_key == NULL || strcmp (sort_key->text, text) != 0)
    {
      g_autofree char *folded = g_utf8_casefold (text, -1);

      sort_key = g_new (SortKey, 1);
      sort_key->text = g_strdup (text);
      sort_key->key = g_utf8_collate_key (folded, -1);
      g_object_set_qdata_full (G_OBJECT (requirement), sort_quarks[which], sort_key, sort_key_free);
    }
  return sort_key->key;
}

static int
ordering (int x,
          int y)
{
  return x < y ? GTK_ORDERING_SMALLER : x > y ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_text_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  SortText which = GPOINTER_TO_INT (user_data);

  return ordering (strcmp (sort_key ((QuadrantRequirement *) a, which),
                           sort_key ((QuadrantRequirement *) b, which)), 0);
}

static int
compare_type_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return ordering (quadrant_requirement_get_requirement_type ((QuadrantRequirement *) a),
                   quadrant_requirement_get_requirement_type ((QuadrantRequirement *) b));
}

static int
compare_decision_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return ordering (quadrant_requirement_get_decision ((QuadrantRequirement *) a),
                   quadrant_requirement_get_decision ((QuadrantRequirement *) b));
}

static void
set_sorter (GtkColumnViewColumn *column,
            GCompareDataFunc     compare,
            int                  which)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare, GINT_TO_POINTER (which), NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

void
_quadrant_requirements_view_setup_sorters (QuadrantRequirementsView *self)
{
  static gsize quarks_made = 0;

  if (g_once_init_enter (&quarks_made))
    {
      for (guint i = 0; i < N_SORT_TEXTS; i++)
        {
          g_autofree char *name = g_strdup_printf ("quadrant-sort-key-%u", i);

          sort_quarks[i] = g_quark_from_string (name);
        }
      g_once_init_leave (&quarks_made, 1);
    }

  set_sorter (self->statement_column, compare_text_cb, SORT_STATEMENT);
  set_sorter (self->party_column, compare_text_cb, SORT_PARTY);
  set_sorter (self->type_column, compare_type_cb, 0);
  set_sorter (self->source_column, compare_text_cb, SORT_SOURCE);
  set_sorter (self->decision_column, compare_decision_cb, 0);
  set_sorter (self->references_column, compare_text_cb, SORT_REFERENCES);
  set_sorter (self->owner_column, compare_text_cb, SORT_OWNER);
  set_sorter (self->review_column, compare_text_cb, SORT_REVIEW_DATE);
}
