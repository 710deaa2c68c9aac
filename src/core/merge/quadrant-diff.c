/* quadrant-diff.c: what changed between two registers, as people read it
 *
 * Works on the canonical documents, like the merge, so that fields a newer
 * version wrote show up too (by their name in the file).
 */
#define G_LOG_DOMAIN "quadrant-diff"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-conflict.h"
#include "quadrant-diff.h"
#include "quadrant-enum-types.h"
#include "quadrant-finding.h"
#include "quadrant-merge-private.h"

typedef struct {
  gboolean party;
  gboolean requirement;
} Level;

/* A value as shown: a choice by its label, numbers as they are, texts
 * quoted. */
static char *
show_value (QuadrantField  field,
            const char    *value,
            gboolean       text)
{
  g_autofree char *shortened = NULL;
  int choice;

  if (value == NULL || value[0] == '\0')
    return g_strdup (_("(none)"));
  if (field != QUADRANT_N_FIELDS && quadrant_field_get_info (field)->type == QUADRANT_FIELD_TYPE_CHOICE
      && quadrant_enum_from_nick (quadrant_field_get_info (field)->enum_type (), value, &choice))
    return g_strdup (quadrant_enum_to_label (quadrant_field_get_info (field)->enum_type (), choice));
  shortened = quadrant_finding_shorten_text (value, "");
  if (!text)
    return g_steal_pointer (&shortened);
  return g_strdup_printf ("\"%s\"", shortened);
}

static void
add_change (GPtrArray  *changes,
            Level       level,
            const char *name,
            const char *old_value,
            const char *new_value,
            gboolean    text)
{
  QuadrantField field = _quadrant_merge_find_field (level.party, level.requirement, name);
  g_autofree char *shown_old = show_value (field, old_value, text);
  g_autofree char *shown_new = show_value (field, new_value, text);
  const char *label = field != QUADRANT_N_FIELDS ? quadrant_field_get_label (field) : name;

  /* TRANSLATORS: one change in a list of changes: the field's label, its old
   * and its new value, e.g. Power 60 → 80 */
  g_ptr_array_add (changes, g_strdup_printf (_("%s %s → %s"), label, shown_old, shown_new));
}

static void
diff_attributes (GPtrArray  *changes,
                 Level       level,
                 xmlNodePtr  old,
                 xmlNodePtr  new)
{
  xmlNodePtr sides[] = { new, old };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    for (xmlAttrPtr attribute = sides[s] != NULL ? sides[s]->properties : NULL; attribute != NULL; attribute = attribute->next)
      {
        const xmlChar *href = attribute->ns != NULL ? attribute->ns->href : NULL;
        g_autofree char *old_value = NULL, *new_value = NULL;

        if (xmlStrEqual (attribute->name, BAD_CAST "id") && href == NULL)
          continue;
        /* old's attributes that new has too were compared already */
        if (s == 1 && new != NULL && xmlHasNsProp (new, attribute->name, href) != NULL)
          continue;

        old_value = _quadrant_merge_attribute (old, href, attribute->name);
        new_value = _quadrant_merge_attribute (new, href, attribute->name);
        if (g_strcmp0 (old_value, new_value) != 0)
          add_change (changes, level, (const char *) attribute->name, old_value, new_value, FALSE);
      }
}

static char *
describe_reference (xmlNodePtr reference)
{
  g_autofree char *kind = _quadrant_merge_attribute (reference, NULL, BAD_CAST "kind");
  g_autofree char *text = _quadrant_merge_text (reference);
  g_autofree char *shown = show_value (QUADRANT_N_FIELDS, text, TRUE);
  int value;

  if (kind != NULL && quadrant_enum_from_nick (QUADRANT_TYPE_REFERENCE_KIND, kind, &value))
    /* TRANSLATORS: a reference: its text and its kind, e.g. "A.5.19" (Control) */
    return g_strdup_printf (_("%s (%s)"), shown, quadrant_enum_to_label (QUADRANT_TYPE_REFERENCE_KIND, value));
  return g_steal_pointer (&shown);
}

