/* quadrant-catalogue-item.c: one entry of the catalogue as an object */
#define G_LOG_DOMAIN "quadrant-catalogue-item"

#include "config.h"

#include "quadrant-catalogue-item.h"

struct _QuadrantCatalogueItem
{
  GObject parent_instance;

  QuadrantCatalogue *catalogue;
  guint              index;
};

G_DEFINE_FINAL_TYPE (QuadrantCatalogueItem, quadrant_catalogue_item, G_TYPE_OBJECT)

static void
quadrant_catalogue_item_dispose (GObject *object)
{
  QuadrantCatalogueItem *self = QUADRANT_CATALOGUE_ITEM (object);

  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (quadrant_catalogue_item_parent_class)->dispose (object);
}

static void
quadrant_catalogue_item_class_init (QuadrantCatalogueItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = quadrant_catalogue_item_dispose;
}

static void
quadrant_catalogue_item_init (QuadrantCatalogueItem *self)
{
}

QuadrantCatalogueItem *
quadrant_catalogue_item_new (QuadrantCatalogue *catalogue,
                             guint              index)
{
  QuadrantCatalogueItem *self;

  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (index < quadrant_catalogue_get_n_entries (catalogue), NULL);

  self = g_object_new (QUADRANT_TYPE_CATALOGUE_ITEM, NULL);
  self->catalogue = g_object_ref (catalogue);
  self->index = index;
  return self;
}

const QuadrantCatalogueEntry *
quadrant_catalogue_item_get_entry (QuadrantCatalogueItem *self)
{
  g_return_val_if_fail (QUADRANT_IS_CATALOGUE_ITEM (self), NULL);
  /* Never NULL once made: g_object_new () alone gives an item without one. */
  if (self->catalogue == NULL)
    return NULL;
  return quadrant_catalogue_get_entry (self->catalogue, self->index);
}

GListModel *
quadrant_catalogue_item_list_new (QuadrantCatalogue *catalogue)
{
  GListStore *store;
  guint n;

  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (catalogue), NULL);

  store = g_list_store_new (QUADRANT_TYPE_CATALOGUE_ITEM);
  n = quadrant_catalogue_get_n_entries (catalogue);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QuadrantCatalogueItem) item = quadrant_catalogue_item_new (catalogue, i);

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}
