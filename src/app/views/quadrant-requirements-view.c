/* quadrant-requirements-view.c: all requirements across parties, filtered,
 * sorted and edited
 *
 * The list is a chain of models over the register's own lists, so it follows
 * every added or removed party and requirement without copying anything:
 * parties -> map (party -> its requirements) -> flatten -> filter -> sort ->
 * selection -> column view. Cells (quadrant-requirements-view-columns.c)
 * listen to the requirement they show and so update live; the filter is
 * refreshed (after an edit) in an idle. What the filter matches and how the
 * columns sort is in quadrant-requirements-view-sort.c.
 */
#define G_LOG_DOMAIN "quadrant-requirements-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-accessible-row.h"
#include "quadrant-column-fit.h"
#include "quadrant-enum-types.h"
#include "quadrant-requirements-view-columns.h"
#include "quadrant-requirements-view-private.h"
#include "quadrant-enum-labels.h"

G_DEFINE_FINAL_TYPE (QuadrantRequirementsView, quadrant_requirements_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_N_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Helpers ---- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  QuadrantRequirementsView *self = user_data;

  /* The requirement being edited does not vanish under the reviewer's hands
   * when its decision no longer matches; it goes when another is selected.
   * Nor does a search hide it: its statement may still be being typed. */
  if (item == (gpointer) self->pinned ||
      item == (gpointer) quadrant_requirement_editor_get_requirement (self->editor))
    return TRUE;
  return _quadrant_requirements_view_matches (self, item);
}

static void
update_count (QuadrantRequirementsView *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->flatten_model));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements", total),
                            total);
  else
    /* Translators: "12 of 54 requirements", the rows shown of all */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u requirement",
                                         "%u of %u requirements", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);
}

/* How a filter setting changed, so the filter model re-checks only the rows
 * that can change: the shown ones when narrowing, the hidden ones when widening. */
static GtkFilterChange
change_between (int old_value,
                int new_value)
{
  if (old_value < 0)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_value < 0)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/* Filter settings changed: the pinned requirement no longer gets a pass. */
static void
refilter (QuadrantRequirementsView *self,
          GtkFilterChange           change)
{
  g_clear_handle_id (&self->refilter_source, g_source_remove);
  g_clear_object (&self->pinned);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  g_set_object (&self->pinned, gtk_single_selection_get_selected_item (self->selection));
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

static gboolean
refilter_idle_cb (gpointer data)
{
  QuadrantRequirementsView *self = data;

  self->refilter_source = 0;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
  return G_SOURCE_REMOVE;
}

static void
queue_refilter (QuadrantRequirementsView *self)
{
  if (self->refilter_source == 0 && _quadrant_requirements_view_filter_is_active (self))
    self->refilter_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refilter_idle_cb, self, NULL);
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_VIEW (child))
        return child;
      if ((found = find_list_view (child)) != NULL)
        return found;
    }
  return NULL;
}

static guint
find_position (QuadrantRequirementsView *self,
               QuadrantRequirement      *requirement)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantRequirement) item = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      if (item == requirement)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* ---- Party choices ---- */

static char *
party_choice_name (GObject *item)
{
  const char *name;

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  if (!QUADRANT_IS_PARTY (item))
    return NULL;
  name = quadrant_party_get_name (QUADRANT_PARTY (item));
  return g_strdup (name != NULL && *name != '\0' ? name : _("Unnamed party"));
}

static char *
party_choice_name_cb (GObject *item)
{
  return party_choice_name (item);
}

static void
party_choice_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_list_item_set_child (list_item, label);
}

static void
party_choice_update (GtkListItem *list_item)
{
  g_autofree char *name = party_choice_name (gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), name);
}

static void
party_choice_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item)
{
  GObject *item = gtk_list_item_get_item (list_item);

  party_choice_update (list_item);
  if (QUADRANT_IS_PARTY (item))
    g_signal_connect_object (item, "notify::name", G_CALLBACK (party_choice_update),
                             list_item, G_CONNECT_SWAPPED);
}

static void
party_choice_unbind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item)
{
  GObject *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, party_choice_update, list_item);
}

static gpointer
map_party_cb (gpointer item,
              gpointer user_data)
{
  GListModel *requirements = g_object_ref (quadrant_party_get_requirements (item));

  g_object_unref (item);
  return requirements;
}

/* ---- Callbacks ---- */

