/* test-ui-editing.c: the smaller points of everyday editing: a multi-line
 * ISMS scope, and a party named while it waits in the map's tray */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-details-dialog.h"
#include "quadrant-map-tray.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

/* Every visible label under widget, joined by "|". */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        g_string_append_printf (out, "%s|", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, out);
    }
}

static GtkWidget *
find_text_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TEXT_VIEW (child))
        return child;
      if ((found = find_text_view (child)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_entry_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* The scope takes several lines, shows the register's, and is one undo step
 * when the focus leaves it. */
static void
test_scope_multiline (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  GtkWidget *dialog;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  const char *scope = "Development and hosting of the patient portal.\n\nExcluded: the canteen.";

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_SCOPE, "First line\nsecond line");
  dialog = quadrant_details_dialog_new (NULL, reg);
  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_wait_frames (2);

  view = find_text_view (dialog);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "First line\nsecond line");
  }
  /* Taller than one line of an entry. */
  g_assert_cmpint (gtk_widget_get_height (view), >=, 2 * gtk_widget_get_height (find_entry_row (dialog, "Organisation")) / 3);

  gtk_widget_grab_focus (view);
  gtk_text_buffer_set_text (buffer, scope, -1);
  g_assert_cmpstr (quadrant_register_get_scope (reg), ==, "First line\nsecond line");
  gtk_widget_grab_focus (find_entry_row (dialog, "Organisation"));
  quadrant_test_wait_frames (1);
  g_assert_cmpstr (quadrant_register_get_scope (reg), ==, scope);

  g_assert_true (quadrant_register_undo (reg));
  quadrant_test_wait_frames (1);
  g_assert_cmpstr (quadrant_register_get_scope (reg), ==, "First line\nsecond line");
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "First line\nsecond line");
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
}

/* A party named (in the editor, through the edit API) while in the tray
 * shows its new name there at once. */
static void
test_tray_rename (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *tray = quadrant_map_tray_new ();
  g_autoptr(GString) before = g_string_new ("|");
  g_autoptr(GString) after = g_string_new ("|");

  quadrant_party_set_name (party, "New party");
  quadrant_register_append_party_unrecorded (reg, party);
  quadrant_map_tray_set_register (QUADRANT_MAP_TRAY (tray), reg);
  gtk_window_set_child (GTK_WINDOW (window), tray);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 300);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (2);
  collect_labels (tray, before);
  g_assert_nonnull (strstr (before->str, "|New party|"));

  quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_NAME, "Data protection authority");
  quadrant_test_wait_frames (2);
  collect_labels (tray, after);
  g_test_message ("tray: %s", after->str);
  g_assert_nonnull (strstr (after->str, "|Data protection authority|"));
  g_assert_null (strstr (after->str, "|New party|"));

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

  g_test_add_func ("/editing/scope-multiline", test_scope_multiline);
  g_test_add_func ("/editing/tray-rename", test_tray_rename);

  return g_test_run ();
}
