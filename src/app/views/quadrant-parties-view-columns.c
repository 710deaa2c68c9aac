/* quadrant-parties-view-columns.c: the Parties page's columns: live cells,
 * and sorters that keep unassessed parties last */
#define G_LOG_DOMAIN "quadrant-parties-view"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-accessible-row.h"
#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-parties-view-private.h"

static const struct {
  const char *id;
  const char *title;
  int         fixed_width;
  guint       expand : 1;
  guint       numeric : 1;
} column_info[N_COLUMNS] = {
  [COLUMN_NAME]          = { "name",          N_("Name"),          220, TRUE,  FALSE },
  [COLUMN_CATEGORY]      = { "category",      N_("Category"),      90,  FALSE, FALSE },
  [COLUMN_KIND]          = { "kind",          N_("Kind"),          140, FALSE, FALSE },
  [COLUMN_POWER]         = { "power",         N_("Power"),         105, FALSE, TRUE  },
  [COLUMN_INTEREST]      = { "interest",      N_("Interest"),      105, FALSE, TRUE  },
  [COLUMN_QUADRANT]      = { "quadrant",      N_("Quadrant"),      130, FALSE, FALSE },
  [COLUMN_SUPPORT]       = { "support",       N_("Support"),       180, FALSE, FALSE },
  [COLUMN_REQUIREMENTS]  = { "requirements",  N_("Requirements"),  115, FALSE, TRUE  },
  [COLUMN_UNDECIDED]     = { "undecided",     N_("Undecided"),     95,  FALSE, TRUE  },
  [COLUMN_OWNER]         = { "owner",         N_("Owner"),         170, FALSE, FALSE },
  [COLUMN_LAST_REVIEWED] = { "last-reviewed", N_("Last Reviewed"), 120, FALSE, FALSE },
  [COLUMN_CODE]          = { "code",          N_("Reference Code"), 120, FALSE, FALSE },
};

/* What a bound cell listens to, so that it shows live values. */
typedef struct {
  QuadrantParty    *party;
  QuadrantRegister *reg;
  gulong            notify_id;
  gulong            changed_id;
} CellBinding;

static char *
position_text (int value)
{
  if (value == QUADRANT_NOT_ASSESSED)
    return g_strdup (_("Not assessed"));
  return g_strdup_printf ("%d", value);
}

static char *
cell_text (QuadrantParty *party,
           Column         column)
{
  switch (column)
    {
    case COLUMN_CODE:
      return g_strdup (quadrant_party_get_code (party));
    case COLUMN_NAME:
      if (quadrant_party_is_to_review (party))
        /* Translators: a party quick-added in a workshop whose kind is not chosen yet */
        return g_strdup_printf (_("%s (to review)"), quadrant_party_get_name (party));
      return g_strdup (quadrant_party_get_name (party));
    case COLUMN_CATEGORY:
      return g_strdup (quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, quadrant_party_get_category (party)));
    case COLUMN_KIND:
      return g_strdup (quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)));
    case COLUMN_POWER:
      return position_text (quadrant_party_get_power (party));
    case COLUMN_INTEREST:
      return position_text (quadrant_party_get_interest (party));
    case COLUMN_QUADRANT:
      return g_strdup (quadrant_enum_to_label (QUADRANT_TYPE_QUADRANT, quadrant_party_get_quadrant (party)));
    case COLUMN_SUPPORT:
      {
        QuadrantSupport current = quadrant_party_get_current_support (party);
        QuadrantSupport desired = quadrant_party_get_desired_support (party);

        if (current == desired)
          return g_strdup (quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, current));
        /* Translators: current support → desired support, e.g. "Neutral → Supportive" */
        return g_strdup_printf (_("%s → %s"),
                                quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, current),
                                quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, desired));
      }
    case COLUMN_REQUIREMENTS:
      return g_strdup_printf ("%u", quadrant_party_get_n_requirements (party));
    case COLUMN_UNDECIDED:
      return g_strdup_printf ("%u", quadrant_party_get_n_undecided (party));
    case COLUMN_OWNER:
      return g_strdup (quadrant_party_get_owner (party));
    case COLUMN_LAST_REVIEWED:
      return quadrant_language_format_date (quadrant_party_get_last_reviewed (party));
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* ---- Cells ---- */

