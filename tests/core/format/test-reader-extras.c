/* test-reader-extras.c: what the reader does not know survives load and save, in every element
 *
 * One canonical register holds every element of the schema once, with slots
 * where unknown attributes and elements may go. For each element (a table row)
 * the slots of that element are filled, the file is loaded and saved, and the
 * saved file must be byte for byte the same and valid against the schema. The
 * table is checked against data/quadrant-register.rng, so that an element
 * added to the format without a row here fails the test.
 */
#define G_LOG_DOMAIN "test-reader-extras"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "quadrant-extras.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "quadrant-writer.h"

#define NS "urn:quadrant:register"
#define PARTY_ID "4f6c0c2e-0000-4000-8000-000000000001"
#define REQUIREMENT_ID "9b1e0000-0000-4000-8000-000000000002"

/* Slots: @A:key@ unknown attributes, @T:key@ unknown elements right after a
 * text, @C:key:N@ an unknown child on a line of its own indented by N spaces,
 * @P:key@ the end of an empty element ("/>" or a child and an end tag). */
static const char template[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"" NS "\" format=\"1.1\" xmlns:x=\"urn:example:x\"@A:register@>\n"
  "  <metadata@A:metadata@>\n"
  "    <organisation@A:organisation@>Acme &amp; Co@T:organisation@</organisation>\n"
  "    <scope@A:scope@>ISMS@T:scope@</scope>\n"
  "    <owner@A:metadata/owner@>CISO@T:metadata/owner@</owner>\n"
  "    <classification@A:classification@>Internal@T:classification@</classification>\n"
  "    <version@A:version@>2.1@T:version@</version>\n"
  "    <approved-by@A:approved-by@>Board@T:approved-by@</approved-by>\n"
  "    <approval-date@A:approval-date@>2026-03-01@T:approval-date@</approval-date>\n"
  "    <approved-version@A:approved-version@>2.1@T:approved-version@</approved-version>\n"
  "    <next-review@A:next-review@>2027-03-01@T:next-review@</next-review>@C:metadata:4@\n"
  "  </metadata>\n"
  "  <revisions@A:revisions@>\n"
  "    <revision version=\"1.0\" date=\"2025-03-01\" author=\"Jane\"@A:revision@>\n"
  "      <summary@A:summary@>First@T:summary@</summary>\n"
  "      <position party=\"" PARTY_ID "\" power=\"80\" interest=\"60\" support=\"neutral\"@A:position@@P:position@"
  "@C:revision:6@\n"
  "    </revision>@C:revisions:4@\n"
  "  </revisions>\n"
  "  <parties@A:parties@>\n"
  "    <party id=\"" PARTY_ID "\" category=\"external\" kind=\"regulators\" power=\"80\" interest=\"60\" "
  "support=\"neutral\" desired-support=\"supportive\"@A:party@>\n"
  "      <name@A:name@>Authority@T:name@</name>\n"
  "      <description@A:description@>Supervises@T:description@</description>\n"
  "      <owner@A:party/owner@>DPO@T:party/owner@</owner>\n"
  "      <contact@A:contact@>Desk@T:contact@</contact>\n"
  "      <relevance-rationale@A:relevance-rationale@>Supervises us@T:relevance-rationale@</relevance-rationale>\n"
  "      <engagement@A:engagement@>\n"
  "        <communication@A:communication@>Notices@T:communication@</communication>\n"
  "        <channel@A:channel@>Portal@T:channel@</channel>\n"
  "        <frequency@A:frequency@>Yearly@T:frequency@</frequency>\n"
  "        <responsible@A:responsible@>DPO@T:responsible@</responsible>@C:engagement:8@\n"
  "      </engagement>\n"
  "      <notes@A:party/notes@>Note@T:party/notes@</notes>\n"
  "      <requirements@A:requirements@>\n"
  "        <requirement id=\"" REQUIREMENT_ID "\" type=\"legal\" priority=\"high\" decision=\"addressed\""
  "@A:requirement@>\n"
  "          <statement@A:statement@>Notify in 72 hours@T:statement@</statement>\n"
  "          <source@A:source@>GDPR@T:source@</source>\n"
  "          <rationale@A:rationale@>Covered@T:rationale@</rationale>\n"
  "          <reference kind=\"control\"@A:reference@>A.5.24@T:reference@</reference>\n"
  "          <owner@A:requirement/owner@>DPO@T:requirement/owner@</owner>\n"
  "          <notes@A:requirement/notes@>Note@T:requirement/notes@</notes>@C:requirement:10@\n"
  "        </requirement>@C:requirements:8@\n"
  "      </requirements>@C:party:6@\n"
  "    </party>@C:parties:4@\n"
  "  </parties>\n"
  "  <conflicts@A:conflicts@>\n"
  "    <conflict party=\"" PARTY_ID "\" requirement=\"" REQUIREMENT_ID "\" field=\"decision\"@A:conflict@>\n"
  "      <ours@A:ours@>addressed@T:ours@</ours>\n"
  "      <theirs@A:theirs@>not-addressed@T:theirs@</theirs>@C:conflict:6@\n"
  "    </conflict>@C:conflicts:4@\n"
  "  </conflicts>@C:register:2@\n"
  "</register>\n";

/* Every element of the format, by its place where its name is not enough. */
static const char * const rows[] = {
  "register",
  "metadata", "organisation", "scope", "metadata/owner", "classification", "version", "approved-by",
  "approval-date", "approved-version", "next-review",
  "revisions", "revision", "summary", "position",
  "parties", "party", "name", "description", "party/owner", "contact",
  "relevance-rationale",
  "engagement", "communication", "channel", "frequency", "responsible", "party/notes",
  "requirements", "requirement", "statement", "source", "rationale", "reference",
  "requirement/owner", "requirement/notes",
  "conflicts", "conflict", "ours", "theirs",
};

/* What a newer version or another tool might add. */
typedef struct {
  const char *attributes;
  const char *element;
} Unknown;

static const Unknown prefixed_at_root = {
  " foo=\"1\" x:foo=\"2\"",
  "<x:extra a=\"1\">kept <x:inner b=\"&lt;2&gt;\"/><!-- note --></x:extra>",
};

/* the namespace declared on the element itself */
static const Unknown declared_here = {
  " xmlns:y=\"urn:example:y\" y:foo=\"3\" foo=\"1\"",
  "<y:extra><y:deeper>kept</y:deeper></y:extra>",
};

static const char *
row_element (const char *row)
{
  const char *slash = strrchr (row, '/');

  return slash != NULL ? slash + 1 : row;
}

/* The template with the slots of key filled from unknown (key NULL: all of
 * them) and the others empty. Says which kinds of slot were filled. */
static char *
expand (const char    *key,
        const Unknown *unknown,
        gboolean      *filled_attributes,
        gboolean      *filled_elements)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = template;

  if (filled_attributes != NULL)
    *filled_attributes = FALSE;
  if (filled_elements != NULL)
    *filled_elements = FALSE;

  for (;;)
    {
      const char *at = strchr (p, '@'), *end;
      g_autofree char *marker = NULL;
      g_auto(GStrv) parts = NULL;
      gboolean fill;

      if (at == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, at - p);
      end = strchr (at + 1, '@');
      g_assert_nonnull (end);
      marker = g_strndup (at + 1, end - at - 1);
      parts = g_strsplit (marker, ":", 3);
      g_assert_nonnull (parts[1]);
      fill = unknown != NULL && (key == NULL || g_str_equal (parts[1], key));

      if (g_str_equal (parts[0], "A"))
        {
          if (fill)
            g_string_append (out, unknown->attributes);
          if (fill && filled_attributes != NULL)
            *filled_attributes = TRUE;
        }
      else
        {
          if (g_str_equal (parts[0], "T"))
            {
              if (fill)
                g_string_append (out, unknown->element);
            }
          else if (g_str_equal (parts[0], "C"))
            {
              if (fill)
                g_string_append_printf (out, "\n%*s%s", atoi (parts[2]), "", unknown->element);
            }
          else if (g_str_equal (parts[0], "P"))
            {
              if (fill)
                g_string_append_printf (out, ">\n        %s\n      </position>", unknown->element);
              else
                g_string_append (out, "/>");
            }
          else
            g_assert_not_reached ();
          if (fill && filled_elements != NULL)
            *filled_elements = TRUE;
        }
      p = end + 1;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static QuadrantRegister *
load (const char *xml)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_data (xml, strlen (xml), "extras.quadrant.xml", &error);

  g_assert_no_error (error);
  g_assert_nonnull (reg);
  return reg;
}

static char *
save (QuadrantRegister *reg)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static void
assert_valid (const char *xml)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));

  quadrant_test_assert_valid (bytes);
}

