/* quadrant-parties-view.c: the Parties page: all parties in a column view,
 * with search, filters and the editor of the selected party. This file holds
 * the widget, its selection and actions; the columns, the search and filters,
 * and the rows shown are in quadrant-parties-view-{columns,filter,rows}.c. */
#define G_LOG_DOMAIN "quadrant-parties-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-accessible-row.h"
#include "quadrant-column-fit.h"
#include "quadrant-enum-types.h"
#include "quadrant-parties-view-private.h"
#include "quadrant-read-only.h"

G_DEFINE_FINAL_TYPE (QuadrantPartiesView, quadrant_parties_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_N_SHOWN,
  PROP_SELECTED_PARTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void select_party (QuadrantPartiesView *self,
                          QuadrantParty       *party,
                          gboolean             focus_row);

/* ---- Selection, count and actions ---- */

/* While the list comes in two steps nothing is filtered: all are shown. */
static guint
n_shown (QuadrantPartiesView *self)
{
  if (self->staging && self->reg != NULL)
    return quadrant_register_get_n_parties (self->reg);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

static void
update_count (QuadrantPartiesView *self)
{
  guint shown = n_shown (self);
  guint total = self->reg != NULL ? quadrant_register_get_n_parties (self->reg) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u party", "%u parties", total), total);
  else
    /* Translators: "12 of 20 parties" */
    text = g_strdup_printf (ngettext ("%u of %u party", "%u of %u parties", total), shown, total);
  gtk_label_set_text (self->count_label, text);
}

static guint
n_selected (QuadrantPartiesView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static QuadrantParty *
single_selected (QuadrantPartiesView *self,
                 guint               *position)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_get_size (selected) != 1)
    return NULL;
  if (position != NULL)
    *position = gtk_bitset_get_minimum (selected);
  return _quadrant_parties_view_party_at (G_LIST_MODEL (self->selection), gtk_bitset_get_minimum (selected));
}

static void
update_actions (QuadrantPartiesView *self)
{
  guint position = 0;
  gboolean single = single_selected (self, &position) != NULL;
  gboolean sorted = _quadrant_parties_view_is_sorted (self);
  guint shown = n_shown (self);

  gboolean edit = !self->read_only;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.add", edit && self->reg != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.delete", edit && n_selected (self) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.add-requirement", edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.move-up",
                                 edit && single && !sorted && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.move-down",
                                 edit && single && !sorted && position + 1 < shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.unsort", sorted);
  gtk_widget_set_visible (self->unsort_button, sorted);

  /* Say why moving is off: the order shown is not the register's. */
  gtk_widget_set_tooltip_text (self->move_up_button,
                               sorted ? _("Parties can be moved only in register order: press Register Order first")
                                      : _("Move Up in the Register (Alt+Up)"));
  gtk_widget_set_tooltip_text (self->move_down_button,
                               sorted ? _("Parties can be moved only in register order: press Register Order first")
                                      : _("Move Down in the Register (Alt+Down)"));
}

static gboolean
in_register (QuadrantPartiesView *self,
             QuadrantParty       *party)
{
  return self->reg != NULL &&
         g_list_store_find (G_LIST_STORE (quadrant_register_get_parties (self->reg)), party, NULL);
}

/* Only a change of what is selected, not a filter or sort changing the rows:
 * listeners (the map) must not be pulled back to the list's party by an edit. */
static void
emit_selection_changed (QuadrantPartiesView *self)
{
  if (g_set_object (&self->selected_party, single_selected (self, NULL)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PARTY]);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* What the editor's place says with no single party selected; read-only,
 * only what can be done there. */
static void
update_empty_page (QuadrantPartiesView *self,
                   guint                n)
{
  g_autofree char *title = NULL;
  const char *description;

  if (n > 1)
    title = g_strdup_printf (ngettext ("%u Party Selected", "%u Parties Selected", n), n);
  adw_status_page_set_title (self->empty_page, title != NULL ? title : _("No Party Selected"));
  if (self->read_only)
    description = n > 1 ? _("Select one party to see it") : _("Select a party in the list to see it");
  else
    description = n > 1 ? _("Press Delete to delete them, or select one party to edit it")
                        : _("Select a party in the list to edit it, or add one");
  adw_status_page_set_description (self->empty_page, description);
}

static void
selection_changed_cb (QuadrantPartiesView *self)
{
  guint n = n_selected (self);
  QuadrantParty *party = single_selected (self, NULL);

  if (party == NULL && n == 0)
    {
      /* A filter or a re-sort may drop the selection: keep editing the party. */
      party = quadrant_party_editor_get_party (self->editor);
      if (party != NULL && !in_register (self, party))
        party = NULL;
    }

  quadrant_party_editor_set_party (self->editor, party != NULL ? self->reg : NULL, party);
  if (party != NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "editor");
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        _quadrant_parties_view_reveal_editor (self);
    }
  else
    {
      update_empty_page (self, n);
      gtk_stack_set_visible_child_name (self->editor_stack, "empty");
    }
  update_actions (self);
}

static void
shown_changed_cb (QuadrantPartiesView *self)
{
  update_count (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

/* Sort and filter models do not watch item properties: re-apply them after
 * an edit, but only when they are in use, and while the page is hidden only
 * once it is shown again. */
static void
reorder (QuadrantPartiesView *self)
{
  self->reorder_pending = FALSE;
  if (_quadrant_parties_view_is_sorted (self))
    gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  if (_quadrant_parties_view_is_filtering (self))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
register_changed_cb (QuadrantPartiesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reorder (self);
  else
    self->reorder_pending = TRUE;
}

static void
mapped_cb (QuadrantPartiesView *self)
{
  if (self->reorder_pending)
    reorder (self);
}

static void
sorter_changed_cb (QuadrantPartiesView *self)
{
  _quadrant_parties_view_complete_list (self);
  _quadrant_parties_view_update_sort_directions (self);
  update_actions (self);
}

static void
row_activated_cb (QuadrantPartiesView *self,
                  guint                position)
{
  QuadrantParty *party = _quadrant_parties_view_party_at (G_LIST_MODEL (self->selection), position);

  if (party == NULL)
    return;
  select_party (self, party, TRUE);
  quadrant_party_editor_focus_name (self->editor);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  /* The window owns the command so that shortcuts and menus share it. */
  gtk_widget_activate_action (widget, "win.add-party", NULL);
}

/* Ctrl+Shift+R anywhere on the page: a requirement for the selected party. */
static void
add_requirement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  QuadrantPartiesView *self = QUADRANT_PARTIES_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->editor), "editor.add-requirement", NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  /* The window deletes through us and offers Undo in a toast. */
  gtk_widget_activate_action (widget, "win.delete-party", NULL);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QuadrantPartiesView *self = QUADRANT_PARTIES_VIEW (widget);
  gboolean up = g_str_equal (action_name, "parties.move-up");
  QuadrantParty *party, *neighbour;
  GListModel *parties;
  guint position, target;
  gboolean had_focus = _quadrant_parties_view_list_has_focus (self);

  _quadrant_parties_view_complete_list (self);
  party = single_selected (self, &position);
  if (party == NULL || self->reg == NULL || _quadrant_parties_view_is_sorted (self))
    return;
  if ((up && position == 0) ||
      (!up && position + 1 >= g_list_model_get_n_items (G_LIST_MODEL (self->sort_model))))
    return;

  /* Swap with the neighbour shown in the list, which under a filter need not
   * be the neighbour in the register. */
  g_object_ref (party);
  neighbour = _quadrant_parties_view_party_at (G_LIST_MODEL (self->sort_model),
                                               up ? position - 1 : position + 1);
  parties = quadrant_register_get_parties (self->reg);
  if (g_list_store_find (G_LIST_STORE (parties), neighbour, &target))
    quadrant_register_reorder_party (self->reg, party, target);
  select_party (self, party, had_focus);
  g_object_unref (party);
}

static void
unsort_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QuadrantPartiesView *self = QUADRANT_PARTIES_VIEW (widget);

  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
}

/* ---- GObject ---- */

static void
quadrant_parties_view_dispose (GObject *object)
{
  QuadrantPartiesView *self = QUADRANT_PARTIES_VIEW (object);

  if (self->reg != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->reg);
      g_clear_signal_handler (&self->parties_handler, quadrant_register_get_parties (self->reg));
    }
  /* Tearing down the column view changes its sorter and selection: stop listening first. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->column_view != NULL)
    {
      if (self->stage_tick != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->stage_tick);
      self->stage_tick = 0;
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
      gtk_column_view_set_model (self->column_view, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_PARTIES_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->slice_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->reg);
  g_clear_object (&self->selected_party);
  g_clear_object (&self->probe_a);
  g_clear_object (&self->probe_b);

  G_OBJECT_CLASS (quadrant_parties_view_parent_class)->dispose (object);
}

static void
quadrant_parties_view_finalize (GObject *object)
{
  QuadrantPartiesView *self = QUADRANT_PARTIES_VIEW (object);

  g_free (self->search_casefold);

  G_OBJECT_CLASS (quadrant_parties_view_parent_class)->finalize (object);
}

static void
quadrant_parties_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  QuadrantPartiesView *self = QUADRANT_PARTIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, quadrant_parties_view_get_n_shown (self));
      break;
    case PROP_SELECTED_PARTY:
      g_value_set_object (value, self->selected_party);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_parties_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  QuadrantPartiesView *self = QUADRANT_PARTIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      quadrant_parties_view_set_register (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_PARTY:
      quadrant_parties_view_set_selected_party (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_parties_view_class_init (QuadrantPartiesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_parties_view_dispose;
  object_class->finalize = quadrant_parties_view_finalize;
  object_class->get_property = quadrant_parties_view_get_property;
  object_class->set_property = quadrant_parties_view_set_property;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The party selected alone in the list, or NULL with none or several. */
  properties[PROP_SELECTED_PARTY] =
    g_param_spec_object ("selected-party", NULL, NULL, QUADRANT_TYPE_PARTY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user (or quadrant_parties_view_select_party ()) changed the selection. */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-parties-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, paned);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, category_filter);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, quadrant_filter);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, support_filter);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, relevance_filter);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, move_up_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, move_down_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, unsort_button);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, editor);
  gtk_widget_class_bind_template_child (widget_class, QuadrantPartiesView, empty_page);

  gtk_widget_class_install_action (widget_class, "parties.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "parties.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "parties.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "parties.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "parties.unsort", NULL, unsort_action);
  gtk_widget_class_install_action (widget_class, "parties.add-requirement", NULL, add_requirement_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "parties.add-requirement", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_R, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "parties.add-requirement", NULL);

  g_type_ensure (QUADRANT_TYPE_PARTY_EDITOR);
}


