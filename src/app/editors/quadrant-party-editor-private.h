/* quadrant-party-editor-private.h: what the parts of the party editor share
 *
 * The fields of one party live in quadrant-party-editor.c, the list of the
 * party's requirements in quadrant-party-editor-requirements.c. */
#pragma once

#include <adwaita.h>

#include "quadrant-party-editor.h"

G_BEGIN_DECLS

typedef enum {
  FIELD_NAME,
  FIELD_LINE,
  FIELD_DATE,
  FIELD_MULTILINE,
} FieldKind;

typedef struct {
  QuadrantPartyEditor *self;
  GtkWidget           *widget;   /* AdwEntryRow or GtkTextView */
  QuadrantField        field;
  FieldKind            kind;
  /* Typed but not yet committed to the model. */
  guint                editing : 1;
} TextField;

typedef struct {
  QuadrantPartyEditor *self;
  AdwComboRow         *row;
  QuadrantField        field;
  GType                (*get_type) (void);
} EnumField;

enum {
  TEXT_NAME,
  TEXT_DESCRIPTION,
  TEXT_IDENTIFIED_ON,
  TEXT_LAST_REVIEWED,
  TEXT_COMMUNICATION,
  TEXT_CHANNEL,
  TEXT_FREQUENCY,
  TEXT_RESPONSIBLE,
  TEXT_OWNER,
  TEXT_CONTACT,
  TEXT_NOTES,
  TEXT_CODE,
  TEXT_RELEVANCE_RATIONALE,
  N_TEXT_FIELDS
};

enum {
  ENUM_CATEGORY,
  ENUM_KIND,
  ENUM_CURRENT_SUPPORT,
  ENUM_DESIRED_SUPPORT,
  ENUM_IDENTIFIED_BY,
  ENUM_RELEVANCE,
  N_ENUM_FIELDS
};

struct _QuadrantPartyEditor
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget   *page;
  AdwEntryRow *name_row;
  GtkLabel    *name_error;
  AdwComboRow *category_row;
  AdwComboRow *kind_row;
  GtkTextView *description_view;
  GtkSwitch   *assessed_switch;
  GtkScale    *power_scale;
  GtkScale    *interest_scale;
  GtkSpinButton *power_spin;
  GtkSpinButton *interest_spin;
  AdwActionRow *quadrant_row;
  AdwComboRow *current_support_row;
  AdwComboRow *desired_support_row;
  AdwComboRow *identified_by_row;
  AdwComboRow *relevance_row;
  AdwEntryRow *relevance_rationale_row;
  AdwEntryRow *identified_on_row;
  AdwEntryRow *last_reviewed_row;
  GtkLabel    *date_error;
  AdwEntryRow *communication_row;
  AdwEntryRow *channel_row;
  AdwEntryRow *frequency_row;
  AdwEntryRow *responsible_row;
  AdwEntryRow *owner_row;
  AdwEntryRow *contact_row;
  AdwEntryRow *code_row;
  GtkTextView *notes_view;
  GtkListBox  *requirements_list;
  GtkWidget   *add_requirement_button;

  /* Owned references */
  QuadrantRegister *reg;
  QuadrantParty    *party;
  QuadrantRegister *slide_reg;   /* the register whose undo group a drag holds open */

  /* State */
  TextField text_fields[N_TEXT_FIELDS];
  EnumField enum_fields[N_ENUM_FIELDS];
  gulong    notify_handler;
  guint     syncing;             /* > 0 while widgets are set from the model */
  guint     sliding : 1;
};

/* quadrant-party-editor-requirements.c: the party's requirements */
void _quadrant_party_editor_class_init_requirements   (GtkWidgetClass      *widget_class);
/* Connects the list and its shortcuts; call once the template is built. */
void _quadrant_party_editor_init_requirements         (QuadrantPartyEditor *self);
/* Shows the requirements of self->party, or none. */
void _quadrant_party_editor_bind_requirements         (QuadrantPartyEditor *self);
void _quadrant_party_editor_update_requirement_actions (QuadrantPartyEditor *self);

G_END_DECLS
