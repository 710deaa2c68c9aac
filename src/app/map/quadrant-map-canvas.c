/* quadrant-map-canvas.c: the drawn stakeholder map: its register, layout,
 * selection, zoom and scrolling
 *
 * The layout is computed by the core (the same code as the exports) at the
 * zoomed content size, and only when the register, the size or the options
 * changed; a frame only renders it (quadrant-map-canvas-draw.c). What the
 * pointer, the keyboard and drops do is in quadrant-map-canvas-input.c.
 */
#define G_LOG_DOMAIN "quadrant-map-canvas"

#include "config.h"

#include <math.h>

#include "quadrant-map-canvas-private.h"
#include "quadrant-settings.h"

static void quadrant_map_canvas_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QuadrantMapCanvas, quadrant_map_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      quadrant_map_canvas_scrollable_init))

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_PRESENTATION,
  PROP_SHOW_MOVEMENT,
  PROP_SHOW_NOT_RELEVANT,
  PROP_SHOW_LEGEND,
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

/* ---- Shared with the other canvas files ---- */

/* Widget coordinates to content (layout) coordinates. */
void
_quadrant_map_canvas_to_content (QuadrantMapCanvas *self,
                                 double             x,
                                 double             y,
                                 double            *cx,
                                 double            *cy)
{
  *cx = x + _quadrant_map_canvas_adjustment_value (self->hadjustment);
  *cy = y + _quadrant_map_canvas_adjustment_value (self->vadjustment);
}

/* In a room, names are a share of the window's height, not a point size:
 * QUADRANT_MAP_ROOM_LABEL_PX high in a 1080-line window (a projector, full
 * screen) at the default presentation-scale, in proportion on other screens
 * and settings. */
double
_quadrant_map_canvas_presentation_scale (QuadrantMapCanvas *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  double size, height;

  if (!self->presentation)
    return 1.0;
  size = quadrant_settings_get_presentation_size (self->settings);
  height = gtk_widget_get_height (root != NULL ? GTK_WIDGET (root) : GTK_WIDGET (self));
  return quadrant_map_canvas_room_scale (height, size);
}

static void
get_options (QuadrantMapCanvas  *self,
             QuadrantMapOptions *options)
{
  quadrant_map_options_init (options);
  options->scale = _quadrant_map_canvas_presentation_scale (self);
  options->text_scale = _quadrant_map_canvas_text_scale (self);
  options->show_movement = self->show_movement;
  options->show_not_relevant = self->show_not_relevant;
  options->show_legend = !self->hide_legend;
  options->show_support_goal = self->show_support_goal;
  /* A smaller key rather than one cut short: every party is named (the room
   * cannot point at a marker to read its name). */
  options->complete_key = TRUE;
  /* On a projector the key's type stays readable: what does not fit goes
   * on pages that the facilitator turns. */
  options->page_key = self->presentation;
  options->key_page = self->key_page;
  /* While a party is dragged, only its own label moves. */
  if (self->drag_mode == QUADRANT_MAP_DRAG_MOVE)
    options->dragged = self->drag_party;
}

void
_quadrant_map_canvas_ensure_layout (QuadrantMapCanvas *self)
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
  _quadrant_map_canvas_key_layout_done (self);
}

static void
invalidate_layout (QuadrantMapCanvas *self)
{
  self->layout_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const QuadrantMapMarker *
_quadrant_map_canvas_find_marker (QuadrantMapCanvas *self,
                                  QuadrantParty     *party)
{
  if (party == NULL)
    return NULL;
  _quadrant_map_canvas_ensure_layout (self);
  return quadrant_map_layout_find_marker (self->layout, party);
}

const QuadrantMapMarker *
_quadrant_map_canvas_marker_at (QuadrantMapCanvas *self,
                                double             x,
                                double             y)
{
  double cx, cy;

  _quadrant_map_canvas_ensure_layout (self);
  _quadrant_map_canvas_to_content (self, x, y, &cx, &cy);
  return quadrant_map_layout_hit_test (self->layout, cx, cy);
}

/* The placed parties in register order: the order of Tab. */
GPtrArray *
_quadrant_map_canvas_placed_parties (QuadrantMapCanvas *self)
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

      if (quadrant_party_is_placed (party) &&
          (self->show_not_relevant || quadrant_party_get_relevance (party) != QUADRANT_RELEVANCE_NOT_RELEVANT))
        g_ptr_array_add (parties, party);
      else
        g_object_unref (party);
    }
  return parties;
}

