/* quadrant-map-canvas-input.c: what the pointer, the keyboard and drops do
 * on the map
 *
 * Every move goes through the register's edit API: a mouse drag previews the
 * move live and records it once, on release (one undo step); each arrow key
 * press is one step, a drop one step. The handlers are
 * callable from the tests (quadrant-map-canvas-private.h).
 */
#define G_LOG_DOMAIN "quadrant-map-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "quadrant-catalogue-item.h"
#include "quadrant-map-canvas-private.h"

/* Parties made from several dropped lines of text go down in a column. */
#define DROP_STEP 5
/* More names than this in one drop is most likely not a list of names. */
#define DROP_MAX_NAMES 200

/* ---- Helpers ---- */

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
  _quadrant_map_canvas_scroll_to_party (self, party);
}

static void
remove_focus_party (QuadrantMapCanvas *self)
{
  g_autoptr(GPtrArray) parties = _quadrant_map_canvas_placed_parties (self);
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
  _quadrant_map_canvas_set_focus_party (self, next);
}

/* ---- Callbacks ---- */

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           QuadrantMapCanvas        *self)
{
  const QuadrantMapMarker *marker;

  /* While dragging, the dragged marker is the selected one anyway. */
  if (self->drag_mode != QUADRANT_MAP_DRAG_NONE)
    return;
  marker = _quadrant_map_canvas_marker_at (self, x, y);
  _quadrant_map_canvas_set_hover_party (self, marker != NULL ? marker->party : NULL);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          QuadrantMapCanvas        *self)
{
  _quadrant_map_canvas_set_hover_party (self, NULL);
}

static void
drag_begin_cb (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               QuadrantMapCanvas *self)
{
  _quadrant_map_canvas_drag_begin (self, x, y);
  if (self->drag_mode == QUADRANT_MAP_DRAG_NONE)
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
  _quadrant_map_canvas_finish_drag (self);
}

static void
click_pressed_cb (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  QuadrantMapCanvas *self)
{
  const QuadrantMapMarker *marker = _quadrant_map_canvas_marker_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  _quadrant_map_canvas_set_focus_party (self, marker != NULL ? marker->party : NULL);
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
      _quadrant_map_canvas_zoom_at_centre (self, self->zoom * pow (QUADRANT_MAP_ZOOM_STEP, -dy));
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
      _quadrant_map_canvas_zoom_at (self, self->zoom * pow (QUADRANT_MAP_ZOOM_STEP, -dy), point.x, point.y);
    else
      _quadrant_map_canvas_zoom_at_centre (self, self->zoom * pow (QUADRANT_MAP_ZOOM_STEP, -dy));
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
  _quadrant_map_canvas_zoom_at (self, self->pinch_zoom * scale, x, y);
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

  /* Files go to the window (opening); a read-only map takes nothing. */
  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST) || self->read_only)
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

  _quadrant_map_canvas_to_content (self, x, y, &self->drop_x, &self->drop_y);
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

/* ---- Shared with the other canvas files ---- */

void
_quadrant_map_canvas_init_input (QuadrantMapCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *gesture;
  GtkEventController *controller;
  GtkDropTarget *drop;

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
}

void
_quadrant_map_canvas_finish_drag (QuadrantMapCanvas *self)
{
  /* The move is recorded once, now, as one undo step. */
  if (self->previewing)
    {
      self->previewing = FALSE;
      quadrant_register_end_preview (self->reg, TRUE);
    }
  g_clear_object (&self->drag_party);
  self->drag_mode = QUADRANT_MAP_DRAG_NONE;
}

/* Tab and Shift+Tab go from party to party, then on out of the map. */
gboolean
_quadrant_map_canvas_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (widget);
  g_autoptr(GPtrArray) parties = _quadrant_map_canvas_placed_parties (self);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN ||
                     direction == GTK_DIR_RIGHT;
  guint index;

  if (!gtk_widget_has_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      /* Coming back to the map keeps the selected party; else Tab starts at an end. */
      if (parties->len > 0 && (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD) &&
          (self->focus_party == NULL || !g_ptr_array_find (parties, self->focus_party, NULL)))
        _quadrant_map_canvas_set_focus_party (self, g_ptr_array_index (parties, forward ? 0 : parties->len - 1));
      return TRUE;
    }

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return FALSE;

  if (self->focus_party == NULL || !g_ptr_array_find (parties, self->focus_party, &index))
    {
      if (parties->len == 0)
        return FALSE;
      _quadrant_map_canvas_set_focus_party (self, g_ptr_array_index (parties, forward ? 0 : parties->len - 1));
      return TRUE;
    }

  if (forward && index + 1 < parties->len)
    {
      _quadrant_map_canvas_set_focus_party (self, g_ptr_array_index (parties, index + 1));
      return TRUE;
    }
  if (!forward && index > 0)
    {
      _quadrant_map_canvas_set_focus_party (self, g_ptr_array_index (parties, index - 1));
      return TRUE;
    }
  return FALSE;
}

