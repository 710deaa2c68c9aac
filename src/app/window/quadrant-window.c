/* quadrant-window.c: one document window: pages, title, undo and the edit actions
 *
 * The document (QuadrantDocument) owns the register, its file, drafts and the
 * file monitor; the questions around opening, saving and closing are in
 * quadrant-window-files.c, the changed-on-disk bar in quadrant-window-disk.c.
 */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-findings-view.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view.h"
#include "quadrant-requirements-view.h"
#include "quadrant-resources.h"
#include "quadrant-settings.h"
#include "quadrant-welcome-page.h"
#include "quadrant-window-private.h"

G_DEFINE_FINAL_TYPE (QuadrantWindow, quadrant_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void document_register_cb (QuadrantWindow *self);
static void disconnect_document  (QuadrantWindow *self);

/* ---- Helpers ---- */

static gboolean
welcome_shown (QuadrantWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "welcome") == 0;
}

/* The welcome page stays only while the document is a new, empty register:
 * a file, a party or any edit means there is a register to show. */
static void
update_welcome (QuadrantWindow *self)
{
  if (welcome_shown (self) &&
      (quadrant_document_get_file (self->document) != NULL ||
       quadrant_register_get_n_parties (self->reg) > 0 ||
       quadrant_document_get_unsaved (self->document)))
    _quadrant_window_hide_welcome (self);
}

/* The document's name beside a wide view switcher; a narrow window shows it
 * in the switcher title instead. Changed after the frame: the switcher
 * title changes its mind while the header bar is being laid out. */
static void
sync_document_title (gpointer data)
{
  QuadrantWindow *self = data;

  gtk_widget_set_visible (GTK_WIDGET (self->document_title),
                          !adw_view_switcher_title_get_title_visible (self->switcher_title));
  g_object_unref (self);
}

static void
title_visible_cb (QuadrantWindow *self)
{
  g_idle_add_once (sync_document_title, g_object_ref (self));
}

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
  GFile *file = quadrant_document_get_file (self->document);

  if (welcome_shown (self))
    {
      adw_window_title_set_title (self->document_title, "");
      adw_window_title_set_subtitle (self->document_title, "");
      gtk_window_set_title (GTK_WINDOW (self), _("Quadrant"));
      return;
    }

  if (file != NULL)
    {
      name = g_file_is_native (file)
             ? g_filename_display_basename (g_file_peek_path (file))
             : g_file_get_basename (file);
      folder = display_folder (file);
    }
  else
    name = g_strdup (_("Unsaved register"));

  /* The dot marks unsaved changes in the header; the window list gets the
   * usual asterisk, as dots are easy to miss in a task switcher. */
  title = unsaved ? g_strdup_printf ("• %s", name) : g_strdup (name);
  window_title = unsaved ? g_strdup_printf ("*%s", name) : g_strdup (name);

  organisation = quadrant_register_get_organisation (self->reg);
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
  gboolean can_undo = _quadrant_window_can_edit (self) && quadrant_register_can_undo (self->reg);
  gboolean can_redo = _quadrant_window_can_edit (self) && quadrant_register_can_redo (self->reg);
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);

  /* Translators: %s is what the undo step did, e.g. "Rename Party" */
  undo_tip = can_undo ? g_strdup_printf (_("Undo %s"), quadrant_register_get_undo_label (self->reg))
                      : g_strdup (_("Undo"));
  /* Translators: %s is what the redo step does, e.g. "Rename Party" */
  redo_tip = can_redo ? g_strdup_printf (_("Redo %s"), quadrant_register_get_redo_label (self->reg))
                      : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
}

