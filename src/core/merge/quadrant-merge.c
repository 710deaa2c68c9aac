/* quadrant-merge.c: three-way merge of registers, by id and by field
 *
 * The three canonical documents are merged element by element into the text
 * of a new document, which the reader then loads: so the result is checked
 * like any file, and the writer gives it the canonical form.
 */
#define G_LOG_DOMAIN "quadrant-merge"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-merge.h"
#include "quadrant-merge-private.h"
#include "quadrant-reader.h"

/* Whose fields are being merged, for the conflicts found there. */
typedef struct {
  const char *party;
  const char *requirement;
} Subject;

typedef struct {
  GPtrArray  *conflicts;  /* of char *, each a <conflict> element */
  GHashTable *party_ids;  /* of the parties in the result */
  gboolean    conflicts_written;
  guint       n_conflicts;
  xmlBufferPtr buffer;
} Merge;

typedef struct {
  char *qname;
  char *value;
} OutAttribute;

static void merge_element (Merge      *self,
                           xmlNodePtr  base,
                           xmlNodePtr  ours,
                           xmlNodePtr  theirs,
                           Subject     subject,
                           gboolean    root,
                           GString    *out);

/* ---- Output ---- */

static void
append_qname (GString    *out,
              xmlNsPtr    ns,
              const char *name)
{
  if (ns != NULL && ns->prefix != NULL)
    g_string_append_printf (out, "%s:", ns->prefix);
  g_string_append (out, name);
}

/* ---- Conflicts ---- */

static void
record_conflict (Merge         *self,
                 const Subject *subject,
                 const char    *field,
                 const char    *deleted,
                 const char    *ours,
                 const char    *theirs)
{
  GString *conflict = g_string_new ("<conflict");

  if (subject->party != NULL)
    {
      g_string_append (conflict, " party=\"");
      _quadrant_merge_append_escaped (conflict, subject->party, TRUE);
      g_string_append_c (conflict, '"');
    }
  if (subject->requirement != NULL)
    {
      g_string_append (conflict, " requirement=\"");
      _quadrant_merge_append_escaped (conflict, subject->requirement, TRUE);
      g_string_append_c (conflict, '"');
    }
  if (field != NULL)
    {
      g_string_append (conflict, " field=\"");
      _quadrant_merge_append_escaped (conflict, field, TRUE);
      g_string_append_c (conflict, '"');
    }
  if (deleted != NULL)
    g_string_append_printf (conflict, " deleted=\"%s\"", deleted);

  if (ours == NULL && theirs == NULL)
    g_string_append (conflict, "/>");
  else
    {
      g_string_append_c (conflict, '>');
      if (ours != NULL)
        {
          g_string_append (conflict, "<ours>");
          _quadrant_merge_append_escaped (conflict, ours, FALSE);
          g_string_append (conflict, "</ours>");
        }
      if (theirs != NULL)
        {
          g_string_append (conflict, "<theirs>");
          _quadrant_merge_append_escaped (conflict, theirs, FALSE);
          g_string_append (conflict, "</theirs>");
        }
      g_string_append (conflict, "</conflict>");
    }

  g_ptr_array_add (self->conflicts, g_string_free (conflict, FALSE));
  self->n_conflicts++;
}

static void
append_conflicts (Merge   *self,
                  GString *out)
{
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      g_string_append_c (out, '\n');
      g_string_append (out, g_ptr_array_index (self->conflicts, i));
    }
  self->conflicts_written = TRUE;
}

/* ---- Values ---- */

/* Which side's value a field takes: 0 base (unchanged), 1 ours, 2 theirs,
 * -1 a conflict (the result keeps ours). */
static int
merge_choice (const char *base,
              const char *ours,
              const char *theirs)
{
  if (g_strcmp0 (ours, theirs) == 0 || g_strcmp0 (theirs, base) == 0)
    return 1;
  if (g_strcmp0 (ours, base) == 0)
    return 2;
  return -1;
}

