/* map-checks.c: what the map widget's tests share */
#include "config.h"

#include <math.h>
#include <string.h>

#include "map-checks.h"
#include "quadrant-test-wait.h"

/* Fields that presentation mode must never show. */
static const char *secrets[] = {
  "OWNER-SECRET", "CONTACT-SECRET", "NOTES-SECRET",
  "COMMUNICATION-SECRET", "CHANNEL-SECRET", "FREQUENCY-SECRET", "RESPONSIBLE-SECRET",
};

void
spin (void)
{
  /* Until layout and drawing have settled. */
  quadrant_test_wait_frames (2);
}

QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           int               power,
           int               interest,
           QuadrantSupport   support)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_kind (party, QUADRANT_KIND_REGULATORS);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_party_set_current_support (party, support);
  quadrant_party_set_owner (party, "OWNER-SECRET");
  quadrant_party_set_contact (party, "CONTACT-SECRET");
  quadrant_party_set_notes (party, "NOTES-SECRET");
  quadrant_party_set_engagement_communication (party, "COMMUNICATION-SECRET");
  quadrant_party_set_engagement_channel (party, "CHANNEL-SECRET");
  quadrant_party_set_engagement_frequency (party, "FREQUENCY-SECRET");
  quadrant_party_set_engagement_responsible (party, "RESPONSIBLE-SECRET");
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = quadrant_register_new ();
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Test Organisation");
  fixture->low = add_party (fixture->reg, "Low Party", 20, 20, QUADRANT_SUPPORT_NEUTRAL);
  fixture->high = add_party (fixture->reg, "Regulator", 80, 65, QUADRANT_SUPPORT_SUPPORTIVE);
  fixture->unplaced = add_party (fixture->reg, "Waiting Party", QUADRANT_NOT_ASSESSED,
                                 QUADRANT_NOT_ASSESSED, QUADRANT_SUPPORT_UNAWARE);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  fixture->view = QUADRANT_MAP_VIEW (quadrant_map_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  quadrant_map_view_set_register (fixture->view, fixture->reg);
  fixture->canvas = quadrant_map_view_get_canvas (fixture->view);
  gtk_window_present (fixture->window);
  spin ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->canvas)), >, 200);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin ();
  g_clear_object (&fixture->reg);
}

void
point_of (Fixture       *fixture,
          QuadrantParty *party,
          double        *x,
          double        *y)
{
  _quadrant_map_canvas_point_for_values (fixture->canvas,
                                         quadrant_party_get_power (party),
                                         quadrant_party_get_interest (party),
                                         x, y);
}

void
assert_no_secret (const char *text,
                  const char *where)
{
  if (text == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    if (strstr (text, secrets[i]) != NULL)
      g_error ("%s shows the confidential “%s”: %s", where, secrets[i], text);
}

/* Every text a widget tree shows: labels, entries, buttons, tooltips, titles. */
guint
walk_for_secrets (GtkWidget *widget)
{
  guint n_texts = 0;

  if (GTK_IS_LABEL (widget))
    {
      assert_no_secret (gtk_label_get_text (GTK_LABEL (widget)), "a label");
      n_texts++;
    }
  if (GTK_IS_EDITABLE (widget))
    assert_no_secret (gtk_editable_get_text (GTK_EDITABLE (widget)), "an entry");
  if (GTK_IS_BUTTON (widget))
    assert_no_secret (gtk_button_get_label (GTK_BUTTON (widget)), "a button");
  if (GTK_IS_WINDOW (widget))
    assert_no_secret (gtk_window_get_title (GTK_WINDOW (widget)), "a window title");
  assert_no_secret (gtk_widget_get_tooltip_text (widget), "a tooltip");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_texts += walk_for_secrets (child);
  return n_texts;
}

typedef struct {
  QuadrantMapCanvas *canvas;
  double             size;
  gboolean           larger;   /* any size above size will do */
} LabelSize;

static gboolean
label_size_is (gpointer data)
{
  LabelSize *wait = data;
  double size = quadrant_map_layout_get_label_size (_quadrant_map_canvas_get_layout (wait->canvas));

  return wait->larger ? size > wait->size + 1e-6 : fabs (size - wait->size) < 1e-6;
}

/* GNOME's large text (text scaling 1.5 reaches GTK as 144 dpi): the map's
 * type grows by 1.5 as the setting changes (exact: where the grid has room
 * for it; otherwise by less, see QuadrantMapOptions.text_scale), its markers
 * stay as they were, and the names keep clear of the markers; then back. */
void
assert_follows_text_scale (QuadrantMapCanvas *canvas,
                           QuadrantParty     *party,
                           gboolean           exact)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (canvas));
  QuadrantMapLayout *layout = _quadrant_map_canvas_get_layout (canvas);
  double usual = quadrant_map_layout_get_label_size (layout);
  double radius = quadrant_map_layout_find_marker (layout, party)->radius;
  double name_height = quadrant_map_layout_find_marker (layout, party)->name_height;
  const QuadrantMapMarker *m;
  LabelSize wait = { canvas, exact ? 1.5 * usual : usual, !exact };
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_assert_cmpint (dpi, <=, 96 * 1024);   /* the tests' display: the usual size */
  g_object_set (settings, "gtk-xft-dpi", 144 * 1024, NULL);
  quadrant_test_spin_until (label_size_is, &wait);

  layout = _quadrant_map_canvas_get_layout (canvas);
  g_assert_cmpfloat (quadrant_map_layout_get_label_size (layout), <=, 1.5 * usual + 1e-6);
  m = quadrant_map_layout_find_marker (layout, party);
  g_assert_cmpfloat (m->radius, ==, radius);
  g_assert_cmpfloat (m->name_height, >, name_height);
  if (exact)
    g_assert_cmpfloat (m->name_height, >, 1.3 * name_height);
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      const QuadrantMapMarker *other = quadrant_map_layout_get_marker (layout, i);
      QuadrantRect box = { other->x - other->radius, other->y - other->radius,
                           2 * other->radius, 2 * other->radius };

      g_assert_false (m->label_overlaps);
      g_assert_false (m->label.x < box.x + box.width && box.x < m->label.x + m->label.width &&
                      m->label.y < box.y + box.height && box.y < m->label.y + m->label.height);
    }

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  wait = (LabelSize) { canvas, usual, FALSE };
  quadrant_test_spin_until (label_size_is, &wait);
}
