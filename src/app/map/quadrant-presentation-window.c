/* quadrant-presentation-window.c: the map full screen on a projector
 *
 * The editing window stays usable on the laptop: this window shares its
 * QuadrantRegister (bound to the editing map view's "register"), so edits in
 * either window are seen in both through the model.
 */
#define G_LOG_DOMAIN "quadrant-presentation"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-presentation-window.h"
#include "quadrant-refine-window.h"
#include "quadrant-settings.h"

struct _QuadrantPresentationWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkWidget       *bar;
  GtkLabel        *title_label;
  GtkEntry        *quick_add_entry;
  GtkMenuButton   *monitor_button;
  GtkToggleButton *movement_toggle;
  GtkToggleButton *legend_toggle;
  GtkToggleButton *tray_toggle;
  GtkLabel        *text_size_label;
  QuadrantMapView *map_view;

  GtkDropDown     *highlight_dropdown;   /* made here: which parties are not dimmed */
  GtkToggleButton *goal_toggle;          /* made here: support goals shown */
  GtkWidget       *key_page_button;      /* made here: shown while the key has pages */

  /* Owned references */
  QuadrantRegister *reg;
  GSettings        *settings;
  GtkCssProvider   *scale_css;
  GMenu            *monitor_menu;

  /* Not owned */
  GtkWindow        *editing_window;

  /* State */
  gulong            organisation_handler;
  guint             read_only : 1;
};

G_DEFINE_FINAL_TYPE (QuadrantPresentationWindow, quadrant_presentation_window, ADW_TYPE_WINDOW)

/* High contrast for a projector, whatever the desktop's style. */
static const char presentation_css[] =
  ".quadrant-presentation { background-color: #ffffff; color: #000000; }\n"
  ".quadrant-presentation-bar { padding: 12px; border-bottom: 2px solid #000000; }\n"
  ".quadrant-presentation-title { font-weight: bold; font-size: 150%; }\n"
  ".quadrant-presentation entry { background-color: #ffffff; color: #000000;"
  "  border: 2px solid #000000; min-height: 40px; font-size: 130%; }\n"
  ".quadrant-presentation quadrant-map-tray { background-color: #ffffff; color: #000000; }\n"
  ".quadrant-presentation quadrant-map-tray .dim-label { opacity: 1; }\n"
  ".quadrant-presentation quadrant-map-tray .heading,"
  " .quadrant-presentation quadrant-map-tray .caption { font-size: inherit; }\n";

/* ---- Helpers ---- */

static void
update_title (QuadrantPresentationWindow *self)
{
  const char *organisation = self->reg != NULL ? quadrant_register_get_organisation (self->reg) : NULL;
  g_autofree char *title = NULL;

  if (organisation != NULL && *organisation != '\0')
    /* Translators: the presentation window's title; %s is the organisation */
    title = g_strdup_printf (_("%s — Stakeholder Map"), organisation);
  else
    title = g_strdup (_("Stakeholder Map"));
  gtk_label_set_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_scale_css (QuadrantPresentationWindow *self)
{
  double scale = g_settings_get_double (self->settings, "presentation-scale");
  g_autofree char *css = g_strdup_printf (".quadrant-presentation quadrant-map-tray { font-size: %d%%; }",
                                          (int) (scale * 100));
  /* Translators: the presentation's text size, as a percentage of the default */
  g_autofree char *size = g_strdup_printf (_("Text %d %%"), (int) lround (quadrant_settings_get_presentation_size (self->settings) * 100));

  gtk_css_provider_load_from_data (self->scale_css, css, -1);
  gtk_label_set_text (self->text_size_label, size);
}

/* The presentation's text size: live, and remembered for the next one. */
static void
change_text_size (QuadrantPresentationWindow *self,
                  int                         direction)
{
  double scale;

  if (direction == 0)
    {
      g_settings_reset (self->settings, "presentation-scale");
      return;
    }
  scale = g_settings_get_double (self->settings, "presentation-scale") + 0.15 * direction;
  g_settings_set_double (self->settings, "presentation-scale",
                         CLAMP (scale, QUADRANT_PRESENTATION_SCALE_MIN, QUADRANT_PRESENTATION_SCALE_MAX));
}

static GdkMonitor *
editing_monitor (QuadrantPresentationWindow *self)
{
  GdkSurface *surface;

  if (self->editing_window == NULL)
    return NULL;
  surface = gtk_native_get_surface (GTK_NATIVE (self->editing_window));
  if (surface == NULL)
    return NULL;
  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface);
}

