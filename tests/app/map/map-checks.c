/* map-checks.c: what the map widget's tests share */
#include "config.h"

#include <string.h>

#include "map-checks.h"

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
