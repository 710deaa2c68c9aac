/* parties-checks.h: what the Parties page's tests share: a fixture with the
 * page and its editor in a window, a register to show, finding widgets */
#pragma once

#include <adwaita.h>
#include "quadrant-column-fit.h"
#include "quadrant-enum-types.h"
#include "quadrant-parties-view.h"
#include "quadrant-party-editor.h"
#include "quadrant-reader.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

G_BEGIN_DECLS
typedef struct {
  QuadrantRegister    *reg;
  GtkWindow           *window;
  QuadrantPartiesView *view;
  QuadrantPartyEditor *editor;
  char                *shown_requirement;
} Fixture;

void spin (void);
QuadrantParty *make_party (const char *name, QuadrantCategory category, QuadrantKind kind, int power, int interest, QuadrantSupport current, QuadrantSupport desired, const char *owner, const char *description);
void add_requirement (QuadrantParty *party, const char *statement, QuadrantDecision decision);
QuadrantRegister *make_register (void);
QuadrantParty *register_party (Fixture *fixture, guint position);
gpointer view_child (Fixture *fixture, const char *name);
gpointer editor_child (Fixture *fixture, const char *name);
GtkSelectionModel *selection (Fixture *fixture);
QuadrantParty *shown_party (Fixture *fixture, guint position);
QuadrantParty *select_named (Fixture *fixture, const char *name);
void type_and_activate (GtkWidget *editable, const char *text);
gboolean has_focus_within (Fixture *fixture, GtkWidget *widget);
guint count_undo_steps (QuadrantRegister *reg);
const char *text_of (GtkWidget *widget);
gboolean find_label (GtkWidget *widget, const char *text);
GtkWidget *row_at (Fixture *fixture, guint position);
void fixture_set_up (Fixture *fixture, gconstpointer data);
void fixture_tear_down (Fixture *fixture, gconstpointer data);

G_END_DECLS
