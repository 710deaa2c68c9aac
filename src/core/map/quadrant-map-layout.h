/* quadrant-map-layout.h: where everything on the stakeholder map goes
 *
 * One layout serves the screen, presentation mode and every export, so they all
 * show the same picture. Coordinates are in user units (pixels on screen, points
 * in PDF); power runs up the vertical axis, interest along the horizontal one.
 *
 * Computing is cheap enough to redo on every frame (a drag): text sizes are
 * measured once per name and scale and cached in the layout, so keep one
 * layout object per view and call quadrant_map_layout_compute() again.
 */
#pragma once

#include <gio/gio.h>
#include <pango/pango.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} QuadrantRect;

/* The size of party names at scale 1, in user units. */
#define QUADRANT_MAP_LABEL_SIZE 13.0
/* The numbered key's type shrinks to fit, to this share of the names' size
 * at the least (18 px beside names of 36 px on a projector); a key that
 * still does not fit is cut short or, with page_key, paged. */
#define QUADRANT_MAP_KEY_MIN_SHARE 0.5

typedef enum {
  QUADRANT_MARKER_CIRCLE,        /* any shape per support level; see quadrant_map_layout_marker_shape() */
  QUADRANT_MARKER_TRIANGLE_DOWN,
  QUADRANT_MARKER_SQUARE,
  QUADRANT_MARKER_DIAMOND,
  QUADRANT_MARKER_STAR,
  QUADRANT_MARKER_QUESTION,      /* an outlined circle with a "?" (unaware) */
} QuadrantMarkerShape;

typedef struct {
  QuadrantParty       *party;        /* not owned; the register keeps it */
  double               x, y;         /* centre of the marker */
  double               radius;
  QuadrantMarkerShape  shape;
  QuadrantRect         label;        /* where the name goes, chosen so labels never overlap */
  gboolean             label_moved;  /* label placed away from the marker: draw a leader line */
  /* Added after the first version of this header: */
  QuadrantSupport      support;      /* current support, as drawn */
  gboolean             label_overlaps; /* no free place was found: least overlap */
  gboolean             has_previous; /* options->show_movement and the latest revision has a
                                        different position for this party */
  double               previous_x, previous_y;
  guint                position;     /* index of the party in the register */
  double               label_baseline; /* y of the name's baseline; it starts at label.x */
  QuadrantQuadrant     quadrant;     /* the party's quadrant: its label stays inside it */
  guint                key_number;   /* 0, or the name found no place next to the marker:
                                        label is this number's box, the name is in the key */
  double               name_width, name_height; /* the name's size, whatever label holds */
  double               name_baseline; /* the name's baseline below its top */
  gboolean             dimmed;       /* judged not relevant, drawn faintly (show_not_relevant) */
  QuadrantSupport      desired_support; /* the support the party should give */
} QuadrantMapMarker;

typedef struct {
  double      scale;              /* 1.0 on screen; larger for projectors (type and markers grow); 0 means 1.0 */
  gboolean    size_by_requirements;
  gboolean    show_title;         /* the organisation and date above the grid (exports) */
  gboolean    show_legend;
  /* Added after the first version of this header: */
  gboolean    show_movement;      /* compute previous positions from the latest revision
                                     and explain them in the legend */
  gboolean    show_support_goal;  /* explain the support goals' arrowheads in the legend
                                     (QuadrantMapRenderOptions.show_support_goal draws them) */
  const char *title;              /* NULL: "<organisation> — Stakeholder map" */
  const char *font_family;        /* NULL: "Sans" */
  gboolean    show_unassessed;    /* list the parties not yet assessed under the map (exports) */
  gboolean    complete_key;       /* name every party in the numbered key: smaller type, and
                                     with show_unassessed (a page) more columns (exports,
                                     print, presentation) */
  QuadrantParty *dragged;         /* being dragged: every other label stays where it was */
  gboolean    show_not_relevant;  /* parties judged not relevant too, dimmed; otherwise they
                                     are left out (clause 4.2 a: the map is of relevant ones) */
  gboolean    page_key;           /* a complete_key that does not fit even in its smallest type
                                     is split into pages rather than cut short (presentation) */
  guint       key_page;           /* with page_key, the page shown (clamped to the last) */
  double      text_scale;         /* the desktop's text scaling on top of scale, for type
                                     only (markers keep their size); 0 means 1.0. Less of
                                     it (never below 1) where it would leave the grid under
                                     half the map. Screens set it, exports leave it so they
                                     do not depend on the desktop they were made on */
} QuadrantMapOptions;

