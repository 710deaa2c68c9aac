/* quadrant-csv-import.c: parties and requirements from a spreadsheet's CSV
 *
 * Reading happens in three steps, so that a dialog can show each of them:
 * parsing (bytes to rows of cells, with the line each row starts on), mapping
 * (columns to fields, guessed from the header), and validating (cells to
 * parties and requirements, collecting every reason a row cannot be used).
 * Applying adds what validation built to a register inside one undo group.
 *
 * Values are mapped by fixed rules: enumerations by the register file's word
 * or the label shown in the application, case-insensitively, with spaces,
 * hyphens and underscores alike, a missing plural "s" forgiven and a few
 * common synonyms (quadrant-csv-import-parse.c: *_synonyms); power and interest as a
 * whole number 0–100 or High, Medium, Low (80, 50, 20). A cell that starts
 * with an apostrophe followed by =, +, -, @, tab or CR loses the apostrophe:
 * it is how our export (and many spreadsheets) protect such a cell from being
 * run as a formula. Cells are trimmed of surrounding white space.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import.h"
#include "quadrant-csv-import-private.h"
#include "quadrant-enum-types.h"


/* One party the import adds or adds requirements to. */
typedef struct {
  QuadrantParty *party;
  gboolean       is_new;
  GPtrArray     *requirements; /* QuadrantRequirement* to add */
} Planned;

struct _QuadrantCsvImport {
  GObject parent_instance;

  char        separator;
  GPtrArray  *header;   /* char* */
  GArray     *rows;     /* Row */
  GArray     *mapping;  /* QuadrantCsvField per column */

  /* Result of the last validation */
  GPtrArray  *problems; /* QuadrantCsvProblem* */
  GPtrArray  *planned;  /* Planned* */
  guint       n_good_rows;
};

