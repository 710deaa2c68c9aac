/* quadrant-catalogue-dialog.c: "Add from Catalogue" and "New from Template"
 *
 * Built in code rather than from a template: the list is made from the
 * catalogue file at run time, and the two modes differ only in a group of
 * entry rows and the button's label.
 */
#define G_LOG_DOMAIN "quadrant-catalogue-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-catalogue-dialog.h"
#include "quadrant-enum-types.h"
#include "quadrant-language.h"
#include "quadrant-session.h"
#include "quadrant-window.h"

struct _QuadrantCatalogueDialog
{
  AdwWindow parent_instance;

  /* Widgets */
  GtkWidget *accept_button;
  GtkWidget *search_entry;
  GtkWidget *list;
  AdwEntryRow *organisation_row;
  AdwEntryRow *scope_row;

  /* Owned references */
  QuadrantCatalogue *catalogue;
  QuadrantRegister  *document;   /* NULL in template mode */
  GHashTable        *checks;     /* entry id -> GtkCheckButton (not owned) */

  char *search;
};

G_DEFINE_FINAL_TYPE (QuadrantCatalogueDialog, quadrant_catalogue_dialog, ADW_TYPE_WINDOW)

enum {
  REGISTER_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Helpers ---- */

static guint
count_checked (QuadrantCatalogueDialog *self)
{
  GHashTableIter iter;
  gpointer check;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, NULL, &check))
    n += gtk_check_button_get_active (check);

  return n;
}

static void
update_accept (QuadrantCatalogueDialog *self)
{
  /* A template may start empty; adding nothing is no step at all. */
  gtk_widget_set_sensitive (self->accept_button,
                            self->document == NULL || count_checked (self) > 0);
}

/* The ticked ids in catalogue order (a NULL-terminated array). */
static GPtrArray *
checked_ids (QuadrantCatalogueDialog *self)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < quadrant_catalogue_get_n_entries (self->catalogue); i++)
    {
      const QuadrantCatalogueEntry *entry = quadrant_catalogue_get_entry (self->catalogue, i);
      GtkCheckButton *check = g_hash_table_lookup (self->checks, entry->id);

      if (check != NULL && gtk_check_button_get_active (check))
        g_ptr_array_add (ids, entry->id);
    }
  g_ptr_array_add (ids, NULL);

  return ids;
}

/* ---- Callbacks ---- */

static gboolean
filter_row_cb (GtkListBoxRow *row,
               gpointer       user_data)
{
  QuadrantCatalogueDialog *self = user_data;
  const QuadrantCatalogueEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  return entry != NULL && quadrant_catalogue_entry_matches (entry, self->search);
}

static void
search_changed_cb (QuadrantCatalogueDialog *self)
{
  g_free (self->search);
  self->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
}

/* Enter in the search ticks the first entry it shows (or unticks it), and
 * selects the search text, so the next name typed replaces it: a template
 * is put together from the keyboard as "board", Enter, "regulator", Enter. */
static void
search_activated_cb (QuadrantCatalogueDialog *self)
{
  GtkListBoxRow *row;

  search_changed_cb (self);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), i)) != NULL; i++)
    {
      const QuadrantCatalogueEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
      GtkCheckButton *check;

      if (entry == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
        continue;
      check = g_hash_table_lookup (self->checks, entry->id);
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      break;
    }
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
accept_clicked_cb (QuadrantCatalogueDialog *self)
{
  quadrant_catalogue_dialog_accept (self);
}

/* ---- Construction ---- */

static void
add_entry_row (QuadrantCatalogueDialog      *self,
               const QuadrantCatalogueEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *kind = g_strdup_printf ("%s · %s",
                                           quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, entry->category),
                                           quadrant_enum_to_label (QUADRANT_TYPE_KIND, entry->kind));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), entry->description != NULL ? entry->description : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_tooltip_text (row, kind);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "entry", (gpointer) entry);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_accept), self, G_CONNECT_SWAPPED);

  g_hash_table_insert (self->checks, entry->id, check);
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

