/* quadrant-register-preview.c: a move shown live before it is recorded
 *
 * A drag on the map moves a party on every motion event. Recording each one
 * made a two-second drag a hundred commands and a hundred "changed" signals,
 * each re-sorting lists; the preview changes only the party and says so
 * with "previewed", and the move is recorded once, when the drag ends.
 */
#define G_LOG_DOMAIN "quadrant-register"

#include "config.h"

#include "quadrant-register.h"

#define PREVIEW_KEY "quadrant-register-preview"

typedef struct
{
  QuadrantParty *party;
  int            power;     /* where the party was before the preview */
  int            interest;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_object (&preview->party);
  g_free (preview);
}

static void
show_at (QuadrantRegister *self,
         QuadrantParty    *party,
         int               power,
         int               interest)
{
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  g_signal_emit_by_name (self, "previewed", party);
}

void
quadrant_register_preview_move (QuadrantRegister *self,
                                QuadrantParty    *party,
                                int               power,
                                int               interest)
{
  Preview *preview;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));
  g_return_if_fail (power >= 0 && power <= 100);
  g_return_if_fail (interest >= 0 && interest <= 100);

  preview = g_object_get_data (G_OBJECT (self), PREVIEW_KEY);
  if (preview != NULL && preview->party != party)
    {
      quadrant_register_end_preview (self, FALSE);
      preview = NULL;
    }
  if (preview == NULL)
    {
      preview = g_new0 (Preview, 1);
      preview->party = g_object_ref (party);
      preview->power = quadrant_party_get_power (party);
      preview->interest = quadrant_party_get_interest (party);
      g_object_set_data_full (G_OBJECT (self), PREVIEW_KEY, preview, (GDestroyNotify) preview_free);
    }

  if (power != quadrant_party_get_power (party) || interest != quadrant_party_get_interest (party))
    show_at (self, party, power, interest);
}

void
quadrant_register_end_preview (QuadrantRegister *self,
                               gboolean          commit)
{
  Preview *preview;
  g_autoptr(QuadrantParty) party = NULL;
  int power, interest;

  g_return_if_fail (QUADRANT_IS_REGISTER (self));

  preview = g_object_steal_data (G_OBJECT (self), PREVIEW_KEY);
  if (preview == NULL)
    return;

  party = g_object_ref (preview->party);
  power = quadrant_party_get_power (party);
  interest = quadrant_party_get_interest (party);
  /* Back where it was, so that the command records the whole move. */
  if (power != preview->power || interest != preview->interest)
    show_at (self, party, preview->power, preview->interest);
  if (commit && (power != preview->power || interest != preview->interest))
    quadrant_register_move_party (self, party, power, interest);
  preview_free (preview);
}
