/* quadrant-map-render.h: draws a computed map layout with cairo and pango
 *
 * The same function draws the screen, presentation mode, PNG and PDF exports,
 * so they look alike. Only names and positions are drawn: never the owner,
 * contact, notes or engagement plan of a party (presentation mode and exports
 * are seen by people who must not see them).
 *
 * Support is shown by colour (Okabe-Ito, safe for colour-blind viewers) and by
 * shape, so the map also reads in grey-scale.
 */
#pragma once

#include <cairo.h>

#include "quadrant-map-layout.h"

G_BEGIN_DECLS

typedef struct {
  QuadrantParty *selected;       /* highlighted, drawn on top; may be NULL */
  QuadrantParty *focused;        /* keyboard focus ring; may be NULL */
  QuadrantParty *hovered;        /* may be NULL */
  gboolean       presentation;   /* high contrast, heavier lines; type size comes
                                    from the layout's scale */
  gboolean       show_movement;  /* faint marker at the latest revision's position and an
                                    arrow to the current one (compute the layout with
                                    options->show_movement too) */
  gboolean       dark;           /* dark palette */
  gboolean       transparent;    /* leave the background alone (a widget's own) */
} QuadrantMapRenderOptions;

/* Draws layout (computed from reg) at user-space origin (0, 0) of cr.
 * options may be NULL: light palette, nothing highlighted. */
void quadrant_map_render        (cairo_t                        *cr,
                                 QuadrantMapLayout              *layout,
                                 QuadrantRegister               *reg,
                                 const QuadrantMapRenderOptions *options);

/* One marker, as on the map, centred on (x, y): for the tray of unplaced
 * parties, drag icons and legends drawn elsewhere. */
void quadrant_map_render_marker (cairo_t                        *cr,
                                 QuadrantSupport                 support,
                                 double                          x,
                                 double                          y,
                                 double                          radius,
                                 gboolean                        dark);

/* The colour of a support level as red, green, blue in 0–1. */
void quadrant_map_render_support_color (QuadrantSupport  support,
                                        gboolean         dark,
                                        double          *red,
                                        double          *green,
                                        double          *blue);

G_END_DECLS