G_DEFINE_FINAL_TYPE (QuadrantCsvImport, quadrant_csv_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (quadrant-csv-import-error-quark, quadrant_csv_import_error)

/* ---- Fields ---- */

typedef struct {
  const char *name;
  const char *label;
  /* Header names that mean this field, compacted (lower case, letters and
   * digits only); the export's own column names are among them. */
  const char *synonyms;
} FieldInfo;

static const FieldInfo fields[QUADRANT_CSV_N_FIELDS] = {
  [QUADRANT_CSV_FIELD_NONE] = { "ignore", N_("Ignore"), "" },
  [QUADRANT_CSV_FIELD_PARTY_ID] = { "party-id", N_("Party ID"), "partyid stakeholderid" },
  [QUADRANT_CSV_FIELD_NAME] = { "name", N_("Name"),
    "name partyname party stakeholder stakeholdername interestedparty interestedpartyname" },
  [QUADRANT_CSV_FIELD_CATEGORY] = { "category", N_("Category"),
    "category internalexternal internalorexternal partycategory" },
  [QUADRANT_CSV_FIELD_KIND] = { "kind", N_("Kind"),
    "kind typeofparty partytype partykind stakeholdertype stakeholderkind kindofparty" },
  [QUADRANT_CSV_FIELD_DESCRIPTION] = { "description", N_("Description"), "description partydescription" },
  [QUADRANT_CSV_FIELD_POWER] = { "power", N_("Power"), "power influence powerlevel influencelevel" },
  [QUADRANT_CSV_FIELD_INTEREST] = { "interest", N_("Interest"), "interest interestlevel" },
  [QUADRANT_CSV_FIELD_SUPPORT] = { "support", N_("Current support"),
    "support currentsupport attitude engagementlevel currentengagement" },
  [QUADRANT_CSV_FIELD_DESIRED_SUPPORT] = { "desired-support", N_("Desired support"),
    "desiredsupport targetsupport desiredengagement" },
  [QUADRANT_CSV_FIELD_OWNER] = { "owner", N_("Party owner"), "owner partyowner relationshipowner" },
  [QUADRANT_CSV_FIELD_CONTACT] = { "contact", N_("Contact"), "contact contactperson" },
  [QUADRANT_CSV_FIELD_IDENTIFIED_BY] = { "identified-by", N_("Identified by"), "identifiedby identificationmethod" },
  [QUADRANT_CSV_FIELD_IDENTIFIED_ON] = { "identified-on", N_("Identified on"), "identifiedon dateidentified" },
  [QUADRANT_CSV_FIELD_COMMUNICATION] = { "communication", N_("Communication"),
    "communication engagementcommunication whattocommunicate" },
  [QUADRANT_CSV_FIELD_CHANNEL] = { "channel", N_("Channel"), "channel engagementchannel" },
  [QUADRANT_CSV_FIELD_FREQUENCY] = { "frequency", N_("Frequency"), "frequency engagementfrequency" },
  [QUADRANT_CSV_FIELD_RESPONSIBLE] = { "responsible", N_("Responsible"), "responsible engagementresponsible" },
  [QUADRANT_CSV_FIELD_LAST_REVIEWED] = { "last-reviewed", N_("Last reviewed"), "lastreviewed" },
  [QUADRANT_CSV_FIELD_NOTES] = { "notes", N_("Notes"), "notes partynotes comments comment" },
  [QUADRANT_CSV_FIELD_REQUIREMENT_ID] = { "requirement-id", N_("Requirement ID"), "requirementid" },
  [QUADRANT_CSV_FIELD_STATEMENT] = { "requirement", N_("Requirement"),
    "requirement statement requirementstatement need needs expectation expectations "
    "needsandexpectations needorexpectation needsexpectations" },
  [QUADRANT_CSV_FIELD_TYPE] = { "type", N_("Requirement type"), "type requirementtype" },
  [QUADRANT_CSV_FIELD_SOURCE] = { "source", N_("Source"), "source requirementsource" },
  [QUADRANT_CSV_FIELD_PRIORITY] = { "priority", N_("Priority"), "priority" },
  [QUADRANT_CSV_FIELD_DECISION] = { "decision", N_("Decision"), "decision ismsdecision addressed addressedbyisms" },
  [QUADRANT_CSV_FIELD_RATIONALE] = { "rationale", N_("Rationale"), "rationale justification reason" },
  [QUADRANT_CSV_FIELD_REFERENCES] = { "references", N_("References"), "references reference controls" },
  [QUADRANT_CSV_FIELD_REQUIREMENT_OWNER] = { "requirement-owner", N_("Requirement owner"), "requirementowner" },
  [QUADRANT_CSV_FIELD_REVIEW_DATE] = { "review-date", N_("Review date"), "reviewdate requirementreviewdate" },
};

/* Columns of our own exports that are derived, not data: ignored. */
static const char * const derived_columns[] = { "quadrant", "requirements", "undecided" };

/* Lower case, letters and digits only: "Type of party" -> "typeofparty". */
static char *
compact (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
word_in_list (const char *word,
              const char *list)
{
  g_auto(GStrv) words = g_strsplit (list, " ", -1);

  return word[0] != '\0' && g_strv_contains ((const char * const *) words, word);
}

const char *
quadrant_csv_field_to_name (QuadrantCsvField field)
{
  g_return_val_if_fail (field < QUADRANT_CSV_N_FIELDS, NULL);

  return fields[field].name;
}

const char *
quadrant_csv_field_to_label (QuadrantCsvField field)
{
  g_return_val_if_fail (field < QUADRANT_CSV_N_FIELDS, NULL);

  return _(fields[field].label);
}

/* QUADRANT_CSV_N_FIELDS when nothing matches. */
static QuadrantCsvField
field_for_header (const char *header)
{
  g_autofree char *key = compact (header);

  for (guint i = 0; i < G_N_ELEMENTS (derived_columns); i++)
    if (g_str_equal (key, derived_columns[i]))
      return QUADRANT_CSV_FIELD_NONE;

  for (guint f = QUADRANT_CSV_FIELD_NONE + 1; f < QUADRANT_CSV_N_FIELDS; f++)
    {
      g_autofree char *name = compact (fields[f].name);

      if (g_str_equal (key, name) || word_in_list (key, fields[f].synonyms))
        return f;
    }

  return QUADRANT_CSV_N_FIELDS;
}

QuadrantCsvField
quadrant_csv_field_from_name (const char *name)
{
  g_autofree char *key = NULL;
  QuadrantCsvField field;

  g_return_val_if_fail (name != NULL, QUADRANT_CSV_N_FIELDS);

  key = compact (name);
  if (g_str_equal (key, "ignore") || g_str_equal (key, "none"))
    return QUADRANT_CSV_FIELD_NONE;

  field = field_for_header (name);
  /* "quadrant" and other derived columns are not a field one can ask for. */
  if (field == QUADRANT_CSV_FIELD_NONE)
    return QUADRANT_CSV_N_FIELDS;

  return field;
}

void
quadrant_csv_problem_free (QuadrantCsvProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->message);
  g_free (problem);
}

/* ---- GObject ---- */

static void
planned_free (gpointer data)
{
  Planned *planned = data;

  g_clear_object (&planned->party);
  g_clear_pointer (&planned->requirements, g_ptr_array_unref);
  g_free (planned);
}

static void
quadrant_csv_import_finalize (GObject *object)
{
  QuadrantCsvImport *self = QUADRANT_CSV_IMPORT (object);

  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->mapping, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->planned, g_ptr_array_unref);

  G_OBJECT_CLASS (quadrant_csv_import_parent_class)->finalize (object);
}