/* Load, save: the same bytes, valid. */
static void
assert_round_trip (const char *xml)
{
  g_autoptr(QuadrantRegister) reg = load (xml);
  g_autofree char *saved = save (reg);

  g_assert_cmpstr (saved, ==, xml);
  assert_valid (saved);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* ---- the table against the schema ---- */

static void
collect_element_names (xmlNodePtr  node,
                       GHashTable *names)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (node->name, BAD_CAST "element"))
        {
          xmlChar *name = xmlGetProp (node, BAD_CAST "name");

          /* the foreign elements are <element><anyName/>, without a name */
          if (name != NULL)
            g_hash_table_add (names, g_strdup ((const char *) name));
          xmlFree (name);
        }
      collect_element_names (node->children, names);
    }
}

static void
test_schema_coverage (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QUADRANT_DATADIR"), "quadrant-register.rng", NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  GHashTableIter iter;
  gpointer name;

  g_assert_nonnull (doc);
  collect_element_names (xmlDocGetRootElement (doc), names);
  xmlFreeDoc (doc);
  g_assert_cmpuint (g_hash_table_size (names), >=, 30);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gboolean attributes, elements;
      g_autofree char *xml = expand (rows[i], &prefixed_at_root, &attributes, &elements);

      /* every row has both kinds of slot in the template */
      if (!attributes || !elements)
        g_error ("the template has no %s slot for <%s>", attributes ? "element" : "attribute", rows[i]);
      g_hash_table_add (covered, (gpointer) row_element (rows[i]));
    }

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!g_hash_table_contains (covered, name))
      g_error ("<%s> is in the schema but has no row in this test", (const char *) name);
  g_hash_table_iter_init (&iter, covered);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!g_hash_table_contains (names, name))
      g_error ("<%s> has a row in this test but is not in the schema", (const char *) name);
}

