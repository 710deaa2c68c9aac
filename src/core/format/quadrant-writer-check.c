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

static char *
describe_party (QuadrantParty *party,
                guint          position)
{
  const char *name = quadrant_party_get_name (party);

  if (quadrant_text_is_blank (name))
    return g_strdup_printf (_("the party at position %u"), position + 1);
  return g_strdup_printf (_("the party “%s”"), name);
}

static char *
describe_requirement (QuadrantRequirement *requirement,
                      const char          *party_label)
{
  const char *statement = quadrant_requirement_get_statement (requirement);
  g_autofree char *start = NULL;

  if (quadrant_text_is_blank (statement))
    return g_strdup_printf (_("a requirement of %s"), party_label);
  if (g_utf8_strlen (statement, 61) <= 60)
    return g_strdup_printf (_("the requirement “%s”"), statement);
  start = g_utf8_substring (statement, 0, 60);
  return g_strdup_printf (_("the requirement “%s…”"), start);
}

static char *
describe_bad_date (const char *what,
                   const char *owner,
                   const char *date)
{
  /* Translators: "the review date of the requirement “…”, “next week”, is not…" */
  return g_strdup_printf (_("the %s of %s, “%s”, is not a date written as YYYY-MM-DD"),
                          what, owner, date);
}

/* Says what is wrong with an object that failed its checks. They are made
 * again in the same order, but the id last: it was added to the set if it
 * passed, so its check would now fail. */
static char *
describe_problem (const char *label,
                  const char *text,
                  const char *no_text_format,
                  const char *date_1,
                  const char *date_1_what,
                  const char *date_2,
                  const char *date_2_what,
                  const char *id)
{
  if (quadrant_text_is_blank (text))
    return g_strdup_printf (no_text_format, label);
  if (!is_date_ok (date_1))
    return describe_bad_date (date_1_what, label, date_1);
  if (date_2_what != NULL && !is_date_ok (date_2))
    return describe_bad_date (date_2_what, label, date_2);
  if (is_empty (id))
    return g_strdup_printf (_("%s has no id"), label);
  return g_strdup_printf (_("%s has the id “%s”, which is already used"), label, id);
}

void
_quadrant_writer_check_metadata (Writer           *self,
                                 QuadrantRegister *reg)
{
  const char *approval_date = quadrant_register_get_approval_date (reg);
  const char *next_review = quadrant_register_get_next_review (reg);

  if (self->ids == NULL || self->problem != NULL)
    return;

  if (!is_date_ok (approval_date))
    self->problem = describe_bad_date (_("approval date"), _("the register"), approval_date);
  else if (!is_date_ok (next_review))
    self->problem = describe_bad_date (_("next review date"), _("the register"), next_review);
}

void
_quadrant_writer_check_revision (Writer           *self,
                                 QuadrantRevision *revision)
{
  const char *version = quadrant_revision_get_version (revision);
  const char *date = quadrant_revision_get_date (revision);
  g_autofree char *label = NULL;

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (!is_empty (version) && !is_empty (date) && quadrant_date_is_valid (date))
    return;

  if (is_empty (version))
    {
      self->problem = g_strdup (_("a revision has no version"));
      return;
    }
  label = g_strdup_printf (_("revision “%s”"), version);
  if (is_empty (date))
    self->problem = g_strdup_printf (_("%s has no date"), label);
  else
    self->problem = describe_bad_date (_("date"), label, date);
}

void
_quadrant_writer_check_party (Writer        *self,
                              QuadrantParty *party,
                              guint          position)
{
  g_autofree char *label = NULL;

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (!is_date_ok (quadrant_party_get_relevance_decided (party)))
    {
      label = describe_party (party, position);
      self->problem = describe_bad_date (_("relevance decision date"), label,
                                         quadrant_party_get_relevance_decided (party));
      return;
    }
  if (!quadrant_text_is_blank (quadrant_party_get_name (party))
      && is_date_ok (quadrant_party_get_identified_on (party))
      && is_date_ok (quadrant_party_get_last_reviewed (party))
      && is_id_ok (self->ids, quadrant_party_get_id (party)))
    return;

  label = describe_party (party, position);
  self->problem = describe_problem (label, quadrant_party_get_name (party), _("%s has no name"),
                                    quadrant_party_get_identified_on (party),
                                    _("identification date"),
                                    quadrant_party_get_last_reviewed (party),
                                    _("last review date"),
                                    quadrant_party_get_id (party));
}

void
_quadrant_writer_check_requirement (Writer              *self,
                                    QuadrantParty       *party,
                                    guint                party_position,
                                    QuadrantRequirement *requirement)
{
  g_autofree char *party_label = NULL;
  g_autofree char *label = NULL;

  if (self->ids == NULL || self->problem != NULL)
    return;
  if (!quadrant_text_is_blank (quadrant_requirement_get_statement (requirement))
      && is_date_ok (quadrant_requirement_get_review_date (requirement))
      && is_id_ok (self->ids, quadrant_requirement_get_id (requirement)))
    return;

  party_label = describe_party (party, party_position);
  label = describe_requirement (requirement, party_label);
  self->problem = describe_problem (label, quadrant_requirement_get_statement (requirement),
                                    _("%s has no statement"),
                                    quadrant_requirement_get_review_date (requirement),
                                    _("review date"), NULL, NULL,
                                    quadrant_requirement_get_id (requirement));
}
