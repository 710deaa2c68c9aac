/* test-a11y-dialogs.c: every dialog of the program, as a screen reader finds it
 *
 * Starts the program on the example register under its own accessibility
 * bus (dbus-run-session), opens each of its own dialogs the way a person
 * does (from the main menu, a button, or the file chooser with typed paths
 * and real keys through xdotool), and walks each dialog's accessible tree:
 * the dialog is announced as a dialog (a question about losing work as an
 * alert) and has a title, every control a role and a name a person can
 * understand, every image-only button a name, every list row says what it
 * is. The calendar of a date field is walked the same way. The GTK file
 * chooser is GTK's own and is only passed through.
 */
#define G_LOG_DOMAIN "test-a11y"

#include "config.h"

#include <string.h>

#include "a11y-bus.h"
#include "quadrant-test-data.h"
#include "quadrant-test-files.h"
#include "quadrant-test-wait.h"

static char *quadrant_bin;

typedef struct {
  AtspiAccessible *app;
  AtspiAccessible *frame;     /* the main window */
  GString         *problems;
  GString         *foreign;   /* in windows GTK or libadwaita build whole */
  guint            n_dialogs;
  guint            n_checked;
} Run;

/* ---- Windows on the bus ---- */

static gboolean
is_visible (AtspiAccessible *node)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);

  return atspi_state_set_contains (states, ATSPI_STATE_VISIBLE);
}

/* Whether node or a descendant is a label reading text: a message dialog is
 * found by its heading. */
static gboolean
shows_label (AtspiAccessible *node,
             const char      *text,
             guint            depth)
{
  int n = atspi_accessible_get_child_count (node, NULL);

  if (atspi_accessible_get_role (node, NULL) == ATSPI_ROLE_LABEL)
    {
      g_autofree char *name = atspi_accessible_get_name (node, NULL);

      if (g_strcmp0 (name, text) == 0)
        return TRUE;
    }
  for (int i = 0; i < n && depth < 30; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL && shows_label (child, text, depth + 1))
        return TRUE;
    }
  return FALSE;
}

/* The visible window of the program whose title starts with title, or that
 * shows a label reading title. */
static AtspiAccessible *
find_window (AtspiAccessible *app,
             const char      *title,
             AtspiAccessible *other_than)
{
  int n = atspi_accessible_get_child_count (app, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) window = atspi_accessible_get_child_at_index (app, i, NULL);
      g_autofree char *name = window != NULL ? atspi_accessible_get_name (window, NULL) : NULL;

      /* libatspi keeps one proxy for each object: a window that replaced
       * another of the same title is a different one. */
      if (window == NULL || window == other_than || !is_visible (window))
        continue;
      if ((name != NULL && g_str_has_prefix (name, title)) || shows_label (window, title, 0))
        return g_steal_pointer (&window);
    }
  return NULL;
}

typedef struct {
  AtspiAccessible *app;
  const char      *title;
  AtspiAccessible *other_than;
  AtspiAccessible *found;
} WindowWait;

static gboolean
window_shown (gpointer data)
{
  WindowWait *wait = data;

  wait->found = find_window (wait->app, wait->title, wait->other_than);
  return wait->found != NULL;
}

static gboolean
window_gone (gpointer data)
{
  WindowWait *wait = data;
  g_autoptr(AtspiAccessible) window = find_window (wait->app, wait->title, wait->other_than);

  return window == NULL;
}

static AtspiAccessible *
wait_window (Run             *run,
             const char      *title,
             AtspiAccessible *other_than)
{
  /* The main window shows many labels; a dialog is another window. */
  WindowWait wait = { run->app, title, other_than != NULL ? other_than : run->frame, NULL };

  g_test_message ("waiting for “%s”", title);
  quadrant_test_spin_until (window_shown, &wait);
  return wait.found;
}

static void
wait_window_gone (Run        *run,
                  const char *title)
{
  /* The main window may show a label that reads the same. */
  WindowWait wait = { run->app, title, run->frame, NULL };

  quadrant_test_spin_until (window_gone, &wait);
}

typedef struct {
  AtspiAccessible *node;
  AtspiRole        role;
  const char      *name;
  AtspiAccessible *found;
} DescendantWait;

