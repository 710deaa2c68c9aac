/* test-merge.c: the merge as a property, conflicts resolved, the diff
 *
 * The property test makes random registers and random edits on two sides
 * (add, delete, change any field, reorder), merges them, and checks every
 * field of every party, requirement and the metadata against what a
 * three-way merge must give: each side's edit is in the result unless both
 * changed the same field differently, which is then a recorded conflict.
 */
#define G_LOG_DOMAIN "test-merge"

#include "config.h"

#include <libxml/relaxng.h>
#include <string.h>

#include "quadrant-check.h"
#include "quadrant-conflict.h"
#include "quadrant-diff.h"
#include "quadrant-enum-types.h"
#include "bench/quadrant-generate.h"
#include "quadrant-merge.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "quadrant-writer.h"

#define N_ROUNDS 250

static xmlRelaxNGPtr schema;

static guint n_edits, n_conflicts, n_merges;

/* ---- Helpers ---- */

static QuadrantRegister *
reload (QuadrantRegister *reg,
        GBytes          **bytes_out)
{
  g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *copy = quadrant_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                      "copy", &error);

  g_assert_no_error (error);
  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);
  return copy;
}

static void
assert_validates (GBytes *bytes)
{
  xmlDocPtr doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "merged.xml", NULL,
                                 XML_PARSE_NONET);
  xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt (schema);

  g_assert_nonnull (doc);
  g_assert_cmpint (xmlRelaxNGValidateDoc (context, doc), ==, 0);
  xmlRelaxNGFreeValidCtxt (context);
  xmlFreeDoc (doc);
}

/* Every field of an object that a person edits, as text: its writable
 * properties (references as kind and text). */
static GHashTable *
fields_of (GObject *object)
{
  GHashTable *fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      char *text;

      if (!(pspecs[i]->flags & G_PARAM_WRITABLE) || (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY)
          || g_str_equal (pspecs[i]->name, "conflicts"))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      if (g_str_equal (pspecs[i]->name, "references"))
        {
          GPtrArray *refs = g_value_get_boxed (&value);
          GString *joined = g_string_new (NULL);

          for (guint r = 0; refs != NULL && r < refs->len; r++)
            {
              QuadrantReference *ref = g_ptr_array_index (refs, r);

              g_string_append_printf (joined, "%d:%s;", ref->kind, ref->text);
            }
          text = g_string_free (joined, FALSE);
        }
      else
        text = g_strdup_value_contents (&value);
      g_hash_table_insert (fields, (gpointer) pspecs[i]->name, text);
    }
  return fields;
}

static GObject *
find_object (QuadrantRegister *reg,
             const char       *id)
{
  if (id == NULL)
    return G_OBJECT (reg);
  if (quadrant_register_find_party (reg, id) != NULL)
    return G_OBJECT (quadrant_register_find_party (reg, id));
  return (GObject *) quadrant_register_find_requirement (reg, id);
}

/* ---- Random edits ---- */

static const char *texts[] = { "Alpha", "Beta", "Gamma & <delta>", "Ünïcode – text" };
static const char *dates[] = { "", "2025-01-31", "2026-06-30" };

static gboolean
is_date (const char *name)
{
  return g_str_equal (name, "identified-on") || g_str_equal (name, "last-reviewed")
      || g_str_equal (name, "review-date") || g_str_equal (name, "approval-date")
      || g_str_equal (name, "next-review");
}

static gboolean
is_required (const char *name)
{
  return g_str_equal (name, "name") || g_str_equal (name, "statement");
}


/* The field of a register, party or requirement that a property is. */
static QuadrantField
field_of (gpointer    object,
          const char *property)
{
  QuadrantFieldObject kind = QUADRANT_IS_PARTY (object) ? QUADRANT_FIELD_OBJECT_PARTY
                           : QUADRANT_IS_REQUIREMENT (object) ? QUADRANT_FIELD_OBJECT_REQUIREMENT
                           : QUADRANT_FIELD_OBJECT_REGISTER;
  QuadrantField field = quadrant_field_find_property (kind, property);

  g_assert_cmpuint (field, <, QUADRANT_N_FIELDS);
  return field;
}

