/* parties-checks.c: what the Parties page's tests share */
#include "config.h"

#include <string.h>

#include "parties-checks.h"

void
spin (void)
{
  /* Bounded, so that a frame clock that always has work cannot hang a test. */
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

QuadrantParty *
make_party (const char       *name,
            QuadrantCategory  category,
            QuadrantKind      kind,
            int               power,
            int               interest,
            QuadrantSupport   current,
            QuadrantSupport   desired,
            const char       *owner,
            const char       *description)
{
  QuadrantParty *party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_category (party, category);
  quadrant_party_set_kind (party, kind);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_party_set_current_support (party, current);
  quadrant_party_set_desired_support (party, desired);
  quadrant_party_set_owner (party, owner);
  quadrant_party_set_description (party, description);
  return party;
}

void
add_requirement (QuadrantParty    *party,
                 const char       *statement,
                 QuadrantDecision  decision)
{
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

  quadrant_requirement_set_statement (requirement, statement);
  quadrant_requirement_set_decision (requirement, decision);
  quadrant_party_append_requirement (party, requirement);
}

/* Six parties: two internal, one of each quadrant, one not assessed. */
QuadrantRegister *
make_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  QuadrantParty *parties[] = {
    make_party ("Data Protection Authority", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_REGULATORS,
                90, 60, QUADRANT_SUPPORT_NEUTRAL, QUADRANT_SUPPORT_SUPPORTIVE,
                "Maria Keane", "Supervises GDPR compliance"),
    make_party ("Staff", QUADRANT_CATEGORY_INTERNAL, QUADRANT_KIND_STAFF,
                30, 70, QUADRANT_SUPPORT_SUPPORTIVE, QUADRANT_SUPPORT_SUPPORTIVE, "HR", ""),
    make_party ("Board", QUADRANT_CATEGORY_INTERNAL, QUADRANT_KIND_BOARD,
                95, 30, QUADRANT_SUPPORT_NEUTRAL, QUADRANT_SUPPORT_LEADING, "CEO", ""),
    make_party ("Cloud hosting", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_SUPPLIERS,
                60, 80, QUADRANT_SUPPORT_SUPPORTIVE, QUADRANT_SUPPORT_SUPPORTIVE, "Operations", ""),
    make_party ("Press", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_MEDIA,
                QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED,
                QUADRANT_SUPPORT_UNAWARE, QUADRANT_SUPPORT_NEUTRAL, "", ""),
    make_party ("Customers", QUADRANT_CATEGORY_EXTERNAL, QUADRANT_KIND_CUSTOMERS,
                40, 20, QUADRANT_SUPPORT_UNAWARE, QUADRANT_SUPPORT_NEUTRAL, "Sales", ""),
  };

  add_requirement (parties[0], "Report breaches within 72 hours", QUADRANT_DECISION_ADDRESSED);
  add_requirement (parties[0], "Keep a record of processing", QUADRANT_DECISION_UNDECIDED);

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      quadrant_register_append_party_unrecorded (reg, parties[i]);
      g_object_unref (parties[i]);
    }
  return reg;
}

QuadrantParty *
register_party (Fixture *fixture,
                guint    position)
{
  g_autoptr(QuadrantParty) party =
    g_list_model_get_item (quadrant_register_get_parties (fixture->reg), position);
  return party;
}

gpointer
view_child (Fixture    *fixture,
            const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->view), QUADRANT_TYPE_PARTIES_VIEW, name);
}

gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->editor), QUADRANT_TYPE_PARTY_EDITOR, name);
}

GtkSelectionModel *
selection (Fixture *fixture)
{
  return gtk_column_view_get_model (view_child (fixture, "column_view"));
}

QuadrantParty *
shown_party (Fixture *fixture,
             guint    position)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (selection (fixture)), position);
  return party;
}

/* Selects the shown row whose party is named name. */
QuadrantParty *
select_named (Fixture    *fixture,
              const char *name)
{
  GListModel *model = G_LIST_MODEL (selection (fixture));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (quadrant_party_get_name (shown_party (fixture, i)), name))
      {
        gtk_selection_model_select_item (selection (fixture), i, TRUE);
        spin ();
        return shown_party (fixture, i);
      }
  g_assert_not_reached ();
}

/* Types text into an editable as a person would: replace, then Enter. */
void
type_and_activate (GtkWidget  *editable,
                   const char *text)
{
  GtkEditable *delegate;

  gtk_widget_grab_focus (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));
  /* Enter makes the GtkText inside emit activate; AdwEntryRow turns that into entry-activated. */
  g_signal_emit_by_name (delegate != NULL ? delegate : GTK_EDITABLE (editable), "activate");
  spin ();
}

gboolean
has_focus_within (Fixture   *fixture,
                  GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

guint
count_undo_steps (QuadrantRegister *reg)
{
  guint n = 0;

  while (quadrant_register_undo (reg))
    n++;
  while (quadrant_register_redo (reg))
    ;
  return n;
}

/* The text a label or a list cell (an inscription) shows, or NULL. */
const char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  return NULL;
}

gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (gtk_widget_get_mapped (widget) && g_strcmp0 (text_of (widget), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

/* The row widget of the column view that shows position, or NULL. */
GtkWidget *
row_at (Fixture *fixture,
        guint    position)
{
  GtkWidget *column_view = view_child (fixture, "column_view");

  for (GtkWidget *list = gtk_widget_get_first_child (column_view); list != NULL;
       list = gtk_widget_get_next_sibling (list))
    {
      if (!GTK_IS_LIST_VIEW (list))
        continue;
      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *cell = gtk_widget_get_first_child (row);
          GtkWidget *label = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;
          GtkListItem *item = label != NULL ? g_object_get_data (G_OBJECT (label), "quadrant-list-item") : NULL;

          if (item != NULL && gtk_list_item_get_item (item) != NULL &&
              gtk_list_item_get_position (item) == position)
            return row;
        }
    }
  return NULL;
}

/* ---- Stub window actions (the real window implements them) ---- */

static void
add_party_cb (GSimpleAction *action,
              GVariant      *parameter,
              Fixture       *fixture)
{
  quadrant_parties_view_add_party (fixture->view);
}

static void
delete_party_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 Fixture       *fixture)
{
  quadrant_parties_view_delete_selected (fixture->view);
}

static void
show_requirement_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     Fixture       *fixture)
{
  g_free (fixture->shown_requirement);
  fixture->shown_requirement = g_variant_dup_string (parameter, NULL);
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { "add-party", (gpointer) add_party_cb, NULL, NULL, NULL },
    { "delete-party", (gpointer) delete_party_cb, NULL, NULL, NULL },
    { "show-requirement", (gpointer) show_requirement_cb, "s", NULL, NULL },
  };

  fixture->reg = make_register ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->view = QUADRANT_PARTIES_VIEW (quadrant_parties_view_new ());
  fixture->editor = view_child (fixture, "editor");
  /* These tests read the cells of every column; which columns a narrow
   * list hides is test-ui-narrow's. */
  quadrant_column_fit_detach (GTK_COLUMN_VIEW (view_child (fixture, "column_view")));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), fixture);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  quadrant_parties_view_set_register (fixture->view, fixture->reg);
  gtk_window_present (fixture->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (fixture->view)))
    g_main_context_iteration (NULL, TRUE);
  spin ();
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin ();
  g_clear_pointer (&fixture->shown_requirement, g_free);
  g_assert_finalize_object (fixture->reg);
}
