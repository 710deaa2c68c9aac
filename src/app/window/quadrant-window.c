/* quadrant-window.c: one document window: pages, title, undo and the edit actions
 *
 * Opening, saving, closing, the file monitor and drafts are in
 * quadrant-window-files.c.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-catalogue-dialog.h"
#include "quadrant-details-dialog.h"
#include "quadrant-compare-dialog.h"
#include "quadrant-import-dialog.h"
#include "quadrant-report-export.h"
#include "quadrant-findings-view.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-print.h"
#include "quadrant-requirements-view.h"
#include "quadrant-resources.h"
#include "quadrant-window-private.h"

G_DEFINE_FINAL_TYPE (QuadrantWindow, quadrant_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- Helpers ---- */

static char *
display_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;
  const char *home = g_get_home_dir ();

  if (parent == NULL)
    return NULL;
  if (!g_file_is_native (parent))
    return g_file_get_parse_name (parent);

  /* File names need not be UTF-8; labels must be. */
  path = g_filename_display_name (g_file_peek_path (parent));
  if (home != NULL && g_str_has_prefix (path, home)
      && (path[strlen (home)] == '/' || path[strlen (home)] == '\0'))
    return g_strconcat ("~", path + strlen (home), NULL);
  return g_steal_pointer (&path);
}

void
_quadrant_window_update_title (QuadrantWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *subtitle = NULL;
  const char *organisation;
  gboolean unsaved = quadrant_window_has_unsaved_changes (self);

  if (self->file != NULL)
    {
      name = g_file_is_native (self->file)
             ? g_filename_display_basename (g_file_peek_path (self->file))
             : g_file_get_basename (self->file);
      folder = display_folder (self->file);
    }
  else
    name = g_strdup (_("Unsaved register"));

  /* The dot marks unsaved changes in the header; the window list gets the
   * usual asterisk, as dots are easy to miss in a task switcher. */
  title = unsaved ? g_strdup_printf ("• %s", name) : g_strdup (name);
  window_title = unsaved ? g_strdup_printf ("*%s", name) : g_strdup (name);

  organisation = quadrant_register_get_organisation (self->document);
  if (organisation != NULL && *organisation != '\0' && folder != NULL)
    subtitle = g_strdup_printf ("%s — %s", organisation, folder);
  else if (organisation != NULL && *organisation != '\0')
    subtitle = g_strdup (organisation);
  else
    subtitle = g_strdup (folder != NULL ? folder : "");

  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  adw_window_title_set_title (self->document_title, title);
  adw_window_title_set_subtitle (self->document_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_undo (QuadrantWindow *self)
{
  gboolean can_undo = quadrant_register_can_undo (self->document);
  gboolean can_redo = quadrant_register_can_redo (self->document);
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);

  /* Translators: %s is what the undo step did, e.g. "Rename Party" */
  undo_tip = can_undo ? g_strdup_printf (_("Undo %s"), quadrant_register_get_undo_label (self->document))
                      : g_strdup (_("Undo"));
  /* Translators: %s is what the redo step does, e.g. "Rename Party" */
  redo_tip = can_redo ? g_strdup_printf (_("Redo %s"), quadrant_register_get_redo_label (self->document))
                      : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
}

void
_quadrant_window_update_actions (QuadrantWindow *self)
{
  update_undo (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.revert",
                                 self->file != NULL && quadrant_window_has_unsaved_changes (self));
}

void
_quadrant_window_show_error (QuadrantWindow *self,
                             const char     *heading,
                             const char     *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
n_errors_to_attention (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) > 0);
  return TRUE;
}

static void
create_pages (QuadrantWindow *self)
{
  AdwViewStackPage *page;

  self->parties_view = quadrant_parties_view_new ();
  page = adw_view_stack_add_titled (self->stack, self->parties_view, "parties", _("Parties"));
  adw_view_stack_page_set_icon_name (page, "system-users-symbolic");
  adw_view_stack_page_set_use_underline (page, TRUE);

  self->requirements_view = quadrant_requirements_view_new ();
  page = adw_view_stack_add_titled (self->stack, self->requirements_view, "requirements",
                                    _("Requirements"));
  adw_view_stack_page_set_icon_name (page, "view-list-bullet-symbolic");

  self->map_page = quadrant_map_view_new ();
  page = adw_view_stack_add_titled (self->stack, self->map_page, "map", _("Map"));
  adw_view_stack_page_set_icon_name (page, "x-office-drawing-symbolic");

  self->findings_view = quadrant_findings_view_new ();
  self->findings_page = adw_view_stack_add_titled (self->stack, self->findings_view, "findings",
                                                   _("Findings"));
  adw_view_stack_page_set_icon_name (self->findings_page, "dialog-warning-symbolic");
  g_object_bind_property (self->findings_view, "n-errors",
                          self->findings_page, "badge-number",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self->findings_view, "n-errors",
                               self->findings_page, "needs-attention",
                               G_BINDING_SYNC_CREATE,
                               n_errors_to_attention, NULL, NULL, NULL);
}

