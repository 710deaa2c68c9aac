/* quadrant-csv-import-build.c: parties and requirements from the rows
 *
 * Validation turns each row into a party (new, or one the register or an
 * earlier row already has) and maybe one requirement, collecting every reason
 * the row cannot be used; applying adds what it built to a register in one
 * undo group. The value rules themselves are in quadrant-csv-import-values.c.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-reader.h"
#include "quadrant-enum-types.h"
#include "quadrant-import-vocabulary.h"

/* ---- Planned parties ---- */

static Planned *
planned_new (QuadrantParty *party,
             gboolean       is_new)
{
  Planned *planned = g_new0 (Planned, 1);

  planned->party = party;
  planned->is_new = is_new;
  planned->requirements = g_ptr_array_new_with_free_func (g_object_unref);
  return planned;
}

void
_quadrant_csv_planned_free (gpointer data)
{
  Planned *planned = data;

  g_clear_object (&planned->party);
  g_clear_pointer (&planned->requirements, g_ptr_array_unref);
  g_free (planned);
}

/* ---- Validation ---- */

typedef struct {
  QuadrantCsvImport *self;
  QuadrantRegister  *reg;
  GHashTable        *by_key;   /* "id:…" / "name:…" -> Planned* (not owned) */
  GHashTable        *used_ids; /* ids taken by this import */
  const char        *values[QUADRANT_CSV_N_FIELDS];
  GPtrArray         *reasons;  /* char* */
  guint              line;
  /* What could not be read, as "Column: text" lines, kept in the notes. */
  GString           *party_notes;
  GString           *requirement_notes;
  GPtrArray         *row_warnings; /* QuadrantCsvProblem*, kept when the row is good */
  QuadrantCsvDates  *dates;
  char              *iso[QUADRANT_CSV_N_FIELDS]; /* the row's dates as read */
} Validation;

static gboolean
is_requirement_field (QuadrantCsvField field)
{
  return (field >= QUADRANT_CSV_FIELD_REQUIREMENT_ID && field <= QUADRANT_CSV_FIELD_REVIEW_DATE) ||
         field == QUADRANT_CSV_FIELD_REQUIREMENT_REFERENCE || field == QUADRANT_CSV_FIELD_REQUIREMENT_NOTES;
}

/* The heading of the column mapped to field. */
static const char *
column_header (QuadrantCsvImport *self,
               QuadrantCsvField   field)
{
  for (guint i = 0; i < self->mapping->len; i++)
    if (g_array_index (self->mapping, QuadrantCsvField, i) == field)
      {
        const char *header = g_ptr_array_index (self->header, i);

        return header[0] != '\0' ? header : quadrant_csv_field_to_label (field);
      }

  return quadrant_csv_field_to_label (field);
}

static void
append_note (GString    *notes,
             const char *column,
             const char *text)
{
  if (notes->len > 0)
    g_string_append_c (notes, '\n');
  g_string_append_printf (notes, "%s: %s", column, text);
}

/* A value that cannot be read costs nothing but itself: the row imports,
 * the field stays unset, the text goes into the notes and a warning says so. */
static void
warn (Validation       *v,
      QuadrantCsvField  field,
      const char       *message)
{
  QuadrantCsvProblem *warning = g_new0 (QuadrantCsvProblem, 1);

  warning->line = v->line;
  /* TRANSLATORS: a warning: what was wrong, then where the text was kept */
  warning->message = g_strdup_printf (_("%s; kept in the notes"), message);
  g_ptr_array_add (v->row_warnings, warning);
  append_note (is_requirement_field (field) ? v->requirement_notes : v->party_notes,
               column_header (v->self, field), v->values[field]);
}

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
      g_autofree char *message = NULL;

      /* TRANSLATORS: “Hihg” is not a valid value for “Priority” (use one of: Low, Medium, High);
       * the field's label is quoted as it is, not lower-cased into the sentence */
      message = g_strdup_printf (_("“%s” is not a valid value for “%s” (use one of: %s)"), text,
                                 quadrant_csv_field_to_label (field), words);
      warn (v, field, message);
      return fallback;
    }

  return value;
}

