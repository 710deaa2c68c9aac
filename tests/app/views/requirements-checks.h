/* requirements-checks.h: what the Requirements page's tests share */
#pragma once

#include <adwaita.h>
#include <string.h>
#include "quadrant-enum-types.h"
#include "quadrant-reader.h"
#include "quadrant-requirement-editor.h"
#include "quadrant-requirements-view.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

G_BEGIN_DECLS
typedef struct {
  QuadrantRegister          *reg;
  GtkWindow                 *window;
  QuadrantRequirementsView  *view;
  QuadrantRequirementEditor *editor;
} Fixture;

void spin (void);
gboolean n_shown_is (gpointer data);
guint wait_for_n_shown (Fixture *fixture, guint n);
QuadrantRequirement *add_requirement (QuadrantParty *party, const char *statement, QuadrantRequirementType type, QuadrantDecision decision, const char *source, const char *reference);
QuadrantParty *add_party (QuadrantRegister *reg, const char *name);
QuadrantRegister *make_register (void);
QuadrantParty *party_at (Fixture *fixture, guint position);
QuadrantRequirement *requirement_at (Fixture *fixture, guint party, guint position);
gpointer view_child (Fixture *fixture, const char *name);
gpointer editor_child (Fixture *fixture, const char *name);
GListModel *rows (Fixture *fixture);
gboolean rows_contain (Fixture *fixture, QuadrantRequirement *requirement);
void select_row (Fixture *fixture, QuadrantRequirement *requirement);
void type_and_activate (gpointer editable, const char *text);
GtkWidget *find_text (GtkWidget *widget, const char *text);
gboolean has_label (GtkWidget *widget, const char *text);
const char *buffer_text (GtkTextBuffer *buffer);
void press_key (gpointer widget, guint keyval);
void press_enter (GtkWidget *widget);
guint count_undo_steps (QuadrantRegister *reg);
GPtrArray *reference_rows (Fixture *fixture);
GtkWidget *find_descendant (GtkWidget *widget, GType type, const char *tooltip);
void fixture_set_up (Fixture *fixture, gconstpointer data);
void fixture_tear_down (Fixture *fixture, gconstpointer data);

G_END_DECLS