/* ---- round trips ---- */

static void
test_base (void)
{
  g_autofree char *xml = expand (NULL, NULL, NULL, NULL);

  assert_round_trip (xml);
}

static void
test_element (gconstpointer data)
{
  const char *row = data;
  const Unknown *variants[] = { &prefixed_at_root, &declared_here };

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_autofree char *base = expand (NULL, NULL, NULL, NULL);
      g_autofree char *xml = expand (row, variants[v], NULL, NULL);
      g_autoptr(QuadrantRegister) reg = load (xml);
      g_autofree char *saved = save (reg);

      g_assert_cmpstr (saved, !=, base);
      g_assert_cmpstr (saved, ==, xml);
      assert_valid (saved);
      g_assert_false (quadrant_register_is_dirty (reg));
    }
}

static void
test_all_elements (void)
{
  g_autofree char *xml = expand (NULL, &prefixed_at_root, NULL, NULL);
  g_autofree char *local = expand (NULL, &declared_here, NULL, NULL);

  g_assert_cmpuint (count (xml, " x:foo=\"2\""), ==, G_N_ELEMENTS (rows));
  g_assert_cmpuint (count (xml, "<x:extra "), ==, G_N_ELEMENTS (rows));
  assert_round_trip (xml);
  assert_round_trip (local);
}

/* The fuzzer's seed with them everywhere (declared on each element, CDATA
 * inside) is canonical too. */
static void
test_fuzz_seed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "fuzz-corpus", "reader",
                                                 "extras-everywhere.quadrant.xml", NULL);
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &xml, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (xml, " y:foo=\"3\""), ==, G_N_ELEMENTS (rows));
  assert_round_trip (xml);
}