/* ---- One selected party on the Parties page and on the map ---- */

static QuadrantMapCanvas *
map_canvas (QuadrantWindow *self)
{
  return quadrant_map_view_get_canvas (QUADRANT_MAP_VIEW (self->map_page));
}

/* The map highlights the party selected in the list, so that switching to the
 * Map page shows where it stands. With several selected, or none, the map
 * keeps what it had. */
static void
sync_map_from_parties (QuadrantWindow *self)
{
  QuadrantMapCanvas *canvas = map_canvas (self);
  g_autoptr(GPtrArray) selected = NULL;
  QuadrantParty *party;

  /* No document: the window is being torn down. */
  if (self->syncing_selection || self->document == NULL ||
      quadrant_map_canvas_get_register (canvas) != self->document)
    return;
  selected = quadrant_parties_view_get_selected (QUADRANT_PARTIES_VIEW (self->parties_view));
  if (selected->len != 1)
    return;
  party = g_ptr_array_index (selected, 0);

  self->syncing_selection = TRUE;
  /* A party not on the map has no marker; its row in the tray is selected. */
  quadrant_map_view_select_party (QUADRANT_MAP_VIEW (self->map_page), party);
  self->syncing_selection = FALSE;
}

/* The other way round: a party selected on the map, or in the tray beside it,
 * is selected in the list, unless the list's search or filters hide it; those
 * are the user's, not the map's to clear. Deselecting on the map leaves the
 * list alone. */
static void
sync_parties_from_map (QuadrantWindow *self)
{
  QuadrantPartiesView *view = QUADRANT_PARTIES_VIEW (self->parties_view);
  QuadrantParty *party = quadrant_map_view_get_selected_party (QUADRANT_MAP_VIEW (self->map_page));
  g_autoptr(GPtrArray) selected = NULL;

  if (self->syncing_selection || self->document == NULL || party == NULL ||
      quadrant_parties_view_get_register (view) != self->document)
    return;
  selected = quadrant_parties_view_get_selected (view);
  if (selected->len == 1 && g_ptr_array_index (selected, 0) == party)
    return;
  if (!quadrant_parties_view_shows_party (view, party))
    return;

  self->syncing_selection = TRUE;
  quadrant_parties_view_select_party (view, party);
  self->syncing_selection = FALSE;
}

static void
connect_selection_sync (QuadrantWindow *self)
{
  g_signal_connect_object (self->parties_view, "selection-changed",
                           G_CALLBACK (sync_map_from_parties), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_page, "notify::selected-party",
                           G_CALLBACK (sync_parties_from_map), self, G_CONNECT_SWAPPED);
}

/* ---- Pages and the document ---- */

static guint
page_bit (QuadrantWindow *self,
          GtkWidget      *page)
{
  if (page == self->parties_view)
    return 1 << 0;
  if (page == self->requirements_view)
    return 1 << 1;
  if (page == self->findings_view)
    return 1 << 2;
  if (page == self->map_page)
    return 1 << 3;
  return 0;
}

/* Gives page the window's document, unless it has it already. */
void
_quadrant_window_bind_page (QuadrantWindow *self,
                            GtkWidget      *page)
{
  guint bit = page_bit (self, page);

  if (bit == 0 || (self->bound_pages & bit) != 0 || self->document == NULL)
    return;
  self->bound_pages |= bit;

  if (page == self->parties_view)
    quadrant_parties_view_set_register (QUADRANT_PARTIES_VIEW (page), self->document);
  else if (page == self->requirements_view)
    quadrant_requirements_view_set_register (QUADRANT_REQUIREMENTS_VIEW (page), self->document);
  else if (page == self->findings_view)
    quadrant_findings_view_set_register (QUADRANT_FINDINGS_VIEW (page), self->document);
  else if (page == self->map_page)
    {
      quadrant_map_view_set_register (QUADRANT_MAP_VIEW (page), self->document);
      /* A party selected before the map had the document. */
      sync_map_from_parties (self);
    }
}

