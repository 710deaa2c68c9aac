/* test-model.c: the model, its edit API and undo */
#include "config.h"

#include "quadrant-enum-types.h"
#include "quadrant-register.h"

typedef struct {
  QuadrantRegister *reg;
  QuadrantParty    *regulator;
  QuadrantParty    *staff;
  QuadrantRequirement *breach;
  guint             changed;
} Fixture;

static void
changed_cb (QuadrantRegister *reg,
            Fixture          *fixture)
{
  fixture->changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->reg = quadrant_register_new ();
  quadrant_register_set_metadata (fixture->reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Acme");

  fixture->regulator = quadrant_party_new (NULL);
  quadrant_party_set_name (fixture->regulator, "Regulator");
  quadrant_party_set_kind (fixture->regulator, QUADRANT_KIND_REGULATORS);
  quadrant_party_set_power (fixture->regulator, 80);
  quadrant_party_set_interest (fixture->regulator, 40);

  fixture->breach = quadrant_requirement_new (NULL);
  quadrant_requirement_set_statement (fixture->breach, "Notify breaches within 72 hours");
  quadrant_party_append_requirement (fixture->regulator, fixture->breach);

  fixture->staff = quadrant_party_new (NULL);
  quadrant_party_set_name (fixture->staff, "Staff");
  quadrant_party_set_category (fixture->staff, QUADRANT_CATEGORY_INTERNAL);

  quadrant_register_append_party_unrecorded (fixture->reg, fixture->regulator);
  quadrant_register_append_party_unrecorded (fixture->reg, fixture->staff);
  g_signal_connect (fixture->reg, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->breach);
  g_clear_object (&fixture->staff);
  g_clear_object (&fixture->regulator);
  g_assert_finalize_object (fixture->reg);
}

static QuadrantParty *
party_at (QuadrantRegister *reg,
          guint             position)
{
  /* The register keeps the party alive. */
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), position);
  return party;
}

static void
test_builder_is_clean (Fixture       *fixture,
                       gconstpointer  data)
{
  g_assert_false (quadrant_register_is_dirty (fixture->reg));
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 2);
  g_assert_cmpuint (quadrant_register_get_n_requirements (fixture->reg), ==, 1);
  g_assert_true (quadrant_requirement_get_party (fixture->breach) == fixture->regulator);
  g_assert_nonnull (quadrant_party_get_id (fixture->staff));
  g_assert_true (g_uuid_string_is_valid (quadrant_party_get_id (fixture->staff)));
  g_assert_cmpstr (quadrant_party_get_id (fixture->staff), !=, quadrant_party_get_id (fixture->regulator));
  g_assert_true (quadrant_register_find_party (fixture->reg, quadrant_party_get_id (fixture->staff)) == fixture->staff);
  g_assert_true (quadrant_register_find_requirement (fixture->reg, quadrant_requirement_get_id (fixture->breach)) == fixture->breach);
  g_assert_null (quadrant_register_find_party (fixture->reg, "no-such-id"));
}

static void
test_set_string_undo_redo (Fixture       *fixture,
                           gconstpointer  data)
{
  quadrant_register_set_text (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_NAME, "All staff");
  g_assert_cmpstr (quadrant_party_get_name (fixture->staff), ==, "All staff");
  g_assert_true (quadrant_register_is_dirty (fixture->reg));
  g_assert_true (quadrant_register_can_undo (fixture->reg));
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Rename Party");
  g_assert_cmpuint (fixture->changed, ==, 1);

  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_cmpstr (quadrant_party_get_name (fixture->staff), ==, "Staff");
  g_assert_false (quadrant_register_is_dirty (fixture->reg));
  g_assert_true (quadrant_register_can_redo (fixture->reg));

  g_assert_true (quadrant_register_redo (fixture->reg));
  g_assert_cmpstr (quadrant_party_get_name (fixture->staff), ==, "All staff");
  g_assert_true (quadrant_register_is_dirty (fixture->reg));
  g_assert_cmpuint (fixture->changed, ==, 3);

  /* Setting the same value again records nothing. */
  quadrant_register_set_text (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_NAME, "All staff");
  g_assert_cmpuint (fixture->changed, ==, 3);
  g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_false (quadrant_register_can_undo (fixture->reg));
}

