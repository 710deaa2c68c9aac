/* quadrant-check.c: the completeness check of a register
 *
 * Each rule looks at one party, requirement or the register's metadata and
 * reports a finding with a stable code (see quadrant-check.h). Only parties
 * judged relevant need requirements, decisions, a place on the map and an
 * engagement plan; a candidate still to decide and a party judged not
 * relevant are checked for their relevance decision alone. Rules are
 * independent, except that a high-power party without an engagement plan is
 * reported once as such and not again for a gap between its current and
 * desired support: both findings would ask for the same missing plan.
 *
 * Dates are compared as calendar days: a review date of today is not overdue,
 * and a party counts as reviewed "more than a year ago" from the day after the
 * anniversary of its last review.
 */
#define G_LOG_DOMAIN "quadrant-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-approval.h"
#include "quadrant-check.h"
#include "quadrant-language.h"
#include "quadrant-conflict.h"
#include "quadrant-enum-types.h"

typedef struct {
  GDate today;
  /* One bucket per QuadrantSeverity, each in register order. */
  GPtrArray *by_severity[QUADRANT_SEVERITY_ERROR + 1];
  /* Case-folded, trimmed party name -> first party with it (borrowed). */
  GHashTable *names;
} CheckContext;

/* Parses YYYY-MM-DD; anything else (empty, invalid) is "no date". */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year = 0, month = 0, day = 0;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
         g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
date_is_past (CheckContext *ctx,
              const char   *text)
{
  GDate date;

  return parse_date (text, &date) && g_date_compare (&date, &ctx->today) < 0;
}

static void
report (CheckContext        *ctx,
        QuadrantSeverity     severity,
        const char          *code,
        QuadrantParty       *party,
        QuadrantRequirement *requirement,
        char                *message)
{
  g_autofree char *owned_message = message;

  g_assert (severity <= QUADRANT_SEVERITY_ERROR);

  g_ptr_array_add (ctx->by_severity[severity],
                   quadrant_finding_new (severity, code, party, requirement, owned_message));
}

static void
check_conflicts (CheckContext     *ctx,
                 QuadrantRegister *reg)
{
  g_autoptr(GPtrArray) conflicts = quadrant_conflicts_list (reg);

  for (guint i = 0; i < conflicts->len; i++)
    {
      const QuadrantConflict *conflict = g_ptr_array_index (conflicts, i);
      QuadrantRequirement *requirement = conflict->requirement_id != NULL
        ? quadrant_register_find_requirement (reg, conflict->requirement_id) : NULL;
      QuadrantParty *party = requirement != NULL ? quadrant_requirement_get_party (requirement)
        : conflict->party_id != NULL ? quadrant_register_find_party (reg, conflict->party_id) : NULL;
      g_autofree char *ours = quadrant_finding_shorten_text (conflict->ours, _("(empty)"));
      g_autofree char *theirs = quadrant_finding_shorten_text (conflict->theirs, _("(empty)"));
      g_autofree char *what = NULL;
      char *message;

      /* the message names what it is about, as the other findings do */
      if (requirement != NULL)
        {
          g_autofree char *statement = quadrant_finding_shorten_text (quadrant_requirement_get_statement (requirement), "");

          what = g_strdup_printf (_("Requirement \"%s\""), statement);
        }
      else if (party != NULL)
        {
          g_autofree char *name = quadrant_finding_shorten_text (quadrant_party_get_name (party), "");

          what = g_strdup_printf (_("Party \"%s\""), name);
        }
      else
        what = g_strdup (_("Register details"));

      if (conflict->deleted != NULL && g_str_equal (conflict->deleted, "ours"))
        message = g_strdup_printf (_("%s: merge conflict, deleted on our side and changed on theirs"), what);
      else if (conflict->deleted != NULL)
        message = g_strdup_printf (_("%s: merge conflict, changed on our side and deleted on theirs"), what);
      else
        message = g_strdup_printf (_("%s: merge conflict in “%s”, ours \"%s\", theirs \"%s\""),
                                   what, quadrant_conflict_field_label (conflict), ours, theirs);
      report (ctx, QUADRANT_SEVERITY_ERROR,
              quadrant_conflict_can_resolve (conflict, reg, QUADRANT_CONFLICT_TAKE_THEIRS)
              ? QUADRANT_CHECK_MERGE_CONFLICT : QUADRANT_CHECK_MERGE_CONFLICT_UNKNOWN_FIELD,
              party, requirement, message);
    }
}

