/* quadrant-export-table.c: the columns of the spreadsheet exports, from the
 * field table */
#define G_LOG_DOMAIN "quadrant-export"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-export-table.h"

/* Where a field's label alone would be ambiguous among a requirement row's
 * columns (the party's owner and the requirement's), the label says whose. */
static const struct {
  QuadrantField  field;
  const char    *label;
} qualified_labels[] = {
  { QUADRANT_FIELD_PARTY_CODE, N_("Party reference code") },
  { QUADRANT_FIELD_PARTY_NAME, N_("Party name") },
  { QUADRANT_FIELD_PARTY_OWNER, N_("Party owner") },
  { QUADRANT_FIELD_REQUIREMENT_OWNER, N_("Requirement owner") },
  { QUADRANT_FIELD_REQUIREMENT_NOTES, N_("Requirement notes") },
};

/* Where the label the window shows would mean another field to a reader of
 * the sheet (the import reads a "Relevance" column as interest). */
static const struct {
  QuadrantField  field;
  const char    *label;
} sheet_labels[] = {
  { QUADRANT_FIELD_PARTY_RELEVANCE, N_("Relevant to the ISMS") },
};

static gboolean
is_column (const QuadrantFieldInfo *info,
           QuadrantExportTable      table)
{
  if (info->csv_header == NULL)
    return FALSE;
  return table == QUADRANT_EXPORT_TABLE_PARTIES || info->object != QUADRANT_FIELD_OBJECT_PARTY ||
         (info->flags & QUADRANT_FIELD_FLAG_CSV_WITH_REQUIREMENTS);
}

static void
append_columns (GArray              *columns,
                QuadrantFieldObject  object,
                QuadrantExportTable  table)
{
  for (QuadrantField f = quadrant_field_object_first (object); f < quadrant_field_object_end (object); f++)
    {
      QuadrantExportColumn column = { QUADRANT_EXPORT_COLUMN_FIELD, f };

      if (!is_column (quadrant_field_get_info (f), table))
        continue;
      g_array_append_val (columns, column);
      if (f == QUADRANT_FIELD_PARTY_INTEREST)
        {
          QuadrantExportColumn quadrant = { QUADRANT_EXPORT_COLUMN_QUADRANT, QUADRANT_N_FIELDS };

          g_array_append_val (columns, quadrant);
        }
    }
}

GArray *
quadrant_export_table_columns (QuadrantExportTable table)
{
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (QuadrantExportColumn));

  append_columns (columns, QUADRANT_FIELD_OBJECT_PARTY, table);
  if (table == QUADRANT_EXPORT_TABLE_REQUIREMENTS)
    append_columns (columns, QUADRANT_FIELD_OBJECT_REQUIREMENT, table);
  else
    {
      QuadrantExportColumn counts[] = {
        { QUADRANT_EXPORT_COLUMN_N_REQUIREMENTS, QUADRANT_N_FIELDS },
        { QUADRANT_EXPORT_COLUMN_N_UNDECIDED, QUADRANT_N_FIELDS },
      };

      g_array_append_vals (columns, counts, G_N_ELEMENTS (counts));
    }
  return columns;
}

const char *
quadrant_export_column_header (QuadrantExportTable         table,
                               const QuadrantExportColumn *column,
                               gboolean                    labels)
{
  const QuadrantFieldInfo *info;

  g_return_val_if_fail (column != NULL, NULL);

  switch (column->kind)
    {
    case QUADRANT_EXPORT_COLUMN_QUADRANT:
      return labels ? _("Quadrant") : "quadrant";
    case QUADRANT_EXPORT_COLUMN_N_REQUIREMENTS:
      return labels ? _("Requirements") : "requirements";
    case QUADRANT_EXPORT_COLUMN_N_UNDECIDED:
      /* Translators: a column header of the exported sheet: how many of
       * the party's requirements are undecided */
      return labels ? _("Undecided") : "undecided";
    case QUADRANT_EXPORT_COLUMN_FIELD:
    default:
      break;
    }

  info = quadrant_field_get_info (column->field);
  if (table == QUADRANT_EXPORT_TABLE_REQUIREMENTS && info->csv_qualified_header != NULL)
    {
      if (!labels)
        return info->csv_qualified_header;
      for (guint i = 0; i < G_N_ELEMENTS (qualified_labels); i++)
        if (qualified_labels[i].field == column->field)
          return _(qualified_labels[i].label);
    }
  if (!labels)
    return info->csv_header;
  for (guint i = 0; i < G_N_ELEMENTS (sheet_labels); i++)
    if (sheet_labels[i].field == column->field)
      return _(sheet_labels[i].label);
  return quadrant_field_get_label (column->field);
}