static void
test_every_field_undoes (Fixture       *fixture,
                         gconstpointer  data)
{
  /* Every editable text field of the table, through the typed edit API. */
  for (QuadrantField f = 0; f < QUADRANT_N_FIELDS; f++)
    {
      const QuadrantFieldInfo *info = quadrant_field_get_info (f);
      g_autofree char *before = NULL;
      gpointer object;

      if (!(info->flags & QUADRANT_FIELD_FLAG_EDITABLE) || !quadrant_field_is_text (f))
        continue;
      if (info->object == QUADRANT_FIELD_OBJECT_REGISTER)
        object = fixture->reg;
      else if (info->object == QUADRANT_FIELD_OBJECT_PARTY)
        object = fixture->staff;
      else if (info->object == QUADRANT_FIELD_OBJECT_REQUIREMENT)
        object = fixture->breach;
      else
        continue;

      before = g_strdup (info->get_text (object));
      quadrant_register_set_text (fixture->reg, object, f, "2026-01-02 changed");
      g_assert_cmpstr (info->get_text (object), ==, "2026-01-02 changed");
      quadrant_register_undo (fixture->reg);
      g_assert_cmpstr (info->get_text (object), ==, before);
    }

  quadrant_register_set_choice (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_KIND, QUADRANT_KIND_UNIONS);
  quadrant_register_set_choice (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_CURRENT_SUPPORT, QUADRANT_SUPPORT_RESISTANT);
  quadrant_register_set_choice (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_DESIRED_SUPPORT, QUADRANT_SUPPORT_LEADING);
  quadrant_register_set_choice (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_IDENTIFIED_BY, QUADRANT_IDENTIFICATION_FOCUS_GROUP);
  quadrant_register_set_choice (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_CATEGORY, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_register_set_choice (fixture->reg, fixture->breach, QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  quadrant_register_set_choice (fixture->reg, fixture->breach, QUADRANT_FIELD_REQUIREMENT_TYPE, QUADRANT_REQUIREMENT_TYPE_LEGAL);
  quadrant_register_set_choice (fixture->reg, fixture->breach, QUADRANT_FIELD_REQUIREMENT_PRIORITY, QUADRANT_PRIORITY_HIGH);
  g_assert_cmpint (quadrant_party_get_kind (fixture->staff), ==, QUADRANT_KIND_UNIONS);
  g_assert_cmpint (quadrant_party_get_current_support (fixture->staff), ==, QUADRANT_SUPPORT_RESISTANT);
  g_assert_cmpint (quadrant_party_get_desired_support (fixture->staff), ==, QUADRANT_SUPPORT_LEADING);
  g_assert_cmpint (quadrant_party_get_identified_by (fixture->staff), ==, QUADRANT_IDENTIFICATION_FOCUS_GROUP);
  g_assert_cmpint (quadrant_party_get_category (fixture->staff), ==, QUADRANT_CATEGORY_EXTERNAL);
  g_assert_cmpint (quadrant_requirement_get_decision (fixture->breach), ==, QUADRANT_DECISION_PARTIALLY_ADDRESSED);
  g_assert_cmpint (quadrant_requirement_get_requirement_type (fixture->breach), ==, QUADRANT_REQUIREMENT_TYPE_LEGAL);
  g_assert_cmpint (quadrant_requirement_get_priority (fixture->breach), ==, QUADRANT_PRIORITY_HIGH);

  for (guint i = 0; i < 8; i++)
    g_assert_true (quadrant_register_undo (fixture->reg));
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_false (quadrant_register_is_dirty (fixture->reg));
  g_assert_cmpint (quadrant_party_get_kind (fixture->staff), ==, QUADRANT_KIND_OTHER);
  g_assert_cmpint (quadrant_party_get_category (fixture->staff), ==, QUADRANT_CATEGORY_INTERNAL);
  g_assert_cmpint (quadrant_requirement_get_decision (fixture->breach), ==, QUADRANT_DECISION_UNDECIDED);
  g_assert_cmpint (quadrant_requirement_get_priority (fixture->breach), ==, QUADRANT_PRIORITY_MEDIUM);
}

static void
test_move_party_one_step (Fixture       *fixture,
                          gconstpointer  data)
{
  g_assert_cmpint (quadrant_party_get_quadrant (fixture->staff), ==, QUADRANT_QUADRANT_UNPLACED);
  quadrant_register_move_party (fixture->reg, fixture->staff, 20, 90);
  g_assert_cmpint (quadrant_party_get_power (fixture->staff), ==, 20);
  g_assert_cmpint (quadrant_party_get_interest (fixture->staff), ==, 90);
  g_assert_cmpint (quadrant_party_get_quadrant (fixture->staff), ==, QUADRANT_QUADRANT_KEEP_INFORMED);
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Move Party");

  quadrant_register_undo (fixture->reg);
  g_assert_cmpint (quadrant_party_get_power (fixture->staff), ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpint (quadrant_party_get_interest (fixture->staff), ==, QUADRANT_NOT_ASSESSED);
  g_assert_false (quadrant_register_can_undo (fixture->reg));
}

static void
test_group_is_one_step (Fixture       *fixture,
                        gconstpointer  data)
{
  /* A drag: many intermediate positions, one undo step back to the start. */
  quadrant_register_begin_group (fixture->reg, "Drag");
  for (int i = 0; i < 30; i++)
    quadrant_register_move_party (fixture->reg, fixture->regulator, 80 - i, 40 + i);
  quadrant_register_end_group (fixture->reg);

  g_assert_cmpint (quadrant_party_get_power (fixture->regulator), ==, 51);
  g_assert_cmpint (quadrant_party_get_interest (fixture->regulator), ==, 69);
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Drag");
  g_assert_true (quadrant_register_is_dirty (fixture->reg));

  quadrant_register_undo (fixture->reg);
  g_assert_cmpint (quadrant_party_get_power (fixture->regulator), ==, 80);
  g_assert_cmpint (quadrant_party_get_interest (fixture->regulator), ==, 40);
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  g_assert_false (quadrant_register_is_dirty (fixture->reg));

  quadrant_register_redo (fixture->reg);
  g_assert_cmpint (quadrant_party_get_power (fixture->regulator), ==, 51);

  /* An empty group leaves no step. */
  quadrant_register_begin_group (fixture->reg, "Nothing");
  quadrant_register_end_group (fixture->reg);
  g_assert_cmpstr (quadrant_register_get_undo_label (fixture->reg), ==, "Drag");
}

static void
test_add_remove_reorder_parties (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(QuadrantParty) media = quadrant_party_new (NULL);

  quadrant_party_set_name (media, "Media");
  quadrant_register_insert_party (fixture->reg, 1, media);
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 3);
  g_assert_true (party_at (fixture->reg, 1) == media);

  quadrant_register_reorder_party (fixture->reg, media, 0);
  g_assert_true (party_at (fixture->reg, 0) == media);
  g_assert_true (party_at (fixture->reg, 1) == fixture->regulator);

  quadrant_register_remove_party (fixture->reg, fixture->regulator);
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 2);
  g_assert_null (quadrant_register_find_party (fixture->reg, quadrant_party_get_id (fixture->regulator)));

  quadrant_register_undo (fixture->reg);
  g_assert_true (party_at (fixture->reg, 1) == fixture->regulator);
  g_assert_cmpuint (quadrant_party_get_n_requirements (fixture->regulator), ==, 1);
  quadrant_register_undo (fixture->reg);
  g_assert_true (party_at (fixture->reg, 0) == fixture->regulator);
  g_assert_true (party_at (fixture->reg, 1) == media);
  quadrant_register_undo (fixture->reg);
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 2);
  g_assert_false (quadrant_register_is_dirty (fixture->reg));

  quadrant_register_redo (fixture->reg);
  quadrant_register_redo (fixture->reg);
  quadrant_register_redo (fixture->reg);
  g_assert_cmpuint (quadrant_register_get_n_parties (fixture->reg), ==, 2);
  g_assert_true (party_at (fixture->reg, 0) == media);
  g_assert_true (party_at (fixture->reg, 1) == fixture->staff);
}

