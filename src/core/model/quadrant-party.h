/* quadrant-party.h: an interested party and its requirements
 *
 * Properties are writable so that the register's undoable edit commands can set
 * them; views must not set them directly but go through quadrant_register_set_*().
 * The "requirements" list model is changed only through the register, too.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-types.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_PARTY (quadrant_party_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantParty, quadrant_party, QUADRANT, PARTY, GObject)

/* Creates a party with a fresh UUID (id == NULL) or the given id. */
QuadrantParty          *quadrant_party_new                 (const char *id);

const char             *quadrant_party_get_id              (QuadrantParty *self);
const char             *quadrant_party_get_name            (QuadrantParty *self);
QuadrantCategory        quadrant_party_get_category        (QuadrantParty *self);
QuadrantKind            quadrant_party_get_kind            (QuadrantParty *self);
const char             *quadrant_party_get_description     (QuadrantParty *self);
/* QUADRANT_NOT_ASSESSED or 0..100 */
int                     quadrant_party_get_power           (QuadrantParty *self);
int                     quadrant_party_get_interest        (QuadrantParty *self);
gboolean                quadrant_party_is_placed           (QuadrantParty *self);
/* Marked "to review" on the map and in the list: quick-added in a workshop,
 * its kind not chosen yet and never reviewed. */
gboolean                quadrant_party_is_to_review        (QuadrantParty *self);
QuadrantQuadrant        quadrant_party_get_quadrant        (QuadrantParty *self);
QuadrantSupport         quadrant_party_get_current_support (QuadrantParty *self);
QuadrantSupport         quadrant_party_get_desired_support (QuadrantParty *self);
const char             *quadrant_party_get_owner           (QuadrantParty *self);
const char             *quadrant_party_get_contact         (QuadrantParty *self);
QuadrantIdentification  quadrant_party_get_identified_by   (QuadrantParty *self);
const char             *quadrant_party_get_identified_on   (QuadrantParty *self);
QuadrantRelevance       quadrant_party_get_relevance       (QuadrantParty *self);
const char             *quadrant_party_get_relevance_rationale (QuadrantParty *self);
/* YYYY-MM-DD when relevance was decided, or "". */
const char             *quadrant_party_get_relevance_decided   (QuadrantParty *self);
const char             *quadrant_party_get_engagement_communication (QuadrantParty *self);
const char             *quadrant_party_get_engagement_channel       (QuadrantParty *self);
const char             *quadrant_party_get_engagement_frequency     (QuadrantParty *self);
const char             *quadrant_party_get_engagement_responsible   (QuadrantParty *self);
/* TRUE when any of the four engagement-plan fields is filled in. */
gboolean                quadrant_party_has_engagement_plan (QuadrantParty *self);
const char             *quadrant_party_get_notes           (QuadrantParty *self);
const char             *quadrant_party_get_last_reviewed   (QuadrantParty *self);
/* The organisation's own reference code ("IP-001"), or "". */
const char             *quadrant_party_get_code            (QuadrantParty *self);
/* GListModel of QuadrantRequirement, in register order. */
GListModel             *quadrant_party_get_requirements    (QuadrantParty *self);
guint                   quadrant_party_get_n_requirements  (QuadrantParty *self);
guint                   quadrant_party_get_n_undecided     (QuadrantParty *self);
QuadrantExtras         *quadrant_party_get_extras          (QuadrantParty *self);

/* Direct setters for building a party before it is part of a register
 * (reader, importers, tests). Not undoable: use the register's edit API for that. */
void quadrant_party_set_name            (QuadrantParty *self, const char *name);
void quadrant_party_set_category        (QuadrantParty *self, QuadrantCategory category);
void quadrant_party_set_kind            (QuadrantParty *self, QuadrantKind kind);
void quadrant_party_set_description     (QuadrantParty *self, const char *description);
void quadrant_party_set_power           (QuadrantParty *self, int power);
void quadrant_party_set_interest        (QuadrantParty *self, int interest);
void quadrant_party_set_current_support (QuadrantParty *self, QuadrantSupport support);
void quadrant_party_set_desired_support (QuadrantParty *self, QuadrantSupport support);
void quadrant_party_set_owner           (QuadrantParty *self, const char *owner);
void quadrant_party_set_contact         (QuadrantParty *self, const char *contact);
void quadrant_party_set_identified_by   (QuadrantParty *self, QuadrantIdentification method);
void quadrant_party_set_identified_on   (QuadrantParty *self, const char *date);
void quadrant_party_set_relevance       (QuadrantParty *self, QuadrantRelevance relevance);
void quadrant_party_set_relevance_rationale (QuadrantParty *self, const char *rationale);
void quadrant_party_set_relevance_decided   (QuadrantParty *self, const char *date);
void quadrant_party_set_engagement_communication (QuadrantParty *self, const char *text);
void quadrant_party_set_engagement_channel       (QuadrantParty *self, const char *text);
void quadrant_party_set_engagement_frequency     (QuadrantParty *self, const char *text);
void quadrant_party_set_engagement_responsible   (QuadrantParty *self, const char *text);
void quadrant_party_set_notes           (QuadrantParty *self, const char *notes);
void quadrant_party_set_last_reviewed   (QuadrantParty *self, const char *date);
void quadrant_party_set_code            (QuadrantParty *self, const char *code);

/* Not undoable; for building a party before it joins a register. */
void quadrant_party_append_requirement  (QuadrantParty *self, QuadrantRequirement *requirement);

/* Internal: used by the register's edit commands. */
void _quadrant_party_insert_requirement (QuadrantParty *self, guint position, QuadrantRequirement *requirement);
void _quadrant_party_remove_requirement (QuadrantParty *self, guint position);
/* Internal: the reader's quadrant_party_append_requirement() for many at once. */
void _quadrant_party_append_requirements (QuadrantParty *self, QuadrantRequirement **requirements, guint n);

G_END_DECLS
