/* quadrant-application.c: the application: windows, command line, app actions */
#define G_LOG_DOMAIN "quadrant-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "quadrant-application.h"
#include "quadrant-cli.h"
#include "quadrant-window.h"

struct _QuadrantApplication
{
  AdwApplication parent_instance;

  /* Files named on the command line, opened once the application is up. */
  GPtrArray *pending_files;
};

G_DEFINE_FINAL_TYPE (QuadrantApplication, quadrant_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 'c', 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the completeness of register files and print the findings"), NULL },
  { "export", 'e', 0, G_OPTION_ARG_STRING, NULL,
    N_("Export a register without opening a window (csv)"), N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --export writes"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_and_clear (FILE    *stream,
                 GString *text)
{
  fputs (text->str, stream);
  fflush (stream);
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
      status = quadrant_cli_export (format, output, files[0], err);
      print_and_clear (stderr, err);
      return status;
    }

  if (output != NULL)
    {
      g_printerr (_("quadrant: --output is only used with --export\n"));
      return 2;
    }

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("quadrant: %s\n", error->message);
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

static void
quadrant_application_open (GApplication  *app,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      QuadrantWindow *window = quadrant_window_new (QUADRANT_APPLICATION (app));

      quadrant_window_load_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
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
    window = GTK_WINDOW (quadrant_window_new (self));
  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
};

static void
quadrant_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (quadrant_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
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
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
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