/* Where they are not in canonical order, they are all kept, in canonical order. */
static void
test_not_canonical (void)
{
  static const char input[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<register xmlns:x=\"urn:example:x\" x:first=\"1\" xmlns=\"" NS "\" format=\"1.0\">\n"
    "  <x:before/>\n"
    "  <revisions>\n"
    "    <x:in-list/>\n"
    "    <revision version=\"1.0\" date=\"2025-03-01\">\n"
    "      <position x:a=\"1\" party=\"" PARTY_ID "\" support=\"neutral\"><x:p/></position>\n"
    "    </revision>\n"
    "  </revisions>\n"
    "  <parties>\n"
    "    <party x:a=\"1\" id=\"" PARTY_ID "\" category=\"internal\" kind=\"staff\" support=\"neutral\" "
    "desired-support=\"neutral\">\n"
    "      <engagement>\n"
    "        <x:e/>\n"
    "        <channel>Mail</channel>\n"
    "      </engagement>\n"
    "      <description>Half <x:mid/>and half</description>\n"
    "      <name>Staff</name>\n"
    "      <requirements>\n"
    "        <requirement id=\"" REQUIREMENT_ID "\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n"
    "          <reference x:b=\"2\" kind=\"policy\"><x:r/>Pay</reference>\n"
    "          <statement>Fair pay</statement>\n"
    "        </requirement>\n"
    "      </requirements>\n"
    "    </party>\n"
    "  </parties>\n"
    "</register>\n";
  static const char expected[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\" xmlns:x=\"urn:example:x\" x:first=\"1\">\n"
    "  <revisions>\n"
    "    <revision version=\"1.0\" date=\"2025-03-01\">\n"
    "      <position party=\"" PARTY_ID "\" support=\"neutral\" x:a=\"1\">\n"
    "        <x:p/>\n"
    "      </position>\n"
    "    </revision>\n"
    "    <x:in-list/>\n"
    "  </revisions>\n"
    "  <parties>\n"
    "    <party id=\"" PARTY_ID "\" category=\"internal\" kind=\"staff\" support=\"neutral\" "
    "desired-support=\"neutral\" x:a=\"1\">\n"
    "      <name>Staff</name>\n"
    "      <description>Half and half<x:mid/></description>\n"
    "      <engagement>\n"
    "        <channel>Mail</channel>\n"
    "        <x:e/>\n"
    "      </engagement>\n"
    "      <requirements>\n"
    "        <requirement id=\"" REQUIREMENT_ID "\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n"
    "          <statement>Fair pay</statement>\n"
    "          <reference kind=\"policy\" x:b=\"2\">Pay<x:r/></reference>\n"
    "        </requirement>\n"
    "      </requirements>\n"
    "    </party>\n"
    "  </parties>\n"
    "  <x:before/>\n"
    "</register>\n";
  g_autoptr(QuadrantRegister) reg = load (input);
  g_autofree char *saved = save (reg);

  g_assert_cmpstr (saved, ==, expected);
  assert_valid (saved);
  assert_round_trip (expected);
}

/* The raw cursor finds an unknown element after CDATA and comments that
 * hold '<' in a text. */
static void
test_text_with_markup (void)
{
  static const char input[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\" xmlns:x=\"urn:example:x\">\n"
    "  <parties>\n"
    "    <party id=\"" PARTY_ID "\" category=\"internal\" kind=\"staff\" support=\"neutral\" "
    "desired-support=\"neutral\">\n"
    "      <name>Staff</name>\n"
    "      <notes><![CDATA[a<b]]><!-- <x:not-this/> --><x:n c=\"]]>\"/>&lt;c</notes>\n"
    "    </party>\n"
    "  </parties>\n"
    "</register>\n";
  g_autoptr(QuadrantRegister) reg = load (input);
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  QuadrantExtras *notes = quadrant_extras_get_child (quadrant_party_get_extras (party), "notes");
  g_autofree char *saved = save (reg);

  g_assert_cmpstr (quadrant_party_get_notes (party), ==, "a<b<c");
  g_assert_nonnull (notes);
  g_assert_cmpuint (notes->elements->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notes->elements, 0), ==, "<x:n c=\"]]>\"/>");
  g_assert_nonnull (strstr (saved, "<notes>a&lt;b&lt;c<x:n c=\"]]>\"/></notes>\n"));
  assert_valid (saved);
}

/* Elements that hold nothing known but something unknown are still written. */
static void
test_only_unknown (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<register xmlns=\"" NS "\" format=\"1.0\" xmlns:x=\"urn:example:x\">\n"
    "  <metadata>\n"
    "    <scope x:lang=\"en\"/>\n"
    "    <x:field/>\n"
    "  </metadata>\n"
    "  <revisions x:count=\"0\"/>\n"
    "  <parties>\n"
    "    <party id=\"" PARTY_ID "\" category=\"internal\" kind=\"staff\" support=\"neutral\" "
    "desired-support=\"neutral\">\n"
    "      <name>Staff</name>\n"
    "      <description><x:rich>bold</x:rich></description>\n"
    "      <engagement>\n"
    "        <x:plan/>\n"
    "      </engagement>\n"
    "      <requirements>\n"
    "        <x:template/>\n"
    "      </requirements>\n"
    "    </party>\n"
    "  </parties>\n"
    "</register>\n";
  g_autoptr(QuadrantRegister) reg = load (xml);
  g_autofree char *saved = save (reg);

  g_assert_cmpstr (saved, ==, xml);
  assert_valid (saved);
}

/* Editing what the reader knows keeps what it does not. */
static void
test_edited (void)
{
  g_autofree char *xml = expand (NULL, &prefixed_at_root, NULL, NULL);
  g_autoptr(QuadrantRegister) reg = load (xml);
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autofree char *saved = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) parts = NULL;

  quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_DESCRIPTION, "Supervises data protection");
  saved = save (reg);
  parts = g_strsplit (xml, ">Supervises<", 2);
  expected = g_strjoinv (">Supervises data protection<", parts);
  g_assert_cmpstr (saved, ==, expected);
}

