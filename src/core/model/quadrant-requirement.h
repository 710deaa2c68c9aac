/* quadrant-requirement.h: one need or expectation of a party, with its decision
 *
 * Properties are writable so that the register's undoable edit commands can set
 * them; views must not set them directly but go through quadrant_register_set_*().
 */
#pragma once

#include "quadrant-types.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_REQUIREMENT (quadrant_requirement_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantRequirement, quadrant_requirement, QUADRANT, REQUIREMENT, GObject)

/* Creates a requirement with a fresh UUID (id == NULL) or the given id. */
QuadrantRequirement     *quadrant_requirement_new             (const char *id);

const char              *quadrant_requirement_get_id          (QuadrantRequirement *self);
QuadrantParty           *quadrant_requirement_get_party       (QuadrantRequirement *self);
const char              *quadrant_requirement_get_statement   (QuadrantRequirement *self);
QuadrantRequirementType  quadrant_requirement_get_requirement_type (QuadrantRequirement *self);
const char              *quadrant_requirement_get_source      (QuadrantRequirement *self);
QuadrantPriority         quadrant_requirement_get_priority    (QuadrantRequirement *self);
QuadrantDecision         quadrant_requirement_get_decision    (QuadrantRequirement *self);
const char              *quadrant_requirement_get_rationale   (QuadrantRequirement *self);
/* Array of QuadrantReference; never NULL; treat as read-only. */
GPtrArray               *quadrant_requirement_get_references  (QuadrantRequirement *self);
const char              *quadrant_requirement_get_owner       (QuadrantRequirement *self);
const char              *quadrant_requirement_get_review_date (QuadrantRequirement *self);
const char              *quadrant_requirement_get_notes       (QuadrantRequirement *self);
/* The organisation's own reference code ("REQ-12"), or "". */
const char              *quadrant_requirement_get_code        (QuadrantRequirement *self);
QuadrantExtras          *quadrant_requirement_get_extras      (QuadrantRequirement *self);

/* Direct setters for building a requirement before it is part of a register
 * (reader, importers, tests). Not undoable: use the register's edit API for that. */
void quadrant_requirement_set_statement        (QuadrantRequirement *self, const char *statement);
void quadrant_requirement_set_requirement_type (QuadrantRequirement *self, QuadrantRequirementType type);
void quadrant_requirement_set_source           (QuadrantRequirement *self, const char *source);
void quadrant_requirement_set_priority         (QuadrantRequirement *self, QuadrantPriority priority);
void quadrant_requirement_set_decision         (QuadrantRequirement *self, QuadrantDecision decision);
void quadrant_requirement_set_rationale        (QuadrantRequirement *self, const char *rationale);
/* Takes a reference on refs; the array must not be changed afterwards. A
 * reference in refs without extras is given a copy of those of the reference
 * it replaces (same kind and text, else same place), so edits keep them. */
void quadrant_requirement_set_references       (QuadrantRequirement *self, GPtrArray *refs);
void quadrant_requirement_set_owner            (QuadrantRequirement *self, const char *owner);
void quadrant_requirement_set_review_date      (QuadrantRequirement *self, const char *date);
void quadrant_requirement_set_notes            (QuadrantRequirement *self, const char *notes);
void quadrant_requirement_set_code             (QuadrantRequirement *self, const char *code);

/* Internal: maintained by QuadrantParty when the requirement is added/removed. */
void _quadrant_requirement_set_party (QuadrantRequirement *self, QuadrantParty *party);

G_END_DECLS
