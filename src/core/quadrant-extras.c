/* quadrant-extras.c: XML the reader did not understand, kept to be written back */
#define G_LOG_DOMAIN "quadrant-extras"

#include "config.h"

#include "quadrant-extras.h"

static void
extra_attribute_free (gpointer data)
{
  QuadrantExtraAttribute *attribute = data;

  g_free (attribute->name);
  g_free (attribute->value);
  g_free (attribute);
}

QuadrantExtras *
quadrant_extras_new (void)
{
  QuadrantExtras *extras = g_new0 (QuadrantExtras, 1);

  extras->attributes = g_ptr_array_new_with_free_func (extra_attribute_free);
  extras->elements = g_ptr_array_new_with_free_func (g_free);
  return extras;
}

void
quadrant_extras_free (QuadrantExtras *extras)
{
  if (extras == NULL)
    return;

  g_ptr_array_unref (extras->attributes);
  g_ptr_array_unref (extras->elements);
  g_free (extras);
}

gboolean
quadrant_extras_is_empty (const QuadrantExtras *extras)
{
  return extras == NULL || (extras->attributes->len == 0 && extras->elements->len == 0);
}

void
quadrant_extras_add_attribute (QuadrantExtras *extras,
                               const char     *name,
                               const char     *value)
{
  QuadrantExtraAttribute *attribute;

  g_return_if_fail (extras != NULL);
  g_return_if_fail (name != NULL);

  attribute = g_new (QuadrantExtraAttribute, 1);
  attribute->name = g_strdup (name);
  attribute->value = g_strdup (value != NULL ? value : "");
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
