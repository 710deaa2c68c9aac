/* quadrant-reader-elements.c: what each element of a register may hold
 *
 * One function for each element of the format (docs/FORMAT.md): it checks the
 * attributes, reads the children, keeps what it does not know and builds
 * the model from what passed.
 */
#define G_LOG_DOMAIN "quadrant-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-reader-private.h"

/* Reads a list: its children called child with parse_child; its attributes
 * and anything else inside it are kept as the extras of the list, which
 * belong to *owner. */
static gboolean
parse_list (Reader          *self,
            Name             list,
            Name             child,
            gboolean       (*parse_child) (Reader *self),
            QuadrantExtras **owner)
{
  QuadrantExtras *extras = NULL;
  gboolean ok;
  int ret = 0;

  ok = _quadrant_reader_keep_attributes (self, &extras);
  if (ok && !xmlTextReaderIsEmptyElement (self->xml))
    {
      while (ok && (ret = _quadrant_reader_next_child (self)) == 1)
        {
          const xmlChar *local = _quadrant_reader_known_local_name (self);

          if (local != NULL && IS (local, child))
            ok = parse_child (self);
          else
            ok = _quadrant_reader_keep_unknown_element (self, &extras);
        }
    }
  _quadrant_reader_attach_extras (owner, _quadrant_reader_name_strings[list], extras);
  return ok && ret == 0;
}

/* ---- revisions ---- */

static void
position_clear (gpointer data)
{
  QuadrantPosition *position = data;

  g_free (position->party_id);
  quadrant_extras_free (position->extras);
}

static gboolean
parse_position (Reader          *self,
                const char      *revision_version,
                GArray          *positions,
                GArray          *offsets)
{
  QuadrantPosition position = { NULL, QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED, QUADRANT_SUPPORT_NEUTRAL, NULL };
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Attribute attribute;
  gboolean failed = FALSE;
  guint64 seen = 0;
  int value, ret;

  for (gboolean more = _quadrant_reader_next_attribute (self, TRUE, &attribute, &failed); more;
       more = _quadrant_reader_next_attribute (self, FALSE, &attribute, &failed))
    {
      const xmlChar *a = attribute.local;

      /* the party's position then, named as the party's own attributes */
      if (a != NULL && IS (a, N_PARTY))
        _quadrant_reader_replace_string (&position.party_id, (const char *) attribute.value);
      else if (IS_FIELD (a, QUADRANT_FIELD_PARTY_POWER) || IS_FIELD (a, QUADRANT_FIELD_PARTY_INTEREST))
        {
          gboolean power = IS_FIELD (a, QUADRANT_FIELD_PARTY_POWER);

          seen |= BIT (SEEN_FIELD (power ? QUADRANT_FIELD_PARTY_POWER : QUADRANT_FIELD_PARTY_INTEREST));
          if (_quadrant_reader_parse_percentage (&problem, (const char *) a, attribute.value, &value))
            *(power ? &position.power : &position.interest) = value;
        }
      else if (IS_FIELD (a, QUADRANT_FIELD_PARTY_CURRENT_SUPPORT))
        {
          seen |= BIT (SEEN_FIELD (QUADRANT_FIELD_PARTY_CURRENT_SUPPORT));
          if (_quadrant_reader_parse_enum (self, &problem, QUADRANT_TYPE_SUPPORT, "support", attribute.value, &value))
            position.support = value;
        }
      else
        _quadrant_reader_keep_unknown_attribute (self, &position.extras, attribute.value);
    }
  if (failed)
    {
      position_clear (&position);
      return FALSE;
    }

  if (position.party_id == NULL || position.party_id[0] == '\0')
    _quadrant_reader_note_missing (&problem, "party", EXPECT_PARTY_ID, NULL);
  if (!(seen & BIT (SEEN_FIELD (QUADRANT_FIELD_PARTY_CURRENT_SUPPORT))))
    _quadrant_reader_note_missing (&problem, "support", EXPECT_ONE_OF,
                                   _quadrant_reader_enum_values (self, QUADRANT_TYPE_SUPPORT));
  if (problem.kind == PROBLEM_NONE &&
      !(seen & BIT (SEEN_FIELD (QUADRANT_FIELD_PARTY_POWER))) != !(seen & BIT (SEEN_FIELD (QUADRANT_FIELD_PARTY_INTEREST))))
    problem.kind = PROBLEM_HALF_PLACED;

  if (problem.kind != PROBLEM_NONE)
    {
      g_autofree char *label = NULL;

      /* Translators: these name the object at the start of a message, before a colon;
       * the first %s is a revision's version, the second a party's id */
      if (position.party_id != NULL && position.party_id[0] != '\0')
        label = g_strdup_printf (_("revision “%s”, position of party “%s”"), revision_version,
                                 position.party_id);
      else
        label = g_strdup_printf (_("revision “%s”, a position without a party"), revision_version);

      _quadrant_reader_fail_problem (self, offset, label, &problem);
      _quadrant_reader_problem_clear (&problem);
      position_clear (&position);
      return FALSE;
    }

  /* in the array from here on, which frees it */
  g_array_append_val (positions, position);
  g_array_append_val (offsets, offset);

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while ((ret = _quadrant_reader_next_child (self)) == 1)
    if (!_quadrant_reader_keep_unknown_element (self, &g_array_index (positions, QuadrantPosition,
                                                                      positions->len - 1).extras))
      return FALSE;
  return ret == 0;
}

