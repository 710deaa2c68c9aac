/* map-picture.h: what a picture of the map shows (names, markers, leader
 * lines, quadrants), from a layout or parsed back from an exported SVG, and
 * the check that it tells the truth about the register */
#pragma once

#include <glib.h>

#include "quadrant-map-layout.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

typedef struct {
  QuadrantRect  box;
  char         *party;       /* id */
} Item;

typedef struct {
  QuadrantSegment segment;
  char           *party;
} Leader;

typedef struct {
  QuadrantRect quadrants[QUADRANT_QUADRANT_MONITOR + 1];
  GArray      *labels;       /* Item: names and numbers drawn on the map */
  GArray      *markers;      /* Item */
  GArray      *leaders;      /* Leader */
  GHashTable  *named;        /* party ids named on the map or in the key */
  GHashTable  *listed;       /* party ids listed as not yet assessed */
  double       line;         /* the width of the midlines */
} Picture;

typedef struct {
  guint outside, label_overlap, marker_overlap, leader_cross, unnamed, unlisted;
} Violations;

void picture_init        (Picture           *picture);
void picture_clear       (Picture           *picture);
void add_item            (GArray            *items,
                          const QuadrantRect *box,
                          const char        *party);
/* Counts a violation in *count and describes the first few. */
void report              (guint             *count,
                          const char        *what,
                          const char        *format,
                          ...) G_GNUC_PRINTF (3, 4);
/* Counts what the picture gets wrong about reg into v. */
void check_picture       (const Picture     *picture,
                          QuadrantRegister  *reg,
                          gboolean           lists_unassessed,
                          const char        *what,
                          Violations        *v);
void picture_from_layout (Picture           *picture,
                          QuadrantMapLayout *layout,
                          QuadrantRegister  *reg);

G_END_DECLS