static void
check_metadata (CheckContext     *ctx,
                QuadrantRegister *reg)
{
  const char *next_review = quadrant_register_get_next_review (reg);
  const char *approved = NULL;

  /* Dates in the message as the user's language writes them. */
  if (date_is_past (ctx, next_review))
    {
      g_autofree char *shown = quadrant_language_format_date (next_review);

      report (ctx, QUADRANT_SEVERITY_ERROR, QUADRANT_CHECK_REGISTER_REVIEW_OVERDUE, NULL, NULL,
              g_strdup_printf (_("The register was due for review on %s"), shown));
    }

  if (quadrant_approval_is_outdated (reg, &approved))
    {
      const char *version = quadrant_register_get_version (reg);
      g_autofree char *date = quadrant_language_format_date (quadrant_register_get_approval_date (reg));
      char *message;

      if (approved != NULL && quadrant_date_is_valid (quadrant_register_get_approval_date (reg)))
        message = g_strdup_printf (_("Version %s is not approved: the approval on %s was of version %s"),
                                   version, date, approved);
      else if (approved != NULL)
        message = g_strdup_printf (_("Version %s is not approved: the approval was of version %s"),
                                   version, approved);
      else
        message = g_strdup_printf (_("Version %s is not approved: it was recorded after the approval on %s"),
                                   version, date);
      report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_APPROVAL_OUTDATED, NULL, NULL, message);
    }
}

static void
check_requirement (CheckContext        *ctx,
                   QuadrantParty       *party,
                   QuadrantRequirement *req)
{
  g_autofree char *statement = NULL;
  QuadrantDecision decision = quadrant_requirement_get_decision (req);
  const char *review_date = quadrant_requirement_get_review_date (req);

  statement = quadrant_finding_shorten_text (quadrant_requirement_get_statement (req),
                                             _("no statement"));

  switch (decision)
    {
    case QUADRANT_DECISION_UNDECIDED:
      report (ctx, QUADRANT_SEVERITY_ERROR, QUADRANT_CHECK_REQUIREMENT_UNDECIDED, party, req,
              g_strdup_printf (_("Requirement \"%s\" has no decision"), statement));
      break;

    case QUADRANT_DECISION_PARTIALLY_ADDRESSED:
      if (quadrant_text_is_blank (quadrant_requirement_get_rationale (req)))
        report (ctx, QUADRANT_SEVERITY_ERROR, QUADRANT_CHECK_DECISION_WITHOUT_RATIONALE, party, req,
                g_strdup_printf (_("Requirement \"%s\" is partially addressed but has no rationale"),
                                 statement));
      break;

    case QUADRANT_DECISION_NOT_ADDRESSED:
      if (!quadrant_text_is_blank (quadrant_requirement_get_rationale (req)))
        break;
      /* An unmet legal duty without a reason is what an auditor asks first. */
      if (quadrant_requirement_get_requirement_type (req) == QUADRANT_REQUIREMENT_TYPE_LEGAL)
        report (ctx, QUADRANT_SEVERITY_ERROR, QUADRANT_CHECK_OBLIGATION_NOT_ADDRESSED, party, req,
                g_strdup_printf (_("Legal requirement \"%s\" is not addressed and no rationale says why"),
                                 statement));
      else if (quadrant_requirement_get_requirement_type (req) == QUADRANT_REQUIREMENT_TYPE_REGULATORY)
        report (ctx, QUADRANT_SEVERITY_ERROR, QUADRANT_CHECK_OBLIGATION_NOT_ADDRESSED, party, req,
                g_strdup_printf (_("Regulatory requirement \"%s\" is not addressed and no rationale says why"),
                                 statement));
      else
        report (ctx, QUADRANT_SEVERITY_ERROR, QUADRANT_CHECK_DECISION_WITHOUT_RATIONALE, party, req,
                g_strdup_printf (_("Requirement \"%s\" is not addressed but has no rationale"),
                                 statement));
      break;

    case QUADRANT_DECISION_ADDRESSED:
      {
        GPtrArray *refs = quadrant_requirement_get_references (req);
        gboolean has_reference = FALSE;

        for (guint i = 0; refs != NULL && i < refs->len && !has_reference; i++)
          {
            QuadrantReference *ref = g_ptr_array_index (refs, i);

            has_reference = !quadrant_text_is_blank (ref->text);
          }

        if (!has_reference)
          report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_ADDRESSED_WITHOUT_REFERENCE, party, req,
                  g_strdup_printf (_("Requirement \"%s\" is addressed but names no control, policy, process or objective"),
                                   statement));
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (date_is_past (ctx, review_date))
    {
      g_autofree char *shown = quadrant_language_format_date (review_date);

      report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_REQUIREMENT_REVIEW_OVERDUE, party, req,
              g_strdup_printf (_("Requirement \"%s\" was due for review on %s"), statement, shown));
    }
}

