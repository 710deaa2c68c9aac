/* quadrant-findings-view.c: the completeness check's findings, kept current
 *
 * The check runs again shortly after the register changes (several edits in a
 * burst cause one run). Only the part of the list that differs is replaced, so
 * the scroll position and the focused row survive an edit elsewhere.
 *
 * Findings are grouped by party (the register's own first, then the parties
 * in register order), each group worst first, and may be filtered by
 * severity. GTK 4.8 lists have no section headers: the first row of a group
 * carries its heading.
 */
#define G_LOG_DOMAIN "quadrant-findings-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-check.h"
#include "quadrant-conflict.h"
#include "quadrant-enum-types.h"
#include "quadrant-findings-view.h"

/* Short enough to feel live, long enough that a burst of edits is one run. */
#define UPDATE_DELAY_MS 200

struct _QuadrantFindingsView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack    *stack;
  GtkLabel    *summary_label;
  GtkListView *list_view;
  GtkDropDown *severity_dropdown;
  GtkLabel    *filtered_empty_label;

  /* Owned references */
  QuadrantRegister   *reg;
  GListStore         *findings;
  GtkSingleSelection *selection;

  /* State */
  gulong changed_handler;
  guint  update_source;
  guint  n_errors;
  guint  n_findings;     /* all of them, whatever the filter shows */
};

/* The severity filter's choices, in the order of its drop-down. */
enum {
  SHOW_ALL,
  SHOW_ERRORS,
  SHOW_WARNINGS,
  SHOW_NOTES,
};

G_DEFINE_FINAL_TYPE (QuadrantFindingsView, quadrant_findings_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_N_ERRORS,
  PROP_N_FINDINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Helpers ---- */

/* Who a finding is about, as the list shows it beneath the message (which
 * names the party or requirement already): the requirement's party, the
 * party's category and kind, or the register. Kept on the finding, so that a
 * later run can tell whether the row still says the same. */
static const char *
finding_get_subject (QuadrantFinding *finding)
{
  const char *subject = g_object_get_data (G_OBJECT (finding), "quadrant-subject");
  QuadrantRequirement *requirement;
  QuadrantParty *party;
  char *text;

  if (subject != NULL)
    return subject;

  requirement = quadrant_finding_get_requirement (finding);
  party = quadrant_finding_get_party (finding);
  if (party == NULL && requirement != NULL)
    party = quadrant_requirement_get_party (requirement);

  if (requirement != NULL && party != NULL)
    {
      g_autofree char *name = quadrant_finding_shorten_text (quadrant_party_get_name (party),
                                                             _("Unnamed party"));

      /* Translators: beneath a finding about a requirement: whose it is */
      text = g_strdup_printf (_("Requirement of %s"), name);
    }
  else if (party != NULL)
    /* Translators: beneath a finding about a party: "External · Regulators" */
    text = g_strdup_printf (_("%s · %s"),
                            quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, quadrant_party_get_category (party)),
                            quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)));
  else if (requirement != NULL)
    text = g_strdup (_("Requirement"));
  else
    /* Translators: beneath a finding about the register's details */
    text = g_strdup (_("Register details"));

  g_object_set_data_full (G_OBJECT (finding), "quadrant-subject", text, g_free);
  return text;
}

/* The party a finding is listed under, or NULL for the register's own. */
static QuadrantParty *
finding_get_group_party (QuadrantFinding *finding)
{
  QuadrantRequirement *requirement = quadrant_finding_get_requirement (finding);

  if (quadrant_finding_get_party (finding) != NULL)
    return quadrant_finding_get_party (finding);
  return requirement != NULL ? quadrant_requirement_get_party (requirement) : NULL;
}

static const char *
get_text_data (QuadrantFinding *finding,
               const char      *key)
{
  return g_object_get_data (G_OBJECT (finding), key);
}