static void
change_field (QuadrantRegister *reg,
              GObject          *object,
              GRand            *rand)
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  GParamSpec *pspec;

  do
    pspec = pspecs[g_rand_int_range (rand, 0, n)];
  while (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY)
         || g_str_equal (pspec->name, "conflicts"));

  if (G_IS_PARAM_SPEC_STRING (pspec))
    {
      const char *value;

      if (is_date (pspec->name))
        value = dates[g_rand_int_range (rand, 0, G_N_ELEMENTS (dates))];
      else if (is_required (pspec->name))
        value = texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))];
      else
        value = g_rand_boolean (rand) ? "" : texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))];
      quadrant_register_set_text (reg, object, field_of (object, pspec->name), value);
    }
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

      quadrant_register_set_choice (reg, object, field_of (object, pspec->name),
                                    klass->values[g_rand_int_range (rand, 0, klass->n_values)].value);
    }
  else if (G_IS_PARAM_SPEC_INT (pspec))
    {
      /* both or neither: a party is moved, never half placed */
      quadrant_register_move_party (reg, QUADRANT_PARTY (object), 10 * g_rand_int_range (rand, 0, 11),
                                    10 * g_rand_int_range (rand, 0, 11));
    }
  else if (G_IS_PARAM_SPEC_BOXED (pspec))
    {
      QuadrantRequirement *req = QUADRANT_REQUIREMENT (object);
      g_autoptr(GPtrArray) refs = quadrant_reference_array_copy (quadrant_requirement_get_references (req));

      if (refs->len > 0 && g_rand_boolean (rand))
        g_ptr_array_remove_index (refs, g_rand_int_range (rand, 0, refs->len));
      else
        g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL,
                                                       texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]));
      quadrant_register_set_references (reg, req, refs);
    }
}

static QuadrantParty *
random_party (QuadrantRegister *reg,
              GRand            *rand)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n = g_list_model_get_n_items (parties);
  g_autoptr(QuadrantParty) party = NULL;

  if (n == 0)
    return NULL;
  party = g_list_model_get_item (parties, g_rand_int_range (rand, 0, n));
  return party;  /* the register keeps it */
}

static QuadrantRequirement *
random_requirement (QuadrantRegister *reg,
                    GRand            *rand)
{
  QuadrantParty *party = random_party (reg, rand);
  GListModel *reqs;
  g_autoptr(QuadrantRequirement) req = NULL;

  if (party == NULL || quadrant_party_get_n_requirements (party) == 0)
    return NULL;
  reqs = quadrant_party_get_requirements (party);
  req = g_list_model_get_item (reqs, g_rand_int_range (rand, 0, g_list_model_get_n_items (reqs)));
  return req;
}

/* One random edit; reordered is set when it moved a party. */
static void
random_edit (QuadrantRegister *reg,
             GRand            *rand,
             gboolean         *reordered)
{
  QuadrantParty *party = random_party (reg, rand);
  QuadrantRequirement *req = random_requirement (reg, rand);
  guint what = g_rand_int_range (rand, 0, 100);

  n_edits++;
  if (what < 10)
    {
      g_autoptr(QuadrantParty) added = quadrant_party_new (NULL);

      quadrant_party_set_name (added, texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]);
      quadrant_register_insert_party (reg, g_rand_int_range (rand, 0, quadrant_register_get_n_parties (reg) + 1),
                                      added);
    }
  else if (what < 18 && party != NULL)
    {
      g_autoptr(QuadrantRequirement) added = quadrant_requirement_new (NULL);

      quadrant_requirement_set_statement (added, texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]);
      quadrant_register_add_requirement (reg, party, added);
    }
  else if (what < 24 && party != NULL)
    quadrant_register_remove_party (reg, party);
  else if (what < 30 && req != NULL)
    quadrant_register_remove_requirement (reg, req);
  else if (what < 36 && party != NULL)
    {
      quadrant_register_reorder_party (reg, party, g_rand_int_range (rand, 0, quadrant_register_get_n_parties (reg)));
      *reordered = TRUE;
    }
  else if (what < 45)
    change_field (reg, G_OBJECT (reg), rand);
  else if (what < 70 && req != NULL)
    change_field (reg, G_OBJECT (req), rand);
  else if (party != NULL)
    change_field (reg, G_OBJECT (party), rand);
}