void
_quadrant_window_bind_pages (QuadrantWindow *self)
{
  g_clear_handle_id (&self->bind_source, g_source_remove);
  _quadrant_window_bind_page (self, self->parties_view);
  _quadrant_window_bind_page (self, self->requirements_view);
  _quadrant_window_bind_page (self, self->findings_view);
  _quadrant_window_bind_page (self, self->map_page);
}

static gboolean
bind_pages_idle_cb (gpointer user_data)
{
  QuadrantWindow *self = user_data;

  self->bind_source = 0;
  _quadrant_window_bind_pages (self);
  return G_SOURCE_REMOVE;
}

static void
visible_page_cb (QuadrantWindow *self,
                 GParamSpec     *pspec,
                 AdwViewStack   *stack)
{
  _quadrant_window_bind_page (self, adw_view_stack_get_visible_child (stack));
}

/* ---- Callbacks ---- */

static gboolean
update_undo_idle_cb (gpointer user_data)
{
  QuadrantWindow *self = user_data;

  self->undo_source = 0;
  update_undo (self);
  return G_SOURCE_REMOVE;
}

/* Deferred: edits inside an undo group (a deletion of several parties, an
 * import) are undoable only once the group has ended, and the register does
 * not always say so again then; one update also covers a burst of edits. */
static void
document_changed_cb (QuadrantWindow   *self,
                     QuadrantRegister *document)
{
  if (self->undo_source == 0)
    self->undo_source = g_idle_add (update_undo_idle_cb, self);
  _quadrant_window_schedule_draft (self);
}

/* can-undo also changes without "changed": an undo group ends after its edits. */
static void
document_notify_cb (QuadrantWindow   *self,
                    GParamSpec       *pspec,
                    QuadrantRegister *document)
{
  if (g_str_equal (pspec->name, "dirty"))
    {
      _quadrant_window_update_title (self);
      _quadrant_window_update_actions (self);
    }
  else if (g_str_equal (pspec->name, "organisation"))
    _quadrant_window_update_title (self);
  else if (g_str_equal (pspec->name, "can-undo") || g_str_equal (pspec->name, "can-redo"))
    update_undo (self);
}

/* ---- Actions ---- */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  quadrant_register_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  quadrant_register_redo (self->document);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
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
  QuadrantParty *party = quadrant_register_find_party (self->document,
                                                       g_variant_get_string (parameter, NULL));

  if (party == NULL)
    return;
  adw_view_stack_set_visible_child (self->stack, self->parties_view);
  quadrant_parties_view_select_party (QUADRANT_PARTIES_VIEW (self->parties_view), party);
}

static void
show_requirement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);
  QuadrantRequirement *requirement =
    quadrant_register_find_requirement (self->document, g_variant_get_string (parameter, NULL));

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
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  _quadrant_window_bind_page (self, self->map_page);
  quadrant_map_view_export (QUADRANT_MAP_VIEW (self->map_page), GTK_WINDOW (self), self->file);
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QuadrantWindow *self = QUADRANT_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (quadrant_details_dialog_new (GTK_WINDOW (self), self->document)));
}

/* ---- GObject / GtkWidget ---- */

/* Remembered when the window goes, however it is closed (close button,
 * the Save Changes question, quitting). */
static void
save_window_state (QuadrantWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  int width, height;

  if (self->settings == NULL || gtk_window_is_fullscreen (window))
    return;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
quadrant_window_close_request (GtkWindow *window)
{
  QuadrantWindow *self = QUADRANT_WINDOW (window);

  if (_quadrant_window_close_request (self))
    return TRUE;

  return GTK_WINDOW_CLASS (quadrant_window_parent_class)->close_request (window);
}

static void
quadrant_window_dispose (GObject *object)
{
  QuadrantWindow *self = QUADRANT_WINDOW (object);

  save_window_state (self);
  _quadrant_window_files_dispose (self);
  g_clear_handle_id (&self->undo_source, g_source_remove);
  g_clear_handle_id (&self->bind_source, g_source_remove);

  if (self->document != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->document);
      g_clear_signal_handler (&self->notify_handler, self->document);
    }
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_WINDOW);

  G_OBJECT_CLASS (quadrant_window_parent_class)->dispose (object);
}

