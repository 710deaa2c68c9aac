/* quadrant-compare-dialog.c: Compare with File…, what changed since an earlier register */
#define G_LOG_DOMAIN "quadrant-compare-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-compare-dialog.h"
#include "quadrant-diff.h"
#include "quadrant-file-chooser.h"
#include "quadrant-reader.h"
#include "quadrant-window.h"

AdwMessageDialog *
quadrant_compare_dialog_new (GtkWindow        *parent,
                             QuadrantRegister *current,
                             QuadrantRegister *earlier,
                             const char       *label)
{
  g_autofree char *diff = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *dialog, *scrolled, *list;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (current), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (earlier), NULL);

  diff = quadrant_diff_registers (earlier, current);
  lines = g_strsplit (diff, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (kept, g_strdup (lines[i]));

  heading = g_strdup_printf (_("Changes Since %s"), label);
  body = kept->len == 0 ? g_strdup (_("The register has not changed."))
                        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", kept->len),
                                           kept->len);
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);

  if (kept->len > 0)
    {
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint i = 0; i < kept->len; i++)
        {
          GtkWidget *line = gtk_label_new (g_ptr_array_index (kept, i));

          gtk_label_set_xalign (GTK_LABEL (line), 0);
          gtk_label_set_wrap (GTK_LABEL (line), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (line), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_selectable (GTK_LABEL (line), TRUE);
          gtk_widget_set_margin_start (line, 12);
          gtk_widget_set_margin_end (line, 12);
          gtk_widget_set_margin_top (line, 8);
          gtk_widget_set_margin_bottom (line, 8);
          gtk_list_box_append (GTK_LIST_BOX (list), line);
        }
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
    }

  g_object_set_data_full (G_OBJECT (dialog), "quadrant-compare-lines", kept, (GDestroyNotify) g_ptr_array_unref);
  return ADW_MESSAGE_DIALOG (dialog);
}

GPtrArray *
quadrant_compare_dialog_get_lines (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "quadrant-compare-lines");
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     QuadrantWindow  *window)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(QuadrantRegister) earlier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  earlier = quadrant_reader_load_file (file, NULL, &error);
  if (earlier == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Compared"), name);

      show_error (GTK_WINDOW (window), heading, error->message);
      return;
    }

  if (quadrant_register_get_version (earlier)[0] != '\0')
    label = g_strdup_printf (_("Version %s"), quadrant_register_get_version (earlier));
  else
    label = g_strdup_printf ("“%s”", name);
  gtk_window_present (GTK_WINDOW (quadrant_compare_dialog_new (GTK_WINDOW (window),
                                                               quadrant_window_get_register (window),
                                                               earlier, label)));
}

void
quadrant_compare_dialog_activated (GtkWidget  *window,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) registers = gtk_file_filter_new ();

  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  /* the backup FILE~ is an earlier register too */
  gtk_file_filter_set_name (registers, _("Registers and backups"));
  gtk_file_filter_add_pattern (registers, "*.xml");
  gtk_file_filter_add_pattern (registers, "*.xml~");
  chooser = quadrant_file_chooser_new_open (GTK_WINDOW (window), _("Compare with an Earlier Register"),
                                            _("_Compare"), quadrant_window_get_file (QUADRANT_WINDOW (window)),
                                            registers);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
