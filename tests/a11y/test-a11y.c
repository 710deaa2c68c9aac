/* test-a11y.c: every page of the window, as a screen reader finds it
 *
 * Starts the program on the example register with the accessibility bus of
 * its own D-Bus session (run under dbus-run-session), shows each page of the
 * window through its tab's accessible action, and walks the accessible tree
 * of the window as AT-SPI gives it: every control has a role and a name a
 * person can understand (not empty, not a widget's type name, no mnemonic
 * underscore), and every row of a list says what it is (by its name, or for
 * a list item by the text it shows). On the map, real key events (xdotool)
 * reach a party, which is announced with its name, power, interest, support
 * and quadrant, and a party moved with an arrow key announces where it is.
 */
#define G_LOG_DOMAIN "test-a11y"

#include "config.h"

#include <atspi/atspi.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "quadrant-test-data.h"
#include "quadrant-test-files.h"
#include "quadrant-test-wait.h"

/* libatspi 2.46 defines no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAction, g_object_unref)

static char *quadrant_bin;

/* Roles a person operates: each needs a name. */
static const AtspiRole named_roles[] = {
  ATSPI_ROLE_PUSH_BUTTON,
  ATSPI_ROLE_TOGGLE_BUTTON,
  ATSPI_ROLE_CHECK_BOX,
  ATSPI_ROLE_RADIO_BUTTON,
  ATSPI_ROLE_COMBO_BOX,
  ATSPI_ROLE_SPIN_BUTTON,
  ATSPI_ROLE_SLIDER,
  ATSPI_ROLE_TEXT,
  ATSPI_ROLE_ENTRY,
  ATSPI_ROLE_PASSWORD_TEXT,
  ATSPI_ROLE_MENU_ITEM,
  ATSPI_ROLE_CHECK_MENU_ITEM,
  ATSPI_ROLE_PAGE_TAB,
  ATSPI_ROLE_LINK,
  ATSPI_ROLE_TABLE_ROW,
  ATSPI_ROLE_LIST_ITEM,
};

/* Whether node or a descendant has text to read: a row without a name of
 * its own is read by its content. */
static gboolean
has_text (AtspiAccessible *node,
          guint            depth)
{
  g_autofree char *name = atspi_accessible_get_name (node, NULL);
  int n = atspi_accessible_get_child_count (node, NULL);

  if (atspi_accessible_get_role (node, NULL) == ATSPI_ROLE_LABEL && name != NULL && name[0] != '\0')
    return TRUE;
  for (int i = 0; i < n && depth < 10; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL && has_text (child, depth + 1))
        return TRUE;
    }
  return FALSE;
}

static gboolean
needs_name (AtspiRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (named_roles); i++)
    if (named_roles[i] == role)
      return TRUE;
  return FALSE;
}

/* GTK 4.8 names an unnamed widget by its type: "GtkImage", "AdwGizmo". */
static gboolean
is_type_name (const char *name)
{
  static GRegex *type_name;

  if (type_name == NULL)
    type_name = g_regex_new ("^(Gtk|Adw|Quadrant)[A-Z][A-Za-z]*$", 0, 0, NULL);
  return g_regex_match (type_name, name, 0, NULL);
}

typedef struct {
  GString *problems;
  guint    n_checked;
  char    *path;   /* the names of the ancestors, for the report */
} Walk;

static void
walk (Walk            *w,
      AtspiAccessible *node,
      guint            depth)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);
  g_autofree char *name = atspi_accessible_get_name (node, NULL);
  g_autofree char *role_name = atspi_accessible_get_role_name (node, NULL);
  AtspiRole role = atspi_accessible_get_role (node, NULL);
  g_autofree char *parent_path = w->path;
  int n_children;

  /* GTK 4.8 marks only windows as showing: the pages of the window are all
   * in the tree, those not shown as much as the one shown. */
  if (!atspi_state_set_contains (states, ATSPI_STATE_VISIBLE) && depth > 0)
    {
      w->path = g_steal_pointer (&parent_path);
      return;
    }

  if (needs_name (role))
    {
      const char *problem = NULL;

      w->n_checked++;
      if ((name == NULL || name[0] == '\0') && role == ATSPI_ROLE_LIST_ITEM && has_text (node, 0))
        problem = NULL;
      else if (name == NULL || name[0] == '\0')
        problem = "has no name";
      else if (is_type_name (name))
        problem = "is named only by its widget type";
      else if (strchr (name, '_') != NULL)
        problem = "has a mnemonic underscore in its name";
      if (problem != NULL)
        g_string_append_printf (w->problems, "  %s “%s” %s (in %s)\n", role_name, name != NULL ? name : "",
                                problem, parent_path);
    }

  w->path = g_strdup_printf ("%s > %s “%s”", parent_path, role_name, name != NULL ? name : "");
  if (strlen (w->path) > 300)
    {
      g_free (w->path);
      w->path = g_strdup (parent_path);
    }
  /* A drop-down's button and list are its own: the combo box is what a
   * screen reader announces. */
  n_children = role == ATSPI_ROLE_COMBO_BOX ? 0 : atspi_accessible_get_child_count (node, NULL);
  for (int i = 0; i < n_children && depth < 60; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        walk (w, child, depth + 1);
    }
  g_free (w->path);
  w->path = g_steal_pointer (&parent_path);
}