static void
merge_attributes_of (Merge         *self,
                     xmlNodePtr     base,
                     xmlNodePtr     ours,
                     xmlNodePtr     theirs,
                     const Subject *subject,
                     xmlNodePtr     side,
                     GPtrArray     *result)
{
  for (xmlAttrPtr attribute = side != NULL ? side->properties : NULL; attribute != NULL; attribute = attribute->next)
    {
      const xmlChar *href = attribute->ns != NULL ? attribute->ns->href : NULL;
      g_autofree char *b = NULL, *o = NULL, *t = NULL;
      g_autoptr(GString) qname = NULL;
      OutAttribute *out;
      int choice;

      /* theirs' attributes that ours has too were merged with ours' */
      if (side == theirs && ours != NULL
          && (href != NULL ? xmlHasNsProp (ours, attribute->name, href) : xmlHasNsProp (ours, attribute->name, NULL)) != NULL)
        continue;

      b = _quadrant_merge_attribute (base, href, attribute->name);
      o = _quadrant_merge_attribute (ours, href, attribute->name);
      t = _quadrant_merge_attribute (theirs, href, attribute->name);
      choice = merge_choice (b, o, t);

      qname = g_string_new (NULL);
      append_qname (qname, attribute->ns, (const char *) attribute->name);
      out = g_new0 (OutAttribute, 1);
      out->qname = g_string_free (g_steal_pointer (&qname), FALSE);
      if (choice < 0)
        record_conflict (self, subject, out->qname, NULL, o, t);
      out->value = g_strdup (choice == 2 ? t : o);
      g_ptr_array_add (result, out);
    }
}

static void
out_attribute_free (gpointer data)
{
  OutAttribute *attribute = data;

  g_free (attribute->qname);
  g_free (attribute->value);
  g_free (attribute);
}

static OutAttribute *
find_out_attribute (GPtrArray  *attributes,
                    const char *qname)
{
  for (guint i = 0; i < attributes->len; i++)
    {
      OutAttribute *attribute = g_ptr_array_index (attributes, i);

      if (g_str_equal (attribute->qname, qname))
        return attribute;
    }
  return NULL;
}

/* A party is placed with both power and interest or neither: when merging
 * them one by one would leave one of them, the pair is taken from ours. */
static void
keep_position_whole (Merge         *self,
                     xmlNodePtr     ours,
                     xmlNodePtr     theirs,
                     const Subject *subject,
                     GPtrArray     *attributes)
{
  static const char * const names[] = { "power", "interest" };
  OutAttribute *power = find_out_attribute (attributes, "power");
  OutAttribute *interest = find_out_attribute (attributes, "interest");

  if ((power != NULL && power->value != NULL) == (interest != NULL && interest->value != NULL))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *o = _quadrant_merge_attribute (ours, NULL, BAD_CAST names[i]);
      g_autofree char *t = _quadrant_merge_attribute (theirs, NULL, BAD_CAST names[i]);
      OutAttribute *attribute = find_out_attribute (attributes, names[i]);

      if (attribute == NULL)
        {
          attribute = g_new0 (OutAttribute, 1);
          attribute->qname = g_strdup (names[i]);
          g_ptr_array_add (attributes, attribute);
        }
      if (g_strcmp0 (attribute->value, o) != 0 || g_strcmp0 (o, t) != 0)
        record_conflict (self, subject, names[i], NULL, o, t);
      g_free (attribute->value);
      attribute->value = g_strdup (o);
    }
}

/* ---- Children ---- */

/* Revisions oldest first: by date, then by version ("1.10" after "1.9"). */
static int
compare_revisions (xmlNodePtr a,
                   xmlNodePtr b)
{
  g_autofree char *date_a = _quadrant_merge_attribute (a, NULL, BAD_CAST "date");
  g_autofree char *date_b = _quadrant_merge_attribute (b, NULL, BAD_CAST "date");
  g_autofree char *version_a = _quadrant_merge_attribute (a, NULL, BAD_CAST "version");
  g_autofree char *version_b = _quadrant_merge_attribute (b, NULL, BAD_CAST "version");
  int order = g_strcmp0 (date_a, date_b);

  if (order != 0)
    return order;
  if (version_a == NULL || version_b == NULL)
    return g_strcmp0 (version_a, version_b);
  return strverscmp (version_a, version_b);
}

typedef struct {
  const char *key;
  xmlNodePtr  node;
  guint       index;
} SortItem;

