/* quadrant-map-canvas.c: the drawn stakeholder map and everything done on it
 *
 * The layout is computed by the core (the same code as the exports) at the
 * zoomed content size, and only when the register, the size or the options
 * changed; a frame only renders it. Every move goes through the register's
 * edit API: a mouse drag is one undo group, each arrow key press one step.
 */
#define G_LOG_DOMAIN "quadrant-map-canvas"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "quadrant-catalogue-item.h"
#include "quadrant-enum-types.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-render.h"

#define ZOOM_STEP 1.25
/* Parties made from several dropped lines of text go down in a column. */
#define DROP_STEP 5
/* More names than this in one drop is most likely not a list of names. */
#define DROP_MAX_NAMES 200

typedef enum {
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_PAN,
} DragMode;

struct _QuadrantMapCanvas
{
  GtkWidget parent_instance;

  /* Owned references */
  QuadrantRegister  *reg;
  QuadrantMapLayout *layout;
  QuadrantParty     *focus_party;
  QuadrantParty     *drag_party;
  QuadrantParty     *hover_party;
  GtkAdjustment     *hadjustment;
  GtkAdjustment     *vadjustment;
  GSettings         *settings;

  /* State */
  gulong             changed_handler;
  gulong             items_handler;
  double             zoom;
  double             pinch_zoom;     /* zoom when the pinch began */
  double             layout_width;   /* size the layout was computed for */
  double             layout_height;
  DragMode           drag_mode;
  double             drag_x, drag_y; /* press point, content coordinates */
  double             grab_dx, grab_dy;
  double             pan_h, pan_v;
  guint              hscroll_policy : 1;
  guint              vscroll_policy : 1;
  guint              layout_dirty : 1;
  guint              presentation : 1;
  guint              show_movement : 1;
  guint              group_open : 1;
  guint              drop_active : 1;
  double             drop_x, drop_y; /* content coordinates of a drop in progress */
};

static void quadrant_map_canvas_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QuadrantMapCanvas, quadrant_map_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      quadrant_map_canvas_scrollable_init))

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_PRESENTATION,
  PROP_SHOW_MOVEMENT,
  PROP_ZOOM,
  PROP_FOCUS_PARTY,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

/* ---- Helpers ---- */

static double
adjustment_value (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0.0;
}

/* Widget coordinates to content (layout) coordinates. */
static void
to_content (QuadrantMapCanvas *self,
            double             x,
            double             y,
            double            *cx,
            double            *cy)
{
  *cx = x + adjustment_value (self->hadjustment);
  *cy = y + adjustment_value (self->vadjustment);
}

static double
presentation_scale (QuadrantMapCanvas *self)
{
  if (!self->presentation)
    return 1.0;
  return self->settings != NULL ? g_settings_get_double (self->settings, "presentation-scale") : 1.5;
}

static void
get_options (QuadrantMapCanvas  *self,
             QuadrantMapOptions *options)
{
  quadrant_map_options_init (options);
  options->scale = presentation_scale (self);
  options->show_movement = self->show_movement;
}

static void
ensure_layout (QuadrantMapCanvas *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)) * self->zoom;
  double height = gtk_widget_get_height (GTK_WIDGET (self)) * self->zoom;
  QuadrantMapOptions options;

  if (!self->layout_dirty && width == self->layout_width && height == self->layout_height)
    return;

  get_options (self, &options);
  if (self->reg != NULL)
    quadrant_map_layout_compute (self->layout, self->reg, MAX (width, 1), MAX (height, 1), &options);
  self->layout_width = width;
  self->layout_height = height;
  self->layout_dirty = FALSE;
}

static void
invalidate_layout (QuadrantMapCanvas *self)
{
  self->layout_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const QuadrantMapMarker *
find_marker (QuadrantMapCanvas *self,
             QuadrantParty     *party)
{
  if (party == NULL)
    return NULL;
  ensure_layout (self);
  return quadrant_map_layout_find_marker (self->layout, party);
}

static const QuadrantMapMarker *
marker_at (QuadrantMapCanvas *self,
           double             x,
           double             y)
{
  double cx, cy;

  ensure_layout (self);
  to_content (self, x, y, &cx, &cy);
  return quadrant_map_layout_hit_test (self->layout, cx, cy);
}

/* The placed parties in register order: the order of Tab. */
static GPtrArray *
placed_parties (QuadrantMapCanvas *self)
{
  GPtrArray *parties = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  guint n;

  if (self->reg == NULL)
    return parties;
  model = quadrant_register_get_parties (self->reg);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      QuadrantParty *party = g_list_model_get_item (model, i);

      if (quadrant_party_is_placed (party))
        g_ptr_array_add (parties, party);
      else
        g_object_unref (party);
    }
  return parties;
}