/* Keeps the focused party in view when zoomed in. */
void
_quadrant_map_canvas_scroll_to_party (QuadrantMapCanvas *self,
                                      QuadrantParty     *party)
{
  const QuadrantMapMarker *marker = _quadrant_map_canvas_find_marker (self, party);
  double margin;

  if (marker == NULL || self->zoom <= 1.0)
    return;
  margin = marker->radius * 3;
  if (self->hadjustment != NULL)
    gtk_adjustment_clamp_page (self->hadjustment, marker->x - margin, marker->x + margin);
  if (self->vadjustment != NULL)
    gtk_adjustment_clamp_page (self->vadjustment, marker->y - margin, marker->y + margin);
}

void
_quadrant_map_canvas_set_focus_party (QuadrantMapCanvas *self,
                                      QuadrantParty     *party)
{
  if (!g_set_object (&self->focus_party, party))
    return;
  _quadrant_map_canvas_update_accessible (self);
  _quadrant_map_canvas_scroll_to_party (self, party);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_PARTY]);
}

void
_quadrant_map_canvas_set_hover_party (QuadrantMapCanvas *self,
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
void
_quadrant_map_canvas_zoom_at (QuadrantMapCanvas *self,
                              double             zoom,
                              double             x,
                              double             y)
{
  double old = self->zoom;
  double cx, cy;

  zoom = CLAMP (zoom, QUADRANT_MAP_ZOOM_MIN, QUADRANT_MAP_ZOOM_MAX);
  if (fabs (zoom - old) < 1e-6)
    return;

  _quadrant_map_canvas_to_content (self, x, y, &cx, &cy);
  self->zoom = zoom;
  configure_adjustments (self, cx * zoom / old - x, cy * zoom / old - y);
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
_quadrant_map_canvas_zoom_at_centre (QuadrantMapCanvas *self,
                                     double             zoom)
{
  _quadrant_map_canvas_zoom_at (self, zoom,
                                gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                                gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* ---- Callbacks ---- */

static void
register_changed_cb (QuadrantMapCanvas *self)
{
  invalidate_layout (self);
  /* A move, an undo or a rename changes what the focused marker says. */
  _quadrant_map_canvas_update_accessible (self);
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
    _quadrant_map_canvas_set_focus_party (self, NULL);
  if (self->hover_party != NULL &&
      quadrant_register_find_party (self->reg, quadrant_party_get_id (self->hover_party)) != self->hover_party)
    _quadrant_map_canvas_set_hover_party (self, NULL);
  if (self->drag_party != NULL &&
      quadrant_register_find_party (self->reg, quadrant_party_get_id (self->drag_party)) != self->drag_party)
    _quadrant_map_canvas_finish_drag (self);
  register_changed_cb (self);
}

static void
adjustment_value_changed_cb (QuadrantMapCanvas *self)
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
  configure_adjustments (self, _quadrant_map_canvas_adjustment_value (self->hadjustment), _quadrant_map_canvas_adjustment_value (self->vadjustment));
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
                         _quadrant_map_canvas_adjustment_value (self->hadjustment) * width * self->zoom / MAX (old_width, 1),
                         _quadrant_map_canvas_adjustment_value (self->vadjustment) * height * self->zoom / MAX (old_height, 1));
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

/* ---- GObject ---- */

static void
quadrant_map_canvas_dispose (GObject *object)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (object);

  if (self->reg != NULL)
    _quadrant_map_canvas_finish_drag (self);
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
  g_clear_handle_id (&self->key_pages_source, g_source_remove);
  _quadrant_map_canvas_unroot_style (self);

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
    case PROP_SHOW_NOT_RELEVANT:
      g_value_set_boolean (value, self->show_not_relevant);
      break;

    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, !self->hide_legend);
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
    case PROP_SHOW_NOT_RELEVANT:
      if (self->show_not_relevant != (guint) !!g_value_get_boolean (value))
        {
          self->show_not_relevant = !!g_value_get_boolean (value);
          invalidate_layout (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SHOW_LEGEND:
      quadrant_map_canvas_set_show_legend (self, g_value_get_boolean (value));
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
quadrant_map_canvas_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (quadrant_map_canvas_parent_class)->root (widget);
  _quadrant_map_canvas_root_style (QUADRANT_MAP_CANVAS (widget));
}

static void
quadrant_map_canvas_unroot (GtkWidget *widget)
{
  _quadrant_map_canvas_unroot_style (QUADRANT_MAP_CANVAS (widget));
  GTK_WIDGET_CLASS (quadrant_map_canvas_parent_class)->unroot (widget);
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
  widget_class->snapshot = _quadrant_map_canvas_snapshot;
  widget_class->query_tooltip = _quadrant_map_canvas_query_tooltip;
  widget_class->focus = _quadrant_map_canvas_focus;
  widget_class->root = quadrant_map_canvas_root;
  widget_class->unroot = quadrant_map_canvas_unroot;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_MOVEMENT] =
    g_param_spec_boolean ("show-movement", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Parties judged not relevant, dimmed (otherwise they leave the map). */
  properties[PROP_SHOW_NOT_RELEVANT] =
    g_param_spec_boolean ("show-not-relevant", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, QUADRANT_MAP_ZOOM_MIN, QUADRANT_MAP_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_PARTY] =
    g_param_spec_object ("focus-party", NULL, NULL, QUADRANT_TYPE_PARTY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  _quadrant_map_canvas_key_class_init (klass);

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

  self->zoom = 1.0;
  self->highlight_field = QUADRANT_FIELD_PARTY_CATEGORY;
  self->highlight_value = -1;
  self->layout = quadrant_map_layout_new ();
  self->layout_dirty = TRUE;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  _quadrant_map_canvas_init_input (self);

  self->settings = quadrant_settings_new ();
  g_signal_connect_object (self->settings, "changed::presentation-scale",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);

  _quadrant_map_canvas_init_style (self);

  _quadrant_map_canvas_update_accessible (self);
}

/* ---- Private API (for the tests) ---- */

QuadrantMapLayout *
_quadrant_map_canvas_get_layout (QuadrantMapCanvas *self)
{
  _quadrant_map_canvas_ensure_layout (self);
  return self->layout;
}

void
_quadrant_map_canvas_point_for_values (QuadrantMapCanvas *self,
                                       int                power,
                                       int                interest,
                                       double            *x,
                                       double            *y)
{
  _quadrant_map_canvas_ensure_layout (self);
  quadrant_map_layout_to_point (self->layout, power, interest, x, y);
  *x -= _quadrant_map_canvas_adjustment_value (self->hadjustment);
  *y -= _quadrant_map_canvas_adjustment_value (self->vadjustment);
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
      _quadrant_map_canvas_finish_drag (self);
      g_clear_signal_handler (&self->changed_handler, self->reg);
      g_clear_signal_handler (&self->previewed_handler, self->reg);
      g_clear_signal_handler (&self->items_handler, quadrant_register_get_parties (self->reg));
    }
  g_set_object (&self->reg, reg);
  if (reg != NULL)
    {
      self->changed_handler = g_signal_connect_object (reg, "changed", G_CALLBACK (register_changed_cb),
                                                       self, G_CONNECT_SWAPPED);
      /* A drag shows its move on every map, this one's and the presentation's. */
      self->previewed_handler = g_signal_connect_object (reg, "previewed", G_CALLBACK (invalidate_layout),
                                                         self, G_CONNECT_SWAPPED);
      self->items_handler = g_signal_connect_object (quadrant_register_get_parties (reg), "items-changed",
                                                     G_CALLBACK (parties_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_clear_object (&self->focus_party);
  g_clear_object (&self->hover_party);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      invalidate_layout (self);
      _quadrant_map_canvas_update_accessible (self);
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

double
quadrant_map_canvas_room_scale (double window_height,
                                double presentation_size)
{
  return MAX (window_height, 200) / 1080.0 * QUADRANT_MAP_ROOM_LABEL_PX / QUADRANT_MAP_LABEL_SIZE *
         presentation_size;
}

void
quadrant_map_canvas_set_show_legend (QuadrantMapCanvas *self,
                                     gboolean           show_legend)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  if (self->hide_legend == (guint) !show_legend)
    return;
  self->hide_legend = !show_legend;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEGEND]);
}

gboolean
quadrant_map_canvas_get_show_legend (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), TRUE);
  return !self->hide_legend;
}

void
quadrant_map_canvas_set_zoom (QuadrantMapCanvas *self,
                              double             zoom)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  _quadrant_map_canvas_zoom_at_centre (self, zoom);
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
  _quadrant_map_canvas_zoom_at_centre (self, self->zoom * QUADRANT_MAP_ZOOM_STEP);
}

void
quadrant_map_canvas_zoom_out (QuadrantMapCanvas *self)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  _quadrant_map_canvas_zoom_at_centre (self, self->zoom / QUADRANT_MAP_ZOOM_STEP);
}

void
quadrant_map_canvas_zoom_to_fit (QuadrantMapCanvas *self)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  _quadrant_map_canvas_zoom_at (self, 1.0, 0, 0);
}

void
quadrant_map_canvas_set_focus_party (QuadrantMapCanvas *self,
                                     QuadrantParty     *party)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  g_return_if_fail (party == NULL || QUADRANT_IS_PARTY (party));

  _quadrant_map_canvas_set_focus_party (self, party);
}

QuadrantParty *
quadrant_map_canvas_get_focus_party (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), NULL);
  return self->focus_party;
}