/* ---- Checking a merge ---- */

static gboolean
has_conflict (GPtrArray  *conflicts,
              const char *id,
              const char *field)
{
  for (guint i = 0; i < conflicts->len; i++)
    {
      QuadrantConflict *conflict = g_ptr_array_index (conflicts, i);
      const char *subject = conflict->requirement_id != NULL ? conflict->requirement_id : conflict->party_id;

      if (g_strcmp0 (subject, id) == 0 && (field == NULL ? conflict->deleted != NULL : g_strcmp0 (conflict->field, field) == 0))
        return TRUE;
    }
  return FALSE;
}

/* The name of a property in the file, as conflicts name fields. */
static const char *
file_name (const char *property)
{
  if (g_str_equal (property, "current-support"))
    return "support";
  if (g_str_equal (property, "requirement-type"))
    return "type";
  if (g_str_has_prefix (property, "engagement-"))
    return property + strlen ("engagement-");
  return property;
}

static gboolean
object_changed (QuadrantRegister *base,
                QuadrantRegister *side,
                const char       *id)
{
  GObject *b = find_object (base, id), *s = find_object (side, id);
  g_autoptr(GHashTable) fb = fields_of (b), fs = fields_of (s);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, fb);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_str_equal (value, g_hash_table_lookup (fs, key)))
      return TRUE;
  if (QUADRANT_IS_PARTY (b))
    {
      GListModel *reqs = quadrant_party_get_requirements (QUADRANT_PARTY (b));

      if (quadrant_party_get_n_requirements (QUADRANT_PARTY (b)) != quadrant_party_get_n_requirements (QUADRANT_PARTY (s)))
        return TRUE;
      for (guint i = 0; i < g_list_model_get_n_items (reqs); i++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (reqs, i);
          const char *req_id = quadrant_requirement_get_id (req);

          if (quadrant_register_find_requirement (side, req_id) == NULL || object_changed (base, side, req_id))
            return TRUE;
        }
    }
  return FALSE;
}

