/* quadrant-extras.c: XML the reader did not understand, kept to be written back */
#define G_LOG_DOMAIN "quadrant-extras"

#include "config.h"

#include <string.h>

#include "quadrant-extras.h"

static void
extras_child_free (gpointer data)
{
  QuadrantExtrasChild *child = data;

  g_free (child->name);
  quadrant_extras_free (child->extras);
  g_free (child);
}

QuadrantExtras *
quadrant_extras_new (void)
{
  QuadrantExtras *extras = g_new0 (QuadrantExtras, 1);

  /* an attribute is one block with its name and value */
  extras->attributes = g_ptr_array_new_with_free_func (g_free);
  extras->elements = g_ptr_array_new_with_free_func (g_free);
  return extras;
}

QuadrantExtras *
quadrant_extras_copy (const QuadrantExtras *extras)
{
  QuadrantExtras *copy;

  if (extras == NULL)
    return NULL;

  copy = quadrant_extras_new ();
  for (guint i = 0; i < extras->attributes->len; i++)
    {
      const QuadrantExtraAttribute *attribute = g_ptr_array_index (extras->attributes, i);

      quadrant_extras_add_attribute (copy, attribute->name, attribute->value);
    }
  for (guint i = 0; i < extras->elements->len; i++)
    quadrant_extras_add_element (copy, g_ptr_array_index (extras->elements, i));
  for (guint i = 0; extras->children != NULL && i < extras->children->len; i++)
    {
      const QuadrantExtrasChild *child = g_ptr_array_index (extras->children, i);

      quadrant_extras_merge (quadrant_extras_ensure_child (copy, child->name), quadrant_extras_copy (child->extras));
    }
  return copy;
}

void
quadrant_extras_free (QuadrantExtras *extras)
{
  if (extras == NULL)
    return;

  g_ptr_array_unref (extras->attributes);
  g_ptr_array_unref (extras->elements);
  g_clear_pointer (&extras->children, g_ptr_array_unref);
  g_free (extras);
}

gboolean
quadrant_extras_is_empty (const QuadrantExtras *extras)
{
  if (extras == NULL)
    return TRUE;
  if (extras->attributes->len > 0 || extras->elements->len > 0)
    return FALSE;
  for (guint i = 0; extras->children != NULL && i < extras->children->len; i++)
    if (!quadrant_extras_is_empty (((QuadrantExtrasChild *) g_ptr_array_index (extras->children, i))->extras))
      return FALSE;
  return TRUE;
}

void
quadrant_extras_add_attribute (QuadrantExtras *extras,
                               const char     *name,
                               const char     *value)
{
  QuadrantExtraAttribute *attribute;
  gsize name_size, value_size;

  g_return_if_fail (extras != NULL);
  g_return_if_fail (name != NULL);

  /* one allocation, not three: a file may carry very many of them */
  if (value == NULL)
    value = "";
  name_size = strlen (name) + 1;
  value_size = strlen (value) + 1;
  attribute = g_malloc (sizeof (QuadrantExtraAttribute) + name_size + value_size);
  attribute->name = (char *) (attribute + 1);
  attribute->value = attribute->name + name_size;
  memcpy (attribute->name, name, name_size);
  memcpy (attribute->value, value, value_size);
  g_ptr_array_add (extras->attributes, attribute);
}

void
quadrant_extras_add_element (QuadrantExtras *extras,
                             const char     *xml)
{
  g_return_if_fail (extras != NULL);
  g_return_if_fail (xml != NULL);

  g_ptr_array_add (extras->elements, g_strdup (xml));
}

QuadrantExtras *
quadrant_extras_get_child (const QuadrantExtras *extras,
                           const char           *name)
{
  if (extras == NULL || extras->children == NULL)
    return NULL;

  for (guint i = 0; i < extras->children->len; i++)
    {
      QuadrantExtrasChild *child = g_ptr_array_index (extras->children, i);

      if (g_str_equal (child->name, name))
        return child->extras;
    }
  return NULL;
}

QuadrantExtras *
quadrant_extras_ensure_child (QuadrantExtras *extras,
                              const char     *name)
{
  QuadrantExtras *found;
  QuadrantExtrasChild *child;

  g_return_val_if_fail (extras != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  found = quadrant_extras_get_child (extras, name);
  if (found != NULL)
    return found;

  if (extras->children == NULL)
    extras->children = g_ptr_array_new_with_free_func (extras_child_free);
  child = g_new (QuadrantExtrasChild, 1);
  child->name = g_strdup (name);
  child->extras = quadrant_extras_new ();
  g_ptr_array_add (extras->children, child);
  return child->extras;
}

void
quadrant_extras_merge (QuadrantExtras *into,
                       QuadrantExtras *from)
{
  g_return_if_fail (into != NULL);

  if (from == NULL)
    return;

  /* the items change hands: from's arrays must not free them */
  g_ptr_array_extend_and_steal (into->attributes, g_steal_pointer (&from->attributes));
  g_ptr_array_extend_and_steal (into->elements, g_steal_pointer (&from->elements));
  for (guint i = 0; from->children != NULL && i < from->children->len; i++)
    {
      QuadrantExtrasChild *child = g_ptr_array_index (from->children, i);

      quadrant_extras_merge (quadrant_extras_ensure_child (into, child->name), g_steal_pointer (&child->extras));
    }
  g_clear_pointer (&from->children, g_ptr_array_unref);
  g_free (from);
}