static gboolean
descendant_found (gpointer data)
{
  DescendantWait *wait = data;

  wait->found = a11y_find_visible (wait->node, wait->role, wait->name);
  return wait->found != NULL;
}

static AtspiAccessible *
wait_descendant (AtspiAccessible *node,
                 AtspiRole        role,
                 const char      *name)
{
  DescendantWait wait = { node, role, name, NULL };

  quadrant_test_spin_until (descendant_found, &wait);
  return wait.found;
}

/* ---- Opening and checking ---- */

/* The item of the main menu, chosen as a screen reader user does: the menu
 * button, then the item. */
static void
choose_menu_item (Run        *run,
                  const char *item)
{
  g_autoptr(AtspiAccessible) menu_button = a11y_find_descendant (run->frame, ATSPI_ROLE_PUSH_BUTTON, "Main Menu");
  g_autoptr(AtspiAccessible) button = NULL;
  g_autoptr(AtspiAccessible) menu_item = NULL;

  /* GtkMenuButton is a button around the button that acts. */
  g_assert_nonnull (menu_button);
  button = atspi_accessible_get_child_at_index (menu_button, 0, NULL);
  g_assert_nonnull (button);
  a11y_do_action (button, "click");
  menu_item = wait_descendant (run->frame, ATSPI_ROLE_MENU_ITEM, item);
  a11y_do_action (menu_item, "click");
}

/* The about and shortcuts windows are libadwaita's and GTK's whole: what
 * they leave unnamed (the about window's text view of its legal notes, an
 * icon button of the shortcuts search) is reported, not failed. */
static gboolean
is_foreign (const char *title)
{
  return g_str_equal (title, "About") || g_str_equal (title, "Keyboard Shortcuts");
}

/* Walks window (or a popover: role ATSPI_ROLE_INVALID) and checks that a
 * screen reader announces it as role. Roles are ours even in the windows
 * GTK and libadwaita build: they are checked there too. */
static void
check_window (Run             *run,
              AtspiAccessible *window,
              const char      *title,
              AtspiRole        expected)
{
  g_autofree char *where = g_strdup_printf ("“%s”", title);
  GString *problems = is_foreign (title) ? run->foreign : run->problems;
  guint n_checked = 0;
  gsize before = problems->len;

  a11y_walk (window, where, problems, &n_checked);
  g_autofree char *role = atspi_accessible_get_role_name (window, NULL);

  if (expected != ATSPI_ROLE_INVALID && atspi_accessible_get_role (window, NULL) != expected)
    {
      g_autofree char *expected_name = atspi_role_get_name (expected);

      g_string_append_printf (run->problems, "  %s is announced as %s, not as %s\n", where, role, expected_name);
    }

  g_test_message ("%s (%s): %u controls checked%s%s", title, role, n_checked,
                  problems->len > before ? ", problems:\n" : ", all named",
                  problems->len > before ? problems->str + before : "");
  g_assert_cmpuint (n_checked, >, 0);
  run->n_dialogs++;
  run->n_checked += n_checked;
}

/* Checks the window titled title, then closes it as Escape or its close
 * button does. */
static void
check_and_close (Run             *run,
                 const char      *title,
                 AtspiAccessible *other_than,
                 AtspiRole        role)
{
  g_autoptr(AtspiAccessible) window = wait_window (run, title, other_than);

  check_window (run, window, title, role);
  a11y_do_action (window, "window.close");
  wait_window_gone (run, title);
}

/* A visible push button under node that reads label (GTK 4.8 names a
 * button with a mnemonic "_Label Label"). */
static AtspiAccessible *
find_button (AtspiAccessible *node,
             const char      *label,
             guint            depth)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);
  int n = atspi_accessible_get_child_count (node, NULL);

  if (depth > 0 && !atspi_state_set_contains (states, ATSPI_STATE_VISIBLE))
    return NULL;
  if (atspi_accessible_get_role (node, NULL) == ATSPI_ROLE_PUSH_BUTTON)
    {
      g_autofree char *name = atspi_accessible_get_name (node, NULL);

      if (name != NULL && (g_str_equal (name, label) || g_str_has_suffix (name, label)))
        return g_object_ref (node);
    }
  for (int i = 0; i < n && depth < 60; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);
      AtspiAccessible *found = child != NULL ? find_button (child, label, depth + 1) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