static void
check_object (QuadrantRegister *base,
              QuadrantRegister *ours,
              QuadrantRegister *theirs,
              QuadrantRegister *merged,
              GPtrArray        *conflicts,
              const char       *id)
{
  GObject *b = find_object (base, id), *o = find_object (ours, id), *t = find_object (theirs, id);
  GObject *m = find_object (merged, id);
  g_autoptr(GHashTable) fo = NULL, ft = NULL, fb = NULL, fm = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (o == NULL || t == NULL)
    {
      GObject *present = o != NULL ? o : t;
      QuadrantRegister *side = o != NULL ? ours : theirs;
      const char *party_id = NULL;

      if (present == NULL)
        {
          g_assert_null (m);  /* deleted on both sides (or never there) */
          return;
        }
      if (b == NULL)
        {
          g_assert_nonnull (m);  /* added on one side */
          return;
        }
      if (QUADRANT_IS_REQUIREMENT (present))
        party_id = quadrant_party_get_id (quadrant_requirement_get_party (QUADRANT_REQUIREMENT (present)));

      /* deleted on one side: gone, unless the other side changed it (then
       * it is kept with a conflict, its own or its party's) */
      if (object_changed (base, side, id))
        {
          g_assert_nonnull (m);
          g_assert_true (has_conflict (conflicts, id, NULL)
                         || (party_id != NULL && has_conflict (conflicts, party_id, NULL)));
        }
      else if (party_id == NULL || !has_conflict (conflicts, party_id, NULL))
        g_assert_null (m);
      return;
    }

  g_assert_nonnull (m);
  fo = fields_of (o);
  ft = fields_of (t);
  fm = fields_of (m);
  fb = b != NULL ? fields_of (b) : NULL;
  g_hash_table_iter_init (&iter, fo);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *vo = value, *vt = g_hash_table_lookup (ft, key), *vm = g_hash_table_lookup (fm, key);
      const char *vb = fb != NULL ? g_hash_table_lookup (fb, key) : NULL;

      if (g_str_equal (vo, vt) || g_strcmp0 (vt, vb) == 0)
        g_assert_cmpstr (vm, ==, vo);
      else if (g_strcmp0 (vo, vb) == 0)
        g_assert_cmpstr (vm, ==, vt);
      else if (g_str_equal (key, "references"))
        ;  /* a set: both sides' additions and removals, checked by the git test */
      else
        {
          g_assert_cmpstr (vm, ==, vo);
          g_assert_true (has_conflict (conflicts, QUADRANT_IS_REGISTER (m) ? NULL : id, file_name (key)));
        }
    }
}

static void
collect_ids (QuadrantRegister *reg,
             GHashTable       *ids)
{
  GListModel *parties = quadrant_register_get_parties (reg);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      GListModel *reqs = quadrant_party_get_requirements (party);

      g_hash_table_add (ids, g_strdup (quadrant_party_get_id (party)));
      for (guint j = 0; j < g_list_model_get_n_items (reqs); j++)
        {
          g_autoptr(QuadrantRequirement) req = g_list_model_get_item (reqs, j);

          g_hash_table_add (ids, g_strdup (quadrant_requirement_get_id (req)));
        }
    }
}

/* The ids of the parties of reg that are also in all of others, in order. */
static GPtrArray *
common_order (QuadrantRegister  *reg,
              QuadrantRegister **others,
              guint              n_others)
{
  GPtrArray *order = g_ptr_array_new ();
  GListModel *parties = quadrant_register_get_parties (reg);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      gboolean everywhere = TRUE;

      for (guint j = 0; j < n_others; j++)
        everywhere &= quadrant_register_find_party (others[j], quadrant_party_get_id (party)) != NULL;
      if (everywhere)
        g_ptr_array_add (order, (gpointer) quadrant_party_get_id (party));
    }
  return order;
}

static void
assert_same_order (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (a->pdata[i], ==, b->pdata[i]);
}

static QuadrantRegister *
merge (QuadrantRegister *base,
       QuadrantRegister *ours,
       QuadrantRegister *theirs)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *merged = quadrant_merge_registers (base, ours, theirs, NULL, &error);

  g_assert_no_error (error);
  n_merges++;
  return merged;
}

