/* quadrant-catalogue-dialog.h: "Add from Catalogue" and "New from Template"
 *
 * One searchable list of the catalogue's typical parties with a check button
 * each. For a register, the ticked entries are added with their requirements
 * (undecided) as one undo step; as a template, the dialog also asks for the
 * organisation and ISMS scope and emits "register-created" with a new
 * register made from the ticked entries.
 */
#pragma once

#include <adwaita.h>

#include "quadrant-catalogue.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_CATALOGUE_DIALOG (quadrant_catalogue_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantCatalogueDialog, quadrant_catalogue_dialog, QUADRANT, CATALOGUE_DIALOG, AdwWindow)

QuadrantCatalogueDialog *quadrant_catalogue_dialog_new_for_register (GtkWindow         *parent,
                                                                     QuadrantCatalogue *catalogue,
                                                                     QuadrantRegister  *reg);
QuadrantCatalogueDialog *quadrant_catalogue_dialog_new_for_template (GtkWindow         *parent,
                                                                     QuadrantCatalogue *catalogue);

/* For tests and keyboard users alike: what the widgets do. */
void     quadrant_catalogue_dialog_set_search       (QuadrantCatalogueDialog *self,
                                                     const char              *text);
guint    quadrant_catalogue_dialog_get_n_shown      (QuadrantCatalogueDialog *self);
void     quadrant_catalogue_dialog_set_checked      (QuadrantCatalogueDialog *self,
                                                     const char              *id,
                                                     gboolean                 checked);
void     quadrant_catalogue_dialog_set_organisation (QuadrantCatalogueDialog *self,
                                                     const char              *organisation);
void     quadrant_catalogue_dialog_set_scope        (QuadrantCatalogueDialog *self,
                                                     const char              *scope);
/* The Add / Create button: adds or creates, then closes the dialog. */
void     quadrant_catalogue_dialog_accept           (QuadrantCatalogueDialog *self);

/* win.add-from-catalogue, for gtk_widget_class_install_action () on a
 * QuadrantWindow. */
void     quadrant_catalogue_dialog_add_activated    (GtkWidget  *window,
                                                     const char *action_name,
                                                     GVariant   *parameter);
/* app.new-from-template, for a GActionEntry of the application (user_data:
 * the application): the new register opens in a new window, or in the
 * active one when that is still untouched. */
void     quadrant_catalogue_dialog_template_activated (GSimpleAction *action,
                                                       GVariant      *parameter,
                                                       gpointer       user_data);

G_END_DECLS
