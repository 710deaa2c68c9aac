/* quadrant-conflict.c: the conflicts a merge recorded, and resolving them */
#define G_LOG_DOMAIN "quadrant-conflict"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "quadrant-conflict.h"
#include "quadrant-enum-types.h"
#include "quadrant-finding.h"
#include "quadrant-merge-private.h"

typedef enum {
  OWNER_REGISTER,
  OWNER_PARTY,
  OWNER_REQUIREMENT,
} FieldOwner;

/* The field a conflict names, by its name in the file: one of the object's
 * editable fields in the field table, or QUADRANT_N_FIELDS when Quadrant
 * does not know it (a newer version wrote it) or cannot set it. */
static QuadrantField
lookup_field (FieldOwner  owner,
              const char *name)
{
  static const QuadrantFieldObject objects[] = {
    [OWNER_REGISTER] = QUADRANT_FIELD_OBJECT_REGISTER,
    [OWNER_PARTY] = QUADRANT_FIELD_OBJECT_PARTY,
    [OWNER_REQUIREMENT] = QUADRANT_FIELD_OBJECT_REQUIREMENT,
  };
  const QuadrantFieldInfo *info;
  QuadrantField field;

  if (name == NULL)
    return QUADRANT_N_FIELDS;
  field = quadrant_field_find_xml (objects[owner], QUADRANT_FIELD_XML_ATTRIBUTE, name);
  if (field == QUADRANT_N_FIELDS)
    field = quadrant_field_find_xml (objects[owner], QUADRANT_FIELD_XML_ELEMENT, name);
  if (field == QUADRANT_N_FIELDS)
    return QUADRANT_N_FIELDS;
  info = quadrant_field_get_info (field);
  if (!(info->flags & QUADRANT_FIELD_FLAG_EDITABLE) || info->type == QUADRANT_FIELD_TYPE_REFERENCES)
    return QUADRANT_N_FIELDS;
  return field;
}

static FieldOwner
owner_of (const QuadrantConflict *conflict)
{
  if (conflict->requirement_id != NULL)
    return OWNER_REQUIREMENT;
  return conflict->party_id != NULL ? OWNER_PARTY : OWNER_REGISTER;
}

static QuadrantField
find_field (const QuadrantConflict *conflict)
{
  return lookup_field (owner_of (conflict), conflict->field);
}

void
quadrant_conflict_free (QuadrantConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->party_id);
  g_free (conflict->requirement_id);
  g_free (conflict->field);
  g_free (conflict->deleted);
  g_free (conflict->ours);
  g_free (conflict->theirs);
  g_free (conflict);
}

/* ---- Reading and writing ---- */

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static char *
dup_attribute (xmlNodePtr  node,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static gboolean
is_element (xmlNodePtr  node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name)
      && node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST QUADRANT_NAMESPACE);
}

static const char * const conflict_attributes[] = { "party", "requirement", "field", "deleted", NULL };

/* Whether an element holds only what this version knows: no namespace
 * declarations, no attributes but the known ones. */
static gboolean
is_plain (xmlNodePtr          node,
          const char * const *known)
{
  if (node->nsDef != NULL)
    return FALSE;
  for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next)
    if (attribute->ns != NULL || known == NULL || !g_strv_contains (known, (const char *) attribute->name))
      return FALSE;
  return TRUE;
}

/* The conflicts in a <conflicts> element, or NULL when it is not one this
 * version understands (then it stays an unknown element, kept as it is). */
