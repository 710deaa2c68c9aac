/* quadrant-print-rows.c: the rows of the printed report's tables
 *
 * The cells of each table's rows, and the tables that row units add to; a
 * table's columns are at least as wide as the widest word they will hold,
 * measured over all its rows once per pagination.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-check.h"
#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-print-report-private.h"

/* Owners and priorities go inside cells: on portrait paper more columns
 * would break their words. */
/* Owners and priorities go inside cells: on portrait paper more columns
 * would break their words. */
static const QuadrantPrintColumn party_columns[] = {
  { N_("Party"), 3.2 },
  { N_("Kind"), 1.8 },
  { N_("Category"), 1.3 },
  { N_("Power"), 1.1 },
  { N_("Interest"), 1.1 },
  { N_("Quadrant"), 1.6 },
  { N_("Support"), 1.9 },
};

static const QuadrantPrintColumn requirement_columns[] = {
  { N_("Requirement"), 3.2 },
  { N_("Type"), 1.4 },
  { N_("Source"), 1.8 },
  { N_("Decision"), 1.5 },
  { N_("Rationale"), 3.0 },
  { N_("References"), 1.9 },
};

static const QuadrantPrintColumn plan_columns[] = {
  { N_("Party"), 2.2 },
  { N_("Communication"), 3.0 },
  { N_("Channel"), 2.0 },
  { N_("Frequency"), 1.4 },
  { N_("Responsible"), 1.8 },
};

static const QuadrantPrintColumn not_relevant_columns[] = {
  { N_("Party"), 2.6 },
  { N_("Kind"), 1.6 },
  { N_("Rationale"), 4.2 },
  { N_("Decided on"), 1.4 },
};

static const QuadrantPrintColumn change_columns[] = {
  { N_("Change"), 1 },
};

static const QuadrantPrintColumn finding_columns[] = {
  { N_("Severity"), 1.1 },
  { N_("Concerns"), 2.6 },
  { N_("Finding"), 5.0 },
};

/* ---- cells ---- */

/* Cells are GStrv, so an unset value must not end the vector early. */
static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/* Dates as the report's language writes them; the register keeps ISO. */
char *
quadrant_print_dup_date (const char *iso)
{
  return iso != NULL ? quadrant_language_format_date (iso) : g_strdup ("");
}

const char *
quadrant_print_or_dash (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : "—";
}

char **
quadrant_print_revision_row (gpointer item)
{
  QuadrantRevision *revision = item;
  char **cells = g_new0 (char *, 5);

  cells[0] = dup_text (quadrant_revision_get_version (revision));
  cells[1] = quadrant_print_dup_date (quadrant_revision_get_date (revision));
  cells[2] = dup_text (quadrant_revision_get_author (revision));
  cells[3] = dup_text (quadrant_revision_get_summary (revision));

  return cells;
}

/* "Name\nOwner: Someone", or the name alone when nobody owns it. */
static char *
dup_with_owner (const char *text,
                const char *owner)
{
  if (owner == NULL || owner[0] == '\0')
    return dup_text (text);
  /* Translators: a party or requirement, then who owns it */
  return g_strdup_printf (_("%s\nOwner: %s"), text != NULL ? text : "", owner);
}

static char *
dup_position_value (int value)
{
  if (value == QUADRANT_NOT_ASSESSED)
    return dup_text (C_("power or interest", "Not assessed"));

  return g_strdup_printf ("%d", value);
}

static char *
dup_support (QuadrantParty *party)
{
  QuadrantSupport current = quadrant_party_get_current_support (party);
  QuadrantSupport desired = quadrant_party_get_desired_support (party);
  const char *current_label = quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, current);

  if (current == desired)
    return dup_text (current_label);

  /* Translators: current → desired support of a party; the desired one comes
   * after another value, so as a word within a sentence ("Neutral → supportive") */
  return g_strdup_printf (_("%s → %s"), current_label,
                          quadrant_enum_to_word (QUADRANT_TYPE_SUPPORT, desired));
}

char **
quadrant_print_party_row (gpointer item)
{
  QuadrantParty *party = item;
  char **cells = g_new0 (char *, 8);

  cells[0] = dup_with_owner (quadrant_party_get_name (party), quadrant_party_get_owner (party));
  cells[1] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)));
  cells[2] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY,
                                               quadrant_party_get_category (party)));
  cells[3] = dup_position_value (quadrant_party_get_power (party));
  cells[4] = dup_position_value (quadrant_party_get_interest (party));
  cells[5] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_QUADRANT,
                                               quadrant_party_get_quadrant (party)));
  cells[6] = dup_support (party);

  return cells;
}

