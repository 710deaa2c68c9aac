/* quadrant-catalogue.c: the catalogue of typical interested parties
 *
 * The catalogue is parsed with libxml2's tree parser with the options that
 * keep it inert: no network, no DTD loading, no entity substitution; a
 * DOCTYPE is refused outright, as the register reader does, so a crafted
 * catalogue cannot define entities at all. The file is small (a few dozen
 * entries), so a tree walk is simpler than the register's streaming reader.
 */
#define G_LOG_DOMAIN "quadrant-catalogue"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "quadrant-catalogue.h"
#include "quadrant-data-file.h"
#include "quadrant-enum-types.h"
#include "quadrant-language.h"

struct _QuadrantCatalogue {
  GObject parent_instance;

  GPtrArray *entries; /* QuadrantCatalogueEntry* */
};

G_DEFINE_FINAL_TYPE (QuadrantCatalogue, quadrant_catalogue, G_TYPE_OBJECT)

G_DEFINE_QUARK (quadrant-catalogue-error-quark, quadrant_catalogue_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

static void
requirement_free (gpointer data)
{
  QuadrantCatalogueRequirement *req = data;

  g_free (req->statement);
  g_free (req);
}

static void
entry_free (gpointer data)
{
  QuadrantCatalogueEntry *entry = data;

  g_free (entry->id);
  g_free (entry->name);
  g_free (entry->description);
  g_clear_pointer (&entry->requirements, g_ptr_array_unref);
  g_free (entry);
}

/* ---- Parsing ---- */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, QUADRANT_CATALOGUE_NAMESPACE) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

static gboolean
invalid (GError     **error,
         const char  *display_name,
         xmlNode     *node,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
invalid (GError     **error,
         const char  *display_name,
         xmlNode     *node,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, QUADRANT_CATALOGUE_ERROR, QUADRANT_CATALOGUE_ERROR_INVALID,
               "%s:%ld: %s", display_name, node != NULL ? xmlGetLineNo (node) : 0L, message);
  return FALSE;
}

/* The element's text with surrounding white space removed; NULL for an
 * element that has anything but text inside (an entity reference, say). */
static char *
dup_text (xmlNode *node)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) child->content);
      else if (child->type != XML_COMMENT_NODE)
        {
          g_string_free (text, TRUE);
          return NULL;
        }
    }

  return g_strstrip (g_string_free (text, FALSE));
}

/* The catalogue's texts in the user's language. xgettext extracts them
 * through data/its/quadrant-catalogue.its with white space collapsed, so the
 * msgid is the text with each run of white space made one space. */
static char *
translate_text (char *text)
{
  g_autoptr(GString) msgid = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && msgid->len > 0)
        g_string_append_c (msgid, ' ');
      space = FALSE;
      g_string_append_c (msgid, *p);
    }

  g_free (text);
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, msgid->str));
}

static gboolean
read_enum (xmlNode     *node,
           const char  *attribute,
           GType        type,
           int         *value,
           const char  *display_name,
           GError     **error)
{
  g_autofree xmlChar *text = xmlGetNoNsProp (node, BAD_CAST attribute);

  if (text == NULL)
    return invalid (error, display_name, node, _("“%s” is missing"), attribute);
  if (!quadrant_enum_from_nick (type, (const char *) text, value))
    return invalid (error, display_name, node, _("“%s” is not a valid %s"), (const char *) text, attribute);

  return TRUE;
}

static gboolean
read_level (xmlNode     *node,
            const char  *attribute,
            int         *value,
            const char  *display_name,
            GError     **error)
{
  g_autofree xmlChar *text = xmlGetNoNsProp (node, BAD_CAST attribute);
  gint64 n;

  *value = QUADRANT_NOT_ASSESSED;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed ((const char *) text, 10, 0, 100, &n, NULL))
    return invalid (error, display_name, node, _("%s must be a whole number from 0 to 100"), attribute);
  *value = (int) n;

  return TRUE;
}