static int
compare_sort_items (gconstpointer a,
                    gconstpointer b)
{
  const SortItem *x = a, *y = b;
  gboolean revision_x = x->node != NULL && xmlStrEqual (x->node->name, BAD_CAST "revision");
  gboolean revision_y = y->node != NULL && xmlStrEqual (y->node->name, BAD_CAST "revision");
  int order = 0;

  if (revision_x && revision_y)
    order = compare_revisions (x->node, y->node);
  return order != 0 ? order : (int) x->index - (int) y->index;
}

static void
sort_revisions (GPtrArray     *keys,
                MergeChildren *ours,
                MergeChildren *theirs)
{
  g_autofree SortItem *items = g_new0 (SortItem, MAX (keys->len, 1));

  for (guint i = 0; i < keys->len; i++)
    {
      MergeChild *child = _quadrant_merge_children_lookup (ours, keys->pdata[i]);

      if (child == NULL)
        child = _quadrant_merge_children_lookup (theirs, keys->pdata[i]);
      items[i].key = keys->pdata[i];
      items[i].node = child != NULL ? child->node : NULL;
      items[i].index = i;
    }
  qsort (items, keys->len, sizeof (SortItem), compare_sort_items);
  for (guint i = 0; i < keys->len; i++)
    keys->pdata[i] = (gpointer) items[i].key;
}

/* A revision as kept, without the positions of parties no longer there. */
static void
append_revision (Merge      *self,
                 xmlNodePtr  revision,
                 GString    *out)
{
  g_autofree char *dump = NULL;
  xmlNodePtr copy = NULL;

  for (xmlNodePtr child = revision->children; child != NULL; child = child->next)
    {
      g_autofree char *party = NULL;

      if (child->type != XML_ELEMENT_NODE || !_quadrant_merge_is_ours (child)
          || !xmlStrEqual (child->name, BAD_CAST "position"))
        continue;
      party = _quadrant_merge_attribute (child, NULL, BAD_CAST "party");
      if (party == NULL || !g_hash_table_contains (self->party_ids, party))
        {
          copy = xmlDocCopyNode (revision, revision->doc, 1);
          break;
        }
    }

  if (copy != NULL)
    {
      xmlNodePtr next;

      for (xmlNodePtr child = copy->children; child != NULL; child = next)
        {
          g_autofree char *party = NULL;

          next = child->next;
          if (child->type != XML_ELEMENT_NODE || !xmlStrEqual (child->name, BAD_CAST "position"))
            continue;
          party = _quadrant_merge_attribute (child, NULL, BAD_CAST "party");
          if (party == NULL || !g_hash_table_contains (self->party_ids, party))
            {
              xmlUnlinkNode (child);
              xmlFreeNode (child);
            }
        }
      dump = _quadrant_merge_dump (copy);
      xmlFreeNode (copy);
    }
  else
    dump = _quadrant_merge_dump (revision);

  g_string_append (out, dump);
}

/* The node as written, appended: through one buffer for the whole merge, as
 * most of the result is parties copied from one side. */
static void
append_dump (Merge      *self,
             xmlNodePtr  node,
             GString    *out)
{
  xmlBufferEmpty (self->buffer);
  xmlNodeDump (self->buffer, node->doc, node, 0, 0);
  g_string_append_len (out, (const char *) xmlBufferContent (self->buffer), xmlBufferLength (self->buffer));
}

static void
append_kept (Merge      *self,
             xmlNodePtr  node,
             GString    *out)
{
  if (_quadrant_merge_is_ours (node) && xmlStrEqual (node->name, BAD_CAST "revision"))
    {
      append_revision (self, node, out);
      return;
    }
  if (_quadrant_merge_is_ours (node) && xmlStrEqual (node->name, BAD_CAST "party"))
    g_hash_table_add (self->party_ids, _quadrant_merge_attribute (node, NULL, BAD_CAST "id"));

  append_dump (self, node, out);
}

/* Whether two subtrees would be written the same: compared node by node,
 * which is much cheaper than writing both out. */