static void
quadrant_csv_import_class_init (QuadrantCsvImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = quadrant_csv_import_finalize;
}

static void
quadrant_csv_import_init (QuadrantCsvImport *self)
{
  self->separator = ',';
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, _quadrant_csv_row_clear);
  self->mapping = g_array_new (FALSE, TRUE, sizeof (QuadrantCsvField));
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_csv_problem_free);
  self->planned = g_ptr_array_new_with_free_func (planned_free);
}

/* ---- Public API: reading and mapping ---- */

QuadrantCsvImport *
quadrant_csv_import_new_from_data (const char  *data,
                                   gsize        length,
                                   GError     **error)
{
  g_autoptr(QuadrantCsvImport) self = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (QUADRANT_TYPE_CSV_IMPORT, NULL);
  if (!_quadrant_csv_parse (data != NULL ? data : "", length, &self->separator, &self->header, self->rows, error))
    return NULL;

  g_array_set_size (self->mapping, self->header->len);
  quadrant_csv_import_guess_mapping (self);

  return g_steal_pointer (&self);
}

QuadrantCsvImport *
quadrant_csv_import_new_from_file (GFile   *file,
                                   GError **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > QUADRANT_CSV_IMPORT_MAX_SIZE)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB"), QUADRANT_CSV_IMPORT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return quadrant_csv_import_new_from_data (contents, length, error);
}

char
quadrant_csv_import_get_separator (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), ',');

  return self->separator;
}

guint
quadrant_csv_import_get_n_columns (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->header->len;
}

const char *
quadrant_csv_import_get_header (QuadrantCsvImport *self,
                                guint              column)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->header->len, NULL);

  return g_ptr_array_index (self->header, column);
}

guint
quadrant_csv_import_get_n_rows (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->rows->len;
}

guint
quadrant_csv_import_get_row_line (QuadrantCsvImport *self,
                                  guint              row)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).line;
}

guint
quadrant_csv_import_get_row_n_cells (QuadrantCsvImport *self,
                                     guint              row)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).cells->len;
}

const char *
quadrant_csv_import_get_cell (QuadrantCsvImport *self,
                              guint              row,
                              guint              column)
{
  GPtrArray *cells;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  cells = g_array_index (self->rows, Row, row).cells;
  return column < cells->len ? g_ptr_array_index (cells, column) : NULL;
}

QuadrantCsvField
quadrant_csv_import_get_mapping (QuadrantCsvImport *self,
                                 guint              column)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), QUADRANT_CSV_FIELD_NONE);
  g_return_val_if_fail (column < self->mapping->len, QUADRANT_CSV_FIELD_NONE);

  return g_array_index (self->mapping, QuadrantCsvField, column);
}

void
quadrant_csv_import_set_mapping (QuadrantCsvImport *self,
                                 guint              column,
                                 QuadrantCsvField   field)
{
  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));
  g_return_if_fail (column < self->mapping->len);
  g_return_if_fail (field < QUADRANT_CSV_N_FIELDS);

  if (field != QUADRANT_CSV_FIELD_NONE)
    for (guint i = 0; i < self->mapping->len; i++)
      if (g_array_index (self->mapping, QuadrantCsvField, i) == field)
        g_array_index (self->mapping, QuadrantCsvField, i) = QUADRANT_CSV_FIELD_NONE;

  g_array_index (self->mapping, QuadrantCsvField, column) = field;
}