static void
check_duplicate_name (CheckContext  *ctx,
                      QuadrantParty *party,
                      const char    *name)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *normalized = NULL;
  char *key;
  QuadrantParty *first;

  if (quadrant_text_is_blank (name) || !g_utf8_validate (name, -1, NULL))
    return;

  trimmed = g_strstrip (g_strdup (name));
  normalized = g_utf8_normalize (trimmed, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  key = g_utf8_casefold (normalized != NULL ? normalized : trimmed, -1);

  first = g_hash_table_lookup (ctx->names, key);
  if (first == NULL)
    {
      g_hash_table_insert (ctx->names, key, party);
      return;
    }

  g_free (key);
  {
    g_autofree char *shown = quadrant_finding_shorten_text (name, NULL);
    g_autofree char *first_shown = quadrant_finding_shorten_text (quadrant_party_get_name (first), NULL);

    report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_DUPLICATE_PARTY_NAME, party, NULL,
            g_strdup_printf (_("Party \"%s\" has the same name as the earlier party \"%s\""),
                             shown, first_shown));
  }
}

/* TRUE when the party is not (yet) relevant: the other rules do not apply. */
static gboolean
check_relevance (CheckContext  *ctx,
                 QuadrantParty *party,
                 const char    *name)
{
  guint open;

  switch (quadrant_party_get_relevance (party))
    {
    case QUADRANT_RELEVANCE_RELEVANT:
      return FALSE;

    case QUADRANT_RELEVANCE_TO_DECIDE:
      report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_RELEVANCE_TO_DECIDE, party, NULL,
              g_strdup_printf (_("Party \"%s\" is still to be decided: relevant to the ISMS or not"), name));
      return TRUE;

    case QUADRANT_RELEVANCE_NOT_RELEVANT:
      /* An auditor asks why a party was left out. */
      if (quadrant_text_is_blank (quadrant_party_get_relevance_rationale (party)))
        report (ctx, QUADRANT_SEVERITY_ERROR, QUADRANT_CHECK_NOT_RELEVANT_WITHOUT_RATIONALE, party, NULL,
                g_strdup_printf (_("Party \"%s\" was judged not relevant but no rationale says why"), name));
      open = quadrant_party_get_n_undecided (party);
      if (open > 0)
        report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_NOT_RELEVANT_OPEN_REQUIREMENTS, party, NULL,
                g_strdup_printf (ngettext ("Party \"%s\" was judged not relevant but still has %u open requirement",
                                           "Party \"%s\" was judged not relevant but still has %u open requirements",
                                           open), name, open));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static void
