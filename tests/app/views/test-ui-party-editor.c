/* test-ui-party-editor.c: the party editor beside the Parties page: names,
 * dates, fields, the power slider, requirements */
#include "config.h"

#include <adwaita.h>

#include "quadrant-column-fit.h"
#include "quadrant-enum-types.h"
#include "quadrant-parties-view.h"
#include "quadrant-party-editor.h"
#include "quadrant-reader.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"
#include "parties-checks.h"

/* ---- Tests ---- */

static void
test_name_focus_out (Fixture       *fixture,
                     gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Board");
  GtkWidget *name_row = editor_child (fixture, "name_row");

  gtk_widget_grab_focus (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Board of directors");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Board");

  /* Tabbing away commits. */
  gtk_widget_grab_focus (view_child (fixture, "search_entry"));
  spin ();
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Board of directors");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
}

static void
test_empty_name (Fixture       *fixture,
                 gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Staff");
  GtkWidget *name_row = editor_child (fixture, "name_row");
  GtkWidget *name_error = editor_child (fixture, "name_error");

  type_and_activate (name_row, "   ");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Staff");
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (gtk_widget_get_visible (name_error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name_error)), !=, "");

  /* Leaving the field keeps the old name. */
  gtk_widget_grab_focus (view_child (fixture, "search_entry"));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Staff");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Staff");
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_true (gtk_widget_get_visible (name_error));

  /* A good name clears the error. */
  type_and_activate (name_row, "All staff");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "All staff");
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  g_assert_false (gtk_widget_get_visible (name_error));
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Customers");
  GtkWidget *reviewed = editor_child (fixture, "last_reviewed_row");
  GtkWidget *identified = editor_child (fixture, "identified_on_row");
  GtkWidget *date_error = editor_child (fixture, "date_error");

  type_and_activate (reviewed, "2026-02-30");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party), ==, "");
  g_assert_true (gtk_widget_has_css_class (reviewed, "error"));
  g_assert_true (gtk_widget_get_visible (date_error));
  g_assert_false (quadrant_register_can_undo (fixture->reg));

  type_and_activate (reviewed, "2026-02-28");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party), ==, "2026-02-28");
  g_assert_false (gtk_widget_has_css_class (reviewed, "error"));
  g_assert_false (gtk_widget_get_visible (date_error));

  /* Clearing a date is allowed. */
  type_and_activate (reviewed, "");
  g_assert_cmpstr (quadrant_party_get_last_reviewed (party), ==, "");

  /* One wrong date keeps the reason visible while the other is fixed. */
  type_and_activate (identified, "31/01/2026");
  type_and_activate (reviewed, "2026-13-01");
  type_and_activate (reviewed, "2026-01-31");
  g_assert_true (gtk_widget_has_css_class (identified, "error"));
  g_assert_false (gtk_widget_has_css_class (reviewed, "error"));
  g_assert_true (gtk_widget_get_visible (date_error));
  g_assert_cmpstr (quadrant_party_get_identified_on (party), ==, "");
  type_and_activate (identified, "2026-01-31");
  g_assert_false (gtk_widget_get_visible (date_error));
  g_assert_cmpstr (quadrant_party_get_identified_on (party), ==, "2026-01-31");
}

static void
test_fields (Fixture       *fixture,
             gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Customers");
  GtkTextView *notes = editor_child (fixture, "notes_view");

  type_and_activate (editor_child (fixture, "owner_row"), "Head of Sales");
  type_and_activate (editor_child (fixture, "channel_row"), "Newsletter");
  adw_combo_row_set_selected (editor_child (fixture, "kind_row"), QUADRANT_KIND_CLIENTS);
  adw_combo_row_set_selected (editor_child (fixture, "desired_support_row"), QUADRANT_SUPPORT_LEADING);
  g_assert_cmpstr (quadrant_party_get_owner (party), ==, "Head of Sales");
  g_assert_cmpstr (quadrant_party_get_engagement_channel (party), ==, "Newsletter");
  g_assert_cmpint (quadrant_party_get_kind (party), ==, QUADRANT_KIND_CLIENTS);
  g_assert_cmpint (quadrant_party_get_desired_support (party), ==, QUADRANT_SUPPORT_LEADING);

  /* Notes are committed when the text view loses focus. */
  gtk_widget_grab_focus (GTK_WIDGET (notes));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Two lines\nof notes", -1);
  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "");
  gtk_widget_grab_focus (view_child (fixture, "search_entry"));
  spin ();
  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "Two lines\nof notes");
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 5);

  /* The list's cells follow. */
  spin ();
  g_assert_true (find_label (view_child (fixture, "column_view"), "Head of Sales"));
  g_assert_true (find_label (view_child (fixture, "column_view"), "Unaware → Leading"));

  /* A kind proposes its usual category, in the same undo step. */
  g_assert_cmpint (quadrant_party_get_category (party), ==, QUADRANT_CATEGORY_EXTERNAL);
  adw_combo_row_set_selected (editor_child (fixture, "kind_row"), QUADRANT_KIND_BOARD);
  g_assert_cmpint (quadrant_party_get_kind (party), ==, QUADRANT_KIND_BOARD);
  g_assert_cmpint (quadrant_party_get_category (party), ==, QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpuint (adw_combo_row_get_selected (editor_child (fixture, "category_row")), ==,
                    QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 6);
  quadrant_register_undo (fixture->reg);
  g_assert_cmpint (quadrant_party_get_kind (party), ==, QUADRANT_KIND_CLIENTS);
  g_assert_cmpint (quadrant_party_get_category (party), ==, QUADRANT_CATEGORY_EXTERNAL);
}