static const char *
support_word (QuadrantSupport support)
{
  switch (support)
    {
    case QUADRANT_SUPPORT_UNAWARE:
      return C_("support", "unaware");
    case QUADRANT_SUPPORT_RESISTANT:
      return C_("support", "resistant");
    case QUADRANT_SUPPORT_NEUTRAL:
      return C_("support", "neutral");
    case QUADRANT_SUPPORT_SUPPORTIVE:
      return C_("support", "supportive");
    case QUADRANT_SUPPORT_LEADING:
      return C_("support", "leading");
    default:
      return "";
    }
}

static const char *
display_name (QuadrantParty *party)
{
  const char *name = quadrant_party_get_name (party);

  if (name == NULL || *name == '\0')
    return quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party));
  return name;
}

static void
update_accessible (QuadrantMapCanvas *self)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (self);

  if (self->focus_party != NULL)
    {
      g_autofree char *label = quadrant_map_canvas_describe_party (self->focus_party);
      const char *quadrant = quadrant_enum_to_label (QUADRANT_TYPE_QUADRANT,
                                                     quadrant_party_get_quadrant (self->focus_party));
      /* Translators: %s is a quadrant of the map, e.g. "Manage closely" */
      g_autofree char *description = g_strdup_printf (_("%s. Arrow keys move the party, Enter opens it, Delete removes it."),
                                                      quadrant);

      gtk_accessible_update_property (accessible,
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      g_autoptr(GPtrArray) parties = placed_parties (self);
      g_autofree char *label =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Stakeholder map, %u party placed",
                                      "Stakeholder map, %u parties placed", parties->len),
                         parties->len);

      gtk_accessible_update_property (accessible,
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Tab moves between the parties."),
                                      -1);
    }
}

/* Keeps the focused party in view when zoomed in. */
static void
scroll_to_party (QuadrantMapCanvas *self,
                 QuadrantParty     *party)
{
  const QuadrantMapMarker *marker = find_marker (self, party);
  double margin;

  if (marker == NULL || self->zoom <= 1.0)
    return;
  margin = marker->radius * 3;
  if (self->hadjustment != NULL)
    gtk_adjustment_clamp_page (self->hadjustment, marker->x - margin, marker->x + margin);
  if (self->vadjustment != NULL)
    gtk_adjustment_clamp_page (self->vadjustment, marker->y - margin, marker->y + margin);
}

static void
set_focus_party_internal (QuadrantMapCanvas *self,
                          QuadrantParty     *party)
{
  if (!g_set_object (&self->focus_party, party))
    return;
  update_accessible (self);
  scroll_to_party (self, party);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_PARTY]);
}

static void
set_hover_party (QuadrantMapCanvas *self,
                 QuadrantParty     *party)
{
  if (g_set_object (&self->hover_party, party))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
configure_adjustments (QuadrantMapCanvas *self,
                       double             hvalue,
                       double             vvalue)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (hvalue, 0, MAX (0, width * self->zoom - width)),
                              0, width * self->zoom, width * 0.1, width * 0.9, width);
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (vvalue, 0, MAX (0, height * self->zoom - height)),
                              0, height * self->zoom, height * 0.1, height * 0.9, height);
}