static gboolean
parse_revision (Reader *self)
{
  g_autoptr(QuadrantExtras) extras = NULL;
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (QuadrantPosition));
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *version = NULL, *date = NULL, *author = NULL, *summary = NULL, *label = NULL;
  QuadrantRevision *revision;
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Owner owner = { 0 };
  Attribute attribute;
  gboolean failed = FALSE, ok = TRUE;
  guint64 seen = 0;
  int ret = 0;

  g_array_set_clear_func (positions, position_clear);

  for (gboolean more = _quadrant_reader_next_attribute (self, TRUE, &attribute, &failed); more;
       more = _quadrant_reader_next_attribute (self, FALSE, &attribute, &failed))
    {
      const xmlChar *a = attribute.local;

      if (IS_FIELD (a, QUADRANT_FIELD_REVISION_VERSION))
        _quadrant_reader_replace_string (&version, (const char *) attribute.value);
      else if (IS_FIELD (a, QUADRANT_FIELD_REVISION_DATE))
        {
          _quadrant_reader_replace_string (&date, (const char *) attribute.value);
          _quadrant_reader_parse_date (&problem, "date", attribute.value);
        }
      else if (IS_FIELD (a, QUADRANT_FIELD_REVISION_AUTHOR))
        _quadrant_reader_replace_string (&author, (const char *) attribute.value);
      else
        _quadrant_reader_keep_unknown_attribute (self, &extras, attribute.value);
    }
  if (failed)
    return FALSE;

  if (version == NULL || version[0] == '\0')
    _quadrant_reader_note_missing (&problem, "version", EXPECT_VERSION, NULL);
  if (date == NULL || date[0] == '\0')
    _quadrant_reader_note_missing (&problem, "date", EXPECT_DATE, NULL);

  label = version != NULL && version[0] != '\0'
          ? g_strdup_printf (_("revision “%s”"), version) : g_strdup (_("revision without a version"));
  if (problem.kind != PROBLEM_NONE)
    {
      _quadrant_reader_fail_problem (self, offset, label, &problem);
      _quadrant_reader_problem_clear (&problem);
      return FALSE;
    }

  owner.label = label;
  if (!xmlTextReaderIsEmptyElement (self->xml))
    {
      while (ok && (ret = _quadrant_reader_next_child (self)) == 1)
        {
          const xmlChar *local = _quadrant_reader_known_local_name (self);

          if (IS_FIELD (local, QUADRANT_FIELD_REVISION_SUMMARY))
            {
              const char *text = NULL;

              ok = _quadrant_reader_read_text_element (self, &seen, QUADRANT_FIELD_REVISION_SUMMARY, &owner,
                                                       &text, &extras);
              _quadrant_reader_replace_string (&summary, text);
            }
          else if (local != NULL && IS (local, N_POSITION))
            ok = parse_position (self, version, positions, offsets);
          else
            ok = _quadrant_reader_keep_unknown_element (self, &extras);
        }
      if (!ok || ret < 0)
        return FALSE;
    }

  /* few and small: built here, and kept for the check of their positions */
  revision = quadrant_revision_new (version, date, author, summary);
  for (guint i = 0; i < positions->len; i++)
    {
      QuadrantPosition *position = &g_array_index (positions, QuadrantPosition, i);

      quadrant_revision_add_position (revision, position->party_id, position->power,
                                      position->interest, position->support);
      if (position->extras != NULL)
        {
          GArray *added = quadrant_revision_get_positions (revision);

          g_array_index (added, QuadrantPosition, added->len - 1).extras = g_steal_pointer (&position->extras);
        }
    }
  if (extras != NULL)
    quadrant_extras_merge (quadrant_revision_get_extras (revision), g_steal_pointer (&extras));
  g_array_append_vals (self->position_offsets, offsets->data, offsets->len);
  quadrant_register_append_revision_unrecorded (self->reg, revision);
  g_ptr_array_add (self->revisions, revision);
  return TRUE;
}

