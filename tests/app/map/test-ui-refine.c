/* test-ui-refine.c: Refine mode driven through its key handler, as the keys
 * reach it: 1 places a relevant party in Manage closely, N marks one not
 * relevant, Tab + a reason + Enter stores the reason, R keeps one for the
 * tray, Esc ends; each decision is one undo step of the window.
 * (tests/e2e/e2e-refine.sh does the same with real key events.) */
#include "config.h"

#include <adwaita.h>

#include "quadrant-application.h"
#include "quadrant-refine-window.h"
#include "quadrant-relevance.h"
#include "quadrant-resources.h"
#include "quadrant-window.h"
#include "quadrant-test-ui.h"

static QuadrantApplication *app;

static GtkWindow *
find_refine (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (QUADRANT_IS_REFINE_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
refine_closed (gpointer data)
{
  return find_refine () == NULL;
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The focus is in widget (an entry's focus is its text inside). */
static gboolean
has_focus_in (GtkWindow *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
press (GtkEventController *keys,
       guint               keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  g_assert_true (handled);
  quadrant_test_spin_pending ();
}

static QuadrantParty *
add_candidate (QuadrantRegister *reg,
               const char       *name)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_relevance (party, QUADRANT_RELEVANCE_TO_DECIDE);
  quadrant_register_add_party (reg, party);
  return party; /* the register holds it */
}

/* Unset: the model may say NULL or "" (what undo restores). */
static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static void
assert_undecided (QuadrantParty *party)
{
  g_assert_cmpint (quadrant_party_get_relevance (party), ==, QUADRANT_RELEVANCE_TO_DECIDE);
  g_assert_false (quadrant_party_is_placed (party));
  g_assert_true (is_empty (quadrant_party_get_relevance_decided (party)));
  g_assert_true (is_empty (quadrant_party_get_relevance_rationale (party)));
}

static void
test_refine_keys (void)
{
  QuadrantWindow *window = quadrant_window_new (app);
  QuadrantRegister *reg = quadrant_window_get_register (window);
  g_autofree char *today = quadrant_relevance_today ();
  QuadrantParty *bank = add_candidate (reg, "Bank");
  QuadrantParty *press_office = add_candidate (reg, "Press office");
  QuadrantParty *prospect = add_candidate (reg, "Prospect");
  QuadrantParty *union_ = add_candidate (reg, "Works council");
  QuadrantParty *last = add_candidate (reg, "Neighbours");
  GtkEventController *keys;
  GtkWindow *refine;
  GtkWidget *entry;

  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refine", NULL));
  quadrant_test_spin_pending ();
  refine = find_refine ();
  g_assert_nonnull (refine);
  g_assert_cmpuint (quadrant_refine_window_get_n_candidates (QUADRANT_REFINE_WINDOW (refine)), ==, 5);
  keys = find_key_controller (GTK_WIDGET (refine));
  entry = find_entry (GTK_WIDGET (refine));
  g_assert_nonnull (entry);
  g_assert_true (quadrant_refine_window_get_current (QUADRANT_REFINE_WINDOW (refine)) == bank);

  /* 1: relevant, and on the grid in Manage closely. */
  press (keys, GDK_KEY_1);
  g_assert_cmpint (quadrant_party_get_relevance (bank), ==, QUADRANT_RELEVANCE_RELEVANT);
  g_assert_cmpint (quadrant_party_get_quadrant (bank), ==, QUADRANT_QUADRANT_MANAGE_CLOSELY);
  g_assert_cmpstr (quadrant_party_get_relevance_decided (bank), ==, today);

  /* N: not relevant, the reason left for later. */
  g_assert_true (quadrant_refine_window_get_current (QUADRANT_REFINE_WINDOW (refine)) == press_office);
  press (keys, GDK_KEY_n);
  g_assert_cmpint (quadrant_party_get_relevance (press_office), ==, QUADRANT_RELEVANCE_NOT_RELEVANT);
  g_assert_true (is_empty (quadrant_party_get_relevance_rationale (press_office)));
  g_assert_false (quadrant_party_is_placed (press_office));

  /* Tab: the reason entry takes the keys; Enter there decides with it. */
  press (keys, GDK_KEY_Tab);
  g_assert_true (has_focus_in (refine, entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Only a prospect, no contract yet");
  g_signal_emit_by_name (entry, "activate");
  quadrant_test_spin_pending ();
  g_assert_cmpint (quadrant_party_get_relevance (prospect), ==, QUADRANT_RELEVANCE_NOT_RELEVANT);
  g_assert_cmpstr (quadrant_party_get_relevance_rationale (prospect), ==, "Only a prospect, no contract yet");
  g_assert_cmpstr (quadrant_party_get_relevance_decided (prospect), ==, today);
  /* The keys are the window's again, and the entry is empty for the next one. */
  g_assert_false (has_focus_in (refine, entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* R: relevant, waiting in the tray. */
  press (keys, GDK_KEY_r);
  g_assert_cmpint (quadrant_party_get_relevance (union_), ==, QUADRANT_RELEVANCE_RELEVANT);
  g_assert_false (quadrant_party_is_placed (union_));

  /* Esc ends; the last candidate stays to decide. */
  g_assert_true (quadrant_refine_window_get_current (QUADRANT_REFINE_WINDOW (refine)) == last);
  press (keys, GDK_KEY_Escape);
  quadrant_test_spin_until (refine_closed, NULL);
  assert_undecided (last);

  /* One undo per decision, newest first, through the window's action. */
  g_assert_cmpstr (quadrant_register_get_undo_label (reg), ==, "Mark as Relevant");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_undecided (union_);
  g_assert_cmpstr (quadrant_register_get_undo_label (reg), ==, "Mark as Not Relevant");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_undecided (prospect);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_undecided (press_office);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_undecided (bank);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-refine");

  g_test_add_func ("/refine/keys", test_refine_keys);

  return g_test_run ();
}