/* Zooms keeping the content point under (x, y) where it is. */
static void
zoom_at (QuadrantMapCanvas *self,
         double             zoom,
         double             x,
         double             y)
{
  double old = self->zoom;
  double cx, cy;

  zoom = CLAMP (zoom, QUADRANT_MAP_ZOOM_MIN, QUADRANT_MAP_ZOOM_MAX);
  if (fabs (zoom - old) < 1e-6)
    return;

  to_content (self, x, y, &cx, &cy);
  self->zoom = zoom;
  configure_adjustments (self, cx * zoom / old - x, cy * zoom / old - y);
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_at_centre (QuadrantMapCanvas *self,
                double             zoom)
{
  zoom_at (self, zoom,
           gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

static void
move_focus_party_by (QuadrantMapCanvas *self,
                     int                dpower,
                     int                dinterest)
{
  QuadrantParty *party = self->focus_party;
  int power = CLAMP (quadrant_party_get_power (party) + dpower, 0, 100);
  int interest = CLAMP (quadrant_party_get_interest (party) + dinterest, 0, 100);

  if (power == quadrant_party_get_power (party) && interest == quadrant_party_get_interest (party))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  quadrant_register_move_party (self->reg, party, power, interest);
  scroll_to_party (self, party);
}

static void
remove_focus_party (QuadrantMapCanvas *self)
{
  g_autoptr(GPtrArray) parties = placed_parties (self);
  g_autoptr(QuadrantParty) party = g_object_ref (self->focus_party);
  QuadrantParty *next = NULL;
  guint index;

  /* Focus goes on to the next party, as in a list. */
  if (g_ptr_array_find (parties, party, &index))
    {
      if (index + 1 < parties->len)
        next = g_ptr_array_index (parties, index + 1);
      else if (index > 0)
        next = g_ptr_array_index (parties, index - 1);
    }
  quadrant_register_remove_party (self->reg, party);
  set_focus_party_internal (self, next);
}

static void
finish_drag (QuadrantMapCanvas *self)
{
  if (self->group_open)
    {
      self->group_open = FALSE;
      quadrant_register_end_group (self->reg);
    }
  g_clear_object (&self->drag_party);
  self->drag_mode = DRAG_NONE;
}

/* ---- Callbacks ---- */

static void
register_changed_cb (QuadrantMapCanvas *self)
{
  invalidate_layout (self);
  /* A move, an undo or a rename changes what the focused marker says. */
  update_accessible (self);
}

static void
parties_changed_cb (QuadrantMapCanvas *self,
                    guint              position,
                    guint              removed,
                    guint              added,
                    GListModel        *parties)
{
  if (self->focus_party != NULL &&
      quadrant_register_find_party (self->reg, quadrant_party_get_id (self->focus_party)) != self->focus_party)
    set_focus_party_internal (self, NULL);
  if (self->hover_party != NULL &&
      quadrant_register_find_party (self->reg, quadrant_party_get_id (self->hover_party)) != self->hover_party)
    set_hover_party (self, NULL);
  if (self->drag_party != NULL &&
      quadrant_register_find_party (self->reg, quadrant_party_get_id (self->drag_party)) != self->drag_party)
    finish_drag (self);
  register_changed_cb (self);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           QuadrantMapCanvas        *self)
{
  const QuadrantMapMarker *marker;

  /* While dragging, the dragged marker is the selected one anyway. */
  if (self->drag_mode != DRAG_NONE)
    return;
  marker = marker_at (self, x, y);
  set_hover_party (self, marker != NULL ? marker->party : NULL);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          QuadrantMapCanvas        *self)
{
  set_hover_party (self, NULL);
}

static void
dark_changed_cb (QuadrantMapCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
adjustment_value_changed_cb (QuadrantMapCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_begin_cb (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               QuadrantMapCanvas *self)
{
  _quadrant_map_canvas_drag_begin (self, x, y);
  if (self->drag_mode == DRAG_NONE)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
drag_update_cb (GtkGestureDrag    *gesture,
                double             offset_x,
                double             offset_y,
                QuadrantMapCanvas *self)
{
  /* Claim the sequence once the pointer really moves, so a click stays a click. */
  if (hypot (offset_x, offset_y) > 2)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _quadrant_map_canvas_drag_update (self, offset_x, offset_y);
}

static void
drag_end_cb (GtkGestureDrag    *gesture,
             double             offset_x,
             double             offset_y,
             QuadrantMapCanvas *self)
{
  _quadrant_map_canvas_drag_end (self, offset_x, offset_y);
}

static void
drag_cancel_cb (GtkGesture        *gesture,
                GdkEventSequence  *sequence,
                QuadrantMapCanvas *self)
{
  finish_drag (self);
}

static void
click_pressed_cb (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  QuadrantMapCanvas *self)
{
  const QuadrantMapMarker *marker = marker_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_focus_party_internal (self, marker != NULL ? marker->party : NULL);
  if (marker != NULL && n_press == 2)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-party", "s",
                                quadrant_party_get_id (marker->party));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           QuadrantMapCanvas        *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GdkEvent *event;
  double x, y;

  /* Without Ctrl the scrolled window around us scrolls. */
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  if (event == NULL || !gdk_event_get_position (event, &x, &y))
    {
      zoom_at_centre (self, self->zoom * pow (ZOOM_STEP, -dy));
      return TRUE;
    }
  /* The event is in surface coordinates. */
  {
    GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
    double sx = 0, sy = 0;
    graphene_point_t point;

    gtk_native_get_surface_transform (native, &sx, &sy);
    if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                  &GRAPHENE_POINT_INIT (x - sx, y - sy), &point))
      zoom_at (self, self->zoom * pow (ZOOM_STEP, -dy), point.x, point.y);
    else
      zoom_at_centre (self, self->zoom * pow (ZOOM_STEP, -dy));
  }
  return TRUE;
}

static void
pinch_begin_cb (GtkGesture        *gesture,
                GdkEventSequence  *sequence,
                QuadrantMapCanvas *self)
{
  self->pinch_zoom = self->zoom;
}

static void
pinch_scale_changed_cb (GtkGestureZoom    *gesture,
                        double             scale,
                        QuadrantMapCanvas *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  zoom_at (self, self->pinch_zoom * scale, x, y);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                QuadrantMapCanvas     *self)
{
  return _quadrant_map_canvas_key_pressed (self, keyval, state);
}

/* Files dropped on the map are registers to open: the window takes those, even
 * when the file manager also offers their names as text. */
static gboolean
drop_accept_cb (GtkDropTarget     *target,
                GdkDrop           *drop,
                QuadrantMapCanvas *self)
{
  GdkContentFormats *formats = gdk_drop_get_formats (drop);

  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    return FALSE;
  return (gdk_drop_get_actions (drop) & gtk_drop_target_get_actions (target)) != 0 &&
         gdk_content_formats_match (gtk_drop_target_get_formats (target), formats);
}

static GdkDragAction
drop_motion_cb (GtkDropTarget     *target,
                double             x,
                double             y,
                QuadrantMapCanvas *self)
{
  GdkDrop *drop = gtk_drop_target_get_current_drop (target);

  to_content (self, x, y, &self->drop_x, &self->drop_y);
  self->drop_active = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* A party of ours moves; text from elsewhere is copied. */
  return drop != NULL && (gdk_drop_get_actions (drop) & GDK_ACTION_MOVE) ? GDK_ACTION_MOVE : GDK_ACTION_COPY;
}

static void
drop_leave_cb (GtkDropTarget     *target,
               QuadrantMapCanvas *self)
{
  self->drop_active = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
drop_cb (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         QuadrantMapCanvas *self)
{
  drop_leave_cb (target, self);
  return _quadrant_map_canvas_drop (self, value, x, y);
}

static void
focus_leave_cb (QuadrantMapCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
settings_changed_cb (QuadrantMapCanvas *self,
                     const char        *key)
{
  if (self->presentation)
    invalidate_layout (self);
}

/* ---- GtkScrollable ---- */

static void
set_adjustment (QuadrantMapCanvas  *self,
                GtkAdjustment     **slot,
                GtkAdjustment      *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
  g_set_object (slot, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb), self);
  configure_adjustments (self, adjustment_value (self->hadjustment), adjustment_value (self->vadjustment));
}

static gboolean
quadrant_map_canvas_get_border (GtkScrollable *scrollable,
                                GtkBorder     *border)
{
  return FALSE;
}

static void
quadrant_map_canvas_scrollable_init (GtkScrollableInterface *iface)
{
  iface->get_border = quadrant_map_canvas_get_border;
}

/* ---- GtkWidget ---- */

static void
quadrant_map_canvas_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (widget);
  double old_width = self->layout_width > 0 ? self->layout_width : width * self->zoom;
  double old_height = self->layout_height > 0 ? self->layout_height : height * self->zoom;

  /* Keep the same part of the map in view when the window is resized. */
  configure_adjustments (self,
                         adjustment_value (self->hadjustment) * width * self->zoom / MAX (old_width, 1),
                         adjustment_value (self->vadjustment) * height * self->zoom / MAX (old_height, 1));
}

static void
quadrant_map_canvas_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 480;
}

/* While a marker is dragged (or a party is about to be dropped), its values
 * beside it: the room sees the numbers that will be saved. */
static void
append_values_badge (QuadrantMapCanvas              *self,
                     GtkSnapshot                    *snapshot,
                     const QuadrantMapRenderOptions *options,
                     double                          cx,
                     double                          cy,
                     double                          radius,
                     int                             power,
                     int                             interest)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  double r, g, b;
  GdkRGBA fg, bg;
  int width, height;
  double x, y, pad = 4;

  /* Translators: shown beside a party while it is dragged on the map */
  text = g_strdup_printf (_("Power %d · Interest %d"), power, interest);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  if (self->presentation)
    {
      PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));

      pango_font_description_set_size (font, pango_font_description_get_size (font) * presentation_scale (self));
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
    }
  pango_layout_get_pixel_size (layout, &width, &height);

  /* Above the marker, kept inside the map. */
  x = CLAMP (cx - width / 2.0, pad, self->layout_width - width - pad);
  y = cy - radius - height - 3 * pad;
  if (y < pad)
    y = cy + radius + 2 * pad;

  quadrant_map_render_get_color (options, QUADRANT_MAP_COLOR_TEXT, &r, &g, &b);
  bg = (GdkRGBA) { r, g, b, 0.9 };
  quadrant_map_render_get_color (options, QUADRANT_MAP_COLOR_BACKGROUND, &r, &g, &b);
  fg = (GdkRGBA) { r, g, b, 1.0 };

  gtk_snapshot_append_color (snapshot, &bg,
                             &GRAPHENE_RECT_INIT (x - pad, y - pad, width + 2 * pad, height + 2 * pad));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, &fg);
  gtk_snapshot_restore (snapshot);
}

