/* quadrant-window-actions.c: the window's edit, page and document actions
 *
 * Open, save, close and recent files are in quadrant-window-files.c.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-details-dialog.h"
#include "quadrant-catalogue-dialog.h"
#include "quadrant-compare-dialog.h"
#include "quadrant-import-dialog.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-print.h"
#include "quadrant-read-only.h"
#include "quadrant-refine-window.h"
#include "quadrant-report-export.h"
#include "quadrant-spreadsheet-export.h"
#include "quadrant-requirements-view.h"
#include "quadrant-window-private.h"

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  quadrant_register_undo (self->reg);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  quadrant_register_redo (self->reg);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    {
      _quadrant_window_hide_welcome (self);
      adw_view_stack_set_visible_child_name (self->stack, name);
    }
}

/* The welcome page's Empty Register: the pages, with the focus in the list. */
static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  _quadrant_window_hide_welcome (self);
  adw_view_stack_set_visible_child (self->stack, self->parties_view);
  gtk_widget_grab_focus (self->parties_view);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  if (adw_view_stack_get_visible_child (self->stack) == self->requirements_view)
    {
      quadrant_requirements_view_focus_search (QUADRANT_REQUIREMENTS_VIEW (self->requirements_view));
      return;
    }

  /* Pages without a search of their own search the parties. */
  adw_view_stack_set_visible_child (self->stack, self->parties_view);
  quadrant_parties_view_focus_search (QUADRANT_PARTIES_VIEW (self->parties_view));
}

static void
add_party_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  adw_view_stack_set_visible_child (self->stack, self->parties_view);
  quadrant_parties_view_add_party (QUADRANT_PARTIES_VIEW (self->parties_view));
}

static void
delete_party_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  QuadrantPartiesView *view = QUADRANT_PARTIES_VIEW (self->parties_view);
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n;

  _quadrant_window_bind_page (self, self->parties_view);
  selected = quadrant_parties_view_get_selected (view);
  if (selected != NULL && selected->len == 1)
    name = g_strdup (quadrant_party_get_name (g_ptr_array_index (selected, 0)));

  n = quadrant_parties_view_delete_selected (view);
  if (n == 0)
    return;

  if (n == 1 && name != NULL && *name != '\0')
    title = g_strdup_printf (_("Deleted “%s”"), name);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u party", "Deleted %u parties", n), n);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_party_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  QuadrantParty *party = quadrant_register_find_party (self->reg,
                                                       g_variant_get_string (parameter, NULL));

  if (party == NULL)
    return;
  _quadrant_window_hide_welcome (self);
  adw_view_stack_set_visible_child (self->stack, self->parties_view);
  quadrant_document_set_selected_party (self->document, party);
  /* Shown on request even when the list's filters hid it. */
  quadrant_parties_view_select_party (QUADRANT_PARTIES_VIEW (self->parties_view), party);
}

/* The party, at its Add Requirement: what a party without requirements needs. */
static void
show_party_requirements_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  show_party_action (widget, action_name, parameter);
  if (quadrant_register_find_party (self->reg, g_variant_get_string (parameter, NULL)) != NULL)
    quadrant_parties_view_focus_add_requirement (QUADRANT_PARTIES_VIEW (self->parties_view));
}

static void
show_requirement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  QuadrantRequirement *requirement =
    quadrant_register_find_requirement (self->reg, g_variant_get_string (parameter, NULL));

  if (requirement == NULL)
    return;
  adw_view_stack_set_visible_child (self->stack, self->requirements_view);
  quadrant_requirements_view_select_requirement (QUADRANT_REQUIREMENTS_VIEW (self->requirements_view),
                                                 requirement);
}

/* F5: the map full screen for a room; F5 again ends it. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  _quadrant_window_bind_page (self, self->map_page);
  quadrant_map_view_toggle_presentation (QUADRANT_MAP_VIEW (self->map_page));
}

static void
refine_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  QuadrantRefineWindow *refine;

  refine = quadrant_refine_window_new (GTK_WINDOW (self), quadrant_document_get_register (self->document));
  gtk_window_present (GTK_WINDOW (refine));
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  _quadrant_window_bind_page (self, self->map_page);
  quadrant_map_view_export (QUADRANT_MAP_VIEW (self->map_page), GTK_WINDOW (self),
                            quadrant_document_get_file (self->document));
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  GtkWidget *dialog = GTK_WIDGET (quadrant_details_dialog_new (GTK_WINDOW (self), self->reg));

  /* Read-only: the details are there to read. */
  quadrant_read_only_set_groups (dialog, !_quadrant_window_can_edit (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Set-up ---- */

void
_quadrant_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, start_empty_action);
  gtk_widget_class_install_action (widget_class, "win.add-party", NULL, add_party_action);
  gtk_widget_class_install_action (widget_class, "win.delete-party", NULL, delete_party_action);
  gtk_widget_class_install_action (widget_class, "win.show-party", "s", show_party_action);
  gtk_widget_class_install_action (widget_class, "win.show-party-requirements", "s",
                                   show_party_requirements_action);
  gtk_widget_class_install_action (widget_class, "win.show-requirement", "s", show_requirement_action);
  gtk_widget_class_install_action (widget_class, "win.details", NULL, details_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, quadrant_print_activated);
  gtk_widget_class_install_action (widget_class, "win.export-pdf-report", NULL,
                                   quadrant_print_export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.refine", NULL, refine_action);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, quadrant_import_dialog_activated);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, quadrant_compare_dialog_activated);
  gtk_widget_class_install_action (widget_class, "win.export-html-report", NULL,
                                   quadrant_report_export_activated);
  gtk_widget_class_install_action (widget_class, "win.export-xlsx", NULL,
                                   quadrant_spreadsheet_export_xlsx_activated);
  gtk_widget_class_install_action (widget_class, "win.export-csv", "s",
                                   quadrant_spreadsheet_export_csv_activated);
  gtk_widget_class_install_action (widget_class, "win.add-from-catalogue", NULL,
                                   quadrant_catalogue_dialog_add_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-party", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-party", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK, "win.details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "parties");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "requirements");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "map");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "findings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.refine", NULL);

}
