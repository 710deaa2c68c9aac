/* quadrant-map-canvas-draw.c: what the map shows and says: the drawing (by
 * the core's renderer, as the exports), the values beside a dragged party,
 * tooltips and what screen readers hear
 */
#define G_LOG_DOMAIN "quadrant-map-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-render.h"

/* ---- Helpers ---- */

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

      pango_font_description_set_size (font, pango_font_description_get_size (font) * _quadrant_map_canvas_presentation_scale (self));
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
  double radius = 8 * _quadrant_map_canvas_presentation_scale (self);

  quadrant_map_render_get_color (options, QUADRANT_MAP_COLOR_FOCUS, &r, &g, &b);
  cairo_save (cr);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_arc (cr, self->drop_x, self->drop_y, radius, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
dimmed_cb (QuadrantParty *party,
           gpointer       user_data)
{
  return quadrant_map_canvas_is_dimmed (QUADRANT_MAP_CANVAS (user_data), party);
}

/* ---- Shared with the other canvas files ---- */

void
_quadrant_map_canvas_update_accessible (QuadrantMapCanvas *self)
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
      g_autoptr(GPtrArray) parties = _quadrant_map_canvas_placed_parties (self);
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

void
_quadrant_map_canvas_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double h = _quadrant_map_canvas_adjustment_value (self->hadjustment);
  double v = _quadrant_map_canvas_adjustment_value (self->vadjustment);
  QuadrantMapRenderOptions render_options;
  cairo_t *cr;

  if (self->reg == NULL || width <= 0 || height <= 0)
    return;
  _quadrant_map_canvas_ensure_layout (self);

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
    .pixel_scale = gtk_widget_get_scale_factor (widget),
    .dimmed = self->highlight_value >= 0 ? dimmed_cb : NULL,
    .dimmed_data = self,
    .show_support_goal = self->show_support_goal,
  };
  _quadrant_map_canvas_style_options (self, &render_options);
  quadrant_map_render (cr, self->layout, self->reg, &render_options);
  if (self->drop_active)
    draw_drop_point (self, cr, &render_options);
  cairo_destroy (cr);

  if (self->drag_mode == QUADRANT_MAP_DRAG_MOVE)
    {
      const QuadrantMapMarker *marker = _quadrant_map_canvas_find_marker (self, self->drag_party);

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
                           8 * _quadrant_map_canvas_presentation_scale (self), power, interest);
    }
  gtk_snapshot_restore (snapshot);
}

gboolean
_quadrant_map_canvas_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard,
                                    GtkTooltip *tooltip)
{
  QuadrantMapCanvas *self = QUADRANT_MAP_CANVAS (widget);
  const QuadrantMapMarker *marker;
  g_autofree char *text = NULL;
  double h = _quadrant_map_canvas_adjustment_value (self->hadjustment);
  double v = _quadrant_map_canvas_adjustment_value (self->vadjustment);

  if (keyboard)
    marker = _quadrant_map_canvas_find_marker (self, self->focus_party);
  else
    marker = _quadrant_map_canvas_marker_at (self, x, y);
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

/* ---- Private API ---- */

char *
_quadrant_map_canvas_tooltip_text (QuadrantMapCanvas *self,
                                   double             x,
                                   double             y)
{
  const QuadrantMapMarker *marker = _quadrant_map_canvas_marker_at (self, x, y);
  QuadrantParty *party;
  g_autofree char *title = NULL;

  if (marker == NULL)
    return NULL;
  party = marker->party;
  if (*quadrant_party_get_code (party) != '\0')
    /* Translators: the organisation's reference code and a party's name, e.g. "IP-001 Customers" */
    title = g_strdup_printf (_("%s %s"), quadrant_party_get_code (party), display_name (party));
  else
    title = g_strdup (display_name (party));
  /* Only what the map itself shows: never owner, contact, notes or engagement. */
  return g_strdup_printf (_("%s\n%s\nPower %d, interest %d\nSupport: %s"),
                          title,
                          quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)),
                          quadrant_party_get_power (party),
                          quadrant_party_get_interest (party),
                          quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT,
                                                  quadrant_party_get_current_support (party)));
}

/* ---- Public API ---- */

void
quadrant_map_canvas_set_highlight (QuadrantMapCanvas *self,
                                   QuadrantField      field,
                                   int                value)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));
  g_return_if_fail (field == QUADRANT_FIELD_PARTY_CATEGORY || field == QUADRANT_FIELD_PARTY_KIND);

  if (value < 0)
    value = -1;
  if (self->highlight_field == field && self->highlight_value == value)
    return;
  self->highlight_field = field;
  self->highlight_value = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
quadrant_map_canvas_set_show_support_goal (QuadrantMapCanvas *self,
                                           gboolean           show)
{
  g_return_if_fail (QUADRANT_IS_MAP_CANVAS (self));

  if (self->show_support_goal == !!show)
    return;
  self->show_support_goal = !!show;
  /* The legend explains the arrowheads: laid out anew. */
  self->layout_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
quadrant_map_canvas_get_show_support_goal (QuadrantMapCanvas *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), FALSE);
  return self->show_support_goal;
}

gboolean
quadrant_map_canvas_is_dimmed (QuadrantMapCanvas *self,
                               QuadrantParty     *party)
{
  int value;

  g_return_val_if_fail (QUADRANT_IS_MAP_CANVAS (self), FALSE);
  g_return_val_if_fail (QUADRANT_IS_PARTY (party), FALSE);

  if (self->highlight_value < 0 || party == self->focus_party)
    return FALSE;
  value = self->highlight_field == QUADRANT_FIELD_PARTY_CATEGORY ?
          (int) quadrant_party_get_category (party) : (int) quadrant_party_get_kind (party);
  return value != self->highlight_value;
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