/* Where a dragged party or text would land. */
static void
draw_drop_point (QuadrantMapCanvas              *self,
                 cairo_t                        *cr,
                 const QuadrantMapRenderOptions *options)
{
  double r, g, b;
  double radius = 8 * presentation_scale (self);

  quadrant_map_render_get_color (options, QUADRANT_MAP_COLOR_FOCUS, &r, &g, &b);
  cairo_save (cr);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_arc (cr, self->drop_x, self->drop_y, radius, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
quadrant_map_canvas_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double h = adjustment_value (self->hadjustment);
  double v = adjustment_value (self->vadjustment);
  QuadrantMapRenderOptions render_options;
  cairo_t *cr;

  if (self->reg == NULL || width <= 0 || height <= 0)
    return;
  ensure_layout (self);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-h, -v));
  /* Only the visible part: a zoomed map can be far larger than the window. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (h, v, width, height));
  render_options = (QuadrantMapRenderOptions) {
    .selected = self->focus_party,
    .focused = gtk_widget_has_focus (widget) ? self->focus_party : NULL,
    .hovered = self->hover_party,
    .presentation = self->presentation,
    .show_movement = self->show_movement,
    /* A projector shows the light, high-contrast map whatever the desktop uses. */
    .dark = !self->presentation && adw_style_manager_get_dark (adw_style_manager_get_default ()),
    .pixel_scale = gtk_widget_get_scale_factor (widget),
  };
  quadrant_map_render (cr, self->layout, self->reg, &render_options);
  if (self->drop_active)
    draw_drop_point (self, cr, &render_options);
  cairo_destroy (cr);

  if (self->drag_mode == DRAG_MOVE)
    {
      const QuadrantMapMarker *marker = find_marker (self, self->drag_party);

      if (marker != NULL)
        append_values_badge (self, snapshot, &render_options, marker->x, marker->y, marker->radius,
                             quadrant_party_get_power (self->drag_party),
                             quadrant_party_get_interest (self->drag_party));
    }
  else if (self->drop_active)
    {
      int power, interest;

      quadrant_map_layout_to_values (self->layout, self->drop_x, self->drop_y, &power, &interest);
      append_values_badge (self, snapshot, &render_options, self->drop_x, self->drop_y,
                           8 * presentation_scale (self), power, interest);
    }
  gtk_snapshot_restore (snapshot);
}