static GPtrArray *
parse_conflicts (const char *xml)
{
  g_autofree char *wrapped = g_strconcat ("<register xmlns=\"" QUADRANT_NAMESPACE "\">", xml,
                                          "</register>", NULL);
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_conflict_free);
  xmlDocPtr doc = xmlReadMemory (wrapped, strlen (wrapped), "conflicts.xml", "UTF-8",
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlNodePtr list = doc != NULL ? xmlDocGetRootElement (doc)->children : NULL;
  gboolean ok = list != NULL && list->next == NULL && is_element (list, "conflicts") && is_plain (list, NULL);

  for (xmlNodePtr node = ok ? list->children : NULL; node != NULL && ok; node = node->next)
    {
      QuadrantConflict *conflict;

      if (node->type == XML_TEXT_NODE && is_blank ((const char *) node->content))
        continue;
      if (!is_element (node, "conflict"))
        {
          ok = FALSE;
          break;
        }

      if (!is_plain (node, conflict_attributes))
        {
          ok = FALSE;
          break;
        }
      conflict = g_new0 (QuadrantConflict, 1);
      conflict->party_id = dup_attribute (node, "party");
      conflict->requirement_id = dup_attribute (node, "requirement");
      conflict->field = dup_attribute (node, "field");
      conflict->deleted = dup_attribute (node, "deleted");
      g_ptr_array_add (conflicts, conflict);
      ok = (conflict->field != NULL) != (conflict->deleted != NULL)
           && (conflict->deleted == NULL || conflict->party_id != NULL);

      for (xmlNodePtr value = node->children; value != NULL && ok; value = value->next)
        {
          char **slot = is_element (value, "ours") ? &conflict->ours
                        : is_element (value, "theirs") ? &conflict->theirs : NULL;

          if (value->type == XML_TEXT_NODE && is_blank ((const char *) value->content))
            continue;
          ok = slot != NULL && *slot == NULL && is_plain (value, NULL);
          for (xmlNodePtr text = ok ? value->children : NULL; text != NULL; text = text->next)
            ok &= text->type == XML_TEXT_NODE || text->type == XML_CDATA_SECTION_NODE;
          if (ok)
            {
              xmlChar *text = xmlNodeGetContent (value);

              *slot = g_strdup ((const char *) text);
              xmlFree (text);
            }
        }
    }

  g_clear_pointer (&doc, xmlFreeDoc);
  return ok ? g_steal_pointer (&conflicts) : NULL;
}

GPtrArray *
quadrant_conflicts_list (QuadrantRegister *reg)
{
  const char *xml;
  GPtrArray *conflicts = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  xml = quadrant_register_get_conflicts (reg);
  if (xml != NULL && xml[0] != '\0')
    conflicts = parse_conflicts (xml);
  if (conflicts == NULL)
    conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_conflict_free);
  return conflicts;
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, " %s=\"", name);
  _quadrant_merge_append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

char *
quadrant_conflicts_to_xml (GPtrArray *conflicts)
{
  GString *out;

  if (conflicts == NULL || conflicts->len == 0)
    return g_strdup ("");

  /* Written by the writer at the register's first level of indentation. */
  out = g_string_new ("<conflicts>");
  for (guint i = 0; i < conflicts->len; i++)
    {
      const QuadrantConflict *conflict = g_ptr_array_index (conflicts, i);

      g_string_append (out, "\n    <conflict");
      append_attribute (out, "party", conflict->party_id);
      append_attribute (out, "requirement", conflict->requirement_id);
      append_attribute (out, "field", conflict->field);
      append_attribute (out, "deleted", conflict->deleted);
      if (conflict->ours == NULL && conflict->theirs == NULL)
        {
          g_string_append (out, "/>");
          continue;
        }
      g_string_append_c (out, '>');
      if (conflict->ours != NULL)
        {
          g_string_append (out, "\n      <ours>");
          _quadrant_merge_append_escaped (out, conflict->ours, FALSE);
          g_string_append (out, "</ours>");
        }
      if (conflict->theirs != NULL)
        {
          g_string_append (out, "\n      <theirs>");
          _quadrant_merge_append_escaped (out, conflict->theirs, FALSE);
          g_string_append (out, "</theirs>");
        }
      g_string_append (out, "\n    </conflict>");
    }
  g_string_append (out, "\n  </conflicts>");
  return g_string_free (out, FALSE);
}