static void
quadrant_parties_view_init (QuadrantPartiesView *self)
{
  GtkSorter *sorter;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  quadrant_accessible_row_name_titles (self->column_view);

  self->probe_column = -1;
  self->probe_a = quadrant_party_new (NULL);
  self->probe_b = quadrant_party_new (NULL);

  _quadrant_parties_view_setup_columns (self);
  {
    /* From what a narrow list keeps to what it hides first. */
    static const guint fit_order[] = {
      COLUMN_NAME, COLUMN_QUADRANT, COLUMN_SUPPORT, COLUMN_OWNER, COLUMN_POWER, COLUMN_INTEREST,
      COLUMN_KIND, COLUMN_CATEGORY, COLUMN_REQUIREMENTS, COLUMN_UNDECIDED,
      COLUMN_CODE, COLUMN_LAST_REVIEWED,
    };

    /* A name is read in 150 px; it takes what the others leave. */
    quadrant_column_fit_attach (self->column_view, fit_order, G_N_ELEMENTS (fit_order), 150);
  }
  sorter = gtk_column_view_get_sorter (self->column_view);
  /* Before the sort model connects, so that directions are known when it sorts. */
  g_signal_connect_object (sorter, "changed", G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Before the models, which filter with it. */
  _quadrant_parties_view_init_filters (self);
  self->slice_model = gtk_slice_list_model_new (NULL, 0, G_MAXUINT);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->slice_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (sorter));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (emit_selection_changed), self, G_CONNECT_SWAPPED);
  /* Items removed from the selection model also change what is selected. */
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (shown_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (row_activated_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);

  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                      gtk_named_action_new ("parties.delete")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                      gtk_named_action_new ("parties.move-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                      gtk_named_action_new ("parties.move-down")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);

  _quadrant_parties_view_update_sort_directions (self);
  update_count (self);
  selection_changed_cb (self);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_parties_view_new (void)
{
  return g_object_new (QUADRANT_TYPE_PARTIES_VIEW, NULL);
}

void
quadrant_parties_view_set_register (QuadrantPartiesView *self,
                                    QuadrantRegister    *reg)
{
  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (self->reg == reg)
    return;

  /* Typing still in the editor belongs to the old document. */
  quadrant_party_editor_set_party (self->editor, NULL, NULL);

  if (self->reg != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->reg);
      g_clear_signal_handler (&self->parties_handler, quadrant_register_get_parties (self->reg));
    }
  g_set_object (&self->reg, reg);
  if (reg != NULL)
    {
      self->changed_handler = g_signal_connect_object (reg, "changed", G_CALLBACK (register_changed_cb),
                                                       self, G_CONNECT_SWAPPED);
      /* The total changes also when a hidden party comes or goes. */
      self->parties_handler = g_signal_connect_object (quadrant_register_get_parties (reg), "items-changed",
                                                       G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
    }

  _quadrant_parties_view_complete_list (self);
  /* Before the model, so that the list never makes more rows than the first screen's. */
  _quadrant_parties_view_stage_first_screen (self);
  gtk_slice_list_model_set_model (self->slice_model, reg != NULL ? quadrant_register_get_parties (reg) : NULL);
  update_count (self);
  selection_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
}

QuadrantRegister *
quadrant_parties_view_get_register (QuadrantPartiesView *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTIES_VIEW (self), NULL);
  return self->reg;
}

static void
select_party (QuadrantPartiesView *self,
              QuadrantParty       *party,
              gboolean             focus_row)
{
  guint position;

  position = _quadrant_parties_view_find_shown (self, party);
  if (position == GTK_INVALID_LIST_POSITION && _quadrant_parties_view_is_filtering (self) &&
      in_register (self, party))
    {
      /* Hidden by the search or a filter: show everything rather than nothing. */
      _quadrant_parties_view_reset_filters (self);
      position = _quadrant_parties_view_find_shown (self, party);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  _quadrant_parties_view_select_shown (self, position, focus_row);
  quadrant_party_editor_set_party (self->editor, self->reg, party);
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  _quadrant_parties_view_reveal_editor (self);
}

void
quadrant_parties_view_select_party (QuadrantPartiesView *self,
                                    QuadrantParty       *party)
{
  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));
  g_return_if_fail (QUADRANT_IS_PARTY (party));

  select_party (self, party, _quadrant_parties_view_list_has_focus (self));
}

