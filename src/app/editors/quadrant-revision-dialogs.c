/* quadrant-revision-dialogs.c: recording a revision and correcting one
 *
 * A message dialog's response() does not close it, so Enter used to record
 * and leave the dialog open for a second, identical revision. Here each
 * dialog acts once and then closes itself. */
#define G_LOG_DOMAIN "quadrant-revision-dialogs"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-date-popover.h"
#include "quadrant-language.h"
#include "quadrant-revision-dialogs.h"
#include "quadrant-settings.h"

/* ---- Helpers ---- */

/* "2.0" -> "2.1"; anything else is left for the user to fill in. */
static char *
suggest_next_version (const char *version)
{
  const char *dot;
  guint64 minor;
  char *end = NULL;

  if (version == NULL || (dot = strrchr (version, '.')) == NULL || dot[1] == '\0')
    return g_strdup (version != NULL ? version : "");

  minor = g_ascii_strtoull (dot + 1, &end, 10);
  if (end == NULL || *end != '\0' || minor >= G_MAXUINT)
    return g_strdup (version);
  return g_strdup_printf ("%.*s.%" G_GUINT64_FORMAT, (int) (dot - version), version, minor + 1);
}

/* Who records: the name from Preferences, else the account's full name when
 * it is one (not just the login name again), else nobody yet. */
static char *
guess_author (void)
{
  char *name = quadrant_settings_dup_user_name ();
  const char *real = g_get_real_name ();

  if (name != NULL)
    return name;
  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0 &&
      g_strcmp0 (real, g_get_user_name ()) != 0)
    return g_strdup (real);
  return NULL;
}

static GtkWidget *
entry_row_new (GtkListBox *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (list, row);
  return row;
}

static GtkWidget *
boxed_list_new (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static char *
row_text (AdwMessageDialog *dialog,
          const char       *name)
{
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), name);

  return g_strstrip (g_strdup (gtk_editable_get_text (row)));
}

/* The date row's date as ISO ("" when empty), or NULL when it is none. */
static char *
row_date (AdwMessageDialog *dialog)
{
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), "date-row");

  return quadrant_language_parse_date (gtk_editable_get_text (row));
}

/* Enter in any row answers like the default button, which closes. */
static void
activate_cb (AdwMessageDialog *dialog)
{
  const char *response = adw_message_dialog_get_default_response (dialog);

  if (response == NULL || !adw_message_dialog_get_response_enabled (dialog, response))
    return;
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
}

/* ---- Record ---- */

static void
record_validate_cb (AdwMessageDialog *dialog)
{
  g_autofree char *version = row_text (dialog, "version-row");
  g_autofree char *date = row_date (dialog);
  GtkWidget *date_row = g_object_get_data (G_OBJECT (dialog), "date-row");
  g_autofree char *reason = date == NULL ? quadrant_date_popover_dup_error () : NULL;

  if (reason != NULL)
    gtk_widget_add_css_class (date_row, "error");
  else
    gtk_widget_remove_css_class (date_row, "error");
  gtk_widget_set_tooltip_text (date_row, reason);
  adw_message_dialog_set_response_enabled (dialog, "record", *version != '\0' && reason == NULL);
}

static void
record_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    QuadrantRegister *reg)
{
  g_autofree char *version = row_text (dialog, "version-row");
  g_autofree char *date = row_date (dialog);
  g_autofree char *author = row_text (dialog, "author-row");
  g_autofree char *summary = row_text (dialog, "summary-row");

  (void) response;

  /* Once per dialog, however the answer came. */
  if (g_object_get_data (G_OBJECT (dialog), "recorded") != NULL)
    return;
  if (*version == '\0' || date == NULL)
    return;
  g_object_set_data (G_OBJECT (dialog), "recorded", GINT_TO_POINTER (TRUE));

  /* The register is now at the recorded version: one step to undo both. */
  quadrant_register_begin_group (reg, _("Record Revision"));
  quadrant_register_set_text (reg, reg, QUADRANT_FIELD_REGISTER_VERSION, version);
  quadrant_register_record_revision (reg, version, *date != '\0' ? date : NULL, author, summary);
  quadrant_register_end_group (reg);

  /* Asked once: the name typed here is remembered for the next time. */
  quadrant_settings_offer_user_name (author);
}