/* ---- parties and requirements ---- */

static gboolean
parse_reference (Reader      *self,
                 const char  *requirement_id,
                 GPtrArray  **references)
{
  QuadrantReference *reference;
  g_autoptr(QuadrantExtras) extras = NULL;
  const char *text = NULL;
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Attribute attribute;
  gboolean failed = FALSE, has_kind = FALSE;
  int kind = QUADRANT_REFERENCE_KIND_OTHER;

  for (gboolean more = _quadrant_reader_next_attribute (self, TRUE, &attribute, &failed); more;
       more = _quadrant_reader_next_attribute (self, FALSE, &attribute, &failed))
    {
      if (IS_FIELD (attribute.local, QUADRANT_FIELD_REFERENCE_KIND))
        {
          has_kind = TRUE;
          _quadrant_reader_parse_enum (self, &problem, QUADRANT_TYPE_REFERENCE_KIND, "kind", attribute.value, &kind);
        }
      else
        _quadrant_reader_keep_unknown_attribute (self, &extras, attribute.value);
    }
  if (failed)
    return FALSE;

  if (!has_kind)
    _quadrant_reader_note_missing (&problem, "kind", EXPECT_ONE_OF,
                                   _quadrant_reader_enum_values (self, QUADRANT_TYPE_REFERENCE_KIND));
  if (problem.kind != PROBLEM_NONE)
    {
      /* Translators: this names the object at the start of a message, before a colon;
       * %s is the id of the requirement */
      g_autofree char *label = g_strdup_printf (_("reference of requirement “%s”"),
                                                requirement_id != NULL ? requirement_id : "");

      _quadrant_reader_fail_problem (self, offset, label, &problem);
      _quadrant_reader_problem_clear (&problem);
      return FALSE;
    }

  if (!_quadrant_reader_read_text (self, &text, &extras))
    return FALSE;
  reference = quadrant_reference_new (kind, text);
  reference->extras = g_steal_pointer (&extras);
  if (*references == NULL)
    *references = quadrant_reference_array_new ();
  g_ptr_array_add (*references, reference);
  return TRUE;
}

