/* quadrant-map-render-layer.c: the still part of the map, drawn once
 *
 * While a party is dragged, or the pointer moves over the map, everything but
 * the parties in focus (selected, focused, hovered: drawn on top anyway) looks
 * exactly as in the last frame. Once a frame has shown the same still part as
 * the one before, that part is kept as an image on the layout, and later
 * frames copy it and draw only the parties in focus: a drag frame of a large
 * register costs one copy instead of every name and marker.
 *
 * What the still part shows is compared in full (every marker, name layout,
 * fixed text and the palette), so a frame never shows a stale image; a change
 * anywhere simply draws the frame directly again.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include "quadrant-map-layout-private.h"
#include "quadrant-map-render-private.h"

/* Larger maps (zoomed in far) are drawn directly: the image would cost more
 * memory than it saves time. */
#define MAX_LAYER_PIXELS (12 * 1024 * 1024)
/* Device pixels an image may be larger than the map it holds. */
#define LAYER_SLACK      64

/* What the still part of a frame shows. */
typedef struct {
  double         width, height, scale, device_scale;
  QuadrantRect   plot, legend;
  GArray        *markers;        /* QuadrantMapMarker */
  GPtrArray     *label_layouts;  /* references: an address is never reused while kept */
  GArray        *texts;          /* QuadrantMapText */
  GPtrArray     *text_layouts;
  guint          specials[3];    /* marker indices left out, G_MAXUINT for none */
  GByteArray    *dimmed;         /* per marker, or empty: none dimmed */
  const Palette *palette;
  gboolean       dark, transparent, show_movement, support_goal;
} Still;

struct _QuadrantMapRenderLayer {
  Still            seen;      /* the still part of the last frame */
  gboolean         has_seen;
  cairo_surface_t *surface;   /* kept for the next image of the same size */
  gboolean         drawn;     /* surface shows seen (a frame showed it twice) */
};

static GQuark
layer_quark (void)
{
  return g_quark_from_static_string ("quadrant-map-render-layer");
}

static void
layer_free (gpointer data)
{
  QuadrantMapRenderLayer *layer = data;

  g_clear_pointer (&layer->seen.markers, g_array_unref);
  g_clear_pointer (&layer->seen.label_layouts, g_ptr_array_unref);
  g_clear_pointer (&layer->seen.texts, g_array_unref);
  g_clear_pointer (&layer->seen.text_layouts, g_ptr_array_unref);
  g_clear_pointer (&layer->seen.dimmed, g_byte_array_unref);
  g_clear_pointer (&layer->surface, cairo_surface_destroy);
  g_free (layer);
}

static gboolean
same_layouts (GPtrArray *kept,
              GPtrArray *now)
{
  return kept->len == now->len &&
         (now->len == 0 || memcmp (kept->pdata, now->pdata, now->len * sizeof (gpointer)) == 0);
}

static gboolean
is_special (const guint specials[3],
            guint       index)
{
  return specials[0] == index || specials[1] == index || specials[2] == index;
}

/* Whether the still part of this frame is the one seen last. */
static gboolean
still_equal (const Still       *seen,
             QuadrantMapLayout *layout,
             const RenderState *state,
             double             device_scale,
             gboolean           transparent,
             gboolean           show_movement)
{
  const QuadrantMapMarker *a, *b;

  if (seen->width != layout->width || seen->height != layout->height ||
      seen->scale != layout->scale || seen->device_scale != device_scale ||
      memcmp (&seen->plot, &layout->plot, sizeof seen->plot) != 0 ||
      memcmp (&seen->legend, &layout->legend, sizeof seen->legend) != 0 ||
      memcmp (seen->specials, state->specials, sizeof seen->specials) != 0 ||
      seen->palette != state->palette || seen->dark != state->dark ||
      seen->transparent != transparent || seen->show_movement != show_movement ||
      seen->support_goal != state->support_goal)
    return FALSE;

  if (state->dimmed != NULL ?
      (seen->dimmed->len != state->dimmed->len ||
       memcmp (seen->dimmed->data, state->dimmed->data, state->dimmed->len) != 0) :
      seen->dimmed->len != 0)
    return FALSE;

  if (seen->texts->len != layout->texts->len ||
      (layout->texts->len > 0 &&
       memcmp (seen->texts->data, layout->texts->data,
               layout->texts->len * sizeof (QuadrantMapText)) != 0) ||
      !same_layouts (seen->text_layouts, layout->text_layouts))
    return FALSE;

  if (seen->markers->len != layout->markers->len)
    return FALSE;
  a = (const QuadrantMapMarker *) (void *) seen->markers->data;
  b = (const QuadrantMapMarker *) (void *) layout->markers->data;
  for (guint i = 0; i < layout->markers->len; i++)
    {
      if (is_special (state->specials, i))
        continue;
      if (memcmp (&a[i], &b[i], sizeof a[i]) != 0 ||
          g_ptr_array_index (seen->label_layouts, i) != g_ptr_array_index (layout->label_layouts, i))
        return FALSE;
    }
  return TRUE;
}

static void
copy_layouts (GPtrArray *to,
              GPtrArray *from)
{
  g_ptr_array_set_size (to, 0);
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_object_ref (g_ptr_array_index (from, i)));
}