static void
test_property (void)
{
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (round);
      g_autoptr(QuadrantRegister) generated = quadrant_generate_register (g_rand_int_range (rand, 0, 12),
                                                                          g_rand_int_range (rand, 0, 20), round);
      g_autoptr(QuadrantRegister) base = reload (generated, NULL);
      g_autoptr(QuadrantRegister) ours = reload (generated, NULL);
      g_autoptr(QuadrantRegister) theirs = reload (generated, NULL);
      g_autoptr(QuadrantRegister) merged = NULL, swapped = NULL, again = NULL;
      g_autoptr(GPtrArray) conflicts = NULL, swapped_conflicts = NULL;
      g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GBytes) bytes = NULL, bytes_again = NULL;
      gboolean ours_reordered = FALSE, theirs_reordered = FALSE;
      guint n = g_rand_int_range (rand, 1, 8);
      GHashTableIter iter;
      gpointer id;

      g_test_message ("round %u", round);
      for (guint i = 0; i < n; i++)
        random_edit (ours, rand, &ours_reordered);
      n = g_rand_int_range (rand, 1, 8);
      for (guint i = 0; i < n; i++)
        random_edit (theirs, rand, &theirs_reordered);

      merged = merge (base, ours, theirs);
      conflicts = quadrant_conflicts_list (merged);
      n_conflicts += conflicts->len;

      /* every field of everything any side has */
      collect_ids (base, ids);
      collect_ids (ours, ids);
      collect_ids (theirs, ids);
      check_object (base, ours, theirs, merged, conflicts, NULL);
      g_hash_table_iter_init (&iter, ids);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        check_object (base, ours, theirs, merged, conflicts, id);

      /* a side that alone reordered the parties gives the order */
      if (ours_reordered != theirs_reordered)
        {
          QuadrantRegister *all[] = { base, ours, theirs, merged };
          g_autoptr(GPtrArray) expected = common_order (ours_reordered ? ours : theirs, all, 4);
          g_autoptr(GPtrArray) got = common_order (merged, all, 4);
          g_autoptr(GPtrArray) other = common_order (ours_reordered ? theirs : ours, all, 4);
          g_autoptr(GPtrArray) in_base = common_order (base, all, 4);

          /* unless the move left the order as it was */
          if (expected->len == other->len)
            {
              gboolean moved = FALSE;

              for (guint i = 0; i < expected->len; i++)
                moved |= !g_str_equal (expected->pdata[i], in_base->pdata[i]);
              if (moved)
                assert_same_order (expected, got);
            }
        }

      /* symmetric, apart from which side is ours */
      swapped = merge (base, theirs, ours);
      swapped_conflicts = quadrant_conflicts_list (swapped);
      g_assert_cmpuint (swapped_conflicts->len, ==, conflicts->len);
      for (guint i = 0; i < conflicts->len; i++)
        {
          QuadrantConflict *conflict = g_ptr_array_index (conflicts, i);
          gboolean found = FALSE;

          for (guint j = 0; j < swapped_conflicts->len && !found; j++)
            {
              QuadrantConflict *other = g_ptr_array_index (swapped_conflicts, j);

              found = g_strcmp0 (conflict->party_id, other->party_id) == 0
                      && g_strcmp0 (conflict->requirement_id, other->requirement_id) == 0
                      && g_strcmp0 (conflict->field, other->field) == 0
                      && g_strcmp0 (conflict->ours, other->theirs) == 0
                      && g_strcmp0 (conflict->theirs, other->ours) == 0
                      && (conflict->deleted == NULL) == (other->deleted == NULL);
            }
          g_assert_true (found);
        }
      {
        g_autoptr(GHashTable) merged_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        g_autoptr(GHashTable) swapped_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

        collect_ids (merged, merged_ids);
        collect_ids (swapped, swapped_ids);
        g_assert_cmpuint (g_hash_table_size (merged_ids), ==, g_hash_table_size (swapped_ids));
        g_hash_table_iter_init (&iter, merged_ids);
        while (g_hash_table_iter_next (&iter, &id, NULL))
          g_assert_true (g_hash_table_contains (swapped_ids, id));
      }

      /* the result validates, reloads and saves byte for byte */
      again = reload (merged, &bytes);
      assert_validates (bytes);
      g_clear_object (&merged);
      merged = reload (again, &bytes_again);
      g_assert_true (g_bytes_equal (bytes, bytes_again));
    }

  g_test_message ("%u rounds: %u merges, %u random edits, %u conflicts recorded",
                  N_ROUNDS, n_merges, n_edits, n_conflicts);
  g_print ("# property: %u rounds, %u merges, %u random edits, %u conflicts recorded\n",
           N_ROUNDS, n_merges, n_edits, n_conflicts);
}


/* ---- Conflicts: reported, resolved, undone ---- */

