/* test-ui-preferences.c: the Preferences window stores what is set in it */
#include "config.h"

#include <adwaita.h>

#include "quadrant-preferences-window.h"
#include "quadrant-resources.h"
#include "quadrant-settings.h"
#include "quadrant-test-wait.h"

static GtkWidget *
child (GtkWidget  *window,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (window, QUADRANT_TYPE_PREFERENCES_WINDOW, name));
}

/* Each row shows its key and writes it at once. */
static void
test_bound (void)
{
  g_autoptr(GSettings) settings = quadrant_settings_new ();
  GtkWidget *window;
  GtkEditable *name;
  g_autofree char *stored = NULL;

  g_assert_nonnull (settings);
  g_settings_set_string (settings, "user-name", "Maria Keane");
  window = quadrant_preferences_window_new (NULL, settings);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_spin_pending ();

  name = GTK_EDITABLE (child (window, "user_name_row"));
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Maria Keane");
  gtk_editable_set_text (name, "Maria Keane-Byrne");
  stored = g_settings_get_string (settings, "user-name");
  g_assert_cmpstr (stored, ==, "Maria Keane-Byrne");

  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (child (window, "presentation_scale_spin"))), ==,
                     g_settings_get_double (settings, "presentation-scale"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (window, "presentation_scale_spin")), 2.5);
  g_assert_cmpfloat (g_settings_get_double (settings, "presentation-scale"), ==, 2.5);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (window, "draft_interval_spin")), 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "draft-interval"), ==, 30);

  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (window, "rating_high_spin"))), ==, 80);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (window, "rating_high_spin")), 90);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (window, "rating_medium_spin")), 55);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (window, "rating_low_spin")), 15);
  g_assert_cmpint (g_settings_get_int (settings, "rating-high"), ==, 90);
  g_assert_cmpint (g_settings_get_int (settings, "rating-medium"), ==, 55);
  g_assert_cmpint (g_settings_get_int (settings, "rating-low"), ==, 15);

  /* A change made elsewhere shows too. */
  g_settings_set_uint (settings, "draft-interval", 12);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (window, "draft_interval_spin"))), ==, 12);

  gtk_window_destroy (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (quadrant_get_resource ());

  g_test_add_func ("/preferences/bound", test_bound);

  return g_test_run ();
}
