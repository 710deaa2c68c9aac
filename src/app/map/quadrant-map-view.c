/* quadrant-map-view.c: the Map page: canvas, toolbar and tray, map export
 *
 * Zoom shortcuts are on the page rather than on the canvas so that they also
 * work while the tray or a toolbar button has the focus.
 */
#define G_LOG_DOMAIN "quadrant-map-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-file-chooser.h"
#include "quadrant-map-catalogue.h"
#include "quadrant-map-export.h"
#include "quadrant-map-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-safe-file.h"
#include "quadrant-settings.h"
#include "quadrant-window.h"

struct _QuadrantMapView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget            *box;
  GtkWidget            *toolbar;
  GtkToggleButton      *movement_button;
  GtkToggleButton      *not_relevant_button;
  GtkToggleButton      *catalogue_button;
  /* The same toggles as icons, shown when the labelled ones do not fit */
  GtkToggleButton      *compact_movement_button;
  GtkToggleButton      *compact_not_relevant_button;
  GtkToggleButton      *compact_catalogue_button;
  GtkButton            *zoom_button;
  GtkLabel             *hint_label;
  GtkWidget            *scrolled;
  QuadrantMapCanvas    *canvas;
  GtkWidget            *tray_separator;
  GtkWidget            *side_box;
  QuadrantMapTray      *tray;
  GtkWidget            *catalogue_separator;
  QuadrantMapCatalogue *catalogue;

  /* Owned references */
  QuadrantRegister     *reg;
  GSettings            *settings;
  GtkNativeDialog      *chooser;
  QuadrantParty        *selected_party;

  /* Not owned */
  GtkWindow            *presentation_window;

  /* State */
  gulong                changed_handler;
  guint                 entering_source;
  guint                 presentation : 1;
  guint                 entering : 1;
  guint                 hide_tray : 1;
  guint                 read_only : 1;
};

G_DEFINE_FINAL_TYPE (QuadrantMapView, quadrant_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_PRESENTATION,
  PROP_SELECTED_PARTY,
  PROP_SHOW_TRAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Helpers ---- */

static void
update_zoom (QuadrantMapView *self)
{
  double zoom = quadrant_map_canvas_get_zoom (self->canvas);
  g_autofree char *label = g_strdup_printf ("%.0f%%", zoom * 100);

  gtk_button_set_label (self->zoom_button, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-in", zoom < QUADRANT_MAP_ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-out", zoom > QUADRANT_MAP_ZOOM_MIN);
}

/* The side column: the tray while parties wait in it, the catalogue while it
 * is asked for. Presentation keeps the room's view to the map and the tray. */
static void
update_tray (QuadrantMapView *self)
{
  gboolean tray = !self->hide_tray && quadrant_map_tray_get_n_parties (self->tray) > 0;
  gboolean catalogue = !self->presentation && gtk_toggle_button_get_active (self->catalogue_button);

  gtk_widget_set_visible (GTK_WIDGET (self->tray), tray);
  gtk_widget_set_visible (GTK_WIDGET (self->catalogue), catalogue);
  gtk_widget_set_visible (self->catalogue_separator, tray && catalogue);
  gtk_widget_set_visible (self->side_box, tray || catalogue);
  gtk_widget_set_visible (self->tray_separator, tray || catalogue);
}

/* Says what the pointer and the keys do on the map: read-only, they select. */
static void
update_hint (QuadrantMapView *self)
{
  gtk_label_set_text (self->hint_label,
                      self->read_only ? _("Read-only: click a party or press Tab to select it.")
                                      : _("Drag parties to move them; Tab and the arrow keys do it by keyboard."));
}

/* One party is selected on the page: a marker on the map or a row in the
 * tray, never both, so that whoever follows "selected-party" sees one. */
static void
update_selected_party (QuadrantMapView *self)
{
  QuadrantParty *party = quadrant_map_canvas_get_focus_party (self->canvas);

  if (party == NULL)
    party = quadrant_map_tray_get_selected_party (self->tray);
  if (g_set_object (&self->selected_party, party))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PARTY]);
}