static gboolean
quadrant_map_canvas_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard,
                                   GtkTooltip *tooltip)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (widget);
  const QuadrantMapMarker *marker;
  g_autofree char *text = NULL;
  double h = adjustment_value (self->hadjustment);
  double v = adjustment_value (self->vadjustment);

  if (keyboard)
    marker = find_marker (self, self->focus_party);
  else
    marker = marker_at (self, x, y);
  if (marker == NULL)
    return FALSE;

  text = _quadrant_map_canvas_tooltip_text (self, marker->x - h, marker->y - v);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) (marker->x - h - marker->radius), (int) (marker->y - v - marker->radius),
                              (int) (2 * marker->radius) + 1, (int) (2 * marker->radius) + 1 });
  return TRUE;
}

/* Tab and Shift+Tab go from party to party, then on out of the map. */
static gboolean
quadrant_map_canvas_focus (GtkWidget        *widget,
                           GtkDirectionType  direction)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (widget);
  g_autoptr(GPtrArray) parties = placed_parties (self);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN ||
                     direction == GTK_DIR_RIGHT;
  guint index;

  if (!gtk_widget_has_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      /* Coming back to the map keeps the selected party; else Tab starts at an end. */
      if (parties->len > 0 && (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD) &&
          (self->focus_party == NULL || !g_ptr_array_find (parties, self->focus_party, NULL)))
        set_focus_party_internal (self, g_ptr_array_index (parties, forward ? 0 : parties->len - 1));
      return TRUE;
    }

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return FALSE;

  if (self->focus_party == NULL || !g_ptr_array_find (parties, self->focus_party, &index))
    {
      if (parties->len == 0)
        return FALSE;
      set_focus_party_internal (self, g_ptr_array_index (parties, forward ? 0 : parties->len - 1));
      return TRUE;
    }

  if (forward && index + 1 < parties->len)
    {
      set_focus_party_internal (self, g_ptr_array_index (parties, index + 1));
      return TRUE;
    }
  if (!forward && index > 0)
    {
      set_focus_party_internal (self, g_ptr_array_index (parties, index - 1));
      return TRUE;
    }
  return FALSE;
}

/* ---- GObject ---- */

static void
quadrant_map_canvas_dispose (GObject *object)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (object);

  if (self->reg != NULL)
    finish_drag (self);
  quadrant_map_canvas_set_register (self, NULL);
  g_clear_object (&self->focus_party);
  g_clear_object (&self->hover_party);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (quadrant_map_canvas_parent_class)->dispose (object);
}

static void
quadrant_map_canvas_finalize (GObject *object)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (quadrant_map_canvas_parent_class)->finalize (object);
}

