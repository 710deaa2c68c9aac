/* map-checks.h: what the map widget's tests share */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include "quadrant-map-canvas-private.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-view.h"
#include "quadrant-presentation-window.h"
#include "quadrant-test-data.h"
#include "quadrant-resources.h"
#include "quadrant-window-private.h"
#include "quadrant-test-ui.h"

G_BEGIN_DECLS

typedef struct {
  QuadrantRegister  *reg;
  QuadrantParty     *low;      /* power 20, interest 20 */
  QuadrantParty     *high;     /* power 80, interest 65, supportive */
  QuadrantParty     *unplaced;
  GtkWindow         *window;
  QuadrantMapView   *view;
  QuadrantMapCanvas *canvas;
} Fixture;

void spin (void);
QuadrantParty *add_party (QuadrantRegister *reg, const char *name, int power, int interest, QuadrantSupport support);
void fixture_set_up (Fixture *fixture, gconstpointer data);
void fixture_tear_down (Fixture *fixture, gconstpointer data);
void point_of (Fixture *fixture, QuadrantParty *party, double *x, double *y);
void assert_no_secret (const char *text, const char *where);
guint walk_for_secrets (GtkWidget *widget);
void assert_follows_text_scale (QuadrantMapCanvas *canvas, QuadrantParty *party, gboolean exact);

G_END_DECLS
