/* quadrant-requirement-editor-private.h: what the parts of the requirement
 * editor share */
#pragma once

#include <adwaita.h>

#include "quadrant-reference-completion.h"
#include "quadrant-requirement-editor.h"

G_BEGIN_DECLS

typedef enum {
  FIELD_STATEMENT,
  FIELD_SOURCE,
  FIELD_RATIONALE,
  FIELD_OWNER,
  FIELD_REVIEW_DATE,
  FIELD_NOTES,
  FIELD_CODE,
  N_FIELDS
} FieldId;

/* A text field that commits on Enter (entry rows) and when it loses focus. */
typedef struct {
  QuadrantField field;
  GtkWidget  *widget;     /* AdwEntryRow or GtkTextView */
  char       *title;      /* entry rows: the title when there is no error */
  GtkLabel   *error;      /* text views: where a refusal is explained */
  guint       dirty : 1;  /* typed, not committed yet: model changes leave it alone */
} TextField;

struct _QuadrantRequirementEditor
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  AdwPreferencesPage *page;
  AdwActionRow       *party_row;
  GtkTextView        *statement_view;
  GtkLabel           *statement_error;
  AdwComboRow        *type_row;
  AdwEntryRow        *source_row;
  AdwEntryRow        *code_row;
  AdwComboRow        *priority_row;
  AdwComboRow        *decision_row;
  GtkTextView        *rationale_view;
  GtkListBox         *references_list;
  AdwEntryRow        *new_reference_row;
  GtkDropDown        *new_reference_kind;
  GtkButton          *add_reference_button;
  AdwEntryRow        *owner_row;
  AdwEntryRow        *review_date_row;
  GtkTextView        *notes_view;

  /* Owned references */
  QuadrantRegister    *reg;
  QuadrantRequirement *requirement;
  QuadrantParty       *party;
  GPtrArray           *reference_rows; /* AdwEntryRow, in references_list order */
  QuadrantReferenceCompletion *completion; /* under new_reference_row */

  /* State */
  TextField fields[N_FIELDS];
  gulong    notify_handler;
  gulong    party_handler;
  guint     loading : 1; /* widgets are being set from the model: not an edit */
};

/* quadrant-requirement-editor.c */
/* The labels of an enum's values, in order: a position is a value. */

/* quadrant-requirement-editor-references.c: the references rows */
void           _quadrant_requirement_editor_bind_references   (GtkWidgetClass            *widget_class);
void           _quadrant_requirement_editor_setup_references  (QuadrantRequirementEditor *self);
/* Rebuilds the rows when they differ from the model. */
void           _quadrant_requirement_editor_sync_references   (QuadrantRequirementEditor *self);
/* Commits typing in the rows, if there is any. */
void           _quadrant_requirement_editor_commit_references (QuadrantRequirementEditor *self);
/* Before the template goes: the suggestions' popover leaves its entry. */
void           _quadrant_requirement_editor_dispose_references (QuadrantRequirementEditor *self);

G_END_DECLS
