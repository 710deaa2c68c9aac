/* quadrant-map-tray.c: the unplaced parties beside the map
 *
 * A filter over the register's parties; the register says "changed" after
 * every edit (a move places a party, an undo unplaces it), and refiltering a
 * few thousand parties is cheap, so the filter is simply re-run then.
 */
#define G_LOG_DOMAIN "quadrant-map-tray"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-map-render.h"
#include "quadrant-map-tray.h"
#include "quadrant-side-pane.h"

struct _QuadrantMapTray
{
  GtkWidget parent_instance;

  /* Widgets */
  GtkWidget          *box;
  GtkWidget          *list_view;

  /* Owned references */
  QuadrantRegister   *reg;
  GListStore         *empty;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  QuadrantParty      *selected_party;

  /* State */
  gulong              changed_handler;
};

G_DEFINE_FINAL_TYPE (QuadrantMapTray, quadrant_map_tray, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_N_PARTIES,
  PROP_SELECTED_PARTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PLACED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Helpers ---- */

/* Notifies "selected-party" only when the party changes, not when an edit
 * elsewhere in the tray merely shifts the selected row's position. */
static void
update_selected_party (QuadrantMapTray *self)
{
  QuadrantParty *party = gtk_single_selection_get_selected_item (self->selection);

  if (g_set_object (&self->selected_party, party))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PARTY]);
}

static guint
position_of (QuadrantMapTray *self,
             QuadrantParty   *party)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantParty) item = g_list_model_get_item (model, i);

      if (item == party)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* ---- Callbacks ---- */

static gboolean
unplaced_filter (gpointer item,
                 gpointer user_data)
{
  /* Parties judged not relevant leave the tray as they leave the map. */
  return !quadrant_party_is_placed (QUADRANT_PARTY (item)) &&
         quadrant_party_get_relevance (QUADRANT_PARTY (item)) != QUADRANT_RELEVANCE_NOT_RELEVANT;
}

static void
register_changed_cb (QuadrantMapTray *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
items_changed_cb (QuadrantMapTray *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PARTIES]);
}

static void
selected_item_cb (QuadrantMapTray *self)
{
  update_selected_party (self);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource   *source,
                 double           x,
                 double           y,
                 QuadrantMapTray *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  GtkListItem *item = g_object_get_data (G_OBJECT (row), "quadrant-list-item");
  QuadrantParty *party = item != NULL ? gtk_list_item_get_item (item) : NULL;

  if (party == NULL)
    return NULL;
  return gdk_content_provider_new_typed (QUADRANT_TYPE_PARTY, party);
}

static void
drag_begin_cb (GtkDragSource   *source,
               GdkDrag         *drag,
               QuadrantMapTray *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  quadrant_side_pane_set_drag_icon (drag, gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (row))));
}

/* A candidate of a brainstorm is marked until someone decides. */
static void
update_tag (GtkWidget     *tag,
            GParamSpec    *pspec,
            QuadrantParty *party)
{
  gtk_widget_set_visible (tag, quadrant_party_get_relevance (party) == QUADRANT_RELEVANCE_TO_DECIDE);
}

static void
relevance_changed_cb (QuadrantParty *party,
                      GParamSpec    *pspec,
                      GtkWidget     *tag)
{
  update_tag (tag, pspec, party);
}

/* The party's marker as on the map: support by colour and shape. */
static void
draw_marker_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  QuadrantParty *party = gtk_list_item_get_item (GTK_LIST_ITEM (user_data));

  if (party == NULL)
    return;
  quadrant_map_render_marker (cr, quadrant_party_get_current_support (party),
                              width / 2.0, height / 2.0, MIN (width, height) * 0.4,
                              adw_style_manager_get_dark (adw_style_manager_get_default ()));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          QuadrantMapTray          *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *marker = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (marker), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (marker), 16);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (marker), draw_marker_cb, item, NULL);
  gtk_widget_set_valign (marker, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), marker);

  /* Between marker and name: the name stays the row's last child. */
  {
    GtkWidget *tag = gtk_label_new (_("To decide"));

    gtk_widget_add_css_class (tag, "caption-heading");
    gtk_widget_add_css_class (tag, "accent");
    gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
    gtk_widget_set_visible (tag, FALSE);
    gtk_box_append (GTK_BOX (row), tag);
  }

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Whole names: a workshop reads them from afar. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  g_object_set_data (G_OBJECT (row), "quadrant-list-item", item);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  gtk_list_item_set_child (item, row);
}

