/* quadrant-report-strings.c: the texts of the HTML report, for its stylesheet
 *
 * Words in braces are placeholders that the stylesheet fills; translations
 * keep them as they are, in whatever place the sentence needs them.
 */
#define G_LOG_DOMAIN "quadrant-report"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-report-strings.h"

typedef struct {
  const char *id;
  const char *context;
  const char *text;
} ReportText;

static const ReportText texts[] = {
  /* Translators: a period in the HTML report, e.g. "2026-01-10 to 2026-02-03" */
  { "date-range", NULL, N_("{start} to {end}") },

  /* The cover and the contents */
  { "title", NULL, N_("Interested parties register") },
  { "kicker", NULL, N_("ISO/IEC 27001:2022 clause 4.2 – interested parties") },
  { "subtitle", NULL, N_("Register of interested parties and their requirements") },
  /* Translators: {date} is the day the report was made */
  { "subtitle-dated", NULL, N_("Register of interested parties and their requirements, report of {date}") },
  /* Translators: the heading of the report's table of contents */
  { "contents", NULL, N_("Contents") },
  { "section-control", NULL, N_("Document control") },
  /* Translators: a section heading of the report */
  { "section-summary", NULL, N_("Summary") },
  { "section-map", NULL, N_("Stakeholder map") },
  /* Translators: a section heading of the report: the list of parties */
  { "section-register", NULL, N_("Register") },
  { "section-not-relevant", NULL, N_("Parties considered and not relevant") },
  { "section-communication", NULL, N_("Communication plan") },
  { "section-findings", NULL, N_("Open findings") },
  /* Translators: a section heading; {version} is a version of the register */
  { "section-changes", NULL, N_("Changes since version {version}") },
  { "no-changes", NULL, N_("No changes.") },

  /* Document control */
  { "organisation", NULL, N_("Organisation") },
  { "scope", NULL, N_("Scope of the ISMS") },
  /* Translators: the owner of the register (a person) */
  { "owner", NULL, N_("Owner") },
  /* Translators: the register's confidentiality classification */
  { "classification", NULL, N_("Classification") },
  { "version", NULL, N_("Version") },
  { "approved-by", NULL, N_("Approved by") },
  { "approval-date", NULL, N_("Approval date") },
  { "approved-version", NULL, N_("Approved version") },
  { "next-review", NULL, N_("Next review") },
  /* Translators: after the register's version when another one was approved */
  { "approved-other", NULL, N_("(approved: {version})") },
  /* Translators: after the register's version when another one was approved on {date} */
  { "approved-other-on", NULL, N_("(approved: {version} on {date})") },
  { "approved-earlier", NULL, N_("(approved: an earlier version on {date})") },
  { "revision-history", NULL, N_("Revision history") },
  { "date-column", NULL, N_("Date") },
  { "author", NULL, N_("Author") },
  /* Translators: a column of the revision history: what the revision changed */
  { "revision-summary", NULL, N_("Summary") },
  /* Translators: a column header: a number of parties */
  { "parties", NULL, N_("Parties") },
  { "no-revisions", NULL, N_("No revision has been recorded yet.") },

  /* Summary */
  { "identification-caption", NULL, N_("How parties were identified") },
  /* Translators: a column header: the method by which parties were identified */
  { "method", NULL, N_("Method") },
  { "parties-found", NULL, N_("Parties found") },
  /* Translators: a column header: how many of the parties found are relevant */
  { "relevant-column", NULL, N_("Relevant") },
  { "not-relevant-column", NULL, N_("Not relevant") },
  { "to-decide-column", NULL, N_("To decide") },
  /* Translators: a column header: the dates on which parties were identified */
  { "when", NULL, N_("When") },
  { "per-quadrant", NULL, N_("Parties per quadrant") },
  { "quadrant", NULL, N_("Quadrant") },
  { "not-assessed", NULL, N_("Not yet assessed") },
  { "per-category", NULL, N_("Parties per category") },
  { "category", NULL, N_("Category") },
  { "per-decision", NULL, N_("Requirements per decision") },
  { "decision", NULL, N_("Decision") },
  /* Translators: a column header: a number of requirements */
  { "requirements", NULL, N_("Requirements") },

  /* The map */
  { "map-intro", NULL, N_("Power runs up, interest to the right; the dashed lines separate low from high (50). "
                          "Each marker carries the party's number in the register and the key below it; "
                          "its colour and shape show the current support.") },
  { "map-title", NULL, N_("Stakeholder map: power against interest") },
  /* Translators: the label of the map's horizontal axis */
  { "axis-interest", NULL, N_("Interest →") },
  /* Translators: the label of the map's vertical axis */
  { "axis-power", NULL, N_("Power →") },
  /* Translators: before the legend of the map's markers */
  { "legend", NULL, N_("Current support:") },
  /* Translators: {list} is a list of party names */
  { "not-on-map", NULL, N_("Not yet assessed, so not on the map: {list}.") },

  /* The register */
  { "no-parties", NULL, N_("The register has no parties yet.") },
  { "category-and-kind", NULL, N_("Category and kind") },
  { "description", NULL, N_("Description") },
  { "power-interest", NULL, N_("Power / interest") },
  { "support", NULL, N_("Support (current → desired)") },
  { "contact", NULL, N_("Contact") },
  /* Translators: a row of a party: how and when it was identified */
  { "identified", NULL, N_("Identified") },
  { "relevance", NULL, N_("Relevance") },
  /* Translators: a party's relevance to the ISMS */
  { "to-be-decided", NULL, N_("To be decided") },
  /* Translators: a party's relevance to the ISMS */
  { "relevant", NULL, N_("Relevant") },
  /* Translators: after a party's relevance; {date} is when it was decided */
  { "decided-on-date", NULL, N_("(decided {date})") },
  { "last-reviewed", NULL, N_("Last reviewed") },
  { "engagement-plan", NULL, N_("Engagement plan") },
  { "notes", NULL, N_("Notes") },
  { "none-yet", NULL, N_("None yet") },
  /* Translators: the engagement plan of a party, followed by its text */
  { "what", NULL, N_("What:") },
  /* Translators: the engagement plan of a party: the channel, followed by its text */
  { "how", NULL, N_("How:") },
  { "how-often", NULL, N_("How often:") },
  /* Translators: the engagement plan: the person responsible, followed by a name */
  { "responsible-detail", NULL, N_("Responsible:") },
  { "requirement", NULL, N_("Requirement") },
  /* Translators: a column header: the type of a requirement (legal, contractual…) */
  { "type", NULL, N_("Type") },
  { "priority", NULL, N_("Priority") },
  { "rationale", NULL, N_("Rationale") },
  { "references", NULL, N_("References") },
  /* Translators: a reference of a decision: its kind (Control, Policy, …), then its text */
  { "reference", NULL, N_("{kind}: {text}") },
  /* Translators: a requirement's source, followed by its text */
  { "source-detail", NULL, N_("Source:") },
  /* Translators: a requirement's owner, followed by a name */
  { "owner-detail", NULL, N_("Owner:") },
  /* Translators: a requirement's review date, followed by the date */
  { "review-detail", NULL, N_("Review:") },
  { "notes-detail", NULL, N_("Notes:") },
  { "no-requirements", NULL, N_("No requirements recorded for this party.") },

  /* Parties considered and not relevant */
  { "none-not-relevant", NULL, N_("No party considered has been judged not relevant.") },
  /* Translators: a column header: the party's name */
  { "party", NULL, N_("Party") },
  /* Translators: a column header: the party's category and kind */
  { "kind", NULL, N_("Kind") },
  { "decided-on", NULL, N_("Decided on") },

  /* Communication plan */
  { "what-communicated", NULL, N_("What is communicated") },
  /* Translators: a column header of the communication plan: the channel */
  { "how-column", NULL, N_("How") },
  { "how-often-column", NULL, N_("How often") },
  /* Translators: a column header of the communication plan: the person responsible */
  { "responsible", NULL, N_("Responsible") },
  { "no-plans", NULL, N_("No party has an engagement plan yet.") },
  /* Translators: {list} is a list of party names */
  { "without-plan", NULL, N_("Without an engagement plan: {list}.") },

  /* Open findings */
  { "severity", NULL, N_("Severity") },
  /* Translators: a column header: what a finding is about */
  { "subject", NULL, N_("Subject") },
  /* Translators: a column header: the problem found */
  { "finding", NULL, N_("Finding") },
  /* Translators: the subject of a finding about the whole register */
  { "register-subject", NULL, N_("Register") },
  /* Translators: {date} is the planned date of the register's review */
  { "review-overdue", NULL, N_("The review planned for {date} is overdue") },
  { "undecided", NULL, N_("No decision whether the ISMS addresses this requirement") },
  /* Translators: a finding: a requirement's decision has no rationale */
  { "no-rationale:partially-addressed", NULL, N_("Partially addressed without a rationale") },
  /* Translators: a finding: a requirement's decision has no rationale */
  { "no-rationale:not-addressed", NULL, N_("Not addressed without a rationale") },
  { "not-relevant-no-reason", NULL, N_("Judged not relevant without a rationale") },
  { "relevance-to-decide", NULL, N_("Relevance still to be decided") },
  { "no-requirements-finding", NULL, N_("No requirements recorded") },
  { "no-findings", NULL, N_("No open findings.") },
};

