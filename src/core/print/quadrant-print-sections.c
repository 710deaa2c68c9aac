/* quadrant-print-sections.c: the sections of the printed report, as units
 *
 * A unit is the title page, the map's page, a heading with the header row of
 * its table, or one row of a table. Pagination runs them a few at a time; to
 * draw a page they run again from the start of the unit that opened it. A
 * unit therefore depends only on where it starts (its mark) and the register.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-approval.h"
#include "quadrant-check.h"
#include "quadrant-diff.h"
#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-print-report-private.h"

#define BODY_SIZE QUADRANT_PRINT_BODY_SIZE



/* ---- sections ---- */

/* A heading followed by the header row of a table of n_rows rows, the first
 * of which is first, or by empty_text when there are none; the heading never
 * ends a page alone. Returns n_rows, whose rows the caller adds. */
static guint
begin_table_rows (QuadrantPrintReport *self,
                  const char          *heading,
                  double               heading_size,
                  double               space_before,
                  QuadrantPrintTable  *table,
                  guint                n_rows,
                  const char * const  *first,
                  const char          *empty_text)
{
  double keep = n_rows > 0 ? quadrant_print_table_keep_height (self, table, first) : 0;

  quadrant_print_add_paragraph (self, heading, heading_size, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                                space_before, 5 + (n_rows > 0 ? keep : BODY_SIZE * 1.5));
  self->at.y += 5;

  if (n_rows == 0)
    {
      quadrant_print_add_paragraph (self, empty_text, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                    PANGO_STYLE_ITALIC, 0, 0);
      return 0;
    }

  quadrant_print_table_begin (self, table, first);
  return n_rows;
}

/* The same for a table of one row per item of items. */
static guint
begin_table_section (QuadrantPrintReport *self,
                     const char          *heading,
                     double               heading_size,
                     double               space_before,
                     QuadrantPrintTable  *table,
                     GListModel          *items,
                     QuadrantPrintRowFunc              row_func,
                     const char          *empty_text)
{
  guint n_items = g_list_model_get_n_items (items);
  g_auto(GStrv) first = NULL;

  if (n_items > 0)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, 0);

      first = row_func (item);
    }
  return begin_table_rows (self, heading, heading_size, space_before, table, n_items,
                           (const char * const *) first, empty_text);
}

static void
add_row (QuadrantPrintReport *self,
         QuadrantPrintTable  *table,
         gpointer             item,
         QuadrantPrintRowFunc              row_func)
{
  g_auto(GStrv) cells = row_func (item);

  quadrant_print_table_add_row (self, table, (const char * const *) cells);
}

/* The title page is one unit: its tables are short (a register has a few
 * revisions, not thousands). */