/* The name as it is now: a party named in the editor while it waits here. */
static void
show_name (GtkWidget     *row,
           GParamSpec    *pspec,
           QuadrantParty *party)
{
  GtkWidget *label = gtk_widget_get_last_child (row);
  const char *name = quadrant_party_get_name (party);
  g_autofree char *tooltip = NULL;

  gtk_label_set_text (GTK_LABEL (label), name != NULL && *name != '\0' ? name : _("Unnamed party"));
  tooltip = g_strdup_printf (_("Drag “%s” onto the map, or press Enter to place it at the centre"),
                             gtk_label_get_text (GTK_LABEL (label)));
  gtk_widget_set_tooltip_text (row, tooltip);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         QuadrantMapTray          *self)
{
  QuadrantParty *party = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *marker = gtk_widget_get_first_child (row);
  GtkWidget *label = gtk_widget_get_last_child (row);
  gulong handler;

  show_name (row, NULL, party);
  handler = g_signal_connect_object (party, "notify::name", G_CALLBACK (show_name), row, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (item), "quadrant-name-handler", GSIZE_TO_POINTER (handler));

  /* As tall as a capital of the names, which grow in presentation. */
  {
    const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (label));
    double points = font != NULL ? (double) pango_font_description_get_size (font) / PANGO_SCALE : 11;
    int size = CLAMP ((int) (points * 96 / 72 * 1.1 + 0.5), 12, 48);

    gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (marker), size);
    gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (marker), size);
  }
  gtk_widget_queue_draw (marker);
  handler = g_signal_connect_object (party, "notify::current-support", G_CALLBACK (gtk_widget_queue_draw),
                                     marker, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (item), "quadrant-support-handler", GSIZE_TO_POINTER (handler));

  update_tag (gtk_widget_get_next_sibling (marker), NULL, party);
  handler = g_signal_connect_object (party, "notify::relevance", G_CALLBACK (relevance_changed_cb),
                                     gtk_widget_get_next_sibling (marker), 0);
  g_object_set_data (G_OBJECT (item), "quadrant-relevance-handler", GSIZE_TO_POINTER (handler));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           QuadrantMapTray          *self)
{
  QuadrantParty *party = gtk_list_item_get_item (item);
  const char *keys[] = { "quadrant-support-handler", "quadrant-name-handler",
                         "quadrant-relevance-handler" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), keys[i]));

      if (party != NULL && handler != 0)
        g_signal_handler_disconnect (party, handler);
      g_object_set_data (G_OBJECT (item), keys[i], NULL);
    }
}

/* Enter (or a double click) places the party at the centre of the grid: the
 * keyboard's way onto the map, where the arrow keys move it on. */
static void
activate_cb (GtkListView     *list_view,
             guint            position,
             QuadrantMapTray *self)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (party == NULL || self->reg == NULL)
    return;
  quadrant_register_move_party (self->reg, party, 50, 50);
  g_signal_emit (self, signals[PLACED], 0, party);
}

/* ---- GObject ---- */

static void
quadrant_map_tray_dispose (GObject *object)
{
  QuadrantMapTray *self = QUADRANT_MAP_TRAY (object);

  quadrant_map_tray_set_register (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->selected_party);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->empty);

  G_OBJECT_CLASS (quadrant_map_tray_parent_class)->dispose (object);
}

