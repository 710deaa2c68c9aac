/* quadrant-details-dialog.c: the register's metadata and revision history */
#define G_LOG_DOMAIN "quadrant-details-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-approval.h"
#include "quadrant-date-popover.h"
#include "quadrant-details-dialog.h"
#include "quadrant-language.h"
#include "quadrant-revision-dialogs.h"

enum {
  META_ORGANISATION,
  META_OWNER,
  META_CLASSIFICATION,
  META_VERSION,
  META_APPROVED_BY,
  META_APPROVAL_DATE,
  META_APPROVED_VERSION,
  META_NEXT_REVIEW,
  N_META
};

/* In the order of the rows. */
static const QuadrantField meta_fields[N_META] = {
  QUADRANT_FIELD_REGISTER_ORGANISATION,
  QUADRANT_FIELD_REGISTER_OWNER,
  QUADRANT_FIELD_REGISTER_CLASSIFICATION,
  QUADRANT_FIELD_REGISTER_VERSION,
  QUADRANT_FIELD_REGISTER_APPROVED_BY,
  QUADRANT_FIELD_REGISTER_APPROVAL_DATE,
  QUADRANT_FIELD_REGISTER_APPROVED_VERSION,
  QUADRANT_FIELD_REGISTER_NEXT_REVIEW,
};

/* An entry row that commits on Enter and when it loses focus. */
typedef struct {
  AdwEntryRow *row;
  char        *title;     /* the title when there is no error */
  guint        dirty : 1; /* typed, not committed yet */
} MetaField;

struct _QuadrantDetailsDialog
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwEntryRow *organisation_row;
  GtkTextView *scope_view;   /* several lines: committed when it loses focus */
  AdwEntryRow *owner_row;
  AdwEntryRow *classification_row;
  AdwEntryRow *version_row;
  AdwEntryRow *approved_by_row;
  AdwEntryRow *approval_date_row;
  AdwEntryRow *approved_version_row;
  AdwEntryRow *next_review_row;
  AdwPreferencesGroup *approval_group;
  GtkListBox  *revisions_list;

  /* Owned references */
  QuadrantRegister *reg;

  /* State */
  MetaField fields[N_META];
  guint     scope_dirty : 1;
  guint     loading : 1;
};

G_DEFINE_FINAL_TYPE (QuadrantDetailsDialog, quadrant_details_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_REGISTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Helpers ---- */

static void
show_error (AdwEntryRow *row,
            const char  *title,
            const char  *reason)
{
  g_autofree char *text = NULL;

  if (reason == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
      return;
    }

  /* Translators: a field's title, then why the typed value was refused */
  text = g_strdup_printf (_("%s — %s"), title, reason);
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), reason);
}

/* The text a field shows: dates as the user's language writes them. */
static char *
field_dup_shown (guint       id,
                 const char *value)
{
  if (value == NULL)
    return g_strdup ("");
  if (quadrant_field_get_info (meta_fields[id])->type == QUADRANT_FIELD_TYPE_DATE)
    return quadrant_language_format_date (value);
  return g_strdup (value);
}

static void
field_load (QuadrantDetailsDialog *self,
            guint                  id)
{
  MetaField *field = &self->fields[id];
  g_autofree char *shown = field_dup_shown (id, quadrant_field_get_info (meta_fields[id])->get_text (self->reg));

  field->dirty = FALSE;
  show_error (field->row, field->title, NULL);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field->row)), shown) == 0)
    return;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (field->row), shown);
  self->loading = FALSE;
}

static gboolean
field_commit (QuadrantDetailsDialog *self,
              guint                  id)
{
  MetaField *field = &self->fields[id];
  g_autofree char *text = NULL;

  if (!field->dirty || self->reg == NULL)
    return TRUE;

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->row)));
  if (quadrant_field_get_info (meta_fields[id])->type == QUADRANT_FIELD_TYPE_DATE)
    {
      /* Typed as the language writes dates or as ISO; stored as ISO. */
      g_autofree char *iso = quadrant_language_parse_date (text);

      if (iso == NULL)
        {
          g_autofree char *reason = quadrant_date_popover_dup_error ();

          show_error (field->row, field->title, reason);
          return FALSE;
        }
      g_free (text);
      text = g_steal_pointer (&iso);
    }

  field->dirty = FALSE;
  show_error (field->row, field->title, NULL);
  quadrant_register_set_text (self->reg, self->reg, meta_fields[id], text);
  /* Shown again as the language writes it, also when the date was the same. */
  field_load (self, id);
  return TRUE;
}