static gboolean
parse_requirement (Reader *self)
{
  g_autoptr(QuadrantRequirement) requirement = NULL;
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(QuadrantExtras) extras = NULL;
  const char *id;
  gsize offset = self->node_start;
  Problem problem = { 0 };
  Owner owner = { .requirement = TRUE };
  Attribute attribute;
  const FieldList *attributes = _quadrant_reader_get_fields (LIST_REQUIREMENT_ATTRIBUTES);
  const FieldList *elements = _quadrant_reader_get_fields (LIST_REQUIREMENT_ELEMENTS);
  gboolean failed = FALSE, ok = TRUE, has_statement = FALSE;
  guint64 seen = 0;
  int numbers[G_N_ELEMENTS (attributes->fields)];
  int ret = 0;

  id = _quadrant_reader_read_id (self, &problem);
  requirement = quadrant_requirement_new (id);
  if (id != NULL)
    {
      owner.id = quadrant_requirement_get_id (requirement);
      _quadrant_reader_remember_id (self, owner.id, ID_REQUIREMENT, &problem);
    }

  for (gboolean more = _quadrant_reader_next_attribute (self, TRUE, &attribute, &failed); more;
       more = _quadrant_reader_next_attribute (self, FALSE, &attribute, &failed))
    if (!_quadrant_reader_parse_field_attribute (self, attributes, requirement, &attribute, &problem, &seen, numbers))
      _quadrant_reader_keep_unknown_attribute (self, &extras, attribute.value);
  if (failed)
    return FALSE;

  _quadrant_reader_note_missing_attributes (self, attributes, seen, &problem);
  if (problem.kind != PROBLEM_NONE)
    {
      g_autofree char *label = _quadrant_reader_describe_requirement (owner.id);

      _quadrant_reader_fail_problem (self, offset, label, &problem);
      _quadrant_reader_problem_clear (&problem);
      return FALSE;
    }

  if (!xmlTextReaderIsEmptyElement (self->xml))
    {
      while (ok && (ret = _quadrant_reader_next_child (self)) == 1)
        {
          const xmlChar *local = _quadrant_reader_known_local_name (self);
          int i = _quadrant_reader_find_field (self, elements, local);

          if (i >= 0)
            {
              const char *text = NULL;

              ok = _quadrant_reader_read_text_element (self, &seen, elements->fields[i], &owner, &text, &extras);
              if (ok && text != NULL)
                {
                  elements->infos[i]->set_text (requirement, text);
                  if (elements->fields[i] == QUADRANT_FIELD_REQUIREMENT_STATEMENT)
                    has_statement = !quadrant_text_is_blank (text);
                }
            }
          else if (local != NULL && IS (local, N_REFERENCE))
            ok = parse_reference (self, owner.id, &references);
          else
            ok = _quadrant_reader_keep_unknown_element (self, &extras);
        }
      if (!ok || ret < 0)
        return FALSE;
    }

  if (!has_statement)
    {
      g_autofree char *label = _quadrant_reader_describe_requirement (owner.id);

      _quadrant_reader_note_missing (&problem, "statement", EXPECT_TEXT, NULL);
      _quadrant_reader_fail_problem (self, offset, label, &problem);
      _quadrant_reader_problem_clear (&problem);
      return FALSE;
    }

  quadrant_extras_merge (quadrant_requirement_get_extras (requirement), g_steal_pointer (&extras));
  if (references != NULL)
    quadrant_requirement_set_references (requirement, references);
  /* added all at once at the party's end */
  g_ptr_array_add (self->requirements, g_steal_pointer (&requirement));
  return TRUE;
}

typedef struct {
  QuadrantParty   *party;
  Owner            owner;
  char            *name;    /* a copy, for messages */
  QuadrantExtras  *extras;
  guint64          seen;
} PartyState;

static gboolean
parse_party_texts (Reader            *self,
                   PartyState        *state,
                   const xmlChar     *local,
                   const FieldList   *texts,
                   QuadrantExtras   **extras,
                   gboolean          *handled)
{
  int i = _quadrant_reader_find_field (self, texts, local);
  const char *text = NULL;

  *handled = i >= 0;
  if (i < 0)
    return TRUE;

  if (!_quadrant_reader_read_text_element (self, &state->seen, texts->fields[i], &state->owner, &text, extras))
    return FALSE;
  if (text != NULL)
    {
      texts->infos[i]->set_text (state->party, text);
      if (texts->fields[i] == QUADRANT_FIELD_PARTY_NAME)
        {
          _quadrant_reader_replace_string (&state->name, text);
          state->owner.name = state->name;
        }
    }
  return TRUE;
}

static gboolean
parse_engagement (Reader     *self,
                  PartyState *state)
{
  QuadrantExtras *extras = NULL;
  gboolean ok, handled;
  int ret = 0;

  ok = _quadrant_reader_keep_attributes (self, &extras);
  if (ok && !xmlTextReaderIsEmptyElement (self->xml))
    {
      while (ok && (ret = _quadrant_reader_next_child (self)) == 1)
        {
          ok = parse_party_texts (self, state, _quadrant_reader_known_local_name (self),
                                  _quadrant_reader_get_fields (LIST_ENGAGEMENT), &extras, &handled);
          if (ok && !handled)
            ok = _quadrant_reader_keep_unknown_element (self, &extras);
        }
    }
  _quadrant_reader_attach_extras (&state->extras, _quadrant_reader_name_strings[N_ENGAGEMENT], extras);
  return ok && ret == 0;
}