/* An editor replaces the references with new ones made from what it shows:
 * those that the reader kept unknown things in keep them. */
static void
test_edited_references (void)
{
  g_autofree char *xml = expand ("reference", &prefixed_at_root, NULL, NULL);
  g_autoptr(QuadrantRegister) reg = load (xml);
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (quadrant_party_get_requirements (party), 0);
  g_autoptr(GPtrArray) edited = quadrant_reference_array_new ();
  g_autoptr(GPtrArray) added = quadrant_reference_array_new ();
  g_autofree char *saved = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) parts = NULL;

  /* the text changed in place */
  g_ptr_array_add (edited, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.26"));
  quadrant_register_set_references (reg, requirement, edited);
  saved = save (reg);
  parts = g_strsplit (xml, ">A.5.24<", 2);
  expected = g_strjoinv (">A.5.26<", parts);
  g_assert_cmpstr (saved, ==, expected);

  /* one added before it: found by its kind and text */
  g_ptr_array_add (added, quadrant_reference_new (QUADRANT_REFERENCE_KIND_POLICY, "Privacy"));
  g_ptr_array_add (added, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.26"));
  quadrant_register_set_references (reg, requirement, added);
  g_clear_pointer (&saved, g_free);
  saved = save (reg);
  g_assert_nonnull (strstr (saved, "<reference kind=\"policy\">Privacy</reference>\n"));
  g_assert_nonnull (strstr (saved, "<reference kind=\"control\" foo=\"1\" x:foo=\"2\">A.5.26<x:extra "));

  /* and undone, the file is as it was */
  g_assert_true (quadrant_register_undo (reg));
  g_assert_true (quadrant_register_undo (reg));
  g_clear_pointer (&saved, g_free);
  saved = save (reg);
  g_assert_cmpstr (saved, ==, xml);
}

/* The reader's model: each element's extras are where the writer looks. */
static void
test_model (void)
{
  g_autofree char *xml = expand (NULL, &prefixed_at_root, NULL, NULL);
  g_autoptr(QuadrantRegister) reg = load (xml);
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  QuadrantExtras *extras = quadrant_party_get_extras (party);
  QuadrantExtras *description = quadrant_extras_get_child (extras, "description");
  QuadrantExtras *engagement = quadrant_extras_get_child (extras, "engagement");
  g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (quadrant_party_get_requirements (party), 0);
  const QuadrantReference *reference = g_ptr_array_index (quadrant_requirement_get_references (requirement), 0);
  g_autoptr(QuadrantRevision) revision = g_list_model_get_item (quadrant_register_get_revisions (reg), 0);
  const QuadrantPosition *position = &g_array_index (quadrant_revision_get_positions (revision),
                                                     QuadrantPosition, 0);
  QuadrantExtras *copy;

  g_assert_cmpstr (quadrant_party_get_description (party), ==, "Supervises");
  g_assert_nonnull (description);
  g_assert_cmpuint (description->attributes->len, ==, 2);
  g_assert_cmpuint (description->elements->len, ==, 1);
  g_assert_nonnull (quadrant_extras_get_child (engagement, "channel"));
  g_assert_cmpuint (engagement->elements->len, ==, 1);
  g_assert_cmpstr (reference->text, ==, "A.5.24");
  g_assert_nonnull (reference->extras);
  g_assert_cmpuint (reference->extras->attributes->len, ==, 2);
  g_assert_nonnull (position->extras);
  g_assert_cmpuint (position->extras->elements->len, ==, 1);

  /* a copied reference keeps them */
  {
    g_autoptr(QuadrantReference) copied = quadrant_reference_copy (reference);

    g_assert_nonnull (copied->extras);
    g_assert_cmpuint (copied->extras->attributes->len, ==, 2);
  }

  copy = quadrant_extras_copy (extras);
  g_assert_false (quadrant_extras_is_empty (copy));
  g_assert_cmpuint (quadrant_extras_get_child (quadrant_extras_get_child (copy, "engagement"),
                                               "responsible")->elements->len, ==, 1);
  quadrant_extras_free (copy);
}

/* ---- hostile input ---- */

static char *
description_with_attributes (guint        n,
                             const char  *value)
{
  g_autoptr(GString) xml = g_string_new (NULL);

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<register xmlns=\"" NS "\" format=\"1.0\">\n"
                   "  <parties>\n"
                   "    <party id=\"" PARTY_ID "\" category=\"internal\" kind=\"staff\" support=\"neutral\" "
                   "desired-support=\"neutral\">\n"
                   "      <name>Staff</name>\n"
                   "      <description");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, " a%u=\"%s\"", i, value);
  g_string_append (xml,
                   ">d</description>\n"
                   "    </party>\n"
                   "  </parties>\n"
                   "</register>\n");
  return g_string_free (g_steal_pointer (&xml), FALSE);
}

