/* quadrant-test-ui.c: letting windows settle in UI tests, by frames, not time */
#include "config.h"

#include <adwaita.h>

#include "quadrant-resources.h"
#include "quadrant-test-ui.h"

typedef struct {
  GPtrArray *windows;   /* mapped toplevels, referenced */
  GArray    *ticks;     /* tick callback ids, one per window */
  guint      left;      /* windows that still owe frames */
  guint     *frames;    /* frames each window has drawn */
  guint      n_frames;
} Waiting;

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Waiting *waiting = data;

  for (guint i = 0; i < waiting->windows->len; i++)
    if (g_ptr_array_index (waiting->windows, i) == widget)
      {
        if (++waiting->frames[i] == waiting->n_frames)
          waiting->left--;
        break;
      }
  return G_SOURCE_CONTINUE;
}

static gboolean
all_drawn (gpointer data)
{
  return ((Waiting *) data)->left == 0;
}

void
quadrant_test_wait_frames (guint n_frames)
{
  g_autoptr(GListModel) toplevels = NULL;
  Waiting waiting = { NULL, NULL, 0, NULL, n_frames };

  quadrant_test_spin_pending ();

  waiting.windows = g_ptr_array_new_with_free_func (g_object_unref);
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_mapped (window))
        g_ptr_array_add (waiting.windows, g_object_ref (window));
    }

  /* A tick callback keeps each frame clock running, so frames come even when
   * nothing asked to be redrawn. */
  waiting.frames = g_new0 (guint, waiting.windows->len);
  waiting.ticks = g_array_new (FALSE, FALSE, sizeof (guint));
  waiting.left = n_frames > 0 ? waiting.windows->len : 0;
  for (guint i = 0; i < waiting.windows->len; i++)
    {
      guint id = gtk_widget_add_tick_callback (g_ptr_array_index (waiting.windows, i),
                                               tick_cb, &waiting, NULL);

      g_array_append_val (waiting.ticks, id);
    }

  quadrant_test_spin_until (all_drawn, &waiting);

  for (guint i = 0; i < waiting.windows->len; i++)
    gtk_widget_remove_tick_callback (g_ptr_array_index (waiting.windows, i),
                                     g_array_index (waiting.ticks, guint, i));
  quadrant_test_spin_pending ();

  g_array_unref (waiting.ticks);
  g_free (waiting.frames);
  g_ptr_array_unref (waiting.windows);
}

GtkWidget *
quadrant_test_find_widget (GtkWidget *root,
                           GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = quadrant_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
quadrant_test_ui_init (int    *argc,
                       char ***argv)
{
  /* No accessibility bus under Xvfb; GTK would warn about it, fatally. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_resources_register (quadrant_get_resource ());
}

QuadrantApplication *
quadrant_test_ui_init_app (int          *argc,
                           char       ***argv,
                           const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("quadrant-%s-XXXXXX", name);
  g_autofree char *tmp = g_dir_make_tmp (template, &error);
  QuadrantApplication *app;

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  quadrant_test_ui_init (argc, argv);

  app = g_object_new (QUADRANT_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}