#define P1 "11111111-1111-4111-8111-111111111111"
#define P2 "22222222-2222-4222-8222-222222222222"
#define R1 "aaaaaaaa-1111-4111-8111-111111111111"

static const char small_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
  "  <metadata>\n"
  "    <version>1.0</version>\n"
  "  </metadata>\n"
  "  <parties>\n"
  "    <party id=\"" P1 "\" category=\"external\" kind=\"insurers\" power=\"60\" interest=\"50\" support=\"neutral\" desired-support=\"supportive\">\n"
  "      <name>Cyber insurer</name>\n"
  "      <requirements>\n"
  "        <requirement id=\"" R1 "\" type=\"contractual\" priority=\"high\" decision=\"undecided\">\n"
  "          <statement>Annual security questionnaire</statement>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  "    <party id=\"" P2 "\" category=\"internal\" kind=\"staff\" support=\"neutral\" desired-support=\"neutral\">\n"
  "      <name>Staff</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";

static QuadrantRegister *
load_small (void)
{
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_reader_load_data (small_xml, strlen (small_xml), "small", &error);

  g_assert_no_error (error);
  return reg;
}

/* Four conflicts: a party's power, a requirement's decision, the metadata's
 * version, and a party deleted by ours that theirs renamed. */
static QuadrantRegister *
conflicted (void)
{
  g_autoptr(QuadrantRegister) base = load_small ();
  g_autoptr(QuadrantRegister) ours = load_small ();
  g_autoptr(QuadrantRegister) theirs = load_small ();
  g_autoptr(GError) error = NULL;
  QuadrantRegister *merged;
  guint n = 0;

  quadrant_register_set_number (ours, quadrant_register_find_party (ours, P1), QUADRANT_FIELD_PARTY_POWER, 80);
  quadrant_register_set_number (theirs, quadrant_register_find_party (theirs, P1), QUADRANT_FIELD_PARTY_POWER, 30);
  quadrant_register_set_choice (ours, quadrant_register_find_requirement (ours, R1), QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_ADDRESSED);
  quadrant_register_set_choice (theirs, quadrant_register_find_requirement (theirs, R1), QUADRANT_FIELD_REQUIREMENT_DECISION,
                              QUADRANT_DECISION_NOT_ADDRESSED);
  quadrant_register_set_text (ours, ours, QUADRANT_FIELD_REGISTER_VERSION, "1.1");
  quadrant_register_set_text (theirs, theirs, QUADRANT_FIELD_REGISTER_VERSION, "2.0");
  quadrant_register_remove_party (ours, quadrant_register_find_party (ours, P2));
  quadrant_register_set_text (theirs, quadrant_register_find_party (theirs, P2), QUADRANT_FIELD_PARTY_NAME, "All staff");

  merged = quadrant_merge_registers (base, ours, theirs, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);
  return merged;
}

static void
test_conflicts_checked (void)
{
  g_autoptr(QuadrantRegister) merged = conflicted ();
  g_autoptr(GPtrArray) findings = quadrant_check_register (merged, NULL);
  const char *expected[] = {
    "register: Register details: merge conflict in version, ours \"1.1\", theirs \"2.0\"",
    "party \"Cyber insurer\": Party \"Cyber insurer\": merge conflict in power, ours \"80\", theirs \"30\"",
    "party \"Cyber insurer\" / requirement \"Annual security questionnaire\": Requirement \"Annual security questionnaire\": merge conflict in decision, ours \"addressed\", theirs \"not-addressed\"",
    "party \"All staff\": Party \"All staff\": merge conflict, deleted on our side and changed on theirs",
  };
  guint found = 0;

  /* errors that name the party and the field, first of all */
  for (guint i = 0; i < findings->len; i++)
    {
      QuadrantFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *subject = NULL, *line = NULL;

      if (!g_str_equal (quadrant_finding_get_code (finding), QUADRANT_CHECK_MERGE_CONFLICT))
        continue;
      g_assert_cmpuint (i, ==, found);
      g_assert_cmpint (quadrant_finding_get_severity (finding), ==, QUADRANT_SEVERITY_ERROR);
      subject = quadrant_finding_dup_subject (finding);
      line = g_strdup_printf ("%s: %s", subject, quadrant_finding_get_message (finding));
      g_assert_cmpstr (line, ==, expected[found]);
      found++;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));
}