/* The format from the file name's extension; none (or an unknown one) is PNG. */
static QuadrantMapFormat
format_for_name (const char *name)
{
  const char *dot = strrchr (name, '.');
  QuadrantMapFormat format;

  if (dot != NULL && quadrant_map_format_from_name (dot + 1, &format))
    return format;
  return QUADRANT_MAP_FORMAT_PNG;
}

/* ---- Callbacks ---- */

static void
zoom_notify_cb (QuadrantMapView *self)
{
  update_zoom (self);
}

static void
focus_party_cb (QuadrantMapView *self)
{
  if (quadrant_map_canvas_get_focus_party (self->canvas) != NULL)
    quadrant_map_tray_select_party (self->tray, NULL);
  update_selected_party (self);
}

static void
tray_selected_cb (QuadrantMapView *self)
{
  if (quadrant_map_tray_get_selected_party (self->tray) != NULL)
    quadrant_map_canvas_set_focus_party (self->canvas, NULL);
  update_selected_party (self);
}

/* An undo (or the editor's "assessed" switch) takes the selected party off
 * the map: the selection follows it into the tray. The tray has refiltered
 * by now, its handler having been connected first. */
static void
register_changed_cb (QuadrantMapView *self)
{
  QuadrantParty *party = quadrant_map_canvas_get_focus_party (self->canvas);

  if (party != NULL && !quadrant_party_is_placed (party))
    quadrant_map_view_select_party (self, party);
}

static void
tray_placed_cb (QuadrantMapView *self,
                QuadrantParty   *party)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
  quadrant_map_canvas_set_focus_party (self->canvas, party);
}

/* Enter on a catalogue entry: where the catalogue suggests, else the centre. */
static void
catalogue_activated_cb (QuadrantMapView       *self,
                        QuadrantCatalogueItem *item)
{
  const QuadrantCatalogueEntry *entry = quadrant_catalogue_item_get_entry (item);

  if (entry == NULL)
    return;
  quadrant_map_canvas_add_catalogue_entry (self->canvas, entry,
                                           entry->power != QUADRANT_NOT_ASSESSED ? entry->power : 50,
                                           entry->interest != QUADRANT_NOT_ASSESSED ? entry->interest : 50);
}

static void
export_response_cb (QuadrantMapView      *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->reg == NULL)
    return;

  written = quadrant_map_view_export_to_file (self, file, &error);
  if (written == NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), basename);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  heading, error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* ---- Actions ---- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  quadrant_map_canvas_zoom_in (QUADRANT_MAP_VIEW (widget)->canvas);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  quadrant_map_canvas_zoom_out (QUADRANT_MAP_VIEW (widget)->canvas);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  quadrant_map_canvas_zoom_to_fit (QUADRANT_MAP_VIEW (widget)->canvas);
}

/* ---- GObject / GtkWidget ---- */

/* The map takes the keyboard, so Tab goes straight to the parties and the
 * arrow keys move them; but a party selected in the tray keeps it there, so
 * that Enter places it at once. */
static gboolean
quadrant_map_view_grab_focus (GtkWidget *widget)
{
  QuadrantMapView *self = QUADRANT_MAP_VIEW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->tray)) &&
      quadrant_map_tray_focus_selected (self->tray))
    return TRUE;
  return gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static gboolean
entering_done_cb (gpointer user_data)
{
  QuadrantMapView *self = user_data;

  self->entering = FALSE;
  self->entering_source = 0;
  return G_SOURCE_REMOVE;
}

/* Shown (the page switched to). */
static void
quadrant_map_view_map (GtkWidget *widget)
{
  QuadrantMapView *self = QUADRANT_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (quadrant_map_view_parent_class)->map (widget);
  quadrant_map_view_grab_focus (widget);
  /* The view stack, when the focus was on the page it leaves, moves it into
   * this one with a Tab right after mapping it. A Tab from the focus given
   * here would go on to the next party (or tray row) and select that one
   * instead of the party selected in the list, so that Tab is let pass. */
  self->entering = TRUE;
  g_clear_handle_id (&self->entering_source, g_source_remove);
  self->entering_source = g_idle_add_full (G_PRIORITY_HIGH, entering_done_cb, self, NULL);
}