void
quadrant_parties_view_set_selected_party (QuadrantPartiesView *self,
                                          QuadrantParty       *party)
{
  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));
  g_return_if_fail (party == NULL || QUADRANT_IS_PARTY (party));

  /* The list's search and filters are the user's: a party they hide is not
   * selected here, and nothing (NULL) leaves the list as it is. */
  if (party == NULL || party == self->selected_party
      || !quadrant_parties_view_shows_party (self, party))
    return;
  select_party (self, party, _quadrant_parties_view_list_has_focus (self));
}

GPtrArray *
quadrant_parties_view_get_selected (QuadrantPartiesView *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GPtrArray *parties;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (QUADRANT_IS_PARTIES_VIEW (self), NULL);

  parties = g_ptr_array_new_with_free_func (g_object_unref);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (parties, g_list_model_get_item (G_LIST_MODEL (self->selection), position));
  return parties;
}

void
quadrant_parties_view_focus_search (QuadrantPartiesView *self)
{
  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
quadrant_parties_view_add_party (QuadrantPartiesView *self)
{
  g_autoptr(QuadrantParty) party = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  GListStore *parties;
  guint position;

  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));

  if (self->reg == NULL)
    return;
  _quadrant_parties_view_complete_list (self);

  /* After the last selected party in register order, else at the end. */
  parties = G_LIST_STORE (quadrant_register_get_parties (self->reg));
  position = quadrant_register_get_n_parties (self->reg);
  selected = quadrant_parties_view_get_selected (self);
  if (selected->len > 0)
    {
      guint last = 0;

      for (guint i = 0; i < selected->len; i++)
        {
          guint at;

          if (g_list_store_find (parties, g_ptr_array_index (selected, i), &at))
            last = MAX (last, at + 1);
        }
      position = last;
    }

  party = quadrant_party_new (NULL);
  quadrant_party_set_name (party, _("New party"));
  quadrant_register_insert_party (self->reg, position, party);

  quadrant_parties_view_select_party (self, party);
  quadrant_party_editor_focus_name (self->editor);
}

