/* quadrant-reference.h: what a decision points at (a control, policy, ...) */
#pragma once

#include "quadrant-types.h"

G_BEGIN_DECLS

#define QUADRANT_TYPE_REFERENCE (quadrant_reference_get_type ())

struct _QuadrantReference {
  QuadrantReferenceKind kind;
  char *text; /* e.g. "A.5.34" or "Privacy policy v3" */
  QuadrantExtras *extras; /* what the reader did not know, or NULL; not compared */
};

GType              quadrant_reference_get_type (void) G_GNUC_CONST;
QuadrantReference *quadrant_reference_new      (QuadrantReferenceKind    kind,
                                                const char              *text);
QuadrantReference *quadrant_reference_copy     (const QuadrantReference *self);
void               quadrant_reference_free     (QuadrantReference       *self);
gboolean           quadrant_reference_equal    (const QuadrantReference *a,
                                                const QuadrantReference *b);

/* A new, empty array that frees its QuadrantReference elements. */
GPtrArray         *quadrant_reference_array_new  (void);
GPtrArray         *quadrant_reference_array_copy (GPtrArray *refs);
gboolean           quadrant_reference_array_equal (GPtrArray *a,
                                                   GPtrArray *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantReference, quadrant_reference_free)

G_END_DECLS