static void
search_changed_cb (QuadrantRequirementsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;
  const char *old = self->search_text != NULL ? self->search_text : "";

  if (g_strcmp0 (text, self->search_text) == 0)
    return;

  /* Typing on at the end of a word only narrows the list, deleting at the
   * end only widens it. */
  if (*old != '\0' && g_str_has_prefix (text, old) &&
      !g_unichar_isspace (g_utf8_get_char (text + strlen (old))) &&
      !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (old + strlen (old)))))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (*text != '\0' && g_str_has_prefix (old, text) &&
           !g_unichar_isspace (g_utf8_get_char (old + strlen (text))) &&
           !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + strlen (text)))))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (*text == '\0')
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->search_text);
  self->search_text = g_strdup (text);

  _quadrant_requirements_view_set_search_terms (self, text);

  refilter (self, change);
}

static void
undecided_toggled_cb (QuadrantRequirementsView *self)
{
  guint undecided = 1 + QUADRANT_DECISION_UNDECIDED;

  if (self->syncing_decision)
    return;
  if (gtk_toggle_button_get_active (self->undecided_button))
    gtk_drop_down_set_selected (self->decision_dropdown, undecided);
  else if (gtk_drop_down_get_selected (self->decision_dropdown) == undecided)
    gtk_drop_down_set_selected (self->decision_dropdown, 0);
}

static void
decision_filter_cb (QuadrantRequirementsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->decision_dropdown);
  int decision = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  GtkFilterChange change;

  self->syncing_decision = TRUE;
  gtk_toggle_button_set_active (self->undecided_button, decision == QUADRANT_DECISION_UNDECIDED);
  self->syncing_decision = FALSE;

  if (decision == self->decision)
    return;
  change = change_between (self->decision, decision);
  self->decision = decision;
  refilter (self, change);
}

static void
type_filter_cb (QuadrantRequirementsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->type_dropdown);
  int type = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  GtkFilterChange change;

  if (type == self->type)
    return;
  change = change_between (self->type, type);
  self->type = type;
  refilter (self, change);
}

static void
party_filter_cb (QuadrantRequirementsView *self)
{
  gpointer item = gtk_drop_down_get_selected_item (self->party_dropdown);
  QuadrantParty *party = QUADRANT_IS_PARTY (item) ? item : NULL;
  GtkFilterChange change;

  if (party == self->party)
    return;
  change = change_between (self->party != NULL ? 0 : -1, party != NULL ? 0 : -1);
  g_set_object (&self->party, party);
  refilter (self, change);
}