/* Every piece of fixed text on the map besides the party names, so the renderer
 * and the SVG writer draw exactly the same thing. */
typedef enum {
  QUADRANT_MAP_TEXT_TITLE,
  QUADRANT_MAP_TEXT_SUBTITLE,
  QUADRANT_MAP_TEXT_AXIS,          /* axis titles; the power one is vertical */
  QUADRANT_MAP_TEXT_TICK,          /* "low" / "high" along the axes */
  QUADRANT_MAP_TEXT_QUADRANT,      /* the four quadrant names */
  QUADRANT_MAP_TEXT_LEGEND_HEADING,
  QUADRANT_MAP_TEXT_LEGEND,        /* an entry; see legend_kind */
  /* Added after the first version of this header: */
  QUADRANT_MAP_TEXT_NOTE,          /* under the legend: how many names found no room */
  QUADRANT_MAP_TEXT_KEY_HEADING,
  QUADRANT_MAP_TEXT_KEY,           /* "12  Name": a numbered marker's name; see party */
  QUADRANT_MAP_TEXT_UNASSESSED,    /* under the map: "Not yet assessed: …" (exports) */
} QuadrantMapTextRole;

typedef enum {
  QUADRANT_MAP_LEGEND_NONE,        /* not a legend entry */
  QUADRANT_MAP_LEGEND_SUPPORT,     /* sample marker of .support at (marker_x, marker_y) */
  QUADRANT_MAP_LEGEND_SIZE,        /* "size: number of requirements" (two sample sizes) */
  QUADRANT_MAP_LEGEND_MOVEMENT,    /* faint marker and arrow: moved since the last revision */
  QUADRANT_MAP_LEGEND_GOAL,        /* arrowhead: the support wanted (support: its colour) */
  QUADRANT_MAP_LEGEND_REVIEW,      /* dotted ring: a party to review (see quadrant_party_is_to_review) */
} QuadrantMapLegendKind;

typedef struct {
  QuadrantMapTextRole   role;
  const char           *text;      /* owned by the layout */
  QuadrantRect          rect;      /* the box the text takes up as drawn (already rotated) */
  double                x, y;      /* where the text starts: left end of its baseline
                                      (bottom end for vertical text, which reads upwards) */
  double                size;      /* font size in user units */
  gboolean              bold;
  gboolean              vertical;
  QuadrantMapLegendKind legend_kind;
  QuadrantSupport       support;   /* QUADRANT_MAP_LEGEND_SUPPORT */
  double                marker_x, marker_y, marker_radius; /* legend entries' sample marker */
  QuadrantParty        *party;     /* QUADRANT_MAP_TEXT_KEY: whose name; not owned */
} QuadrantMapText;

#define QUADRANT_TYPE_MAP_LAYOUT (quadrant_map_layout_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantMapLayout, quadrant_map_layout, QUADRANT, MAP_LAYOUT, GObject)

QuadrantMapLayout *quadrant_map_layout_new           (void);
/* Fills options with the defaults (scale 1, legend on, title off). */
void               quadrant_map_options_init         (QuadrantMapOptions       *options);
/* Computes the layout of reg's placed parties for a map of width × height.
 * options may be NULL for the defaults. Markers are in register order, which
 * is also the drawing order (the last one is on top). */
void               quadrant_map_layout_compute       (QuadrantMapLayout        *self,
                                                      QuadrantRegister         *reg,
                                                      double                    width,
                                                      double                    height,
                                                      const QuadrantMapOptions *options);
