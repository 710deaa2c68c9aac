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
 * test-a11y-dialogs does the same for every dialog.
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
  NameWait wait = { NULL, NULL, NULL };
  g_autofree char *window = NULL;

  a11y_show_page (frame, "Map");
  window = a11y_focus_window ("northwind.quadrant.xml");
  map = a11y_find_named (frame, "Stakeholder map");
  g_assert_nonnull (map);
  /* A click into the map gives it the keyboard focus; Tab then moves to a
   * party (the first, or the next after one the click hit). */
  a11y_click_window (window, 550, 400);
  a11y_press ("Tab");

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
  a11y_press ("Up");
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
  g_autofree char *contents = quadrant_test_read_file (source);
  const char *argv[] = { quadrant_bin, example, NULL };
  g_autoptr(AtspiAccessible) frame = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_checked = 0;
  GPid pid;

  quadrant_test_write_file (example, contents);
  pid = a11y_spawn (argv, home);
  frame = a11y_wait_frame (pid, "northwind.quadrant.xml");

  /* Each page once shown, so that what a page makes when first shown is
   * there; then the whole window, all pages, in one walk. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    a11y_show_page (frame, pages[i]);

  check_map (frame);
  a11y_walk (frame, "the window", problems, &n_checked);

  a11y_stop (pid);
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
  quadrant_bin = a11y_test_init (&argc, &argv);
  g_test_add_func ("/a11y/pages", test_pages);

  return g_test_run ();
}