static gboolean
equal_nodes (xmlNodePtr a,
             xmlNodePtr b)
{
  xmlAttrPtr attribute_a, attribute_b;
  xmlNodePtr child_a, child_b;

  if (a == NULL || b == NULL)
    return a == b;
  if (a->type != b->type)
    return FALSE;
  if (a->type != XML_ELEMENT_NODE)
    return xmlStrEqual (a->content, b->content);
  if (!xmlStrEqual (a->name, b->name)
      || (a->ns == NULL) != (b->ns == NULL)
      || (a->ns != NULL && !xmlStrEqual (a->ns->href, b->ns->href)))
    return FALSE;

  for (attribute_a = a->properties, attribute_b = b->properties;
       attribute_a != NULL && attribute_b != NULL;
       attribute_a = attribute_a->next, attribute_b = attribute_b->next)
    {
      if (!xmlStrEqual (attribute_a->name, attribute_b->name)
          || (attribute_a->ns == NULL) != (attribute_b->ns == NULL)
          || (attribute_a->ns != NULL && !xmlStrEqual (attribute_a->ns->href, attribute_b->ns->href))
          || !equal_nodes (attribute_a->children, attribute_b->children))
        return FALSE;
    }
  if (attribute_a != NULL || attribute_b != NULL)
    return FALSE;

  for (child_a = a->children, child_b = b->children;
       child_a != NULL && child_b != NULL;
       child_a = child_a->next, child_b = child_b->next)
    if (!equal_nodes (child_a, child_b))
      return FALSE;
  return child_a == NULL && child_b == NULL;
}

/* A party or requirement: matched by id, merged field by field when both
 * sides changed it. */
static void
merge_identified (Merge         *self,
                  xmlNodePtr     base,
                  xmlNodePtr     ours,
                  xmlNodePtr     theirs,
                  const Subject *subject,
                  GString       *out)
{
  g_autofree char *id = _quadrant_merge_attribute (ours != NULL ? ours : theirs, NULL, BAD_CAST "id");
  gboolean is_party = xmlStrEqual ((ours != NULL ? ours : theirs)->name, BAD_CAST "party");
  Subject inner = *subject;

  if (is_party)
    inner.party = id;
  else
    inner.requirement = id;

  if (ours == NULL || theirs == NULL)
    {
      xmlNodePtr present = ours != NULL ? ours : theirs;

      if (base == NULL)
        {
          append_kept (self, present, out);   /* added on one side */
        }
      else if (!equal_nodes (base, present))
        {
          /* deleted on one side, changed on the other: kept as changed */
          record_conflict (self, &inner, NULL, ours == NULL ? "ours" : "theirs", NULL, NULL);
          append_kept (self, present, out);
        }
      return;  /* else deleted on one side, untouched on the other */
    }

  if (equal_nodes (ours, theirs) || equal_nodes (theirs, base))
    append_kept (self, ours, out);
  else if (equal_nodes (ours, base))
    append_kept (self, theirs, out);
  else
    {
      if (is_party)
        g_hash_table_add (self->party_ids, g_strdup (id));
      merge_element (self, base, ours, theirs, inner, FALSE, out);
    }
}

static void
merge_scalar (Merge         *self,
              xmlNodePtr     base,
              xmlNodePtr     ours,
              xmlNodePtr     theirs,
              const Subject *subject,
              GString       *out)
{
  g_autofree char *b = _quadrant_merge_dump (base);
  g_autofree char *o = _quadrant_merge_dump (ours);
  g_autofree char *t = _quadrant_merge_dump (theirs);
  int choice = merge_choice (b, o, t);

  if (choice < 0)
    {
      xmlNodePtr named = ours != NULL ? ours : theirs;
      g_autofree char *ours_text = _quadrant_merge_text (ours);
      g_autofree char *theirs_text = _quadrant_merge_text (theirs);

      record_conflict (self, subject, (const char *) named->name, NULL, ours_text, theirs_text);
    }
  if (choice == 2)
    g_string_append (out, t != NULL ? t : "");
  else
    g_string_append (out, o != NULL ? o : "");
}

static void
merge_child (Merge         *self,
             MergeChild    *base,
             MergeChild    *ours,
             MergeChild    *theirs,
             const Subject *subject,
             GString       *out)
{
  xmlNodePtr b = base != NULL ? base->node : NULL;
  xmlNodePtr o = ours != NULL ? ours->node : NULL;
  xmlNodePtr t = theirs != NULL ? theirs->node : NULL;

  switch (_quadrant_merge_child_kind (o != NULL ? o : t))
    {
    case CHILD_IDENTIFIED:
      merge_identified (self, b, o, t, subject, out);
      break;

    case CHILD_CONTAINER:
      merge_element (self, b, o, t, *subject, FALSE, out);
      break;

    case CHILD_SCALAR:
      merge_scalar (self, b, o, t, subject, out);
      break;

    case CHILD_SET:
    default:
      /* kept unless one side removed it */
      if (b == NULL || (o != NULL && t != NULL))
        append_kept (self, o != NULL ? o : t, out);
      break;
    }
}

