/* quadrant-map-catalogue.c: the catalogue beside the map, for workshops
 *
 * The same entries as "Add from Catalogue", one at a time: dragged to where
 * the room says the party stands, or added with Enter at the position the
 * catalogue suggests. Built in code, like the tray above it.
 */
#define G_LOG_DOMAIN "quadrant-map-catalogue"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-map-catalogue.h"
#include "quadrant-side-pane.h"

struct _QuadrantMapCatalogue
{
  GtkWidget parent_instance;

  /* Widgets */
  GtkWidget          *box;
  GtkWidget          *search_entry;
  GtkWidget          *list_view;
  GtkWidget          *status_label;

  /* Owned references */
  QuadrantCatalogue  *catalogue;
  GListStore         *empty;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;

  /* State */
  char               *search;
  guint               load_failed : 1;
};

G_DEFINE_FINAL_TYPE (QuadrantMapCatalogue, quadrant_map_catalogue, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOGUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Helpers ---- */

static void
show_status (QuadrantMapCatalogue *self,
             const char           *text)
{
  gtk_label_set_text (GTK_LABEL (self->status_label), text != NULL ? text : "");
  gtk_widget_set_visible (self->status_label, text != NULL);
}

static void
update_status (QuadrantMapCatalogue *self)
{
  if (self->load_failed)
    return;
  show_status (self, self->catalogue != NULL &&
                     g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0
                     ? _("No entry matches the search") : NULL);
}

static void
load_default (QuadrantMapCatalogue *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantCatalogue) catalogue = NULL;

  if (self->catalogue != NULL || self->load_failed)
    return;

  catalogue = quadrant_catalogue_load_default (&error);
  if (catalogue == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The catalogue could not be loaded: %s"), error->message);

      self->load_failed = TRUE;
      show_status (self, text);
      return;
    }
  quadrant_map_catalogue_set_catalogue (self, catalogue);
}

/* ---- Callbacks ---- */

static gboolean
entry_filter (gpointer item,
              gpointer user_data)
{
  QuadrantMapCatalogue *self = user_data;
  const QuadrantCatalogueEntry *entry = quadrant_catalogue_item_get_entry (QUADRANT_CATALOGUE_ITEM (item));

  return entry != NULL && quadrant_catalogue_entry_matches (entry, self->search);
}

static void
search_changed_cb (QuadrantMapCatalogue *self)
{
  quadrant_map_catalogue_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static QuadrantCatalogueItem *
row_item (GtkWidget *row)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (row), "quadrant-list-item");

  return list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource        *source,
                 double                x,
                 double                y,
                 QuadrantMapCatalogue *self)
{
  QuadrantCatalogueItem *item = row_item (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));

  if (item == NULL)
    return NULL;
  /* Its own type: the map must not take it for text and make a party named after it. */
  return gdk_content_provider_new_typed (QUADRANT_TYPE_CATALOGUE_ITEM, item);
}

static void
drag_begin_cb (GtkDragSource        *source,
               GdkDrag              *drag,
               QuadrantMapCatalogue *self)
{
  QuadrantCatalogueItem *item = row_item (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));
  const QuadrantCatalogueEntry *entry = item != NULL ? quadrant_catalogue_item_get_entry (item) : NULL;

  if (entry != NULL)
    quadrant_side_pane_set_drag_icon (drag, entry->name);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          QuadrantMapCatalogue     *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (row), name);

  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_ellipsize (GTK_LABEL (kind), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (kind, "caption");
  gtk_box_append (GTK_BOX (row), kind);

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  g_object_set_data (G_OBJECT (row), "quadrant-list-item", list_item);

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  gtk_list_item_set_child (list_item, row);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         QuadrantMapCatalogue     *self)
{
  const QuadrantCatalogueEntry *entry =
    quadrant_catalogue_item_get_entry (QUADRANT_CATALOGUE_ITEM (gtk_list_item_get_item (list_item)));
  GtkWidget *row = gtk_list_item_get_child (list_item);
  g_autofree char *kind = NULL;
  g_autofree char *tooltip = NULL;

  if (entry == NULL)
    return;
  kind = g_strdup_printf ("%s · %s",
                          quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, entry->category),
                          quadrant_enum_to_label (QUADRANT_TYPE_KIND, entry->kind));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (row)), entry->name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (row)), kind);

  /* Translators: tooltip of a catalogue entry beside the map; %s is its description */
  tooltip = g_strdup_printf (_("%s\n\nDrag onto the map to add it with its typical requirements, or press Enter"),
                             entry->description != NULL && *entry->description != '\0'
                             ? entry->description : entry->name);
  gtk_widget_set_tooltip_text (row, tooltip);
}