static void
quadrant_map_canvas_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;
    case PROP_SHOW_MOVEMENT:
      g_value_set_boolean (value, self->show_movement);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FOCUS_PARTY:
      g_value_set_object (value, self->focus_party);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_canvas_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      quadrant_map_canvas_set_register (self, g_value_get_object (value));
      break;
    case PROP_PRESENTATION:
      quadrant_map_canvas_set_presentation (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_MOVEMENT:
      quadrant_map_canvas_set_show_movement (self, g_value_get_boolean (value));
      break;
    case PROP_ZOOM:
      quadrant_map_canvas_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FOCUS_PARTY:
      quadrant_map_canvas_set_focus_party (self, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_canvas_class_init (QuadrantMapCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_map_canvas_dispose;
  object_class->finalize = quadrant_map_canvas_finalize;
  object_class->get_property = quadrant_map_canvas_get_property;
  object_class->set_property = quadrant_map_canvas_set_property;

  widget_class->measure = quadrant_map_canvas_measure;
  widget_class->size_allocate = quadrant_map_canvas_size_allocate;
  widget_class->snapshot = quadrant_map_canvas_snapshot;
  widget_class->query_tooltip = quadrant_map_canvas_query_tooltip;
  widget_class->focus = quadrant_map_canvas_focus;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_MOVEMENT] =
    g_param_spec_boolean ("show-movement", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, QUADRANT_MAP_ZOOM_MIN, QUADRANT_MAP_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_PARTY] =
    g_param_spec_object ("focus-party", NULL, NULL, QUADRANT_TYPE_PARTY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "quadrant-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
quadrant_map_canvas_init (QuadrantMapCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *gesture;
  GtkEventController *controller;
  GtkDropTarget *drop;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  self->zoom = 1.0;
  self->layout = quadrant_map_layout_new ();
  self->layout_dirty = TRUE;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect (gesture, "cancel", G_CALLBACK (drag_cancel_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_leave_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (drop, (GType[3]) { QUADRANT_TYPE_PARTY, QUADRANT_TYPE_CATALOGUE_ITEM,
                                                 G_TYPE_STRING }, 3);
  g_signal_connect (drop, "accept", G_CALLBACK (drop_accept_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  g_signal_connect (drop, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (drop, "enter", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (drop_leave_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drop));

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APPLICATION_ID);
      g_signal_connect_object (self->settings, "changed::presentation-scale",
                               G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

  update_accessible (self);
}

/* ---- Private API (the handlers, callable from tests) ---- */

QuadrantMapLayout *
_quadrant_map_canvas_get_layout (QuadrantMapCanvas *self)
{
  ensure_layout (self);
  return self->layout;
}

void
_quadrant_map_canvas_point_for_values (QuadrantMapCanvas *self,
                                       int                power,
                                       int                interest,
                                       double            *x,
                                       double            *y)
{
  ensure_layout (self);
  quadrant_map_layout_to_point (self->layout, power, interest, x, y);
  *x -= adjustment_value (self->hadjustment);
  *y -= adjustment_value (self->vadjustment);
}

void
_quadrant_map_canvas_drag_begin (QuadrantMapCanvas *self,
                                 double             x,
                                 double             y)
{
  const QuadrantMapMarker *marker;

  if (self->reg == NULL)
    return;
  finish_drag (self);

  marker = marker_at (self, x, y);
  to_content (self, x, y, &self->drag_x, &self->drag_y);
  if (marker != NULL)
    {
      self->drag_mode = DRAG_MOVE;
      self->drag_party = g_object_ref (marker->party);
      /* The marker keeps its place under the pointer instead of jumping. */
      self->grab_dx = self->drag_x - marker->x;
      self->grab_dy = self->drag_y - marker->y;
      set_focus_party_internal (self, marker->party);
      quadrant_register_begin_group (self->reg, _("Move Party"));
      self->group_open = TRUE;
    }
  else if (self->zoom > 1.0)
    {
      self->drag_mode = DRAG_PAN;
      self->pan_h = adjustment_value (self->hadjustment);
      self->pan_v = adjustment_value (self->vadjustment);
    }
}

void
_quadrant_map_canvas_drag_update (QuadrantMapCanvas *self,
                                  double             offset_x,
                                  double             offset_y)
{
  int power, interest;

  switch (self->drag_mode)
    {
    case DRAG_MOVE:
      quadrant_map_layout_to_values (self->layout,
                                     self->drag_x + offset_x - self->grab_dx,
                                     self->drag_y + offset_y - self->grab_dy,
                                     &power, &interest);
      if (power != quadrant_party_get_power (self->drag_party) ||
          interest != quadrant_party_get_interest (self->drag_party))
        quadrant_register_move_party (self->reg, self->drag_party, power, interest);
      break;

    case DRAG_PAN:
      if (self->hadjustment != NULL)
        gtk_adjustment_set_value (self->hadjustment, self->pan_h - offset_x);
      if (self->vadjustment != NULL)
        gtk_adjustment_set_value (self->vadjustment, self->pan_v - offset_y);
      break;

    case DRAG_NONE:
    default:
      break;
    }
}

void
_quadrant_map_canvas_drag_end (QuadrantMapCanvas *self,
                               double             offset_x,
                               double             offset_y)
{
  if (self->drag_mode != DRAG_NONE)
    _quadrant_map_canvas_drag_update (self, offset_x, offset_y);
  finish_drag (self);
}

gboolean
_quadrant_map_canvas_key_pressed (QuadrantMapCanvas *self,
                                  guint              keyval,
                                  GdkModifierType    state)
{
  int step = (state & GDK_SHIFT_MASK) ? 10 : 1;

  if (self->reg == NULL || self->focus_party == NULL ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus_party_by (self, 0, -step);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus_party_by (self, 0, step);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus_party_by (self, step, 0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus_party_by (self, -step, 0);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      return gtk_widget_activate_action (GTK_WIDGET (self), "win.show-party", "s",
                                         quadrant_party_get_id (self->focus_party));
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      remove_focus_party (self);
      return TRUE;
    case GDK_KEY_Escape:
      /* Deselects; in presentation Esc is for leaving, at once. */
      if (self->presentation)
        return FALSE;
      set_focus_party_internal (self, NULL);
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
_quadrant_map_canvas_drop (QuadrantMapCanvas *self,
                           const GValue      *value,
                           double             x,
                           double             y)
{
  int power, interest;
  double cx, cy;

  if (self->reg == NULL)
    return FALSE;
  ensure_layout (self);
  to_content (self, x, y, &cx, &cy);
  quadrant_map_layout_to_values (self->layout, cx, cy, &power, &interest);

  if (G_VALUE_HOLDS (value, QUADRANT_TYPE_PARTY))
    {
      QuadrantParty *party = g_value_get_object (value);

      /* Only parties of this register: another window's party is not ours to move. */
      if (party == NULL ||
          quadrant_register_find_party (self->reg, quadrant_party_get_id (party)) != party)
        return FALSE;
      quadrant_register_move_party (self->reg, party, power, interest);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      set_focus_party_internal (self, party);
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, QUADRANT_TYPE_CATALOGUE_ITEM))
    {
      QuadrantCatalogueItem *item = g_value_get_object (value);
      const QuadrantCatalogueEntry *entry = item != NULL ? quadrant_catalogue_item_get_entry (item) : NULL;

      return entry != NULL && quadrant_map_canvas_drop_catalogue_entry (self, entry, x, y) != NULL;
    }

  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (g_value_get_string (value), "\n", -1);
      g_autoptr(QuadrantParty) first = NULL;
      guint n = 0;

      for (guint i = 0; lines[i] != NULL && n < DROP_MAX_NAMES; i++)
        {
          g_autoptr(QuadrantParty) party = NULL;
          char *name = g_strstrip (lines[i]);
          int row, column;

          if (*name == '\0' || !g_utf8_validate (name, -1, NULL))
            continue;

          /* A column downwards from the drop point, then the next column. */
          row = n % (power / DROP_STEP + 1);
          column = n / (power / DROP_STEP + 1);
          party = quadrant_party_new (NULL);
          quadrant_party_set_name (party, name);
          quadrant_party_set_power (party, power - row * DROP_STEP);
          quadrant_party_set_interest (party, CLAMP (interest + column * 2 * DROP_STEP, 0, 100));

          if (n == 0)
            quadrant_register_begin_group (self->reg, _("Add Parties"));
          quadrant_register_add_party (self->reg, party);
          if (first == NULL)
            first = g_object_ref (party);
          n++;
        }
      if (n == 0)
        return FALSE;
      quadrant_register_end_group (self->reg);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      set_focus_party_internal (self, first);
      return TRUE;
    }

  return FALSE;
}

char *
_quadrant_map_canvas_tooltip_text (QuadrantMapCanvas *self,
                                   double             x,
                                   double             y)
{
  const QuadrantMapMarker *marker = marker_at (self, x, y);
  QuadrantParty *party;

  if (marker == NULL)
    return NULL;
  party = marker->party;
  /* Only what the map itself shows: never owner, contact, notes or engagement. */
  return g_strdup_printf (_("%s\n%s\nPower %d, interest %d\nSupport: %s"),
                          display_name (party),
                          quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)),
                          quadrant_party_get_power (party),
                          quadrant_party_get_interest (party),
                          quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT,
                                                  quadrant_party_get_current_support (party)));
}

/* ---- Public API ---- */

GtkWidget *
quadrant_map_canvas_new (void)
{
  return g_object_new (QUADRANT_TYPE_MAP_CANVAS, NULL);
}

void
quadrant_map_canvas_set_register (QuadrantMapCanvas *self,
                                  QuadrantRegister  *reg)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (self->reg == reg)
    return;

  if (self->reg != NULL)
    {
      finish_drag (self);
      g_clear_signal_handler (&self->changed_handler, self->reg);
      g_clear_signal_handler (&self->items_handler, quadrant_register_get_parties (self->reg));
    }
  g_set_object (&self->reg, reg);
  if (reg != NULL)
    {
      self->changed_handler = g_signal_connect_object (reg, "changed", G_CALLBACK (register_changed_cb),
                                                       self, G_CONNECT_SWAPPED);
      self->items_handler = g_signal_connect_object (quadrant_register_get_parties (reg), "items-changed",
                                                     G_CALLBACK (parties_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_clear_object (&self->focus_party);
  g_clear_object (&self->hover_party);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      invalidate_layout (self);
      update_accessible (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_PARTY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
}

QuadrantRegister *
quadrant_map_canvas_get_register (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), NULL);
  return self->reg;
}

void
quadrant_map_canvas_set_presentation (QuadrantMapCanvas *self,
                                      gboolean           presentation)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  presentation = !!presentation;
  if (self->presentation == (guint) presentation)
    return;
  self->presentation = presentation;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

gboolean
quadrant_map_canvas_get_presentation (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), FALSE);
  return self->presentation;
}

void
quadrant_map_canvas_set_show_movement (QuadrantMapCanvas *self,
                                       gboolean           show_movement)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  show_movement = !!show_movement;
  if (self->show_movement == (guint) show_movement)
    return;
  self->show_movement = show_movement;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_MOVEMENT]);
}

gboolean
quadrant_map_canvas_get_show_movement (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), FALSE);
  return self->show_movement;
}

