/* quadrant-extras.h: XML the reader did not understand, kept to be written back
 *
 * A register written by a newer Quadrant, or extended by another tool, may carry
 * attributes and elements this version does not know. They are kept per object
 * and written back unchanged so that nothing is silently dropped.
 */
#pragma once

#include "quadrant-types.h"

G_BEGIN_DECLS

typedef struct {
  char *name;   /* qualified name as in the file, e.g. "x:colour" or "xmlns:x" */
  char *value;
} QuadrantExtraAttribute;

struct _QuadrantExtras {
  GPtrArray *attributes; /* of QuadrantExtraAttribute */
  GPtrArray *elements;   /* of char *, each one element serialised as XML */
};

QuadrantExtras *quadrant_extras_new       (void);
void            quadrant_extras_free      (QuadrantExtras *extras);
gboolean        quadrant_extras_is_empty  (const QuadrantExtras *extras);
void            quadrant_extras_add_attribute (QuadrantExtras *extras,
                                               const char     *name,
                                               const char     *value);
void            quadrant_extras_add_element   (QuadrantExtras *extras,
                                               const char     *xml);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantExtras, quadrant_extras_free)

G_END_DECLS