void
_quadrant_window_update_actions (QuadrantWindow *self)
{
  update_undo (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.revert",
                                 quadrant_document_get_file (self->document) != NULL
                                 && quadrant_window_has_unsaved_changes (self));
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

/* ---- One selected party, the document's ---- */

/* A list with several parties selected, or none, says nothing about the one
 * selected party: the map keeps what it has. */
static gboolean
list_selection_to_document (GBinding     *binding,
                            const GValue *from,
                            GValue       *to,
                            gpointer      user_data)
{
  if (g_value_get_object (from) == NULL)
    return FALSE;
  g_value_set_object (to, g_value_get_object (from));
  return TRUE;
}

/* The pages follow the document's selection and set it; the document is the
 * only owner, so a change goes round once and stops where nothing changes. */
static void
bind_selection (QuadrantWindow *self)
{
  self->list_selection =
    g_object_bind_property_full (self->document, "selected-party",
                                 self->parties_view, "selected-party",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 NULL, list_selection_to_document, NULL, NULL);
  self->map_selection =
    g_object_bind_property (self->document, "selected-party", self->map_page, "selected-party",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
unbind_selection (QuadrantWindow *self)
{
  if (self->list_selection != NULL)
    g_binding_unbind (g_steal_pointer (&self->list_selection));
  if (self->map_selection != NULL)
    g_binding_unbind (g_steal_pointer (&self->map_selection));
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

  if (bit == 0 || (self->bound_pages & bit) != 0 || self->reg == NULL)
    return;
  self->bound_pages |= bit;

  if (page == self->parties_view)
    quadrant_parties_view_set_register (QUADRANT_PARTIES_VIEW (page), self->reg);
  else if (page == self->requirements_view)
    quadrant_requirements_view_set_register (QUADRANT_REQUIREMENTS_VIEW (page), self->reg);
  else if (page == self->findings_view)
    quadrant_findings_view_set_register (QUADRANT_FINDINGS_VIEW (page), self->reg);
  else if (page == self->map_page)
    quadrant_map_view_set_register (QUADRANT_MAP_VIEW (page), self->reg);

  /* A party selected before the page had the register (only the Parties
   * and Map pages have a selection). */
  if ((page == self->parties_view || page == self->map_page) &&
      quadrant_document_get_selected_party (self->document) != NULL)
    g_object_set (page, "selected-party", quadrant_document_get_selected_party (self->document), NULL);
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
  update_welcome (self);
}

/* can-undo also changes without "changed": an undo group ends after its edits. */
static void
document_notify_cb (QuadrantWindow   *self,
                    GParamSpec       *pspec,
                    QuadrantRegister *document)
{
  if (g_str_equal (pspec->name, "organisation"))
    _quadrant_window_update_title (self);
  else if (g_str_equal (pspec->name, "can-undo") || g_str_equal (pspec->name, "can-redo"))
    update_undo (self);
}

/* The document's register was replaced (a load): the pages show the new one. */
static void
document_register_cb (QuadrantWindow *self)
{
  QuadrantRegister *reg = quadrant_document_get_register (self->document);

  if (self->reg != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->reg);
      g_clear_signal_handler (&self->notify_handler, self->reg);
    }
  g_set_object (&self->reg, reg);
  self->changed_handler =
    g_signal_connect_object (reg, "changed", G_CALLBACK (document_changed_cb),
                             self, G_CONNECT_SWAPPED);
  self->notify_handler =
    g_signal_connect_object (reg, "notify", G_CALLBACK (document_notify_cb),
                             self, G_CONNECT_SWAPPED);

  /* The visible page shows the document at once; the others get it once
   * the first frame is out (a large register takes a while in each). */
  self->bound_pages = 0;
  _quadrant_window_bind_page (self, adw_view_stack_get_visible_child (self->stack));
  g_clear_handle_id (&self->bind_source, g_source_remove);
  self->bind_source = g_idle_add_full (G_PRIORITY_LOW, bind_pages_idle_cb, self, NULL);

  _quadrant_window_update_disk_bar (self);
  _quadrant_window_update_read_only (self);
  update_welcome (self);
  _quadrant_window_update_title (self);
  _quadrant_window_update_actions (self);
}

static void
document_state_cb (QuadrantWindow *self)
{
  update_welcome (self);
  _quadrant_window_update_title (self);
  _quadrant_window_update_actions (self);
}

static void
disconnect_document (QuadrantWindow *self)
{
  if (self->reg != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->reg);
      g_clear_signal_handler (&self->notify_handler, self->reg);
    }
  g_clear_object (&self->reg);
  unbind_selection (self);
  if (self->document != NULL)
    {
      g_settings_unbind (self->document, "draft-interval");
      g_signal_handlers_disconnect_by_data (self->document, self);
    }
  g_clear_object (&self->document);
}

/* ---- GObject / GtkWidget ---- */

/* Remembered when the window goes, however it is closed (close button,
 * the Save Changes question, quitting). */
static void
save_window_state (QuadrantWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  int width, height;

  if (gtk_window_is_fullscreen (window))
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
    quadrant_document_close (self->document);
  disconnect_document (self);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_WINDOW);

  G_OBJECT_CLASS (quadrant_window_parent_class)->dispose (object);
}

