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
  /* Added after the first version of this header: */
  double         pixel_scale;    /* device pixels per unit where cr cannot tell (GTK
                                    records a widget's drawing): the widget's scale
                                    factor; 0 means 2, sharp on HiDPI screens too */
  /* Parties for which dimmed returns TRUE are drawn faint (a filter such as
   * "show only suppliers"); NULL dims none. The parties in focus never are. */
  gboolean     (*dimmed) (QuadrantParty *party,
                          gpointer       user_data);
  gpointer       dimmed_data;
  gboolean       show_support_goal; /* beside each party whose desired support differs
                                       from its current one, an arrowhead in the desired
                                       level's colour: up for more support, down for less */
  gboolean       high_contrast;  /* the desktop's high contrast: no tints, black or white
                                    text and lines (with dark, on black), heavier lines;
                                    over presentation's palette too */
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

/* Added after the first version of this header: */

/* The outline of a marker shape centred on (x, y), as a new sub-path of cr
 * (not filled or stroked). */
void quadrant_map_render_marker_path (cairo_t             *cr,
                                      QuadrantMarkerShape  shape,
                                      double               x,
                                      double               y,
                                      double               radius);

typedef enum {
  QUADRANT_MAP_COLOR_BACKGROUND,
  QUADRANT_MAP_COLOR_TEXT,
  QUADRANT_MAP_COLOR_MUTED,             /* subtitle, leader lines, arrows */
  QUADRANT_MAP_COLOR_BORDER,            /* the grid's edge and the legend's box */
  QUADRANT_MAP_COLOR_MIDLINE,           /* the lines at 50 */
  QUADRANT_MAP_COLOR_LEGEND_BACKGROUND,
  QUADRANT_MAP_COLOR_FOCUS,
  QUADRANT_MAP_COLOR_MANAGE_CLOSELY,    /* the quadrants' tints */
  QUADRANT_MAP_COLOR_KEEP_SATISFIED,
  QUADRANT_MAP_COLOR_KEEP_INFORMED,
  QUADRANT_MAP_COLOR_MONITOR,
} QuadrantMapColor;

/* A colour of the palette that options select (light or dark, presentation),
 * as red, green, blue in 0–1; options may be NULL. */
void   quadrant_map_render_get_color      (const QuadrantMapRenderOptions *options,
                                           QuadrantMapColor                color,
                                           double                         *red,
                                           double                         *green,
                                           double                         *blue);
/* The width of the grid's lines for layout and options; the lines at 50 are
 * 1.5 times as wide. */
double quadrant_map_render_get_line_width (QuadrantMapLayout              *layout,
                                           const QuadrantMapRenderOptions *options);
/* How opaque the box behind each name is (it keeps names readable on lines). */
double quadrant_map_render_get_halo_alpha (const QuadrantMapRenderOptions *options);

G_END_DECLS