static void
selection_changed_cb (QuadrantRequirementsView *self)
{
  QuadrantRequirement *requirement = gtk_single_selection_get_selected_item (self->selection);
  QuadrantRequirement *old = self->pinned;

  if (requirement == quadrant_requirement_editor_get_requirement (self->editor))
    return;

  quadrant_requirement_editor_set_requirement (self->editor, self->reg, requirement);
  /* A folded flap (a narrow window) shows the editor once one is chosen. */
  if (requirement != NULL && adw_flap_get_folded (self->paned) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    adw_flap_set_reveal_flap (self->paned, TRUE);

  /* The previously edited requirement may now be filtered out. */
  if (old != NULL && old != requirement && !_quadrant_requirements_view_matches (self, old))
    queue_refilter (self);
  g_set_object (&self->pinned, requirement);
}

static void
row_activated_cb (QuadrantRequirementsView *self,
                  guint                     position)
{
  gtk_single_selection_set_selected (self->selection, position);
  quadrant_requirement_editor_focus_statement (self->editor);
}

/* A hidden page does its filtering once it is shown again. */
static void
register_changed_cb (QuadrantRequirementsView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_refilter (self);
  else
    self->refilter_pending = TRUE;
}

static void
mapped_cb (QuadrantRequirementsView *self)
{
  if (!self->refilter_pending)
    return;
  self->refilter_pending = FALSE;
  queue_refilter (self);
}

static void
items_changed_cb (QuadrantRequirementsView *self)
{
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

/* ---- GObject / GtkWidget ---- */

static void
quadrant_requirements_view_dispose (GObject *object)
{
  QuadrantRequirementsView *self = QUADRANT_REQUIREMENTS_VIEW (object);

  g_clear_handle_id (&self->refilter_source, g_source_remove);
  if (self->reg != NULL)
    g_clear_signal_handler (&self->changed_handler, self->reg);

  /* The column view goes first: it holds the models' rows. */
  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_REQUIREMENTS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->flatten_model);
  g_clear_object (&self->map_model);
  g_clear_object (&self->party_choices);
  g_clear_object (&self->party);
  g_clear_object (&self->pinned);
  g_clear_object (&self->reg);

  G_OBJECT_CLASS (quadrant_requirements_view_parent_class)->dispose (object);
}

static void
quadrant_requirements_view_finalize (GObject *object)
{
  QuadrantRequirementsView *self = QUADRANT_REQUIREMENTS_VIEW (object);

  g_clear_pointer (&self->terms, g_array_unref);
  g_free (self->search_text);

  G_OBJECT_CLASS (quadrant_requirements_view_parent_class)->finalize (object);
}

static void
quadrant_requirements_view_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  QuadrantRequirementsView *self = QUADRANT_REQUIREMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, quadrant_requirements_view_get_n_shown (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_requirements_view_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  QuadrantRequirementsView *self = QUADRANT_REQUIREMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      quadrant_requirements_view_set_register (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_requirements_view_class_init (QuadrantRequirementsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_requirements_view_dispose;
  object_class->finalize = quadrant_requirements_view_finalize;
  object_class->get_property = quadrant_requirements_view_get_property;
  object_class->set_property = quadrant_requirements_view_set_property;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (QUADRANT_TYPE_REQUIREMENT);
  g_type_ensure (QUADRANT_TYPE_PARTY);
  g_type_ensure (QUADRANT_TYPE_REQUIREMENT_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-requirements-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, paned);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, undecided_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, decision_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, statement_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, party_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, type_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, source_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, decision_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, references_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, owner_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, review_column);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, QuadrantRequirementsView, editor);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, undecided_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, decision_filter_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_filter_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  _quadrant_requirements_view_class_init_add (widget_class);
}

static void
setup_filters (QuadrantRequirementsView *self)
{
  g_autoptr(GtkStringList) decisions = quadrant_enum_labels_new (QUADRANT_TYPE_DECISION, _("All Decisions"));
  g_autoptr(GtkStringList) types = quadrant_enum_labels_new (QUADRANT_TYPE_REQUIREMENT_TYPE, _("All Types"));
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) all_parties = gtk_string_list_new (NULL);
  g_autoptr(GtkFlattenListModel) choices = NULL;

  gtk_drop_down_set_model (self->decision_dropdown, G_LIST_MODEL (decisions));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));

  /* "All Parties" first, then the register's parties (set with the register). */
  gtk_string_list_append (all_parties, _("All Parties"));
  self->party_choices = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->party_choices, all_parties);
  choices = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->party_choices)));
  g_signal_connect (factory, "setup", G_CALLBACK (party_choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (party_choice_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (party_choice_unbind_cb), NULL);
  gtk_drop_down_set_factory (self->party_dropdown, factory);
  gtk_drop_down_set_expression (self->party_dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (party_choice_name_cb),
                                                             NULL, NULL));
  gtk_drop_down_set_model (self->party_dropdown, G_LIST_MODEL (choices));
  g_signal_connect_object (self->party_dropdown, "notify::selected-item",
                           G_CALLBACK (party_filter_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->decision_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter by decision"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->type_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter by type"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->party_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter by party"), -1);
}

static void
quadrant_requirements_view_init (QuadrantRequirementsView *self)
{
  self->decision = -1;
  self->type = -1;
  self->terms = _quadrant_requirements_view_search_terms_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  quadrant_accessible_row_name_titles (self->column_view);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);

  self->map_model = gtk_map_list_model_new (NULL, map_party_cb, NULL, NULL);
  self->flatten_model = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->map_model)));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->flatten_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flatten_model, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  {
    GtkColumnViewColumn *columns[N_REQUIREMENT_COLUMNS] = {
      [REQUIREMENT_COLUMN_STATEMENT]   = self->statement_column,
      [REQUIREMENT_COLUMN_PARTY]       = self->party_column,
      [REQUIREMENT_COLUMN_TYPE]        = self->type_column,
      [REQUIREMENT_COLUMN_SOURCE]      = self->source_column,
      [REQUIREMENT_COLUMN_DECISION]    = self->decision_column,
      [REQUIREMENT_COLUMN_REFERENCES]  = self->references_column,
      [REQUIREMENT_COLUMN_OWNER]       = self->owner_column,
      [REQUIREMENT_COLUMN_REVIEW_DATE] = self->review_column,
    };

    for (guint i = 0; i < N_REQUIREMENT_COLUMNS; i++)
      {
        g_autoptr(GtkListItemFactory) factory = quadrant_requirement_cell_factory_new (i);

        gtk_column_view_column_set_factory (columns[i], factory);
      }
  }

  {
    /* The statement keeps room to be read before any other column shows. */
    static const guint fit_order[] = {
      REQUIREMENT_COLUMN_STATEMENT, REQUIREMENT_COLUMN_PARTY, REQUIREMENT_COLUMN_DECISION,
      REQUIREMENT_COLUMN_REFERENCES, REQUIREMENT_COLUMN_TYPE, REQUIREMENT_COLUMN_SOURCE,
      REQUIREMENT_COLUMN_OWNER, REQUIREMENT_COLUMN_REVIEW_DATE,
    };

    quadrant_column_fit_attach (self->column_view, fit_order, G_N_ELEMENTS (fit_order), 300);
  }

  _quadrant_requirements_view_setup_sorters (self);

  setup_filters (self);
  update_count (self);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_requirements_view_new (void)
{
  return g_object_new (QUADRANT_TYPE_REQUIREMENTS_VIEW, NULL);
}