static void
test_requirements_edit (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(QuadrantRequirement) lawful = quadrant_requirement_new (NULL);
  g_autoptr(GPtrArray) refs = quadrant_reference_array_new ();
  GListModel *list = quadrant_party_get_requirements (fixture->regulator);

  quadrant_requirement_set_statement (lawful, "Lawful processing");
  quadrant_register_add_requirement (fixture->reg, fixture->regulator, lawful);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_true (quadrant_requirement_get_party (lawful) == fixture->regulator);
  g_assert_cmpuint (quadrant_party_get_n_undecided (fixture->regulator), ==, 2);

  quadrant_register_reorder_requirement (fixture->reg, lawful, 0);
  {
    g_autoptr(QuadrantRequirement) first = g_list_model_get_item (list, 0);
    g_assert_true (first == lawful);
  }

  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.34"));
  quadrant_register_set_references (fixture->reg, lawful, refs);
  g_assert_cmpuint (quadrant_requirement_get_references (lawful)->len, ==, 1);
  /* The register copies: changing the caller's array changes nothing. */
  g_ptr_array_add (refs, quadrant_reference_new (QUADRANT_REFERENCE_KIND_POLICY, "Privacy"));
  g_assert_cmpuint (quadrant_requirement_get_references (lawful)->len, ==, 1);

  quadrant_register_remove_requirement (fixture->reg, fixture->breach);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_null (quadrant_requirement_get_party (fixture->breach));

  quadrant_register_undo (fixture->reg); /* remove */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_true (quadrant_requirement_get_party (fixture->breach) == fixture->regulator);
  quadrant_register_undo (fixture->reg); /* references */
  g_assert_cmpuint (quadrant_requirement_get_references (lawful)->len, ==, 0);
  quadrant_register_undo (fixture->reg); /* reorder */
  {
    g_autoptr(QuadrantRequirement) first = g_list_model_get_item (list, 0);
    g_assert_true (first == fixture->breach);
  }
  quadrant_register_undo (fixture->reg); /* add */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_false (quadrant_register_is_dirty (fixture->reg));
}