static guint
field_id (QuadrantDetailsDialog *self,
          gpointer               row)
{
  for (guint i = 0; i < N_META; i++)
    if (self->fields[i].row == row)
      return i;
  g_return_val_if_reached (0);
}

static void
scope_load (QuadrantDetailsDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->scope_view);
  const char *scope = quadrant_register_get_scope (self->reg);
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  self->scope_dirty = FALSE;
  if (g_strcmp0 (shown, scope) == 0)
    return;
  self->loading = TRUE;
  gtk_text_buffer_set_text (buffer, scope, -1);
  self->loading = FALSE;
}

static void
scope_commit (QuadrantDetailsDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->scope_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (!self->scope_dirty || self->reg == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  self->scope_dirty = FALSE;
  quadrant_register_set_text (self->reg, self->reg, QUADRANT_FIELD_REGISTER_SCOPE, g_strstrip (text));
}

/* ---- Callbacks ---- */

static void
scope_changed_cb (QuadrantDetailsDialog *self)
{
  if (!self->loading)
    self->scope_dirty = TRUE;
}

static void
field_changed_cb (QuadrantDetailsDialog *self,
                  GtkEditable           *row)
{
  guint id;

  if (self->loading)
    return;
  id = field_id (self, row);
  self->fields[id].dirty = TRUE;

  /* A refused date stays marked until it is a date (or empty) again. */
  if (quadrant_field_get_info (meta_fields[id])->type == QUADRANT_FIELD_TYPE_DATE &&
      gtk_widget_has_css_class (GTK_WIDGET (row), "error"))
    {
      g_autofree char *iso = quadrant_language_parse_date (gtk_editable_get_text (row));

      if (iso != NULL)
        show_error (ADW_ENTRY_ROW (row), self->fields[id].title, NULL);
    }
}

static void
field_commit_cb (QuadrantDetailsDialog *self,
                 gpointer               row_or_controller)
{
  gpointer row = row_or_controller;

  if (GTK_IS_EVENT_CONTROLLER (row))
    row = gtk_event_controller_get_widget (row);
  field_commit (self, field_id (self, row));
}

/* Says under Approval whether the current version is the approved one. */
static void
approval_update (QuadrantDetailsDialog *self)
{
  const char *version = quadrant_register_get_version (self->reg);
  const char *approved = NULL;
  g_autofree char *description = NULL;

  if (quadrant_approval_is_outdated (self->reg, &approved))
    description = approved != NULL
      ? g_strdup_printf (_("Version %s is not approved: the approval was of version %s."), version, approved)
      : g_strdup_printf (_("Version %s is not approved: it was recorded after the approval."), version);
  else if (*quadrant_approval_get_approved_version (self->reg) != '\0')
    description = g_strdup_printf (_("Version %s is approved."), quadrant_approval_get_approved_version (self->reg));
  adw_preferences_group_set_description (self->approval_group, description);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.approve-version", *version != '\0');
}

static void
register_notify_cb (QuadrantDetailsDialog *self,
                    GParamSpec            *pspec)
{
  approval_update (self);
  if (g_str_equal (pspec->name, "scope") && !self->scope_dirty)
    scope_load (self);
  for (guint i = 0; i < N_META; i++)
    if (g_str_equal (pspec->name, quadrant_field_get_info (meta_fields[i])->property))
      {
        if (!self->fields[i].dirty)
          field_load (self, i);
        return;
      }
}

static void
revision_row_update (AdwActionRow     *row,
                     GParamSpec       *pspec,
                     QuadrantRevision *revision)
{
  const char *version = quadrant_revision_get_version (revision);
  const char *author = quadrant_revision_get_author (revision);
  const char *summary = quadrant_revision_get_summary (revision);
  guint n_positions = quadrant_revision_get_positions (revision)->len;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *parties = NULL;
  g_autofree char *date = NULL;

  (void) pspec;

  /* Translators: a revision: "Version 2.1, 2026-03-09" */
  date = quadrant_language_format_date (quadrant_revision_get_date (revision));
  title = g_strdup_printf (_("Version %s, %s"),
                           version != NULL && *version != '\0' ? version : _("(none)"), date);
  parties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u party recorded",
                                          "%u parties recorded", n_positions),
                             n_positions);
  /* Translators: a revision's author, its summary and how many parties it recorded */
  subtitle = g_strdup_printf (_("%s: %s (%s)"),
                              author != NULL && *author != '\0' ? author : _("Unknown author"),
                              summary != NULL && *summary != '\0' ? summary : _("No summary"),
                              parties);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
}