/* Which children of the root wait for others: revisions drop the positions
 * of parties that are gone, so they come after the parties, and the list of
 * conflicts comes last of all. */
static guint
pass_of (xmlNodePtr node,
         gboolean   root)
{
  if (!root || !_quadrant_merge_is_ours (node))
    return 0;
  if (xmlStrEqual (node->name, BAD_CAST "revisions"))
    return 1;
  if (xmlStrEqual (node->name, BAD_CAST "conflicts"))
    return 2;
  return 0;
}

static void
merge_children (Merge         *self,
                xmlNodePtr     base,
                xmlNodePtr     ours,
                xmlNodePtr     theirs,
                const Subject *subject,
                gboolean       root,
                GString       *out)
{
  MergeChildren b, o, t;
  g_autoptr(GHashTable) pieces = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_free);
  g_autoptr(GPtrArray) keys = NULL;
  MergeChildren *sides[] = { &o, &t };

  _quadrant_merge_children_init (&b, base);
  _quadrant_merge_children_init (&o, ours);
  _quadrant_merge_children_init (&t, theirs);

  for (guint pass = 0; pass < 3; pass++)
    for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
      for (guint i = 0; i < sides[s]->children->len; i++)
        {
          MergeChild *child = g_ptr_array_index (sides[s]->children, i);
          MergeChild *in_ours = _quadrant_merge_children_lookup (&o, child->key);
          g_autoptr(GString) piece = NULL;

          if ((s == 1 && in_ours != NULL) || pass_of (child->node, root) != pass)
            continue;

          piece = g_string_new (NULL);
          merge_child (self, _quadrant_merge_children_lookup (&b, child->key), in_ours,
                       _quadrant_merge_children_lookup (&t, child->key), subject, piece);
          if (piece->len > 0)
            {
              g_hash_table_insert (pieces, child->key, piece->str);
              g_ptr_array_add (strings, g_string_free (g_steal_pointer (&piece), FALSE));
            }
        }

  keys = _quadrant_merge_order (&b, &o, &t, pieces);
  if ((ours != NULL ? ours : theirs) != NULL
      && xmlStrEqual ((ours != NULL ? ours : theirs)->name, BAD_CAST "revisions"))
    sort_revisions (keys, &o, &t);

  for (guint i = 0; i < keys->len; i++)
    {
      g_string_append_c (out, '\n');
      g_string_append (out, g_hash_table_lookup (pieces, keys->pdata[i]));
    }

  _quadrant_merge_children_clear (&b);
  _quadrant_merge_children_clear (&o);
  _quadrant_merge_children_clear (&t);
}

static void
append_namespaces (GString    *out,
                   xmlNodePtr  ours,
                   xmlNodePtr  theirs)
{
  for (xmlNsPtr ns = ours != NULL ? ours->nsDef : NULL; ns != NULL; ns = ns->next)
    {
      g_string_append (out, ns->prefix != NULL ? " xmlns:" : " xmlns");
      g_string_append (out, ns->prefix != NULL ? (const char *) ns->prefix : "");
      g_string_append (out, "=\"");
      _quadrant_merge_append_escaped (out, (const char *) ns->href, TRUE);
      g_string_append_c (out, '"');
    }
  for (xmlNsPtr ns = theirs != NULL ? theirs->nsDef : NULL; ns != NULL; ns = ns->next)
    {
      gboolean declared = FALSE;

      for (xmlNsPtr mine = ours != NULL ? ours->nsDef : NULL; mine != NULL && !declared; mine = mine->next)
        declared = xmlStrEqual (mine->prefix, ns->prefix);
      if (declared)
        continue;
      g_string_append (out, ns->prefix != NULL ? " xmlns:" : " xmlns");
      g_string_append (out, ns->prefix != NULL ? (const char *) ns->prefix : "");
      g_string_append (out, "=\"");
      _quadrant_merge_append_escaped (out, (const char *) ns->href, TRUE);
      g_string_append_c (out, '"');
    }
}

