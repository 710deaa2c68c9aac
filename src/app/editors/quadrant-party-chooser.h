/* quadrant-party-chooser.h: "Add Requirement" on the Requirements page asks
 * for the party it belongs to */
#pragma once

#include <adwaita.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

typedef void (*QuadrantPartyChosenFunc) (QuadrantParty *party,
                                         gpointer       user_data);

/* A dialog listing reg's parties with a search; suggested (may be NULL) is
 * highlighted, so Enter alone takes it. chosen runs once, with the party,
 * if one is chosen; the dialog closes either way. */
GtkWidget *quadrant_party_chooser_present (GtkWindow               *parent,
                                           QuadrantRegister        *reg,
                                           QuadrantParty           *suggested,
                                           QuadrantPartyChosenFunc  chosen,
                                           gpointer                 user_data,
                                           GDestroyNotify           destroy);

G_END_DECLS