static gboolean
finding_equal (QuadrantFinding *a,
               QuadrantFinding *b)
{
  return quadrant_finding_get_severity (a) == quadrant_finding_get_severity (b) &&
         g_strcmp0 (get_text_data (a, "quadrant-group-title"), get_text_data (b, "quadrant-group-title")) == 0 &&
         g_strcmp0 (get_text_data (a, "quadrant-group-count"), get_text_data (b, "quadrant-group-count")) == 0 &&
         g_object_get_data (G_OBJECT (a), "quadrant-conflict") == g_object_get_data (G_OBJECT (b), "quadrant-conflict") &&
         quadrant_finding_get_party (a) == quadrant_finding_get_party (b) &&
         quadrant_finding_get_requirement (a) == quadrant_finding_get_requirement (b) &&
         g_strcmp0 (quadrant_finding_get_code (a), quadrant_finding_get_code (b)) == 0 &&
         g_strcmp0 (quadrant_finding_get_message (a), quadrant_finding_get_message (b)) == 0 &&
         g_strcmp0 (finding_get_subject (a), finding_get_subject (b)) == 0;
}

/* Replaces only the middle part that differs between the old and new list. */
static void
replace_findings (QuadrantFindingsView *self,
                  GPtrArray            *found)
{
  GListModel *old = G_LIST_MODEL (self->findings);
  guint n_old = g_list_model_get_n_items (old);
  guint n_new = found->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(QuadrantFinding) item = g_list_model_get_item (old, prefix);

      if (!finding_equal (item, g_ptr_array_index (found, prefix)))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(QuadrantFinding) item = g_list_model_get_item (old, n_old - 1 - suffix);

      if (!finding_equal (item, g_ptr_array_index (found, n_new - 1 - suffix)))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == n_new)
    return;
  g_list_store_splice (self->findings, prefix, n_old - prefix - suffix,
                       found->pdata + prefix, n_new - prefix - suffix);
}

static void
update_summary (QuadrantFindingsView *self,
                GPtrArray            *found)
{
  guint n_errors = quadrant_check_count (found, QUADRANT_SEVERITY_ERROR);
  guint n_warnings = quadrant_check_count (found, QUADRANT_SEVERITY_WARNING);
  guint n_info = quadrant_check_count (found, QUADRANT_SEVERITY_INFO);
  g_autoptr(GString) text = g_string_new (NULL);

  if (n_errors > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors),
                            n_errors);
  if (n_warnings > 0)
    {
      if (text->len > 0)
        g_string_append (text, _(", "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                 n_warnings),
                              n_warnings);
    }
  if (n_info > 0)
    {
      if (text->len > 0)
        g_string_append (text, _(", "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n_info),
                              n_info);
    }
  gtk_label_set_label (self->summary_label, text->str);
}

static gboolean
severity_shown (QuadrantFindingsView *self,
                QuadrantSeverity      severity)
{
  switch (gtk_drop_down_get_selected (self->severity_dropdown))
    {
    case SHOW_ERRORS: return severity == QUADRANT_SEVERITY_ERROR;
    case SHOW_WARNINGS: return severity == QUADRANT_SEVERITY_WARNING;
    case SHOW_NOTES: return severity == QUADRANT_SEVERITY_INFO;
    case SHOW_ALL:
    default:
      return TRUE;
    }
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *order = user_data;
  guint key_a = GPOINTER_TO_UINT (g_hash_table_lookup (order, finding_get_group_party (*(QuadrantFinding **) a)));
  guint key_b = GPOINTER_TO_UINT (g_hash_table_lookup (order, finding_get_group_party (*(QuadrantFinding **) b)));

  return key_a < key_b ? -1 : key_a > key_b;
}

/* The findings the filter shows, grouped by party (a stable sort keeps the
 * check's worst-first order inside a group), the first of each group with
 * its heading. */
