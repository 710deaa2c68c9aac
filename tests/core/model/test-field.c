/* test-field.c: the field table describes the model as it is, and the one
 * blank rule */
#define G_LOG_DOMAIN "test-field"

#include "config.h"

#include "quadrant-register.h"

static GType
object_gtype (QuadrantFieldObject object)
{
  switch (object)
    {
    case QUADRANT_FIELD_OBJECT_REGISTER: return QUADRANT_TYPE_REGISTER;
    case QUADRANT_FIELD_OBJECT_PARTY: return QUADRANT_TYPE_PARTY;
    case QUADRANT_FIELD_OBJECT_REQUIREMENT: return QUADRANT_TYPE_REQUIREMENT;
    case QUADRANT_FIELD_OBJECT_REFERENCE:
    case QUADRANT_FIELD_OBJECT_REVISION: /* immutable, no properties */
    default: return G_TYPE_INVALID;
    }
}

/* Every entry is in its place, names a property of the right type, has a
 * label and accessors that fit its type. */
static void
test_table_consistent (void)
{
  for (guint f = 0; f < QUADRANT_N_FIELDS; f++)
    {
      const QuadrantFieldInfo *info = quadrant_field_get_info (f);
      GType gtype = object_gtype (info->object);

      g_test_message ("field %u: %s", f, info->label);
      g_assert_cmpuint (info->field, ==, f);
      g_assert_nonnull (info->label);
      g_assert_cmpstr (quadrant_field_get_label (f), !=, "");

      if (info->xml != QUADRANT_FIELD_XML_CONTENT)
        {
          g_assert_nonnull (info->xml_name);
          g_assert_cmpuint (quadrant_field_find_xml (info->object, info->xml, info->xml_name), ==, f);
        }

      if (gtype != G_TYPE_INVALID)
        {
          g_autoptr(GTypeClass) klass = g_type_class_ref (gtype);
          GParamSpec *pspec;

          g_assert_nonnull (info->property);
          pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), info->property);
          g_assert_nonnull (pspec);
          g_assert_cmpuint (quadrant_field_find_property (info->object, info->property), ==, f);
          if (info->flags & QUADRANT_FIELD_FLAG_EDITABLE)
            g_assert_true (pspec->flags & G_PARAM_WRITABLE);

          switch (info->type)
            {
            case QUADRANT_FIELD_TYPE_CHOICE:
              g_assert_nonnull (info->enum_type);
              g_assert_cmpint (pspec->value_type, ==, info->enum_type ());
              break;
            case QUADRANT_FIELD_TYPE_PERCENT:
              g_assert_cmpint (pspec->value_type, ==, G_TYPE_INT);
              break;
            case QUADRANT_FIELD_TYPE_REFERENCES:
              g_assert_cmpint (pspec->value_type, ==, G_TYPE_PTR_ARRAY);
              break;
            default:
              g_assert_cmpint (pspec->value_type, ==, G_TYPE_STRING);
              g_assert_cmpuint (info->max_length, >, 0);
            }
        }

      if (info->type == QUADRANT_FIELD_TYPE_CHOICE || info->type == QUADRANT_FIELD_TYPE_PERCENT)
        g_assert_nonnull (info->get_number);
      else if (info->type != QUADRANT_FIELD_TYPE_REFERENCES)
        g_assert_nonnull (info->get_text);
      g_assert_true (quadrant_field_is_text (f) == (info->get_text != NULL));

      /* CSV headers are unique among the columns of one row. */
      for (guint g = 0; g < f && info->csv_header != NULL; g++)
        {
          const QuadrantFieldInfo *other = quadrant_field_get_info (g);

          if (other->object == info->object)
            g_assert_cmpstr (other->csv_header, !=, info->csv_header);
        }
    }

  /* Fields of one object are together. */
  for (QuadrantFieldObject o = QUADRANT_FIELD_OBJECT_REGISTER; o <= QUADRANT_FIELD_OBJECT_REVISION; o++)
    for (guint f = quadrant_field_object_first (o); f < quadrant_field_object_end (o); f++)
      g_assert_cmpint (quadrant_field_get_info (f)->object, ==, o);
}

