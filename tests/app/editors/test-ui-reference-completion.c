/* test-ui-reference-completion.c: a reference typed in the requirement
 * editor is completed from the references already used in the register */
#include "config.h"

#include <adwaita.h>

#include "quadrant-reference-completion.h"
#include "quadrant-requirement-editor.h"
#include "quadrant-requirements-view.h"
#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

static QuadrantRequirement *
add_requirement (QuadrantParty         *party,
                 const char            *statement,
                 QuadrantReferenceKind  kind,
                 const char            *reference)
{
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

  quadrant_requirement_set_statement (requirement, statement);
  if (reference != NULL)
    {
      g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();

      g_ptr_array_add (refs, quadrant_reference_new (kind, reference));
      quadrant_requirement_set_references (requirement, refs);
    }
  quadrant_party_append_requirement (party, requirement);
  return requirement;
}

static guint
n_suggestions (GtkWidget *popover)
{
  GtkWidget *list = quadrant_test_find_widget (popover, GTK_TYPE_LIST_BOX);
  guint n = 0;

  if (!gtk_widget_get_visible (popover))
    return 0;
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* The field shows in its window: suggestions are offered only then, and
 * focusing it scrolls it into view over some frames. */
static gboolean
row_on_screen (gpointer data)
{
  GtkWidget *row = data;
  GtkNative *native = gtk_widget_get_native (row);
  graphene_rect_t bounds;

  if (native == NULL || !gtk_widget_get_mapped (row) ||
      !gtk_widget_compute_bounds (row, GTK_WIDGET (native), &bounds))
    return FALSE;
  return bounds.origin.x + bounds.size.width > 0 && bounds.origin.y + bounds.size.height > 0 &&
         bounds.origin.x < gtk_widget_get_width (GTK_WIDGET (native)) &&
         bounds.origin.y < gtk_widget_get_height (GTK_WIDGET (native));
}

static void
test_completion (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) regulator = quadrant_party_new (NULL);
  g_autoptr(QuadrantParty) customers = quadrant_party_new (NULL);
  QuadrantRequirement *target;
  QuadrantRequirementsView *view;
  QuadrantRequirementEditor *editor;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row, *popover, *list;
  GtkDropDown *kind;
  GPtrArray *refs;

  quadrant_party_set_name (regulator, "Data Protection Authority");
  quadrant_party_set_name (customers, "Hospital customers");
  quadrant_register_append_party_unrecorded (reg, regulator);
  quadrant_register_append_party_unrecorded (reg, customers);
  add_requirement (regulator, "Report breaches within 72 hours", QUADRANT_REFERENCE_KIND_CONTROL, "A.5.24");
  add_requirement (regulator, "Keep a record of processing", QUADRANT_REFERENCE_KIND_POLICY,
                   "Privacy policy v3");
  add_requirement (customers, "Encrypt customer data at rest", QUADRANT_REFERENCE_KIND_CONTROL, "A.8.24");
  target = add_requirement (customers, "Offer single sign-on", QUADRANT_REFERENCE_KIND_CONTROL, "A.5.24");

  view = QUADRANT_REQUIREMENTS_VIEW (quadrant_requirements_view_new ());
  quadrant_requirements_view_set_register (view, reg);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (2);
  quadrant_requirements_view_select_requirement (view, target);
  quadrant_test_wait_frames (2);
  editor = quadrant_requirements_view_get_editor (view);
  g_assert_true (quadrant_requirement_editor_get_requirement (editor) == target);
  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), QUADRANT_TYPE_REQUIREMENT_EDITOR,
                                                   "new_reference_row"));
  kind = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (editor), QUADRANT_TYPE_REQUIREMENT_EDITOR,
                                                       "new_reference_kind"));
  /* The suggestions' popover is the row's own child (the kind's drop-down
   * inside it has another). */
  for (popover = gtk_widget_get_first_child (row); popover != NULL; popover = gtk_widget_get_next_sibling (popover))
    if (GTK_IS_POPOVER (popover))
      break;
  g_assert_nonnull (popover);

  /* Typed in the field: what contains it, ignoring case, less what this
   * requirement has already (A.5.24). */
  /* Focused, the field scrolls into view, as when someone clicks it. */
  gtk_widget_grab_focus (row);
  quadrant_test_spin_until (row_on_screen, row);
  quadrant_test_wait_frames (1);
  gtk_editable_set_text (GTK_EDITABLE (row), "a.");
  quadrant_test_wait_frames (1);
  g_assert_cmpuint (n_suggestions (popover), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (row), "p");
  quadrant_test_wait_frames (1);
  g_assert_cmpuint (n_suggestions (popover), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (row), "xyz");
  g_assert_cmpuint (n_suggestions (popover), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_cmpuint (n_suggestions (popover), ==, 0);

  /* A suggestion taken (a click) fills in its text and its kind; Enter adds it. */
  gtk_editable_set_text (GTK_EDITABLE (row), "priv");
  quadrant_test_wait_frames (1);
  g_assert_cmpuint (n_suggestions (popover), ==, 1);
  list = quadrant_test_find_widget (popover, GTK_TYPE_LIST_BOX);
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0), "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Privacy policy v3");
  g_assert_cmpuint (gtk_drop_down_get_selected (kind), ==, QUADRANT_REFERENCE_KIND_POLICY);
  g_assert_false (gtk_widget_get_visible (popover));
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  quadrant_test_wait_frames (1);
  refs = quadrant_requirement_get_references (target);
  g_assert_cmpuint (refs->len, ==, 2);
  g_assert_cmpstr (((QuadrantReference *) g_ptr_array_index (refs, 1))->text, ==, "Privacy policy v3");
  g_assert_cmpint (((QuadrantReference *) g_ptr_array_index (refs, 1))->kind, ==, QUADRANT_REFERENCE_KIND_POLICY);

  /* Now on this requirement, it is no longer offered. */
  gtk_editable_set_text (GTK_EDITABLE (row), "priv");
  g_assert_cmpuint (n_suggestions (popover), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (quadrant_get_resource ());

  g_test_add_func ("/reference-completion/suggest-and-take", test_completion);
  return g_test_run ();
}