static QuadrantCatalogueEntry *
read_entry (xmlNode     *node,
            const char  *display_name,
            GError     **error)
{
  QuadrantCatalogueEntry *entry = g_new0 (QuadrantCatalogueEntry, 1);
  g_autofree xmlChar *id = xmlGetNoNsProp (node, BAD_CAST "id");
  int category = 0, kind = 0;

  entry->requirements = g_ptr_array_new_with_free_func (requirement_free);

  if (id == NULL || id[0] == '\0')
    {
      invalid (error, display_name, node, _("An entry has no id"));
      goto fail;
    }
  entry->id = g_strdup ((const char *) id);

  if (!read_enum (node, "category", QUADRANT_TYPE_CATEGORY, &category, display_name, error) ||
      !read_enum (node, "kind", QUADRANT_TYPE_KIND, &kind, display_name, error) ||
      !read_level (node, "power", &entry->power, display_name, error) ||
      !read_level (node, "interest", &entry->interest, display_name, error))
    goto fail;
  entry->category = category;
  entry->kind = kind;

  if ((entry->power == QUADRANT_NOT_ASSESSED) != (entry->interest == QUADRANT_NOT_ASSESSED))
    {
      invalid (error, display_name, node, _("Entry “%s” needs both power and interest, or neither"), entry->id);
      goto fail;
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (child->type == XML_TEXT_NODE || child->type == XML_COMMENT_NODE)
        continue;

      text = dup_text (child);
      if (text == NULL || text[0] == '\0')
        {
          invalid (error, display_name, child, _("<%s> must contain text"), (const char *) child->name);
          goto fail;
        }
      text = translate_text (g_steal_pointer (&text));

      if (is_element (child, "name") && entry->name == NULL)
        entry->name = g_steal_pointer (&text);
      else if (is_element (child, "description") && entry->description == NULL)
        entry->description = g_steal_pointer (&text);
      else if (is_element (child, "requirement"))
        {
          QuadrantCatalogueRequirement *req = g_new0 (QuadrantCatalogueRequirement, 1);
          int type = 0;

          req->statement = g_steal_pointer (&text);
          g_ptr_array_add (entry->requirements, req);
          if (!read_enum (child, "type", QUADRANT_TYPE_REQUIREMENT_TYPE, &type, display_name, error))
            goto fail;
          req->type = type;
        }
      else
        {
          invalid (error, display_name, child, _("Unexpected <%s> in entry “%s”"),
                   (const char *) child->name, entry->id);
          goto fail;
        }
    }

  if (entry->name == NULL)
    {
      invalid (error, display_name, node, _("Entry “%s” has no name"), entry->id);
      goto fail;
    }

  return entry;

fail:
  entry_free (entry);
  return NULL;
}

static gboolean
read_catalogue (QuadrantCatalogue  *self,
                xmlDoc             *doc,
                const char         *display_name,
                GError            **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (root == NULL || !is_element (root, "catalogue"))
    return invalid (error, display_name, root, _("Not a Quadrant catalogue (root element <catalogue> in %s)"),
                    QUADRANT_CATALOGUE_NAMESPACE);

  {
    g_autofree xmlChar *format = xmlGetNoNsProp (root, BAD_CAST "format");

    if (format == NULL || !g_str_has_prefix ((const char *) format, "1."))
      return invalid (error, display_name, root, _("Unsupported catalogue format “%s”"),
                      format != NULL ? (const char *) format : "");
  }

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      QuadrantCatalogueEntry *entry;

      if (child->type == XML_TEXT_NODE || child->type == XML_COMMENT_NODE)
        continue;
      if (!is_element (child, "entry"))
        return invalid (error, display_name, child, _("Unexpected <%s> in the catalogue"),
                        (const char *) child->name);

      entry = read_entry (child, display_name, error);
      if (entry == NULL)
        return FALSE;
      if (g_hash_table_contains (ids, entry->id))
        {
          invalid (error, display_name, child, _("The id “%s” is used twice"), entry->id);
          entry_free (entry);
          return FALSE;
        }
      g_hash_table_add (ids, entry->id);
      g_ptr_array_add (self->entries, entry);
    }

  return TRUE;
}