GtkWidget *
quadrant_revision_dialog_record (GtkWindow        *parent,
                                 QuadrantRegister *reg)
{
  AdwMessageDialog *dialog;
  GtkWidget *list = boxed_list_new ();
  GtkWidget *row, *focus;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso_today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = quadrant_language_format_date (iso_today);
  g_autofree char *version = NULL;
  g_autofree char *author = guess_author ();

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  version = suggest_next_version (quadrant_register_get_version (reg));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Record Revision"),
                                                       _("Records the version, who changed the register and why, "
                                                         "with every party's position and support as they are now.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "record");
  adw_message_dialog_set_close_response (dialog, "cancel");

  row = entry_row_new (GTK_LIST_BOX (list), _("Version"), version);
  g_object_set_data (G_OBJECT (dialog), "version-row", row);
  row = entry_row_new (GTK_LIST_BOX (list), _("Date"), today);
  g_object_set_data (G_OBJECT (dialog), "date-row", row);
  row = focus = entry_row_new (GTK_LIST_BOX (list), _("Author"), author);
  g_object_set_data (G_OBJECT (dialog), "author-row", row);
  row = entry_row_new (GTK_LIST_BOX (list), _("Summary"), NULL);
  g_object_set_data (G_OBJECT (dialog), "summary-row", row);
  adw_message_dialog_set_extra_child (dialog, list);
  /* The summary is what is left to type, unless we do not know who you are. */
  if (author != NULL)
    focus = row;

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_signal_connect_object (child, "changed", G_CALLBACK (record_validate_cb),
                               dialog, G_CONNECT_SWAPPED);
      g_signal_connect_object (child, "entry-activated", G_CALLBACK (activate_cb),
                               dialog, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (dialog, "response::record", G_CALLBACK (record_response_cb), reg, 0);
  record_validate_cb (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (focus);
  return GTK_WIDGET (dialog);
}

/* ---- Correct ---- */

static void
correct_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     QuadrantRegister *reg)
{
  QuadrantRevision *revision = g_object_get_data (G_OBJECT (dialog), "revision");
  g_autofree char *summary = row_text (dialog, "summary-row");

  (void) response;

  if (g_object_get_data (G_OBJECT (dialog), "saved") != NULL)
    return;
  g_object_set_data (G_OBJECT (dialog), "saved", GINT_TO_POINTER (TRUE));
  quadrant_register_set_revision_summary (reg, revision, summary);
}

GtkWidget *
quadrant_revision_dialog_correct (GtkWindow        *parent,
                                  QuadrantRegister *reg,
                                  QuadrantRevision *revision)
{
  AdwMessageDialog *dialog;
  GtkWidget *list = boxed_list_new ();
  GtkWidget *row;
  g_autofree char *date = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (QUADRANT_IS_REVISION (revision), NULL);

  date = quadrant_language_format_date (quadrant_revision_get_date (revision));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Correct Summary"), NULL));
  /* Translators: the revision whose summary is corrected */
  adw_message_dialog_format_body (dialog, _("Version %s, recorded %s by %s"),
                                  quadrant_revision_get_version (revision), date,
                                  *quadrant_revision_get_author (revision) != '\0'
                                  ? quadrant_revision_get_author (revision) : _("an unknown author"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  row = entry_row_new (GTK_LIST_BOX (list), _("Summary"), quadrant_revision_get_summary (revision));
  g_object_set_data (G_OBJECT (dialog), "summary-row", row);
  g_object_set_data_full (G_OBJECT (dialog), "revision", g_object_ref (revision), g_object_unref);
  adw_message_dialog_set_extra_child (dialog, list);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (activate_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response::save", G_CALLBACK (correct_response_cb), reg, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (row);
  return GTK_WIDGET (dialog);
}
