/* quadrant-extras.h: XML the reader did not understand, kept to be written back
 *
 * A register written by a newer Quadrant, or extended by another tool, may carry
 * attributes and elements this version does not know. They are kept per object
 * and written back unchanged so that nothing is silently dropped.
 *
 * What the known child elements of an object hold that is unknown (attributes
 * of a <description>, elements inside <engagement> or <requirements>, ...) is
 * kept in a child extras named after that element, so that it is written back
 * inside the same element rather than moved to its owner.
 */
#pragma once

#include "quadrant-types.h"

G_BEGIN_DECLS

/* Made by quadrant_extras_add_attribute() as one block: name and value are
 * not freed or replaced on their own. */
typedef struct {
  char *name;   /* qualified name as in the file, e.g. "x:colour" or "xmlns:x" */
  char *value;
} QuadrantExtraAttribute;

typedef struct {
  char           *name;   /* local name of the known child element, e.g. "description" */
  QuadrantExtras *extras;
} QuadrantExtrasChild;

struct _QuadrantExtras {
  GPtrArray *attributes; /* of QuadrantExtraAttribute */
  GPtrArray *elements;   /* of char *, each one element serialised as XML */
  GPtrArray *children;   /* of QuadrantExtrasChild, or NULL when there are none */
};

QuadrantExtras *quadrant_extras_new       (void);
QuadrantExtras *quadrant_extras_copy      (const QuadrantExtras *extras);
void            quadrant_extras_free      (QuadrantExtras *extras);
gboolean        quadrant_extras_is_empty  (const QuadrantExtras *extras);
void            quadrant_extras_add_attribute (QuadrantExtras *extras,
                                               const char     *name,
                                               const char     *value);
void            quadrant_extras_add_element   (QuadrantExtras *extras,
                                               const char     *xml);
/* The extras of the known child element name, or NULL when it has none. */
QuadrantExtras *quadrant_extras_get_child     (const QuadrantExtras *extras,
                                               const char           *name);
/* The same, created when needed. */
QuadrantExtras *quadrant_extras_ensure_child  (QuadrantExtras *extras,
                                               const char     *name);
/* Moves everything in from (which is freed) to the end of into. */
void            quadrant_extras_merge         (QuadrantExtras *into,
                                               QuadrantExtras *from);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QuadrantExtras, quadrant_extras_free)

G_END_DECLS