static void
test_conflicts_resolved (void)
{
  g_autoptr(QuadrantRegister) merged = conflicted ();
  g_autoptr(QuadrantRegister) reloaded = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantParty *insurer = quadrant_register_find_party (merged, P1);

  /* the version (first) from theirs; undo brings back ours and the conflict */
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_TAKE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "2.0");
  conflicts = quadrant_conflicts_list (merged);
  g_assert_cmpuint (conflicts->len, ==, 3);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (quadrant_register_undo (merged));
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "1.1");
  conflicts = quadrant_conflicts_list (merged);
  g_assert_cmpuint (conflicts->len, ==, 4);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (quadrant_register_redo (merged));
  g_assert_cmpstr (quadrant_register_get_version (merged), ==, "2.0");

  /* power from theirs, decision kept as ours, the deleted party deleted */
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_TAKE_THEIRS, NULL));
  g_assert_cmpint (quadrant_party_get_power (insurer), ==, 30);
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_KEEP_OURS, NULL));
  g_assert_cmpint (quadrant_requirement_get_decision (quadrant_register_find_requirement (merged, R1)), ==,
                   QUADRANT_DECISION_ADDRESSED);
  g_assert_nonnull (quadrant_register_find_party (merged, P2));
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_KEEP_OURS, NULL));
  g_assert_null (quadrant_register_find_party (merged, P2));

  /* the last one resolved: a clean register */
  g_assert_cmpstr (quadrant_register_get_conflicts (merged), ==, "");
  reloaded = reload (merged, &bytes);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "conflict"));
  assert_validates (bytes);
  conflicts = quadrant_conflicts_list (reloaded);
  g_assert_cmpuint (conflicts->len, ==, 0);
}

/* A conflict that is not one this version understands stays as it was. */
static void
test_conflicts_unknown_kept (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
    "  <conflicts>\n"
    "    <conflict field=\"power\" how=\"newer\"><ours>1</ours><both>2</both></conflict>\n"
    "  </conflicts>\n"
    "</register>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_reader_load_data (xml, strlen (xml), "newer", &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  g_assert_no_error (error);
  conflicts = quadrant_conflicts_list (reg);
  g_assert_cmpuint (conflicts->len, ==, 0);
  bytes = quadrant_writer_to_bytes (reg);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "<both>2</both>"));
}


static QuadrantRegister *
load_replaced (const char *from,
               const char *to)
{
  g_autoptr(GString) xml = g_string_new (small_xml);
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg;

  g_string_replace (xml, "format=\"1.0\">", "format=\"1.0\" xmlns:x=\"urn:example:x\">", 1);
  g_string_replace (xml, "desired-support=\"supportive\">", "desired-support=\"supportive\" x:colour=\"green\">", 1);
  if (from != NULL)
    g_string_replace (xml, from, to, 1);
  reg = quadrant_reader_load_data (xml->str, xml->len, "newer", &error);
  g_assert_no_error (error);
  return reg;
}

/* A field a newer version wrote, changed on both sides: a conflict whose
 * value can only be kept as ours here. */
