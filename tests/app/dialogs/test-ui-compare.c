/* test-ui-compare.c: Compare with File…, the changes since an earlier register */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "quadrant-compare-dialog.h"
#include "quadrant-resources.h"
#include "quadrant-test-wait.h"
#include "quadrant-test-data.h"

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name)
{
  return quadrant_test_add_party (reg, name, 60, 50);
}

static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_label (GTK_LABEL (child)), text))
        n++;
      n += count_labels (child, text);
    }
  return n;
}

static void
test_compare_lists_changes (void)
{
  g_autoptr(QuadrantRegister) earlier = quadrant_register_new ();
  g_autoptr(QuadrantRegister) current = quadrant_register_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  QuadrantParty *insurer = add_party (earlier, "Cyber insurer");
  g_autoptr(QuadrantParty) same = quadrant_party_new (quadrant_party_get_id (insurer));
  AdwMessageDialog *dialog;
  GPtrArray *lines;

  quadrant_party_set_name (same, "Cyber insurer");
  quadrant_party_set_power (same, 80);
  quadrant_party_set_interest (same, 50);
  quadrant_register_append_party_unrecorded (current, same);
  add_party (current, "Cloud supplier");

  gtk_window_present (window);
  dialog = quadrant_compare_dialog_new (window, current, earlier, "Version 1.0");
  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Changes Since Version 1.0");
  lines = quadrant_compare_dialog_get_lines (dialog);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "Party \"Cyber insurer\": Power 60 → 80");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==, "Party \"Cloud supplier\" added");
  /* shown, one row each */
  g_assert_cmpuint (count_labels (GTK_WIDGET (dialog), "Party \"Cloud supplier\" added"), ==, 1);

  if (g_getenv ("QUADRANT_TEST_SCREENSHOT") != NULL)
    {
      for (guint i = 0; i < 20; i++)
        quadrant_test_spin_pending ();
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (window);
  quadrant_test_spin_pending ();
}

static void
test_compare_unchanged (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  AdwMessageDialog *dialog;

  add_party (reg, "Regulator");
  dialog = quadrant_compare_dialog_new (NULL, reg, reg, "Version 2.0");
  g_assert_cmpuint (quadrant_compare_dialog_get_lines (dialog)->len, ==, 0);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The register has not changed.");
  gtk_window_destroy (GTK_WINDOW (dialog));
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

  g_test_add_func ("/compare-dialog/lists-changes", test_compare_lists_changes);
  g_test_add_func ("/compare-dialog/unchanged", test_compare_unchanged);

  return g_test_run ();
}