static GdkMonitor *
best_monitor (QuadrantPresentationWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  GdkMonitor *editing = editing_monitor (self);
  guint n = g_list_model_get_n_items (monitors);

  for (guint i = 0; i < n && n >= 2; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != editing)
        return monitor;
    }
  return NULL;
}

static void
rebuild_monitor_menu (QuadrantPresentationWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  guint n = g_list_model_get_n_items (monitors);

  g_menu_remove_all (self->monitor_menu);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      const char *model = gdk_monitor_get_model (monitor);
      GdkRectangle geometry;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      gdk_monitor_get_geometry (monitor, &geometry);
      if (model != NULL && *model != '\0')
        /* Translators: a monitor in the "Show on" menu: number, model, size */
        label = g_strdup_printf (_("Screen %u: %s (%d × %d)"), i + 1, model, geometry.width, geometry.height);
      else
        label = g_strdup_printf (_("Screen %u (%d × %d)"), i + 1, geometry.width, geometry.height);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "presentation.monitor", g_variant_new_uint32 (i));
      g_menu_append_item (self->monitor_menu, item);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->monitor_button), n > 1);
}

/* ---- Callbacks ---- */

static void
map_register_changed_cb (QuadrantPresentationWindow *self)
{
  QuadrantRegister *reg = quadrant_map_view_get_register (self->map_view);

  if (self->reg != NULL)
    g_clear_signal_handler (&self->organisation_handler, self->reg);
  g_set_object (&self->reg, reg);
  if (reg != NULL)
    self->organisation_handler =
      g_signal_connect_object (reg, "notify::organisation", G_CALLBACK (update_title),
                               self, G_CONNECT_SWAPPED);
  update_title (self);
}

static void
quick_add_activate_cb (QuadrantPresentationWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->quick_add_entry));

  if (quadrant_presentation_window_quick_add (self, text) == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self->quick_add_entry));
      return;
    }
  /* Ready for the next name, without touching the mouse. */
  gtk_editable_set_text (GTK_EDITABLE (self->quick_add_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->quick_add_entry));
}

/* The highlight menu: everyone, a category, or a kind. */
static void
highlight_selected_cb (QuadrantPresentationWindow *self)
{
  QuadrantMapCanvas *canvas = quadrant_map_view_get_canvas (self->map_view);
  guint selected = gtk_drop_down_get_selected (self->highlight_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    quadrant_map_canvas_set_highlight (canvas, QUADRANT_FIELD_PARTY_CATEGORY, -1);
  else if (selected <= QUADRANT_CATEGORY_EXTERNAL + 1)
    quadrant_map_canvas_set_highlight (canvas, QUADRANT_FIELD_PARTY_CATEGORY, selected - 1);
  else
    quadrant_map_canvas_set_highlight (canvas, QUADRANT_FIELD_PARTY_KIND,
                                       selected - (QUADRANT_CATEGORY_EXTERNAL + 2));
}

/* The room sees the key's page that names the selected party. */
static void
selected_party_cb (QuadrantPresentationWindow *self)
{
  quadrant_map_canvas_show_key_page_of (quadrant_map_view_get_canvas (self->map_view),
                                        quadrant_map_view_get_selected_party (self->map_view));
}

static void
goal_toggled_cb (QuadrantPresentationWindow *self)
{
  quadrant_map_canvas_set_show_support_goal (quadrant_map_view_get_canvas (self->map_view),
                                             gtk_toggle_button_get_active (self->goal_toggle));
}

static GtkDropDown *
highlight_dropdown_new (void)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  GtkDropDown *dropdown;

  gtk_string_list_append (items, _("Everyone"));
  gtk_string_list_append (items, _("Internal parties only"));
  gtk_string_list_append (items, _("External parties only"));
  for (int kind = QUADRANT_KIND_STAFF; kind <= QUADRANT_KIND_OTHER; kind++)
    {
      /* Translators: an entry of the presentation's highlight menu; %s is a
       * kind of party, e.g. "Suppliers" */
      g_autofree char *item = g_strdup_printf (_("%s only"),
                                               quadrant_enum_to_label (QUADRANT_TYPE_KIND, kind));

      gtk_string_list_append (items, item);
    }
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&items)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), _("Dim every party but these"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show in full"), -1);
  return dropdown;
}

/* ---- Actions ---- */

/* The facilitator sorts the selected party from the keyboard while the room
 * watches: Alt+I internal, Alt+E external, Alt+K and Alt+Shift+K the next
 * and previous kind. */