void
quadrant_csv_import_guess_mapping (QuadrantCsvImport *self)
{
  gboolean taken[QUADRANT_CSV_N_FIELDS] = { FALSE };

  g_return_if_fail (QUADRANT_IS_CSV_IMPORT (self));

  /* The first column with a matching name wins a field. */
  for (guint i = 0; i < self->header->len; i++)
    {
      QuadrantCsvField field = field_for_header (g_ptr_array_index (self->header, i));

      if (field == QUADRANT_CSV_N_FIELDS || taken[field])
        field = QUADRANT_CSV_FIELD_NONE;
      taken[field] = field != QUADRANT_CSV_FIELD_NONE;
      g_array_index (self->mapping, QuadrantCsvField, i) = field;
    }
}

static gboolean
find_column (QuadrantCsvImport *self,
             const char        *name,
             guint             *column)
{
  if (name[0] == '#')
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (name + 1, 10, 1, self->header->len, &n, NULL))
        return FALSE;
      *column = (guint) n - 1;
      return TRUE;
    }

  for (guint i = 0; i < self->header->len; i++)
    {
      g_autofree char *a = g_utf8_casefold (g_ptr_array_index (self->header, i), -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (g_str_equal (a, b))
        {
          *column = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
quadrant_csv_import_apply_mapping_string (QuadrantCsvImport  *self,
                                          const char         *mapping,
                                          GError            **error)
{
  g_auto(GStrv) items = NULL;
  g_autoptr(GArray) result = NULL;
  gboolean given[QUADRANT_CSV_N_FIELDS] = { FALSE };

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);

  /* Worked out on a copy: a bad item leaves the mapping as it was. */
  result = g_array_copy (self->mapping);
  items = g_strsplit (mapping, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *equals = strchr (item, '=');
      QuadrantCsvField field;
      guint column;

      if (item[0] == '\0')
        continue;

      if (equals == NULL)
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("“%s” in the mapping is not FIELD=COLUMN"), item);
          return FALSE;
        }
      *equals = '\0';
      g_strstrip (item);
      g_strstrip (equals + 1);

      field = quadrant_csv_field_from_name (item);
      if (field == QUADRANT_CSV_N_FIELDS || field == QUADRANT_CSV_FIELD_NONE)
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("“%s” in the mapping is not a field; fields are name, power, interest, requirement, …"),
                       item);
          return FALSE;
        }
      if (given[field])
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("The mapping names the field “%s” twice"), item);
          return FALSE;
        }
      if (!find_column (self, equals + 1, &column))
        {
          g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("The file has no column “%s” (in the mapping for %s)"), equals + 1, item);
          return FALSE;
        }
      for (guint k = 0; k < result->len; k++)
        {
          QuadrantCsvField other = g_array_index (result, QuadrantCsvField, k);

          if (other == field)
            g_array_index (result, QuadrantCsvField, k) = QUADRANT_CSV_FIELD_NONE;
          if (k == column && given[other] && other != QUADRANT_CSV_FIELD_NONE)
            {
              g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                           _("The mapping uses the column “%s” twice"), equals + 1);
              return FALSE;
            }
        }
      g_array_index (result, QuadrantCsvField, column) = field;
      given[field] = TRUE;
    }

  g_array_unref (self->mapping);
  self->mapping = g_steal_pointer (&result);

  return TRUE;
}

char *
quadrant_csv_import_dup_mapping_string (QuadrantCsvImport *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);

  for (guint i = 0; i < self->mapping->len; i++)
    {
      QuadrantCsvField field = g_array_index (self->mapping, QuadrantCsvField, i);
      const char *header = g_ptr_array_index (self->header, i);

      if (field == QUADRANT_CSV_FIELD_NONE)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ',');
      /* A header that the syntax cannot hold is named by its position. */
      if (header[0] == '\0' || header[0] == '#' || strpbrk (header, ",=") != NULL)
        g_string_append_printf (text, "%s=#%u", fields[field].name, i + 1);
      else
        g_string_append_printf (text, "%s=%s", fields[field].name, header);
    }

  return g_string_free (text, FALSE);
}

gboolean
quadrant_csv_import_check_mapping (QuadrantCsvImport  *self,
                                   GError            **error)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);

  for (guint i = 0; i < self->mapping->len; i++)
    if (g_array_index (self->mapping, QuadrantCsvField, i) == QUADRANT_CSV_FIELD_NAME)
      return TRUE;

  g_set_error_literal (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_MAPPING,
                       _("No column holds the party names: map one to “Name”"));
  return FALSE;
}

/* ---- Validation ---- */