void
quadrant_map_canvas_set_zoom (QuadrantMapCanvas *self,
                              double             zoom)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  zoom_at_centre (self, zoom);
}

double
quadrant_map_canvas_get_zoom (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), 1.0);
  return self->zoom;
}

void
quadrant_map_canvas_zoom_in (QuadrantMapCanvas *self)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  zoom_at_centre (self, self->zoom * ZOOM_STEP);
}

void
quadrant_map_canvas_zoom_out (QuadrantMapCanvas *self)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  zoom_at_centre (self, self->zoom / ZOOM_STEP);
}

void
quadrant_map_canvas_zoom_to_fit (QuadrantMapCanvas *self)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  zoom_at (self, 1.0, 0, 0);
}

void
quadrant_map_canvas_set_focus_party (QuadrantMapCanvas *self,
                                     QuadrantParty     *party)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  g_return_if_fail (party == NULL || QUADRANT_IS_PARTY (party));

  set_focus_party_internal (self, party);
}

QuadrantParty *
quadrant_map_canvas_get_focus_party (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), NULL);
  return self->focus_party;
}

QuadrantParty *
quadrant_map_canvas_add_catalogue_entry (QuadrantMapCanvas            *self,
                                         const QuadrantCatalogueEntry *entry,
                                         int                           power,
                                         int                           interest)
{
  g_autoptr(QuadrantParty) party = NULL;

  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (self->reg == NULL)
    return NULL;

  /* The catalogue's own code makes the party, as "Add from Catalogue" does;
   * only its place is the room's rather than the catalogue's guess. */
  party = quadrant_catalogue_entry_create_party (entry);
  quadrant_party_set_power (party, CLAMP (power, 0, 100));
  quadrant_party_set_interest (party, CLAMP (interest, 0, 100));
  quadrant_register_begin_group (self->reg, _("Add from Catalogue"));
  quadrant_register_add_party (self->reg, party);
  quadrant_register_end_group (self->reg);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_focus_party_internal (self, party);
  return party;
}

