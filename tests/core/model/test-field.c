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

  /* Fields of one object are together, in file order: attributes first. */
  for (QuadrantFieldObject o = QUADRANT_FIELD_OBJECT_REGISTER; o <= QUADRANT_FIELD_OBJECT_REVISION; o++)
    {
      gboolean elements = FALSE;

      for (guint f = quadrant_field_object_first (o); f < quadrant_field_object_end (o); f++)
        {
          const QuadrantFieldInfo *info = quadrant_field_get_info (f);

          g_assert_cmpint (info->object, ==, o);
          if (info->xml == QUADRANT_FIELD_XML_ATTRIBUTE)
            g_assert_false (elements);
          else
            elements = TRUE;
        }
    }
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/field/table", test_table_consistent);
  g_test_add_func ("/field/belongs-to", test_belongs_to);
  g_test_add_func ("/field/blank", test_blank);

  return g_test_run ();
}