static gboolean
parse_party_children (Reader     *self,
                      PartyState *state)
{
  gboolean ok = TRUE, handled;
  int ret = 0;

  while (ok && (ret = _quadrant_reader_next_child (self)) == 1)
    {
      const xmlChar *local = _quadrant_reader_known_local_name (self);

      ok = parse_party_texts (self, state, local, _quadrant_reader_get_fields (LIST_PARTY_ELEMENTS), &state->extras, &handled);
      if (!ok || handled)
        continue;

      if (local != NULL && IS (local, N_ENGAGEMENT))
        ok = _quadrant_reader_first_of (self, &state->seen, SEEN_NAME (N_ENGAGEMENT), &state->owner) &&
             parse_engagement (self, state);
      else if (local != NULL && IS (local, N_REQUIREMENTS))
        ok = _quadrant_reader_first_of (self, &state->seen, SEEN_NAME (N_REQUIREMENTS), &state->owner) &&
             parse_list (self, N_REQUIREMENTS, N_REQUIREMENT, parse_requirement, &state->extras);
      else
        ok = _quadrant_reader_keep_unknown_element (self, &state->extras);
    }
  return ok && ret == 0;
}

static gboolean
parse_party_attributes (Reader     *self,
                        PartyState *state,
                        Problem    *problem)
{
  const FieldList *attributes = _quadrant_reader_get_fields (LIST_PARTY_ATTRIBUTES);
  int numbers[G_N_ELEMENTS (attributes->fields)];
  Attribute attribute;
  gboolean failed = FALSE;
  guint n_position = 0, n_placed = 0;
  guint64 seen = 0;

  for (guint i = 0; i < attributes->n; i++)
    numbers[i] = QUADRANT_NOT_ASSESSED;

  for (gboolean more = _quadrant_reader_next_attribute (self, TRUE, &attribute, &failed); more;
       more = _quadrant_reader_next_attribute (self, FALSE, &attribute, &failed))
    if (attribute.local == NULL ||
        !_quadrant_reader_parse_field_attribute (self, attributes, state->party, &attribute, problem, &seen, numbers))
      _quadrant_reader_keep_unknown_attribute (self, &state->extras, attribute.value);
  if (failed)
    return FALSE;

  _quadrant_reader_note_missing_attributes (self, attributes, seen, problem);

  /* Power and interest: both, or neither (not yet assessed). */
  for (guint i = 0; i < attributes->n; i++)
    if (attributes->infos[i]->flags & QUADRANT_FIELD_FLAG_POSITION)
      {
        n_position++;
        n_placed += (seen & BIT (SEEN_FIELD (attributes->fields[i]))) != 0;
      }
  if (problem->kind == PROBLEM_NONE && n_placed != 0 && n_placed != n_position)
    problem->kind = PROBLEM_HALF_PLACED;
  for (guint i = 0; i < attributes->n && problem->kind == PROBLEM_NONE && n_placed > 0; i++)
    if (attributes->infos[i]->flags & QUADRANT_FIELD_FLAG_POSITION)
      attributes->infos[i]->set_number (state->party, numbers[i]);
  return TRUE;
}

static gboolean
parse_party (Reader *self)
{
  PartyState state = { 0 };
  const char *id;
  gsize offset = self->node_start;
  Problem problem = { 0 };
  gboolean ok = TRUE;

  id = _quadrant_reader_read_id (self, &problem);
  state.party = quadrant_party_new (id);
  state.owner.id = "";
  if (id != NULL)
    {
      state.owner.id = quadrant_party_get_id (state.party);
      _quadrant_reader_remember_id (self, state.owner.id, ID_PARTY, &problem);
    }
  g_ptr_array_set_size (self->requirements, 0);

  /* problems are reported once the party's name is known */
  ok = parse_party_attributes (self, &state, &problem);
  if (ok && !xmlTextReaderIsEmptyElement (self->xml))
    ok = parse_party_children (self, &state);

  if (problem.kind == PROBLEM_NONE && ok && (state.name == NULL || quadrant_text_is_blank (state.name)))
    _quadrant_reader_note_missing (&problem, "name", EXPECT_TEXT, NULL);

  if (problem.kind != PROBLEM_NONE && !(self->error != NULL &&
                                        g_error_matches (self->error, QUADRANT_READER_ERROR, QUADRANT_READER_ERROR_TOO_LARGE)))
    {
      g_autofree char *label = _quadrant_reader_describe_party (state.owner.id, state.name);

      /* the attributes come first in the file, so their problem does too */
      g_clear_error (&self->error);
      _quadrant_reader_fail_problem (self, offset, label, &problem);
      ok = FALSE;
    }
  _quadrant_reader_problem_clear (&problem);

  if (ok)
    {
      quadrant_extras_merge (quadrant_party_get_extras (state.party), g_steal_pointer (&state.extras));
      _quadrant_party_append_requirements (state.party, (QuadrantRequirement **) self->requirements->pdata,
                                           self->requirements->len);
      g_ptr_array_set_size (self->requirements, 0);
      quadrant_register_append_party_unrecorded (self->reg, state.party);
    }
  g_clear_pointer (&state.extras, quadrant_extras_free);
  g_clear_object (&state.party);
  g_free (state.name);
  return ok;
}