QuadrantParty *
quadrant_map_canvas_drop_catalogue_entry (QuadrantMapCanvas            *self,
                                          const QuadrantCatalogueEntry *entry,
                                          double                        x,
                                          double                        y)
{
  int power, interest;
  double cx, cy;

  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (self->reg == NULL)
    return NULL;
  ensure_layout (self);
  to_content (self, x, y, &cx, &cy);
  quadrant_map_layout_to_values (self->layout, cx, cy, &power, &interest);
  return quadrant_map_canvas_add_catalogue_entry (self, entry, power, interest);
}

char *
quadrant_map_canvas_describe_party (QuadrantParty *party)
{
  g_return_val_if_fail (QUADRANT_IS_PARTY (party), NULL);

  if (!quadrant_party_is_placed (party))
    /* Translators: a party's name and its support, for a party not on the map */
    return g_strdup_printf (_("%s, not on the map, %s"), display_name (party),
                            support_word (quadrant_party_get_current_support (party)));
  /* Translators: what a screen reader says for a marker on the map,
   * e.g. "Regulator, power 80, interest 65, supportive" */
  return g_strdup_printf (_("%s, power %d, interest %d, %s"), display_name (party),
                          quadrant_party_get_power (party), quadrant_party_get_interest (party),
                          support_word (quadrant_party_get_current_support (party)));
}