typedef struct {
  QuadrantCsvImport *self;
  QuadrantRegister  *reg;
  GHashTable        *by_key;   /* "id:…" / "name:…" -> Planned* (not owned) */
  GHashTable        *used_ids; /* ids taken by this import */
  const char        *values[QUADRANT_CSV_N_FIELDS];
  GPtrArray         *reasons;  /* char* */
} Validation;

/* The cell for field in row, trimmed, formula guard removed; "" when none. */
static char *
dup_value (QuadrantCsvImport *self,
           GPtrArray         *cells,
           QuadrantCsvField   field)
{
  for (guint i = 0; i < self->mapping->len && i < cells->len; i++)
    if (g_array_index (self->mapping, QuadrantCsvField, i) == field)
      {
        char *value = g_strdup (g_ptr_array_index (cells, i));

        if (value[0] == '\'' && value[1] != '\0' && strchr ("=+-@\t\r", value[1]) != NULL)
          memmove (value, value + 1, strlen (value));
        return g_strstrip (value);
      }

  return g_strdup ("");
}

static void
reason (Validation *v,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
reason (Validation *v,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (v->reasons, g_strdup_vprintf (format, args));
  va_end (args);
}

static int
enum_value (Validation       *v,
            QuadrantCsvField  field,
            GType             type,
            int               fallback)
{
  const char *text = v->values[field];
  int value;

  if (text[0] == '\0')
    return fallback;

  if (!_quadrant_csv_parse_enum (type, text, &value))
    {
      g_autofree char *words = _quadrant_csv_dup_enum_words (type);
      g_autofree char *what = g_utf8_strdown (quadrant_csv_field_to_label (field), -1);

      /* TRANSLATORS: “Hihg” is not a valid priority (use one of: Low, Medium, High) */
      reason (v, _("“%s” is not a valid %s (use one of: %s)"), text, what, words);
      return fallback;
    }

  return value;
}

static const char *
date_value (Validation       *v,
            QuadrantCsvField  field)
{
  const char *text = v->values[field];

  if (text[0] != '\0' && !quadrant_date_is_valid (text))
    {
      reason (v, _("“%s” is not a date written as YYYY-MM-DD (%s)"), text, quadrant_csv_field_to_label (field));
      return NULL;
    }

  return text[0] != '\0' ? text : NULL;
}

static const char *
text_value (Validation       *v,
            QuadrantCsvField  field)
{
  return v->values[field][0] != '\0' ? v->values[field] : NULL;
}

/* An id from the file when it is a UUID not used yet, else a fresh one. */
static const char *
usable_id (Validation *v,
           const char *id)
{
  if (id[0] == '\0' || !g_uuid_string_is_valid (id) ||
      g_hash_table_contains (v->used_ids, id) ||
      quadrant_register_find_party (v->reg, id) != NULL ||
      quadrant_register_find_requirement (v->reg, id) != NULL)
    return NULL;

  return id;
}

/* Whether text keeps a visible character once written as XML, which drops
 * control characters and the noncharacters U+FFFE and U+FFFF: a name made of
 * nothing else would be saved empty, and such a file does not load. */
static gboolean
has_kept_text (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c > 0x20 && c <= 0xD7FF && c != 0x7F) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        if (!g_unichar_isspace (c))
          return TRUE;
    }

  return FALSE;
}

static QuadrantParty *
find_register_party_by_name (QuadrantRegister *reg,
                             const char       *name)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  g_autofree char *key = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      g_autofree char *other = g_utf8_casefold (quadrant_party_get_name (party), -1);

      if (g_str_equal (key, other))
        return party;
    }

  return NULL;
}