static void
test_belongs_to (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);

  g_assert_true (quadrant_field_belongs_to (QUADRANT_FIELD_PARTY_OWNER, party));
  g_assert_false (quadrant_field_belongs_to (QUADRANT_FIELD_PARTY_OWNER, requirement));
  g_assert_false (quadrant_field_belongs_to (QUADRANT_FIELD_PARTY_OWNER, reg));
  g_assert_true (quadrant_field_belongs_to (QUADRANT_FIELD_REQUIREMENT_OWNER, requirement));
  g_assert_true (quadrant_field_belongs_to (QUADRANT_FIELD_REGISTER_OWNER, reg));
  g_assert_false (quadrant_field_belongs_to (QUADRANT_FIELD_REGISTER_OWNER, party));
}

static void
test_blank (void)
{
  g_assert_true (quadrant_text_is_blank (NULL));
  g_assert_true (quadrant_text_is_blank (""));
  g_assert_true (quadrant_text_is_blank (" \t\r\n"));
  /* no-break space, ideographic space, em space: blank to a reader too */
  g_assert_true (quadrant_text_is_blank ("\xC2\xA0"));
  g_assert_true (quadrant_text_is_blank (" \xE3\x80\x80\xE2\x80\x83 "));
  g_assert_false (quadrant_text_is_blank ("a"));
  g_assert_false (quadrant_text_is_blank ("  \xC2\xA0 Ä"));
  g_assert_false (quadrant_text_is_blank ("\xE2\x82\xAC"));
  /* Invalid or cut-off UTF-8 is not blank, and is not read past its end. */
  g_assert_false (quadrant_text_is_blank (" \xE3"));
  g_assert_false (quadrant_text_is_blank ("\xFF"));
}

typedef struct {
  GPtrArray *objects;
  GArray    *fields;
  guint      changed;
  guint      names;
} Events;

static void
field_changed_cb (QuadrantRegister *reg,
                  GObject          *object,
                  guint             field,
                  Events           *events)
{
  g_ptr_array_add (events->objects, object);
  g_array_append_val (events->fields, field);
}

static void
changed_cb (QuadrantRegister *reg,
            Events           *events)
{
  /* "field-changed" comes first, so "changed" sees the whole edit. */
  g_assert_cmpuint (events->objects->len, >, events->changed);
  events->changed++;
}

static void
name_changed_cb (QuadrantRegister *reg,
                 GObject          *object,
                 guint             field,
                 Events           *events)
{
  g_assert_cmpuint (field, ==, QUADRANT_FIELD_PARTY_NAME);
  events->names++;
}

static void
assert_event (Events        *events,
              guint          index,
              gpointer       object,
              QuadrantField  field)
{
  g_assert_cmpuint (events->objects->len, >, index);
  g_assert_true (g_ptr_array_index (events->objects, index) == object);
  g_assert_cmpuint (g_array_index (events->fields, guint, index), ==, field);
}

/* The change signal says which field of which object changed, on an edit,
 * its undo and its redo; listeners of "changed" still hear every edit. */