static void
test_power_slider (Fixture       *fixture,
                   gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Staff");
  GtkRange *power = editor_child (fixture, "power_scale");
  GtkSwitch *assessed = editor_child (fixture, "assessed_switch");

  g_assert_true (gtk_switch_get_active (assessed));
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 30);

  /* A drag: many positions, one undo step. */
  quadrant_party_editor_begin_slide (fixture->editor);
  for (int value = 35; value <= 75; value += 5)
    gtk_range_set_value (power, value);
  quadrant_party_editor_end_slide (fixture->editor);
  g_assert_cmpint (quadrant_party_get_power (party), ==, 75);
  g_assert_cmpint (quadrant_party_get_interest (party), ==, 70);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Move Party");

  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpint (quadrant_party_get_power (party), ==, 30);
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 30);

  /* A keyboard step outside a drag is one step too. */
  gtk_range_set_value (power, 31);
  g_assert_cmpint (quadrant_party_get_power (party), ==, 31);
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 1);

  /* Switching "Assessed" off takes the party off the map. */
  gtk_switch_set_active (assessed, FALSE);
  g_assert_cmpint (quadrant_party_get_power (party), ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpint (quadrant_party_get_interest (party), ==, QUADRANT_NOT_ASSESSED);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (power)));
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 2);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_true (gtk_switch_get_active (assessed));
  g_assert_cmpint (quadrant_party_get_interest (party), ==, 70);

  /* ... and on again places it where the sliders are. */
  select_named (fixture, "Press");
  g_assert_false (gtk_switch_get_active (assessed));
  gtk_switch_set_active (assessed, TRUE);
  party = select_named (fixture, "Press");
  g_assert_true (quadrant_party_is_placed (party));
}

static void
test_editor_follows_model (Fixture       *fixture,
                           gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Board");
  GtkEditable *owner = editor_child (fixture, "owner_row");
  GtkEditable *name = editor_child (fixture, "name_row");
  AdwComboRow *category = editor_child (fixture, "category_row");

  quadrant_register_set_text (fixture->reg, party, QUADRANT_FIELD_PARTY_OWNER, "Company secretary");
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "Company secretary");
  quadrant_register_set_choice (fixture->reg, party, QUADRANT_FIELD_PARTY_CATEGORY, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpuint (adw_combo_row_get_selected (category), ==, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_register_undo (fixture->reg);
  quadrant_register_undo (fixture->reg);
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "CEO");
  g_assert_cmpuint (adw_combo_row_get_selected (category), ==, QUADRANT_CATEGORY_INTERNAL);

  /* What is being typed is not clobbered by a change from elsewhere... */
  gtk_widget_grab_focus (GTK_WIDGET (name));
  gtk_editable_set_text (name, "Board (typing");
  quadrant_register_set_text (fixture->reg, party, QUADRANT_FIELD_PARTY_OWNER, "Chair");
  quadrant_register_move_party (fixture->reg, party, 10, 10);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Board (typing");
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "Chair");
  g_assert_cmpfloat (gtk_range_get_value (editor_child (fixture, "power_scale")), ==, 10);
  spin ();
  g_assert_true (find_label (view_child (fixture, "column_view"), "Chair"));

  /* ... and is committed when the selection moves on. */
  select_named (fixture, "Staff");
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Board (typing");
}

static void
test_requirements (Fixture       *fixture,
                   gconstpointer  data)
{
  QuadrantParty *party = select_named (fixture, "Data Protection Authority");
  GtkListBox *list = editor_child (fixture, "requirements_list");
  GtkListBoxRow *row;
  g_autoptr(QuadrantRequirement) first = g_list_model_get_item (quadrant_party_get_requirements (party), 0);

  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));

  /* Activating a requirement asks the window to show it. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (fixture->shown_requirement, ==, quadrant_requirement_get_id (first));

  /* Add after the selected one, then move it and remove it. */
  gtk_list_box_select_row (list, row);
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.add-requirement", NULL);
  g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, 3);
  {
    g_autoptr(QuadrantRequirement) added = g_list_model_get_item (quadrant_party_get_requirements (party), 1);

    /* Empty, not placeholder text, and opened at once for its statement. */
    g_assert_cmpstr (quadrant_requirement_get_statement (added), ==, "");
    g_assert_cmpstr (fixture->shown_requirement, ==, quadrant_requirement_get_id (added));
    g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, 1);

    gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.move-requirement-down", NULL);
    g_assert_true (g_list_model_get_item (quadrant_party_get_requirements (party), 2) == (gpointer) added);
    g_object_unref (added);
    gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.move-requirement-up", NULL);
    gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.remove-requirement", NULL);
    g_assert_cmpuint (quadrant_party_get_n_requirements (party), ==, 2);
  }
  g_assert_cmpuint (count_undo_steps (fixture->reg), ==, 4);

  /* The undecided count in the list follows decisions. */
  g_assert_true (find_label (view_child (fixture, "column_view"), "1"));
  quadrant_register_set_choice (fixture->reg, first, QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_UNDECIDED);
  spin ();
  g_assert_true (find_label (view_child (fixture, "column_view"), "2"));
}

int
main (int   argc,
      char *argv[])
{
  quadrant_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/parties-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("name/focus-out", test_name_focus_out);
  ADD ("name/empty", test_empty_name);
  ADD ("dates", test_dates);
  ADD ("fields", test_fields);
  ADD ("power-slider", test_power_slider);
  ADD ("editor-follows-model", test_editor_follows_model);
  ADD ("requirements", test_requirements);

#undef ADD

  return g_test_run ();
}