static void
set_category_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (widget);
  QuadrantParty *party = quadrant_map_view_get_selected_party (self->map_view);

  if (self->reg == NULL || party == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  quadrant_register_set_choice (self->reg, party, QUADRANT_FIELD_PARTY_CATEGORY,
                                g_variant_get_int32 (parameter));
}

static void
step_kind_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (widget);
  QuadrantParty *party = quadrant_map_view_get_selected_party (self->map_view);
  int n_kinds = QUADRANT_KIND_OTHER + 1;

  if (self->reg == NULL || party == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  quadrant_register_set_choice (self->reg, party, QUADRANT_FIELD_PARTY_KIND,
                                ((int) quadrant_party_get_kind (party) + g_variant_get_int32 (parameter) +
                                 n_kinds) % n_kinds);
}

/* Refine mode over the presentation, for the room to decide the candidates. */
static void
refine_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (widget);
  QuadrantRefineWindow *refine;

  if (self->reg == NULL)
    return;
  refine = quadrant_refine_window_new (GTK_WINDOW (self), self->reg);
  gtk_window_fullscreen (GTK_WINDOW (refine));
  gtk_window_present (GTK_WINDOW (refine));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* The room changes its mind: undo and redo work here too (the quick-add
 * entry keeps Ctrl+Z for its own text while it has the focus). */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (widget);

  if (self->reg != NULL)
    quadrant_register_undo (self->reg);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (widget);

  if (self->reg != NULL)
    quadrant_register_redo (self->reg);
}

/* Nothing to turn while the key fits on one page. */
static void
key_pages_changed_cb (QuadrantPresentationWindow *self)
{
  QuadrantMapCanvas *canvas = quadrant_map_view_get_canvas (self->map_view);

  gtk_widget_set_visible (self->key_page_button, quadrant_map_canvas_get_n_key_pages (canvas) > 1);
}

/* A key too long for the room's type is split into pages. */
static void
key_page_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (widget);

  quadrant_map_canvas_turn_key_page (quadrant_map_view_get_canvas (self->map_view),
                                     g_variant_get_int32 (parameter));
}

static void
text_size_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  change_text_size (QUADRANT_PRESENTATION_WINDOW (widget), g_variant_get_int32 (parameter));
}

static void
monitor_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (widget);
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, g_variant_get_uint32 (parameter));

  if (monitor != NULL)
    quadrant_presentation_window_show_on (self, monitor);
}

/* ---- GObject ---- */

static void
quadrant_presentation_window_dispose (GObject *object)
{
  QuadrantPresentationWindow *self = QUADRANT_PRESENTATION_WINDOW (object);

  if (self->reg != NULL)
    g_clear_signal_handler (&self->organisation_handler, self->reg);
  g_clear_object (&self->reg);
  if (self->scale_css != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->scale_css));
  g_clear_object (&self->scale_css);
  g_clear_object (&self->settings);
  g_clear_object (&self->monitor_menu);
  g_clear_weak_pointer (&self->editing_window);

  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_PRESENTATION_WINDOW);

  G_OBJECT_CLASS (quadrant_presentation_window_parent_class)->dispose (object);
}

static void
quadrant_presentation_window_class_init (QuadrantPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_presentation_window_dispose;

  g_type_ensure (QUADRANT_TYPE_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-presentation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, bar);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, quick_add_entry);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, monitor_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, movement_toggle);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, legend_toggle);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, tray_toggle);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPresentationWindow, text_size_label);

  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "presentation.refine", NULL, refine_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "presentation.refine", NULL);
  gtk_widget_class_install_action (widget_class, "presentation.monitor", "u", monitor_action);
  gtk_widget_class_install_action (widget_class, "presentation.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "presentation.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "presentation.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "presentation.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "presentation.redo", NULL);
  gtk_widget_class_install_action (widget_class, "presentation.set-category", "i", set_category_action);
  gtk_widget_class_install_action (widget_class, "presentation.step-kind", "i", step_kind_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_ALT_MASK, "presentation.set-category",
                                       "i", QUADRANT_CATEGORY_INTERNAL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_ALT_MASK, "presentation.set-category",
                                       "i", QUADRANT_CATEGORY_EXTERNAL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_ALT_MASK, "presentation.step-kind", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_K, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "presentation.step-kind", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "presentation.step-kind", "i", -1);
  gtk_widget_class_install_action (widget_class, "presentation.key-page", "i", key_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "presentation.key-page", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "presentation.key-page", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "presentation.key-page", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "presentation.key-page", "i", -1);
  gtk_widget_class_install_action (widget_class, "presentation.text-size", "i", text_size_action);
  {
    static const struct { guint key; int direction; } keys[] = {
      { GDK_KEY_plus, 1 }, { GDK_KEY_equal, 1 }, { GDK_KEY_KP_Add, 1 },
      { GDK_KEY_minus, -1 }, { GDK_KEY_KP_Subtract, -1 },
      { GDK_KEY_0, 0 }, { GDK_KEY_KP_0, 0 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      gtk_widget_class_add_binding_action (widget_class, keys[i].key, GDK_CONTROL_MASK,
                                           "presentation.text-size", "i", keys[i].direction);
    /* Ctrl+plus is Ctrl+Shift+= on many keyboards. */
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                         "presentation.text-size", "i", 1);
  }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "presentation.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "presentation.leave", NULL);
}

