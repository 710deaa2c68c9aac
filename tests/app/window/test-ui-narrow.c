/* test-ui-narrow.c: the window works from 600 px wide: the editors fold over
 * their lists and come out when something is chosen */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-application.h"
#include "quadrant-parties-view-private.h"
#include "quadrant-requirements-view-private.h"
#include "quadrant-test-data.h"
#include "quadrant-test-ui.h"
#include "quadrant-window-private.h"

static QuadrantApplication *app;

typedef struct {
  QuadrantRegister *reg;
  QuadrantDocument *document;
  QuadrantWindow   *window;
} Fixture;

static void
open_window (Fixture *fixture,
             int      width)
{
  fixture->reg = quadrant_test_load_example ();
  fixture->document = quadrant_document_new (fixture->reg, NULL, NULL);
  fixture->window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  quadrant_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  quadrant_test_wait_frames (3);
  /* Made narrow as a person would, after it opened at its usual size. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 700);
  quadrant_test_wait_frames (3);
}

static void
close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  quadrant_test_spin_pending ();
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->reg);
}

static AdwFlap *
parties_flap (Fixture *fixture)
{
  return ADW_FLAP (QUADRANT_PARTIES_VIEW (fixture->window->parties_view)->paned);
}

static AdwFlap *
requirements_flap (Fixture *fixture)
{
  return QUADRANT_REQUIREMENTS_VIEW (fixture->window->requirements_view)->paned;
}

static gboolean
flap_revealed (gpointer data)
{
  return adw_flap_get_reveal_progress (data) >= 1.0;
}

/* The window narrows as far as its pages allow (the Parties page's filter
 * row and the Map page's toolbar set that today); the Requirements and
 * Findings pages fit in 600 px. */
static void
test_narrowest (void)
{
  Fixture fixture = { 0 };
  int min = 0;

  open_window (&fixture, 600);
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (fixture.window->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_test_message ("%s: %d", G_OBJECT_TYPE_NAME (page), min);
      if (page == fixture.window->requirements_view || page == fixture.window->findings_view)
        g_assert_cmpint (min, <=, 600);
    }
  gtk_widget_measure (GTK_WIDGET (fixture.window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("window minimum width: %d", min);
  /* The surface includes the window's frame around the minimum. */
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (fixture.window))), <=, min + 20);
  close_window (&fixture);
}

/* At its narrowest the party editor is folded away until a party is selected; then
 * it slides over the list, with that party in it. */
static void
test_parties_fold (void)
{
  Fixture fixture = { 0 };
  QuadrantParty *party;

  open_window (&fixture, 600);
  g_assert_true (adw_flap_get_folded (parties_flap (&fixture)));
  g_assert_false (adw_flap_get_reveal_flap (parties_flap (&fixture)));

  party = g_list_model_get_item (quadrant_register_get_parties (fixture.reg), 2);
  g_object_unref (party);
  quadrant_parties_view_select_party (QUADRANT_PARTIES_VIEW (fixture.window->parties_view), party);
  quadrant_test_spin_until (flap_revealed, parties_flap (&fixture));
  g_assert_true (quadrant_party_editor_get_party (QUADRANT_PARTIES_VIEW (fixture.window->parties_view)->editor)
                 == party);
  close_window (&fixture);
}

/* The same on the Requirements page, which fits in 600 px on its own (the
 * window's other pages may need more): its editor folds and comes out. */
static void
test_requirements_fold (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  GtkWidget *window = gtk_window_new ();
  QuadrantRequirementsView *view = QUADRANT_REQUIREMENTS_VIEW (quadrant_requirements_view_new ());
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (quadrant_party_get_requirements (party), 0);

  quadrant_requirements_view_set_register (view, reg);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (3);
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), <=, 620);
  g_assert_true (adw_flap_get_folded (view->paned));
  g_assert_false (adw_flap_get_reveal_flap (view->paned));

  quadrant_requirements_view_select_requirement (view, requirement);
  quadrant_test_spin_until (flap_revealed, view->paned);
  g_assert_true (quadrant_requirement_editor_get_requirement (view->editor) == requirement);
  gtk_window_destroy (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
}

/* At the default size nothing folds: list and editor side by side. */
static void
test_default_size (void)
{
  Fixture fixture = { 0 };

  open_window (&fixture, 1100);
  g_assert_false (adw_flap_get_folded (parties_flap (&fixture)));
  g_assert_false (adw_flap_get_folded (requirements_flap (&fixture)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (QUADRANT_PARTIES_VIEW (fixture.window->parties_view)->editor_stack)));
  close_window (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("quadrant-test-ui-narrow-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", tmp, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = g_object_new (QUADRANT_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/narrow/narrowest", test_narrowest);
  g_test_add_func ("/narrow/parties-fold", test_parties_fold);
  g_test_add_func ("/narrow/requirements-fold", test_requirements_fold);
  g_test_add_func ("/narrow/default-size", test_default_size);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