static QuadrantParty *
build_party (Validation *v)
{
  QuadrantParty *party = quadrant_party_new (usable_id (v, v->values[QUADRANT_CSV_FIELD_PARTY_ID]));
  const char *power = v->values[QUADRANT_CSV_FIELD_POWER];
  const char *interest = v->values[QUADRANT_CSV_FIELD_INTEREST];
  int p = QUADRANT_NOT_ASSESSED, i = QUADRANT_NOT_ASSESSED;
  gboolean levels_ok = TRUE;

  quadrant_party_set_name (party, v->values[QUADRANT_CSV_FIELD_NAME]);
  if (!has_kept_text (quadrant_party_get_name (party)))
    reason (v, _("The party name has no characters that can be kept"));
  quadrant_party_set_category (party, enum_value (v, QUADRANT_CSV_FIELD_CATEGORY, QUADRANT_TYPE_CATEGORY,
                                                  quadrant_party_get_category (party)));
  quadrant_party_set_kind (party, enum_value (v, QUADRANT_CSV_FIELD_KIND, QUADRANT_TYPE_KIND,
                                              quadrant_party_get_kind (party)));
  quadrant_party_set_current_support (party, enum_value (v, QUADRANT_CSV_FIELD_SUPPORT, QUADRANT_TYPE_SUPPORT,
                                                         quadrant_party_get_current_support (party)));
  quadrant_party_set_desired_support (party, enum_value (v, QUADRANT_CSV_FIELD_DESIRED_SUPPORT, QUADRANT_TYPE_SUPPORT,
                                                         quadrant_party_get_desired_support (party)));
  quadrant_party_set_identified_by (party, enum_value (v, QUADRANT_CSV_FIELD_IDENTIFIED_BY, QUADRANT_TYPE_IDENTIFICATION,
                                                       quadrant_party_get_identified_by (party)));

  if (power[0] != '\0' && !_quadrant_csv_parse_level (power, &p))
    {
      reason (v, _("“%s” is not a valid power (a whole number from 0 to 100, or High, Medium, Low)"), power);
      levels_ok = FALSE;
    }
  if (interest[0] != '\0' && !_quadrant_csv_parse_level (interest, &i))
    {
      reason (v, _("“%s” is not a valid interest (a whole number from 0 to 100, or High, Medium, Low)"), interest);
      levels_ok = FALSE;
    }
  if (levels_ok && (power[0] == '\0') != (interest[0] == '\0'))
    reason (v, _("Power and interest are given together or not at all"));
  else if (levels_ok)
    {
      quadrant_party_set_power (party, p);
      quadrant_party_set_interest (party, i);
    }

  quadrant_party_set_description (party, text_value (v, QUADRANT_CSV_FIELD_DESCRIPTION));
  quadrant_party_set_owner (party, text_value (v, QUADRANT_CSV_FIELD_OWNER));
  quadrant_party_set_contact (party, text_value (v, QUADRANT_CSV_FIELD_CONTACT));
  quadrant_party_set_identified_on (party, date_value (v, QUADRANT_CSV_FIELD_IDENTIFIED_ON));
  quadrant_party_set_engagement_communication (party, text_value (v, QUADRANT_CSV_FIELD_COMMUNICATION));
  quadrant_party_set_engagement_channel (party, text_value (v, QUADRANT_CSV_FIELD_CHANNEL));
  quadrant_party_set_engagement_frequency (party, text_value (v, QUADRANT_CSV_FIELD_FREQUENCY));
  quadrant_party_set_engagement_responsible (party, text_value (v, QUADRANT_CSV_FIELD_RESPONSIBLE));
  quadrant_party_set_last_reviewed (party, date_value (v, QUADRANT_CSV_FIELD_LAST_REVIEWED));
  quadrant_party_set_notes (party, text_value (v, QUADRANT_CSV_FIELD_NOTES));

  return party;
}

static const QuadrantCsvField requirement_fields[] = {
  QUADRANT_CSV_FIELD_REQUIREMENT_ID, QUADRANT_CSV_FIELD_STATEMENT, QUADRANT_CSV_FIELD_TYPE,
  QUADRANT_CSV_FIELD_SOURCE, QUADRANT_CSV_FIELD_PRIORITY, QUADRANT_CSV_FIELD_DECISION,
  QUADRANT_CSV_FIELD_RATIONALE, QUADRANT_CSV_FIELD_REFERENCES, QUADRANT_CSV_FIELD_REQUIREMENT_OWNER,
  QUADRANT_CSV_FIELD_REVIEW_DATE,
};