static void
assert_too_many (const char *xml,
                 gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (xml, length, "many.quadrant.xml", &error);

  g_assert_null (reg);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "many.quadrant.xml:6:7:"));
  g_assert_nonnull (strstr (error->message, "more than 1000 attributes"));
}

static void
test_hostile_many_attributes (void)
{
  g_autofree char *at_limit = description_with_attributes (QUADRANT_READER_MAX_ATTRIBUTES, "1");
  g_autofree char *over = description_with_attributes (QUADRANT_READER_MAX_ATTRIBUTES + 1, "1");
  /* values with '>' in them do not hide a long tag */
  g_autofree char *hidden = description_with_attributes (QUADRANT_READER_MAX_ATTRIBUTES + 1, ">");
  /* libxml2 would take minutes over these, checking them pair by pair */
  g_autofree char *attack = description_with_attributes (400000, "");

  assert_round_trip (at_limit);
  assert_too_many (over, strlen (over));
  assert_too_many (hidden, strlen (hidden));
  assert_too_many (attack, strlen (attack));
  /* cut off in the middle of the tag */
  assert_too_many (attack, strlen (attack) / 2);
}

static char *
register_with_unknown_elements (guint n)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<register xmlns=\"" NS "\" format=\"1.0\">\n");

  for (guint i = 0; i < n; i++)
    g_string_append (xml, "<x/>");
  g_string_append (xml, "\n</register>\n");
  return g_string_free (g_steal_pointer (&xml), FALSE);
}

/* Each kept attribute or element costs memory apart from its bytes, so there
 * is a limit on how many one register may hold, for elements and attributes. */