void
_quadrant_conflicts_take_from_extras (QuadrantRegister *reg)
{
  QuadrantExtras *extras = quadrant_register_get_extras (reg);

  for (guint i = 0; extras != NULL && i < extras->elements->len; i++)
    {
      const char *xml = g_ptr_array_index (extras->elements, i);
      g_autoptr(GPtrArray) conflicts = NULL;
      g_autofree char *canonical = NULL;

      while (g_ascii_isspace (*xml))
        xml++;
      if (!g_str_has_prefix (xml, "<conflicts")
          || (xml[10] != '>' && xml[10] != '/' && !g_ascii_isspace (xml[10])))
        continue;

      conflicts = parse_conflicts (xml);
      if (conflicts == NULL)
        continue;

      canonical = quadrant_conflicts_to_xml (conflicts);
      g_object_set (reg, "conflicts", canonical, NULL);
      g_ptr_array_remove_index (extras->elements, i);
      return;
    }
}

/* ---- For people ---- */

QuadrantField
_quadrant_merge_find_field (gboolean    party,
                            gboolean    requirement,
                            const char *name)
{
  return lookup_field (requirement ? OWNER_REQUIREMENT : party ? OWNER_PARTY : OWNER_REGISTER, name);
}

const char *
quadrant_conflict_field_label (const QuadrantConflict *conflict)
{
  QuadrantField field = find_field (conflict);

  if (field != QUADRANT_N_FIELDS)
    return quadrant_field_get_label (field);
  return conflict->field != NULL ? conflict->field : "";
}

static char *
shown_value (const char *value)
{
  if (value == NULL || value[0] == '\0')
    return g_strdup (_("(empty)"));
  return quadrant_finding_shorten_text (value, "");
}

char *
quadrant_conflict_describe (const QuadrantConflict *conflict,
                            QuadrantRegister       *reg)
{
  QuadrantParty *party = conflict->party_id != NULL ? quadrant_register_find_party (reg, conflict->party_id) : NULL;
  QuadrantRequirement *requirement = conflict->requirement_id != NULL
                                     ? quadrant_register_find_requirement (reg, conflict->requirement_id) : NULL;
  const char *label = quadrant_conflict_field_label (conflict);
  gboolean ours_deleted = g_strcmp0 (conflict->deleted, "ours") == 0;
  g_autofree char *ours = shown_value (conflict->ours);
  g_autofree char *theirs = shown_value (conflict->theirs);
  g_autofree char *name = NULL;
  g_autofree char *statement = NULL;

  /* Each case is a sentence of its own, for translators. */
  if (conflict->party_id == NULL)
    return g_strdup_printf (_("Register: “%s” changed on both sides: ours “%s”, theirs “%s”"),
                            label, ours, theirs);

  name = quadrant_finding_shorten_text (party != NULL ? quadrant_party_get_name (party) : conflict->party_id, "");
  if (conflict->requirement_id == NULL)
    {
      if (conflict->deleted != NULL)
        return g_strdup_printf (ours_deleted ? _("Party “%s”: deleted on our side, changed on theirs")
                                             : _("Party “%s”: changed on our side, deleted on theirs"),
                                name);
      return g_strdup_printf (_("Party “%s”: “%s” changed on both sides: ours “%s”, theirs “%s”"),
                              name, label, ours, theirs);
    }

  statement = quadrant_finding_shorten_text (requirement != NULL ? quadrant_requirement_get_statement (requirement)
                                                                 : conflict->requirement_id, "");
  if (conflict->deleted != NULL)
    return g_strdup_printf (ours_deleted ? _("Requirement “%s” of “%s”: deleted on our side, changed on theirs")
                                         : _("Requirement “%s” of “%s”: changed on our side, deleted on theirs"),
                            statement, name);
  return g_strdup_printf (_("Requirement “%s” of “%s”: “%s” changed on both sides: ours “%s”, theirs “%s”"),
                          statement, name, label, ours, theirs);
}

/* ---- Resolving ---- */

static gpointer
find_object (const QuadrantConflict *conflict,
             QuadrantRegister       *reg)
{
  switch (owner_of (conflict))
    {
    case OWNER_REQUIREMENT:
      return quadrant_register_find_requirement (reg, conflict->requirement_id);
    case OWNER_PARTY:
      return quadrant_register_find_party (reg, conflict->party_id);
    case OWNER_REGISTER:
    default:
      return reg;
    }
}