/* NULL when the row has no requirement (or only reasons against one). */
static QuadrantRequirement *
build_requirement (Validation *v)
{
  const char *id = v->values[QUADRANT_CSV_FIELD_REQUIREMENT_ID];
  g_autoptr(QuadrantRequirement) req = NULL;
  g_autoptr(GPtrArray) refs = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (requirement_fields); i++)
    any |= v->values[requirement_fields[i]][0] != '\0';

  if (!any)
    return NULL;

  if (v->values[QUADRANT_CSV_FIELD_STATEMENT][0] == '\0')
    {
      reason (v, _("Requirement details without a requirement statement"));
      return NULL;
    }

  if (id[0] != '\0' && g_uuid_string_is_valid (id) && quadrant_register_find_requirement (v->reg, id) != NULL)
    {
      reason (v, _("The requirement %s is already in the register"), id);
      return NULL;
    }

  if (id[0] != '\0' && g_hash_table_contains (v->used_ids, id))
    {
      reason (v, _("The requirement %s appears twice in the file"), id);
      return NULL;
    }

  req = quadrant_requirement_new (usable_id (v, id));
  quadrant_requirement_set_statement (req, v->values[QUADRANT_CSV_FIELD_STATEMENT]);
  if (!has_kept_text (quadrant_requirement_get_statement (req)))
    reason (v, _("The requirement statement has no characters that can be kept"));
  quadrant_requirement_set_requirement_type (req, enum_value (v, QUADRANT_CSV_FIELD_TYPE, QUADRANT_TYPE_REQUIREMENT_TYPE,
                                                              quadrant_requirement_get_requirement_type (req)));
  quadrant_requirement_set_priority (req, enum_value (v, QUADRANT_CSV_FIELD_PRIORITY, QUADRANT_TYPE_PRIORITY,
                                                      quadrant_requirement_get_priority (req)));
  quadrant_requirement_set_decision (req, enum_value (v, QUADRANT_CSV_FIELD_DECISION, QUADRANT_TYPE_DECISION,
                                                      QUADRANT_DECISION_UNDECIDED));
  quadrant_requirement_set_source (req, text_value (v, QUADRANT_CSV_FIELD_SOURCE));
  quadrant_requirement_set_rationale (req, text_value (v, QUADRANT_CSV_FIELD_RATIONALE));
  quadrant_requirement_set_owner (req, text_value (v, QUADRANT_CSV_FIELD_REQUIREMENT_OWNER));
  quadrant_requirement_set_review_date (req, date_value (v, QUADRANT_CSV_FIELD_REVIEW_DATE));
  refs = _quadrant_csv_parse_references (v->values[QUADRANT_CSV_FIELD_REFERENCES]);
  quadrant_requirement_set_references (req, refs);

  return g_steal_pointer (&req);
}

static void
validate_row (Validation *v,
              const Row  *row)
{
  QuadrantCsvImport *self = v->self;
  const char *id;
  const char *name;
  g_autofree char *id_key = NULL;
  g_autofree char *name_key = NULL;
  g_autoptr(QuadrantParty) new_party = NULL;
  g_autoptr(QuadrantRequirement) req = NULL;
  Planned *planned = NULL;
  char *values[QUADRANT_CSV_N_FIELDS];

  g_ptr_array_set_size (v->reasons, 0);

  for (guint f = 0; f < QUADRANT_CSV_N_FIELDS; f++)
    v->values[f] = values[f] = dup_value (self, row->cells, f);

  id = v->values[QUADRANT_CSV_FIELD_PARTY_ID];
  name = v->values[QUADRANT_CSV_FIELD_NAME];

  if (row->cells->len > self->header->len)
    reason (v, _("The row has %u cells but the header only %u columns"), row->cells->len, self->header->len);

  if (id[0] != '\0')
    {
      id_key = g_strconcat ("id:", id, NULL);
      planned = g_hash_table_lookup (v->by_key, id_key);
    }
  if (planned == NULL && name[0] != '\0')
    {
      g_autofree char *folded = g_utf8_casefold (name, -1);

      name_key = g_strconcat ("name:", folded, NULL);
      planned = g_hash_table_lookup (v->by_key, name_key);
    }

  if (planned == NULL)
    {
      QuadrantParty *existing = NULL;

      if (id[0] != '\0')
        existing = quadrant_register_find_party (v->reg, id);
      if (existing == NULL && name[0] != '\0')
        existing = find_register_party_by_name (v->reg, name);

      if (existing == NULL && name[0] == '\0')
        reason (v, _("No party name"));
      else if (existing == NULL)
        new_party = build_party (v);
      else
        {
          /* Requirements for a party the register already has; its fields stay. */
          planned = g_new0 (Planned, 1);
          planned->party = g_object_ref (existing);
          planned->is_new = FALSE;
          planned->requirements = g_ptr_array_new_with_free_func (g_object_unref);
        }
    }

  req = build_requirement (v);

  if (v->reasons->len > 0)
    {
      QuadrantCsvProblem *problem = g_new0 (QuadrantCsvProblem, 1);

      g_ptr_array_add (v->reasons, NULL);
      problem->line = row->line;
      problem->message = g_strjoinv ("; ", (char **) v->reasons->pdata);
      g_ptr_array_add (self->problems, problem);
      g_ptr_array_set_size (v->reasons, 0);

      /* An existing party looked up for this row only is dropped again. */
      if (planned != NULL && !planned->is_new && planned->requirements->len == 0 &&
          !g_ptr_array_find (self->planned, planned, NULL))
        planned_free (planned);
    }
  else
    {
      if (new_party != NULL)
        {
          planned = g_new0 (Planned, 1);
          planned->party = g_steal_pointer (&new_party);
          planned->is_new = TRUE;
          planned->requirements = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_add (v->used_ids, g_strdup (quadrant_party_get_id (planned->party)));
        }

      if (!g_ptr_array_find (self->planned, planned, NULL))
        g_ptr_array_add (self->planned, planned);
      if (id_key != NULL)
        g_hash_table_insert (v->by_key, g_steal_pointer (&id_key), planned);
      if (name_key != NULL)
        g_hash_table_insert (v->by_key, g_steal_pointer (&name_key), planned);
      {
        g_autofree char *own_id_key = g_strconcat ("id:", quadrant_party_get_id (planned->party), NULL);
        g_autofree char *folded = g_utf8_casefold (quadrant_party_get_name (planned->party), -1);

        g_hash_table_insert (v->by_key, g_steal_pointer (&own_id_key), planned);
        g_hash_table_insert (v->by_key, g_strconcat ("name:", folded, NULL), planned);
      }

      if (req != NULL)
        {
          g_hash_table_add (v->used_ids, g_strdup (quadrant_requirement_get_id (req)));
          g_ptr_array_add (planned->requirements, g_steal_pointer (&req));
        }
      self->n_good_rows++;
    }

  for (guint f = 0; f < QUADRANT_CSV_N_FIELDS; f++)
    g_free (values[f]);
}