double             quadrant_map_layout_get_width     (QuadrantMapLayout *self);
double             quadrant_map_layout_get_height    (QuadrantMapLayout *self);
double             quadrant_map_layout_get_scale     (QuadrantMapLayout *self);
/* The grid (0–100 × 0–100) inside the map, after room for axes, title and legend. */
QuadrantRect       quadrant_map_layout_get_plot      (QuadrantMapLayout *self);
/* Empty (zero size) when there is no legend. */
QuadrantRect       quadrant_map_layout_get_legend    (QuadrantMapLayout *self);
guint              quadrant_map_layout_get_n_markers (QuadrantMapLayout *self);
const QuadrantMapMarker *quadrant_map_layout_get_marker (QuadrantMapLayout *self,
                                                         guint              index);
/* The marker of party, or NULL when it is not placed (or not in the layout). */
const QuadrantMapMarker *quadrant_map_layout_find_marker (QuadrantMapLayout *self,
                                                          QuadrantParty     *party);
/* The topmost marker under (x, y), within its radius plus a few units of
 * tolerance, else the one whose (drawn) name is under (x, y); or NULL. */
const QuadrantMapMarker *quadrant_map_layout_hit_test (QuadrantMapLayout *self,
                                                       double             x,
                                                       double             y);
/* Conversions between map coordinates and power/interest (clamped to 0–100). */
void               quadrant_map_layout_to_point      (QuadrantMapLayout *self,
                                                      int                power,
                                                      int                interest,
                                                      double            *x,
                                                      double            *y);
void               quadrant_map_layout_to_values     (QuadrantMapLayout *self,
                                                      double             x,
                                                      double             y,
                                                      int               *power,
                                                      int               *interest);
QuadrantMarkerShape quadrant_map_layout_marker_shape (QuadrantSupport support);

/* Fixed text (title, axes, quadrant names, legend), in drawing order. */
guint              quadrant_map_layout_get_n_texts   (QuadrantMapLayout *self);
const QuadrantMapText *quadrant_map_layout_get_text  (QuadrantMapLayout *self,
                                                      guint              index);
/* Font of the party names: family and size in user units. */
const char        *quadrant_map_layout_get_font_family (QuadrantMapLayout *self);
double             quadrant_map_layout_get_label_size  (QuadrantMapLayout *self);
/* The rectangle of each quadrant inside the plot. */
QuadrantRect       quadrant_map_layout_get_quadrant_rect (QuadrantMapLayout *self,
                                                          QuadrantQuadrant   quadrant);
/* How many parties are named in the numbered key (their marker shows a number). */
guint              quadrant_map_layout_get_n_numbered    (QuadrantMapLayout *self);
/* With page_key: how many pages the key takes (1 when it fits), and the one
 * shown. */
guint              quadrant_map_layout_get_n_key_pages   (QuadrantMapLayout *self);
guint              quadrant_map_layout_get_key_page      (QuadrantMapLayout *self);
/* The page of the key that names party (0 when not paged), or -1 when the
 * key does not name it (its name is on the map, or it is not on the map). */
int                quadrant_map_layout_find_key_page     (QuadrantMapLayout *self,
                                                          QuadrantParty     *party);
/* How many labels could not be placed without overlap, not even as a number
 * (dense maps): those names are not drawn. */
guint              quadrant_map_layout_get_n_overlapping (QuadrantMapLayout *self);
/* The quadrant that a point of the map falls in, by the same rule as
 * quadrant_quadrant_from_position(); UNPLACED outside the plot. */
QuadrantQuadrant   quadrant_map_layout_quadrant_at   (QuadrantMapLayout *self,
                                                      double             x,
                                                      double             y);
/* For the renderer: the shaped text of a marker's name (drawn with its top-left
 * corner at label.x, label.y) and of a fixed text (top-left at rect before
 * rotation). Owned by the layout, valid until the next compute. */
PangoLayout       *quadrant_map_layout_get_label_layout (QuadrantMapLayout *self,
                                                         guint              index);
PangoLayout       *quadrant_map_layout_get_text_layout  (QuadrantMapLayout *self,
                                                         guint              index);

G_END_DECLS