void
quadrant_requirements_view_set_register (QuadrantRequirementsView *self,
                                         QuadrantRegister         *reg)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (self->reg == reg)
    return;

  quadrant_requirement_editor_set_requirement (self->editor, NULL, NULL);
  g_clear_object (&self->pinned);
  if (self->reg != NULL)
    g_clear_signal_handler (&self->changed_handler, self->reg);
  g_set_object (&self->reg, reg);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->party_choices)) > 1)
    g_list_store_remove (self->party_choices, 1);
  gtk_drop_down_set_selected (self->party_dropdown, 0);

  if (reg != NULL)
    {
      self->changed_handler = g_signal_connect_object (reg, "changed",
                                                       G_CALLBACK (register_changed_cb),
                                                       self, G_CONNECT_SWAPPED);
      g_list_store_append (self->party_choices, quadrant_register_get_parties (reg));
    }
  gtk_map_list_model_set_model (self->map_model, reg != NULL ? quadrant_register_get_parties (reg) : NULL);

  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

QuadrantRegister *
quadrant_requirements_view_get_register (QuadrantRequirementsView *self)
{
  g_return_val_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self), NULL);

  return self->reg;
}

void
quadrant_requirements_view_select_requirement (QuadrantRequirementsView *self,
                                               QuadrantRequirement      *requirement)
{
  guint position;
  GtkWidget *list_view;

  g_return_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self));
  g_return_if_fail (QUADRANT_IS_REQUIREMENT (requirement));

  position = find_position (self, requirement);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* Hidden by a filter: show everything rather than nothing. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
      gtk_drop_down_set_selected (self->decision_dropdown, 0);
      gtk_drop_down_set_selected (self->type_dropdown, 0);
      gtk_drop_down_set_selected (self->party_dropdown, 0);
      position = find_position (self, requirement);
      if (position == GTK_INVALID_LIST_POSITION)
        return;
    }

  gtk_single_selection_set_selected (self->selection, position);
  list_view = find_list_view (GTK_WIDGET (self->column_view));
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);

  /* A new requirement: what comes next is its statement, not a search. */
  if (*quadrant_requirement_get_statement (requirement) == '\0')
    quadrant_requirement_editor_focus_statement (self->editor);
}

void
quadrant_requirements_view_focus_search (QuadrantRequirementsView *self)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
quadrant_requirements_view_set_undecided_only (QuadrantRequirementsView *self,
                                               gboolean                  undecided_only)
{
  g_return_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self));

  gtk_toggle_button_set_active (self->undecided_button, undecided_only);
}

guint
quadrant_requirements_view_get_n_shown (QuadrantRequirementsView *self)
{
  g_return_val_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

gboolean
quadrant_requirements_view_commit (QuadrantRequirementsView *self)
{
  g_return_val_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self), FALSE);

  return quadrant_requirement_editor_commit (self->editor);
}

QuadrantRequirementEditor *
quadrant_requirements_view_get_editor (QuadrantRequirementsView *self)
{
  g_return_val_if_fail (QUADRANT_IS_REQUIREMENTS_VIEW (self), NULL);

  return self->editor;
}
