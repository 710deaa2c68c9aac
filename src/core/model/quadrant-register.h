/* quadrant-register.h: one interested-parties register (one .xml file)
 *
 * Every change a view makes goes through the edit API below: each call is one
 * undoable step (or part of the open group), emits "changed", and updates the
 * dirty state, so undo, drafts, the title bar and every view see the same edit.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-types.h"
#include "quadrant-party.h"
#include "quadrant-requirement.h"
#include "quadrant-revision.h"
#include "quadrant-reference.h"
#include "quadrant-extras.h"

G_BEGIN_DECLS

/* The file format: namespace of every element, and the version written. */
#define QUADRANT_NAMESPACE            "urn:quadrant:register"
#define QUADRANT_FORMAT_VERSION       "1.0"
#define QUADRANT_FORMAT_MAJOR         1

#define QUADRANT_TYPE_REGISTER (quadrant_register_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantRegister, quadrant_register, QUADRANT, REGISTER, GObject)

QuadrantRegister *quadrant_register_new (void);

/* Metadata (properties "organisation", "scope", "owner", "classification",
 * "version", "approved-by", "approval-date", "next-review"). */
const char  *quadrant_register_get_organisation   (QuadrantRegister *self);
const char  *quadrant_register_get_scope          (QuadrantRegister *self);
const char  *quadrant_register_get_owner          (QuadrantRegister *self);
const char  *quadrant_register_get_classification (QuadrantRegister *self);
const char  *quadrant_register_get_version        (QuadrantRegister *self);
const char  *quadrant_register_get_approved_by    (QuadrantRegister *self);
const char  *quadrant_register_get_approval_date  (QuadrantRegister *self);
const char  *quadrant_register_get_next_review    (QuadrantRegister *self);

/* Merge conflicts still to resolve (property "conflicts"): the register
 * file's <conflicts> element, or "" when there are none. Read and resolved
 * through quadrant-conflict.h; set like a metadata field. */
const char  *quadrant_register_get_conflicts      (QuadrantRegister *self);

/* GListModel of QuadrantParty, in register order. */
GListModel  *quadrant_register_get_parties        (QuadrantRegister *self);
guint        quadrant_register_get_n_parties      (QuadrantRegister *self);
guint        quadrant_register_get_n_requirements (QuadrantRegister *self);
/* GListModel of QuadrantRevision, oldest first. */
GListModel  *quadrant_register_get_revisions      (QuadrantRegister *self);
QuadrantRevision *quadrant_register_get_latest_revision (QuadrantRegister *self);
QuadrantParty       *quadrant_register_find_party       (QuadrantRegister *self,
                                                         const char       *id);
QuadrantRequirement *quadrant_register_find_requirement (QuadrantRegister *self,
                                                         const char       *id);
QuadrantExtras      *quadrant_register_get_extras       (QuadrantRegister *self);

/* ---- Building a register without undo (reader, importers, tests) ---- */
void quadrant_register_set_metadata (QuadrantRegister *self,
                                     const char       *property,
                                     const char       *value);
void quadrant_register_append_party_unrecorded    (QuadrantRegister *self,
                                                   QuadrantParty    *party);
void quadrant_register_append_revision_unrecorded (QuadrantRegister *self,
                                                   QuadrantRevision *revision);

/* ---- The edit API: each call is one undoable step ---- */

/* Sets any writable property of the register itself, a party or a requirement
 * of this register. Does nothing (records nothing) when the value is unchanged. */
void quadrant_register_set_property_value (QuadrantRegister *self,
                                           gpointer          object,
                                           const char       *property,
                                           const GValue     *value);
void quadrant_register_set_string (QuadrantRegister *self,
                                   gpointer          object,
                                   const char       *property,
                                   const char       *value);
void quadrant_register_set_int    (QuadrantRegister *self,
                                   gpointer          object,
                                   const char       *property,
                                   int               value);
void quadrant_register_set_enum   (QuadrantRegister *self,
                                   gpointer          object,
                                   const char       *property,
                                   int               value);
/* Power and interest together, as one step (a map move). */
void quadrant_register_move_party (QuadrantRegister *self,
                                   QuadrantParty    *party,
                                   int               power,
                                   int               interest);
void quadrant_register_set_references (QuadrantRegister    *self,
                                       QuadrantRequirement *requirement,
                                       GPtrArray           *references);

void quadrant_register_insert_party  (QuadrantRegister *self,
                                      guint             position,
                                      QuadrantParty    *party);
void quadrant_register_add_party     (QuadrantRegister *self,
                                      QuadrantParty    *party);
void quadrant_register_remove_party  (QuadrantRegister *self,
                                      QuadrantParty    *party);
void quadrant_register_reorder_party (QuadrantRegister *self,
                                      QuadrantParty    *party,
                                      guint             new_position);

void quadrant_register_insert_requirement  (QuadrantRegister    *self,
                                            QuadrantParty       *party,
                                            guint                position,
                                            QuadrantRequirement *requirement);
void quadrant_register_add_requirement     (QuadrantRegister    *self,
                                            QuadrantParty       *party,
                                            QuadrantRequirement *requirement);
void quadrant_register_remove_requirement  (QuadrantRegister    *self,
                                            QuadrantRequirement *requirement);
void quadrant_register_reorder_requirement (QuadrantRegister    *self,
                                            QuadrantRequirement *requirement,
                                            guint                new_position);

/* Records a revision with every party's current position and support.
 * date may be NULL for today. */
QuadrantRevision *quadrant_register_record_revision (QuadrantRegister *self,
                                                     const char       *version,
                                                     const char       *date,
                                                     const char       *author,
                                                     const char       *summary);

/* Corrects the summary of one of this register's revisions. */
void     quadrant_register_set_revision_summary   (QuadrantRegister *self,
                                                   QuadrantRevision *revision,
                                                   const char       *summary);
/* Removes the latest revision (a mistaken one); FALSE when there is none. */
gboolean quadrant_register_remove_latest_revision (QuadrantRegister *self);

/* Everything between begin and end is one undo step (a drag, an import). */
void        quadrant_register_begin_group (QuadrantRegister *self,
                                           const char       *label);
void        quadrant_register_end_group   (QuadrantRegister *self);

gboolean    quadrant_register_can_undo    (QuadrantRegister *self);
gboolean    quadrant_register_can_redo    (QuadrantRegister *self);
const char *quadrant_register_get_undo_label (QuadrantRegister *self);
const char *quadrant_register_get_redo_label (QuadrantRegister *self);
gboolean    quadrant_register_undo        (QuadrantRegister *self);
gboolean    quadrant_register_redo        (QuadrantRegister *self);

/* Whether the register differs from its saved state (property "dirty"). */
gboolean    quadrant_register_is_dirty    (QuadrantRegister *self);
void        quadrant_register_mark_saved  (QuadrantRegister *self);

G_END_DECLS