static void
cell_update (GtkListItem *item,
             Column       column)
{
  QuadrantParty *party = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;
  gboolean missing = FALSE;

  if (party == NULL)
    return;
  text = cell_text (party, column);
  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  if (column == COLUMN_NAME)
    quadrant_accessible_row_set_name (item, text);

  /* "Not assessed" is an absence of data: show it quieter than the numbers. */
  if (column == COLUMN_POWER)
    missing = quadrant_party_get_power (party) == QUADRANT_NOT_ASSESSED;
  else if (column == COLUMN_INTEREST)
    missing = quadrant_party_get_interest (party) == QUADRANT_NOT_ASSESSED;
  else if (column == COLUMN_QUADRANT)
    missing = quadrant_party_get_quadrant (party) == QUADRANT_QUADRANT_UNPLACED;
  if (missing)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
cell_party_notify_cb (GtkListItem *item)
{
  ColumnData *data = g_object_get_data (G_OBJECT (item), "quadrant-column");

  cell_update (item, data->column);
}

/* A party dragged by its name can be dropped on the map (over the Map tab). */
static GdkContentProvider *
name_drag_prepare_cb (GtkDragSource *source,
                      double         x,
                      double         y,
                      GtkListItem   *item)
{
  QuadrantParty *party = gtk_list_item_get_item (item);

  return party != NULL ? gdk_content_provider_new_typed (QUADRANT_TYPE_PARTY, party) : NULL;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *data)
{
  /* An inscription, not a label: its size comes from the font, not from its
   * text, so the list does not lay out the text of the 200 rows GTK keeps
   * alive (11 cells each) before the first frame. */
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), column_info[data->column].numeric ? 1.0f : 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column_info[data->column].numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
  /* Lets the view find the row of a position, to move the keyboard cursor. */
  g_object_set_data (G_OBJECT (label), "quadrant-list-item", item);
  g_object_set_data (G_OBJECT (item), "quadrant-column", data);
  if (data->column == COLUMN_NAME)
    {
      GtkDragSource *source = gtk_drag_source_new ();

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (name_drag_prepare_cb), item);
      gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));
    }
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  QuadrantParty *party = gtk_list_item_get_item (item);
  CellBinding *binding = g_new0 (CellBinding, 1);

  cell_update (item, data->column);

  binding->party = g_object_ref (party);
  binding->notify_id = g_signal_connect_object (party, "notify", G_CALLBACK (cell_party_notify_cb),
                                                item, G_CONNECT_SWAPPED);
  /* A decision changes on a requirement, not on the party: refresh on every
   * edit instead. Only the few bound cells of this column listen. */
  if (data->column == COLUMN_UNDECIDED && data->self->reg != NULL)
    {
      binding->reg = g_object_ref (data->self->reg);
      binding->changed_id = g_signal_connect_object (binding->reg, "changed",
                                                     G_CALLBACK (cell_party_notify_cb),
                                                     item, G_CONNECT_SWAPPED);
    }
  g_object_set_data (G_OBJECT (item), "quadrant-binding", binding);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnData               *data)
{
  CellBinding *binding = g_object_steal_data (G_OBJECT (item), "quadrant-binding");

  if (binding == NULL)
    return;
  g_clear_signal_handler (&binding->notify_id, binding->party);
  if (binding->reg != NULL)
    g_clear_signal_handler (&binding->changed_id, binding->reg);
  g_clear_object (&binding->party);
  g_clear_object (&binding->reg);
  g_free (binding);
}

/* ---- Sorting ---- */