static void
still_set (Still             *seen,
           QuadrantMapLayout *layout,
           const RenderState *state,
           double             device_scale,
           gboolean           transparent,
           gboolean           show_movement)
{
  seen->width = layout->width;
  seen->height = layout->height;
  seen->scale = layout->scale;
  seen->device_scale = device_scale;
  seen->plot = layout->plot;
  seen->legend = layout->legend;
  memcpy (seen->specials, state->specials, sizeof seen->specials);
  seen->palette = state->palette;
  seen->dark = state->dark;
  seen->transparent = transparent;
  seen->show_movement = show_movement;
  seen->support_goal = state->support_goal;

  g_byte_array_set_size (seen->dimmed, 0);
  if (state->dimmed != NULL)
    g_byte_array_append (seen->dimmed, state->dimmed->data, state->dimmed->len);
  g_array_set_size (seen->markers, 0);
  g_array_append_vals (seen->markers, layout->markers->data, layout->markers->len);
  copy_layouts (seen->label_layouts, layout->label_layouts);
  g_array_set_size (seen->texts, 0);
  g_array_append_vals (seen->texts, layout->texts->data, layout->texts->len);
  copy_layouts (seen->text_layouts, layout->text_layouts);
}

QuadrantMapRenderLayer *
_quadrant_map_render_layer_get (QuadrantMapLayout *layout)
{
  QuadrantMapRenderLayer *layer = g_object_get_qdata (G_OBJECT (layout), layer_quark ());

  if (layer == NULL)
    {
      layer = g_new0 (QuadrantMapRenderLayer, 1);
      layer->seen.markers = g_array_new (FALSE, FALSE, sizeof (QuadrantMapMarker));
      layer->seen.label_layouts = g_ptr_array_new_with_free_func (g_object_unref);
      layer->seen.texts = g_array_new (FALSE, FALSE, sizeof (QuadrantMapText));
      layer->seen.text_layouts = g_ptr_array_new_with_free_func (g_object_unref);
      layer->seen.dimmed = g_byte_array_new ();
      g_object_set_qdata_full (G_OBJECT (layout), layer_quark (), layer, layer_free);
    }
  return layer;
}

void
_quadrant_map_render_layer_drop (QuadrantMapLayout *layout)
{
  g_object_set_qdata (G_OBJECT (layout), layer_quark (), NULL);
}

/* Whether the map fits an image of reasonable size and cr draws it at whole
 * device pixels (a copy between pixels would blur). */
static gboolean
layer_possible (cairo_t           *cr,
                QuadrantMapLayout *layout,
                const RenderState *state)
{
  cairo_matrix_t matrix;
  double x, y;

  if (!state->stamps)
    return FALSE;
  if (layout->width * layout->height * state->device_scale * state->device_scale > MAX_LAYER_PIXELS)
    return FALSE;
  cairo_get_matrix (cr, &matrix);
  x = matrix.x0 * state->device_scale;
  y = matrix.y0 * state->device_scale;
  return fabs (x - round (x)) < 1e-6 && fabs (y - round (y)) < 1e-6;
}

gboolean
_quadrant_map_render_layer_paint (cairo_t                *cr,
                                  QuadrantMapRenderLayer *layer,
                                  RenderState            *state,
                                  QuadrantMapLayout      *layout,
                                  gboolean                transparent,
                                  gboolean                show_movement)
{
  double ds = state->device_scale;

  if (!layer_possible (cr, layout, state))
    {
      layer->has_seen = FALSE;
      layer->drawn = FALSE;
      g_clear_pointer (&layer->surface, cairo_surface_destroy);
      return FALSE;
    }

  if (!layer->has_seen || !still_equal (&layer->seen, layout, state, ds, transparent, show_movement))
    {
      /* New: drawn directly this time, kept only if the next frame shows it again. */
      still_set (&layer->seen, layout, state, ds, transparent, show_movement);
      layer->has_seen = TRUE;
      layer->drawn = FALSE;
      return FALSE;
    }

  if (!layer->drawn)
    {
      /* Opaque unless the map lies on a widget's own background: copied
       * without blending then. */
      cairo_format_t format = transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24;
      int width = (int) ceil (layout->width * ds), height = (int) ceil (layout->height * ds);
      cairo_t *layer_cr;
      RenderState layer_state = *state;

      /* A new image only when the map grew, or shrank a lot (a resize
       * would otherwise make one every frame). */
      if (layer->surface != NULL &&
          (cairo_image_surface_get_format (layer->surface) != format ||
           cairo_image_surface_get_width (layer->surface) < width ||
           cairo_image_surface_get_height (layer->surface) < height ||
           cairo_image_surface_get_width (layer->surface) > width + LAYER_SLACK ||
           cairo_image_surface_get_height (layer->surface) > height + LAYER_SLACK ||
           cairo_surface_get_reference_count (layer->surface) > 1))
        g_clear_pointer (&layer->surface, cairo_surface_destroy);
      if (layer->surface == NULL)
        {
          layer->surface = cairo_image_surface_create (format, width + LAYER_SLACK / 2,
                                                       height + LAYER_SLACK / 2);
          cairo_surface_set_device_scale (layer->surface, ds, ds);
        }
      layer_cr = cairo_create (layer->surface);
      cairo_rectangle (layer_cr, 0, 0, width / ds, height / ds);
      cairo_clip (layer_cr);
      if (transparent)
        {
          cairo_set_operator (layer_cr, CAIRO_OPERATOR_CLEAR);
          cairo_paint (layer_cr);
          cairo_set_operator (layer_cr, CAIRO_OPERATOR_OVER);
        }
      cairo_set_line_join (layer_cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (layer_cr, CAIRO_LINE_CAP_ROUND);
      layer_state.question = NULL;
      layer_state.dimmed = state->dimmed;
      _quadrant_map_render_still (layer_cr, &layer_state, layout, transparent, show_movement);
      g_clear_object (&layer_state.question);
      cairo_destroy (layer_cr);
      layer->drawn = TRUE;
    }

  cairo_set_source_surface (cr, layer->surface, 0, 0);
  cairo_rectangle (cr, 0, 0, ceil (layout->width * ds) / ds, ceil (layout->height * ds) / ds);
  cairo_fill (cr);
  return TRUE;
}