/* ---- GObject ---- */

static void
quadrant_catalogue_finalize (GObject *object)
{
  QuadrantCatalogue *self = QUADRANT_CATALOGUE (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (quadrant_catalogue_parent_class)->finalize (object);
}

static void
quadrant_catalogue_class_init (QuadrantCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = quadrant_catalogue_finalize;
}

static void
quadrant_catalogue_init (QuadrantCatalogue *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
}

/* ---- Public API ---- */

QuadrantCatalogue *
quadrant_catalogue_new_from_data (const char  *data,
                                  gsize        length,
                                  const char  *display_name,
                                  GError     **error)
{
  g_autoptr(QuadrantCatalogue) self = NULL;
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = QUADRANT_CATALOGUE_FILE;

  if (length > QUADRANT_CATALOGUE_MAX_SIZE)
    {
      g_set_error (error, QUADRANT_CATALOGUE_ERROR, QUADRANT_CATALOGUE_ERROR_MALFORMED,
                   _("%s: the catalogue is larger than %d MB"), display_name,
                   QUADRANT_CATALOGUE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory");

  /* No XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_DTDATTR: nothing is
   * fetched or expanded; XML_PARSE_NONET in case something would be. */
  doc = xmlCtxtReadMemory (ctxt, data != NULL ? data : "", (int) length, NULL, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      xmlError *xml_error = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strdup (xml_error != NULL && xml_error->message != NULL
                                           ? xml_error->message : _("not well-formed XML"));

      g_set_error (error, QUADRANT_CATALOGUE_ERROR, QUADRANT_CATALOGUE_ERROR_MALFORMED,
                   "%s:%d: %s", display_name, xml_error != NULL ? xml_error->line : 0,
                   g_strstrip (message));
      return NULL;
    }

  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, QUADRANT_CATALOGUE_ERROR, QUADRANT_CATALOGUE_ERROR_MALFORMED,
                   _("%s: a catalogue may not have a DOCTYPE"), display_name);
      return NULL;
    }

  self = g_object_new (QUADRANT_TYPE_CATALOGUE, NULL);
  if (!read_catalogue (self, doc, display_name, error))
    return NULL;

  return g_steal_pointer (&self);
}

QuadrantCatalogue *
quadrant_catalogue_load_default (GError **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;

  contents = quadrant_data_file_load (QUADRANT_CATALOGUE_FILE, &local_error);
  if (contents == NULL)
    {
      g_set_error (error, QUADRANT_CATALOGUE_ERROR, QUADRANT_CATALOGUE_ERROR_NOT_FOUND,
                   _("The catalogue of typical parties (%s) cannot be read: %s"),
                   QUADRANT_CATALOGUE_FILE, local_error->message);
      return NULL;
    }

  data = g_bytes_get_data (contents, &length);
  return quadrant_catalogue_new_from_data (data, length, QUADRANT_CATALOGUE_FILE, error);
}

guint
quadrant_catalogue_get_n_entries (QuadrantCatalogue *self)
{
  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (self), 0);

  return self->entries->len;
}

const QuadrantCatalogueEntry *
quadrant_catalogue_get_entry (QuadrantCatalogue *self,
                              guint              index)
{
  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, index);
}

const QuadrantCatalogueEntry *
quadrant_catalogue_find_entry (QuadrantCatalogue *self,
                               const char        *id)
{
  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      QuadrantCatalogueEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->id, id))
        return entry;
    }

  return NULL;
}

