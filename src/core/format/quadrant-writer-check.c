/* quadrant-writer-check.c: checking that the file can be opened again
 *
 * The reader refuses a register with a blank name or statement, a date that is
 * not YYYY-MM-DD or an id used twice, so saving one as it is would make a file
 * that cannot be opened again: better to say so while the document is still
 * open and can be fixed. Checked while writing, as one more pass over a large
 * register would cost nearly as much again; labels are made only for a
 * problem found.
 */
#define G_LOG_DOMAIN "quadrant-writer"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-writer-private.h"

static inline gboolean
is_date_ok (const char *date)
{
  return is_empty (date) || quadrant_date_is_valid (date);
}

/* Adds id to the set; FALSE when it is empty or already there. */
static inline gboolean
is_id_ok (GHashTable *ids,
          const char *id)
{
  return !is_empty (id) && g_hash_table_add (ids, (gpointer) id);
}

/* Each problem is one whole sentence in which only names, values and
 * numbers are put, so that translators see the sentence and can make its
 * words agree. A party without a name is named by its place in the list. */

static char *
party_problem (QuadrantParty *party,
               guint          position,
               QuadrantField  field,
               const char    *value)
{
  const char *name = quadrant_party_get_name (party);

  if (quadrant_text_is_blank (name))
    {
      /* a nameless party is reported for its name unless its relevance date fails first */
      if (field == QUADRANT_FIELD_PARTY_RELEVANCE_DECIDED)
        /* Translators: the second %s is what the user typed as a date */
        return g_strdup_printf (_("the relevance decision date of the party at position %u, “%s”, "
                                  "is not a date written as YYYY-MM-DD"), position + 1, value);
      return g_strdup_printf (_("the party at position %u has no name"), position + 1);
    }

  switch (field)
    {
    case QUADRANT_FIELD_PARTY_RELEVANCE_DECIDED:
      return g_strdup_printf (_("the relevance decision date of the party “%s”, “%s”, "
                                "is not a date written as YYYY-MM-DD"), name, value);
    case QUADRANT_FIELD_PARTY_IDENTIFIED_ON:
      return g_strdup_printf (_("the identification date of the party “%s”, “%s”, "
                                "is not a date written as YYYY-MM-DD"), name, value);
    case QUADRANT_FIELD_PARTY_LAST_REVIEWED:
      return g_strdup_printf (_("the last review date of the party “%s”, “%s”, "
                                "is not a date written as YYYY-MM-DD"), name, value);
    case QUADRANT_FIELD_PARTY_ID:
      if (is_empty (value))
        return g_strdup_printf (_("the party “%s” has no id"), name);
      return g_strdup_printf (_("the party “%s” has the id “%s”, which is already used"), name, value);
    default:
      g_assert_not_reached ();
    }
}

static char *
requirement_problem (QuadrantRequirement *requirement,
                     QuadrantParty       *party,
                     guint                party_position,
                     QuadrantField        field,
                     const char          *value)
{
  const char *statement = quadrant_requirement_get_statement (requirement);
  g_autofree char *shown = NULL;

  if (quadrant_text_is_blank (statement))
    {
      const char *name = quadrant_party_get_name (party);

      if (quadrant_text_is_blank (name))
        return g_strdup_printf (_("a requirement of the party at position %u has no statement"),
                                party_position + 1);
      return g_strdup_printf (_("a requirement of the party “%s” has no statement"), name);
    }
  /* a long statement is named by its start */
  if (g_utf8_strlen (statement, 61) <= 60)
    shown = g_strdup (statement);
  else
    {
      g_autofree char *start = g_utf8_substring (statement, 0, 60);

      shown = g_strconcat (start, "…", NULL);
    }

  switch (field)
    {
    case QUADRANT_FIELD_REQUIREMENT_REVIEW_DATE:
      /* Translators: the first %s is the requirement's statement, the second what the
       * user typed as a date */
      return g_strdup_printf (_("the review date of the requirement “%s”, “%s”, "
                                "is not a date written as YYYY-MM-DD"), shown, value);
    case QUADRANT_FIELD_REQUIREMENT_ID:
      if (is_empty (value))
        return g_strdup_printf (_("the requirement “%s” has no id"), shown);
      return g_strdup_printf (_("the requirement “%s” has the id “%s”, which is already used"), shown, value);
    default:
      g_assert_not_reached ();
    }
}