static void
add_title_page (QuadrantPrintReport *self)
{
  static const QuadrantPrintColumn control_columns[] = {
    { NULL, 1 },
    { NULL, 3 },
  };
  static const QuadrantPrintColumn revision_columns[] = {
    { N_("Version"), 1 },
    { N_("Date"), 1.3 },
    { N_("Author"), 2 },
    { N_("Summary"), 5 },
  };
  QuadrantRegister *reg = self->reg;
  GListModel *revisions = quadrant_register_get_revisions (reg);
  g_autofree char *counts = NULL;
  g_autofree char *parties = NULL;
  g_autofree char *requirements = NULL;
  guint n_parties, n_requirements;
  QuadrantPrintTable table;
  double widest[G_N_ELEMENTS (revision_columns)] = { 0, };
  guint n_revisions;

  self->at.y = self->top + 40;
  quadrant_print_add_paragraph (self, _("ISO/IEC 27001:2022, clause 4.2"), 10,
                                PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, 0);
  self->at.y += 6;
  quadrant_print_add_paragraph (self, _("Interested Parties Register"), 24, PANGO_WEIGHT_BOLD,
                                PANGO_STYLE_NORMAL, 0, 0);
  self->at.y += 4;
  quadrant_print_add_paragraph (self, quadrant_print_or_dash (quadrant_register_get_organisation (reg)),
                                15, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, 0);
  n_parties = quadrant_register_get_n_parties (reg);
  n_requirements = quadrant_register_get_n_requirements (reg);
  parties = g_strdup_printf (ngettext ("%u interested party", "%u interested parties", n_parties),
                             n_parties);
  requirements = g_strdup_printf (ngettext ("%u requirement", "%u requirements", n_requirements),
                                  n_requirements);
  /* Translators: the counts on the title page, e.g. "12 interested parties, 30 requirements" */
  counts = g_strdup_printf (C_("report counts", "%s, %s"), parties, requirements);
  quadrant_print_add_paragraph (self, counts, 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 4, 0);

  quadrant_print_add_paragraph (self, _("Document Control"), 13, PANGO_WEIGHT_BOLD,
                                PANGO_STYLE_NORMAL, 30, 40);
  self->at.y += 6;
  /* The labels are set in bold, and never broken. */
  for (QuadrantField f = quadrant_field_object_first (QUADRANT_FIELD_OBJECT_REGISTER);
       f < quadrant_field_object_end (QUADRANT_FIELD_OBJECT_REGISTER); f++)
    widest[0] = MAX (widest[0], quadrant_print_widest_word (self, quadrant_field_get_label (f), TRUE));
  quadrant_print_table_init (self, &table, control_columns, G_N_ELEMENTS (control_columns), FALSE, widest);
  table.label_column = TRUE;
  /* Every field of the register's metadata, from the field table. */
  for (QuadrantField f = quadrant_field_object_first (QUADRANT_FIELD_OBJECT_REGISTER);
       f < quadrant_field_object_end (QUADRANT_FIELD_OBJECT_REGISTER); f++)
    {
      g_autofree char *version = NULL;
      g_autofree char *date = NULL;
      const char *cells[] = { quadrant_field_get_label (f), quadrant_field_get_info (f)->get_text (reg) };

      /* The version says when it is not the approved one. */
      if (f == QUADRANT_FIELD_REGISTER_VERSION)
        cells[1] = version = quadrant_approval_dup_version_text (reg);
      else if (quadrant_field_get_info (f)->type == QUADRANT_FIELD_TYPE_DATE)
        cells[1] = date = quadrant_print_dup_date (cells[1]);
      quadrant_print_table_add_row (self, &table, cells);
    }
  quadrant_print_table_clear (&table);

  memset (widest, 0, sizeof widest);
  for (guint i = 0; i < g_list_model_get_n_items (revisions); i++)
    {
      g_autoptr(GObject) revision = g_list_model_get_item (revisions, i);
      g_auto(GStrv) cells = quadrant_print_revision_row (revision);

      quadrant_print_fit_add_row (self, widest, G_N_ELEMENTS (revision_columns), (const char * const *) cells, FALSE);
    }
  quadrant_print_table_init (self, &table, revision_columns, G_N_ELEMENTS (revision_columns), TRUE, widest);
  table.continued = g_strdup (_("Revision history (continued)"));
  n_revisions = begin_table_section (self, _("Revision History"), 13, 24, &table, revisions,
                                     quadrant_print_revision_row, _("No revisions recorded."));
  for (guint i = 0; i < n_revisions; i++)
    {
      g_autoptr(GObject) revision = g_list_model_get_item (revisions, i);

      add_row (self, &table, revision, quadrant_print_revision_row);
    }
  quadrant_print_table_clear (&table);
}

/* After party's last row: the next party's requirements, or the plan. */
static void
next_party (QuadrantPrintReport *self,
            GListModel          *parties)
{
  self->at.row = 0;
  self->at.party++;
  self->at.stage = self->at.party < g_list_model_get_n_items (parties)
                   ? QUADRANT_PRINT_STAGE_PARTY_HEAD : QUADRANT_PRINT_STAGE_PLAN_HEAD;
}

/* The first party from index on that has an engagement plan, or n_parties. */
static guint
next_planned (GListModel *parties,
              guint       index)
{
  guint n = g_list_model_get_n_items (parties);

  for (; index < n; index++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, index);

      if (quadrant_party_has_engagement_plan (party))
        break;
    }
  return index;
}

/* Checked once per pagination; a page drawn later finds them here. */
static GPtrArray *
ensure_findings (QuadrantPrintReport *self)
{
  if (self->findings == NULL)
    self->findings = quadrant_check_register (self->reg, NULL);
  return self->findings;
}

/* What changed since the baseline, one line each, found once per
 * pagination like the findings. */