gboolean
quadrant_catalogue_entry_matches (const QuadrantCatalogueEntry *entry,
                                  const char                   *search)
{
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (entry != NULL, FALSE);

  if (search == NULL || search[0] == '\0')
    return TRUE;

  haystack = g_strjoin (" ", entry->name,
                        entry->description != NULL ? entry->description : "",
                        quadrant_enum_to_label (QUADRANT_TYPE_KIND, entry->kind),
                        quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, entry->category),
                        NULL);
  folded = g_utf8_casefold (haystack, -1);
  {
    g_autofree char *needle = g_utf8_casefold (search, -1);

    words = g_strsplit_set (needle, " \t", -1);
  }

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strstr (folded, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

QuadrantParty *
quadrant_catalogue_entry_create_party (const QuadrantCatalogueEntry *entry)
{
  QuadrantParty *party;

  g_return_val_if_fail (entry != NULL, NULL);

  party = quadrant_party_new (NULL);
  quadrant_party_set_name (party, entry->name);
  quadrant_party_set_description (party, entry->description);
  quadrant_party_set_category (party, entry->category);
  quadrant_party_set_kind (party, entry->kind);
  quadrant_party_set_power (party, entry->power);
  quadrant_party_set_interest (party, entry->interest);

  for (guint i = 0; i < entry->requirements->len; i++)
    {
      QuadrantCatalogueRequirement *template = g_ptr_array_index (entry->requirements, i);
      g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (NULL);

      quadrant_requirement_set_statement (req, template->statement);
      quadrant_requirement_set_requirement_type (req, template->type);
      quadrant_requirement_set_decision (req, QUADRANT_DECISION_UNDECIDED);
      quadrant_party_append_requirement (party, req);
    }

  return party;
}

guint
quadrant_catalogue_add_to_register (QuadrantCatalogue  *self,
                                    QuadrantRegister   *reg,
                                    const char * const *ids)
{
  guint added = 0;

  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (self), 0);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), 0);

  if (ids == NULL || ids[0] == NULL)
    return 0;

  quadrant_register_begin_group (reg, _("Add from Catalogue"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const QuadrantCatalogueEntry *entry = quadrant_catalogue_find_entry (self, ids[i]);
      g_autoptr(QuadrantParty) party = NULL;

      if (entry == NULL)
        continue;

      party = quadrant_catalogue_entry_create_party (entry);
      quadrant_register_add_party (reg, party);
      added++;
    }
  quadrant_register_end_group (reg);

  return added;
}

QuadrantRegister *
quadrant_catalogue_new_register (QuadrantCatalogue  *self,
                                 const char         *organisation,
                                 const char         *scope,
                                 const char * const *ids)
{
  QuadrantRegister *reg;

  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (self), NULL);

  reg = quadrant_register_new ();
  quadrant_register_set_language (reg, quadrant_language_current ());
  if (organisation != NULL && organisation[0] != '\0')
    quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, organisation);
  if (scope != NULL && scope[0] != '\0')
    quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_SCOPE, scope);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const QuadrantCatalogueEntry *entry = quadrant_catalogue_find_entry (self, ids[i]);
      g_autoptr(QuadrantParty) party = NULL;

      if (entry == NULL)
        continue;
      party = quadrant_catalogue_entry_create_party (entry);
      quadrant_register_append_party_unrecorded (reg, party);
    }

  return reg;
}

void
quadrant_catalogue_apply_template (QuadrantCatalogue  *self,
                                   QuadrantRegister   *reg,
                                   const char         *organisation,
                                   const char         *scope,
                                   const char * const *ids)
{
  g_return_if_fail (QUADRANT_IS_CATALOGUE (self));
  g_return_if_fail (QUADRANT_IS_REGISTER (reg));

  quadrant_register_begin_group (reg, _("New from Template"));
  if (organisation != NULL && organisation[0] != '\0')
    quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_ORGANISATION, organisation);
  if (scope != NULL && scope[0] != '\0')
    quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_SCOPE, scope);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const QuadrantCatalogueEntry *entry = quadrant_catalogue_find_entry (self, ids[i]);
      g_autoptr(QuadrantParty) party = NULL;

      if (entry == NULL)
        continue;
      party = quadrant_catalogue_entry_create_party (entry);
      quadrant_register_add_party (reg, party);
    }
  quadrant_register_end_group (reg);
}