/* The vocabularies, under "<prefix>:<value in the file>"; those that can
 * stand within a sentence or after another value in a cell also as words
 * (quadrant_enum_to_word ()), under "<prefix>-word:<value>". */
static const struct {
  const char *prefix;
  GType     (*get_type) (void);
} vocabularies[] = {
  { "category", quadrant_category_get_type },
  { "kind", quadrant_kind_get_type },
  { "support", quadrant_support_get_type },
  { "quadrant", quadrant_quadrant_get_type },
  { "identification", quadrant_identification_get_type },
  { "relevance", quadrant_relevance_get_type },
  { "type", quadrant_requirement_type_get_type },
  { "priority", quadrant_priority_get_type },
  { "decision", quadrant_decision_get_type },
  { "reference", quadrant_reference_kind_get_type },
  { "severity", quadrant_severity_get_type },
};

static const struct {
  const char *prefix;
  GType     (*get_type) (void);
} word_vocabularies[] = {
  { "kind", quadrant_kind_get_type },
  { "support", quadrant_support_get_type },
  { "quadrant", quadrant_quadrant_get_type },
};

static void
append_text (GString    *out,
             const char *id,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (out, "    <text id=\"%s\">%s</text>\n", id, escaped);
}

/* The summary's sentences, each whole with its own count: the plural form of
 * one count must not decide another's. */