/* As ISO, from ISO or the form of the register's or the user's language. */
static const char *
date_value (Validation       *v,
            QuadrantCsvField  field)
{
  g_autofree char *message = NULL;

  if (v->values[field][0] == '\0')
    return NULL;
  g_clear_pointer (&v->iso[field], g_free);
  v->iso[field] = _quadrant_csv_dates_read (v->dates, field, v->values[field], column_header (v->self, field), &message);
  if (v->iso[field] == NULL)
    warn (v, field, message);
  return v->iso[field];
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

/* Category and kind, also from one cell naming both ("External - Regulator")
 * in either column. */
static void
set_category_and_kind (Validation    *v,
                       QuadrantParty *party)
{
  const char *category_text = v->values[QUADRANT_CSV_FIELD_CATEGORY];
  const char *kind_text = v->values[QUADRANT_CSV_FIELD_KIND];
  int value, c, k, category = -1, kind = -1;
  gboolean category_read = FALSE, kind_read = FALSE;

  if (category_text[0] != '\0' && !_quadrant_csv_parse_enum (QUADRANT_TYPE_CATEGORY, category_text, &value) &&
      _quadrant_csv_parse_category_kind (category_text, &c, &k) && c >= 0)
    {
      category = c, kind = k;
      category_read = TRUE;
    }
  if (kind_text[0] != '\0' && !_quadrant_csv_parse_enum (QUADRANT_TYPE_KIND, kind_text, &value) &&
      _quadrant_csv_parse_category_kind (kind_text, &c, &k) && k >= 0)
    {
      category = category < 0 ? c : category;
      kind = k;
      kind_read = TRUE;
    }

  if (category_read)
    quadrant_party_set_category (party, category);
  else
    quadrant_party_set_category (party, enum_value (v, QUADRANT_CSV_FIELD_CATEGORY, QUADRANT_TYPE_CATEGORY,
                                                    category >= 0 ? category : (int) quadrant_party_get_category (party)));
  if (kind_read || (kind >= 0 && kind_text[0] == '\0'))
    quadrant_party_set_kind (party, kind);
  else
    quadrant_party_set_kind (party, enum_value (v, QUADRANT_CSV_FIELD_KIND, QUADRANT_TYPE_KIND,
                                                quadrant_party_get_kind (party)));
}

static QuadrantParty *
build_party (Validation *v)
{
  QuadrantParty *party = quadrant_party_new (usable_id (v, v->values[QUADRANT_CSV_FIELD_PARTY_ID]));
  const char *power = v->values[QUADRANT_CSV_FIELD_POWER];
  const char *interest = v->values[QUADRANT_CSV_FIELD_INTEREST];
  int p = QUADRANT_NOT_ASSESSED, i = QUADRANT_NOT_ASSESSED;

  quadrant_party_set_name (party, v->values[QUADRANT_CSV_FIELD_NAME]);
  if (!has_kept_text (quadrant_party_get_name (party)))
    reason (v, _("The party name has no characters that can be kept"));
  set_category_and_kind (v, party);
  quadrant_party_set_current_support (party, enum_value (v, QUADRANT_CSV_FIELD_SUPPORT, QUADRANT_TYPE_SUPPORT,
                                                         quadrant_party_get_current_support (party)));
  quadrant_party_set_desired_support (party, enum_value (v, QUADRANT_CSV_FIELD_DESIRED_SUPPORT, QUADRANT_TYPE_SUPPORT,
                                                         quadrant_party_get_desired_support (party)));
  quadrant_party_set_identified_by (party, enum_value (v, QUADRANT_CSV_FIELD_IDENTIFIED_BY, QUADRANT_TYPE_IDENTIFICATION,
                                                       quadrant_party_get_identified_by (party)));

  if (power[0] != '\0' && !_quadrant_csv_parse_level (power, v->self->levels, v->self->scales[0], v->self->medium_high, &p))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a valid power (a number on the column’s scale, a percentage, or High, Medium, Low)"), power);

      warn (v, QUADRANT_CSV_FIELD_POWER, message);
    }
  if (interest[0] != '\0' && !_quadrant_csv_parse_level (interest, v->self->levels, v->self->scales[1], v->self->medium_high, &i))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a valid interest (a number on the column’s scale, a percentage, or High, Medium, Low)"), interest);

      warn (v, QUADRANT_CSV_FIELD_INTEREST, message);
    }

  /* One rating only: the other axis as chosen once for all rows, or the
   * party left unassessed with its rating in the notes. */
  if ((p == QUADRANT_NOT_ASSESSED) != (i == QUADRANT_NOT_ASSESSED))
    {
      if (v->self->other_axis != QUADRANT_NOT_ASSESSED)
        {
          p = p == QUADRANT_NOT_ASSESSED ? v->self->other_axis : p;
          i = i == QUADRANT_NOT_ASSESSED ? v->self->other_axis : i;
        }
      else
        {
          QuadrantCsvField rated = p != QUADRANT_NOT_ASSESSED ? QUADRANT_CSV_FIELD_POWER : QUADRANT_CSV_FIELD_INTEREST;

          append_note (v->party_notes, column_header (v->self, rated), v->values[rated]);
          p = i = QUADRANT_NOT_ASSESSED;
        }
    }
  quadrant_party_set_power (party, p);
  quadrant_party_set_interest (party, i);

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
  quadrant_party_set_code (party, text_value (v, QUADRANT_CSV_FIELD_REFERENCE));
  /* A candidate until someone decides, unless the sheet says. */
  quadrant_party_set_relevance (party, enum_value (v, QUADRANT_CSV_FIELD_RELEVANT, QUADRANT_TYPE_RELEVANCE,
                                                   QUADRANT_RELEVANCE_TO_DECIDE));
  quadrant_party_set_relevance_rationale (party, text_value (v, QUADRANT_CSV_FIELD_RELEVANCE_RATIONALE));
  quadrant_party_set_relevance_decided (party, date_value (v, QUADRANT_CSV_FIELD_RELEVANCE_DECIDED));

  return party;
}