static void
test_hostile_many_kept (void)
{
  g_autofree char *at_limit = register_with_unknown_elements (QUADRANT_READER_MAX_EXTRAS);
  g_autofree char *over = register_with_unknown_elements (QUADRANT_READER_MAX_EXTRAS + 1);
  g_autoptr(GString) attributes = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                                "<register xmlns=\"" NS "\" format=\"1.0\">\n"
                                                "<parties>\n");
  const guint per_party = QUADRANT_READER_MAX_ATTRIBUTES - 5;
  const guint n_parties = QUADRANT_READER_MAX_EXTRAS / per_party + 2;
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = load (at_limit);
  g_autoptr(QuadrantRegister) refused = NULL;

  g_assert_cmpuint (quadrant_register_get_extras (reg)->elements->len, ==, QUADRANT_READER_MAX_EXTRAS);

  refused = quadrant_reader_load_data (over, strlen (over), "many.quadrant.xml", &error);
  g_assert_null (refused);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 1000000 attributes and elements"));
  g_clear_error (&error);

  /* parties with as many unknown attributes as an element may have */
  for (guint i = 0; i < n_parties; i++)
    {
      g_string_append_printf (attributes, "<party id=\"p%u\" category=\"internal\" kind=\"staff\" "
                              "support=\"neutral\" desired-support=\"neutral\"", i);
      for (guint a = 0; a < per_party; a++)
        g_string_append_printf (attributes, " a%u=\"\"", a);
      g_string_append (attributes, "><name>n</name></party>\n");
    }
  g_string_append (attributes, "</parties>\n</register>\n");
  refused = quadrant_reader_load_data (attributes->str, attributes->len, "many.quadrant.xml", &error);
  g_assert_null (refused);
  g_assert_error (error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 1000000 attributes and elements"));
}

/* What looks like a long tag in a comment or CDATA is not one. */
static void
test_hostile_not_a_tag (void)
{
  g_autoptr(GString) fake = g_string_new ("<x");

  for (guint i = 0; i < 2 * QUADRANT_READER_MAX_ATTRIBUTES; i++)
    g_string_append (fake, " a=\"1\"");

  {
    g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                            "<register xmlns=\"" NS "\" format=\"1.0\">\n"
                                            "  <!-- %s -->\n"
                                            "  <x:kept xmlns:x=\"urn:x\"><![CDATA[%s]]></x:kept>\n"
                                            "</register>\n", fake->str, fake->str);
    g_autoptr(QuadrantRegister) reg = load (xml);

    g_assert_cmpuint (quadrant_register_get_extras (reg)->elements->len, ==, 1);
  }

  /* nor is a long text that looks like attributes */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autofree char *xml = NULL;
    g_autoptr(QuadrantRegister) reg = NULL;
    g_autoptr(QuadrantParty) party = NULL;

    for (guint i = 0; i < 2 * QUADRANT_READER_MAX_ATTRIBUTES; i++)
      g_string_append (text, " a=\"1\" ==");
    xml = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<register xmlns=\"" NS "\" format=\"1.0\">\n"
                           "  <parties>\n"
                           "    <party id=\"" PARTY_ID "\" category=\"internal\" kind=\"staff\" "
                           "support=\"neutral\" desired-support=\"neutral\">\n"
                           "      <name>Staff</name>\n"
                           "      <description>%s</description>\n"
                           "      <notes>%s</notes>\n"
                           "    </party>\n"
                           "  </parties>\n"
                           "</register>\n", text->str, text->str);
    reg = load (xml);
    party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
    g_assert_cmpstr (quadrant_party_get_notes (party), ==, text->str);
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader-extras/schema-coverage", test_schema_coverage);
  g_test_add_func ("/reader-extras/base", test_base);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/reader-extras/element/%s", rows[i]);

      g_test_add_data_func (path, rows[i], test_element);
    }
  g_test_add_func ("/reader-extras/all-elements", test_all_elements);
  g_test_add_func ("/reader-extras/fuzz-seed", test_fuzz_seed);
  g_test_add_func ("/reader-extras/not-canonical", test_not_canonical);
  g_test_add_func ("/reader-extras/text-with-markup", test_text_with_markup);
  g_test_add_func ("/reader-extras/only-unknown", test_only_unknown);
  g_test_add_func ("/reader-extras/edited", test_edited);
  g_test_add_func ("/reader-extras/edited-references", test_edited_references);
  g_test_add_func ("/reader-extras/model", test_model);
  g_test_add_func ("/reader-extras/hostile/many-attributes", test_hostile_many_attributes);
  g_test_add_func ("/reader-extras/hostile/not-a-tag", test_hostile_not_a_tag);
  g_test_add_func ("/reader-extras/hostile/many-kept", test_hostile_many_kept);

  return g_test_run ();
}