/* ---- the register ---- */

static gboolean
parse_metadata (Reader *self)
{
  /* Translators: this names the object at the start of a message, before a colon */
  Owner owner = { .label = _("metadata") };
  const FieldList *fields = _quadrant_reader_get_fields (LIST_METADATA);
  QuadrantExtras *extras = NULL;
  guint64 seen = 0;
  gboolean ok, empty;
  int ret = 0;

  ok = _quadrant_reader_keep_attributes (self, &extras);
  empty = xmlTextReaderIsEmptyElement (self->xml);
  while (ok && !empty && (ret = _quadrant_reader_next_child (self)) == 1)
    {
      int i = _quadrant_reader_find_field (self, fields, _quadrant_reader_known_local_name (self));

      if (i >= 0)
        {
          const char *text = NULL;
          gsize offset = self->node_start;
          Problem problem = { 0 };

          ok = _quadrant_reader_read_text_element (self, &seen, fields->fields[i], &owner, &text, &extras);
          if (ok && text != NULL &&
              fields->infos[i]->type == QUADRANT_FIELD_TYPE_DATE &&
              !_quadrant_reader_parse_date (&problem, fields->infos[i]->xml_name, BAD_CAST text))
            {
              problem.element = TRUE;
              ok = _quadrant_reader_fail_problem (self, offset, owner.label, &problem);
              _quadrant_reader_problem_clear (&problem);
            }
          if (ok && text != NULL)
            fields->infos[i]->set_text (self->reg, text);
        }
      else
        ok = _quadrant_reader_keep_unknown_element (self, &extras);
    }
  _quadrant_reader_attach_extras (&self->register_extras, _quadrant_reader_name_strings[N_METADATA], extras);
  return ok && ret == 0;
}

static gboolean
check_format (Reader     *self,
              gsize       offset,
              const char *format)
{
  const char *p = format;
  guint64 major = 0;

  if (format == NULL)
    return _quadrant_reader_fail_at (self, offset, QUADRANT_READER_ERROR_INVALID,
                                     _("the register has no format version; expected format=\"%s\""),
                                     QUADRANT_FORMAT_VERSION);

  while (g_ascii_isdigit (*p) && major < 1000000)
    major = major * 10 + (guint64) (*p++ - '0');
  if (p == format || *p++ != '.' || !g_ascii_isdigit (*p))
    goto invalid;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p != '\0' || major < 1)
    goto invalid;

  if (major > QUADRANT_FORMAT_MAJOR)
    return _quadrant_reader_fail_at (self, offset, QUADRANT_READER_ERROR_UNSUPPORTED_VERSION,
                                     _("the register is in format %s, from a newer version of Quadrant; "
                                       "this version reads format %d.x"), format, QUADRANT_FORMAT_MAJOR);
  return TRUE;

invalid:
  return _quadrant_reader_fail_at (self, offset, QUADRANT_READER_ERROR_INVALID,
                                   _("the register has format “%s”; expected a version such as %s"),
                                   format, QUADRANT_FORMAT_VERSION);
}