check_party (CheckContext  *ctx,
             QuadrantParty *party)
{
  GListModel *requirements = quadrant_party_get_requirements (party);
  g_autofree char *name = NULL;
  const char *last_reviewed = quadrant_party_get_last_reviewed (party);
  gboolean has_plan = quadrant_party_has_engagement_plan (party);
  gboolean high_power_reported = FALSE;
  QuadrantSupport current = quadrant_party_get_current_support (party);
  QuadrantSupport desired = quadrant_party_get_desired_support (party);
  GDate review_limit;
  guint n_requirements;
  QuadrantKind kind;
  int usual;

  name = quadrant_finding_shorten_text (quadrant_party_get_name (party), _("unnamed party"));

  check_duplicate_name (ctx, party, quadrant_party_get_name (party));

  if (check_relevance (ctx, party, name))
    return;

  kind = quadrant_party_get_kind (party);
  usual = quadrant_kind_get_usual_category (kind);
  if (kind == QUADRANT_KIND_OTHER)
    report (ctx, QUADRANT_SEVERITY_INFO, QUADRANT_CHECK_KIND_OTHER, party, NULL,
            g_strdup_printf (_("Party \"%s\" is still of kind Other"), name));
  else if (usual >= 0 && (int) quadrant_party_get_category (party) != usual)
    /* One sentence per case, so that no category word is glued in. */
    report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_UNUSUAL_CATEGORY, party, NULL,
            g_strdup_printf (usual == QUADRANT_CATEGORY_INTERNAL
                               /* Translators: a party's name and its kind within a sentence, e.g. "staff" */
                               ? _("Party \"%s\" is external but of a kind (%s) that is usually internal")
                               /* Translators: a party's name and its kind within a sentence, e.g. "regulators" */
                               : _("Party \"%s\" is internal but of a kind (%s) that is usually external"),
                             name, quadrant_enum_to_word (QUADRANT_TYPE_KIND, kind)));

  /* Added by name alone in a workshop (the presentation's quick-add): the
   * rest of it is still to be looked at. */
  if (quadrant_party_get_identified_by (party) == QUADRANT_IDENTIFICATION_BRAINSTORMING &&
      quadrant_text_is_blank (last_reviewed))
    report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_QUICK_ADDED_NOT_REVIEWED, party, NULL,
            g_strdup_printf (_("Party \"%s\" was added in a workshop and has never been reviewed"), name));

  if (!quadrant_party_is_placed (party))
    {
      report (ctx, QUADRANT_SEVERITY_INFO, QUADRANT_CHECK_PARTY_NOT_PLACED, party, NULL,
              g_strdup_printf (_("Party \"%s\" is not yet placed on the map"), name));
    }
  else if (quadrant_party_get_power (party) >= QUADRANT_HIGH_THRESHOLD && !has_plan)
    {
      report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_HIGH_POWER_WITHOUT_ENGAGEMENT, party, NULL,
              g_strdup_printf (_("Party \"%s\" has high power (%d) but no engagement plan"),
                               name, quadrant_party_get_power (party)));
      high_power_reported = TRUE;
    }

  /* The support enum is ordered from unaware to leading. */
  if (desired > current && !has_plan && !high_power_reported)
    report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_SUPPORT_GAP_WITHOUT_ENGAGEMENT, party, NULL,
            /* Translators: a party's name, then two support levels within a sentence
             * ("support level, within a sentence"), e.g. "resistant" and "supportive" */
            g_strdup_printf (_("Party \"%s\" has no engagement plan to raise its support from %s to %s"),
                             name,
                             quadrant_enum_to_word (QUADRANT_TYPE_SUPPORT, current),
                             quadrant_enum_to_word (QUADRANT_TYPE_SUPPORT, desired)));

  if (parse_date (last_reviewed, &review_limit))
    {
      g_date_add_years (&review_limit, 1);
      if (g_date_compare (&review_limit, &ctx->today) < 0)
        {
          g_autofree char *shown = quadrant_language_format_date (last_reviewed);

          report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_PARTY_REVIEW_OVERDUE, party, NULL,
                  g_strdup_printf (_("Party \"%s\" was last reviewed on %s, more than a year ago"),
                                   name, shown));
        }
    }

  n_requirements = g_list_model_get_n_items (requirements);
  if (n_requirements == 0)
    report (ctx, QUADRANT_SEVERITY_WARNING, QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS, party, NULL,
            g_strdup_printf (_("Party \"%s\" has no requirements"), name));

  for (guint i = 0; i < n_requirements; i++)
    {
      g_autoptr(QuadrantRequirement) req = g_list_model_get_item (requirements, i);

      check_requirement (ctx, party, req);
    }
}