static void
quadrant_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  QuadrantWindow *self = QUADRANT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  QuadrantWindow *self = QUADRANT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      if (g_value_get_object (value) != NULL)
        quadrant_window_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_window_class_init (QuadrantWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  /* The resources live in a static library: referring to them keeps them linked. */
  g_resources_register (quadrant_get_resource ());
  g_type_ensure (QUADRANT_TYPE_WELCOME_PAGE);

  object_class->dispose = quadrant_window_dispose;
  object_class->get_property = quadrant_window_get_property;
  object_class->set_property = quadrant_window_set_property;
  window_class->close_request = quadrant_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quadrant/Quadrant/quadrant-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, document_title);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, bars_box);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, disk_bar);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, disk_bar_label);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, recent_menu);

  _quadrant_window_actions_class_init (widget_class);
  _quadrant_window_files_class_init (widget_class);

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, QUADRANT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The main menu's submenus (Export, Open Recent) open as popovers of their
 * own. In GTK 4.8 on X11, leaving a sliding submenu by keyboard left the
 * closed menu holding the keyboard: the window took no more keys
 * (e2e-journeys, the HTML report journey). */
static void
use_nested_main_menu (QuadrantWindow *self)
{
  GMenuModel *model = gtk_menu_button_get_menu_model (self->menu_button);

  gtk_menu_button_set_popover (self->menu_button,
                               gtk_popover_menu_new_from_model_full (model, GTK_POPOVER_MENU_NESTED));
}

static void
quadrant_window_init (QuadrantWindow *self)
{
  g_autoptr(QuadrantDocument) empty = quadrant_document_new (NULL, NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  use_nested_main_menu (self);
  create_pages (self);
  g_signal_connect_object (self->switcher_title, "notify::title-visible", G_CALLBACK (title_visible_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (visible_page_cb),
                           self, G_CONNECT_SWAPPED);

  self->settings = quadrant_settings_new ();
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  _quadrant_window_files_init (self);
  quadrant_window_set_document (self, empty);
}

/* ---- Public API ---- */

QuadrantWindow *
quadrant_window_new (QuadrantApplication *application)
{
  return g_object_new (QUADRANT_TYPE_WINDOW, "application", application, NULL);
}

void
quadrant_window_set_document (QuadrantWindow   *self,
                              QuadrantDocument *document)
{
  g_autoptr(QuadrantDocument) old_document = NULL;

  g_return_if_fail (QUADRANT_IS_WINDOW (self));
  g_return_if_fail (QUADRANT_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  old_document = self->document != NULL ? g_object_ref (self->document) : NULL;
  disconnect_document (self);
  self->document = g_object_ref (document);

  if (self->settings != NULL)
    g_settings_bind (self->settings, "draft-interval", document, "draft-interval",
                     G_SETTINGS_BIND_GET);
  g_signal_connect_object (document, "notify::register", G_CALLBACK (document_register_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (document_state_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::unsaved", G_CALLBACK (document_state_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::changed-on-disk",
                           G_CALLBACK (_quadrant_window_update_disk_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::deleted-on-disk",
                           G_CALLBACK (_quadrant_window_update_disk_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::locked-elsewhere",
                           G_CALLBACK (_quadrant_window_update_lock_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::read-only",
                           G_CALLBACK (_quadrant_window_update_read_only), self, G_CONNECT_SWAPPED);

  /* The old document is gone for good (it was untouched, or the session
   * replaced it): its draft must not come back at the next start. */
  if (old_document != NULL)
    {
      quadrant_document_discard_draft (old_document);
      quadrant_document_close (old_document);
    }

  document_register_cb (self);
  bind_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

QuadrantDocument *
quadrant_window_get_document (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return self->document;
}

QuadrantRegister *
quadrant_window_get_register (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return quadrant_document_get_register (self->document);
}

GFile *
quadrant_window_get_file (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return quadrant_document_get_file (self->document);
}

const char *
quadrant_window_get_draft_id (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return quadrant_document_get_draft_id (self->document);
}

void
quadrant_window_show_welcome (QuadrantWindow *self)
{
  g_return_if_fail (QUADRANT_IS_WINDOW (self));

  if (!quadrant_window_is_untouched (self) || quadrant_document_get_file (self->document) != NULL)
    return;
  gtk_stack_set_visible_child_name (self->content_stack, "welcome");
  /* Nothing to switch between yet: the header shows the application's name. */
  gtk_stack_set_visible_child_name (self->title_stack, "welcome");
  _quadrant_window_update_title (self);
  _quadrant_window_update_actions (self);
}

gboolean
quadrant_window_get_welcome_shown (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), FALSE);
  return welcome_shown (self);
}

void
_quadrant_window_hide_welcome (QuadrantWindow *self)
{
  if (!welcome_shown (self))
    return;
  gtk_stack_set_visible_child_name (self->content_stack, "register");
  gtk_stack_set_visible_child_name (self->title_stack, "pages");
  _quadrant_window_update_title (self);
  _quadrant_window_update_actions (self);
}

gboolean
quadrant_window_is_untouched (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), FALSE);
  return quadrant_document_is_untouched (self->document);
}

gboolean
quadrant_window_has_unsaved_changes (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), FALSE);
  return quadrant_document_get_unsaved (self->document);
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