static void
activate_cb (GtkListView          *list_view,
             guint                 position,
             QuadrantMapCatalogue *self)
{
  g_autoptr(QuadrantCatalogueItem) item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (item != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, item);
}

static void
items_changed_cb (QuadrantMapCatalogue *self)
{
  update_status (self);
}

/* ---- GObject / GtkWidget ---- */

/* Loaded when first shown: a window that never shows the map reads no catalogue. */
static void
quadrant_map_catalogue_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (quadrant_map_catalogue_parent_class)->map (widget);
  load_default (QUADRANT_MAP_CATALOGUE (widget));
}

static void
quadrant_map_catalogue_dispose (GObject *object)
{
  QuadrantMapCatalogue *self = QUADRANT_MAP_CATALOGUE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->empty);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (quadrant_map_catalogue_parent_class)->dispose (object);
}

static void
quadrant_map_catalogue_finalize (GObject *object)
{
  QuadrantMapCatalogue *self = QUADRANT_MAP_CATALOGUE (object);

  g_free (self->search);

  G_OBJECT_CLASS (quadrant_map_catalogue_parent_class)->finalize (object);
}

static void
quadrant_map_catalogue_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  QuadrantMapCatalogue *self = QUADRANT_MAP_CATALOGUE (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      g_value_set_object (value, self->catalogue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_catalogue_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  QuadrantMapCatalogue *self = QUADRANT_MAP_CATALOGUE (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      quadrant_map_catalogue_set_catalogue (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_map_catalogue_class_init (QuadrantMapCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_map_catalogue_dispose;
  object_class->finalize = quadrant_map_catalogue_finalize;
  object_class->get_property = quadrant_map_catalogue_get_property;
  object_class->set_property = quadrant_map_catalogue_set_property;
  widget_class->map = quadrant_map_catalogue_map;

  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, QUADRANT_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter (or a double click) on an entry: add it without dragging. */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, QUADRANT_TYPE_CATALOGUE_ITEM);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quadrant-map-catalogue");
}

static void
quadrant_map_catalogue_init (QuadrantMapCatalogue *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkSingleSelection *selection;

  self->empty = g_list_store_new (QUADRANT_TYPE_CATALOGUE_ITEM);
  self->filter = gtk_custom_filter_new (entry_filter, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->empty)),
                                                  GTK_FILTER (self->filter));
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (items_changed_cb), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  quadrant_side_pane_append_heading (GTK_BOX (self->box), _("Catalogue"),
                                     _("Drag a typical party onto the map to add it with its requirements."));

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search the catalogue"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the catalogue"), -1);
  gtk_widget_set_margin_start (self->search_entry, 6);
  gtk_widget_set_margin_end (self->search_entry, 6);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->search_entry);

  self->status_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->status_label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (self->status_label), 20);
  gtk_widget_add_css_class (self->status_label, "dim-label");
  gtk_widget_set_margin_start (self->status_label, 12);
  gtk_widget_set_margin_end (self->status_label, 12);
  gtk_widget_set_visible (self->status_label, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->status_label);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Catalogue of typical parties"),
                                  -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), scrolled);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_map_catalogue_new (void)
{
  return g_object_new (QUADRANT_TYPE_MAP_CATALOGUE, NULL);
}

void
quadrant_map_catalogue_set_catalogue (QuadrantMapCatalogue *self,
                                      QuadrantCatalogue    *catalogue)
{
  g_autoptr(GListModel) items = NULL;

  g_return_if_fail (QUADRANT_IS_MAP_CATALOGUE (self));
  g_return_if_fail (catalogue == NULL || QUADRANT_IS_CATALOGUE (catalogue));

  if (!g_set_object (&self->catalogue, catalogue))
    return;
  self->load_failed = FALSE;
  show_status (self, NULL);
  if (catalogue != NULL)
    items = quadrant_catalogue_item_list_new (catalogue);
  gtk_filter_list_model_set_model (self->filter_model,
                                   items != NULL ? items : G_LIST_MODEL (self->empty));
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOGUE]);
}

QuadrantCatalogue *
quadrant_map_catalogue_get_catalogue (QuadrantMapCatalogue *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CATALOGUE (self), NULL);
  return self->catalogue;
}

void
quadrant_map_catalogue_set_search (QuadrantMapCatalogue *self,
                                   const char           *text)
{
  g_return_if_fail (QUADRANT_IS_MAP_CATALOGUE (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->search, text) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (text);
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

GListModel *
quadrant_map_catalogue_get_model (QuadrantMapCatalogue *self)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_CATALOGUE (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}