GPtrArray *
quadrant_csv_import_validate (QuadrantCsvImport *self,
                              QuadrantRegister  *reg)
{
  Validation v = { 0 };

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->planned, 0);
  self->n_good_rows = 0;

  v.self = self;
  v.reg = reg;
  v.by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  v.used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  v.reasons = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->rows->len; i++)
    validate_row (&v, &g_array_index (self->rows, Row, i));

  g_hash_table_unref (v.by_key);
  g_hash_table_unref (v.used_ids);
  g_ptr_array_unref (v.reasons);

  return self->problems;
}

guint
quadrant_csv_import_get_n_good_rows (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->n_good_rows;
}

gboolean
quadrant_csv_import_apply (QuadrantCsvImport  *self,
                           QuadrantRegister   *reg,
                           gboolean            keep_good_rows,
                           guint              *n_parties,
                           guint              *n_requirements,
                           GError            **error)
{
  GPtrArray *problems;
  guint parties = 0, requirements = 0;

  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_parties != NULL)
    *n_parties = 0;
  if (n_requirements != NULL)
    *n_requirements = 0;

  if (!quadrant_csv_import_check_mapping (self, error))
    return FALSE;

  problems = quadrant_csv_import_validate (self, reg);
  if (problems->len > 0 && !keep_good_rows)
    {
      g_set_error (error, QUADRANT_CSV_IMPORT_ERROR, QUADRANT_CSV_IMPORT_ERROR_BAD_ROWS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row cannot be imported; nothing was imported",
                                "%u rows cannot be imported; nothing was imported",
                                problems->len),
                   problems->len);
      return FALSE;
    }

  if (self->planned->len == 0)
    return TRUE;

  quadrant_register_begin_group (reg, _("Import CSV"));
  for (guint i = 0; i < self->planned->len; i++)
    {
      Planned *planned = g_ptr_array_index (self->planned, i);

      if (planned->is_new)
        {
          quadrant_register_add_party (reg, planned->party);
          parties++;
        }
      for (guint j = 0; j < planned->requirements->len; j++)
        {
          quadrant_register_add_requirement (reg, planned->party, g_ptr_array_index (planned->requirements, j));
          requirements++;
        }
    }
  quadrant_register_end_group (reg);

  /* The objects now belong to the register; a second apply must not add them again. */
  g_ptr_array_set_size (self->planned, 0);

  if (n_parties != NULL)
    *n_parties = parties;
  if (n_requirements != NULL)
    *n_requirements = requirements;

  return TRUE;
}