button_found (gpointer data)
{
  DescendantWait *wait = data;

  wait->found = find_button (wait->node, wait->name, 0);
  return wait->found != NULL;
}

/* GTK's own file chooser, titled title: the path typed into its location
 * entry (Ctrl+L, real keys), then its accept button. */
static AtspiAccessible *
choose_file (Run        *run,
             const char *title,
             const char *accept,
             const char *path)
{
  AtspiAccessible *chooser = wait_window (run, title, NULL);
  g_autofree char *window = a11y_focus_window (title);
  g_autoptr(AtspiAccessible) button = NULL;
  DescendantWait wait = { NULL, ATSPI_ROLE_PUSH_BUTTON, NULL, NULL };

  a11y_press ("ctrl+l");
  a11y_type (path);
  wait.node = chooser;
  wait.name = accept;
  quadrant_test_spin_until (button_found, &wait);
  button = wait.found;
  /* The chooser takes the button once it has read the typed path. */
  a11y_wait_state (button, ATSPI_STATE_SENSITIVE);
  a11y_do_action (button, "click");
  return chooser;
}

typedef struct {
  AtspiAccessible *menu_button;
  AtspiAccessible *popover;
} PopoverWait;

/* The popover of a menu button is its second child once it is shown. */
static gboolean
popover_shown (gpointer data)
{
  PopoverWait *wait = data;

  if (atspi_accessible_get_child_count (wait->menu_button, NULL) < 2)
    return FALSE;
  g_clear_object (&wait->popover);
  wait->popover = atspi_accessible_get_child_at_index (wait->menu_button, 1, NULL);
  return wait->popover != NULL && is_visible (wait->popover);
}

/* The calendar of the first date field in window, opened with its button. */
static void
check_calendar (Run             *run,
                AtspiAccessible *window)
{
  g_autoptr(AtspiAccessible) menu_button = a11y_find_descendant (window, ATSPI_ROLE_PUSH_BUTTON, "Choose a Date");
  g_autoptr(AtspiAccessible) toggle = NULL;
  PopoverWait wait = { NULL, NULL };

  g_assert_nonnull (menu_button);
  toggle = atspi_accessible_get_child_at_index (menu_button, 0, NULL);
  g_assert_nonnull (toggle);
  a11y_do_action (toggle, "click");
  wait.menu_button = menu_button;
  quadrant_test_spin_until (popover_shown, &wait);
  check_window (run, wait.popover, "the calendar of a date field", ATSPI_ROLE_INVALID);
  g_clear_object (&wait.popover);
}

/* ---- The test ---- */