char **
quadrant_print_not_relevant_row (gpointer item)
{
  QuadrantParty *party = item;
  char **cells = g_new0 (char *, 5);

  cells[0] = dup_text (quadrant_party_get_name (party));
  cells[1] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)));
  cells[2] = dup_text (quadrant_party_get_relevance_rationale (party));
  cells[3] = quadrant_print_dup_date (quadrant_party_get_relevance_decided (party));
  return cells;
}

static char *
dup_references (QuadrantRequirement *requirement)
{
  GPtrArray *refs = quadrant_requirement_get_references (requirement);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < refs->len; i++)
    {
      QuadrantReference *ref = g_ptr_array_index (refs, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a reference of a decision, e.g. "Control: A.5.34" */
      g_string_append_printf (text, _("%s: %s"),
                              quadrant_enum_to_label (QUADRANT_TYPE_REFERENCE_KIND, ref->kind),
                              ref->text != NULL ? ref->text : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
priority_line (QuadrantPriority priority)
{
  switch (priority)
    {
    case QUADRANT_PRIORITY_LOW:
      /* Translators: under a requirement's type in the printed report */
      return _("Low priority");
    case QUADRANT_PRIORITY_MEDIUM:
      return _("Medium priority");
    case QUADRANT_PRIORITY_HIGH:
    default:
      return _("High priority");
    }
}

char **
quadrant_print_requirement_row (gpointer item)
{
  QuadrantRequirement *req = item;
  char **cells = g_new0 (char *, 7);

  cells[0] = dup_with_owner (quadrant_requirement_get_statement (req), quadrant_requirement_get_owner (req));
  /* the type, and under it the priority as words of their own */
  cells[1] = g_strdup_printf ("%s\n%s",
                              quadrant_enum_to_label (QUADRANT_TYPE_REQUIREMENT_TYPE,
                                                      quadrant_requirement_get_requirement_type (req)),
                              priority_line (quadrant_requirement_get_priority (req)));
  cells[2] = dup_text (quadrant_requirement_get_source (req));
  cells[3] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_DECISION,
                                               quadrant_requirement_get_decision (req)));
  cells[4] = dup_text (quadrant_requirement_get_rationale (req));
  cells[5] = dup_references (req);

  return cells;
}

char **
quadrant_print_plan_row (gpointer item)
{
  QuadrantParty *party = item;
  char **cells = g_new0 (char *, 6);

  cells[0] = dup_text (quadrant_party_get_name (party));
  cells[1] = dup_text (quadrant_party_get_engagement_communication (party));
  cells[2] = dup_text (quadrant_party_get_engagement_channel (party));
  cells[3] = dup_text (quadrant_party_get_engagement_frequency (party));
  cells[4] = dup_text (quadrant_party_get_engagement_responsible (party));

  return cells;
}

char **
quadrant_print_finding_row (gpointer item)
{
  QuadrantFinding *finding = item;
  char **cells = g_new0 (char *, 4);

  cells[0] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_SEVERITY,
                                               quadrant_finding_get_severity (finding)));
  cells[1] = quadrant_finding_dup_subject (finding);
  if (cells[1] == NULL)
    cells[1] = dup_text (_("The register"));
  cells[2] = dup_text (quadrant_finding_get_message (finding));

  return cells;
}

/* ---- widths ---- */

/* Every label of a vocabulary, as a column may show it. */
static void
fit_vocabulary (QuadrantPrintReport *self,
                double              *widest,
                guint                column,
                GType                type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);

  for (guint i = 0; i < enum_class->n_values; i++)
    widest[column] = MAX (widest[column],
                          quadrant_print_widest_word (self, quadrant_enum_to_label (type, enum_class->values[i].value),
                                                      FALSE));
}

/* The widest word each column of a kind of table can hold. Tables of every
 * party are measured by their vocabularies, which is quick for any register
 * (a step of pagination must stay short); a party's requirements, a few
 * rows, by their cells. Free text in wide columns breaks only between words. */
