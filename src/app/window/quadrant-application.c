/* quadrant-application.c: the application: windows, command line, app actions */
#define G_LOG_DOMAIN "quadrant-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "quadrant-accessible-names.h"
#include "quadrant-application.h"
#include "quadrant-catalogue-dialog.h"
#include "quadrant-preferences-window.h"
#include "quadrant-cli.h"
#include "quadrant-drafts.h"
#include "quadrant-session.h"
#include "quadrant-window.h"

#define MAX_LISTED_DRAFTS  8

struct _QuadrantApplication
{
  AdwApplication parent_instance;

  /* Files named on the command line, opened once the application is up. */
  GPtrArray *pending_files;

  guint      recovery_offered : 1;
  guint      quitting : 1;
};

G_DEFINE_FINAL_TYPE (QuadrantApplication, quadrant_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 'c', 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the completeness of register files and print the findings"), NULL },
  { "export", 'e', 0, G_OPTION_ARG_STRING, NULL,
    N_("Export a register without opening a window (csv, parties-csv, xlsx, html, pdf-report; the map as png, svg, pdf)"), N_("FORMAT") },
  { "labels", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export csv or parties-csv, readable translated headers and values instead of the file's words"), NULL },
  { "import", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Make a new register from a file without opening a window (csv, xlsx, ods)"), N_("FORMAT") },
  { "mapping", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Columns for --import, e.g. name=Party,power=Influence,Ref=ignore; replaces the guess for the columns named"), N_("FIELD=COLUMN,…") },
  { "sheet", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import, the sheet to read (default: the first whose header names the parties)"), N_("NAME") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import, print the mapping and the warnings and write nothing"), NULL },
  { "unmapped-to-notes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import, put the columns mapped to nothing into the party's notes"), NULL },
  { "medium", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import, whether Medium counts as high or low (default high)"), N_("high|low") },
  { "other-axis", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import, the other axis of a party rated on one only (default none: unassessed, rating in the notes)"), N_("none|high|low|0-100") },
  { "split", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import, several requirements in one cell: by lines (default), semicolons, both or none"), N_("HOW") },
  { "keep-good-rows", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import, write the rows without errors even when others have errors"), NULL },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of an exported map: pixels for png and svg (default 1600x1000), points for pdf (default A4)"), N_("WIDTHxHEIGHT") },
  { "since", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --export html or pdf-report, add the changes since this earlier register"), N_("OLD") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export html or pdf-report, the language of the report (default: the register's)"), N_("LANGUAGE") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --export and --import write"), N_("FILE") },
  { "merge", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Merge two registers by party, requirement and field into OURS (git's merge driver: %O %A %B)"), N_("BASE OURS THEIRS") },
  { "diff", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show what changed between two registers (also git's diff driver)"), N_("OLD NEW") },
  { "git-setup", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Set up the merge and diff drivers in the git repository here"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_and_clear (FILE    *stream,
                 GString *text)
{
  quadrant_cli_print (stream, text->str);
  g_string_truncate (text, 0);
}

static int
quadrant_application_handle_local_options (GApplication *app,
                                           GVariantDict *options)
{
  QuadrantApplication *self = QUADRANT_APPLICATION (app);
  g_autofree const char **files = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *size = NULL;
  g_autofree char *since = NULL;
  g_autofree char *lang = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("quadrant %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "export", "s", &format);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, "size", "s", &size);
  g_variant_dict_lookup (options, "since", "^ay", &since);
  g_variant_dict_lookup (options, "lang", "s", &lang);

  if (g_variant_dict_contains (options, "check"))
    {
      if (files == NULL || files[0] == NULL)
        {
          g_printerr (_("quadrant: --check needs at least one register file\n"));
          return 2;
        }
      status = quadrant_cli_check (files, out, err);
      print_and_clear (stdout, out);
      print_and_clear (stderr, err);
      return status;
    }

  if (format != NULL)
    {
      if (files == NULL || files[0] == NULL || files[1] != NULL)
        {
          g_printerr (_("quadrant: --export needs exactly one register file\n"));
          return 2;
        }
      status = quadrant_cli_export_full (format, output, files[0], size, since,
                                         g_variant_dict_contains (options, "labels"), lang, err);
      print_and_clear (stderr, err);
      return status;
    }

  if (g_variant_dict_contains (options, "import"))
    return quadrant_cli_run_import (options, files);

  /* git's merge and diff drivers, and setting them up */
  status = quadrant_cli_run_git (options, files, out, err);
  if (status >= 0)
    {
      print_and_clear (stdout, out);
      print_and_clear (stderr, err);
      return status;
    }

  if (g_variant_dict_contains (options, "mapping") || g_variant_dict_contains (options, "keep-good-rows") ||
      g_variant_dict_contains (options, "sheet") || g_variant_dict_contains (options, "dry-run") ||
      g_variant_dict_contains (options, "unmapped-to-notes") || g_variant_dict_contains (options, "medium") ||
      g_variant_dict_contains (options, "other-axis") || g_variant_dict_contains (options, "split"))
    {
      g_printerr (_("quadrant: --mapping, --keep-good-rows and the other import options are only used with --import\n"));
      return 2;
    }

  if (since != NULL)
    {
      g_printerr (_("quadrant: --since is only used with --export html or pdf-report\n"));
      return 2;
    }

  if (lang != NULL)
    {
      g_printerr (_("quadrant: --lang is only used with --export html or pdf-report\n"));
      return 2;
    }

  if (output != NULL)
    {
      g_printerr (_("quadrant: --output is only used with --export or --import\n"));
      return 2;
    }

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr (_("quadrant: %s\n"), error->message);
          return 1;
        }

      /* Another instance owns the windows: hand the files over and leave. */
      if (g_application_get_is_remote (app))
        {
          g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");
          return 0;
        }

      self->pending_files = g_steal_pointer (&gfiles);
    }

  return G_APPLICATION_CLASS (quadrant_application_parent_class)->handle_local_options (app, options);
}

/* ---- Recovery ---- */

static GPtrArray *
orphan_drafts (QuadrantApplication *self)
{
  g_autofree char *dir = quadrant_drafts_get_default_dir ();
  g_autoptr(GPtrArray) drafts = quadrant_drafts_list (dir, TRUE);
  g_autoptr(GList) windows = quadrant_session_list_windows (quadrant_session_get_default ());

  /* Drafts of our own open windows are not lost. */
  for (GList *l = windows; l != NULL; l = l->next)
    {
      const char *id = quadrant_window_get_draft_id (l->data);

      for (guint i = 0; id != NULL && i < drafts->len; i++)
        {
          QuadrantDraft *draft = g_ptr_array_index (drafts, i);

          if (g_str_equal (draft->id, id))
            {
              g_ptr_array_remove_index (drafts, i);
              break;
            }
        }
    }

  return g_steal_pointer (&drafts);
}

static char *
draft_title (const QuadrantDraft *draft)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (draft->modified);
  g_autofree char *name = NULL;
  g_autofree char *time = NULL;

  if (draft->original != NULL)
    name = g_file_get_basename (draft->original);
  else
    name = g_strdup (_("Unsaved register"));

  if (when == NULL)
    return g_steal_pointer (&name);

  /* Translators: a date and time in strftime format, for "last changed" */
  time = g_date_time_format (when, _("%Y-%m-%d %H:%M"));
  /* Translators: "northwind.quadrant.xml, changed 2026-05-01 14:02" */
  return g_strdup_printf (_("%s, changed %s"), name, time);
}

static void
recovered_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Errors were shown in a window; Cancel left the draft for later. */
  if (!quadrant_session_open_finish (QUADRANT_SESSION (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Draft not recovered: %s", error->message);
}

/* Through the session, which asks about someone else's lock as opening does. */
static void
recover_drafts (QuadrantApplication *self,
                GPtrArray           *drafts,
                GtkWindow           *parent)
{
  QuadrantWindow *from = QUADRANT_IS_WINDOW (parent) ? QUADRANT_WINDOW (parent) : NULL;

  if (from != NULL && gtk_window_get_application (parent) == NULL)
    from = NULL;
  for (guint i = 0; i < drafts->len; i++)
    quadrant_session_recover_async (quadrant_session_get_default (), g_ptr_array_index (drafts, i), from,
                                    NULL, recovered_cb, NULL);
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      QuadrantApplication *self)
{
  GPtrArray *drafts = g_object_get_data (G_OBJECT (dialog), "drafts");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_str_equal (response, "recover"))
    recover_drafts (self, drafts, parent);
  else if (g_str_equal (response, "discard"))
    {
      g_autofree char *dir = quadrant_drafts_get_default_dir ();

      for (guint i = 0; i < drafts->len; i++)
        {
          QuadrantDraft *draft = g_ptr_array_index (drafts, i);
          g_autoptr(GError) error = NULL;

          if (!quadrant_drafts_remove (dir, draft->id, &error))
            g_warning ("Could not discard draft %s: %s", draft->id, error->message);
        }
    }
}

gboolean
quadrant_application_offer_recovery (QuadrantApplication *self,
                                     GtkWindow           *parent)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GString) body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (QUADRANT_IS_APPLICATION (self), FALSE);

  drafts = orphan_drafts (self);
  if (drafts->len == 0)
    return FALSE;

  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "Quadrant was not closed properly last time. "
                                    "Unsaved changes to this register were kept:",
                                    "Quadrant was not closed properly last time. "
                                    "Unsaved changes to these registers were kept:",
                                    drafts->len));
  g_string_append_c (body, '\n');
  for (guint i = 0; i < drafts->len && i < MAX_LISTED_DRAFTS; i++)
    {
      g_autofree char *title = draft_title (g_ptr_array_index (drafts, i));

      g_string_append_printf (body, "\n• %s", title);
    }
  if (drafts->len > MAX_LISTED_DRAFTS)
    {
      guint more = drafts->len - MAX_LISTED_DRAFTS;

      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }

  dialog = adw_message_dialog_new (parent, _("Recover Unsaved Changes?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "later", _("_Not Now"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "drafts", g_steal_pointer (&drafts),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
offer_recovery_once_mapped (GtkWindow *window,
                            gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, offer_recovery_once_mapped, user_data);
  quadrant_application_offer_recovery (QUADRANT_APPLICATION (gtk_window_get_application (window)), window);
}

static void
offer_recovery_over_first_window (GtkApplication *app,
                                  GtkWindow      *window,
                                  gpointer        user_data)
{
  g_signal_handlers_disconnect_by_func (app, offer_recovery_over_first_window, user_data);
  g_signal_connect_after (window, "map", G_CALLBACK (offer_recovery_once_mapped), NULL);
}

/* At the first start of this process, over a window: files open
 * asynchronously, so their window may not be up yet, and a dialog without a
 * parent can open behind it where nobody sees it. */
static void
maybe_offer_recovery (QuadrantApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  if (window != NULL)
    quadrant_application_offer_recovery (self, window);
  else
    g_signal_connect (self, "window-added", G_CALLBACK (offer_recovery_over_first_window), NULL);
}

/* ---- GApplication ---- */

static void
quadrant_application_open (GApplication  *app,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  QuadrantApplication *self = QUADRANT_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    quadrant_session_open_async (quadrant_session_get_default (), files[i], NULL, NULL, NULL, NULL);

  maybe_offer_recovery (self);
}

static void
quadrant_application_activate (GApplication *app)
{
  QuadrantApplication *self = QUADRANT_APPLICATION (app);
  GtkWindow *window;

  if (self->pending_files != NULL)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&self->pending_files);

      g_application_open (app, (GFile **) files->pdata, files->len, "");
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      /* Started without a file: choose what to start with. */
      window = GTK_WINDOW (quadrant_window_new (self));
      quadrant_window_show_welcome (QUADRANT_WINDOW (window));
    }
  gtk_window_present (window);

  maybe_offer_recovery (self);
}

/* ---- Actions ---- */

static void quit_next (gpointer user_data);

static void
quit_window_closed_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(QuadrantApplication) self = user_data;

  if (quadrant_window_close_finish (QUADRANT_WINDOW (object), result, NULL))
    g_idle_add_once (quit_next, g_steal_pointer (&self));
  else
    self->quitting = FALSE; /* the user cancelled: keep running */
}

/* Closes the windows one after the other, so each unsaved document gets its
 * own Save / Discard / Cancel question and Cancel stops quitting. */
static void
quit_next (gpointer user_data)
{
  QuadrantApplication *self = user_data;
  g_autoptr(GList) windows = quadrant_session_list_windows (quadrant_session_get_default ());

  if (windows == NULL)
    {
      self->quitting = FALSE;
      g_application_quit (G_APPLICATION (self));
      g_object_unref (self);
      return;
    }

  quadrant_window_close_async (windows->data, NULL, quit_window_closed_cb, self);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  QuadrantApplication *self = user_data;

  if (self->quitting)
    return;
  self->quitting = TRUE;
  quit_next (g_object_ref (self));
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (quadrant_window_new (user_data)));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Quadrant developers", NULL };
  GtkWidget *about;

  /* A dialog of the window, announced as one. */
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                        "application-name", _("Quadrant"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Quadrant developers"),
                        "developers", developers,
                        "comments", _("Keep the interested-parties register of your ISMS "
                                      "(ISO/IEC 27001:2022, clause 4.2) and see it as a "
                                      "stakeholder map of power and interest."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "new", new_activated },
  { "new-from-template", quadrant_catalogue_dialog_template_activated },
  { "about", about_activated },
  { "preferences", quadrant_preferences_window_activated },
};

static void
quadrant_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (quadrant_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_window_set_default_icon_name (APPLICATION_ID);
  quadrant_accessible_names_install ();
}

static void
quadrant_application_finalize (GObject *object)
{
  QuadrantApplication *self = QUADRANT_APPLICATION (object);

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);

  G_OBJECT_CLASS (quadrant_application_parent_class)->finalize (object);
}

static void
quadrant_application_class_init (QuadrantApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = quadrant_application_finalize;
  app_class->handle_local_options = quadrant_application_handle_local_options;
  app_class->startup = quadrant_application_startup;
  app_class->activate = quadrant_application_activate;
  app_class->open = quadrant_application_open;
}

static void
quadrant_application_init (QuadrantApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

QuadrantApplication *
quadrant_application_new (void)
{
  return g_object_new (QUADRANT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/quadrant/Quadrant",
                       NULL);
}
