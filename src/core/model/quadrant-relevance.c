/* quadrant-relevance.c: deciding whether a party is relevant (clause 4.2 a) */
#define G_LOG_DOMAIN "quadrant-relevance"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-relevance.h"

char *
quadrant_relevance_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

void
quadrant_register_decide_relevance (QuadrantRegister  *self,
                                    QuadrantParty     *party,
                                    QuadrantRelevance  relevance,
                                    const char        *rationale,
                                    const char        *date)
{
  g_autofree char *today = NULL;
  const char *label;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));
  g_return_if_fail (relevance <= QUADRANT_RELEVANCE_NOT_RELEVANT);

  if (relevance == QUADRANT_RELEVANCE_TO_DECIDE)
    date = "";
  else if (date == NULL)
    date = today = quadrant_relevance_today ();

  switch (relevance)
    {
    case QUADRANT_RELEVANCE_RELEVANT: label = _("Mark as Relevant"); break;
    case QUADRANT_RELEVANCE_NOT_RELEVANT: label = _("Mark as Not Relevant"); break;
    default: label = _("Mark as To Decide"); break;
    }

  quadrant_register_begin_group (self, label);
  quadrant_register_set_choice (self, party, QUADRANT_FIELD_PARTY_RELEVANCE, relevance);
  quadrant_register_set_text (self, party, QUADRANT_FIELD_PARTY_RELEVANCE_DECIDED, date);
  if (rationale != NULL)
    quadrant_register_set_text (self, party, QUADRANT_FIELD_PARTY_RELEVANCE_RATIONALE, rationale);
  quadrant_register_end_group (self);
}

gboolean
quadrant_party_is_considered_relevant (QuadrantParty *party)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (party), FALSE);

  return quadrant_party_get_relevance (party) != QUADRANT_RELEVANCE_NOT_RELEVANT;
}

guint
quadrant_register_count_relevance (QuadrantRegister  *self,
                                   QuadrantRelevance  relevance)
{
  GListModel *parties;
  guint n, count = 0;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), 0);

  parties = quadrant_register_get_parties (self);
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_get_relevance (party) == relevance)
        count++;
    }
  return count;
}

static void
identification_count_clear (gpointer data)
{
  QuadrantIdentificationCount *count = data;

  g_clear_pointer (&count->first, g_free);
  g_clear_pointer (&count->last, g_free);
}

static QuadrantIdentificationCount *
find_count (GArray                 *counts,
            QuadrantIdentification  method)
{
  QuadrantIdentificationCount added = { .method = method };

  for (guint i = 0; i < counts->len; i++)
    if (g_array_index (counts, QuadrantIdentificationCount, i).method == method)
      return &g_array_index (counts, QuadrantIdentificationCount, i);
  g_array_append_val (counts, added);
  return &g_array_index (counts, QuadrantIdentificationCount, counts->len - 1);
}

GArray *
quadrant_register_count_identification (QuadrantRegister *self)
{
  GListModel *parties;
  GArray *counts;
  QuadrantIdentificationCount unrecorded = { .method = QUADRANT_IDENTIFICATION_UNSPECIFIED };
  guint n;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (self), NULL);

  counts = g_array_new (FALSE, TRUE, sizeof (QuadrantIdentificationCount));
  g_array_set_clear_func (counts, identification_count_clear);
  parties = quadrant_register_get_parties (self);
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      QuadrantIdentification method = quadrant_party_get_identified_by (party);
      QuadrantIdentificationCount *count;
      const char *date = quadrant_party_get_identified_on (party);

      count = method == QUADRANT_IDENTIFICATION_UNSPECIFIED ? &unrecorded : find_count (counts, method);
      count->n_found++;
      switch (quadrant_party_get_relevance (party))
        {
        case QUADRANT_RELEVANCE_NOT_RELEVANT:
          count->n_not_relevant++;
          break;
        case QUADRANT_RELEVANCE_TO_DECIDE:
          count->n_to_decide++;
          break;
        case QUADRANT_RELEVANCE_RELEVANT:
        default:
          count->n_relevant++;
          break;
        }
      /* YYYY-MM-DD sorts as text. */
      if (date != NULL && date[0] != '\0')
        {
          if (count->first == NULL || strcmp (date, count->first) < 0)
            {
              g_free (count->first);
              count->first = g_strdup (date);
            }
          if (count->last == NULL || strcmp (date, count->last) > 0)
            {
              g_free (count->last);
              count->last = g_strdup (date);
            }
        }
    }
  if (unrecorded.n_found > 0)
    g_array_append_val (counts, unrecorded);

  return counts;
}
