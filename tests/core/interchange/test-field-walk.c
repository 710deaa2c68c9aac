/* test-field-walk.c: every field of the field table round-trips through the
 * register file and the CSV export (and import, where it reads the field),
 * and shows in the HTML report
 *
 * Walks the table rather than a list of its own, so that a field added to
 * the table is tested without touching this file.
 */
#define G_LOG_DOMAIN "test-field-walk"

#include "config.h"

#include <string.h>

#include "quadrant-csv.h"
#include "quadrant-csv-import.h"
#include "quadrant-reader.h"
#include "quadrant-report.h"
#include "quadrant-writer.h"

#define TODAY "2026-11-27"

/* A value of field for the given variant (0 or 1); the two differ. */
static char *
text_value (QuadrantField field,
            guint         variant)
{
  const QuadrantFieldInfo *info = quadrant_field_get_info (field);

  switch (info->type)
    {
    case QUADRANT_FIELD_TYPE_ID:
      return g_strdup_printf ("6f1c2d3e-%04u-4000-8000-%012u", (guint) field, variant);
    case QUADRANT_FIELD_TYPE_DATE:
      return g_strdup_printf ("20%02u-%02u-%02u", 20 + variant, 1 + field % 12, 1 + field % 28);
    case QUADRANT_FIELD_TYPE_TEXT:
      return g_strdup_printf ("Field%u variant%u\nsecond line, “quoted” & <escaped>", (guint) field, variant);
    default:
      return g_strdup_printf ("Field%u variant%u, “quoted” & <escaped>", (guint) field, variant);
    }
}

static int
number_value (QuadrantField field,
              guint         variant)
{
  const QuadrantFieldInfo *info = quadrant_field_get_info (field);

  if (info->type == QUADRANT_FIELD_TYPE_PERCENT)
    return 20 + (int) field % 20 + 40 * (int) variant;
  else
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (info->enum_type ());
      int base = 1 % (int) klass->n_values;

      /* Never the default 0 in variant 0, so that an optional one is written. */
      return variant == 0 ? base : (base + 1) % (int) klass->n_values;
    }
}

static void
fill (gpointer             object,
      QuadrantFieldObject  kind,
      QuadrantField        mutated,
      guint                variant)
{
  for (QuadrantField f = quadrant_field_object_first (kind); f < quadrant_field_object_end (kind); f++)
    {
      const QuadrantFieldInfo *info = quadrant_field_get_info (f);
      guint v = f == mutated ? 1 - variant : variant;

      if (info->set_text != NULL)
        {
          g_autofree char *text = text_value (f, v);

          info->set_text (object, text);
        }
      else if (info->set_number != NULL)
        info->set_number (object, number_value (f, v));
    }
}

/* A register with every field set to a value of variant, except mutated,
 * which has the other one (QUADRANT_N_FIELDS: none). */
