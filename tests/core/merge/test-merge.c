/* test-merge.c: the merge as a property
 *
 * The property test makes random registers and random edits on two sides
 * (add, delete, change any field, reorder), merges them, and checks every
 * field of every party, requirement and the metadata against what a
 * three-way merge must give: each side's edit is in the result unless both
 * changed the same field differently, which is then a recorded conflict.
 */
#define G_LOG_DOMAIN "test-merge"

#include "config.h"

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

static guint n_edits, n_conflicts, n_merges;

/* ---- Helpers ---- */

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
      || g_str_equal (name, "relevance-decided")
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
      g_autoptr(QuadrantRegister) base = quadrant_test_reload (generated, NULL);
      g_autoptr(QuadrantRegister) ours = quadrant_test_reload (generated, NULL);
      g_autoptr(QuadrantRegister) theirs = quadrant_test_reload (generated, NULL);
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
      again = quadrant_test_reload (merged, &bytes);
      quadrant_test_assert_valid (bytes);
      g_clear_object (&merged);
      merged = quadrant_test_reload (again, &bytes_again);
      g_assert_true (g_bytes_equal (bytes, bytes_again));
    }

  g_test_message ("%u rounds: %u merges, %u random edits, %u conflicts recorded",
                  N_ROUNDS, n_merges, n_edits, n_conflicts);
  g_print ("# property: %u rounds, %u merges, %u random edits, %u conflicts recorded\n",
           N_ROUNDS, n_merges, n_edits, n_conflicts);
}


/* ---- Conflicts: reported, resolved, undone ---- */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C", TRUE);

  g_test_add_func ("/merge/property", test_property);

  return g_test_run ();
}