static const QuadrantCsvField requirement_fields[] = {
  QUADRANT_CSV_FIELD_REQUIREMENT_ID, QUADRANT_CSV_FIELD_STATEMENT, QUADRANT_CSV_FIELD_TYPE,
  QUADRANT_CSV_FIELD_SOURCE, QUADRANT_CSV_FIELD_PRIORITY, QUADRANT_CSV_FIELD_DECISION,
  QUADRANT_CSV_FIELD_RATIONALE, QUADRANT_CSV_FIELD_REFERENCES, QUADRANT_CSV_FIELD_REQUIREMENT_OWNER,
  QUADRANT_CSV_FIELD_REVIEW_DATE, QUADRANT_CSV_FIELD_REQUIREMENT_REFERENCE, QUADRANT_CSV_FIELD_REQUIREMENT_NOTES,
};

/* The requirements of a row (empty when it has none or only reasons
 * against them); a cell of several statements gives several. */
static GPtrArray *
build_requirements (Validation *v)
{
  const char *id = v->values[QUADRANT_CSV_FIELD_REQUIREMENT_ID];
  GPtrArray *reqs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) statements = NULL;
  int type, priority, decision;
  const char *review_date;
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (requirement_fields); i++)
    any |= v->values[requirement_fields[i]][0] != '\0';

  if (!any)
    return reqs;

  if (v->values[QUADRANT_CSV_FIELD_STATEMENT][0] == '\0')
    {
      reason (v, _("Requirement details without a requirement statement"));
      return reqs;
    }

  if (id[0] != '\0' && g_uuid_string_is_valid (id) && quadrant_register_find_requirement (v->reg, id) != NULL)
    {
      reason (v, _("The requirement %s is already in the register"), id);
      return reqs;
    }

  if (id[0] != '\0' && g_hash_table_contains (v->used_ids, id))
    {
      reason (v, _("The requirement %s appears twice in the file"), id);
      return reqs;
    }

  /* Read once for all the statements, so that a value is warned about once. */
  type = enum_value (v, QUADRANT_CSV_FIELD_TYPE, QUADRANT_TYPE_REQUIREMENT_TYPE, QUADRANT_REQUIREMENT_TYPE_OTHER);
  priority = enum_value (v, QUADRANT_CSV_FIELD_PRIORITY, QUADRANT_TYPE_PRIORITY, -1);
  decision = enum_value (v, QUADRANT_CSV_FIELD_DECISION, QUADRANT_TYPE_DECISION, QUADRANT_DECISION_UNDECIDED);
  review_date = date_value (v, QUADRANT_CSV_FIELD_REVIEW_DATE);

  /* A requirement with an id of its own (our exports) is one requirement,
   * whatever lines it has. */
  if (id[0] != '\0')
    {
      statements = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (statements, g_strdup (v->values[QUADRANT_CSV_FIELD_STATEMENT]));
    }
  else
    statements = _quadrant_csv_split_statement (v->self, v->values[QUADRANT_CSV_FIELD_STATEMENT]);
  for (guint s = 0; s < statements->len; s++)
    {
      g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (s == 0 ? usable_id (v, id) : NULL);
      g_autoptr(GPtrArray) refs = NULL;

      quadrant_requirement_set_statement (req, g_ptr_array_index (statements, s));
      if (!has_kept_text (quadrant_requirement_get_statement (req)))
        reason (v, _("The requirement statement has no characters that can be kept"));
      if (v->values[QUADRANT_CSV_FIELD_TYPE][0] != '\0')
        quadrant_requirement_set_requirement_type (req, type);
      if (priority >= 0)
        quadrant_requirement_set_priority (req, priority);
      quadrant_requirement_set_decision (req, decision);
      quadrant_requirement_set_source (req, text_value (v, QUADRANT_CSV_FIELD_SOURCE));
      quadrant_requirement_set_rationale (req, text_value (v, QUADRANT_CSV_FIELD_RATIONALE));
      quadrant_requirement_set_owner (req, text_value (v, QUADRANT_CSV_FIELD_REQUIREMENT_OWNER));
      quadrant_requirement_set_review_date (req, review_date);
      /* Split statements share the cell's code: only the first keeps it, as it keeps the id. */
      if (s == 0)
        quadrant_requirement_set_code (req, text_value (v, QUADRANT_CSV_FIELD_REQUIREMENT_REFERENCE));
      refs = _quadrant_csv_parse_references (v->values[QUADRANT_CSV_FIELD_REFERENCES]);
      quadrant_requirement_set_references (req, refs);
      g_ptr_array_add (reqs, g_steal_pointer (&req));
    }

  return reqs;
}