static gboolean
parse_register (Reader *self)
{
  /* Translators: this names the object at the start of a message, before a colon */
  Owner owner = { .label = _("register") };
  g_autofree char *format = NULL;
  gsize offset = self->node_start;
  Attribute attribute;
  gboolean failed = FALSE, ok = TRUE;
  guint64 seen = 0;
  int ret = 0;

  if (xmlTextReaderConstNamespaceUri (self->xml) != self->ns || !IS (xmlTextReaderConstLocalName (self->xml), N_REGISTER))
    {
      const xmlChar *uri = xmlTextReaderConstNamespaceUri (self->xml);

      if (IS (xmlTextReaderConstLocalName (self->xml), N_REGISTER))
        return _quadrant_reader_fail_at (self, offset, QUADRANT_READER_ERROR_NOT_A_REGISTER,
                                         _("this is not a Quadrant register: <register> is in the namespace “%s”; "
                                           "expected “%s”"),
                                         uri != NULL ? (const char *) uri : "", QUADRANT_NAMESPACE);
      return _quadrant_reader_fail_at (self, offset, QUADRANT_READER_ERROR_NOT_A_REGISTER,
                                       _("this is not a Quadrant register: it starts with <%s>; "
                                         "expected <register xmlns=\"%s\">"),
                                       _quadrant_reader_current_name (self), QUADRANT_NAMESPACE);
    }

  for (gboolean more = _quadrant_reader_next_attribute (self, TRUE, &attribute, &failed); more;
       more = _quadrant_reader_next_attribute (self, FALSE, &attribute, &failed))
    {
      if (attribute.local != NULL && IS (attribute.local, N_FORMAT))
        _quadrant_reader_replace_string (&format, (const char *) attribute.value);
      else
        _quadrant_reader_keep_unknown_attribute (self, &self->register_extras, attribute.value);
    }
  if (failed || !check_format (self, offset, format))
    return FALSE;
  /* the root lives until the end of the parse, and with it its namespace */
  self->root_ns = self->node->ns;

  if (xmlTextReaderIsEmptyElement (self->xml))
    return TRUE;
  while (ok && (ret = _quadrant_reader_next_child (self)) == 1)
    {
      const xmlChar *local = _quadrant_reader_known_local_name (self);

      if (local != NULL && IS (local, N_METADATA))
        ok = _quadrant_reader_first_of (self, &seen, SEEN_NAME (N_METADATA), &owner) && parse_metadata (self);
      else if (local != NULL && IS (local, N_REVISIONS))
        ok = _quadrant_reader_first_of (self, &seen, SEEN_NAME (N_REVISIONS), &owner) &&
             parse_list (self, N_REVISIONS, N_REVISION, parse_revision, &self->register_extras);
      else if (local != NULL && IS (local, N_PARTIES))
        ok = _quadrant_reader_first_of (self, &seen, SEEN_NAME (N_PARTIES), &owner) &&
             parse_list (self, N_PARTIES, N_PARTY, parse_party, &self->register_extras);
      else
        ok = _quadrant_reader_keep_unknown_element (self, &self->register_extras);
    }
  return ok && ret == 0;
}

/* Revisions come before parties in the file, so their positions are checked last. */
static gboolean
check_positions (Reader *self)
{
  guint k = 0;

  for (guint i = 0; i < self->revisions->len; i++)
    {
      QuadrantRevision *revision = g_ptr_array_index (self->revisions, i);
      GArray *positions = quadrant_revision_get_positions (revision);

      for (guint j = 0; j < positions->len; j++, k++)
        {
          QuadrantPosition *position = &g_array_index (positions, QuadrantPosition, j);

          g_assert (k < self->position_offsets->len);
          if (g_hash_table_lookup (self->ids, position->party_id) != ID_PARTY)
            return _quadrant_reader_fail_at (self, g_array_index (self->position_offsets, gsize, k),
                                             QUADRANT_READER_ERROR_INVALID,
                                             _("revision “%s” has a position of party “%s”, "
                                               "which is not in the register; "
                                               "expected the id of a party in this file"),
                                             quadrant_revision_get_version (revision), position->party_id);
        }
    }
  return TRUE;
}

gboolean
_quadrant_reader_read_document (Reader *self)
{
  int ret;

  do
    if (!_quadrant_reader_advance (self))
      return FALSE;
  while (self->type != XML_READER_TYPE_ELEMENT);

  if (!parse_register (self))
    return FALSE;

  /* only comments and processing instructions may follow */
  while ((ret = xmlTextReaderRead (self->xml)) == 1)
    ;
  if (self->xml_failed)
    return _quadrant_reader_fail_from_libxml (self);
  if (ret < 0)
    return _quadrant_reader_fail_at (self, self->pos, QUADRANT_READER_ERROR_MALFORMED, _("not well-formed XML"));

  if (!check_positions (self))
    return FALSE;

  quadrant_extras_merge (quadrant_register_get_extras (self->reg), g_steal_pointer (&self->register_extras));
  return TRUE;
}
