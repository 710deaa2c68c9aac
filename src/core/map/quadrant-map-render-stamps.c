/* quadrant-map-render-stamps.c: images of markers and names, copied by frames
 *
 * Filling a small anti-aliased path costs several microseconds; copying a
 * ready image of it costs one. On image surfaces (the screen, PNG) each kind
 * of marker is drawn once into a stamp and then copied, to a whole device
 * pixel; vector surfaces (PDF) get real paths. Stamps outlive a frame.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "quadrant-map-render-private.h"

#define MAX_STAMPS 256

G_LOCK_DEFINE_STATIC (stamps);
static GPtrArray *stamps;     /* Stamp, most recently made last */

static void
stamp_free (gpointer data)
{
  Stamp *stamp = data;

  cairo_surface_destroy (stamp->surface);
  g_free (stamp);
}

Stamp *
_quadrant_map_render_stamp (cairo_t         *cr,
                            RenderState     *state,
                            QuadrantSupport  support,
                            double           r,
                            double           alpha,
                            double           device_scale)
{
  Stamp *stamp = NULL;
  cairo_t *stamp_cr;
  double line = _quadrant_map_render_line (state);
  int pixels;

  /* The few kinds of a frame are looked up here first, without the lock. */
  for (guint i = 0; i < state->n_local; i++)
    {
      Stamp *s = state->local[i];

      if (s->support == support && s->radius == r && s->alpha == alpha)
        return s;
    }

  G_LOCK (stamps);
  if (stamps == NULL)
    stamps = g_ptr_array_new_with_free_func (stamp_free);
  for (guint i = stamps->len; i-- > 0 && stamp == NULL;)
    {
      Stamp *s = g_ptr_array_index (stamps, i);

      if (s->support == support && s->radius == r && s->alpha == alpha &&
          s->palette == state->palette && s->device_scale == device_scale)
        stamp = s;
    }
  if (stamp == NULL)
    {
      if (stamps->len >= MAX_STAMPS)
        g_ptr_array_remove_range (stamps, 0, stamps->len / 2);

      stamp = g_new0 (Stamp, 1);
      stamp->support = support;
      stamp->radius = r;
      stamp->alpha = alpha;
      stamp->palette = state->palette;
      stamp->device_scale = device_scale;
      pixels = (int) ceil ((2 * (r + 2 * line) + 2) * device_scale);
      stamp->surface = cairo_surface_create_similar_image (cairo_get_target (cr), CAIRO_FORMAT_ARGB32,
                                                           pixels, pixels);
      cairo_surface_set_device_scale (stamp->surface, device_scale, device_scale);
      stamp->half = pixels / device_scale / 2;
      stamp_cr = cairo_create (stamp->surface);
      _quadrant_map_render_marker_shape (stamp_cr, state, support, stamp->half, stamp->half, r, alpha);
      cairo_destroy (stamp_cr);
      g_ptr_array_add (stamps, stamp);
    }
  G_UNLOCK (stamps);

  if (state->n_local < G_N_ELEMENTS (state->local))
    state->local[state->n_local++] = stamp;
  return stamp;
}

/* Names the same way: shaping and rasterising a name costs more than all
 * its marker, so each name is kept as a mask, looked up by its PangoLayout
 * (the layout keeps those across frames). */

#define MAX_TEXT_STAMPS 8192

static GHashTable *text_stamps;   /* PangoLayout → TextStamp */

static void
text_stamp_free (gpointer data)
{
  TextStamp *stamp = data;

  cairo_surface_destroy (stamp->mask);
  g_object_unref (stamp->layout);
  g_free (stamp);
}

TextStamp *
_quadrant_map_render_text_stamp (cairo_t     *cr,
                                 PangoLayout *layout,
                                 double       device_scale)
{
  TextStamp *stamp;
  PangoRectangle ink;
  cairo_t *mask_cr;
  int width, height;

  G_LOCK (stamps);
  if (text_stamps == NULL)
    text_stamps = g_hash_table_new_full (NULL, NULL, NULL, text_stamp_free);
  stamp = g_hash_table_lookup (text_stamps, layout);
  if (stamp != NULL && stamp->device_scale == device_scale)
    {
      G_UNLOCK (stamps);
      return stamp;
    }
  if (g_hash_table_size (text_stamps) >= MAX_TEXT_STAMPS)
    g_hash_table_remove_all (text_stamps);

  pango_layout_get_extents (layout, &ink, NULL);
  stamp = g_new0 (TextStamp, 1);
  stamp->layout = g_object_ref (layout);
  stamp->device_scale = device_scale;
  stamp->x = floor ((double) ink.x / PANGO_SCALE) - 1;
  stamp->y = floor ((double) ink.y / PANGO_SCALE) - 1;
  stamp->width = ceil ((double) (ink.x + ink.width) / PANGO_SCALE) + 1 - stamp->x;
  stamp->height = ceil ((double) (ink.y + ink.height) / PANGO_SCALE) + 1 - stamp->y;
  width = MAX (1, (int) ceil (stamp->width * device_scale));
  height = MAX (1, (int) ceil (stamp->height * device_scale));
  stamp->mask = cairo_surface_create_similar_image (cairo_get_target (cr), CAIRO_FORMAT_A8,
                                                    width, height);
  cairo_surface_set_device_scale (stamp->mask, device_scale, device_scale);
  mask_cr = cairo_create (stamp->mask);
  cairo_move_to (mask_cr, -stamp->x, -stamp->y);
  pango_cairo_show_layout (mask_cr, layout);
  cairo_destroy (mask_cr);
  g_hash_table_replace (text_stamps, layout, stamp);
  G_UNLOCK (stamps);

  return stamp;
}

/* Whether cr draws to pixels, or to a recording of them, without scaling or
 * turning (stamps would blur). */
gboolean
_quadrant_map_render_can_stamp (cairo_t *cr,
                                double   pixel_scale,
                                double  *device_scale)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t matrix;
  double sx, sy;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xx != 1 || matrix.yy != 1 || matrix.xy != 0 || matrix.yx != 0)
    return FALSE;

  /* GTK records a widget's cairo drawing and plays it back later on pixels
   * it alone knows: stamps at the scale the caller gave (its scale factor),
   * else at twice the size, sharp on HiDPI and as good at 1×. */
  if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_RECORDING)
    {
      *device_scale = pixel_scale > 0 ? pixel_scale : 2.0;
      return TRUE;
    }
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (sx != sy)
    return FALSE;
  *device_scale = sx;
  return TRUE;
}
