/* quadrant-reference.c: what a decision points at (a control, policy, ...) */
#define G_LOG_DOMAIN "quadrant-reference"

#include "config.h"

#include "quadrant-extras.h"
#include "quadrant-reference.h"

G_DEFINE_BOXED_TYPE (QuadrantReference, quadrant_reference,
                     quadrant_reference_copy, quadrant_reference_free)

QuadrantReference *
quadrant_reference_new (QuadrantReferenceKind  kind,
                        const char            *text)
{
  QuadrantReference *self = g_new (QuadrantReference, 1);

  self->kind = kind;
  self->text = g_strdup (text != NULL ? text : "");
  self->extras = NULL;
  return self;
}

QuadrantReference *
quadrant_reference_copy (const QuadrantReference *self)
{
  QuadrantReference *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = quadrant_reference_new (self->kind, self->text);
  copy->extras = quadrant_extras_copy (self->extras);
  return copy;
}

void
quadrant_reference_free (QuadrantReference *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  quadrant_extras_free (self->extras);
  g_free (self);
}

gboolean
quadrant_reference_equal (const QuadrantReference *a,
                          const QuadrantReference *b)
{
  return a->kind == b->kind && g_strcmp0 (a->text, b->text) == 0;
}

GPtrArray *
quadrant_reference_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_reference_free);
}

GPtrArray *
quadrant_reference_array_copy (GPtrArray *refs)
{
  GPtrArray *copy = quadrant_reference_array_new ();

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    g_ptr_array_add (copy, quadrant_reference_copy (g_ptr_array_index (refs, i)));
  return copy;
}

gboolean
quadrant_reference_array_equal (GPtrArray *a,
                                GPtrArray *b)
{
  guint len_a = a != NULL ? a->len : 0;
  guint len_b = b != NULL ? b->len : 0;

  if (len_a != len_b)
    return FALSE;
  for (guint i = 0; i < len_a; i++)
    if (!quadrant_reference_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}
