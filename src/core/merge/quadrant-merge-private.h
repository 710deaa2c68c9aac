/* quadrant-merge-private.h: what the parts of the merge and the diff share
 *
 * Both work on the canonical document of each register, parsed with libxml2:
 * merging and comparing element by element keeps whatever a newer version
 * wrote (unknown attributes and elements) without knowing what it means.
 */
#pragma once

#include <libxml/tree.h>

#include "quadrant-field.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

/* How a child element takes part in a merge. */
typedef enum {
  CHILD_CONTAINER,   /* one of its name, merged child by child (metadata, parties, …) */
  CHILD_IDENTIFIED,  /* a party or requirement, matched by id */
  CHILD_SCALAR,      /* a known text element: one value */
  CHILD_SET,         /* present or not (revision, reference, unknown elements) */
} MergeChildKind;

typedef struct {
  char       *key;
  xmlNodePtr  node;
} MergeChild;

/* The element children of one element, in order, and by key. */
typedef struct {
  GPtrArray  *children;  /* of MergeChild */
  GHashTable *by_key;    /* key -> MergeChild, owned by children */
} MergeChildren;

xmlDocPtr       _quadrant_merge_parse_register  (QuadrantRegister *reg);
gboolean        _quadrant_merge_is_ours         (xmlNodePtr        node);
MergeChildKind  _quadrant_merge_child_kind      (xmlNodePtr        node);
/* text escaped for element content or (attribute) an attribute value */
void            _quadrant_merge_append_escaped  (GString          *out,
                                                 const char       *text,
                                                 gboolean          attribute);
char           *_quadrant_merge_dump            (xmlNodePtr        node);
void            _quadrant_merge_children_init   (MergeChildren    *children,
                                                 xmlNodePtr        parent);
void            _quadrant_merge_children_clear  (MergeChildren    *children);
MergeChild     *_quadrant_merge_children_lookup (MergeChildren    *children,
                                                 const char       *key);
/* The value of an attribute by its namespace (NULL for none) and name. */
char           *_quadrant_merge_attribute       (xmlNodePtr        node,
                                                 const xmlChar    *ns_href,
                                                 const xmlChar    *name);
/* The text of a text element, or NULL when node is NULL. */
char           *_quadrant_merge_text            (xmlNodePtr        node);

/* The field table's field of the register, a party or a requirement with
 * that name in the file, or QUADRANT_N_FIELDS for a field this version does
 * not know or cannot set; in quadrant-conflict.c. */
QuadrantField   _quadrant_merge_find_field      (gboolean          party,
                                                 gboolean          requirement,
                                                 const char       *name);

/* The keys of base, ours and theirs that are kept, in one order: ours' unless
 * only theirs reordered, with what the other side added placed after what
 * preceded it there. kept says which keys stay. */
GPtrArray      *_quadrant_merge_order           (MergeChildren    *base,
                                                 MergeChildren    *ours,
                                                 MergeChildren    *theirs,
                                                 GHashTable       *kept);

G_END_DECLS