static QuadrantRegister *
build_register (QuadrantField mutated,
                guint         variant)
{
  QuadrantRegister *reg = quadrant_register_new ();
  g_autofree char *party_id = NULL, *requirement_id = NULL;
  g_autofree char *version = NULL, *date = NULL, *author = NULL, *summary = NULL;
  g_autoptr(QuadrantParty) party = NULL;
  g_autoptr(QuadrantRequirement) requirement = NULL;
  g_autoptr(QuadrantRevision) revision = NULL;
  g_autoptr(GPtrArray) references = quadrant_reference_array_new ();
  QuadrantReference *reference = quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.34");
  guint v;

  fill (reg, QUADRANT_FIELD_OBJECT_REGISTER, mutated, variant);

  v = mutated == QUADRANT_FIELD_PARTY_ID ? 1 - variant : variant;
  party_id = text_value (QUADRANT_FIELD_PARTY_ID, v);
  party = quadrant_party_new (party_id);
  fill (party, QUADRANT_FIELD_OBJECT_PARTY, mutated, variant);

  v = mutated == QUADRANT_FIELD_REQUIREMENT_ID ? 1 - variant : variant;
  requirement_id = text_value (QUADRANT_FIELD_REQUIREMENT_ID, v);
  requirement = quadrant_requirement_new (requirement_id);
  fill (requirement, QUADRANT_FIELD_OBJECT_REQUIREMENT, mutated, variant);

  /* The references as a whole, and each field of one. */
  fill (reference, QUADRANT_FIELD_OBJECT_REFERENCE, mutated, variant);
  g_ptr_array_add (references, reference);
  if ((mutated == QUADRANT_FIELD_REQUIREMENT_REFERENCES) != (variant == 1))
    g_ptr_array_add (references, quadrant_reference_new (QUADRANT_REFERENCE_KIND_POLICY, "Privacy policy"));
  quadrant_requirement_set_references (requirement, references);

  quadrant_party_append_requirement (party, requirement);
  quadrant_register_append_party_unrecorded (reg, party);

#define REVISION_VALUE(F) text_value (F, mutated == F ? 1 - variant : variant)
  version = REVISION_VALUE (QUADRANT_FIELD_REVISION_VERSION);
  date = REVISION_VALUE (QUADRANT_FIELD_REVISION_DATE);
  author = REVISION_VALUE (QUADRANT_FIELD_REVISION_AUTHOR);
  summary = REVISION_VALUE (QUADRANT_FIELD_REVISION_SUMMARY);
#undef REVISION_VALUE
  revision = quadrant_revision_new (version, date, author, summary);
  quadrant_revision_add_position (revision, party_id, 10, 20, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_register_append_revision_unrecorded (reg, revision);

  return reg;
}

static gpointer
object_of (QuadrantRegister    *reg,
           QuadrantFieldObject  kind)
{
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autoptr(QuadrantRequirement) requirement = NULL;
  g_autoptr(QuadrantRevision) revision = NULL;

  g_assert_nonnull (party);
  requirement = g_list_model_get_item (quadrant_party_get_requirements (party), 0);
  switch (kind)
    {
    case QUADRANT_FIELD_OBJECT_REGISTER:
      return reg;
    case QUADRANT_FIELD_OBJECT_PARTY:
      return party;  /* the register keeps it */
    case QUADRANT_FIELD_OBJECT_REQUIREMENT:
      g_assert_nonnull (requirement);
      return requirement;
    case QUADRANT_FIELD_OBJECT_REFERENCE:
      g_assert_nonnull (requirement);
      g_assert_cmpuint (quadrant_requirement_get_references (requirement)->len, >, 0);
      return g_ptr_array_index (quadrant_requirement_get_references (requirement), 0);
    case QUADRANT_FIELD_OBJECT_REVISION:
      revision = g_list_model_get_item (quadrant_register_get_revisions (reg), 0);
      g_assert_nonnull (revision);
      return revision;
    default:
      g_assert_not_reached ();
    }
}

static void
assert_field_equal (QuadrantField     f,
                    QuadrantRegister *expected,
                    QuadrantRegister *actual)
{
  const QuadrantFieldInfo *info = quadrant_field_get_info (f);
  gpointer a = object_of (expected, info->object);
  gpointer b = object_of (actual, info->object);

  g_test_message ("field %s (%s)", info->label, info->xml_name != NULL ? info->xml_name : "text");
  if (info->get_text != NULL)
    g_assert_cmpstr (info->get_text (b), ==, info->get_text (a));
  else if (info->get_number != NULL)
    g_assert_cmpint (info->get_number (b), ==, info->get_number (a));
  else
    g_assert_true (quadrant_reference_array_equal (quadrant_requirement_get_references (a),
                                                   quadrant_requirement_get_references (b)));
}

/* Write, read, equal: with every field set, in both variants (the second has
 * the optional choices at their default, which the file leaves out). */
static void
test_xml_round_trip (void)
{
  for (guint variant = 0; variant < 2; variant++)
    {
      g_autoptr(QuadrantRegister) reg = build_register (QUADRANT_N_FIELDS, variant);
      g_autoptr(GBytes) bytes = quadrant_writer_to_bytes (reg);
      g_autoptr(QuadrantRegister) loaded = NULL;
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      loaded = quadrant_reader_load_data (data, size, "walk.quadrant.xml", &error);
      g_assert_no_error (error);
      for (QuadrantField f = 0; f < QUADRANT_N_FIELDS; f++)
        assert_field_equal (f, reg, loaded);
    }
}

/* Whether the import reads the column of a field back. */
static gboolean
import_reads (const QuadrantFieldInfo *info,
              const char              *header)
{
  return quadrant_csv_field_from_name (header) != QUADRANT_CSV_N_FIELDS;
}

static QuadrantRegister *
import_csv (const char *csv)
{
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg = quadrant_register_new ();

  import = quadrant_csv_import_new_from_data (csv, strlen (csv), &error);
  g_assert_no_error (error);
  quadrant_csv_import_guess_mapping (import);
  g_assert_true (quadrant_csv_import_check_mapping (import, &error));
  g_assert_no_error (error);
  quadrant_csv_import_validate (import, reg);
  g_assert_true (quadrant_csv_import_apply (import, reg, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  return reg;
}

static gboolean
has_header (const char *csv,
            const char *header)
{
  const char *end = strstr (csv, "\r\n");
  g_autofree char *row = g_strndup (csv, end - csv);
  g_auto(GStrv) cells = g_strsplit (row + strlen ("\xEF\xBB\xBF"), ",", -1);

  return g_strv_contains ((const char * const *) cells, header);
}

/* Every field with a CSV header is a column of the exports, and comes back
 * from the import where the import reads that column. */
static void
test_csv_round_trip (void)
{
  g_autoptr(QuadrantRegister) reg = build_register (QUADRANT_N_FIELDS, 0);
  g_autofree char *parties_csv = quadrant_csv_export_parties (reg);
  g_autofree char *requirements_csv = quadrant_csv_export_requirements (reg);
  g_autoptr(QuadrantRegister) from_parties = import_csv (parties_csv);
  g_autoptr(QuadrantRegister) from_requirements = import_csv (requirements_csv);
  guint n_columns = 0, n_imported = 0;

  for (QuadrantField f = 0; f < QUADRANT_N_FIELDS; f++)
    {
      const QuadrantFieldInfo *info = quadrant_field_get_info (f);
      const char *qualified = info->csv_qualified_header != NULL ? info->csv_qualified_header : info->csv_header;

      if (info->csv_header == NULL)
        continue;
      g_test_message ("CSV column %s", info->csv_header);
      n_columns++;

      if (info->object == QUADRANT_FIELD_OBJECT_PARTY)
        {
          g_assert_true (has_header (parties_csv, info->csv_header));
          if (import_reads (info, info->csv_header))
            {
              assert_field_equal (f, reg, from_parties);
              n_imported++;
            }
          if (info->flags & QUADRANT_FIELD_FLAG_CSV_WITH_REQUIREMENTS)
            g_assert_true (has_header (requirements_csv, qualified));
        }
      else
        {
          g_assert_cmpint (info->object, ==, QUADRANT_FIELD_OBJECT_REQUIREMENT);
          g_assert_true (has_header (requirements_csv, qualified));
          if (import_reads (info, qualified))
            {
              assert_field_equal (f, reg, from_requirements);
              n_imported++;
            }
        }
    }

  /* Every field of a party and a requirement is exported. */
  for (QuadrantField f = 0; f < QUADRANT_N_FIELDS; f++)
    {
      QuadrantFieldObject object = quadrant_field_get_info (f)->object;

      if (object == QUADRANT_FIELD_OBJECT_PARTY || object == QUADRANT_FIELD_OBJECT_REQUIREMENT)
        g_assert_nonnull (quadrant_field_get_info (f)->csv_header);
    }
  g_test_message ("%u columns, %u read back by the import", n_columns, n_imported);
  g_assert_cmpuint (n_imported, >, n_columns / 2);
}

/* Every field shows in the HTML report: changing it changes the report
 * (and a text shows as it is). */
static void
test_html_report (void)
{
  g_autoptr(QuadrantRegister) base = build_register (QUADRANT_N_FIELDS, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) base_html = quadrant_report_to_html (base, TODAY, &error);

  g_assert_no_error (error);
  for (QuadrantField f = 0; f < QUADRANT_N_FIELDS; f++)
    {
      const QuadrantFieldInfo *info = quadrant_field_get_info (f);
      g_autoptr(QuadrantRegister) changed = build_register (f, 0);
      g_autoptr(GBytes) html = quadrant_report_to_html (changed, TODAY, &error);

      g_test_message ("report shows %s", info->label);
      g_assert_no_error (error);
      if (g_bytes_equal (html, base_html))
        g_error ("The HTML report does not show the field “%s” (%s)", info->label,
                 info->xml_name != NULL ? info->xml_name : "reference text");

      /* A text shows as it is (up to the escaped characters). */
      if (info->type == QUADRANT_FIELD_TYPE_LINE || info->type == QUADRANT_FIELD_TYPE_DATE ||
          info->type == QUADRANT_FIELD_TYPE_TEXT)
        {
          g_autofree char *value = text_value (f, 1);
          g_autofree char *start = g_strndup (value, strcspn (value, ",\n"));
          gsize size;
          const char *data = g_bytes_get_data (html, &size);
          g_autofree char *text = g_strndup (data, size);

          g_assert_nonnull (strstr (text, start));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/field-walk/xml", test_xml_round_trip);
  g_test_add_func ("/field-walk/csv", test_csv_round_trip);
  g_test_add_func ("/field-walk/html-report", test_html_report);

  return g_test_run ();
}
