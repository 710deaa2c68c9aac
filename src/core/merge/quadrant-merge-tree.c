/* quadrant-merge-tree.c: the canonical document as a tree to merge and compare
 *
 * Every register is first written in the canonical form, so that two equal
 * objects are equal strings; an element's children are then matched by key:
 * its name for the elements that occur once, the id for parties and
 * requirements, the element itself for the rest.
 */
#define G_LOG_DOMAIN "quadrant-merge"

#include "config.h"

#include <libxml/parser.h>
#include <string.h>

#include "quadrant-merge-private.h"
#include "quadrant-writer.h"

/* Known elements that hold one text each. */
static const char * const scalar_names[] = {
  "organisation", "scope", "owner", "classification", "version", "approved-by",
  "approval-date", "approved-version", "next-review", "summary", "name", "description", "contact",
  "communication", "channel", "frequency", "responsible", "notes", "statement",
  "source", "rationale", "relevance-rationale",
};

/* Known elements that occur once in their parent and hold other elements. */
static const char * const container_names[] = {
  "metadata", "revisions", "parties", "engagement", "requirements", "conflicts",
};

xmlDocPtr
_quadrant_merge_parse_register (QuadrantRegister *reg)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* Our own canonical output of a register the reader accepted: no DTD, no
   * entities, and each text within the reader's limits. HUGE lifts libxml2's
   * limit on the document as a whole, which the reader bounds already. */
  return xmlReadMemory (data, (int) length, "register.xml", "UTF-8",
                        XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_COMPACT);
}

gboolean
_quadrant_merge_is_ours (xmlNodePtr node)
{
  return node->ns != NULL && node->ns->href != NULL
      && g_str_equal ((const char *) node->ns->href, QUADRANT_NAMESPACE);
}

static gboolean
name_in (const xmlChar       *name,
         const char * const  *names,
         guint                n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal ((const char *) name, names[i]))
      return TRUE;
  return FALSE;
}

MergeChildKind
_quadrant_merge_child_kind (xmlNodePtr node)
{
  if (!_quadrant_merge_is_ours (node))
    return CHILD_SET;
  if (xmlStrEqual (node->name, BAD_CAST "party") || xmlStrEqual (node->name, BAD_CAST "requirement"))
    return CHILD_IDENTIFIED;
  if (name_in (node->name, container_names, G_N_ELEMENTS (container_names)))
    return CHILD_CONTAINER;
  if (name_in (node->name, scalar_names, G_N_ELEMENTS (scalar_names)))
    return CHILD_SCALAR;
  return CHILD_SET;
}

void
_quadrant_merge_append_escaped (GString    *out,
                                const char *text,
                                gboolean    attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); break;
        case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

char *
_quadrant_merge_dump (xmlNodePtr node)
{
  xmlBufferPtr buffer;
  char *dump;

  if (node == NULL)
    return NULL;

  buffer = xmlBufferCreate ();
  xmlNodeDump (buffer, node->doc, node, 0, 0);
  dump = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return dump;
}

char *
_quadrant_merge_attribute (xmlNodePtr     node,
                           const xmlChar *ns_href,
                           const xmlChar *name)
{
  xmlChar *value;
  char *copy;

  if (node == NULL)
    return NULL;

  value = ns_href != NULL ? xmlGetNsProp (node, name, ns_href) : xmlGetNoNsProp (node, name);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

char *
_quadrant_merge_text (xmlNodePtr node)
{
  g_autoptr(GString) text = NULL;

  if (node == NULL)
    return NULL;

  /* The text outside kept unknown elements, as the reader reads it. */
  text = g_string_new (NULL);
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
      g_string_append (text, (const char *) child->content);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
merge_child_free (gpointer data)
{
  MergeChild *child = data;

  g_free (child->key);
  g_free (child);
}

static char *
child_key (xmlNodePtr  node,
           GHashTable *seen)
{
  g_autofree char *dump = NULL;
  xmlChar *id;
  char *key;
  guint count;

  switch (_quadrant_merge_child_kind (node))
    {
    case CHILD_IDENTIFIED:
      id = xmlGetNoNsProp (node, BAD_CAST "id");
      key = g_strdup_printf ("%s %s", node->name, id != NULL ? (const char *) id : "");
      xmlFree (id);
      return key;

    case CHILD_CONTAINER:
    case CHILD_SCALAR:
      return g_strdup_printf ("<%s>", node->name);

    case CHILD_SET:
    default:
      /* The same element twice in one list is two items, matched in turn. */
      dump = _quadrant_merge_dump (node);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, dump));
      g_hash_table_insert (seen, g_strdup (dump), GUINT_TO_POINTER (count + 1));
      return g_strdup_printf ("%u %s", count, dump);
    }
}