/* ---- Finding things on the bus ---- */

static AtspiAccessible *
find_application (const char *name)
{
  g_autoptr(AtspiAccessible) desktop = atspi_get_desktop (0);
  int n = atspi_accessible_get_child_count (desktop, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) app = atspi_accessible_get_child_at_index (desktop, i, NULL);
      g_autofree char *app_name = app != NULL ? atspi_accessible_get_name (app, NULL) : NULL;

      if (g_strcmp0 (app_name, name) == 0)
        return g_steal_pointer (&app);
    }
  return NULL;
}

/* The first showing descendant of node with role and name (NULL: any). */
static AtspiAccessible *
find_descendant (AtspiAccessible *node,
                 AtspiRole        role,
                 const char      *name,
                 guint            depth)
{
  int n = atspi_accessible_get_child_count (node, NULL);

  if (atspi_accessible_get_role (node, NULL) == role)
    {
      g_autofree char *node_name = atspi_accessible_get_name (node, NULL);

      if (name == NULL || g_strcmp0 (node_name, name) == 0)
        return g_object_ref (node);
    }
  for (int i = 0; i < n && depth < 60; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);
      AtspiAccessible *found = child != NULL ? find_descendant (child, role, name, depth + 1) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

static AtspiAccessible *
find_frame (void)
{
  g_autoptr(AtspiAccessible) app = find_application ("quadrant");

  return app != NULL ? find_descendant (app, ATSPI_ROLE_FRAME, NULL, 0) : NULL;
}

static gboolean
frame_shown (gpointer data)
{
  g_autoptr(AtspiAccessible) frame = find_frame ();

  return frame != NULL;
}

typedef struct {
  AtspiAccessible *tab;
} TabWait;

static gboolean
tab_selected (gpointer data)
{
  TabWait *wait = data;
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (wait->tab);

  return atspi_state_set_contains (states, ATSPI_STATE_SELECTED);
}

/* The first descendant of node whose name starts with prefix. */
static AtspiAccessible *
find_named (AtspiAccessible *node,
            const char      *prefix,
            guint            depth)
{
  g_autofree char *name = atspi_accessible_get_name (node, NULL);
  int n = atspi_accessible_get_child_count (node, NULL);

  if (name != NULL && g_str_has_prefix (name, prefix))
    return g_object_ref (node);
  for (int i = 0; i < n && depth < 60; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);
      AtspiAccessible *found = child != NULL ? find_named (child, prefix, depth + 1) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct {
  AtspiAccessible *node;
  const char      *not_prefix;  /* until the name no longer starts with this */
  char            *differs;     /* or until it is no longer this */
} NameWait;

static gboolean
name_changed (gpointer data)
{
  NameWait *wait = data;
  g_autofree char *name = atspi_accessible_get_name (wait->node, NULL);

  if (wait->not_prefix != NULL)
    return name != NULL && !g_str_has_prefix (name, wait->not_prefix);
  return g_strcmp0 (name, wait->differs) != 0;
}

/* xdotool's own output, or fails the test. */
static char *
xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* A real key press, into the window, which has the X input focus. */
static void
press (const char *key)
{
  const char *args[] = { "key", "--clearmodifiers", key, NULL };

  g_free (xdotool (args));
}

typedef struct {
  const char *title;
  char       *id;
} WindowSearch;

/* Searched again until found: xdotool's own --sync gives up when a window
 * it examines goes away meanwhile (an X BadWindow error). */
static gboolean
window_found (gpointer data)
{
  WindowSearch *search = data;
  const char *argv[] = { "xdotool", "search", "--onlyvisible", "--name", search->title, NULL };
  g_autofree char *out = NULL;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, NULL, NULL) || out == NULL || out[0] == '\0')
    return FALSE;
  *strchrnul (out, '\n') = '\0';
  search->id = g_steal_pointer (&out);
  return TRUE;
}

/* The X window titled title, given the input focus; returns its id. */
static char *
focus_window (const char *title)
{
  WindowSearch search = { title, NULL };
  const char *focus[] = { "windowfocus", "--sync", NULL, NULL };

  quadrant_test_spin_until (window_found, &search);
  focus[2] = search.id;
  g_free (xdotool (focus));
  return search.id;
}

/* A real click at x, y of window. */
static void
click_window (const char *window,
              int         x,
              int         y)
{
  g_autofree char *x_text = g_strdup_printf ("%d", x);
  g_autofree char *y_text = g_strdup_printf ("%d", y);
  const char *args[] = { "mousemove", "--sync", "--window", window, x_text, y_text, "click", "1", NULL };

  g_free (xdotool (args));
}