static void
build (QuadrantCatalogueDialog *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gboolean template_mode = self->document == NULL;

  gtk_window_set_title (GTK_WINDOW (self), template_mode ? _("New Register from Template") : _("Add from Catalogue"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (gtk_window_close), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->accept_button = gtk_button_new_with_mnemonic (template_mode ? _("C_reate") : _("_Add"));
  gtk_widget_add_css_class (self->accept_button, "suggested-action");
  g_signal_connect_object (self->accept_button, "clicked", G_CALLBACK (accept_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->accept_button);
  gtk_box_append (GTK_BOX (toolbar), header);

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  if (template_mode)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Register"));
      self->organisation_row = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->organisation_row), _("Organisation"));
      self->scope_row = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->scope_row), _("Scope of the ISMS"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->organisation_row));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->scope_row));
      gtk_box_append (GTK_BOX (content), group);
    }

  {
    GtkWidget *label = gtk_label_new (template_mode
                                      ? _("Tick the interested parties to start with. Their typical requirements come along, undecided.")
                                      : _("Tick the parties to add. Their typical requirements come along, undecided."));

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_add_css_class (label, "dim-label");
    gtk_box_append (GTK_BOX (content), label);
  }

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search the catalogue"), NULL);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (content), self->search_entry);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), filter_row_cb, self, NULL);
  {
    GtkWidget *placeholder = gtk_label_new (_("No entry matches the search"));

    gtk_widget_set_margin_top (placeholder, 24);
    gtk_widget_set_margin_bottom (placeholder, 24);
    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list), placeholder);
  }
  for (guint i = 0; i < quadrant_catalogue_get_n_entries (self->catalogue); i++)
    add_entry_row (self, quadrant_catalogue_get_entry (self->catalogue, i));
  gtk_box_append (GTK_BOX (content), self->list);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scrolled);

  adw_window_set_content (ADW_WINDOW (self), toolbar);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->accept_button);
  /* Typing starts where the dialog starts: the organisation's name, or the
   * search when adding to a register. */
  gtk_window_set_focus (GTK_WINDOW (self), template_mode ? GTK_WIDGET (self->organisation_row) : self->search_entry);
  update_accept (self);
}

/* ---- GObject ---- */

static void
quadrant_catalogue_dialog_dispose (GObject *object)
{
  QuadrantCatalogueDialog *self = QUADRANT_CATALOGUE_DIALOG (object);

  g_clear_object (&self->catalogue);
  g_clear_object (&self->document);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (quadrant_catalogue_dialog_parent_class)->dispose (object);
}

