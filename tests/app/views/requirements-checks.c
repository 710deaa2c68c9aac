/* requirements-checks.c: what the Requirements page's tests share */
#include "config.h"

#include <string.h>

#include "requirements-checks.h"

void
spin (void)
{
  /* Bounded, so that a frame clock that always has work cannot hang a test. */
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
n_shown_is (gpointer data)
{
  gpointer *args = data;
  Fixture *fixture = args[0];

  return quadrant_requirements_view_get_n_shown (fixture->view) == GPOINTER_TO_UINT (args[1]);
}

/* Spins until the view shows n rows: the search entry applies its text after
 * a short delay. */
guint
wait_for_n_shown (Fixture *fixture,
                  guint    n)
{
  gpointer args[] = { fixture, GUINT_TO_POINTER (n) };

  quadrant_test_spin_until (n_shown_is, args);
  spin ();
  return quadrant_requirements_view_get_n_shown (fixture->view);
}

QuadrantRequirement *
add_requirement (QuadrantParty           *party,
                 const char              *statement,
                 QuadrantRequirementType  type,
                 QuadrantDecision         decision,
                 const char              *source,
                 const char              *reference)
{
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

  quadrant_requirement_set_statement (requirement, statement);
  quadrant_requirement_set_requirement_type (requirement, type);
  quadrant_requirement_set_decision (requirement, decision);
  quadrant_requirement_set_source (requirement, source);
  if (reference != NULL)
    {
      g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();

      g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, reference));
      quadrant_requirement_set_references (requirement, refs);
    }
  quadrant_party_append_requirement (party, requirement);
  return requirement;
}

QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

/* Four parties, five requirements: two undecided, two legal, two of Customers. */
QuadrantRegister *
make_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  QuadrantParty *regulator = add_party (reg, "Data Protection Authority");
  QuadrantParty *customers = add_party (reg, "Hospital customers");
  QuadrantParty *staff = add_party (reg, "Employees");

  add_party (reg, "Press");
  add_requirement (regulator, "Report breaches within 72 hours", QUADRANT_REQUIREMENT_TYPE_LEGAL,
                   QUADRANT_DECISION_ADDRESSED, "GDPR Art. 33", "A.5.24");
  add_requirement (regulator, "Keep a record of processing", QUADRANT_REQUIREMENT_TYPE_LEGAL,
                   QUADRANT_DECISION_UNDECIDED, "GDPR Art. 30", NULL);
  add_requirement (customers, "Encrypt customer data at rest", QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL,
                   QUADRANT_DECISION_UNDECIDED, "Master services agreement §7", "A.8.24");
  add_requirement (customers, "Offer single sign-on (SSO)", QUADRANT_REQUIREMENT_TYPE_BUSINESS,
                   QUADRANT_DECISION_PARTIALLY_ADDRESSED, "Customer advisory board", NULL);
  add_requirement (staff, "Clear rules for remote work", QUADRANT_REQUIREMENT_TYPE_BUSINESS,
                   QUADRANT_DECISION_NOT_ADDRESSED, "Staff survey", NULL);
  return reg;
}

QuadrantParty *
party_at (Fixture *fixture,
          guint    position)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (fixture->reg),
                                                          position);
  return party;
}

QuadrantRequirement *
requirement_at (Fixture *fixture,
                guint    party,
                guint    position)
{
  g_autoptr(QuadrantRequirement) requirement =
    g_list_model_get_item (quadrant_party_get_requirements (party_at (fixture, party)), position);
  return requirement;
}

gpointer
view_child (Fixture    *fixture,
            const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->view), QUADRANT_TYPE_REQUIREMENTS_VIEW,
                                        name);
}

gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->editor),
                                        QUADRANT_TYPE_REQUIREMENT_EDITOR, name);
}

GListModel *
rows (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_column_view_get_model (view_child (fixture, "column_view")));
}

gboolean
rows_contain (Fixture             *fixture,
              QuadrantRequirement *requirement)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows (fixture)); i++)
    {
      g_autoptr(QuadrantRequirement) item = g_list_model_get_item (rows (fixture), i);

      if (item == requirement)
        return TRUE;
    }
  return FALSE;
}

/* Selects the row of requirement, as a click would. */
void
select_row (Fixture             *fixture,
            QuadrantRequirement *requirement)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows (fixture)); i++)
    {
      g_autoptr(QuadrantRequirement) item = g_list_model_get_item (rows (fixture), i);

      if (item == requirement)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows (fixture)), i, TRUE);
          spin ();
          g_assert_true (quadrant_requirement_editor_get_requirement (fixture->editor) == requirement);
          return;
        }
    }
  g_assert_not_reached ();
}

/* Types text into an editable as a person would: replace, then Enter. */
void
type_and_activate (gpointer    editable,
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

/* The label or list cell (an inscription) under widget that shows text. */
GtkWidget *
find_text (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  return find_text (widget, text) != NULL;
}

const char *
buffer_text (GtkTextBuffer *buffer)
{
  static char *text;
  GtkTextIter start, end;

  g_free (text);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return text;
}

/* A key as the key controllers of widget see it, in the order GTK runs them. */
void
press_key (gpointer widget,
           guint    keyval)
{
  gboolean handled = FALSE;
  GListModel *list = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (list) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (list, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (list);
  g_assert_true (handled);
  spin ();
}

void
press_enter (GtkWidget *widget)
{
  press_key (widget, GDK_KEY_Return);
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

/* The editor's rows for existing references (not the "new reference" row). */
GPtrArray *
reference_rows (Fixture *fixture)
{
  GPtrArray *result = g_ptr_array_new ();
  GtkWidget *new_row = editor_child (fixture, "new_reference_row");

  for (GtkWidget *child = gtk_widget_get_first_child (editor_child (fixture, "references_list"));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ENTRY_ROW (child) && child != new_row)
      g_ptr_array_add (result, child);
  return result;
}

GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (tooltip == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0))
        return child;
      if ((found = find_descendant (child, type, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

/* ---- Fixture ---- */

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = make_register ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 700);
  fixture->view = QUADRANT_REQUIREMENTS_VIEW (quadrant_requirements_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  quadrant_requirements_view_set_register (fixture->view, fixture->reg);
  fixture->editor = quadrant_requirements_view_get_editor (fixture->view);
  gtk_window_present (fixture->window);
  spin ();
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin ();
  g_clear_object (&fixture->reg);
}