static void
test_dialogs (void)
{
  /* Dialogs that the main menu opens straight away. */
  static const struct { const char *item, *title; } from_menu[] = {
    { "Preferences", "Preferences" },
    { "Keyboard Shortcuts", "Keyboard Shortcuts" },
    { "About Quadrant", "About" },
    { "Add from Catalogue…", "Add from Catalogue" },
    { "New from Template…", "New Register from Template" },
  };
  g_autofree char *source = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autofree char *home = g_dir_make_tmp ("quadrant-a11y-XXXXXX", NULL);
  /* A copy: the program is killed at the end and leaves its lock beside the
   * register, which the next open would ask about. */
  g_autofree char *example = g_build_filename (home, "northwind.quadrant.xml", NULL);
  g_autofree char *csv = g_build_filename (home, "workshop.csv", NULL);
  g_autofree char *earlier = g_build_filename (home, "earlier.quadrant.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *earlier_xml = NULL;
  const char *argv[] = { quadrant_bin, example, NULL };
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GString) foreign = g_string_new (NULL);
  Run run = { NULL, NULL, problems, foreign, 0, 0 };
  GPid pid;

  /* A spreadsheet to import, and an earlier register to compare with: one
   * party renamed, so the comparison lists a change. */
  /* A candidate still to decide, for Refine. */
  {
    g_autofree char *example_xml = quadrant_test_read_file (source);
    g_auto(GStrv) parts = g_strsplit (example_xml, "kind=\"shareholders\"", 2);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    xml = g_strjoinv ("kind=\"shareholders\" relevance=\"to-decide\"", parts);
  }
  quadrant_test_write_file (csv, "Name,Category,Power,Interest\n"
                                 "Works council,internal,60,80\n"
                                 "Local press,external,40,30\n");
  g_assert_nonnull (strstr (xml, "Northwind"));
  {
    g_auto(GStrv) parts = g_strsplit (xml, "Northwind", 2);

    earlier_xml = g_strjoinv ("Southwind", parts);
  }
  quadrant_test_write_file (earlier, earlier_xml);
  quadrant_test_write_file (example, xml);

  pid = a11y_spawn (argv, home);
  run.frame = a11y_wait_frame (pid, "northwind.quadrant.xml");
  run.app = atspi_accessible_get_application (run.frame, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (from_menu); i++)
    {
      choose_menu_item (&run, from_menu[i].item);
      check_and_close (&run, from_menu[i].title, NULL, ATSPI_ROLE_DIALOG);
    }

  /* Register Details, and the revision it records. */
  {
    g_autoptr(AtspiAccessible) details = NULL;

    choose_menu_item (&run, "Register Details");
    details = wait_window (&run, "Register Details", NULL);
    check_window (&run, details, "Register Details", ATSPI_ROLE_DIALOG);
    a11y_do_action (details, "details.record-revision");
    check_and_close (&run, "Record Revision", NULL, ATSPI_ROLE_DIALOG);
    check_calendar (&run, details);
    a11y_do_action (details, "window.close");
    wait_window_gone (&run, "Register Details");
  }

  /* Import Spreadsheet: past GTK's file chooser, Quadrant's own dialog. */
  {
    g_autoptr(AtspiAccessible) chooser = NULL;

    choose_menu_item (&run, "Import Spreadsheet…");
    chooser = choose_file (&run, "Import Spreadsheet", "Import", csv);
    check_and_close (&run, "Import Spreadsheet", chooser, ATSPI_ROLE_DIALOG);
  }

  /* Compare with File: the list of changes. */
  {
    g_autoptr(AtspiAccessible) chooser = NULL;

    choose_menu_item (&run, "Compare with File…");
    chooser = choose_file (&run, "Compare with an Earlier Register", "Compare", earlier);
    check_and_close (&run, "Changes Since", NULL, ATSPI_ROLE_DIALOG);
  }

  /* Refine, on the one candidate still to decide. */
  a11y_do_action (run.frame, "win.refine");
  check_and_close (&run, "Refine Candidates", NULL, ATSPI_ROLE_DIALOG);

  /* Add Requirement on the Requirements page asks whose it is. */
  {
    g_autoptr(AtspiAccessible) add = NULL;

    a11y_show_page (run.frame, "Requirements");
    add = a11y_find_named (run.frame, "Add Requirement…");
    g_assert_nonnull (add);
    a11y_do_action (add, "click");
    check_and_close (&run, "Add Requirement", NULL, ATSPI_ROLE_DIALOG);
  }

  /* Closing the window with an unsaved change asks first; Escape is Cancel. */
  a11y_do_action (run.frame, "win.add-party");
  a11y_do_action (run.frame, "window.close");
  check_and_close (&run, "Save Changes", NULL, ATSPI_ROLE_ALERT);

  a11y_stop (pid);
  quadrant_test_remove_tree (home);
  g_test_message ("%u dialogs, %u controls checked", run.n_dialogs, run.n_checked);
  if (foreign->len > 0)
    g_test_message ("left by GTK and libadwaita in their own windows:\n%s", foreign->str);
  g_assert_cmpuint (run.n_dialogs, ==, 13);
  g_clear_object (&run.frame);
  g_clear_object (&run.app);
  if (problems->len > 0)
    g_error ("dialog controls without a name a person can understand:\n%s", problems->str);
}

int
main (int   argc,
      char *argv[])
{
  quadrant_bin = a11y_test_init (&argc, &argv);
  g_test_add_func ("/a11y/dialogs", test_dialogs);

  return g_test_run ();
}