static void
append_summary (GString          *out,
                QuadrantRegister *reg)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n_all = g_list_model_get_n_items (parties);
  guint n_parties = 0, n_requirements = 0, n_not_relevant = 0, n_to_decide = 0;
  g_autofree char *lists = NULL;
  g_autofree char *requirements = NULL;
  g_autofree char *not_relevant = NULL;
  g_autofree char *to_decide = NULL;

  /* Counted as the stylesheet counts: the register proper leaves out the
   * parties judged not relevant. */
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      switch (quadrant_party_get_relevance (party))
        {
        case QUADRANT_RELEVANCE_NOT_RELEVANT:
          n_not_relevant++;
          continue;
        case QUADRANT_RELEVANCE_TO_DECIDE:
          n_to_decide++;
          break;
        case QUADRANT_RELEVANCE_RELEVANT:
        default:
          break;
        }
      n_parties++;
      n_requirements += quadrant_party_get_n_requirements (party);
    }

  /* Translators: the first sentence of the report's summary */
  lists = g_strdup_printf (ngettext ("The register lists %u interested party.",
                                     "The register lists %u interested parties.", n_parties), n_parties);
  append_text (out, "summary-lists", lists);
  /* Translators: the second sentence of the report's summary, after "The
   * register lists 12 interested parties." */
  requirements = g_strdup_printf (ngettext ("It records %u requirement.", "It records %u requirements.",
                                            n_requirements), n_requirements);
  append_text (out, "summary-requirements", requirements);
  /* Translators: in the report's summary, after the parties the register lists */
  not_relevant = g_strdup_printf (ngettext ("%u more party was considered and judged not relevant.",
                                            "%u more parties were considered and judged not relevant.",
                                            n_not_relevant), n_not_relevant);
  append_text (out, "summary-not-relevant", not_relevant);
  /* Translators: in the report's summary: parties listed whose relevance is open */
  to_decide = g_strdup_printf (ngettext ("The relevance of %u party is still to be decided.",
                                         "The relevance of %u parties is still to be decided.",
                                         n_to_decide), n_to_decide);
  append_text (out, "summary-to-decide", to_decide);
}

void
quadrant_report_strings_append (GString          *out,
                                QuadrantRegister *reg)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (QUADRANT_IS_REGISTER (reg));

  g_string_append_printf (out, "  <strings xmlns=\"" QUADRANT_REPORT_STRINGS_NAMESPACE "\" xml:lang=\"%s\">\n",
                          quadrant_language_current ());
  append_text (out, "date", quadrant_language_date_pattern ());
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const ReportText *text = &texts[i];

      append_text (out, text->id, text->context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, text->context, text->text)
                                                        : _(text->text));
    }

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (vocabularies[i].get_type ());

      for (guint j = 0; j < klass->n_values; j++)
        {
          const GEnumValue *value = &klass->values[j];
          g_autofree char *id = g_strconcat (vocabularies[i].prefix, ":", value->value_nick, NULL);

          append_text (out, id, quadrant_enum_to_label (vocabularies[i].get_type (), value->value));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (word_vocabularies); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (word_vocabularies[i].get_type ());

      for (guint j = 0; j < klass->n_values; j++)
        {
          const GEnumValue *value = &klass->values[j];
          g_autofree char *id = g_strconcat (word_vocabularies[i].prefix, "-word:", value->value_nick, NULL);

          append_text (out, id, quadrant_enum_to_word (word_vocabularies[i].get_type (), value->value));
        }
    }

  append_summary (out, reg);
  g_string_append (out, "  </strings>\n");
}