guint
quadrant_parties_view_delete_selected (QuadrantPartiesView *self)
{
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GtkBitset) positions = NULL;
  g_autofree char *label = NULL;
  guint first, shown;
  gboolean had_focus;

  g_return_val_if_fail (QUADRANT_IS_PARTIES_VIEW (self), 0);

  if (self->reg == NULL)
    return 0;
  _quadrant_parties_view_complete_list (self);

  selected = quadrant_parties_view_get_selected (self);
  if (selected->len == 0)
    return 0;

  positions = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  first = gtk_bitset_get_minimum (positions);
  had_focus = _quadrant_parties_view_list_has_focus (self);

  /* Commit typing first, so that undo brings back the party as it was seen. */
  quadrant_party_editor_commit (self->editor);

  /* The plural names its count: "Delete Party" alone is the one-party undo step. */
  if (selected->len == 1)
    label = g_strdup (_("Delete Party"));
  else
    /* Translators: the name of an undo step, shown as "Undo %s" */
    label = g_strdup_printf (ngettext ("Delete %u Party", "Delete %u Parties", selected->len), selected->len);
  quadrant_register_begin_group (self->reg, label);
  for (guint i = 0; i < selected->len; i++)
    quadrant_register_remove_party (self->reg, g_ptr_array_index (selected, i));
  quadrant_register_end_group (self->reg);

  /* Select the row that took the place of the first deleted one, for the next Delete. */
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  if (shown > 0)
    _quadrant_parties_view_select_shown (self, MIN (first, shown - 1), had_focus);

  return selected->len;
}

