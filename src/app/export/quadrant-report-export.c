/* quadrant-report-export.c: "Export HTML Report…" in a document window
 *
 * The report is made on the main thread (a transformation of a few hundred
 * kilobytes at most) and written in a worker the way a register is saved
 * (quadrant-export-file.h), so a slow network folder does not freeze the
 * window, an existing report is never left half-written, and a link to the
 * register never turns it into a report.
 */
#define G_LOG_DOMAIN "quadrant-report-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-export-file.h"
#include "quadrant-file-chooser.h"
#include "quadrant-report.h"
#include "quadrant-report-export.h"
#include "quadrant-window.h"
#include "quadrant-safe-file.h"
#include "quadrant-language.h"

char *
quadrant_report_export_dup_name (GFile      *file,
                                 const char *organisation)
{
  g_autofree char *base = NULL;

  if (file != NULL)
    {
      base = g_file_get_basename (file);
      if (g_str_has_suffix (base, ".quadrant.xml"))
        base[strlen (base) - strlen (".quadrant.xml")] = '\0';
      else if (g_str_has_suffix (base, ".xml"))
        base[strlen (base) - strlen (".xml")] = '\0';
    }
  else if (organisation != NULL && organisation[0] != '\0')
    {
      base = g_strdup (organisation);
      /* Characters that some file systems or shells refuse. */
      g_strdelimit (base, "/\\:*?\"<>|", '-');
    }

  if (base == NULL || base[0] == '\0')
    {
      g_free (base);
      /* Translators: suggested file name of an exported report without a register name */
      base = g_strdup (_("interested-parties"));
    }

  /* Translators: suggested file name of an exported report; %s is the register's name */
  return g_strdup_printf (_("%s-report.html"), base);
}

static void
show_error (GtkWindow  *parent,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The Report Could Not Be Exported"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     QuadrantWindow  *window)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    return;

  /* In the register's language; the window's messages stay the user's. */
  {
    QuadrantRegister *reg = quadrant_window_get_register (window);
    g_autoptr(QuadrantLanguageSwitch) language = quadrant_language_push (quadrant_register_get_language (reg));

    html = quadrant_report_to_html (reg, NULL, &error);
  }
  if (html == NULL)
    {
      show_error (GTK_WINDOW (window), error->message);
      return;
    }

  quadrant_export_file_write (window, file, html, _("The Report Could Not Be Exported"), NULL, NULL);
}

void
quadrant_report_export_activated (GtkWidget  *window,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GFile *file;
  g_autofree char *name = NULL;

  g_return_if_fail (QUADRANT_IS_WINDOW (window));

  gtk_file_filter_set_name (filter, _("Web pages"));
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_pattern (filter, "*.html");
  file = quadrant_window_get_file (QUADRANT_WINDOW (window));
  name = quadrant_report_export_dup_name (file, quadrant_register_get_organisation (
                                                  quadrant_window_get_register (QUADRANT_WINDOW (window))));
  chooser = quadrant_file_chooser_new_export (GTK_WINDOW (window), _("Export HTML Report"), file, name, filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
