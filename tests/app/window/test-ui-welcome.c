/* test-ui-welcome.c: the welcome page of a window started without a file,
 * and the main menu grouped as GNOME applications group it */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-application.h"
#include "quadrant-session.h"
#include "quadrant-test-data.h"
#include "quadrant-test-ui.h"
#include "quadrant-welcome-page.h"
#include "quadrant-window-private.h"

static QuadrantApplication *app;
static char *tmp_root;

/* ---- Helpers ---- */

static QuadrantWindow *
welcome_window (void)
{
  QuadrantWindow *window = quadrant_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  quadrant_window_show_welcome (window);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (2);
  return window;
}

static void
destroy_window (QuadrantWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
}

/* The visible button whose action is action_name, under widget. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_action_button (child, action_name)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_recent (gpointer data)
{
  return quadrant_welcome_page_get_n_recent (QUADRANT_WELCOME_PAGE (data)) > 0;
}

static gboolean
welcome_gone (gpointer data)
{
  return !quadrant_window_get_welcome_shown (data);
}

static GFile *
example_copy (const char *name)
{
  g_autofree char *source = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autofree char *target = g_build_filename (tmp_root, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
  return g_file_new_for_path (target);
}

/* ---- Tests ---- */

/* A window started without a file shows the status page with the ways to
 * begin; the header has the application's name and no page switcher. */
static void
test_shown (void)
{
  QuadrantWindow *window = welcome_window ();
  const char *actions[] = { "app.new-from-template", "win.start-empty", "win.open", "win.import-csv" };

  g_assert_true (quadrant_window_get_welcome_shown (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "welcome");
  g_assert_true (gtk_widget_get_mapped (window->welcome_page));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->stack)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->switcher_title)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Quadrant");
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_test_message ("button for %s", actions[i]);
      g_assert_nonnull (find_action_button (window->welcome_page, actions[i]));
    }
  destroy_window (window);
}

/* Empty Register leaves it for the pages, with the parties list. */
static void
test_start_empty (void)
{
  QuadrantWindow *window = welcome_window ();
  GtkWidget *button = find_action_button (window->welcome_page, "win.start-empty");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  quadrant_test_wait_frames (2);
  g_assert_false (quadrant_window_get_welcome_shown (window));
  g_assert_true (gtk_widget_get_mapped (window->parties_view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->switcher_title)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, "Quadrant");
  destroy_window (window);
}

/* A recent register is listed; activating it opens it in this window, which
 * then shows its pages. */
static void
test_recent_opens (void)
{
  g_autoptr(GFile) file = example_copy ("recent.quadrant.xml");
  g_autofree char *uri = g_file_get_uri (file);
  QuadrantWindow *window;
  QuadrantWelcomePage *page;
  GtkWidget *list, *row;

  quadrant_window_add_recent (file);
  window = welcome_window ();
  page = QUADRANT_WELCOME_PAGE (window->welcome_page);
  quadrant_test_spin_until (has_recent, page);
  list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), QUADRANT_TYPE_WELCOME_PAGE, "recent_list"));
  row = gtk_widget_get_first_child (list);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "recent.quadrant.xml");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)), NULL),
                   ==, uri);

  g_assert_true (gtk_widget_activate (row));
  quadrant_test_spin_until (welcome_gone, window);
  g_assert_nonnull (quadrant_window_get_file (window));
  g_assert_true (g_file_equal (quadrant_window_get_file (window), file));
  g_assert_cmpuint (quadrant_register_get_n_parties (quadrant_window_get_register (window)), >, 0);
  destroy_window (window);
}

/* The first party added (here by the model, as an import or a drop would)
 * ends the welcome page too. */
static void
test_edit_ends_it (void)
{
  QuadrantWindow *window = welcome_window ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, "Regulator");
  quadrant_register_add_party (quadrant_window_get_register (window), party);
  quadrant_test_spin_until (welcome_gone, window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->stack)));
  destroy_window (window);
}

/* A window with a register never shows it. */
static void
test_not_over_a_register (void)
{
  QuadrantWindow *window = quadrant_window_new (app);
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, "Regulator");
  quadrant_register_add_party (quadrant_window_get_register (window), party);
  quadrant_window_show_welcome (window);
  g_assert_false (quadrant_window_get_welcome_shown (window));
  destroy_window (window);
}

static void
count_items (GMenuModel *menu,
             guint      *n_items,
             GString    *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL)
        {
          count_items (section, n_items, actions);
          continue;
        }
      (*n_items)++;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_string_append_printf (actions, "%s ", action);
    }
}

/* Sections, exports in a submenu, the application's items last, no Quit
 * and no Close Window (Ctrl+Q, Ctrl+W). */
static void
test_menu (void)
{
  QuadrantWindow *window = quadrant_window_new (app);
  GtkPopover *popover = gtk_menu_button_get_popover (window->menu_button);
  GMenuModel *menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  g_autoptr(GString) actions = g_string_new (" ");
  g_autoptr(GMenuModel) last = NULL;
  g_autofree char *last_action = NULL;
  guint n_items = 0;
  int n_sections = g_menu_model_get_n_items (menu);

  count_items (menu, &n_items, actions);
  g_test_message ("%u items: %s", n_items, actions->str);
  g_assert_cmpint (n_sections, ==, 5);
  g_assert_cmpuint (n_items, <=, 16);
  g_assert_null (strstr (actions->str, " app.quit "));
  g_assert_null (strstr (actions->str, " win.close "));
  g_assert_nonnull (strstr (actions->str, " win.print "));

  last = g_menu_model_get_item_link (menu, n_sections - 1, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (last), ==, 3);
  g_assert_true (g_menu_model_get_item_attribute (last, 0, G_MENU_ATTRIBUTE_ACTION, "s", &last_action));
  g_assert_cmpstr (last_action, ==, "app.preferences");
  g_clear_pointer (&last_action, g_free);
  g_assert_true (g_menu_model_get_item_attribute (last, 2, G_MENU_ATTRIBUTE_ACTION, "s", &last_action));
  g_assert_cmpstr (last_action, ==, "app.about");
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  int status;

  tmp_root = g_dir_make_tmp ("quadrant-test-ui-welcome-XXXXXX", NULL);
  data = g_build_filename (tmp_root, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
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

  g_test_add_func ("/welcome/shown", test_shown);
  g_test_add_func ("/welcome/start-empty", test_start_empty);
  g_test_add_func ("/welcome/recent-opens", test_recent_opens);
  g_test_add_func ("/welcome/edit-ends-it", test_edit_ends_it);
  g_test_add_func ("/welcome/not-over-a-register", test_not_over_a_register);
  g_test_add_func ("/menu/grouped", test_menu);

  status = g_test_run ();
  g_clear_object (&app);
  g_free (tmp_root);
  return status;
}