static void
show_page (AtspiAccessible *frame,
           const char      *page)
{
  g_autoptr(AtspiAccessible) tab = find_descendant (frame, ATSPI_ROLE_PAGE_TAB, page, 0);
  g_autoptr(AtspiAction) action = NULL;
  g_autoptr(GError) error = NULL;
  TabWait wait;

  g_assert_nonnull (tab);
  action = atspi_accessible_get_action_iface (tab);
  g_assert_nonnull (action);
  g_assert_true (atspi_action_do_action (action, 0, &error));
  g_assert_no_error (error);
  wait.tab = tab;
  quadrant_test_spin_until (tab_selected, &wait);
}

/* The map, from the keyboard (real key events, xdotool): Tab reaches a party, which is announced with
 * its name, position, support and quadrant; moving it announces where it
 * is now. */
static void
check_map (AtspiAccessible *frame)
{
  g_autoptr(AtspiAccessible) map = NULL;
  g_autofree char *party = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  NameWait wait = { NULL, NULL, NULL };
  g_autofree char *window = NULL;

  show_page (frame, "Map");
  window = focus_window ("northwind.quadrant.xml");
  map = find_named (frame, "Stakeholder map", 0);
  g_assert_nonnull (map);
  /* A click into the map gives it the keyboard focus; Tab then moves to a
   * party (the first, or the next after one the click hit). */
  click_window (window, 550, 400);
  press ("Tab");

  wait.node = map;
  wait.not_prefix = "Stakeholder map";
  quadrant_test_spin_until (name_changed, &wait);
  party = atspi_accessible_get_name (map, NULL);
  description = atspi_accessible_get_description (map, NULL);
  g_test_message ("a party on the map: “%s”, “%s”", party, description);
  g_assert_nonnull (strstr (party, ", power "));
  g_assert_nonnull (strstr (party, ", interest "));
  g_assert_true (strstr (description, "Manage closely") != NULL || strstr (description, "Keep satisfied") != NULL ||
                 strstr (description, "Keep informed") != NULL || strstr (description, "Monitor") != NULL);

  /* Moved with an arrow key: its new position is what is read now. */
  press ("Up");
  wait.not_prefix = NULL;
  wait.differs = party;
  quadrant_test_spin_until (name_changed, &wait);
  moved = atspi_accessible_get_name (map, NULL);
  g_test_message ("moved: “%s”", moved);
  g_assert_nonnull (strstr (moved, ", power "));

}

/* ---- The test ---- */

static void
test_pages (void)
{
  static const char * const pages[] = { "Parties", "Requirements", "Map", "Findings" };
  g_autofree char *source = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autofree char *home = g_dir_make_tmp ("quadrant-a11y-XXXXXX", NULL);
  /* A copy: the program is killed at the end and leaves its lock beside the
   * register, which the next open would ask about. */
  g_autofree char *example = g_build_filename (home, "northwind.quadrant.xml", NULL);
  const char *argv[] = { quadrant_bin, example, NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(AtspiAccessible) frame = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint n_checked = 0;
  GPid pid;

  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (example, contents, length, NULL));
  }

  /* The program must speak to the accessibility bus that this test reads. */
  env = g_environ_unsetenv (env, "GTK_A11Y");
  env = g_environ_unsetenv (env, "NO_AT_BRIDGE");
  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  quadrant_test_spin_until (frame_shown, NULL);
  frame = find_frame ();

  /* Each page once shown, so that what a page makes when first shown is
   * there; then the whole window, all pages, in one walk. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(AtspiAccessible) tab = find_descendant (frame, ATSPI_ROLE_PAGE_TAB, pages[i], 0);
      g_autoptr(AtspiAction) action = NULL;
      TabWait wait;

      g_assert_nonnull (tab);
      action = atspi_accessible_get_action_iface (tab);
      g_assert_nonnull (action);
      g_assert_true (atspi_action_do_action (action, 0, &error));
      g_assert_no_error (error);
      wait.tab = tab;
      quadrant_test_spin_until (tab_selected, &wait);
    }

  check_map (frame);

  {
    Walk w = { problems, 0, g_strdup ("the window") };

    walk (&w, frame, 0);
    g_free (w.path);
    n_checked = w.n_checked;
  }

  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  quadrant_test_remove_tree (home);
  g_test_message ("%u controls checked", n_checked);
  g_assert_cmpuint (n_checked, >, 50);
  if (problems->len > 0)
    g_error ("controls without a name a person can understand:\n%s", problems->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* libatspi warns when an application on the bus has no cache of its tree
   * (GTK 4.8 has none) and then asks for each node, as the test wants: its
   * warnings are not the test's failures. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (argc < 2)
    {
      g_printerr ("usage: %s QUADRANT-PROGRAM (under dbus-run-session)\n", argv[0]);
      return 2;
    }
  quadrant_bin = g_canonicalize_filename (argv[1], NULL);
  if (atspi_init () < 0)
    {
      g_printerr ("no accessibility bus (run under dbus-run-session with at-spi2-core installed)\n");
      return 1;
    }

  g_test_add_func ("/a11y/pages", test_pages);

  return g_test_run ();
}