static void
test_conflicts_unknown_field (void)
{
  g_autoptr(QuadrantRegister) base = load_replaced (NULL, NULL);
  g_autoptr(QuadrantRegister) ours = load_replaced ("x:colour=\"green\"", "x:colour=\"red\"");
  g_autoptr(QuadrantRegister) theirs = load_replaced ("x:colour=\"green\"", "x:colour=\"blue\"");
  g_autoptr(QuadrantRegister) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL, findings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantConflict *conflict;

  merged = quadrant_merge_registers (base, ours, theirs, NULL, &error);
  g_assert_no_error (error);
  conflicts = quadrant_conflicts_list (merged);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (conflict->field, ==, "x:colour");
  g_assert_cmpstr (conflict->ours, ==, "red");
  g_assert_cmpstr (conflict->theirs, ==, "blue");

  findings = quadrant_check_register (merged, NULL);
  g_assert_cmpstr (quadrant_finding_get_code (g_ptr_array_index (findings, 0)), ==,
                   QUADRANT_CHECK_MERGE_CONFLICT_UNKNOWN_FIELD);
  g_assert_false (quadrant_conflict_can_resolve (conflict, merged, QUADRANT_CONFLICT_TAKE_THEIRS));
  g_assert_false (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_TAKE_THEIRS, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_true (quadrant_conflict_resolve (merged, 0, QUADRANT_CONFLICT_KEEP_OURS, NULL));
  bytes = quadrant_writer_to_bytes (merged);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "x:colour=\"red\""));
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "conflict"));
}

static void
test_diff (void)
{
  g_autoptr(QuadrantRegister) old_reg = load_small ();
  g_autoptr(QuadrantRegister) new_reg = load_small ();
  g_autoptr(QuadrantParty) added = quadrant_party_new (NULL);
  g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();
  g_autofree char *diff = NULL, *none = NULL;
  QuadrantParty *insurer = quadrant_register_find_party (new_reg, P1);

  quadrant_register_move_party (new_reg, insurer, 80, 50);
  quadrant_register_set_choice (new_reg, insurer, QUADRANT_FIELD_PARTY_CURRENT_SUPPORT, QUADRANT_SUPPORT_SUPPORTIVE);
  quadrant_register_set_text (new_reg, insurer, QUADRANT_FIELD_PARTY_ENGAGEMENT_CHANNEL, "Quarterly call");
  quadrant_register_set_choice (new_reg, quadrant_register_find_requirement (new_reg, R1), QUADRANT_FIELD_REQUIREMENT_DECISION,
                              QUADRANT_DECISION_ADDRESSED);
  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.19"));
  quadrant_register_set_references (new_reg, quadrant_register_find_requirement (new_reg, R1), refs);
  quadrant_register_set_text (new_reg, new_reg, QUADRANT_FIELD_REGISTER_VERSION, "1.1");
  quadrant_register_remove_party (new_reg, quadrant_register_find_party (new_reg, P2));
  quadrant_party_set_name (added, "Cloud supplier");
  quadrant_register_add_party (new_reg, added);

  diff = quadrant_diff_registers (old_reg, new_reg);
  g_assert_cmpstr (diff, ==,
                   "Register: version \"1.0\" → \"1.1\"\n"
                   "Party \"Cyber insurer\": power 60 → 80, support neutral → supportive, channel (none) → \"Quarterly call\"\n"
                   "Requirement \"Annual security questionnaire\" of \"Cyber insurer\": decision undecided → addressed, reference control \"A.5.19\" added\n"
                   "Party \"Cloud supplier\" added\n"
                   "Party \"Staff\" removed\n");

  none = quadrant_diff_registers (old_reg, old_reg);
  g_assert_cmpstr (none, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *schema_path = quadrant_test_data_path ("quadrant-register.rng");
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (schema_path);

  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C", TRUE);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert_nonnull (schema);

  g_test_add_func ("/merge/property", test_property);
  g_test_add_func ("/merge/conflicts/checked", test_conflicts_checked);
  g_test_add_func ("/merge/conflicts/resolved", test_conflicts_resolved);
  g_test_add_func ("/merge/conflicts/unknown-kept", test_conflicts_unknown_kept);
  g_test_add_func ("/merge/conflicts/unknown-field", test_conflicts_unknown_field);
  g_test_add_func ("/merge/diff", test_diff);

  return g_test_run ();
}
