/* quadrant-reader-fields.c: the fields of the table as the parser meets them
 *
 * The attributes and text elements of the metadata, a party and a
 * requirement come from the field table (quadrant-field.h): here they are
 * listed once per place in the file with their interned names, looked up,
 * checked and set on the object being read.
 */
#define G_LOG_DOMAIN "quadrant-reader"

#include "config.h"

#include "quadrant-reader-private.h"

static FieldList field_lists[N_LISTS];

static void
fill_list (FieldList           *list,
           QuadrantFieldObject  object,
           QuadrantFieldXml     xml,
           const char          *parent)
{
  for (QuadrantField f = quadrant_field_object_first (object); f < quadrant_field_object_end (object); f++)
    {
      const QuadrantFieldInfo *info = quadrant_field_get_info (f);

      if (info->xml != xml || g_strcmp0 (info->xml_parent, parent) != 0)
        continue;
      g_assert (list->n < G_N_ELEMENTS (list->fields));
      list->fields[list->n] = f;
      list->infos[list->n] = info;
      list->n++;
    }
}

/* The lists, made from the field table once. */
const FieldList *
_quadrant_reader_get_fields (FieldListId which)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      fill_list (&field_lists[LIST_PARTY_ATTRIBUTES], QUADRANT_FIELD_OBJECT_PARTY, QUADRANT_FIELD_XML_ATTRIBUTE, NULL);
      fill_list (&field_lists[LIST_PARTY_ELEMENTS], QUADRANT_FIELD_OBJECT_PARTY, QUADRANT_FIELD_XML_ELEMENT, NULL);
      fill_list (&field_lists[LIST_ENGAGEMENT], QUADRANT_FIELD_OBJECT_PARTY, QUADRANT_FIELD_XML_ELEMENT, "engagement");
      fill_list (&field_lists[LIST_REQUIREMENT_ATTRIBUTES], QUADRANT_FIELD_OBJECT_REQUIREMENT,
                 QUADRANT_FIELD_XML_ATTRIBUTE, NULL);
      fill_list (&field_lists[LIST_REQUIREMENT_ELEMENTS], QUADRANT_FIELD_OBJECT_REQUIREMENT,
                 QUADRANT_FIELD_XML_ELEMENT, NULL);
      fill_list (&field_lists[LIST_METADATA], QUADRANT_FIELD_OBJECT_REGISTER, QUADRANT_FIELD_XML_ELEMENT, "metadata");
      g_once_init_leave (&initialised, 1);
    }
  return &field_lists[which];
}

/* An attribute that is a field of the object: checked, and set on target
 * when it passed. Power and interest are only noted in numbers (by list
 * index): they are set together, or not at all. FALSE when it is not a field. */
gboolean
_quadrant_reader_parse_field_attribute (Reader          *self,
                                        const FieldList *list,
                                        gpointer         target,
                                        const Attribute *attribute,
                                        Problem         *problem,
                                        guint64         *seen,
                                        int             *numbers)
{
  int i = _quadrant_reader_find_field (self, list, attribute->local);
  const QuadrantFieldInfo *info;
  const char *what;
  int value;

  if (i < 0)
    return FALSE;

  info = list->infos[i];
  what = info->xml_name;
  *seen |= BIT (SEEN_FIELD (list->fields[i]));
  switch (info->type)
    {
    case QUADRANT_FIELD_TYPE_ID:
      break;  /* read first, with _quadrant_reader_read_id () */
    case QUADRANT_FIELD_TYPE_CHOICE:
      if (_quadrant_reader_parse_enum (self, problem, info->enum_type (), what, attribute->value, &value))
        info->set_number (target, value);
      break;
    case QUADRANT_FIELD_TYPE_PERCENT:
      _quadrant_reader_parse_percentage (problem, what, attribute->value, &numbers[i]);
      break;
    case QUADRANT_FIELD_TYPE_DATE:
      if (_quadrant_reader_parse_date (problem, what, attribute->value))
        info->set_text (target, (const char *) attribute->value);
      break;
    default:
      info->set_text (target, (const char *) attribute->value);
    }
  return TRUE;
}

/* Notes the first required choice that the element does not have. */
void
_quadrant_reader_note_missing_attributes (Reader          *self,
                                          const FieldList *list,
                                          guint64          seen,
                                          Problem         *problem)
{
  for (guint i = 0; i < list->n; i++)
    {
      const QuadrantFieldInfo *info = list->infos[i];

      if (info->type == QUADRANT_FIELD_TYPE_CHOICE && !(info->flags & QUADRANT_FIELD_FLAG_OPTIONAL) &&
          !(seen & BIT (SEEN_FIELD (list->fields[i]))))
        _quadrant_reader_note_missing (problem, info->xml_name, EXPECT_ONE_OF,
                                       _quadrant_reader_enum_values (self, info->enum_type ()));
    }
}

