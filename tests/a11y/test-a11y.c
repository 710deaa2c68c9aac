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
 * and quadrant; a party moved with an arrow key announces its new power, and
 * one moved into another quadrant that quadrant. The welcome page of a
 * window without a register is walked the same way.
 * test-a11y-dialogs does the same for every dialog.
 */
#define G_LOG_DOMAIN "test-a11y"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "a11y-bus.h"
#include "quadrant-test-data.h"
#include "quadrant-types.h"
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

/* "Name, power 90, interest 80, supportive": the position said, and the
 * support it ends with. */
static void
read_party (const char *said,
            int        *power,
            int        *interest)
{
  static const char * const support[] = { "unaware", "resistant", "neutral", "supportive", "leading" };
  const char *at = strstr (said, ", power ");
  const char *last = strrchr (said, ',');
  gboolean found = FALSE;

  g_assert_nonnull (at);
  g_assert_cmpint (sscanf (at, ", power %d, interest %d,", power, interest), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (support); i++)
    found |= g_str_equal (last + 2, support[i]);
  if (!found)
    g_error ("“%s” does not end with the party's support", said);
}

/* The quadrant a party's description starts with. */
static QuadrantQuadrant
read_quadrant (const char *description)
{
  static const struct { const char *label; QuadrantQuadrant quadrant; } quadrants[] = {
    { "Manage closely", QUADRANT_QUADRANT_MANAGE_CLOSELY },
    { "Keep satisfied", QUADRANT_QUADRANT_KEEP_SATISFIED },
    { "Keep informed", QUADRANT_QUADRANT_KEEP_INFORMED },
    { "Monitor", QUADRANT_QUADRANT_MONITOR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (quadrants); i++)
    if (g_str_has_prefix (description, quadrants[i].label))
      return quadrants[i].quadrant;
  g_error ("“%s” names no quadrant", description);
}

typedef struct {
  AtspiAccessible *node;
  int              power;
} PowerWait;

static gboolean
power_read (gpointer data)
{
  PowerWait *wait = data;
  g_autofree char *said = atspi_accessible_get_name (wait->node, NULL);
  int power, interest;

  read_party (said, &power, &interest);
  return power == wait->power;
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
  int power, interest, moved_power, moved_interest;
  PowerWait down = { NULL, 0 };
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
  read_party (party, &power, &interest);
  g_assert_cmpint (read_quadrant (description), ==, quadrant_quadrant_from_position (power, interest));

  /* Moved with an arrow key: its new position is what is read now. */
  a11y_press ("Up");
  wait.not_prefix = NULL;
  wait.differs = party;
  quadrant_test_spin_until (name_changed, &wait);
  moved = atspi_accessible_get_name (map, NULL);
  g_test_message ("moved: “%s”", moved);
  read_party (moved, &moved_power, &moved_interest);
  g_assert_cmpint (moved_power, ==, MIN (power + 1, 100));
  g_assert_cmpint (moved_interest, ==, interest);

  /* Moved into the quadrant below (Shift moves by ten): the quadrant read
   * is the new one. */
  for (int i = 0; i < 6; i++)
    a11y_press ("shift+Down");
  down.node = map;
  down.power = MAX (moved_power - 60, 0);
  quadrant_test_spin_until (power_read, &down);
  g_free (moved);
  moved = atspi_accessible_get_name (map, NULL);
  read_party (moved, &moved_power, &moved_interest);
  g_free (description);
  description = atspi_accessible_get_description (map, NULL);
  g_test_message ("moved down: “%s”, “%s”", moved, description);
  g_assert_cmpint (read_quadrant (description), ==, quadrant_quadrant_from_position (moved_power, moved_interest));
  g_assert_cmpint (read_quadrant (description), !=, quadrant_quadrant_from_position (power, interest));
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

/* A window without a register: its welcome page. */
static void
test_welcome (void)
{
  g_autofree char *home = g_dir_make_tmp ("quadrant-a11y-XXXXXX", NULL);
  const char *argv[] = { quadrant_bin, NULL };
  g_autoptr(AtspiAccessible) frame = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_checked = 0;
  GPid pid;

  pid = a11y_spawn (argv, home);
  frame = a11y_wait_frame (pid, "Quadrant");
  a11y_walk (frame, "the welcome page", problems, &n_checked);

  a11y_stop (pid);
  quadrant_test_remove_tree (home);
  g_test_message ("%u controls checked on the welcome page", n_checked);
  g_assert_cmpuint (n_checked, >, 3);
  if (problems->len > 0)
    g_error ("controls without a name a person can understand:\n%s", problems->str);
}

int
main (int   argc,
      char *argv[])
{
  quadrant_bin = a11y_test_init (&argc, &argv);
  g_test_add_func ("/a11y/pages", test_pages);
  g_test_add_func ("/a11y/welcome", test_welcome);

  return g_test_run ();
}
