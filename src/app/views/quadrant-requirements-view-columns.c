/* quadrant-requirements-view-columns.c: the Requirements page's list cells
 *
 * Each cell is an inscription bound by hand to the one property it shows.
 * Scrolling a page of a 50,000-row list rebinds every visible cell in one
 * frame; a plain signal handler per cell costs far less there than the
 * expression watches a builder factory would set up.
 */
#define G_LOG_DOMAIN "quadrant-requirements-view"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-accessible-row.h"
#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-register.h"
#include "quadrant-requirements-view-columns.h"

/* The change of the requirement property each column shows. */
static const char * const column_notify[N_REQUIREMENT_COLUMNS] = {
  [REQUIREMENT_COLUMN_STATEMENT]   = "notify::statement",
  [REQUIREMENT_COLUMN_PARTY]       = "notify::party",
  [REQUIREMENT_COLUMN_TYPE]        = "notify::requirement-type",
  [REQUIREMENT_COLUMN_SOURCE]      = "notify::source",
  [REQUIREMENT_COLUMN_DECISION]    = "notify::decision",
  [REQUIREMENT_COLUMN_REFERENCES]  = "notify::references",
  [REQUIREMENT_COLUMN_OWNER]       = "notify::owner",
  [REQUIREMENT_COLUMN_REVIEW_DATE] = "notify::review-date",
};

/* What a bound cell listens to. The party column also follows the name of
 * the requirement's party. */
typedef struct {
  QuadrantRequirement *requirement;
  gulong               requirement_handler;
  QuadrantParty       *party;
  gulong               party_handler;
} CellBinding;

static GQuark binding_quark;

static char *
references_text (GPtrArray *refs)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      const QuadrantReference *ref = g_ptr_array_index (refs, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ref->text);
    }
  return g_string_free (text, FALSE);
}

static const char *
decision_css_class (QuadrantDecision decision)
{
  switch (decision)
    {
    case QUADRANT_DECISION_UNDECIDED: return "warning";
    case QUADRANT_DECISION_ADDRESSED: return "success";
    case QUADRANT_DECISION_PARTIALLY_ADDRESSED: return "accent";
    case QUADRANT_DECISION_NOT_ADDRESSED: return "dim-label";
    default: return NULL;
    }
}

static void
cell_update (GtkListItem       *item,
             RequirementColumn  column)
{
  QuadrantRequirement *requirement = gtk_list_item_get_item (item);
  GtkInscription *cell = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  g_autofree char *owned = NULL;
  const char *text = NULL;

  if (requirement == NULL)
    return;

  switch (column)
    {
    case REQUIREMENT_COLUMN_STATEMENT:
      text = quadrant_requirement_get_statement (requirement);
      gtk_widget_set_tooltip_text (GTK_WIDGET (cell), text);
      quadrant_accessible_row_set_name (item, text != NULL && *text != '\0' ? text
                                                : _("Requirement without a statement"));
      break;
    case REQUIREMENT_COLUMN_PARTY:
      if (quadrant_requirement_get_party (requirement) != NULL)
        text = quadrant_party_get_name (quadrant_requirement_get_party (requirement));
      break;
    case REQUIREMENT_COLUMN_TYPE:
      text = quadrant_enum_to_label (QUADRANT_TYPE_REQUIREMENT_TYPE,
                                     quadrant_requirement_get_requirement_type (requirement));
      break;
    case REQUIREMENT_COLUMN_SOURCE:
      text = quadrant_requirement_get_source (requirement);
      break;
    case REQUIREMENT_COLUMN_DECISION:
      {
        QuadrantDecision decision = quadrant_requirement_get_decision (requirement);
        const char *css = decision_css_class (decision);
        const char *classes[] = { css, NULL };

        text = quadrant_enum_to_label (QUADRANT_TYPE_DECISION, decision);
        gtk_widget_set_css_classes (GTK_WIDGET (cell), classes);
      }
      break;
    case REQUIREMENT_COLUMN_REFERENCES:
      text = owned = references_text (quadrant_requirement_get_references (requirement));
      break;
    case REQUIREMENT_COLUMN_OWNER:
      text = quadrant_requirement_get_owner (requirement);
      break;
    case REQUIREMENT_COLUMN_REVIEW_DATE:
      text = owned = quadrant_language_format_date (quadrant_requirement_get_review_date (requirement));
      break;
    case N_REQUIREMENT_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  gtk_inscription_set_text (cell, text);
}

static void
party_name_notify_cb (GtkListItem *item)
{
  cell_update (item, REQUIREMENT_COLUMN_PARTY);
}

/* Listens to the name of the requirement's current party (none: nothing). */
static void
binding_follow_party (CellBinding *binding,
                      GtkListItem *item)
{
  QuadrantParty *party = quadrant_requirement_get_party (binding->requirement);

  if (binding->party == party)
    return;
  if (binding->party != NULL)
    g_clear_signal_handler (&binding->party_handler, binding->party);
  g_set_object (&binding->party, party);
  if (party != NULL)
    binding->party_handler = g_signal_connect_object (party, "notify::name",
                                                      G_CALLBACK (party_name_notify_cb),
                                                      item, G_CONNECT_SWAPPED);
}

static void
requirement_notify_cb (QuadrantRequirement *requirement,
                       GParamSpec          *pspec,
                       GtkListItem         *item)
{
  RequirementColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "quadrant-column"));

  if (column == REQUIREMENT_COLUMN_PARTY)
    binding_follow_party (g_object_get_qdata (G_OBJECT (item), binding_quark), item);
  cell_update (item, column);
}

static void
binding_free (CellBinding *binding)
{
  g_clear_signal_handler (&binding->requirement_handler, binding->requirement);
  if (binding->party != NULL)
    g_clear_signal_handler (&binding->party_handler, binding->party);
  g_clear_object (&binding->requirement);
  g_clear_object (&binding->party);
  g_free (binding);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  column)
{
  /* An inscription: sized from the font, so a bound row needs no text layout
   * until it is drawn. */
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (item, cell);
  g_object_set_data (G_OBJECT (item), "quadrant-column", column);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  column_pointer)
{
  RequirementColumn column = GPOINTER_TO_INT (column_pointer);
  CellBinding *binding = g_new0 (CellBinding, 1);

  binding->requirement = g_object_ref (gtk_list_item_get_item (item));
  binding->requirement_handler = g_signal_connect_object (binding->requirement, column_notify[column],
                                                          G_CALLBACK (requirement_notify_cb),
                                                          item, 0);
  if (column == REQUIREMENT_COLUMN_PARTY)
    binding_follow_party (binding, item);
  g_object_set_qdata_full (G_OBJECT (item), binding_quark, binding, (GDestroyNotify) binding_free);
  cell_update (item, column);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  column)
{
  g_object_set_qdata (G_OBJECT (item), binding_quark, NULL);
}

GtkListItemFactory *
quadrant_requirement_cell_factory_new (RequirementColumn column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (column < N_REQUIREMENT_COLUMNS, NULL);

  if (binding_quark == 0)
    binding_quark = g_quark_from_static_string ("quadrant-cell-binding");
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), GINT_TO_POINTER (column));
  return factory;
}
