/* quadrant-parties-view.h: the Parties page: sortable, filterable column view
 * of all parties, with the party editor (and the party's requirements) beside it */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_PARTIES_VIEW (quadrant_parties_view_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantPartiesView, quadrant_parties_view, QUADRANT, PARTIES_VIEW, GtkWidget)

GtkWidget        *quadrant_parties_view_new           (void);
/* Property "register"; may be set again when the window's document changes. */
void              quadrant_parties_view_set_register  (QuadrantPartiesView *self,
                                                       QuadrantRegister    *reg);
QuadrantRegister *quadrant_parties_view_get_register  (QuadrantPartiesView *self);
/* A read-only register (the window follows its document): adding, deleting,
 * moving and the editor are off; browsing and selecting are not. */
void              quadrant_parties_view_set_read_only (QuadrantPartiesView *self,
                                                       gboolean             read_only);
/* Selects party, scrolls to it and shows it in the editor. */
/* Property "selected-party": the party selected alone, or NULL. Setting it
 * selects a party the list shows; NULL or a hidden party changes nothing. */
void              quadrant_parties_view_set_selected_party (QuadrantPartiesView *self,
                                                            QuadrantParty       *party);
void              quadrant_parties_view_select_party  (QuadrantPartiesView *self,
                                                       QuadrantParty       *party);
/* The selected parties (array of QuadrantParty, owned by caller); signal
 * "selection-changed" says when they change. */
GPtrArray        *quadrant_parties_view_get_selected  (QuadrantPartiesView *self);
/* Focuses the editor's Add Requirement (of the selected party). */
void              quadrant_parties_view_focus_add_requirement (QuadrantPartiesView *self);
/* Focuses the search entry (Ctrl+F). */
void              quadrant_parties_view_focus_search  (QuadrantPartiesView *self);
/* Adds a new party after the selection, selects it and focuses its name entry. */
void              quadrant_parties_view_add_party     (QuadrantPartiesView *self);
/* Deletes the selected parties as one undo step; returns how many. */
guint             quadrant_parties_view_delete_selected (QuadrantPartiesView *self);
/* Whether party has a row after the search and filters. */
gboolean          quadrant_parties_view_shows_party   (QuadrantPartiesView *self,
                                                       QuadrantParty       *party);
/* Number of rows shown after filtering. */
guint             quadrant_parties_view_get_n_shown   (QuadrantPartiesView *self);
/* Commits what was typed in the editor but not yet committed (before a save). */
void              quadrant_parties_view_commit_edits  (QuadrantPartiesView *self);

G_END_DECLS
