/* quadrant-relevance.c: deciding whether a party is relevant (clause 4.2 a) */
#define G_LOG_DOMAIN "quadrant-relevance"

#include "config.h"

#include <glib/gi18n.h>

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