/* Unmapped columns, when they go to the notes: "Column: value" lines. */
static void
add_unmapped_columns (Validation *v,
                      const Row  *row)
{
  QuadrantCsvImport *self = v->self;

  if (!self->unmapped_to_notes)
    return;

  for (guint c = 0; c < self->mapping->len && c < row->cells->len; c++)
    {
      g_autofree char *text = NULL;

      if (g_array_index (self->mapping, QuadrantCsvField, c) != QUADRANT_CSV_FIELD_NONE)
        continue;
      text = g_strstrip (g_strdup (g_ptr_array_index (row->cells, c)));
      if (text[0] == '\0' || _quadrant_csv_is_placeholder (text))
        continue;
      const char *header = g_ptr_array_index (self->header, c);

      append_note (v->party_notes, header[0] != '\0' ? header : "?", text);
    }
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
  g_autoptr(GPtrArray) reqs = NULL;
  Planned *planned = NULL;
  char *values[QUADRANT_CSV_N_FIELDS];
  gboolean any_value = FALSE;

  g_ptr_array_set_size (v->reasons, 0);
  g_ptr_array_set_size (v->row_warnings, 0);
  g_string_truncate (v->party_notes, 0);
  g_string_truncate (v->requirement_notes, 0);
  v->line = row->line;

  for (guint f = 0; f < QUADRANT_CSV_N_FIELDS; f++)
    {
      gboolean any_before = any_value;

      v->values[f] = values[f] = dup_value (self, row->cells, f);
      /* A template's "TODO" is no value; "TBD" or "n/a" as a decision is one. */
      if (_quadrant_csv_is_placeholder (values[f]) &&
          (f != QUADRANT_CSV_FIELD_DECISION || quadrant_vocabulary_lookup ("decision", values[f]) == NULL))
        values[f][0] = '\0';
      /* Templates number their rows in advance: a code alone is no value either. */
      any_value = any_before || (f != QUADRANT_CSV_FIELD_NONE && f != QUADRANT_CSV_FIELD_REFERENCE &&
                                 f != QUADRANT_CSV_FIELD_REQUIREMENT_REFERENCE && values[f][0] != '\0');
    }

  /* Unmapped columns count when they go to the notes. */
  for (guint c = 0; self->unmapped_to_notes && !any_value && c < row->cells->len && c < self->mapping->len; c++)
    {
      g_autofree char *text = g_strstrip (g_strdup (g_ptr_array_index (row->cells, c)));

      any_value = g_array_index (self->mapping, QuadrantCsvField, c) == QUADRANT_CSV_FIELD_NONE &&
                  text[0] != '\0' && !_quadrant_csv_is_placeholder (text);
    }

  /* A row of placeholders only, as templates have: nothing to import, nothing lost. */
  if (!any_value && row->cells->len <= self->header->len)
    {
      for (guint f = 0; f < QUADRANT_CSV_N_FIELDS; f++)
        g_free (values[f]);
      self->n_skipped_rows++;
      return;
    }

  id = v->values[QUADRANT_CSV_FIELD_PARTY_ID];
  name = v->values[QUADRANT_CSV_FIELD_NAME];

  /* The reader's limit: a register with a longer text could not be opened. */
  for (guint f = QUADRANT_CSV_FIELD_NONE + 1; f < QUADRANT_CSV_N_FIELDS; f++)
    {
      gsize length = strlen (values[f]);

      if (length > QUADRANT_READER_MAX_TEXT_SIZE)
        {
          g_autofree char *size = g_format_size (length);
          g_autofree char *limit = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);

          reason (v, _("The cell in column “%s” holds %s of text, but a register holds at most %s in one field"),
                  column_header (self, f), size, limit);
          values[f][0] = '\0';
        }
    }

  if (row->cells->len > self->header->len)
    reason (v, _("The row has more cells (%u) than the header has columns (%u)"), row->cells->len, self->header->len);

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
          planned = planned_new (g_object_ref (existing), FALSE);
        }
    }

  add_unmapped_columns (v, row);
  if (new_party != NULL)
    {
      g_autofree char *notes = _quadrant_csv_join_notes (quadrant_party_get_notes (new_party), v->party_notes->str);

      quadrant_party_set_notes (new_party, notes);
      g_string_truncate (v->party_notes, 0);
    }
  reqs = build_requirements (v);

  if (v->reasons->len > 0)
    {
      QuadrantCsvProblem *problem = g_new0 (QuadrantCsvProblem, 1);

      g_ptr_array_add (v->reasons, NULL);
      problem->line = row->line;
      problem->message = g_strjoinv ("; ", (char **) v->reasons->pdata);
      g_ptr_array_add (self->problems, problem);
      g_ptr_array_set_size (v->reasons, 0);

      /* An existing party looked up for this row only is dropped again. */
      if (planned != NULL && !planned->is_new && planned->requirements->len == 0 && !planned->listed)
        _quadrant_csv_planned_free (planned);
    }
  else
    {
      if (new_party != NULL)
        {
          planned = planned_new (g_steal_pointer (&new_party), TRUE);
          g_hash_table_add (v->used_ids, g_strdup (quadrant_party_get_id (planned->party)));
        }

      /* A flag, not a search of the list: a million rows stay linear. */
      if (!planned->listed)
        {
          planned->listed = TRUE;
          g_ptr_array_add (self->planned, planned);
        }
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

      /* What this row adds to a party planned earlier goes into its notes;
       * to a party already in the register, into the requirements' notes. */
      if (v->party_notes->len > 0 && planned->is_new)
        {
          g_autofree char *notes = _quadrant_csv_join_notes (quadrant_party_get_notes (planned->party), v->party_notes->str);

          quadrant_party_set_notes (planned->party, notes);
        }
      else if (v->party_notes->len > 0)
        {
          g_autofree char *moved = _quadrant_csv_join_notes (v->party_notes->str, v->requirement_notes->str);

          g_string_assign (v->requirement_notes, moved);
        }

      for (guint r = 0; r < reqs->len; r++)
        {
          QuadrantRequirement *req = g_ptr_array_index (reqs, r);

          g_autofree char *notes = _quadrant_csv_join_notes (text_value (v, QUADRANT_CSV_FIELD_REQUIREMENT_NOTES),
                                                             v->requirement_notes->str);

          if (notes != NULL && notes[0] != '\0')
            quadrant_requirement_set_notes (req, notes);
          g_hash_table_add (v->used_ids, g_strdup (quadrant_requirement_get_id (req)));
          g_ptr_array_add (planned->requirements, g_object_ref (req));
        }
      g_ptr_array_extend_and_steal (self->warnings, g_steal_pointer (&v->row_warnings));
      v->row_warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_csv_problem_free);
      self->n_good_rows++;
    }

  for (guint f = 0; f < QUADRANT_CSV_N_FIELDS; f++)
    {
      g_free (values[f]);
      g_clear_pointer (&v->iso[f], g_free);
    }
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
  g_ptr_array_set_size (self->warnings, 0);
  self->scales[0] = _quadrant_csv_detect_scale (self, QUADRANT_CSV_FIELD_POWER);
  self->scales[1] = _quadrant_csv_detect_scale (self, QUADRANT_CSV_FIELD_INTEREST);
  self->n_good_rows = 0;
  self->n_skipped_rows = 0;

  v.self = self;
  v.reg = reg;
  v.by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  v.used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  v.reasons = g_ptr_array_new_with_free_func (g_free);
  v.row_warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) quadrant_csv_problem_free);
  v.party_notes = g_string_new (NULL);
  v.requirement_notes = g_string_new (NULL);
  g_clear_pointer (&self->dates, _quadrant_csv_dates_free);
  self->dates = v.dates = _quadrant_csv_dates_new (self, reg);

  for (guint i = 0; i < self->rows->len; i++)
    validate_row (&v, &g_array_index (self->rows, Row, i));

  g_hash_table_unref (v.by_key);
  g_hash_table_unref (v.used_ids);
  g_ptr_array_unref (v.reasons);
  g_ptr_array_unref (v.row_warnings);
  g_string_free (v.party_notes, TRUE);
  g_string_free (v.requirement_notes, TRUE);

  return self->problems;
}