/* The fields of one element: attributes, texts, the engagement's texts,
 * references added and removed, anything else that changed. */
static void
diff_fields (GPtrArray  *changes,
             Level       level,
             xmlNodePtr  old,
             xmlNodePtr  new)
{
  MergeChildren old_children, new_children;
  MergeChildren *sides[] = { &new_children, &old_children };
  gboolean other = FALSE;

  diff_attributes (changes, level, old, new);

  _quadrant_merge_children_init (&old_children, old);
  _quadrant_merge_children_init (&new_children, new);

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    for (guint i = 0; i < sides[s]->children->len; i++)
      {
        MergeChild *child = g_ptr_array_index (sides[s]->children, i);
        MergeChild *in_old = _quadrant_merge_children_lookup (&old_children, child->key);
        MergeChild *in_new = _quadrant_merge_children_lookup (&new_children, child->key);
        xmlNodePtr old_node = in_old != NULL ? in_old->node : NULL;
        xmlNodePtr new_node = in_new != NULL ? in_new->node : NULL;
        g_autofree char *old_text = NULL, *new_text = NULL;

        if (s == 1 && in_new != NULL)
          continue;

        switch (_quadrant_merge_child_kind (child->node))
          {
          case CHILD_SCALAR:
            old_text = _quadrant_merge_text (old_node);
            new_text = _quadrant_merge_text (new_node);
            if (g_strcmp0 (old_text, new_text) != 0)
              add_change (changes, level, (const char *) child->node->name, old_text, new_text, TRUE);
            else if (old_node == NULL || new_node == NULL)
              other = TRUE;  /* unknown content of an empty text */
            else
              {
                g_autofree char *old_dump = _quadrant_merge_dump (old_node);
                g_autofree char *new_dump = _quadrant_merge_dump (new_node);

                other |= !g_str_equal (old_dump, new_dump);
              }
            break;

          case CHILD_CONTAINER:
            /* the engagement plan: its texts are the party's fields */
            diff_fields (changes, level, old_node, new_node);
            break;

          case CHILD_IDENTIFIED:
            break;  /* requirements: by the caller */

          case CHILD_SET:
          default:
            if (old_node != NULL && new_node != NULL)
              break;
            if (_quadrant_merge_is_ours (child->node) && xmlStrEqual (child->node->name, BAD_CAST "reference"))
              {
                g_autofree char *reference = describe_reference (child->node);

                g_ptr_array_add (changes, g_strdup_printf (old_node == NULL ? _("Reference %s added")
                                                                            : _("Reference %s removed"),
                                                           reference));
              }
            else
              other = TRUE;
            break;
          }
      }

  if (other)
    g_ptr_array_add (changes, g_strdup (_("Other content changed")));

  _quadrant_merge_children_clear (&old_children);
  _quadrant_merge_children_clear (&new_children);
}

static char *
join_changes (GPtrArray *changes)
{
  g_ptr_array_add (changes, NULL);
  return g_strjoinv (", ", (char **) changes->pdata);
}

static xmlNodePtr
find_child (xmlNodePtr  parent,
            const char *name)
{
  for (xmlNodePtr node = parent != NULL ? parent->children : NULL; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && _quadrant_merge_is_ours (node)
        && xmlStrEqual (node->name, BAD_CAST name))
      return node;
  return NULL;
}

static char *
party_name (xmlNodePtr party)
{
  g_autofree char *name = _quadrant_merge_text (find_child (party, "name"));

  return quadrant_finding_shorten_text (name, _("unnamed party"));
}

static char *
requirement_statement (xmlNodePtr requirement)
{
  g_autofree char *statement = _quadrant_merge_text (find_child (requirement, "statement"));

  return quadrant_finding_shorten_text (statement, _("no statement"));
}