static int
compare_int (int a,
             int b)
{
  return a < b ? GTK_ORDERING_SMALLER : a > b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Unplaced parties sort last whichever way the column is sorted: the column
 * view's sorter reverses our result for a descending column, so pre-reverse. */
static int
unplaced_last (QuadrantPartiesView *self,
               Column               column,
               gboolean             a_unplaced,
               gboolean             b_unplaced)
{
  int result = a_unplaced ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;

  return self->descending[column] ? -result : result;
}

static int
quadrant_rank (QuadrantQuadrant quadrant)
{
  return quadrant == QUADRANT_QUADRANT_UNPLACED ? G_MAXINT : (int) quadrant;
}

static int
compare_parties (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  ColumnData *data = user_data;
  QuadrantPartiesView *self = data->self;
  QuadrantParty *pa = (QuadrantParty *) a;
  QuadrantParty *pb = (QuadrantParty *) b;

  /* A probe answers only for the column being probed (see _quadrant_parties_view_update_sort_directions). */
  if (pa == self->probe_a || pa == self->probe_b || pb == self->probe_a || pb == self->probe_b)
    {
      if ((int) data->column != self->probe_column || pa == pb)
        return GTK_ORDERING_EQUAL;
      return pa == self->probe_a ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
    }

  switch (data->column)
    {
    case COLUMN_CATEGORY:
      return compare_int (quadrant_party_get_category (pa), quadrant_party_get_category (pb));
    case COLUMN_KIND:
      return compare_int (quadrant_party_get_kind (pa), quadrant_party_get_kind (pb));
    case COLUMN_POWER:
    case COLUMN_INTEREST:
      {
        gboolean power = data->column == COLUMN_POWER;
        int va = power ? quadrant_party_get_power (pa) : quadrant_party_get_interest (pa);
        int vb = power ? quadrant_party_get_power (pb) : quadrant_party_get_interest (pb);

        if ((va == QUADRANT_NOT_ASSESSED) != (vb == QUADRANT_NOT_ASSESSED))
          return unplaced_last (self, data->column, va == QUADRANT_NOT_ASSESSED, vb == QUADRANT_NOT_ASSESSED);
        return compare_int (va, vb);
      }
    case COLUMN_QUADRANT:
      {
        int ra = quadrant_rank (quadrant_party_get_quadrant (pa));
        int rb = quadrant_rank (quadrant_party_get_quadrant (pb));

        if ((ra == G_MAXINT) != (rb == G_MAXINT))
          return unplaced_last (self, data->column, ra == G_MAXINT, rb == G_MAXINT);
        return compare_int (ra, rb);
      }
    case COLUMN_SUPPORT:
      {
        int result = compare_int (quadrant_party_get_current_support (pa),
                                  quadrant_party_get_current_support (pb));
        if (result != GTK_ORDERING_EQUAL)
          return result;
        return compare_int (quadrant_party_get_desired_support (pa),
                            quadrant_party_get_desired_support (pb));
      }
    case COLUMN_REQUIREMENTS:
      return compare_int (quadrant_party_get_n_requirements (pa), quadrant_party_get_n_requirements (pb));
    case COLUMN_UNDECIDED:
      return compare_int (quadrant_party_get_n_undecided (pa), quadrant_party_get_n_undecided (pb));
    case COLUMN_LAST_REVIEWED:
      /* ISO dates sort as strings; never reviewed comes first, as most overdue. */
      return compare_int (g_strcmp0 (quadrant_party_get_last_reviewed (pa),
                                     quadrant_party_get_last_reviewed (pb)), 0);
    case COLUMN_CODE:
    case COLUMN_NAME:
    case COLUMN_OWNER:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Runs before the sort model re-sorts (connected first): finds out which
 * columns are sorted descending by letting the view's sorter compare two
 * probes that differ only in the probed column. */
void
_quadrant_parties_view_update_sort_directions (QuadrantPartiesView *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  for (int column = 0; column < N_COLUMNS; column++)
    {
      self->probe_column = column;
      self->descending[column] =
        gtk_sorter_compare (sorter, self->probe_a, self->probe_b) == GTK_ORDERING_LARGER;
    }
  self->probe_column = -1;
}

void
_quadrant_parties_view_setup_columns (QuadrantPartiesView *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      ColumnData *data = &self->column_data[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      data->self = self;
      data->column = i;

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), data);
      g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), data);

      column = gtk_column_view_column_new (_(column_info[i].title), g_object_ref (factory));
      /* Free-text columns sort with collation keys computed once per sort,
       * far cheaper than collating in every comparison on 5,000 rows. */
      if (i == COLUMN_CODE || i == COLUMN_NAME || i == COLUMN_OWNER)
        sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (QUADRANT_TYPE_PARTY, NULL,
                                                                                 column_info[i].id)));
      else
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_parties, data, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, column_info[i].expand);
      /* Fixed widths: measuring 5,000 rows for natural widths is not cheap. */
      gtk_column_view_column_set_fixed_width (column, column_info[i].fixed_width);
      gtk_column_view_append_column (self->column_view, column);
    }
}