guint
quadrant_csv_import_get_n_skipped_rows (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->n_skipped_rows;
}

guint
quadrant_csv_import_get_n_good_rows (QuadrantCsvImport *self)
{
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (self), 0);

  return self->n_good_rows;
}

/* ---- Applying ---- */

gboolean
quadrant_csv_import_apply (QuadrantCsvImport  *self,
                           QuadrantRegister   *reg,
                           gboolean            keep_good_rows,
                           guint              *n_parties,
                           guint              *n_requirements,
                           GError            **error)
{
  GPtrArray *problems;
  g_autoptr(GPtrArray) new_parties = NULL;
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

  /* New parties take their requirements with them and are added in one step;
   * requirements for parties the register had are edits of their own. */
  new_parties = g_ptr_array_new ();
  quadrant_register_begin_group (reg, _("Import Spreadsheet"));
  for (guint i = 0; i < self->planned->len; i++)
    {
      Planned *planned = g_ptr_array_index (self->planned, i);

      if (planned->is_new)
        {
          _quadrant_party_append_requirements (planned->party, (QuadrantRequirement **) planned->requirements->pdata,
                                               planned->requirements->len);
          g_ptr_array_add (new_parties, planned->party);
          parties++;
          requirements += planned->requirements->len;
          continue;
        }
      for (guint j = 0; j < planned->requirements->len; j++)
        {
          quadrant_register_add_requirement (reg, planned->party, g_ptr_array_index (planned->requirements, j));
          requirements++;
        }
    }
  quadrant_register_append_parties (reg, (QuadrantParty **) new_parties->pdata, new_parties->len);
  quadrant_register_end_group (reg);

  /* The objects now belong to the register; a second apply must not add them again. */
  g_ptr_array_set_size (self->planned, 0);

  if (n_parties != NULL)
    *n_parties = parties;
  if (n_requirements != NULL)
    *n_requirements = requirements;

  return TRUE;
}
