/* quadrant-welcome-page.c: what a window shows before it has a register */
#define G_LOG_DOMAIN "quadrant-welcome-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-welcome-page.h"

#define REGISTER_MIME_TYPE "application/x-quadrant-register"
/* A short list: more are in Open Recent. */
#define N_RECENT_SHOWN 5

struct _QuadrantWelcomePage
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwStatusPage       *status_page;
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;

  /* State */
  guint n_recent;
};

G_DEFINE_FINAL_TYPE (QuadrantWelcomePage, quadrant_welcome_page, GTK_TYPE_WIDGET)

/* ---- Helpers ---- */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *ib = *(GtkRecentInfo * const *) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib),
                              gtk_recent_info_get_modified (ia));
}

static gboolean
is_register (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  if (g_strcmp0 (gtk_recent_info_get_mime_type (info), REGISTER_MIME_TYPE) != 0
      && !g_str_has_suffix (uri, ".quadrant.xml"))
    return FALSE;
  return !gtk_recent_info_is_local (info) || gtk_recent_info_exists (info);
}

/* Where the file is, as people read it: "~/Documents" rather than a URI. */
static char *
display_folder (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;
  const char *home = g_get_home_dir ();

  if (parent == NULL || !g_file_is_native (parent))
    return parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");
  path = g_file_get_path (parent);
  if (g_str_has_prefix (path, home) && (path[strlen (home)] == '/' || path[strlen (home)] == '\0'))
    return g_strconcat ("~", path + strlen (home), NULL);
  return g_filename_display_name (path);
}

static void
rebuild_recent (QuadrantWelcomePage *self)
{
  g_autoptr(GPtrArray) registers = quadrant_recent_registers (N_RECENT_SHOWN);
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, row);

  for (guint i = 0; i < registers->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (registers, i);
      g_autofree char *folder = display_folder (info);
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_append (self->recent_list, row);
    }
  self->n_recent = registers->len;
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), registers->len > 0);
}

/* ---- GObject / GtkWidget ---- */

static void
quadrant_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), QUADRANT_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (quadrant_welcome_page_parent_class)->dispose (object);
}

static void
quadrant_welcome_page_class_init (QuadrantWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quadrant/Quadrant/quadrant-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWelcomePage, recent_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
quadrant_welcome_page_init (QuadrantWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent), self, G_CONNECT_SWAPPED);
  rebuild_recent (self);
}

/* ---- Public API ---- */

GtkWidget *
quadrant_welcome_page_new (void)
{
  return g_object_new (QUADRANT_TYPE_WELCOME_PAGE, NULL);
}

guint
quadrant_welcome_page_get_n_recent (QuadrantWelcomePage *self)
{
  g_return_val_if_fail (QUADRANT_IS_WELCOME_PAGE (self), 0);

  return self->n_recent;
}

GPtrArray *
quadrant_recent_registers (guint max)
{
  GPtrArray *registers = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  for (GList *l = items; l != NULL; l = l->next)
    if (is_register (l->data))
      g_ptr_array_add (registers, gtk_recent_info_ref (l->data));
  g_ptr_array_sort (registers, compare_newest_first);
  if (registers->len > max)
    g_ptr_array_set_size (registers, max);

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return registers;
}
