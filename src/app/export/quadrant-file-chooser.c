/* quadrant-file-chooser.c: the file choosers of a document window */
#define G_LOG_DOMAIN "quadrant-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-file-chooser.h"

static GtkFileChooserNative *
chooser_new (GtkWindow            *parent,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept_label,
             GFile                *beside,
             GtkFileFilter        *filter)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (beside != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (beside);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  return chooser;
}

GtkFileChooserNative *
quadrant_file_chooser_new_export (GtkWindow     *parent,
                                  const char    *title,
                                  GFile         *beside,
                                  const char    *name,
                                  GtkFileFilter *filter)
{
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (GTK_IS_FILE_FILTER (filter), NULL);

  chooser = chooser_new (parent, title, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), beside, filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  return chooser;
}

GtkFileChooserNative *
quadrant_file_chooser_new_open (GtkWindow     *parent,
                                const char    *title,
                                const char    *accept_label,
                                GFile         *beside,
                                GtkFileFilter *filter)
{
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (GTK_IS_FILE_FILTER (filter), NULL);

  chooser = chooser_new (parent, title, GTK_FILE_CHOOSER_ACTION_OPEN, accept_label, beside, filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  return chooser;
}