static void
quadrant_catalogue_dialog_class_init (QuadrantCatalogueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_catalogue_dialog_dispose;

  /* Emitted in template mode with the new register. */
  signals[REGISTER_CREATED] =
    g_signal_new ("register-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, QUADRANT_TYPE_REGISTER);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
quadrant_catalogue_dialog_init (QuadrantCatalogueDialog *self)
{
  self->checks = g_hash_table_new (g_str_hash, g_str_equal);
}

static QuadrantCatalogueDialog *
dialog_new (GtkWindow         *parent,
            QuadrantCatalogue *catalogue,
            QuadrantRegister  *reg)
{
  /* Announced as a dialog: without a role of its own, GTK 4.8 shows this
   * window as a plain container on the accessibility bus. */
  QuadrantCatalogueDialog *self = g_object_new (QUADRANT_TYPE_CATALOGUE_DIALOG,
                                                "transient-for", parent,
                                                "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                                                NULL);

  self->catalogue = g_object_ref (catalogue);
  self->document = reg != NULL ? g_object_ref (reg) : NULL;
  build (self);

  return self;
}

/* ---- Public API ---- */

QuadrantCatalogueDialog *
quadrant_catalogue_dialog_new_for_register (GtkWindow         *parent,
                                            QuadrantCatalogue *catalogue,
                                            QuadrantRegister  *reg)
{
  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  return dialog_new (parent, catalogue, reg);
}

QuadrantCatalogueDialog *
quadrant_catalogue_dialog_new_for_template (GtkWindow         *parent,
                                            QuadrantCatalogue *catalogue)
{
  g_return_val_if_fail (QUADRANT_IS_CATALOGUE (catalogue), NULL);

  return dialog_new (parent, catalogue, NULL);
}

void
quadrant_catalogue_dialog_set_search (QuadrantCatalogueDialog *self,
                                      const char              *text)
{
  g_return_if_fail (QUADRANT_IS_CATALOGUE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Apply now rather than after the entry's search delay. */
  search_changed_cb (self);
}

guint
quadrant_catalogue_dialog_get_n_shown (QuadrantCatalogueDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (QUADRANT_IS_CATALOGUE_DIALOG (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const QuadrantCatalogueEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

      n += entry != NULL && quadrant_catalogue_entry_matches (entry, self->search);
    }

  return n;
}

void
quadrant_catalogue_dialog_set_checked (QuadrantCatalogueDialog *self,
                                       const char              *id,
                                       gboolean                 checked)
{
  GtkCheckButton *check;

  g_return_if_fail (QUADRANT_IS_CATALOGUE_DIALOG (self));

  check = g_hash_table_lookup (self->checks, id);
  g_return_if_fail (check != NULL);
  gtk_check_button_set_active (check, checked);
}

void
quadrant_catalogue_dialog_set_organisation (QuadrantCatalogueDialog *self,
                                            const char              *organisation)
{
  g_return_if_fail (QUADRANT_IS_CATALOGUE_DIALOG (self));
  g_return_if_fail (self->organisation_row != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), organisation);
}

void
quadrant_catalogue_dialog_set_scope (QuadrantCatalogueDialog *self,
                                     const char              *scope)
{
  g_return_if_fail (QUADRANT_IS_CATALOGUE_DIALOG (self));
  g_return_if_fail (self->scope_row != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->scope_row), scope);
}

void
quadrant_catalogue_dialog_accept (QuadrantCatalogueDialog *self)
{
  g_autoptr(GPtrArray) ids = NULL;

  g_return_if_fail (QUADRANT_IS_CATALOGUE_DIALOG (self));

  ids = checked_ids (self);
  if (self->document != NULL)
    {
      if (ids->len <= 1)
        return;
      quadrant_catalogue_add_to_register (self->catalogue, self->document,
                                          (const char * const *) ids->pdata);
    }
  else
    {
      g_autofree char *organisation = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_row))));
      g_autofree char *scope = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->scope_row))));
      g_autoptr(QuadrantRegister) reg = quadrant_register_new ();

      quadrant_register_set_language (reg, quadrant_language_current ());
      /* An undoable step, so the new register counts as unsaved work. */
      quadrant_catalogue_apply_template (self->catalogue, reg, organisation, scope,
                                         (const char * const *) ids->pdata);

      g_signal_emit (self, signals[REGISTER_CREATED], 0, reg);
    }

  gtk_window_close (GTK_WINDOW (self));
}

static QuadrantCatalogue *
load_catalogue_or_complain (GtkWindow *parent)
{
  g_autoptr(GError) error = NULL;
  QuadrantCatalogue *catalogue = quadrant_catalogue_load_default (&error);

  if (catalogue == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("The Catalogue Could Not Be Loaded"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }

  return catalogue;
}

void
quadrant_catalogue_dialog_add_activated (GtkWidget  *window,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  g_autoptr(QuadrantCatalogue) catalogue = NULL;
  QuadrantCatalogueDialog *dialog;

  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  catalogue = load_catalogue_or_complain (GTK_WINDOW (window));
  if (catalogue == NULL)
    return;

  dialog = quadrant_catalogue_dialog_new_for_register (GTK_WINDOW (window), catalogue,
                                                       quadrant_window_get_register (QUADRANT_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
register_created_cb (QuadrantCatalogueDialog *dialog,
                     QuadrantRegister        *reg,
                     QuadrantApplication     *app)
{
  g_autoptr(QuadrantDocument) document = quadrant_document_new (reg, NULL, NULL);

  quadrant_session_show_document (quadrant_session_get_default (), document, NULL);
}

void
quadrant_catalogue_dialog_template_activated (GSimpleAction *action,
                                              GVariant      *parameter,
                                              gpointer       user_data)
{
  QuadrantApplication *app = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(QuadrantCatalogue) catalogue = load_catalogue_or_complain (parent);
  QuadrantCatalogueDialog *dialog;

  if (catalogue == NULL)
    return;

  dialog = quadrant_catalogue_dialog_new_for_template (parent, catalogue);
  g_signal_connect_object (dialog, "register-created", G_CALLBACK (register_created_cb), app, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