struct _QuadrantCheckRun {
  CheckContext      ctx;
  QuadrantRegister *reg;
  guint             next_party;
};

QuadrantCheckRun *
quadrant_check_run_new (QuadrantRegister *reg,
                        GDate            *today)
{
  QuadrantCheckRun *run;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);

  run = g_new0 (QuadrantCheckRun, 1);
  run->reg = g_object_ref (reg);
  g_date_clear (&run->ctx.today, 1);
  if (today != NULL)
    {
      run->ctx.today = *today;
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&run->ctx.today,
                      g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }

  for (guint i = 0; i < G_N_ELEMENTS (run->ctx.by_severity); i++)
    run->ctx.by_severity[i] = g_ptr_array_new_with_free_func (g_object_unref);
  run->ctx.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  check_conflicts (&run->ctx, reg);
  check_metadata (&run->ctx, reg);

  return run;
}

gboolean
quadrant_check_run_step (QuadrantCheckRun *run,
                         guint             max_parties)
{
  GListModel *parties;
  guint n_parties;

  g_return_val_if_fail (run != NULL, TRUE);

  parties = quadrant_register_get_parties (run->reg);
  n_parties = g_list_model_get_n_items (parties);
  for (guint done = 0; done < max_parties && run->next_party < n_parties; done++, run->next_party++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, run->next_party);

      check_party (&run->ctx, party);
    }

  return run->next_party >= n_parties;
}

void
quadrant_check_run_free (QuadrantCheckRun *run)
{
  if (run == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (run->ctx.by_severity); i++)
    g_clear_pointer (&run->ctx.by_severity[i], g_ptr_array_unref);
  g_clear_pointer (&run->ctx.names, g_hash_table_unref);
  g_clear_object (&run->reg);
  g_free (run);
}

GPtrArray *
quadrant_check_run_finish (QuadrantCheckRun *run)
{
  GPtrArray *findings;

  g_return_val_if_fail (run != NULL, NULL);

  /* A caller that finishes early gets the rest checked now. */
  quadrant_check_run_step (run, G_MAXUINT);

  findings = g_ptr_array_new_with_free_func (g_object_unref);
  for (int severity = QUADRANT_SEVERITY_ERROR; severity >= QUADRANT_SEVERITY_INFO; severity--)
    {
      GPtrArray *bucket = run->ctx.by_severity[severity];

      for (guint i = 0; i < bucket->len; i++)
        g_ptr_array_add (findings, g_object_ref (g_ptr_array_index (bucket, i)));
    }

  quadrant_check_run_free (run);
  return findings;
}

GPtrArray *
quadrant_check_register (QuadrantRegister *reg,
                         GDate            *today)
{
  QuadrantCheckRun *run;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);

  run = quadrant_check_run_new (reg, today);
  return quadrant_check_run_finish (run);
}

guint
quadrant_check_count (GPtrArray        *findings,
                      QuadrantSeverity  severity)
{
  guint count = 0;

  g_return_val_if_fail (findings != NULL, 0);

  for (guint i = 0; i < findings->len; i++)
    if (quadrant_finding_get_severity (g_ptr_array_index (findings, i)) == severity)
      count++;

  return count;
}