static gboolean
deletes (const QuadrantConflict *conflict,
         QuadrantConflictChoice  choice)
{
  gboolean ours_deleted = g_strcmp0 (conflict->deleted, "ours") == 0;

  return (choice == QUADRANT_CONFLICT_KEEP_OURS) == ours_deleted;
}

gboolean
quadrant_conflict_can_resolve (const QuadrantConflict *conflict,
                               QuadrantRegister       *reg,
                               QuadrantConflictChoice  choice)
{
  g_return_val_if_fail (conflict != NULL, FALSE);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);

  if (choice == QUADRANT_CONFLICT_KEEP_OURS && conflict->deleted == NULL)
    return TRUE;
  if (conflict->deleted != NULL)
    return TRUE;
  return find_field (conflict) != QUADRANT_N_FIELDS && find_object (conflict, reg) != NULL;
}

static gboolean
apply_theirs (const QuadrantConflict  *conflict,
              QuadrantRegister        *reg,
              GError                 **error)
{
  QuadrantField field = find_field (conflict);
  const QuadrantFieldInfo *info;
  gpointer object = find_object (conflict, reg);
  int value = 0;

  if (field == QUADRANT_N_FIELDS || object == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Their value of the field “%s” cannot be taken here"), conflict->field);
      return FALSE;
    }

  info = quadrant_field_get_info (field);
  switch (info->type)
    {
    case QUADRANT_FIELD_TYPE_PERCENT:
      value = conflict->theirs != NULL ? atoi (conflict->theirs) : QUADRANT_NOT_ASSESSED;
      quadrant_register_set_number (reg, object, field, value);
      return TRUE;

    case QUADRANT_FIELD_TYPE_CHOICE:
      /* An optional choice that they left out is at its default. */
      if (conflict->theirs == NULL && (info->flags & QUADRANT_FIELD_FLAG_OPTIONAL))
        value = 0;
      else if (conflict->theirs == NULL || !quadrant_enum_from_nick (info->enum_type (), conflict->theirs, &value))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a value of the field “%s”"), conflict->theirs != NULL ? conflict->theirs : "",
                       quadrant_field_get_label (field));
          return FALSE;
        }
      quadrant_register_set_choice (reg, object, field, value);
      return TRUE;

    default:
      quadrant_register_set_text (reg, object, field, conflict->theirs != NULL ? conflict->theirs : "");
      return TRUE;
    }
}

static void
delete_object (const QuadrantConflict *conflict,
               QuadrantRegister       *reg)
{
  if (conflict->requirement_id != NULL)
    {
      QuadrantRequirement *requirement = quadrant_register_find_requirement (reg, conflict->requirement_id);

      if (requirement != NULL)
        quadrant_register_remove_requirement (reg, requirement);
    }
  else
    {
      QuadrantParty *party = quadrant_register_find_party (reg, conflict->party_id);

      if (party != NULL)
        quadrant_register_remove_party (reg, party);
    }
}

gboolean
quadrant_conflict_resolve (QuadrantRegister       *reg,
                           guint                   index,
                           QuadrantConflictChoice  choice,
                           GError                **error)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *xml = NULL;
  QuadrantConflict *conflict;
  gboolean ok = TRUE;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  conflicts = quadrant_conflicts_list (reg);
  g_return_val_if_fail (index < conflicts->len, FALSE);
  conflict = g_ptr_array_index (conflicts, index);

  quadrant_register_begin_group (reg, _("Resolve Conflict"));
  if (conflict->deleted != NULL)
    {
      if (deletes (conflict, choice))
        delete_object (conflict, reg);
    }
  else if (choice == QUADRANT_CONFLICT_TAKE_THEIRS)
    ok = apply_theirs (conflict, reg, error);

  if (ok)
    {
      g_ptr_array_remove_index (conflicts, index);
      xml = quadrant_conflicts_to_xml (conflicts);
      quadrant_register_set_conflicts (reg, xml);
    }
  quadrant_register_end_group (reg);
  return ok;
}
