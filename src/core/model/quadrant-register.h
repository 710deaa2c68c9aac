/* quadrant-register.h: one interested-parties register (one .xml file)
 *
 * Every change a view makes goes through the edit API below: each call is one
 * undoable step (or part of the open group), emits "changed", and updates the
 * dirty state, so undo, drafts, the title bar and every view see the same edit.
 *
 * Signals:
 *   "changed" ()                       after every edit, undo and redo
 *   "field-changed" (GObject *object, QuadrantField field)
 *                                      a field of object (the register, a party
 *                                      or a requirement) changed by an edit,
 *                                      undo or redo; detailed by the field's
 *                                      property name ("field-changed::power")
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-types.h"
#include "quadrant-party.h"
#include "quadrant-requirement.h"
#include "quadrant-revision.h"
#include "quadrant-reference.h"
#include "quadrant-extras.h"
#include "quadrant-field.h"

G_BEGIN_DECLS

/* The file format: namespace of every element, and the version written.
 * 1.1 added the relevance of a party; a register that records none (every
 * party relevant, no rationale or date) is written as 1.0, so that saving
 * an older file unchanged gives the same bytes. */
#define QUADRANT_NAMESPACE            "urn:quadrant:register"
#define QUADRANT_FORMAT_VERSION       "1.1"
#define QUADRANT_FORMAT_VERSION_1_0   "1.0"
#define QUADRANT_FORMAT_MAJOR         1

#define QUADRANT_TYPE_REGISTER (quadrant_register_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantRegister, quadrant_register, QUADRANT, REGISTER, GObject)

QuadrantRegister *quadrant_register_new (void);

/* Metadata (properties "organisation", "scope", "owner", "classification",
 * "version", "approved-by", "approval-date", "approved-version",
 * "next-review"). */
const char  *quadrant_register_get_organisation   (QuadrantRegister *self);
const char  *quadrant_register_get_scope          (QuadrantRegister *self);
const char  *quadrant_register_get_owner          (QuadrantRegister *self);
const char  *quadrant_register_get_classification (QuadrantRegister *self);
const char  *quadrant_register_get_version        (QuadrantRegister *self);
const char  *quadrant_register_get_approved_by    (QuadrantRegister *self);
const char  *quadrant_register_get_approval_date  (QuadrantRegister *self);
/* The version the approval was given to: when it is not the current
 * version, the current one is not approved (see quadrant-approval.h). */
const char  *quadrant_register_get_approved_version (QuadrantRegister *self);
const char  *quadrant_register_get_next_review    (QuadrantRegister *self);

/* Merge conflicts still to resolve (property "conflicts"): the register
 * file's <conflicts> element, or "" when there are none. Read and resolved
 * through quadrant-conflict.h, which sets them as one undoable step. */
const char  *quadrant_register_get_conflicts      (QuadrantRegister *self);
void         quadrant_register_set_conflicts      (QuadrantRegister *self,
                                                   const char       *xml);

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
/* field: one of QUADRANT_FIELD_REGISTER_*. */
void quadrant_register_set_metadata (QuadrantRegister *self,
                                     QuadrantField     field,
                                     const char       *value);
void quadrant_register_append_party_unrecorded    (QuadrantRegister *self,
                                                   QuadrantParty    *party);
void quadrant_register_append_revision_unrecorded (QuadrantRegister *self,
                                                   QuadrantRevision *revision);

/* ---- The edit API: each call is one undoable step ---- */

/* Sets a field of the register itself, or of a party or requirement of this
 * register: field must belong to object (see quadrant-field.h). Does nothing
 * (records nothing) when the value is unchanged. Each applied, undone or
 * redone change emits "field-changed" before "changed". */
void quadrant_register_set_text   (QuadrantRegister *self,
                                   gpointer          object,
                                   QuadrantField     field,
                                   const char       *value);
/* A 0–100 field (power, interest), or QUADRANT_NOT_ASSESSED. */
void quadrant_register_set_number (QuadrantRegister *self,
                                   gpointer          object,
                                   QuadrantField     field,
                                   int               value);
/* An enumeration field: value is one of the field's enum_type. */
void quadrant_register_set_choice (QuadrantRegister *self,
                                   gpointer          object,
                                   QuadrantField     field,
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
/* Adds n parties (none in the register yet) at the end as one undoable edit;
 * linear in the register's and the new parties' number. */
void quadrant_register_append_parties (QuadrantRegister  *self,
                                       QuadrantParty    **parties,
                                       guint              n);
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

/* A move previewed live (a drag on the map): the party takes power and
 * interest at once, with no undo step and no "changed", only "previewed"
 * (for the maps that draw it). Ending the preview puts the party back and,
 * with commit, records the move from where it was as one undo step. A
 * preview of another party ends the previous one without commit. */
void        quadrant_register_preview_move (QuadrantRegister *self,
                                            QuadrantParty    *party,
                                            int               power,
                                            int               interest);
void        quadrant_register_end_preview  (QuadrantRegister *self,
                                            gboolean          commit);

/* Everything between begin and end is one undo step (an import). */
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
/* For a save that serialises now and finishes later: the state now, and
 * marking that state (not whatever came after it) as the saved one. */
guint64     quadrant_register_get_state   (QuadrantRegister *self);
void        quadrant_register_mark_saved_state (QuadrantRegister *self,
                                                guint64           state);

G_END_DECLS