static void
test_dirty_and_saved_point (Fixture       *fixture,
                            gconstpointer  data)
{
  quadrant_register_set_text (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_NOTES, "one");
  quadrant_register_mark_saved (fixture->reg);
  g_assert_false (quadrant_register_is_dirty (fixture->reg));

  quadrant_register_set_text (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_NOTES, "two");
  g_assert_true (quadrant_register_is_dirty (fixture->reg));
  quadrant_register_undo (fixture->reg);
  g_assert_false (quadrant_register_is_dirty (fixture->reg));
  quadrant_register_undo (fixture->reg);
  g_assert_true (quadrant_register_is_dirty (fixture->reg));
  quadrant_register_redo (fixture->reg);
  g_assert_false (quadrant_register_is_dirty (fixture->reg));

  /* Undo past the saved point, then a new edit: the saved state is gone for good. */
  quadrant_register_undo (fixture->reg);
  quadrant_register_set_text (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_NOTES, "three");
  g_assert_true (quadrant_register_is_dirty (fixture->reg));
  g_assert_false (quadrant_register_can_redo (fixture->reg));
  quadrant_register_undo (fixture->reg);
  g_assert_true (quadrant_register_is_dirty (fixture->reg));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_dirty_notify (Fixture       *fixture,
                   gconstpointer  data)
{
  guint notified = 0;

  g_signal_connect (fixture->reg, "notify::dirty", G_CALLBACK (count_cb), &notified);
  quadrant_register_set_text (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_NOTES, "one");
  g_assert_cmpuint (notified, ==, 1);
  /* Still dirty: no second notification. */
  quadrant_register_set_text (fixture->reg, fixture->staff, QUADRANT_FIELD_PARTY_NOTES, "two");
  g_assert_cmpuint (notified, ==, 1);
  quadrant_register_mark_saved (fixture->reg);
  g_assert_cmpuint (notified, ==, 2);
  g_signal_handlers_disconnect_by_func (fixture->reg, count_cb, &notified);
}

static void
test_group_notifies_can_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  guint notified = 0;

  g_signal_connect (fixture->reg, "notify::can-undo", G_CALLBACK (count_cb), &notified);
  quadrant_register_begin_group (fixture->reg, "Delete Parties");
  quadrant_register_remove_party (fixture->reg, fixture->staff);
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  quadrant_register_end_group (fixture->reg);
  /* A view that follows the notification sees undo become possible. */
  g_assert_true (quadrant_register_can_undo (fixture->reg));
  g_assert_cmpuint (notified, ==, 1);

  quadrant_register_begin_group (fixture->reg, "Nothing");
  g_assert_false (quadrant_register_can_undo (fixture->reg));
  quadrant_register_end_group (fixture->reg);
  g_assert_true (quadrant_register_can_undo (fixture->reg));
  g_assert_cmpuint (notified, ==, 3);
  g_signal_handlers_disconnect_by_func (fixture->reg, count_cb, &notified);
}