guint
quadrant_parties_view_get_n_shown (QuadrantPartiesView *self)
{
  g_return_val_if_fail (QUADRANT_IS_PARTIES_VIEW (self), 0);
  return n_shown (self);
}

void
quadrant_parties_view_commit_edits (QuadrantPartiesView *self)
{
  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));
  quadrant_party_editor_commit (self->editor);
}

gboolean
quadrant_parties_view_shows_party (QuadrantPartiesView *self,
                                   QuadrantParty       *party)
{
  GListModel *shown;

  g_return_val_if_fail (QUADRANT_IS_PARTIES_VIEW (self), FALSE);

  if (self->selection == NULL)
    return FALSE;
  shown = G_LIST_MODEL (self->selection);
  for (guint i = 0, n = g_list_model_get_n_items (shown); i < n; i++)
    {
      g_autoptr(QuadrantParty) item = g_list_model_get_item (shown, i);

      if (item == party)
        return TRUE;
    }
  return FALSE;
}

void
quadrant_parties_view_set_read_only (QuadrantPartiesView *self,
                                     gboolean             read_only)
{
  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));

  self->read_only = !!read_only;
  quadrant_read_only_set_groups (GTK_WIDGET (self->editor), read_only);
  update_empty_page (self, n_selected (self));
  update_actions (self);
}