static void
quadrant_map_view_unmap (GtkWidget *widget)
{
  QuadrantMapView *self = QUADRANT_MAP_VIEW (widget);

  self->entering = FALSE;
  g_clear_handle_id (&self->entering_source, g_source_remove);
  GTK_WIDGET_CLASS (quadrant_map_view_parent_class)->unmap (widget);
}

static gboolean
quadrant_map_view_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  QuadrantMapView *self = QUADRANT_MAP_VIEW (widget);

  if (self->entering && direction == GTK_DIR_TAB_FORWARD && gtk_widget_get_focus_child (widget) != NULL)
    {
      self->entering = FALSE;
      return TRUE;
    }
  return GTK_WIDGET_CLASS (quadrant_map_view_parent_class)->focus (widget, direction);
}

static void
quadrant_map_view_dispose (GObject *object)
{
  QuadrantMapView *self = QUADRANT_MAP_VIEW (object);

  g_clear_handle_id (&self->entering_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->presentation_window != NULL)
    gtk_window_destroy (self->presentation_window);
  g_clear_weak_pointer (&self->presentation_window);
  if (self->reg != NULL)
    g_clear_signal_handler (&self->changed_handler, self->reg);
  g_clear_object (&self->reg);
  g_clear_object (&self->settings);
  g_clear_object (&self->selected_party);

  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_MAP_VIEW);

  G_OBJECT_CLASS (quadrant_map_view_parent_class)->dispose (object);
}

static void
quadrant_map_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  QuadrantMapView *self = QUADRANT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;
    case PROP_SELECTED_PARTY:
      g_value_set_object (value, self->selected_party);
      break;
    case PROP_SHOW_TRAY:
      g_value_set_boolean (value, !self->hide_tray);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QuadrantMapView *self = QUADRANT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      quadrant_map_view_set_register (self, g_value_get_object (value));
      break;
    case PROP_PRESENTATION:
      quadrant_map_view_set_presentation (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED_PARTY:
      if (g_value_get_object (value) != self->selected_party)
        quadrant_map_view_select_party (self, g_value_get_object (value));
      break;
    case PROP_SHOW_TRAY:
      if (self->hide_tray != (guint) !g_value_get_boolean (value))
        {
          self->hide_tray = !g_value_get_boolean (value);
          update_tray (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_view_class_init (QuadrantMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_map_view_dispose;
  object_class->get_property = quadrant_map_view_get_property;
  object_class->set_property = quadrant_map_view_set_property;
  widget_class->grab_focus = quadrant_map_view_grab_focus;
  widget_class->map = quadrant_map_view_map;
  widget_class->unmap = quadrant_map_view_unmap;
  widget_class->focus = quadrant_map_view_focus;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_PARTY] =
    g_param_spec_object ("selected-party", NULL, NULL, QUADRANT_TYPE_PARTY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The tray of parties not yet on the map, while any wait in it. */
  properties[PROP_SHOW_TRAY] =
    g_param_spec_boolean ("show-tray", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (QUADRANT_TYPE_MAP_CANVAS);
  g_type_ensure (QUADRANT_TYPE_MAP_TRAY);
  g_type_ensure (QUADRANT_TYPE_MAP_CATALOGUE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quadrant/Quadrant/quadrant-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, box);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, movement_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, not_relevant_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, catalogue_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, compact_movement_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, compact_not_relevant_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, compact_catalogue_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, canvas);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, tray_separator);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, side_box);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, tray);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, catalogue_separator);
  gtk_widget_class_bind_template_child (widget_class, QuadrantMapView, catalogue);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-fit", NULL, zoom_fit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "map.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "map.zoom-fit", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quadrant-map-view");
}