static const double *
widest_words (QuadrantPrintReport    *self,
              QuadrantPrintTableKind  kind,
              QuadrantParty          *party)
{
  double *widest = self->fit_widest[kind];

  if (kind == QUADRANT_PRINT_TABLE_REQUIREMENTS)
    {
      GListModel *requirements = quadrant_party_get_requirements (party);

      memset (widest, 0, sizeof self->fit_widest[kind]);
      for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
        {
          g_autoptr(GObject) requirement = g_list_model_get_item (requirements, i);
          g_auto(GStrv) cells = quadrant_print_requirement_row (requirement);

          quadrant_print_fit_add_row (self, widest, G_N_ELEMENTS (requirement_columns),
                                      (const char * const *) cells, FALSE);
        }
      return widest;
    }
  if (self->fit_known & (1u << kind))
    return widest;

  memset (widest, 0, sizeof self->fit_widest[kind]);
  switch (kind)
    {
    case QUADRANT_PRINT_TABLE_PARTIES:
      fit_vocabulary (self, widest, 1, QUADRANT_TYPE_KIND);
      fit_vocabulary (self, widest, 2, QUADRANT_TYPE_CATEGORY);
      widest[3] = widest[4] = quadrant_print_widest_word (self, C_("power or interest", "Not assessed"), FALSE);
      fit_vocabulary (self, widest, 5, QUADRANT_TYPE_QUADRANT);
      fit_vocabulary (self, widest, 6, QUADRANT_TYPE_SUPPORT);
      break;
    case QUADRANT_PRINT_TABLE_NOT_RELEVANT:
      fit_vocabulary (self, widest, 1, QUADRANT_TYPE_KIND);
      break;
    case QUADRANT_PRINT_TABLE_FINDINGS:
      fit_vocabulary (self, widest, 0, QUADRANT_TYPE_SEVERITY);
      break;
    case QUADRANT_PRINT_TABLE_PLAN:
    case QUADRANT_PRINT_TABLE_CHANGES:
    case QUADRANT_PRINT_TABLE_NONE:
    case QUADRANT_PRINT_TABLE_REQUIREMENTS:
    default:
      break;
    }
  self->fit_known |= 1u << kind;
  return widest;
}

/* ---- tables ---- */

/* Makes self->table the parties table, or the requirements table of party. */
QuadrantPrintTable *
quadrant_print_use_table (QuadrantPrintReport    *self,
           QuadrantPrintTableKind  kind,
           guint                   index,
           QuadrantParty          *party)
{
  if (self->table_kind == kind &&
      (kind != QUADRANT_PRINT_TABLE_REQUIREMENTS || self->table_party == index))
    return &self->table;

  quadrant_print_table_clear (&self->table);
  self->table_kind = kind;
  self->table_party = index;

  if (kind == QUADRANT_PRINT_TABLE_PARTIES)
    {
      quadrant_print_table_init (self, &self->table, party_columns,
                                 G_N_ELEMENTS (party_columns), TRUE, widest_words (self, kind, party));
      self->table.continued = dup_text (_("Interested parties (continued)"));
    }
  else if (kind == QUADRANT_PRINT_TABLE_PLAN)
    {
      quadrant_print_table_init (self, &self->table, plan_columns,
                                 G_N_ELEMENTS (plan_columns), TRUE, widest_words (self, kind, party));
      self->table.continued = dup_text (_("Communication plan (continued)"));
    }
  else if (kind == QUADRANT_PRINT_TABLE_CHANGES)
    {
      quadrant_print_table_init (self, &self->table, change_columns,
                                 G_N_ELEMENTS (change_columns), TRUE, widest_words (self, kind, party));
      self->table.continued = dup_text (_("Changes (continued)"));
    }
  else if (kind == QUADRANT_PRINT_TABLE_NOT_RELEVANT)
    {
      quadrant_print_table_init (self, &self->table, not_relevant_columns,
                                 G_N_ELEMENTS (not_relevant_columns), TRUE, widest_words (self, kind, party));
      self->table.continued = dup_text (_("Parties considered and not relevant (continued)"));
    }
  else if (kind == QUADRANT_PRINT_TABLE_FINDINGS)
    {
      quadrant_print_table_init (self, &self->table, finding_columns,
                                 G_N_ELEMENTS (finding_columns), TRUE, widest_words (self, kind, party));
      self->table.continued = dup_text (_("Open findings (continued)"));
    }
  else
    {
      quadrant_print_table_init (self, &self->table, requirement_columns,
                                 G_N_ELEMENTS (requirement_columns), TRUE, widest_words (self, kind, party));
      /* Translators: above the repeated header of a party's requirements on a new page */
      self->table.continued = g_strdup_printf (_("%s (continued)"),
                                               quadrant_print_or_dash (quadrant_party_get_name (party)));
    }

  return &self->table;
}
