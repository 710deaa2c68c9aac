/* a11y-bus.c: what the accessibility tests share, reading the AT-SPI bus */
#define G_LOG_DOMAIN "test-a11y"

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include "a11y-bus.h"
#include "quadrant-test-wait.h"

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

/* GTK 4.8 reads a button both by its label and by the mnemonic label inside
 * it ("Cancel Cancel"). A name that really is a word said twice ("Bora
 * Bora") would be reported too; none of the example data has one. */
static gboolean
is_read_twice (const char *name)
{
  size_t n = strlen (name);
  size_t half = n / 2;

  return n >= 3 && n % 2 == 1 && name[half] == ' ' && strncmp (name, name + half + 1, half) == 0;
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

  /* GTK 4.8 marks only windows as showing: the pages of a window are all
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
      else if (is_read_twice (name))
        problem = "is read twice";
      if (problem != NULL)
        g_string_append_printf (w->problems, "  %s “%s” %s (in %s)\n", role_name, name != NULL ? name : "",
                                problem, parent_path);
    }
  /* A window a person switches to is announced by its title. */
  if ((role == ATSPI_ROLE_FRAME || role == ATSPI_ROLE_DIALOG) &&
      (name == NULL || name[0] == '\0' || is_type_name (name)))
    g_string_append_printf (w->problems, "  %s “%s” has no title (in %s)\n", role_name, name != NULL ? name : "",
                            parent_path);

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

void
a11y_walk (AtspiAccessible *root,
           const char      *where,
           GString         *problems,
           guint           *n_checked)
{
  Walk w = { problems, 0, g_strdup (where) };

  walk (&w, root, 0);
  g_free (w.path);
  *n_checked = w.n_checked;
}

/* ---- Finding things on the bus ---- */

AtspiAccessible *
a11y_find_application (const char *name)
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

static AtspiAccessible *
find_descendant (AtspiAccessible *node,
                 AtspiRole        role,
                 const char      *name,
                 gboolean         visible,
                 guint            depth)
{
  int n = atspi_accessible_get_child_count (node, NULL);

  if (visible && depth > 0)
    {
      g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);

      if (!atspi_state_set_contains (states, ATSPI_STATE_VISIBLE))
        return NULL;
    }
  if (atspi_accessible_get_role (node, NULL) == role)
    {
      g_autofree char *node_name = atspi_accessible_get_name (node, NULL);

      if (name == NULL || g_strcmp0 (node_name, name) == 0)
        return g_object_ref (node);
    }
  for (int i = 0; i < n && depth < 60; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);
      AtspiAccessible *found = child != NULL ? find_descendant (child, role, name, visible, depth + 1) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

AtspiAccessible *
a11y_find_descendant (AtspiAccessible *node,
                      AtspiRole        role,
                      const char      *name)
{
  return find_descendant (node, role, name, FALSE, 0);
}

AtspiAccessible *
a11y_find_visible (AtspiAccessible *node,
                   AtspiRole        role,
                   const char      *name)
{
  return find_descendant (node, role, name, TRUE, 0);
}

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

AtspiAccessible *
a11y_find_named (AtspiAccessible *node,
                 const char      *prefix)
{
  return find_named (node, prefix, 0);
}

void
a11y_do_action (AtspiAccessible *node,
                const char      *action)
{
  g_autoptr(AtspiAction) iface = atspi_accessible_get_action_iface (node);
  g_autoptr(GError) error = NULL;
  int n, index = -1;

  g_assert_nonnull (iface);
  n = atspi_action_get_n_actions (iface, NULL);
  for (int i = 0; i < n && index < 0; i++)
    {
      g_autofree char *name = atspi_action_get_action_name (iface, i, NULL);

      if (action == NULL || g_strcmp0 (name, action) == 0)
        index = i;
    }
  if (index < 0)
    g_error ("no action “%s”", action != NULL ? action : "(any)");
  if (!atspi_action_do_action (iface, index, &error))
    g_error ("action “%s” refused: %s", action != NULL ? action : "(any)",
             error != NULL ? error->message : "the program said no");
}

typedef struct {
  AtspiAccessible *node;
  AtspiStateType   state;
} StateWait;

static gboolean
state_holds (gpointer data)
{
  StateWait *wait = data;
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (wait->node);

  return atspi_state_set_contains (states, wait->state);
}

void
a11y_wait_state (AtspiAccessible *node,
                 AtspiStateType   state)
{
  StateWait wait = { node, state };

  quadrant_test_spin_until (state_holds, &wait);
}

void
a11y_show_page (AtspiAccessible *frame,
                const char      *page)
{
  g_autoptr(AtspiAccessible) tab = a11y_find_descendant (frame, ATSPI_ROLE_PAGE_TAB, page);

  g_assert_nonnull (tab);
  a11y_do_action (tab, NULL);
  a11y_wait_state (tab, ATSPI_STATE_SELECTED);
}

/* ---- The program ---- */

/* A test that fails ends the program with it: meson would otherwise wait
 * for the output the program still holds open until its timeout. */
static void
end_with_test (gpointer data)
{
  (void) data;
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

GPid
a11y_spawn (const char * const *argv,
            const char         *home)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  GPid pid;

  /* The program must speak to the accessibility bus that this test reads. */
  env = g_environ_unsetenv (env, "GTK_A11Y");
  env = g_environ_unsetenv (env, "NO_AT_BRIDGE");
  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, end_with_test, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static gboolean program_ended;

void
a11y_assert_running (GPid pid)
{
  int status;

  if (!program_ended && waitpid (pid, &status, WNOHANG) == pid)
    {
      program_ended = TRUE;
      g_error ("the program ended (status %d) before the test was done", status);
    }
}

void
a11y_stop (GPid pid)
{
  kill (pid, SIGTERM);
  if (!program_ended)
    waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
}

/* ---- Real input (xdotool) ---- */

char *
a11y_xdotool (const char * const *args)
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

void
a11y_press (const char *key)
{
  const char *args[] = { "key", "--clearmodifiers", key, NULL };

  g_free (a11y_xdotool (args));
}

void
a11y_type (const char *text)
{
  const char *args[] = { "type", "--clearmodifiers", text, NULL };

  g_free (a11y_xdotool (args));
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

char *
a11y_focus_window (const char *title)
{
  WindowSearch search = { title, NULL };
  const char *focus[] = { "windowfocus", "--sync", NULL, NULL };

  quadrant_test_spin_until (window_found, &search);
  focus[2] = search.id;
  g_free (a11y_xdotool (focus));
  return search.id;
}

void
a11y_click_window (const char *window,
                   int         x,
                   int         y)
{
  g_autofree char *x_text = g_strdup_printf ("%d", x);
  g_autofree char *y_text = g_strdup_printf ("%d", y);
  const char *args[] = { "mousemove", "--sync", "--window", window, x_text, y_text, "click", "1", NULL };

  g_free (a11y_xdotool (args));
}

char *
a11y_test_init (int    *argc,
                char ***argv)
{
  g_test_init (argc, argv, NULL);
  /* libatspi warns when an application on the bus has no cache of its tree
   * (GTK 4.8 has none) and then asks for each node, as the tests want: its
   * warnings are not the tests' failures. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (*argc < 2)
    {
      g_printerr ("usage: %s QUADRANT-PROGRAM (under dbus-run-session)\n", (*argv)[0]);
      exit (2);
    }
  if (atspi_init () < 0)
    {
      g_printerr ("no accessibility bus (run under dbus-run-session with at-spi2-core installed)\n");
      exit (1);
    }
  /* libatspi gives up on a call after 0.8 s; a program on a busy CI machine
   * may answer later. Wait as long as it takes: meson's timeout is the limit. */
  atspi_set_timeout (G_MAXINT, G_MAXINT);
  return g_canonicalize_filename ((*argv)[1], NULL);
}

typedef struct {
  GPid        pid;
  const char *title;
} FrameWait;

static AtspiAccessible *
find_frame (const char *title)
{
  g_autoptr(AtspiAccessible) app = a11y_find_application ("quadrant");

  return app != NULL ? a11y_find_descendant (app, ATSPI_ROLE_FRAME, title) : NULL;
}

static gboolean
frame_shown (gpointer data)
{
  FrameWait *wait = data;
  g_autoptr(AtspiAccessible) frame = find_frame (wait->title);

  a11y_assert_running (wait->pid);
  return frame != NULL;
}

AtspiAccessible *
a11y_wait_frame (GPid        pid,
                 const char *title)
{
  FrameWait wait = { pid, title };

  quadrant_test_spin_until (frame_shown, &wait);
  return find_frame (title);
}