void
_quadrant_merge_children_init (MergeChildren *children,
                               xmlNodePtr     parent)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  children->children = g_ptr_array_new_with_free_func (merge_child_free);
  children->by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (xmlNodePtr node = parent != NULL ? parent->children : NULL; node != NULL; node = node->next)
    {
      MergeChild *child;

      /* Between the elements of a container there is only indentation. */
      if (node->type != XML_ELEMENT_NODE)
        continue;

      child = g_new0 (MergeChild, 1);
      child->key = child_key (node, seen);
      child->node = node;
      g_ptr_array_add (children->children, child);
      g_hash_table_insert (children->by_key, child->key, child);
    }
}

void
_quadrant_merge_children_clear (MergeChildren *children)
{
  g_clear_pointer (&children->by_key, g_hash_table_unref);
  g_clear_pointer (&children->children, g_ptr_array_unref);
}

MergeChild *
_quadrant_merge_children_lookup (MergeChildren *children,
                                 const char    *key)
{
  return g_hash_table_lookup (children->by_key, key);
}

/* ---- Order ---- */

/* Whether the keys present in all three lists come in list the same order
 * as in base. */
static gboolean
keeps_order (MergeChildren *base,
             MergeChildren *side,
             MergeChildren *other)
{
  guint j = 0;

  for (guint i = 0; i < side->children->len; i++)
    {
      MergeChild *child = g_ptr_array_index (side->children, i);

      if (_quadrant_merge_children_lookup (base, child->key) == NULL
          || _quadrant_merge_children_lookup (other, child->key) == NULL)
        continue;

      /* the next common key in base must be this one */
      for (; j < base->children->len; j++)
        {
          MergeChild *in_base = g_ptr_array_index (base->children, j);

          if (_quadrant_merge_children_lookup (side, in_base->key) != NULL
              && _quadrant_merge_children_lookup (other, in_base->key) != NULL)
            break;
        }
      if (j == base->children->len
          || !g_str_equal (((MergeChild *) g_ptr_array_index (base->children, j))->key, child->key))
        return FALSE;
      j++;
    }
  return TRUE;
}

static guint
index_of (GPtrArray  *keys,
          const char *key)
{
  for (guint i = 0; i < keys->len; i++)
    if (g_str_equal (g_ptr_array_index (keys, i), key))
      return i;
  g_assert_not_reached ();
}

GPtrArray *
_quadrant_merge_order (MergeChildren *base,
                       MergeChildren *ours,
                       MergeChildren *theirs,
                       GHashTable    *kept)
{
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  MergeChildren *primary = ours, *secondary = theirs;
  GPtrArray *keys = g_ptr_array_new ();

  /* A side that reordered what both kept wins, unless both did: then ours. */
  if (keeps_order (base, ours, theirs) && !keeps_order (base, theirs, ours))
    {
      primary = theirs;
      secondary = ours;
    }

  for (guint i = 0; i < primary->children->len; i++)
    {
      MergeChild *child = g_ptr_array_index (primary->children, i);

      if (g_hash_table_contains (kept, child->key))
        {
          g_ptr_array_add (keys, child->key);
          g_hash_table_add (placed, child->key);
        }
    }

  for (guint i = 0; i < secondary->children->len; i++)
    {
      MergeChild *child = g_ptr_array_index (secondary->children, i);
      guint position = 0;

      if (!g_hash_table_contains (kept, child->key) || g_hash_table_contains (placed, child->key))
        continue;

      /* after what precedes it on its side ... */
      for (guint j = i; j > 0; j--)
        {
          MergeChild *before = g_ptr_array_index (secondary->children, j - 1);

          if (g_hash_table_contains (placed, before->key))
            {
              position = index_of (keys, before->key) + 1;
              break;
            }
        }
      /* ... and after what the primary side added there, so that additions
       * on both sides at one place come ours first, theirs next */
      while (position < keys->len
             && _quadrant_merge_children_lookup (base, g_ptr_array_index (keys, position)) == NULL
             && _quadrant_merge_children_lookup (primary, g_ptr_array_index (keys, position)) != NULL)
        position++;

      g_ptr_array_insert (keys, position, child->key);
      g_hash_table_add (placed, child->key);
    }

  return keys;
}