static GPtrArray *
arrange_findings (QuadrantFindingsView *self,
                  GPtrArray            *found)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) order = g_hash_table_new (NULL, NULL);
  guint n_conflicts = 0;

  if (self->reg != NULL)
    {
      GListModel *parties = quadrant_register_get_parties (self->reg);

      /* The register's own findings (no party) have key 0, so come first. */
      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

          g_hash_table_insert (order, party, GUINT_TO_POINTER (i + 1));
        }
    }

  for (guint i = 0; i < found->len; i++)
    {
      QuadrantFinding *finding = g_ptr_array_index (found, i);

      /* The n-th conflict finding of the check is the register's n-th conflict. */
      if (g_str_has_prefix (quadrant_finding_get_code (finding), QUADRANT_CHECK_MERGE_CONFLICT))
        g_object_set_data (G_OBJECT (finding), "quadrant-conflict", GUINT_TO_POINTER (++n_conflicts));
      if (severity_shown (self, quadrant_finding_get_severity (finding)))
        g_ptr_array_add (shown, g_object_ref (finding));
    }
  g_ptr_array_sort_with_data (shown, compare_groups, order);

  for (guint start = 0, end; start < shown->len; start = end)
    {
      QuadrantFinding *first = g_ptr_array_index (shown, start);
      QuadrantParty *party = finding_get_group_party (first);
      char *title, *count;

      for (end = start + 1; end < shown->len; end++)
        if (finding_get_group_party (g_ptr_array_index (shown, end)) != party)
          break;

      if (party != NULL)
        title = quadrant_finding_shorten_text (quadrant_party_get_name (party), _("Unnamed party"));
      else
        /* Translators: the heading of the findings about the register itself */
        title = g_strdup (_("Register"));
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings", end - start),
                               end - start);
      g_object_set_data_full (G_OBJECT (first), "quadrant-group-title", title, g_free);
      g_object_set_data_full (G_OBJECT (first), "quadrant-group-count", count, g_free);
    }
  return shown;
}

static void
run_check (QuadrantFindingsView *self)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  guint old_n_findings = self->n_findings;
  guint n_errors;

  g_clear_handle_id (&self->update_source, g_source_remove);

  if (self->reg != NULL)
    found = quadrant_check_register (self->reg, NULL);
  else
    found = g_ptr_array_new_with_free_func (g_object_unref);

  shown = arrange_findings (self, found);
  replace_findings (self, shown);
  update_summary (self, found);
  gtk_stack_set_visible_child_name (self->stack, found->len > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->filtered_empty_label), found->len > 0 && shown->len == 0);
  self->n_findings = found->len;

  n_errors = quadrant_check_count (found, QUADRANT_SEVERITY_ERROR);
  if (n_errors != self->n_errors)
    {
      self->n_errors = n_errors;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
    }
  if (found->len != old_n_findings)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FINDINGS]);
}

static gboolean
update_timeout_cb (gpointer data)
{
  QuadrantFindingsView *self = data;

  self->update_source = 0;
  run_check (self);
  return G_SOURCE_REMOVE;
}

/* ---- Template callbacks ---- */

static char *
severity_icon_cb (GtkListItem *item,
                  int          severity)
{
  switch ((QuadrantSeverity) severity)
    {
    case QUADRANT_SEVERITY_ERROR: return g_strdup ("dialog-error-symbolic");
    case QUADRANT_SEVERITY_WARNING: return g_strdup ("dialog-warning-symbolic");
    case QUADRANT_SEVERITY_INFO:
    default:
      return g_strdup ("dialog-information-symbolic");
    }
}

static char **
severity_css_cb (GtkListItem *item,
                 int          severity)
{
  const char *classes[] = { NULL, NULL };

  switch ((QuadrantSeverity) severity)
    {
    case QUADRANT_SEVERITY_ERROR: classes[0] = "error"; break;
    case QUADRANT_SEVERITY_WARNING: classes[0] = "warning"; break;
    case QUADRANT_SEVERITY_INFO:
    default:
      classes[0] = "accent";
      break;
    }
  return g_strdupv ((char **) classes);
}

static char *
severity_label_cb (GtkListItem *item,
                   int          severity)
{
  return g_strdup (quadrant_enum_to_label (QUADRANT_TYPE_SEVERITY, severity));
}