static void
test_revision_snapshot (Fixture       *fixture,
                        gconstpointer  data)
{
  QuadrantRevision *revision;
  const QuadrantPosition *position;

  quadrant_register_set_choice (fixture->reg, fixture->regulator, QUADRANT_FIELD_PARTY_CURRENT_SUPPORT, QUADRANT_SUPPORT_SUPPORTIVE);
  revision = quadrant_register_record_revision (fixture->reg, "1.1", "2026-05-01", "Jane", "Review");
  g_assert_true (quadrant_register_get_latest_revision (fixture->reg) == revision);
  g_assert_cmpstr (quadrant_revision_get_version (revision), ==, "1.1");
  g_assert_cmpuint (quadrant_revision_get_positions (revision)->len, ==, 2);

  position = quadrant_revision_find_position (revision, quadrant_party_get_id (fixture->regulator));
  g_assert_nonnull (position);
  g_assert_cmpint (position->power, ==, 80);
  g_assert_cmpint (position->interest, ==, 40);
  g_assert_cmpint (position->support, ==, QUADRANT_SUPPORT_SUPPORTIVE);

  /* Moving afterwards does not change the recorded position. */
  quadrant_register_move_party (fixture->reg, fixture->regulator, 10, 10);
  g_assert_cmpint (position->power, ==, 80);

  quadrant_register_undo (fixture->reg);
  quadrant_register_undo (fixture->reg);
  g_assert_null (quadrant_register_get_latest_revision (fixture->reg));
}

static void
test_quadrant_boundaries (void)
{
  g_assert_cmpint (quadrant_quadrant_from_position (50, 50), ==, QUADRANT_QUADRANT_MANAGE_CLOSELY);
  g_assert_cmpint (quadrant_quadrant_from_position (100, 100), ==, QUADRANT_QUADRANT_MANAGE_CLOSELY);
  g_assert_cmpint (quadrant_quadrant_from_position (50, 49), ==, QUADRANT_QUADRANT_KEEP_SATISFIED);
  g_assert_cmpint (quadrant_quadrant_from_position (49, 50), ==, QUADRANT_QUADRANT_KEEP_INFORMED);
  g_assert_cmpint (quadrant_quadrant_from_position (49, 49), ==, QUADRANT_QUADRANT_MONITOR);
  g_assert_cmpint (quadrant_quadrant_from_position (0, 0), ==, QUADRANT_QUADRANT_MONITOR);
  g_assert_cmpint (quadrant_quadrant_from_position (-1, 70), ==, QUADRANT_QUADRANT_UNPLACED);
  g_assert_cmpint (quadrant_quadrant_from_position (70, -1), ==, QUADRANT_QUADRANT_UNPLACED);
}