static void
correct_clicked_cb (GtkButton *button,
                    QuadrantRevision *revision)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));

  if (self->reg != NULL)
    quadrant_revision_dialog_correct (GTK_WINDOW (self), self->reg, revision);
}

static void
undo_removal_cb (AdwToast              *toast,
                 QuadrantDetailsDialog *self)
{
  (void) toast;
  if (self->reg != NULL)
    quadrant_register_undo (self->reg);
}

static void
remove_clicked_cb (GtkButton *button)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));
  AdwToast *toast;

  if (self->reg == NULL || !quadrant_register_remove_latest_revision (self->reg))
    return;

  toast = adw_toast_new (_("Revision removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_removal_cb), self, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static GtkWidget *
create_revision_row (gpointer item,
                     gpointer user_data)
{
  QuadrantRevision *revision = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *correct = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  (void) user_data;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  revision_row_update (ADW_ACTION_ROW (row), NULL, revision);
  g_signal_connect_object (revision, "notify::summary", G_CALLBACK (revision_row_update),
                           row, G_CONNECT_SWAPPED);

  gtk_widget_set_tooltip_text (correct, _("Correct Summary"));
  gtk_widget_set_valign (correct, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (correct, "flat");
  g_signal_connect_object (correct, "clicked", G_CALLBACK (correct_clicked_cb), revision, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), correct);

  /* Shown on the latest revision only (see revisions_changed_cb). */
  gtk_widget_set_tooltip_text (remove, _("Remove Latest Revision"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_name (remove, "remove-revision");
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "remove-button", remove);
  return row;
}

static void
revisions_changed_cb (QuadrantDetailsDialog *self)
{
  GtkWidget *last = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->revisions_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove-button");

      if (remove == NULL)
        continue;
      gtk_widget_set_visible (remove, FALSE);
      last = remove;
    }
  if (last != NULL)
    gtk_widget_set_visible (last, TRUE);
}

static void
record_revision_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (widget);

  if (self->reg == NULL)
    return;

  quadrant_details_dialog_commit (self);
  quadrant_revision_dialog_record (GTK_WINDOW (self), self->reg);
}

/* The current version approved today, as one undo step; the approver is
 * asked for when the register does not name one yet. */
static void
approve_version_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (self->reg == NULL)
    return;

  quadrant_details_dialog_commit (self);
  quadrant_register_begin_group (self->reg, _("Approve Version"));
  quadrant_register_set_text (self->reg, self->reg, QUADRANT_FIELD_REGISTER_APPROVED_VERSION,
                              quadrant_register_get_version (self->reg));
  quadrant_register_set_text (self->reg, self->reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, today);
  quadrant_register_end_group (self->reg);
  if (*quadrant_register_get_approved_by (self->reg) == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->approved_by_row));
}

/* ---- GObject / GtkWidget ---- */

static gboolean
quadrant_details_dialog_close_request (GtkWindow *window)
{
  quadrant_details_dialog_commit (QUADRANT_DETAILS_DIALOG (window));

  return GTK_WINDOW_CLASS (quadrant_details_dialog_parent_class)->close_request (window);
}

static void
quadrant_details_dialog_constructed (GObject *object)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (object);

  G_OBJECT_CLASS (quadrant_details_dialog_parent_class)->constructed (object);

  if (self->reg == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.record-revision", FALSE);
      return;
    }

  for (guint i = 0; i < N_META; i++)
    field_load (self, i);
  scope_load (self);
  g_signal_connect_object (self->reg, "notify", G_CALLBACK (register_notify_cb),
                           self, G_CONNECT_SWAPPED);
  approval_update (self);
  gtk_list_box_bind_model (self->revisions_list, quadrant_register_get_revisions (self->reg),
                           create_revision_row, NULL, NULL);
  /* Connected after the list's own handler, so the rows exist by then. */
  g_signal_connect_object (quadrant_register_get_revisions (self->reg), "items-changed",
                           G_CALLBACK (revisions_changed_cb), self, G_CONNECT_SWAPPED);
  revisions_changed_cb (self);
}