static char *
subject_cb (GtkListItem *list_item,
            GObject     *item)
{
  if (!QUADRANT_IS_FINDING (item))
    return NULL;
  return g_strdup (finding_get_subject (QUADRANT_FINDING (item)));
}

static char *
group_title_cb (GtkListItem *list_item,
                GObject     *item)
{
  return QUADRANT_IS_FINDING (item) ? g_strdup (get_text_data (QUADRANT_FINDING (item), "quadrant-group-title")) : NULL;
}

static char *
group_count_cb (GtkListItem *list_item,
                GObject     *item)
{
  return QUADRANT_IS_FINDING (item) ? g_strdup (get_text_data (QUADRANT_FINDING (item), "quadrant-group-count")) : NULL;
}

static gboolean
group_visible_cb (GtkListItem *list_item,
                  GObject     *item)
{
  return QUADRANT_IS_FINDING (item) && get_text_data (QUADRANT_FINDING (item), "quadrant-group-title") != NULL;
}

static void
severity_filter_cb (QuadrantFindingsView *self)
{
  run_check (self);
}

static gboolean
is_conflict (const char *code)
{
  return g_strcmp0 (code, QUADRANT_CHECK_MERGE_CONFLICT) == 0
      || g_strcmp0 (code, QUADRANT_CHECK_MERGE_CONFLICT_UNKNOWN_FIELD) == 0;
}

static gboolean
is_conflict_cb (GtkListItem *item,
                const char  *code)
{
  return is_conflict (code);
}

/* Their value of a field this version does not know cannot be set here. */
static gboolean
can_take_theirs_cb (GtkListItem *item,
                    const char  *code)
{
  return g_strcmp0 (code, QUADRANT_CHECK_MERGE_CONFLICT) == 0;
}

static GVariant *
position_target_cb (GtkListItem *item,
                    guint        position)
{
  return g_variant_new_uint32 (position);
}

/* findings.keep-ours and findings.take-theirs, with the row's position. */
static void
resolve_conflict_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  QuadrantFindingsView *self = QUADRANT_FINDINGS_VIEW (widget);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(QuadrantFinding) finding = NULL;
  guint number;
  g_autoptr(GError) error = NULL;

  if (self->reg == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->findings)))
    return;

  /* The check's order numbered the conflicts, from 1 (arrange_findings ()). */
  finding = g_list_model_get_item (G_LIST_MODEL (self->findings), position);
  number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (finding), "quadrant-conflict"));
  if (number == 0 || !is_conflict (quadrant_finding_get_code (finding)))
    return;

  if (!quadrant_conflict_resolve (self->reg, number - 1,
                                  g_str_equal (action_name, "findings.take-theirs")
                                  ? QUADRANT_CONFLICT_TAKE_THEIRS : QUADRANT_CONFLICT_KEEP_OURS,
                                  &error))
    g_warning ("Could not resolve the conflict: %s", error->message);
  run_check (self);
}

static void
finding_activated_cb (QuadrantFindingsView *self,
                      guint                 position)
{
  g_autoptr(QuadrantFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), position);
  QuadrantRequirement *requirement;
  QuadrantParty *party;

  if (finding == NULL)
    return;

  requirement = quadrant_finding_get_requirement (finding);
  party = quadrant_finding_get_party (finding);
  if (requirement != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-requirement", "s",
                                quadrant_requirement_get_id (requirement));
  /* What fixes it is a requirement: the party's Add Requirement. */
  else if (party != NULL &&
           g_str_equal (quadrant_finding_get_code (finding), QUADRANT_CHECK_PARTY_WITHOUT_REQUIREMENTS))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-party-requirements", "s",
                                quadrant_party_get_id (party));
  else if (party != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-party", "s",
                                quadrant_party_get_id (party));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.details", NULL);
}

static void
register_changed_cb (QuadrantFindingsView *self)
{
  /* Not restarted on every edit: a long burst (a drag) still updates. */
  if (self->update_source == 0)
    self->update_source = g_timeout_add (UPDATE_DELAY_MS, update_timeout_cb, self);
}