static void
diff_requirements (GString    *out,
                   xmlNodePtr  old_party,
                   xmlNodePtr  new_party,
                   const char *name)
{
  MergeChildren old_list, new_list;
  MergeChildren *sides[] = { &new_list, &old_list };
  Level level = { TRUE, TRUE };

  _quadrant_merge_children_init (&old_list, find_child (old_party, "requirements"));
  _quadrant_merge_children_init (&new_list, find_child (new_party, "requirements"));

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    for (guint i = 0; i < sides[s]->children->len; i++)
      {
        MergeChild *child = g_ptr_array_index (sides[s]->children, i);
        MergeChild *in_old = _quadrant_merge_children_lookup (&old_list, child->key);
        MergeChild *in_new = _quadrant_merge_children_lookup (&new_list, child->key);
        g_autofree char *statement = requirement_statement (child->node);
        g_autoptr(GPtrArray) changes = NULL;
        g_autofree char *joined = NULL;

        if ((s == 1 && in_new != NULL) || _quadrant_merge_child_kind (child->node) != CHILD_IDENTIFIED)
          continue;

        if (in_old == NULL)
          g_string_append_printf (out, _("Requirement \"%s\" of \"%s\" added\n"), statement, name);
        else if (in_new == NULL)
          g_string_append_printf (out, _("Requirement \"%s\" of \"%s\" removed\n"), statement, name);
        else
          {
            changes = g_ptr_array_new_with_free_func (g_free);
            diff_fields (changes, level, in_old->node, in_new->node);
            if (changes->len == 0)
              continue;
            joined = join_changes (changes);
            g_string_append_printf (out, _("Requirement \"%s\" of \"%s\": %s\n"), statement, name, joined);
          }
      }

  _quadrant_merge_children_clear (&old_list);
  _quadrant_merge_children_clear (&new_list);
}

static void
diff_party (GString    *out,
            xmlNodePtr  old,
            xmlNodePtr  new)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = party_name (new != NULL ? new : old);
  g_autofree char *joined = NULL;
  Level level = { TRUE, FALSE };

  if (old == NULL)
    {
      g_string_append_printf (out, _("Party \"%s\" added\n"), name);
      diff_requirements (out, NULL, new, name);
      return;
    }
  if (new == NULL)
    {
      g_string_append_printf (out, _("Party \"%s\" removed\n"), name);
      return;
    }

  diff_fields (changes, level, old, new);
  if (changes->len > 0)
    {
      joined = join_changes (changes);
      g_string_append_printf (out, _("Party \"%s\": %s\n"), name, joined);
    }
  diff_requirements (out, old, new, name);
}

static void
diff_parties (GString    *out,
              xmlNodePtr  old_list,
              xmlNodePtr  new_list)
{
  MergeChildren old_parties, new_parties;
  MergeChildren *sides[] = { &new_parties, &old_parties };
  gboolean reordered = FALSE;

  _quadrant_merge_children_init (&old_parties, old_list);
  _quadrant_merge_children_init (&new_parties, new_list);

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    for (guint i = 0; i < sides[s]->children->len; i++)
      {
        MergeChild *child = g_ptr_array_index (sides[s]->children, i);
        MergeChild *in_old = _quadrant_merge_children_lookup (&old_parties, child->key);
        MergeChild *in_new = _quadrant_merge_children_lookup (&new_parties, child->key);

        if ((s == 1 && in_new != NULL) || _quadrant_merge_child_kind (child->node) != CHILD_IDENTIFIED)
          continue;
        diff_party (out, in_old != NULL ? in_old->node : NULL, in_new != NULL ? in_new->node : NULL);
      }

  /* the parties both have, in another order */
  for (guint i = 0, j = 0; i < new_parties.children->len && !reordered; i++)
    {
      MergeChild *child = g_ptr_array_index (new_parties.children, i);

      if (_quadrant_merge_children_lookup (&old_parties, child->key) == NULL)
        continue;
      for (; j < old_parties.children->len; j++)
        if (_quadrant_merge_children_lookup (&new_parties,
                                             ((MergeChild *) g_ptr_array_index (old_parties.children, j))->key))
          break;
      reordered = j >= old_parties.children->len
                  || !g_str_equal (((MergeChild *) g_ptr_array_index (old_parties.children, j))->key, child->key);
      j++;
    }
  if (reordered)
    g_string_append (out, _("Parties reordered\n"));

  _quadrant_merge_children_clear (&old_parties);
  _quadrant_merge_children_clear (&new_parties);
}