static void
quadrant_details_dialog_dispose (GObject *object)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QUADRANT_TYPE_DETAILS_DIALOG);
  g_clear_object (&self->reg);

  G_OBJECT_CLASS (quadrant_details_dialog_parent_class)->dispose (object);
}

static void
quadrant_details_dialog_finalize (GObject *object)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (object);

  for (guint i = 0; i < N_META; i++)
    g_free (self->fields[i].title);

  G_OBJECT_CLASS (quadrant_details_dialog_parent_class)->finalize (object);
}

static void
quadrant_details_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_details_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  QuadrantDetailsDialog *self = QUADRANT_DETAILS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      self->reg = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_details_dialog_class_init (QuadrantDetailsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = quadrant_details_dialog_constructed;
  object_class->dispose = quadrant_details_dialog_dispose;
  object_class->finalize = quadrant_details_dialog_finalize;
  object_class->get_property = quadrant_details_dialog_get_property;
  object_class->set_property = quadrant_details_dialog_set_property;
  window_class->close_request = quadrant_details_dialog_close_request;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-details-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, scope_view);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, classification_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, version_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, approved_by_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, approval_date_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, approved_version_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, next_review_row);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, approval_group);
  gtk_widget_class_bind_template_child (widget_class, QuadrantDetailsDialog, revisions_list);

  gtk_widget_class_install_action (widget_class, "details.record-revision", NULL,
                                   record_revision_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "details.record-revision", NULL);
  gtk_widget_class_install_action (widget_class, "details.approve-version", NULL,
                                   approve_version_action);
}

static void
quadrant_details_dialog_init (QuadrantDetailsDialog *self)
{
  AdwEntryRow *rows[N_META];
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[META_ORGANISATION] = self->organisation_row;
  rows[META_OWNER] = self->owner_row;
  rows[META_CLASSIFICATION] = self->classification_row;
  rows[META_VERSION] = self->version_row;
  rows[META_APPROVED_BY] = self->approved_by_row;
  rows[META_APPROVAL_DATE] = self->approval_date_row;
  rows[META_APPROVED_VERSION] = self->approved_version_row;
  rows[META_NEXT_REVIEW] = self->next_review_row;

  for (guint i = 0; i < N_META; i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      self->fields[i].row = rows[i];
      self->fields[i].title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])));
      g_signal_connect_object (rows[i], "changed", G_CALLBACK (field_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (rows[i], "entry-activated", G_CALLBACK (field_commit_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (focus, "leave", G_CALLBACK (field_commit_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (GTK_WIDGET (rows[i]), focus);
    }

  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_object (gtk_text_view_get_buffer (self->scope_view), "changed",
                             G_CALLBACK (scope_changed_cb), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (focus, "leave", G_CALLBACK (scope_commit), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->scope_view), focus);
  }

  quadrant_date_popover_attach (self->approval_date_row);
  quadrant_date_popover_attach (self->next_review_row);

  placeholder = gtk_label_new (_("No revisions recorded yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->revisions_list, placeholder);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_details_dialog_new (GtkWindow        *parent,
                             QuadrantRegister *reg)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  /* Announced as a dialog, not as another main window. */
  return g_object_new (QUADRANT_TYPE_DETAILS_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                       "register", reg,
                       NULL);
}

QuadrantRegister *
quadrant_details_dialog_get_register (QuadrantDetailsDialog *self)
{
  g_return_val_if_fail (QUADRANT_IS_DETAILS_DIALOG (self), NULL);

  return self->reg;
}

gboolean
quadrant_details_dialog_commit (QuadrantDetailsDialog *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (QUADRANT_IS_DETAILS_DIALOG (self), FALSE);

  for (guint i = 0; i < N_META; i++)
    ok &= field_commit (self, i);
  scope_commit (self);
  return ok;
}