static void
quadrant_window_class_init (QuadrantWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  /* The resources live in a static library: referring to them keeps them linked. */
  g_resources_register (quadrant_get_resource ());

  object_class->dispose = quadrant_window_dispose;
  window_class->close_request = quadrant_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quadrant/Quadrant/quadrant-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, document_title);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, bars_box);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, disk_bar);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, disk_bar_label);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, recent_menu);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.add-party", NULL, add_party_action);
  gtk_widget_class_install_action (widget_class, "win.delete-party", NULL, delete_party_action);
  gtk_widget_class_install_action (widget_class, "win.show-party", "s", show_party_action);
  gtk_widget_class_install_action (widget_class, "win.show-requirement", "s", show_requirement_action);
  gtk_widget_class_install_action (widget_class, "win.details", NULL, details_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, quadrant_print_activated);
  gtk_widget_class_install_action (widget_class, "win.export-pdf-report", NULL,
                                   quadrant_print_export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, quadrant_import_dialog_activated);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, quadrant_compare_dialog_activated);
  gtk_widget_class_install_action (widget_class, "win.export-html-report", NULL,
                                   quadrant_report_export_activated);
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

  _quadrant_window_files_class_init (widget_class);
}

static void
quadrant_window_init (QuadrantWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(QuadrantRegister) empty = quadrant_register_new ();
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
  create_pages (self);
  connect_selection_sync (self);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (visible_page_cb),
                           self, G_CONNECT_SWAPPED);

  /* Without an installed schema (a test, an uninstalled build) the window just
   * does not remember its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APPLICATION_ID);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  _quadrant_window_files_init (self);
  quadrant_window_set_document (self, empty, NULL, NULL);
}

/* ---- Public API ---- */

QuadrantWindow *
quadrant_window_new (QuadrantApplication *application)
{
  return g_object_new (QUADRANT_TYPE_WINDOW, "application", application, NULL);
}

void
quadrant_window_set_document (QuadrantWindow   *self,
                              QuadrantRegister *document,
                              GFile            *file,
                              const char       *etag)
{
  g_autoptr(QuadrantRegister) old_document = NULL;

  g_return_if_fail (QUADRANT_IS_WINDOW (self));
  g_return_if_fail (QUADRANT_IS_REGISTER (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->document != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->document);
      g_clear_signal_handler (&self->notify_handler, self->document);
    }

  old_document = g_steal_pointer (&self->document);
  self->document = g_object_ref (document);
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  self->recovered = FALSE;

  self->changed_handler =
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb),
                             self, G_CONNECT_SWAPPED);
  self->notify_handler =
    g_signal_connect_object (document, "notify", G_CALLBACK (document_notify_cb),
                             self, G_CONNECT_SWAPPED);

  /* The visible page shows the document at once; the others get it once
   * the first frame is out (a large register takes a while in each). */
  self->bound_pages = 0;
  _quadrant_window_bind_page (self, adw_view_stack_get_visible_child (self->stack));
  g_clear_handle_id (&self->bind_source, g_source_remove);
  self->bind_source = g_idle_add_full (G_PRIORITY_LOW, bind_pages_idle_cb, self, NULL);

  _quadrant_window_disk_document_changed (self, old_document);
  _quadrant_window_update_title (self);
  _quadrant_window_update_actions (self);
}

void
quadrant_window_set_recovered_document (QuadrantWindow      *self,
                                        QuadrantRegister    *document,
                                        const QuadrantDraft *draft)
{
  g_return_if_fail (QUADRANT_IS_WINDOW (self));
  g_return_if_fail (draft != NULL);

  quadrant_window_set_document (self, document, draft->original, draft->etag);
  /* Keep writing to the same draft, so that exactly one copy survives. */
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft->id);
  self->recovered = TRUE;
  _quadrant_window_update_title (self);
  _quadrant_window_update_actions (self);
}

QuadrantRegister *
quadrant_window_get_register (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return self->document;
}

GFile *
quadrant_window_get_file (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return self->file;
}

const char *
quadrant_window_get_draft_id (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return self->draft_id;
}

gboolean
quadrant_window_is_untouched (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), FALSE);

  return self->file == NULL
         && !self->recovered
         && !quadrant_register_is_dirty (self->document)
         && !quadrant_register_can_undo (self->document)
         && !quadrant_register_can_redo (self->document);
}

gboolean
quadrant_window_has_unsaved_changes (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), FALSE);

  return self->recovered || quadrant_register_is_dirty (self->document);
}

void
quadrant_window_add_toast (QuadrantWindow *self,
                           AdwToast       *toast)
{
  g_return_if_fail (QUADRANT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
quadrant_window_add_bar (QuadrantWindow *self,
                         GtkWidget      *bar)
{
  g_return_if_fail (QUADRANT_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (bar));

  gtk_box_insert_child_after (self->bars_box, bar, GTK_WIDGET (self->disk_bar));
}