/* An element present on at least one side; a container missing on a side
 * counts as an empty one there, and one left empty is not written. */
static void
merge_element (Merge      *self,
               xmlNodePtr  base,
               xmlNodePtr  ours,
               xmlNodePtr  theirs,
               Subject     subject,
               gboolean    root,
               GString    *out)
{
  xmlNodePtr named = ours != NULL ? ours : theirs;
  g_autoptr(GPtrArray) attributes = g_ptr_array_new_with_free_func (out_attribute_free);
  g_autoptr(GString) children = g_string_new (NULL);
  g_autoptr(GString) qname = g_string_new (NULL);
  gboolean conflicts = root == FALSE && _quadrant_merge_is_ours (named)
                       && xmlStrEqual (named->name, BAD_CAST "conflicts");
  gboolean identified = _quadrant_merge_child_kind (named) == CHILD_IDENTIFIED;

  merge_attributes_of (self, base, ours, theirs, &subject, ours, attributes);
  merge_attributes_of (self, base, ours, theirs, &subject, theirs, attributes);
  if (_quadrant_merge_is_ours (named) && xmlStrEqual (named->name, BAD_CAST "party"))
    keep_position_whole (self, ours, theirs, &subject, attributes);

  merge_children (self, base, ours, theirs, &subject, root, children);
  if (conflicts)
    append_conflicts (self, children);
  if (root && !self->conflicts_written && self->conflicts->len > 0)
    {
      g_string_append_printf (children, "\n<conflicts>");
      append_conflicts (self, children);
      g_string_append (children, "\n</conflicts>");
    }

  if (!root && !identified && children->len == 0)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < attributes->len && !any; i++)
        any = ((OutAttribute *) g_ptr_array_index (attributes, i))->value != NULL;
      if (!any)
        return;
    }

  append_qname (qname, named->ns, (const char *) named->name);
  g_string_append_printf (out, "<%s", qname->str);
  append_namespaces (out, ours, theirs);
  for (guint i = 0; i < attributes->len; i++)
    {
      OutAttribute *attribute = g_ptr_array_index (attributes, i);

      if (attribute->value == NULL)
        continue;
      g_string_append_printf (out, " %s=\"", attribute->qname);
      _quadrant_merge_append_escaped (out, attribute->value, TRUE);
      g_string_append_c (out, '"');
    }
  if (children->len == 0)
    g_string_append (out, "/>");
  else
    g_string_append_printf (out, ">%s\n</%s>", children->str, qname->str);
}

/* ---- Public ---- */

QuadrantRegister *
quadrant_merge_registers (QuadrantRegister  *base,
                          QuadrantRegister  *ours,
                          QuadrantRegister  *theirs,
                          guint             *n_conflicts,
                          GError           **error)
{
  xmlDocPtr docs[3];
  Merge self = { 0 };
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  QuadrantRegister *merged = NULL;
  gboolean parsed = TRUE;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (base), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (ours), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (theirs), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  docs[0] = _quadrant_merge_parse_register (base);
  docs[1] = _quadrant_merge_parse_register (ours);
  docs[2] = _quadrant_merge_parse_register (theirs);
  for (guint i = 0; i < 3; i++)
    parsed &= docs[i] != NULL && xmlDocGetRootElement (docs[i]) != NULL;

  if (parsed)
    {
      Subject none = { NULL, NULL };

      self.conflicts = g_ptr_array_new_with_free_func (g_free);
      self.party_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self.buffer = xmlBufferCreate ();
      merge_element (&self, xmlDocGetRootElement (docs[0]), xmlDocGetRootElement (docs[1]),
                     xmlDocGetRootElement (docs[2]), none, TRUE, out);
      g_string_append_c (out, '\n');
      merged = quadrant_reader_load_data (out->str, out->len, _("merged register"), error);
      g_ptr_array_unref (self.conflicts);
      g_hash_table_unref (self.party_ids);
      xmlBufferFree (self.buffer);
    }
  else
    g_set_error_literal (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_MALFORMED,
                         _("A register could not be prepared for merging"));

  for (guint i = 0; i < 3; i++)
    g_clear_pointer (&docs[i], xmlFreeDoc);

  if (n_conflicts != NULL)
    *n_conflicts = merged != NULL ? self.n_conflicts : 0;
  return merged;
}