static void
quadrant_presentation_window_init (QuadrantPresentationWindow *self)
{
  static GtkCssProvider *provider = NULL;
  GdkDisplay *display;

  gtk_widget_init_template (GTK_WIDGET (self));
  display = gtk_widget_get_display (GTK_WIDGET (self));

  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_data (provider, presentation_css, -1);
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  self->scale_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->scale_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);

  self->settings = quadrant_settings_new ();
  g_signal_connect_object (self->settings, "changed::presentation-scale",
                           G_CALLBACK (update_scale_css), self, G_CONNECT_SWAPPED);
  update_scale_css (self);

  /* Wide enough for its placeholder, which says what to type (a width in
   * characters is measured on digits, wider than most letters). */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->quick_add_entry),
                                g_utf8_strlen (gtk_entry_get_placeholder_text (self->quick_add_entry), -1));
  g_signal_connect_object (self->quick_add_entry, "activate", G_CALLBACK (quick_add_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "notify::register", G_CALLBACK (map_register_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* What the room sees besides the parties. */
  g_object_bind_property (quadrant_map_view_get_canvas (self->map_view), "show-movement",
                          self->movement_toggle, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (quadrant_map_view_get_canvas (self->map_view), "show-legend",
                          self->legend_toggle, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->map_view, "show-tray",
                          self->tray_toggle, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  /* "Show only suppliers": beside the toggles of what the room sees. */
  self->highlight_dropdown = highlight_dropdown_new ();
  gtk_box_insert_child_after (GTK_BOX (self->bar), GTK_WIDGET (self->highlight_dropdown),
                              GTK_WIDGET (self->tray_toggle));
  g_signal_connect_object (self->highlight_dropdown, "notify::selected",
                           G_CALLBACK (highlight_selected_cb), self, G_CONNECT_SWAPPED);
  self->goal_toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("Goals")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->goal_toggle),
                               _("Show where support should go: an arrowhead beside each party, up for more support and down for less, in the colour of the support wanted"));
  gtk_box_insert_child_after (GTK_BOX (self->bar), GTK_WIDGET (self->goal_toggle),
                              GTK_WIDGET (self->tray_toggle));
  g_signal_connect_object (self->goal_toggle, "toggled", G_CALLBACK (goal_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "notify::selected-party", G_CALLBACK (selected_party_cb),
                           self, G_CONNECT_SWAPPED);
  {
    /* An icon only: the bar is full on a 1280-pixel screen, and the map's
     * key says "Key, page 1 of 3" when there are pages to turn. */
    GtkWidget *key_page = gtk_button_new_from_icon_name ("go-next-symbolic");

    gtk_accessible_update_property (GTK_ACCESSIBLE (key_page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Next Page of the Key"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (key_page), "presentation.key-page");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (key_page), "i", 1);
    gtk_widget_set_tooltip_text (key_page, _("Next Page of the Key (Page Down)"));
    gtk_widget_set_visible (key_page, FALSE);
    gtk_box_insert_child_after (GTK_BOX (self->bar), key_page, GTK_WIDGET (self->legend_toggle));
    self->key_page_button = key_page;
    g_signal_connect_object (quadrant_map_view_get_canvas (self->map_view), "key-pages-changed",
                             G_CALLBACK (key_pages_changed_cb), self, G_CONNECT_SWAPPED);
  }

  self->monitor_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->monitor_button, G_MENU_MODEL (self->monitor_menu));
  g_signal_connect_object (gdk_display_get_monitors (display), "items-changed",
                           G_CALLBACK (rebuild_monitor_menu), self, G_CONNECT_SWAPPED);
  rebuild_monitor_menu (self);
  update_title (self);

  {
    GtkWidget *refine = gtk_button_new_with_mnemonic (_("_Refine"));

    /* GTK 4.8 would read the mnemonic's underscore out. */
    gtk_accessible_update_property (GTK_ACCESSIBLE (refine), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Refine"), -1);

    gtk_actionable_set_action_name (GTK_ACTIONABLE (refine), "presentation.refine");
    gtk_widget_set_tooltip_text (refine, _("Decide the candidates still to decide, one at a time (Ctrl+R)"));
    gtk_box_insert_child_after (GTK_BOX (self->bar), refine, GTK_WIDGET (self->quick_add_entry));
  }
}

/* ---- Public API ---- */

QuadrantPresentationWindow *
quadrant_presentation_window_new (QuadrantMapView *source)
{
  QuadrantPresentationWindow *self;
  GtkRoot *root;

  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (source), NULL);

  self = g_object_new (QUADRANT_TYPE_PRESENTATION_WINDOW, NULL);
  root = gtk_widget_get_root (GTK_WIDGET (source));
  if (GTK_IS_WINDOW (root))
    {
      g_set_weak_pointer (&self->editing_window, GTK_WINDOW (root));
      if (gtk_window_get_application (GTK_WINDOW (root)) != NULL)
        gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (GTK_WINDOW (root)));
      /* The presentation ends with the window it presents. */
      g_signal_connect_object (root, "destroy", G_CALLBACK (gtk_window_destroy), self, G_CONNECT_SWAPPED);
    }
  g_object_bind_property (source, "register", self->map_view, "register", G_BINDING_SYNC_CREATE);
  /* One selection: the editing window's map view follows its document's. */
  g_object_bind_property (source, "selected-party", self->map_view, "selected-party",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return self;
}

GtkToggleButton *
quadrant_presentation_window_get_goal_toggle (QuadrantPresentationWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRESENTATION_WINDOW (self), NULL);
  return self->goal_toggle;
}

GtkDropDown *
quadrant_presentation_window_get_highlight (QuadrantPresentationWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRESENTATION_WINDOW (self), NULL);
  return self->highlight_dropdown;
}

QuadrantMapView *
quadrant_presentation_window_get_map_view (QuadrantPresentationWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRESENTATION_WINDOW (self), NULL);
  return self->map_view;
}

void
quadrant_presentation_window_show_on (QuadrantPresentationWindow *self,
                                      GdkMonitor                 *monitor)
{
  g_return_if_fail (QUADRANT_IS_PRESENTATION_WINDOW (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  if (monitor == NULL)
    monitor = best_monitor (self);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->quick_add_entry));
}

QuadrantParty *
quadrant_presentation_window_quick_add (QuadrantPresentationWindow *self,
                                        const char                 *name)
{
  g_autoptr(QuadrantParty) party = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (QUADRANT_IS_PRESENTATION_WINDOW (self), NULL);

  if (self->reg == NULL || name == NULL || self->read_only)
    return NULL;
  if (quadrant_text_is_blank (name))
    return NULL;
  stripped = g_strstrip (g_strdup (name));

  /* Unplaced, so it waits in the tray until the room decides where it goes. */
  party = quadrant_party_new (NULL);
  quadrant_party_set_name (party, stripped);
  quadrant_party_set_identified_by (party, QUADRANT_IDENTIFICATION_BRAINSTORMING);
  /* A candidate: the room decides later whether it is relevant. */
  quadrant_party_set_relevance (party, QUADRANT_RELEVANCE_TO_DECIDE);
  today = g_date_time_new_now_local ();
  date = g_date_time_format (today, "%Y-%m-%d");
  quadrant_party_set_identified_on (party, date);
  quadrant_register_add_party (self->reg, party);
  return party;
}

void
quadrant_presentation_window_set_read_only (QuadrantPresentationWindow *self,
                                            gboolean                    read_only)
{
  static const char * const edits[] = {
    "presentation.undo", "presentation.redo", "presentation.refine",
    "presentation.set-category", "presentation.step-kind",
  };

  g_return_if_fail (QUADRANT_IS_PRESENTATION_WINDOW (self));

  self->read_only = !!read_only;
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edits[i], !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->quick_add_entry), !read_only);
  /* Short placeholders, to show whole on a 1280 px projector; the tooltip says more. */
  gtk_entry_set_placeholder_text (self->quick_add_entry, read_only ? _("Read-only") : _("New party name"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->quick_add_entry),
                               read_only ? _("Read-only: parties cannot be added here")
                                         : _("Add a party: type its name and press Enter"));
  quadrant_map_view_set_read_only (self->map_view, read_only);
}