/* ---- Private API (the handlers, callable from tests) ---- */

void
_quadrant_map_canvas_drag_begin (QuadrantMapCanvas *self,
                                 double             x,
                                 double             y)
{
  const QuadrantMapMarker *marker;

  if (self->reg == NULL)
    return;
  _quadrant_map_canvas_finish_drag (self);

  marker = _quadrant_map_canvas_marker_at (self, x, y);
  _quadrant_map_canvas_to_content (self, x, y, &self->drag_x, &self->drag_y);
  /* Read-only: a press selects the party; dragging it pans, if anything. */
  if (marker != NULL && self->read_only)
    _quadrant_map_canvas_set_focus_party (self, marker->party);
  if (marker != NULL && !self->read_only)
    {
      self->drag_mode = QUADRANT_MAP_DRAG_MOVE;
      self->drag_party = g_object_ref (marker->party);
      /* The marker keeps its place under the pointer instead of jumping. */
      self->grab_dx = self->drag_x - marker->x;
      self->grab_dy = self->drag_y - marker->y;
      _quadrant_map_canvas_set_focus_party (self, marker->party);
    }
  else if (self->zoom > 1.0)
    {
      self->drag_mode = QUADRANT_MAP_DRAG_PAN;
      self->pan_h = _quadrant_map_canvas_adjustment_value (self->hadjustment);
      self->pan_v = _quadrant_map_canvas_adjustment_value (self->vadjustment);
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
    case QUADRANT_MAP_DRAG_MOVE:
      quadrant_map_layout_to_values (self->layout,
                                     self->drag_x + offset_x - self->grab_dx,
                                     self->drag_y + offset_y - self->grab_dy,
                                     &power, &interest);
      /* Shown live on every map; recorded when the drag ends. */
      self->previewing = TRUE;
      quadrant_register_preview_move (self->reg, self->drag_party, power, interest);
      break;

    case QUADRANT_MAP_DRAG_PAN:
      if (self->hadjustment != NULL)
        gtk_adjustment_set_value (self->hadjustment, self->pan_h - offset_x);
      if (self->vadjustment != NULL)
        gtk_adjustment_set_value (self->vadjustment, self->pan_v - offset_y);
      break;

    case QUADRANT_MAP_DRAG_NONE:
    default:
      break;
    }
}

void
_quadrant_map_canvas_drag_end (QuadrantMapCanvas *self,
                               double             offset_x,
                               double             offset_y)
{
  if (self->drag_mode != QUADRANT_MAP_DRAG_NONE)
    _quadrant_map_canvas_drag_update (self, offset_x, offset_y);
  _quadrant_map_canvas_finish_drag (self);
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

  if (self->read_only)
    switch (keyval)
      {
      case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_Right: case GDK_KEY_KP_Right:
      case GDK_KEY_Up: case GDK_KEY_KP_Up: case GDK_KEY_Down: case GDK_KEY_KP_Down:
      case GDK_KEY_Delete: case GDK_KEY_KP_Delete:
        gtk_widget_error_bell (GTK_WIDGET (self));
        return TRUE;
      default:
        break;
      }

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
      _quadrant_map_canvas_set_focus_party (self, NULL);
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

  if (self->reg == NULL || self->read_only)
    return FALSE;
  _quadrant_map_canvas_ensure_layout (self);
  _quadrant_map_canvas_to_content (self, x, y, &cx, &cy);
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
      _quadrant_map_canvas_set_focus_party (self, party);
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

          if (!g_utf8_validate (name, -1, NULL) || quadrant_text_is_blank (name))
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
      _quadrant_map_canvas_set_focus_party (self, first);
      return TRUE;
    }

  return FALSE;
}

/* ---- Public API ---- */

QuadrantParty *
quadrant_map_canvas_add_catalogue_entry (QuadrantMapCanvas            *self,
                                         const QuadrantCatalogueEntry *entry,
                                         int                           power,
                                         int                           interest)
{
  g_autoptr(QuadrantParty) party = NULL;

  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (self->reg == NULL || self->read_only)
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
  _quadrant_map_canvas_set_focus_party (self, party);
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
  _quadrant_map_canvas_ensure_layout (self);
  _quadrant_map_canvas_to_content (self, x, y, &cx, &cy);
  quadrant_map_layout_to_values (self->layout, cx, cy, &power, &interest);
  return quadrant_map_canvas_add_catalogue_entry (self, entry, power, interest);
}

void
quadrant_map_canvas_set_read_only (QuadrantMapCanvas *self,
                                   gboolean           read_only)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  _quadrant_map_canvas_finish_drag (self);
  self->read_only = !!read_only;
}

gboolean
quadrant_map_canvas_get_read_only (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), FALSE);
  return self->read_only;
}