static void
test_enum_nicks_and_dates (void)
{
  int value = -1;

  g_assert_cmpstr (quadrant_enum_to_nick (QUADRANT_TYPE_KIND, QUADRANT_KIND_SENIOR_LEADERSHIP), ==, "senior-leadership");
  g_assert_cmpstr (quadrant_enum_to_nick (QUADRANT_TYPE_DECISION, QUADRANT_DECISION_PARTIALLY_ADDRESSED), ==, "partially-addressed");
  g_assert_true (quadrant_enum_from_nick (QUADRANT_TYPE_SUPPORT, "supportive", &value));
  g_assert_cmpint (value, ==, QUADRANT_SUPPORT_SUPPORTIVE);
  g_assert_false (quadrant_enum_from_nick (QUADRANT_TYPE_SUPPORT, "Supportive", &value));
  g_assert_false (quadrant_enum_from_nick (QUADRANT_TYPE_SUPPORT, NULL, &value));
  g_assert_cmpstr (quadrant_enum_to_label (QUADRANT_TYPE_QUADRANT, QUADRANT_QUADRANT_KEEP_SATISFIED), ==, "Keep satisfied");

  g_assert_true (quadrant_date_is_valid ("2024-02-29"));
  g_assert_false (quadrant_date_is_valid ("2023-02-29"));
  g_assert_false (quadrant_date_is_valid ("2023-13-01"));
  g_assert_false (quadrant_date_is_valid ("2023-1-01"));
  g_assert_false (quadrant_date_is_valid ("yesterday"));
  g_assert_false (quadrant_date_is_valid (""));
}

static void
count_items_changed (guint *n_changes)
{
  (*n_changes)++;
}

/* Many parties as one edit: one undo step, items-changed once, and a party
 * already in the register refused. */
static void
test_append_parties (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) first = quadrant_party_new (NULL);
  g_autoptr(QuadrantParty) second = quadrant_party_new (NULL);
  g_autoptr(QuadrantParty) third = quadrant_party_new (NULL);
  QuadrantParty *batch[] = { second, third };
  QuadrantParty *again[] = { first };
  guint n_changes = 0;

  quadrant_party_set_name (first, "First");
  quadrant_party_set_name (second, "Second");
  quadrant_party_set_name (third, "Third");
  quadrant_register_add_party (reg, first);
  g_signal_connect_swapped (quadrant_register_get_parties (reg), "items-changed",
                            G_CALLBACK (count_items_changed), &n_changes);

  quadrant_register_append_parties (reg, batch, G_N_ELEMENTS (batch));
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);
  {
    g_autoptr(QuadrantParty) last = g_list_model_get_item (quadrant_register_get_parties (reg), 2);

    g_assert_true (last == third);
  }

  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 1);
  g_assert_true (quadrant_register_redo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);

  g_test_expect_message ("quadrant-register", G_LOG_LEVEL_CRITICAL, "*g_hash_table_add*");
  quadrant_register_append_parties (reg, again, G_N_ELEMENTS (again));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("builder-is-clean", test_builder_is_clean);
  ADD ("undo/set-string", test_set_string_undo_redo);
  ADD ("undo/every-field", test_every_field_undoes);
  ADD ("undo/move-party", test_move_party_one_step);
  ADD ("undo/group", test_group_is_one_step);
  ADD ("undo/parties", test_add_remove_reorder_parties);
  ADD ("undo/requirements", test_requirements_edit);
  ADD ("dirty/saved-point", test_dirty_and_saved_point);
  ADD ("dirty/notify", test_dirty_notify);
  ADD ("undo/group-notifies", test_group_notifies_can_undo);
  ADD ("revision/snapshot", test_revision_snapshot);
  g_test_add_func ("/model/quadrant-boundaries", test_quadrant_boundaries);
  g_test_add_func ("/model/append-parties", test_append_parties);
  g_test_add_func ("/model/enums-and-dates", test_enum_nicks_and_dates);

  return g_test_run ();
}