static char **
ensure_changes (QuadrantPrintReport *self)
{
  if (self->changes == NULL)
    {
      g_autofree char *diff = quadrant_diff_registers (self->since, self->reg);
      g_auto(GStrv) lines = g_strsplit (diff, "\n", -1);
      GPtrArray *kept = g_ptr_array_new ();

      for (guint i = 0; lines[i] != NULL; i++)
        if (lines[i][0] != '\0')
          g_ptr_array_add (kept, g_strdup (lines[i]));
      g_ptr_array_add (kept, NULL);
      self->changes = (char **) g_ptr_array_free (kept, FALSE);
    }
  return self->changes;
}

/* After the open findings: the changes since the baseline, if there is one. */
static QuadrantPrintStage
after_findings (QuadrantPrintReport *self)
{
  return self->since != NULL ? QUADRANT_PRINT_STAGE_CHANGES_HEAD : QUADRANT_PRINT_STAGE_SIGN_OFF;
}

/* Who approved which version, and room to sign. */
static void
add_sign_off (QuadrantPrintReport *self)
{
  static const QuadrantPrintColumn columns[] = {
    { NULL, 1 },
    { NULL, 3 },
  };
  QuadrantRegister *reg = self->reg;
  QuadrantPrintTable table;
  double widest[G_N_ELEMENTS (columns)] = { 0, };
  g_autofree char *approval_date = quadrant_print_dup_date (quadrant_register_get_approval_date (reg));
  struct {
    const char *label;
    const char *value;
  } rows[] = {
    { N_("Approved by"), quadrant_register_get_approved_by (reg) },
    { N_("Approved version"), quadrant_approval_get_approved_version (reg) },
    { N_("Approval date"), approval_date },
    /* Blank lines to sign on paper. */
    { N_("Signature"), "\n\n" },
  };

  quadrant_print_add_paragraph (self, _("Sign-off"), 13, PANGO_WEIGHT_BOLD,
                                PANGO_STYLE_NORMAL, 24, 140);
  self->at.y += 6;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    widest[0] = MAX (widest[0], quadrant_print_widest_word (self, _(rows[i].label), TRUE));
  quadrant_print_table_init (self, &table, columns, G_N_ELEMENTS (columns), FALSE, widest);
  table.label_column = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const char *cells[] = { _(rows[i].label), rows[i].value };

      quadrant_print_table_add_row (self, &table, cells);
    }
  quadrant_print_table_clear (&table);
}

/* Runs the unit at self->at and moves self->at to the next one. An index past
 * the end (the register shrank since pagination) ends the report. */