static void
quadrant_map_view_init (QuadrantMapView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_hint (self);

  g_object_bind_property (self->movement_button, "active", self->compact_movement_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->not_relevant_button, "active", self->compact_not_relevant_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->catalogue_button, "active", self->compact_catalogue_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->movement_button, "active", self->canvas, "show-movement",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->not_relevant_button, "active", self->canvas, "show-not-relevant",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->settings = quadrant_settings_new ();
  g_settings_bind (self->settings, "map-show-movement", self->canvas, "show-movement",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->canvas, "notify::zoom", G_CALLBACK (zoom_notify_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tray, "notify::n-parties", G_CALLBACK (update_tray),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tray, "placed", G_CALLBACK (tray_placed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::focus-party", G_CALLBACK (focus_party_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tray, "notify::selected-party", G_CALLBACK (tray_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->catalogue_button, "notify::active", G_CALLBACK (update_tray),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->catalogue, "activated", G_CALLBACK (catalogue_activated_cb),
                           self, G_CONNECT_SWAPPED);
  update_zoom (self);
  update_tray (self);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_map_view_new (void)
{
  return g_object_new (QUADRANT_TYPE_MAP_VIEW, NULL);
}

void
quadrant_map_view_set_register (QuadrantMapView  *self,
                                QuadrantRegister *reg)
{
  g_autoptr(QuadrantParty) kept = NULL;

  g_return_if_fail (QUADRANT_IS_MAP_VIEW (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (self->reg == reg)
    return;
  /* A party selected before the register came (the window binds its pages
   * late) stays selected: the canvas and tray forget theirs on the way, and
   * that must not reach whoever follows "selected-party" as "none". */
  g_object_freeze_notify (G_OBJECT (self));
  if (self->selected_party != NULL && reg != NULL &&
      quadrant_register_find_party (reg, quadrant_party_get_id (self->selected_party)) == self->selected_party)
    kept = g_object_ref (self->selected_party);
  if (self->reg != NULL)
    g_clear_signal_handler (&self->changed_handler, self->reg);
  g_set_object (&self->reg, reg);
  quadrant_map_canvas_set_register (self->canvas, reg);
  quadrant_map_tray_set_register (self->tray, reg);
  if (reg != NULL)
    self->changed_handler = g_signal_connect_object (reg, "changed", G_CALLBACK (register_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
  if (kept != NULL)
    quadrant_map_view_select_party (self, kept);
  quadrant_map_canvas_zoom_to_fit (self->canvas);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
  g_object_thaw_notify (G_OBJECT (self));
}

QuadrantRegister *
quadrant_map_view_get_register (QuadrantMapView *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);
  return self->reg;
}

void
quadrant_map_view_set_presentation (QuadrantMapView *self,
                                    gboolean         presentation)
{
  g_return_if_fail (QUADRANT_IS_MAP_VIEW (self));

  presentation = !!presentation;
  if (self->presentation == (guint) presentation)
    return;
  self->presentation = presentation;
  quadrant_map_canvas_set_presentation (self->canvas, presentation);
  gtk_widget_set_visible (self->toolbar, !presentation);
  update_tray (self);
  /* Room for names in large type. */
  gtk_widget_set_size_request (GTK_WIDGET (self->tray), presentation ? 300 : 200, -1);
  if (presentation)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

QuadrantMapCanvas *
quadrant_map_view_get_canvas (QuadrantMapView *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);
  return self->canvas;
}

QuadrantMapTray *
quadrant_map_view_get_tray (QuadrantMapView *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);
  return self->tray;
}

QuadrantParty *
quadrant_map_view_get_selected_party (QuadrantMapView *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);
  return self->selected_party;
}

void
quadrant_map_view_select_party (QuadrantMapView *self,
                                QuadrantParty   *party)
{
  g_return_if_fail (QUADRANT_IS_MAP_VIEW (self));
  g_return_if_fail (party == NULL || QUADRANT_IS_PARTY (party));

  if (party != NULL && !quadrant_party_is_placed (party))
    {
      quadrant_map_canvas_set_focus_party (self->canvas, NULL);
      quadrant_map_tray_select_party (self->tray, party);
    }
  else
    {
      quadrant_map_tray_select_party (self->tray, NULL);
      quadrant_map_canvas_set_focus_party (self->canvas, party);
    }
}

QuadrantMapCatalogue *
quadrant_map_view_get_catalogue (QuadrantMapView *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);
  return self->catalogue;
}

GtkWindow *
quadrant_map_view_toggle_presentation (QuadrantMapView *self)
{
  QuadrantPresentationWindow *window;

  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);

  if (self->presentation_window != NULL)
    {
      gtk_window_destroy (self->presentation_window);
      return NULL;
    }
  window = quadrant_presentation_window_new (self);
  quadrant_presentation_window_set_read_only (window, self->read_only);
  g_set_weak_pointer (&self->presentation_window, GTK_WINDOW (window));
  quadrant_presentation_window_show_on (window, NULL);
  return GTK_WINDOW (window);
}

GtkWindow *
quadrant_map_view_get_presentation_window (QuadrantMapView *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);
  return self->presentation_window;
}

void
quadrant_map_view_export (QuadrantMapView *self,
                          GtkWindow       *parent,
                          GFile           *register_file)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *name = NULL;

  g_return_if_fail (QUADRANT_IS_MAP_VIEW (self));

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PNG, SVG or PDF"));
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "svg");
  gtk_file_filter_add_suffix (filter, "pdf");

  /* Next to the register, named after it: "acme.quadrant.xml" → "acme map.png". */
  if (register_file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (register_file);
      char *dot = strstr (basename, ".quadrant.xml");

      if (dot == NULL)
        dot = strrchr (basename, '.');
      if (dot != NULL && dot != basename)
        *dot = '\0';
      /* Translators: the suggested file name of an exported map; %s is the register's name */
      name = g_strdup_printf (_("%s map.png"), basename);
    }
  chooser = quadrant_file_chooser_new_export (parent, _("Export Map"), register_file,
                                              name != NULL ? name : _("map.png"), filter);
  g_object_unref (filter);

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

GFile *
quadrant_map_view_export_to_file (QuadrantMapView  *self,
                                  GFile            *file,
                                  GError          **error)
{
  QuadrantMapExportOptions options = { 0 };
  g_autofree char *basename = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (QUADRANT_IS_MAP_VIEW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (self->reg == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no map to export"));
      return NULL;
    }

  basename = g_file_get_basename (file);
  target = g_object_ref (file);
  if (basename != NULL && strrchr (basename, '.') == NULL)
    {
      /* A name without an extension gets the PNG one, so the file says what it is. */
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *with_extension = g_strconcat (basename, ".png", NULL);

      if (parent != NULL)
        {
          g_object_unref (target);
          target = g_file_get_child (parent, with_extension);
          g_free (basename);
          basename = g_steal_pointer (&with_extension);
        }
    }

  /* Never over the register itself, under any name. */
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

    if (QUADRANT_IS_WINDOW (root) &&
        !quadrant_safe_file_check_output (target, quadrant_window_get_file (QUADRANT_WINDOW (root)),
                                          error))
      return NULL;
  }

  /* The map as shown, movement arrows included when they are on. */
  options.show_movement = quadrant_map_canvas_get_show_movement (self->canvas);
  options.show_support_goal = quadrant_map_canvas_get_show_support_goal (self->canvas);
  if (!quadrant_map_export_to_file (self->reg, format_for_name (basename != NULL ? basename : ""),
                                    &options, target, NULL, error))
    return NULL;
  return g_steal_pointer (&target);
}

void
quadrant_map_view_set_read_only (QuadrantMapView *self,
                                 gboolean         read_only)
{
  g_return_if_fail (QUADRANT_IS_MAP_VIEW (self));

  self->read_only = !!read_only;
  quadrant_map_canvas_set_read_only (self->canvas, read_only);
  update_hint (self);
  /* The tray and the catalogue place and add parties: shown, not usable. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->tray), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->catalogue), !read_only);
  if (self->presentation_window != NULL)
    quadrant_presentation_window_set_read_only (QUADRANT_PRESENTATION_WINDOW (self->presentation_window),
                                                read_only);
}