void
_quadrant_writer_check_metadata (Writer           *self,
                                 QuadrantRegister *reg)
{
  const char *approval_date = quadrant_register_get_approval_date (reg);
  const char *next_review = quadrant_register_get_next_review (reg);

  if (self->ids == NULL || self->problem != NULL)
    return;

  /* Translators: %s is what the user typed as a date */
  if (!is_date_ok (approval_date))
    self->problem = g_strdup_printf (_("the approval date of the register, “%s”, "
                                       "is not a date written as YYYY-MM-DD"), approval_date);
  else if (!is_date_ok (next_review))
    self->problem = g_strdup_printf (_("the next review date of the register, “%s”, "
                                       "is not a date written as YYYY-MM-DD"), next_review);
}

void
_quadrant_writer_check_revision (Writer           *self,
                                 QuadrantRevision *revision)
{
  const char *version = quadrant_revision_get_version (revision);
  const char *date = quadrant_revision_get_date (revision);

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (!is_empty (version) && !is_empty (date) && quadrant_date_is_valid (date))
    return;

  if (is_empty (version))
    self->problem = g_strdup (_("a revision has no version"));
  else if (is_empty (date))
    self->problem = g_strdup_printf (_("revision “%s” has no date"), version);
  else
    /* Translators: the first %s is the revision's version, the second what the
     * user typed as a date */
    self->problem = g_strdup_printf (_("the date of revision “%s”, “%s”, is not a date written as YYYY-MM-DD"),
                                     version, date);
}

void
_quadrant_writer_check_party (Writer        *self,
                              QuadrantParty *party,
                              guint          position)
{
  const char *id = quadrant_party_get_id (party);
  const char *relevance_decided = quadrant_party_get_relevance_decided (party);
  const char *identified_on = quadrant_party_get_identified_on (party);
  const char *last_reviewed = quadrant_party_get_last_reviewed (party);

  if (self->ids == NULL || self->problem != NULL)
    return;
  /* in the order the reader checks them; the id last: it was added to the
   * set if it passed, so its check would now fail */
  if (!is_date_ok (relevance_decided))
    self->problem = party_problem (party, position, QUADRANT_FIELD_PARTY_RELEVANCE_DECIDED, relevance_decided);
  else if (quadrant_text_is_blank (quadrant_party_get_name (party)))
    self->problem = party_problem (party, position, QUADRANT_FIELD_PARTY_NAME, NULL);
  else if (!is_date_ok (identified_on))
    self->problem = party_problem (party, position, QUADRANT_FIELD_PARTY_IDENTIFIED_ON, identified_on);
  else if (!is_date_ok (last_reviewed))
    self->problem = party_problem (party, position, QUADRANT_FIELD_PARTY_LAST_REVIEWED, last_reviewed);
  else if (!is_id_ok (self->ids, id))
    self->problem = party_problem (party, position, QUADRANT_FIELD_PARTY_ID, id);
}

void
_quadrant_writer_check_requirement (Writer              *self,
                                    QuadrantParty       *party,
                                    guint                party_position,
                                    QuadrantRequirement *requirement)
{
  const char *id = quadrant_requirement_get_id (requirement);
  const char *review_date = quadrant_requirement_get_review_date (requirement);

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (quadrant_text_is_blank (quadrant_requirement_get_statement (requirement)))
    self->problem = requirement_problem (requirement, party, party_position,
                                         QUADRANT_FIELD_REQUIREMENT_STATEMENT, NULL);
  else if (!is_date_ok (review_date))
    self->problem = requirement_problem (requirement, party, party_position,
                                         QUADRANT_FIELD_REQUIREMENT_REVIEW_DATE, review_date);
  else if (!is_id_ok (self->ids, id))
    self->problem = requirement_problem (requirement, party, party_position,
                                         QUADRANT_FIELD_REQUIREMENT_ID, id);
}