GType
quadrant_export_column_enum (const QuadrantExportColumn *column)
{
  const QuadrantFieldInfo *info;

  g_return_val_if_fail (column != NULL, G_TYPE_NONE);

  if (column->kind == QUADRANT_EXPORT_COLUMN_QUADRANT)
    return QUADRANT_TYPE_QUADRANT;
  if (column->kind != QUADRANT_EXPORT_COLUMN_FIELD)
    return G_TYPE_NONE;
  info = quadrant_field_get_info (column->field);
  return info->type == QUADRANT_FIELD_TYPE_CHOICE ? info->enum_type () : G_TYPE_NONE;
}

gboolean
quadrant_export_column_is_number (const QuadrantExportColumn *column)
{
  g_return_val_if_fail (column != NULL, FALSE);

  if (column->kind == QUADRANT_EXPORT_COLUMN_FIELD)
    return quadrant_field_get_info (column->field)->type == QUADRANT_FIELD_TYPE_PERCENT;
  return column->kind != QUADRANT_EXPORT_COLUMN_QUADRANT;
}

static const char *
enum_word (GType    type,
           int      value,
           gboolean labels)
{
  return labels ? quadrant_enum_to_label (type, value) : quadrant_enum_to_nick (type, value);
}

/* "control: A.5.34; policy: Privacy policy", with labels "Control: A.5.34". */
static char *
format_references (GPtrArray *refs,
                   gboolean   labels)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      QuadrantReference *ref = g_ptr_array_index (refs, i);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s: %s", enum_word (QUADRANT_TYPE_REFERENCE_KIND, ref->kind, labels),
                              ref->text != NULL ? ref->text : "");
    }
  return g_string_free (text, text->len == 0);
}

char *
quadrant_export_column_value (const QuadrantExportColumn *column,
                              QuadrantParty              *party,
                              QuadrantRequirement        *requirement,
                              gboolean                    labels)
{
  const QuadrantFieldInfo *info;
  gpointer object;

  g_return_val_if_fail (column != NULL, NULL);
  g_return_val_if_fail (QUADRANT_IS_PARTY (party), NULL);

  switch (column->kind)
    {
    case QUADRANT_EXPORT_COLUMN_QUADRANT:
      return g_strdup (enum_word (QUADRANT_TYPE_QUADRANT, quadrant_party_get_quadrant (party), labels));
    case QUADRANT_EXPORT_COLUMN_N_REQUIREMENTS:
      return g_strdup_printf ("%u", quadrant_party_get_n_requirements (party));
    case QUADRANT_EXPORT_COLUMN_N_UNDECIDED:
      return g_strdup_printf ("%u", quadrant_party_get_n_undecided (party));
    case QUADRANT_EXPORT_COLUMN_FIELD:
    default:
      break;
    }

  info = quadrant_field_get_info (column->field);
  object = info->object == QUADRANT_FIELD_OBJECT_PARTY ? (gpointer) party : (gpointer) requirement;
  if (object == NULL)
    return NULL;

  switch (info->type)
    {
    case QUADRANT_FIELD_TYPE_PERCENT:
      {
        int value = info->get_number (object);

        /* Not yet assessed: empty. */
        return value != QUADRANT_NOT_ASSESSED ? g_strdup_printf ("%d", value) : NULL;
      }
    case QUADRANT_FIELD_TYPE_CHOICE:
      {
        int value = info->get_number (object);

        /* A choice that the file leaves out (identified by: not recorded): empty. */
        if (value == 0 && (info->flags & QUADRANT_FIELD_FLAG_OPTIONAL) &&
            !(info->flags & QUADRANT_FIELD_FLAG_DEFAULT_IS_VALUE))
          return NULL;
        return g_strdup (enum_word (info->enum_type (), value, labels));
      }
    case QUADRANT_FIELD_TYPE_REFERENCES:
      return format_references (quadrant_requirement_get_references (object), labels);
    default:
      {
        const char *text = info->get_text (object);

        return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
      }
    }
}