/* ---- GObject / GtkWidget ---- */

static void
quadrant_findings_view_dispose (GObject *object)
{
  QuadrantFindingsView *self = QUADRANT_FINDINGS_VIEW (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->reg != NULL)
    g_clear_signal_handler (&self->changed_handler, self->reg);

  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_FINDINGS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->findings);
  g_clear_object (&self->reg);

  G_OBJECT_CLASS (quadrant_findings_view_parent_class)->dispose (object);
}

static void
quadrant_findings_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  QuadrantFindingsView *self = QUADRANT_FINDINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;
    case PROP_N_FINDINGS:
      g_value_set_uint (value, quadrant_findings_view_get_n_findings (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_findings_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  QuadrantFindingsView *self = QUADRANT_FINDINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      quadrant_findings_view_set_register (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_findings_view_class_init (QuadrantFindingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_findings_view_dispose;
  object_class->get_property = quadrant_findings_view_get_property;
  object_class->set_property = quadrant_findings_view_set_property;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_FINDINGS] =
    g_param_spec_uint ("n-findings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (QUADRANT_TYPE_FINDING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-findings-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantFindingsView, stack);
  gtk_widget_class_bind_template_child (widget_class, QuadrantFindingsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, QuadrantFindingsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantFindingsView, severity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QuadrantFindingsView, filtered_empty_label);
  gtk_widget_class_bind_template_callback (widget_class, group_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_count_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_visible_cb);
  gtk_widget_class_bind_template_callback (widget_class, severity_filter_cb);
  gtk_widget_class_bind_template_callback (widget_class, severity_icon_cb);
  gtk_widget_class_bind_template_callback (widget_class, severity_css_cb);
  gtk_widget_class_bind_template_callback (widget_class, severity_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, subject_cb);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, is_conflict_cb);
  gtk_widget_class_bind_template_callback (widget_class, can_take_theirs_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_target_cb);
  gtk_widget_class_install_action (widget_class, "findings.keep-ours", "u", resolve_conflict_action);
  gtk_widget_class_install_action (widget_class, "findings.take-theirs", "u", resolve_conflict_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
quadrant_findings_view_init (QuadrantFindingsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_list_store_new (QUADRANT_TYPE_FINDING);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->findings)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Findings"), -1);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* ---- Public API ---- */

GtkWidget *
quadrant_findings_view_new (void)
{
  return g_object_new (QUADRANT_TYPE_FINDINGS_VIEW, NULL);
}

void
quadrant_findings_view_set_register (QuadrantFindingsView *self,
                                     QuadrantRegister     *reg)
{
  g_return_if_fail (QUADRANT_IS_FINDINGS_VIEW (self));
  g_return_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg));

  if (self->reg == reg)
    return;

  if (self->reg != NULL)
    g_clear_signal_handler (&self->changed_handler, self->reg);
  g_set_object (&self->reg, reg);
  if (reg != NULL)
    self->changed_handler = g_signal_connect_object (reg, "changed",
                                                     G_CALLBACK (register_changed_cb),
                                                     self, G_CONNECT_SWAPPED);

  /* A new document shows its findings (and the badge) at once. */
  g_list_store_remove_all (self->findings);
  run_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
}

guint
quadrant_findings_view_get_n_errors (QuadrantFindingsView *self)
{
  g_return_val_if_fail (QUADRANT_IS_FINDINGS_VIEW (self), 0);

  return self->n_errors;
}

guint
quadrant_findings_view_get_n_findings (QuadrantFindingsView *self)
{
  g_return_val_if_fail (QUADRANT_IS_FINDINGS_VIEW (self), 0);

  return self->n_findings;
}

void
quadrant_findings_view_set_read_only (QuadrantFindingsView *self,
                                      gboolean              read_only)
{
  g_return_if_fail (QUADRANT_IS_FINDINGS_VIEW (self));

  /* Resolving a conflict edits the register. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.keep-ours", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.take-theirs", !read_only);
}
