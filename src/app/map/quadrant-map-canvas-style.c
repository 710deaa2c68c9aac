/* quadrant-map-canvas-style.c: what the desktop asks of the map: large text
 * and high contrast
 *
 * GNOME's text scaling factor reaches GTK as the font resolution
 * (gtk-xft-dpi); the map's type, which the core sizes in pixels at 96 dpi,
 * grows by the same factor, while the markers keep their size. High contrast
 * and the dark style only choose the renderer's palette. Both are followed
 * while the map is shown.
 */
#define G_LOG_DOMAIN "quadrant-map-canvas"

#include "config.h"

#include <adwaita.h>

#include "quadrant-map-canvas-private.h"

static void
text_scale_changed_cb (QuadrantMapCanvas *self)
{
  self->layout_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
style_changed_cb (QuadrantMapCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Shared with the other canvas files ---- */

void
_quadrant_map_canvas_init_style (QuadrantMapCanvas *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* The settings are the display's: known once the canvas is in a window. */
void
_quadrant_map_canvas_root_style (QuadrantMapCanvas *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));

  g_clear_signal_handler (&self->dpi_handler, self->gtk_settings);
  g_set_object (&self->gtk_settings, settings);
  if (settings != NULL)
    self->dpi_handler = g_signal_connect_swapped (settings, "notify::gtk-xft-dpi",
                                                  G_CALLBACK (text_scale_changed_cb), self);
  /* Another display may have another resolution. */
  text_scale_changed_cb (self);
}

void
_quadrant_map_canvas_unroot_style (QuadrantMapCanvas *self)
{
  g_clear_signal_handler (&self->dpi_handler, self->gtk_settings);
  g_clear_object (&self->gtk_settings);
}

double
_quadrant_map_canvas_text_scale (QuadrantMapCanvas *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int dpi = 0;

  if (settings != NULL)
    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  /* -1: not set, the default 96 dpi. */
  return dpi > 0 ? CLAMP (dpi / (96.0 * 1024), 0.5, 4.0) : 1.0;
}

void
_quadrant_map_canvas_style_options (QuadrantMapCanvas        *self,
                                    QuadrantMapRenderOptions *options)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  /* A projector shows the light map whatever the desktop uses; high
   * contrast, which the person at the desk asked for, it shows too. */
  options->dark = !self->presentation && adw_style_manager_get_dark (style);
  options->high_contrast = adw_style_manager_get_high_contrast (style);
}