void
quadrant_print_run_unit (QuadrantPrintReport *self)
{
  QuadrantPrintMark *at = &self->at;
  GListModel *parties;
  guint n_parties;

  parties = quadrant_print_parties (self, at->stage == QUADRANT_PRINT_STAGE_TITLE);
  n_parties = g_list_model_get_n_items (parties);

  self->unit_start = *at;

  switch (at->stage)
    {
    case QUADRANT_PRINT_STAGE_TITLE:
      /* A new pagination: the register may have changed since the last. */
      g_clear_pointer (&self->findings, g_ptr_array_unref);
      g_clear_pointer (&self->check_run, quadrant_check_run_free);
      g_clear_pointer (&self->changes, g_strfreev);
      self->fit_known = 0;
      quadrant_print_new_page (self);
      add_title_page (self);
      at->stage = QUADRANT_PRINT_STAGE_MAP;
      break;

    case QUADRANT_PRINT_STAGE_MAP:
      quadrant_print_new_page (self);
      if (self->draw_cr == NULL)
        g_array_index (self->pages, QuadrantPrintPage, self->pages->len - 1).map = TRUE;
      quadrant_print_new_page (self);
      at->stage = QUADRANT_PRINT_STAGE_PARTIES_HEAD;
      break;

    case QUADRANT_PRINT_STAGE_PARTIES_HEAD:
      {
        QuadrantPrintTable *table = quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_PARTIES, 0, NULL);

        at->party = 0;
        /* Without parties the parties table already says there is nothing. */
        at->stage = begin_table_section (self, _("Interested Parties"), 13, 0, table, parties,
                                         quadrant_print_party_row, _("No interested parties recorded.")) > 0
                    ? QUADRANT_PRINT_STAGE_PARTY_ROW : QUADRANT_PRINT_STAGE_PLAN_HEAD;
      }
      break;

    case QUADRANT_PRINT_STAGE_PARTY_ROW:
      {
        g_autoptr(QuadrantParty) party = NULL;

        if (at->party >= n_parties)
          {
            at->stage = QUADRANT_PRINT_STAGE_DONE;
            break;
          }
        party = g_list_model_get_item (parties, at->party);
        add_row (self, quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_PARTIES, 0, NULL), party, quadrant_print_party_row);
        if (++at->party >= n_parties)
          at->stage = QUADRANT_PRINT_STAGE_REQUIREMENTS_HEAD;
      }
      break;

    case QUADRANT_PRINT_STAGE_REQUIREMENTS_HEAD:
      quadrant_print_add_paragraph (self, _("Requirements and Decisions"), 13, PANGO_WEIGHT_BOLD,
                                    PANGO_STYLE_NORMAL, 24, 80);
      at->party = 0;
      at->row = 0;
      at->stage = n_parties > 0 ? QUADRANT_PRINT_STAGE_PARTY_HEAD : QUADRANT_PRINT_STAGE_PLAN_HEAD;
      break;

    case QUADRANT_PRINT_STAGE_PARTY_HEAD:
      {
        g_autoptr(QuadrantParty) party = NULL;
        QuadrantPrintTable *table;
        guint n_rows;

        if (at->party >= n_parties)
          {
            at->stage = QUADRANT_PRINT_STAGE_DONE;
            break;
          }
        party = g_list_model_get_item (parties, at->party);
        table = quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_REQUIREMENTS, at->party, party);
        n_rows = begin_table_section (self, quadrant_print_or_dash (quadrant_party_get_name (party)),
                                      10.5, 14, table, quadrant_party_get_requirements (party),
                                      quadrant_print_requirement_row, _("No requirements recorded."));
        if (n_rows > 0)
          {
            at->row = 0;
            at->stage = QUADRANT_PRINT_STAGE_REQUIREMENT_ROW;
          }
        else
          {
            next_party (self, parties);
          }
      }
      break;

    case QUADRANT_PRINT_STAGE_REQUIREMENT_ROW:
      {
        g_autoptr(QuadrantParty) party = NULL;
        g_autoptr(QuadrantRequirement) req = NULL;
        GListModel *requirements;

        if (at->party >= n_parties)
          {
            at->stage = QUADRANT_PRINT_STAGE_DONE;
            break;
          }
        party = g_list_model_get_item (parties, at->party);
        requirements = quadrant_party_get_requirements (party);
        if (at->row < g_list_model_get_n_items (requirements))
          {
            req = g_list_model_get_item (requirements, at->row);
            add_row (self, quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_REQUIREMENTS, at->party, party),
                     req, quadrant_print_requirement_row);
          }
        if (++at->row >= g_list_model_get_n_items (requirements))
          next_party (self, parties);
      }
      break;

    case QUADRANT_PRINT_STAGE_PLAN_HEAD:
      {
        g_autoptr(GListStore) planned = g_list_store_new (QUADRANT_TYPE_PARTY);
        QuadrantPrintTable *table = quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_PLAN, 0, NULL);

        for (guint i = next_planned (parties, 0); i < n_parties; i = next_planned (parties, i + 1))
          {
            g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

            g_list_store_append (planned, party);
          }
        at->row = 0;
        at->party = next_planned (parties, 0);
        at->stage = begin_table_section (self, _("Communication Plan"), 13, 24, table,
                                         G_LIST_MODEL (planned), quadrant_print_plan_row,
                                         _("No engagement plans recorded.")) > 0
                    ? QUADRANT_PRINT_STAGE_PLAN_ROW : QUADRANT_PRINT_STAGE_IDENTIFICATION;
      }
      break;

    case QUADRANT_PRINT_STAGE_PLAN_ROW:
      {
        g_autoptr(QuadrantParty) party = NULL;

        if (at->party < n_parties)
          {
            party = g_list_model_get_item (parties, at->party);
            add_row (self, quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_PLAN, 0, NULL), party, quadrant_print_plan_row);
            at->party = next_planned (parties, at->party + 1);
          }
        if (at->party >= n_parties)
          at->stage = QUADRANT_PRINT_STAGE_IDENTIFICATION;
      }
      break;

    case QUADRANT_PRINT_STAGE_IDENTIFICATION:
      quadrant_print_add_identification (self);
      at->stage = QUADRANT_PRINT_STAGE_NOT_RELEVANT_HEAD;
      break;

    case QUADRANT_PRINT_STAGE_NOT_RELEVANT_HEAD:
      at->row = 0;
      at->stage = begin_table_section (self, _("Parties Considered and Not Relevant"), 13, 24,
                                       quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_NOT_RELEVANT, 0, NULL),
                                       G_LIST_MODEL (self->not_relevant), quadrant_print_not_relevant_row,
                                       _("No party considered has been judged not relevant.")) > 0
                  ? QUADRANT_PRINT_STAGE_NOT_RELEVANT_ROW : QUADRANT_PRINT_STAGE_FINDINGS_HEAD;
      break;

    case QUADRANT_PRINT_STAGE_NOT_RELEVANT_ROW:
      {
        GListModel *out = G_LIST_MODEL (self->not_relevant);

        if (at->row < g_list_model_get_n_items (out))
          {
            g_autoptr(QuadrantParty) party = g_list_model_get_item (out, at->row);

            add_row (self, quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_NOT_RELEVANT, 0, NULL), party, quadrant_print_not_relevant_row);
          }
        if (++at->row >= g_list_model_get_n_items (out))
          at->stage = QUADRANT_PRINT_STAGE_FINDINGS_HEAD;
      }
      break;

    case QUADRANT_PRINT_STAGE_FINDINGS_HEAD:
      {
        g_autoptr(GListStore) items = NULL;
        QuadrantPrintTable *table;
        GPtrArray *findings;

        /* The check of a large register takes longer than a step may:
         * a few parties a unit, then the heading. */
        if (self->findings == NULL)
          {
            if (self->check_run == NULL)
              self->check_run = quadrant_check_run_new (self->reg, NULL);
            if (quadrant_check_run_step (self->check_run, QUADRANT_PRINT_CHECK_PARTIES_PER_UNIT))
              self->findings = quadrant_check_run_finish (g_steal_pointer (&self->check_run));
            break;
          }

        findings = self->findings;
        items = g_list_store_new (QUADRANT_TYPE_FINDING);
        table = quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_FINDINGS, 0, NULL);

        for (guint i = 0; i < findings->len; i++)
          g_list_store_append (items, g_ptr_array_index (findings, i));
        at->row = 0;
        at->stage = begin_table_section (self, _("Open Findings"), 13, 24, table,
                                         G_LIST_MODEL (items), quadrant_print_finding_row,
                                         _("The completeness check found nothing to report.")) > 0
                    ? QUADRANT_PRINT_STAGE_FINDING_ROW : after_findings (self);
      }
      break;

    case QUADRANT_PRINT_STAGE_FINDING_ROW:
      {
        GPtrArray *findings = ensure_findings (self);

        if (at->row < findings->len)
          add_row (self, quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_FINDINGS, 0, NULL),
                   g_ptr_array_index (findings, at->row), quadrant_print_finding_row);
        if (++at->row >= findings->len)
          at->stage = after_findings (self);
      }
      break;

    case QUADRANT_PRINT_STAGE_CHANGES_HEAD:
      {
        char **changes = ensure_changes (self);
        QuadrantPrintTable *table = quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_CHANGES, 0, NULL);
        /* TRANSLATORS: a heading; %s is the earlier register's version (or its file's name) */
        g_autofree char *heading = g_strdup_printf (_("Changes since version %s"), self->since_label);
        const char *first[] = { changes[0], NULL };

        at->row = 0;
        at->stage = begin_table_rows (self, heading, 13, 24, table, g_strv_length (changes), first,
                                      _("Nothing has changed since that version.")) > 0
                    ? QUADRANT_PRINT_STAGE_CHANGE_ROW : QUADRANT_PRINT_STAGE_SIGN_OFF;
      }
      break;

    case QUADRANT_PRINT_STAGE_CHANGE_ROW:
      {
        char **changes = ensure_changes (self);
        guint n_changes = g_strv_length (changes);

        if (at->row < n_changes)
          {
            const char *cells[] = { changes[at->row], NULL };

            quadrant_print_table_add_row (self, quadrant_print_use_table (self, QUADRANT_PRINT_TABLE_CHANGES, 0, NULL), cells);
          }
        if (++at->row >= n_changes)
          at->stage = QUADRANT_PRINT_STAGE_SIGN_OFF;
      }
      break;

    case QUADRANT_PRINT_STAGE_SIGN_OFF:
      add_sign_off (self);
      at->stage = QUADRANT_PRINT_STAGE_DONE;
      break;

    case QUADRANT_PRINT_STAGE_DONE:
    default:
      g_assert_not_reached ();
    }

  self->units_done++;
}
