/* quadrant-window.c: one document window */
#define G_LOG_DOMAIN "quadrant-window"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-reader.h"
#include "quadrant-window.h"

struct _QuadrantWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkListView    *party_list;

  /* Owned references */
  QuadrantRegister *document;
  GFile            *file;
};

G_DEFINE_FINAL_TYPE (QuadrantWindow, quadrant_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_title (QuadrantWindow *self)
{
  g_autofree char *name = NULL;

  if (self->file != NULL)
    name = g_file_get_basename (self->file);
  else
    name = g_strdup (_("Unsaved register"));

  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title,
                                 quadrant_register_get_organisation (self->document));
}

static void
set_document (QuadrantWindow   *self,
              QuadrantRegister *document,
              GFile            *file)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_set_object (&self->document, document);
  g_set_object (&self->file, file);

  selection = gtk_no_selection_new (g_object_ref (quadrant_register_get_parties (document)));
  gtk_list_view_set_model (self->party_list, GTK_SELECTION_MODEL (selection));
  update_title (self);
}

static void
party_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
party_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  QuadrantParty *party = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      quadrant_party_get_name (party));
}

static void
quadrant_window_dispose (GObject *object)
{
  QuadrantWindow *self = QUADRANT_WINDOW (object);

  g_clear_object (&self->document);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (quadrant_window_parent_class)->dispose (object);
}

static void
quadrant_window_class_init (QuadrantWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quadrant/Quadrant/quadrant-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, QuadrantWindow, party_list);
  gtk_widget_class_bind_template_callback (widget_class, party_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, party_bind_cb);
}

static void
quadrant_window_init (QuadrantWindow *self)
{
  g_autoptr(QuadrantRegister) empty = quadrant_register_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  set_document (self, empty, NULL);
}

QuadrantWindow *
quadrant_window_new (QuadrantApplication *application)
{
  return g_object_new (QUADRANT_TYPE_WINDOW, "application", application, NULL);
}

gboolean
quadrant_window_load_file (QuadrantWindow *self,
                           GFile          *file)
{
  g_autoptr(QuadrantRegister) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = quadrant_reader_load_file (file, NULL, &error);
  if (document == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Could Not Open Register"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  set_document (self, document, file);
  return TRUE;
}

QuadrantRegister *
quadrant_window_get_register (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return self->document;
}

GFile *
quadrant_window_get_file (QuadrantWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_WINDOW (self), NULL);
  return self->file;
}