static void
test_field_changed (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autoptr(QuadrantRequirement) requirement = quadrant_requirement_new (NULL);
  Events events = { g_ptr_array_new (), g_array_new (FALSE, FALSE, sizeof (guint)), 0, 0 };

  quadrant_party_set_name (party, "Regulator");
  quadrant_requirement_set_statement (requirement, "Report breaches");
  quadrant_party_append_requirement (party, requirement);
  quadrant_register_append_party_unrecorded (reg, party);

  g_signal_connect (reg, "field-changed", G_CALLBACK (field_changed_cb), &events);
  g_signal_connect (reg, "field-changed::name", G_CALLBACK (name_changed_cb), &events);
  g_signal_connect (reg, "changed", G_CALLBACK (changed_cb), &events);

  quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_NAME, "Supervisory authority");
  assert_event (&events, 0, party, QUADRANT_FIELD_PARTY_NAME);
  quadrant_register_set_choice (reg, requirement, QUADRANT_FIELD_REQUIREMENT_DECISION, QUADRANT_DECISION_ADDRESSED);
  assert_event (&events, 1, requirement, QUADRANT_FIELD_REQUIREMENT_DECISION);
  quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Contoso");
  assert_event (&events, 2, reg, QUADRANT_FIELD_REGISTER_ORGANISATION);
  quadrant_register_set_number (reg, party, QUADRANT_FIELD_PARTY_POWER, 80);
  assert_event (&events, 3, party, QUADRANT_FIELD_PARTY_POWER);
  g_assert_cmpuint (events.changed, ==, 4);
  g_assert_cmpuint (events.names, ==, 1);

  /* The same value again: nothing changed, nothing said. */
  quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_NAME, "Supervisory authority");
  g_assert_cmpuint (events.objects->len, ==, 4);

  g_assert_true (quadrant_register_undo (reg));
  assert_event (&events, 4, party, QUADRANT_FIELD_PARTY_POWER);
  g_assert_true (quadrant_register_undo (reg));
  assert_event (&events, 5, reg, QUADRANT_FIELD_REGISTER_ORGANISATION);
  g_assert_true (quadrant_register_redo (reg));
  assert_event (&events, 6, reg, QUADRANT_FIELD_REGISTER_ORGANISATION);
  g_assert_cmpuint (events.changed, ==, 7);

  /* A move is one step that names both fields. */
  quadrant_register_move_party (reg, party, 10, 90);
  assert_event (&events, 7, party, QUADRANT_FIELD_PARTY_POWER);
  assert_event (&events, 8, party, QUADRANT_FIELD_PARTY_INTEREST);
  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (events.objects->len, ==, 11);
  g_assert_cmpint (quadrant_party_get_power (party), ==, QUADRANT_NOT_ASSESSED);
  g_assert_cmpuint (events.names, ==, 1);

  g_ptr_array_unref (events.objects);
  g_array_unref (events.fields);
}

/* The typed edit API refuses a field of another object or of another type. */
static void
test_typed_edit_checked (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, "Staff");
  quadrant_register_append_party_unrecorded (reg, party);

  g_test_expect_message ("quadrant-register", G_LOG_LEVEL_CRITICAL, "*belongs_to*");
  quadrant_register_set_text (reg, party, QUADRANT_FIELD_REQUIREMENT_STATEMENT, "wrong");
  g_test_assert_expected_messages ();

  g_test_expect_message ("quadrant-register", G_LOG_LEVEL_CRITICAL, "*belongs_to*");
  quadrant_register_set_text (reg, reg, QUADRANT_FIELD_PARTY_OWNER, "wrong");
  g_test_assert_expected_messages ();

  g_test_expect_message ("quadrant-register", G_LOG_LEVEL_CRITICAL, "*is_text*");
  quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_POWER, "80");
  g_test_assert_expected_messages ();

  g_test_expect_message ("quadrant-register", G_LOG_LEVEL_CRITICAL, "*type*");
  quadrant_register_set_number (reg, party, QUADRANT_FIELD_PARTY_KIND, 3);
  g_test_assert_expected_messages ();

  g_test_expect_message ("quadrant-register", G_LOG_LEVEL_CRITICAL, "*EDITABLE*");
  quadrant_register_set_text (reg, party, QUADRANT_FIELD_PARTY_ID, "b2c8c2a4-0000-4000-8000-000000000000");
  g_test_assert_expected_messages ();

  g_assert_false (quadrant_register_can_undo (reg));
  g_assert_cmpstr (quadrant_party_get_name (party), ==, "Staff");
  g_assert_cmpstr (quadrant_register_get_owner (reg), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/field/table", test_table_consistent);
  g_test_add_func ("/field/belongs-to", test_belongs_to);
  g_test_add_func ("/field/blank", test_blank);
  g_test_add_func ("/field/changed-signal", test_field_changed);
  g_test_add_func ("/field/typed-edit-checked", test_typed_edit_checked);

  return g_test_run ();
}