static void
quadrant_map_tray_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  QuadrantMapTray *self = QUADRANT_MAP_TRAY (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    case PROP_N_PARTIES:
      g_value_set_uint (value, quadrant_map_tray_get_n_parties (self));
      break;
    case PROP_SELECTED_PARTY:
      g_value_set_object (value, self->selected_party);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_tray_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QuadrantMapTray *self = QUADRANT_MAP_TRAY (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      quadrant_map_tray_set_register (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_tray_class_init (QuadrantMapTrayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_map_tray_dispose;
  object_class->get_property = quadrant_map_tray_get_property;
  object_class->set_property = quadrant_map_tray_set_property;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PARTIES] =
    g_param_spec_uint ("n-parties", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_PARTY] =
    g_param_spec_object ("selected-party", NULL, NULL, QUADRANT_TYPE_PARTY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The party that Enter placed on the map. */
  signals[PLACED] = g_signal_new ("placed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, QUADRANT_TYPE_PARTY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quadrant-map-tray");
}

static void
quadrant_map_tray_init (QuadrantMapTray *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->empty = g_list_store_new (QUADRANT_TYPE_PARTY);
  self->filter = gtk_custom_filter_new (unplaced_filter, NULL, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->empty)),
                                                  GTK_FILTER (self->filter));
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (items_changed_cb), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  quadrant_side_pane_append_heading (GTK_BOX (self->box), _("Not on the Map"),
                                     _("Drag a party onto the map to place it."));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  /* A row that leaves the tray takes the selection with it. */
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selected_item_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (selected_item_cb), self);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Parties not on the map"),
                                  -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), scrolled);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_map_tray_new (void)
{
  return g_object_new (QUADRANT_TYPE_MAP_TRAY, NULL);
}

void
quadrant_map_tray_set_register (QuadrantMapTray  *self,
                                QuadrantRegister *reg)
{
  g_return_if_fail (QUADRANT_IS_MAP_TRAY (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (self->reg == reg)
    return;
  if (self->reg != NULL)
    g_clear_signal_handler (&self->changed_handler, self->reg);
  g_set_object (&self->reg, reg);
  if (reg != NULL)
    self->changed_handler = g_signal_connect_object (reg, "changed", G_CALLBACK (register_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
  if (self->filter_model != NULL)
    gtk_filter_list_model_set_model (self->filter_model,
                                     reg != NULL ? quadrant_register_get_parties (reg)
                                                 : G_LIST_MODEL (self->empty));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
}

QuadrantRegister *
quadrant_map_tray_get_register (QuadrantMapTray *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_TRAY (self), NULL);
  return self->reg;
}

guint
quadrant_map_tray_get_n_parties (QuadrantMapTray *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_TRAY (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

GListModel *
quadrant_map_tray_get_model (QuadrantMapTray *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_TRAY (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

QuadrantParty *
quadrant_map_tray_get_selected_party (QuadrantMapTray *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_TRAY (self), NULL);
  return self->selected_party;
}

gboolean
quadrant_map_tray_select_party (QuadrantMapTray *self,
                                QuadrantParty   *party)
{
  guint position;

  g_return_val_if_fail (QUADRANT_IS_MAP_TRAY (self), FALSE);
  g_return_val_if_fail (party == NULL || QUADRANT_IS_PARTY (party), FALSE);

  position = party != NULL ? position_of (self, party) : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (self->selection, position);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  /* In view, so the user sees it waiting (this does not move the focus). */
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
  return TRUE;
}

gboolean
quadrant_map_tray_focus_selected (QuadrantMapTray *self)
{
  guint position;

  g_return_val_if_fail (QUADRANT_IS_MAP_TRAY (self), FALSE);

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
  /* The list view would focus the row it last had the focus on; GTK 4.8 has
   * no call to name another, so the row's own widget takes it. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->list_view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GtkListItem *item = row != NULL ? g_object_get_data (G_OBJECT (row), "quadrant-list-item") : NULL;

      if (item != NULL && gtk_list_item_get_position (item) == position)
        return gtk_widget_grab_focus (child);
    }
  return FALSE;
}