/* Whether revisions has one of that version and date that other does not
 * have as it is: the same revision, changed. */
static gboolean
has_changed_revision (MergeChildren *revisions,
                      MergeChildren *other,
                      const char    *version,
                      const char    *date)
{
  for (guint i = 0; i < revisions->children->len; i++)
    {
      MergeChild *child = g_ptr_array_index (revisions->children, i);
      g_autofree char *v = _quadrant_merge_attribute (child->node, NULL, BAD_CAST "version");
      g_autofree char *d = _quadrant_merge_attribute (child->node, NULL, BAD_CAST "date");

      if (g_strcmp0 (v, version) == 0 && g_strcmp0 (d, date) == 0
          && _quadrant_merge_children_lookup (other, child->key) == NULL)
        return TRUE;
    }
  return FALSE;
}

static void
diff_revisions (GString    *out,
                xmlNodePtr  old_list,
                xmlNodePtr  new_list)
{
  MergeChildren old_revisions, new_revisions;
  MergeChildren *sides[] = { &new_revisions, &old_revisions };

  _quadrant_merge_children_init (&old_revisions, old_list);
  _quadrant_merge_children_init (&new_revisions, new_list);

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    for (guint i = 0; i < sides[s]->children->len; i++)
      {
        MergeChild *child = g_ptr_array_index (sides[s]->children, i);
        MergeChildren *other = s == 0 ? &old_revisions : &new_revisions;
        g_autofree char *version = NULL, *date = NULL;
        gboolean changed;

        if (_quadrant_merge_children_lookup (other, child->key) != NULL)
          continue;
        version = _quadrant_merge_attribute (child->node, NULL, BAD_CAST "version");
        date = _quadrant_merge_attribute (child->node, NULL, BAD_CAST "date");
        /* revisions are matched by content: one edited is said once */
        changed = has_changed_revision (other, sides[s], version, date);
        if (changed && s == 1)
          continue;
        g_string_append_printf (out, changed ? _("Revision %s of %s changed\n")
                                     : s == 0 ? _("Revision %s of %s recorded\n")
                                     : _("Revision %s of %s removed\n"),
                                version != NULL ? version : "", date != NULL ? date : "");
      }

  _quadrant_merge_children_clear (&old_revisions);
  _quadrant_merge_children_clear (&new_revisions);
}

char *
quadrant_diff_registers (QuadrantRegister *old_reg,
                         QuadrantRegister *new_reg)
{
  xmlDocPtr old_doc, new_doc;
  xmlNodePtr old_root, new_root;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) conflicts = NULL;
  GString *out = g_string_new (NULL);
  Level level = { FALSE, FALSE };

  g_return_val_if_fail (QUADRANT_IS_REGISTER (old_reg), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (new_reg), NULL);

  old_doc = _quadrant_merge_parse_register (old_reg);
  new_doc = _quadrant_merge_parse_register (new_reg);
  old_root = xmlDocGetRootElement (old_doc);
  new_root = xmlDocGetRootElement (new_doc);

  diff_attributes (changes, level, old_root, new_root);
  diff_fields (changes, level, find_child (old_root, "metadata"), find_child (new_root, "metadata"));
  if (changes->len > 0)
    {
      g_autofree char *joined = join_changes (changes);

      g_string_append_printf (out, _("Register: %s\n"), joined);
    }

  diff_revisions (out, find_child (old_root, "revisions"), find_child (new_root, "revisions"));
  diff_parties (out, find_child (old_root, "parties"), find_child (new_root, "parties"));

  conflicts = quadrant_conflicts_list (new_reg);
  if (conflicts->len > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u merge conflict to resolve\n",
                                              "%u merge conflicts to resolve\n", conflicts->len),
                            conflicts->len);

  xmlFreeDoc (old_doc);
  xmlFreeDoc (new_doc);
  return g_string_free (out, FALSE);
}
