/* quadrant-pdf-export.c: "Export PDF Report…" running in a window
 *
 * Four stages: prepare (in a worker thread: read back the copy of the register
 * and create the temporary file), draw (steps of QuadrantPrintPdf from a
 * low-priority idle, so input and redraws always go first), commit (in a
 * worker thread: flush, sync, rename over the target) and finish (the bar
 * goes, a toast or an error dialog says how it went).
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>

#include "quadrant-language.h"
#include "quadrant-pdf-export.h"
#include "quadrant-print-pdf.h"
#include "quadrant-reader.h"
#include "quadrant-window.h"
#include "quadrant-writer.h"

#define RUNNING_KEY "quadrant-pdf-export"

typedef enum {
  STAGE_PREPARE,
  STAGE_DRAW,
  STAGE_COMMIT,
  STAGE_FINISHED,
} Stage;

struct _QuadrantPdfExport
{
  GObject            parent_instance;

  /* Owned references */
  GtkWindow         *window;      /* weak */
  QuadrantRegister  *live;        /* the window's register, used only if no copy can be made */
  QuadrantRegister  *reg;         /* what is exported */
  GFile             *file;
  GFile             *temp_file;
  GOutputStream     *stream;      /* buffered, over the temporary file */
  QuadrantPrintPdf  *pdf;
  GCancellable      *cancellable;

  /* The bar, owned by the window (weak: the window may go first) */
  GtkWidget         *bar;
  GtkProgressBar    *progress_bar;

  Stage              stage;
  guint              step_id;
  gulong             changed_id;  /* on live, when it is exported itself */
};

enum {
  PROP_0,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (QuadrantPdfExport, quadrant_pdf_export, G_TYPE_OBJECT)

static void prepare (QuadrantPdfExport *self);

/* ---- helpers ---- */

static char *
dup_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

/* The reason in words a user can act on; GIO's own message names the
 * temporary file, which the user never chose. */
static const char *
describe_error (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_NO_SPACE:
        return _("the disk is full");
      case G_IO_ERROR_PERMISSION_DENIED:
        return _("you may not write to that folder");
      case G_IO_ERROR_NOT_FOUND:
        return _("the folder does not exist");
      case G_IO_ERROR_READ_ONLY:
        return _("the folder is read-only");
      case G_IO_ERROR_IS_DIRECTORY:
        return _("a folder has that name");
      default:
        break;
      }

  return error->message;
}

static void
show_error (QuadrantPdfExport *self,
            const GError      *error)
{
  g_autofree char *name = g_file_get_parse_name (self->file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: the first %s is a file, the second why it could not be written */
  body = g_strdup_printf (_("“%s” could not be written: %s. Choose another folder or free some "
                            "space and try again."), name, describe_error (error));
  dialog = adw_message_dialog_new (self->window, _("Could Not Export the PDF Report"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_done_toast (QuadrantPdfExport *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->window == NULL || !QUADRANT_IS_WINDOW (self->window))
    return;

  name = dup_display_name (self->file);
  /* Translators: %s is the name of the PDF file */
  title = g_strdup_printf (_("Exported “%s”"), name);
  quadrant_window_add_toast (QUADRANT_WINDOW (self->window), adw_toast_new (title));
}

static void
set_progress_text (QuadrantPdfExport *self)
{
  g_autofree char *text = NULL;
  guint n_pages;

  if (self->progress_bar == NULL)
    return;

  switch (self->stage)
    {
    case STAGE_PREPARE:
      gtk_progress_bar_pulse (self->progress_bar);
      gtk_progress_bar_set_text (self->progress_bar, _("Preparing…"));
      return;
    case STAGE_DRAW:
      n_pages = quadrant_print_pdf_get_n_pages (self->pdf);
      if (n_pages == 0)
        text = g_strdup (_("Laying out pages…"));
      else
        /* Translators: progress of the PDF export */
        text = g_strdup_printf (_("Page %u of %u"),
                                MIN (quadrant_print_pdf_get_n_drawn (self->pdf) + 1, n_pages),
                                n_pages);
      break;
    case STAGE_COMMIT:
    case STAGE_FINISHED:
    default:
      text = g_strdup (_("Saving…"));
      break;
    }

  gtk_progress_bar_set_fraction (self->progress_bar, quadrant_pdf_export_get_progress (self));
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
bar_response_cb (QuadrantPdfExport *self,
                 int                response)
{
  if (response == GTK_RESPONSE_CANCEL)
    quadrant_pdf_export_cancel (self);
}

/* Under the header bar, where the window shows its other bars (the file
 * changed on disk). */
static void
add_bar (QuadrantPdfExport *self)
{
  g_autofree char *name = dup_display_name (self->file);
  g_autofree char *text = NULL;
  GtkWidget *vbox, *label;

  if (!QUADRANT_IS_WINDOW (self->window))
    return;

  self->bar = gtk_info_bar_new ();
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->bar), GTK_MESSAGE_INFO);
  gtk_widget_add_css_class (self->bar, "pdf-export-bar");

  vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (vbox, TRUE);
  gtk_widget_set_valign (vbox, GTK_ALIGN_CENTER);
  /* Translators: %s is the name of the PDF file being written */
  text = g_strdup_printf (_("Exporting the PDF report to “%s”…"), name);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_box_append (GTK_BOX (vbox), label);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->progress_bar, TRUE);
  gtk_box_append (GTK_BOX (vbox), GTK_WIDGET (self->progress_bar));
  gtk_info_bar_add_child (GTK_INFO_BAR (self->bar), vbox);
  gtk_info_bar_add_button (GTK_INFO_BAR (self->bar), _("_Cancel"), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (self->bar, "response", G_CALLBACK (bar_response_cb), self,
                           G_CONNECT_SWAPPED);

  quadrant_window_add_bar (QUADRANT_WINDOW (self->window), self->bar);
  g_object_add_weak_pointer (G_OBJECT (self->bar), (gpointer *) &self->bar);
  g_object_add_weak_pointer (G_OBJECT (self->progress_bar), (gpointer *) &self->progress_bar);
  set_progress_text (self);
}

static void
remove_bar (QuadrantPdfExport *self)
{
  GtkWidget *parent;

  if (self->bar == NULL)
    return;

  parent = gtk_widget_get_parent (self->bar);
  g_clear_weak_pointer (&self->progress_bar);
  if (GTK_IS_BOX (parent))
    gtk_box_remove (GTK_BOX (parent), self->bar);
  g_clear_weak_pointer (&self->bar);
}

/* Stops whatever runs and deletes the temporary file. */
static void
stop (QuadrantPdfExport *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->step_id, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->live);
  /* Finalizing the PDF writes nothing more to the stream. */
  g_clear_object (&self->pdf);
  if (self->stream != NULL && self->stage != STAGE_COMMIT)
    {
      g_output_stream_close (self->stream, NULL, NULL);
      g_clear_object (&self->stream);
    }
  if (self->temp_file != NULL && self->stage != STAGE_COMMIT)
    {
      g_file_delete (self->temp_file, NULL, NULL);
      g_clear_object (&self->temp_file);
    }
}

/* The end: the window no longer runs this export. */
static void
finish (QuadrantPdfExport *self,
        const GError      *error)
{
  g_autoptr(QuadrantPdfExport) hold = g_object_ref (self);

  if (self->stage == STAGE_FINISHED)
    return;

  stop (self);
  self->stage = STAGE_FINISHED;
  remove_bar (self);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Could not export the PDF report: %s", error->message);
      show_error (self, error);
    }
  else if (error == NULL)
    show_done_toast (self);

  if (self->window != NULL)
    g_object_set_data (G_OBJECT (self->window), RUNNING_KEY, NULL);
}

/* ---- commit ---- */

/* Syncs the closed file to disk before the rename, or a crash could leave an
 * empty file in place of an earlier export. fsync () through another
 * descriptor of the same file syncs its data all the same. */
static gboolean
sync_file (GFile   *file,
           GError **error)
{
  const char *path = g_file_peek_path (file);
  int fd, saved_errno = 0;

  if (path == NULL)
    return TRUE;  /* not a local file: its backend decides */

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0 || g_fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  if (saved_errno != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static void
commit_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  QuadrantPdfExport *self = source;
  GError *error = NULL;

  if (!g_output_stream_close (self->stream, cancellable, &error) ||
      !sync_file (self->temp_file, &error) ||
      !g_file_move (self->temp_file, self->file,
                    G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    cancellable, NULL, NULL, &error))
    {
      g_output_stream_close (self->stream, NULL, NULL);
      g_file_delete (self->temp_file, NULL, NULL);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
commit_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  QuadrantPdfExport *self = QUADRANT_PDF_EXPORT (source);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  /* Moved or deleted by the thread: nothing left to clean up. */
  g_clear_object (&self->stream);
  g_clear_object (&self->temp_file);
  finish (self, error);
}

static void
commit (QuadrantPdfExport *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, commit_done_cb, NULL);

  self->stage = STAGE_COMMIT;
  /* The PDF is whole: an edit now is for the next export. */
  g_clear_signal_handler (&self->changed_id, self->live);
  set_progress_text (self);
  /* Too late to cancel: the rename is a moment away. */
  if (self->bar != NULL)
    gtk_info_bar_set_response_sensitive (GTK_INFO_BAR (self->bar), GTK_RESPONSE_CANCEL, FALSE);
  g_task_set_source_tag (task, commit);
  g_task_run_in_thread (task, commit_thread);
}

/* ---- draw ---- */

static gboolean
step_cb (gpointer data)
{
  QuadrantPdfExport *self = data;
  g_autoptr(QuadrantPrintPdf) pdf = g_object_ref (self->pdf);
  g_autoptr(GError) error = NULL;

  gboolean stepped;

  /* The report in the register's language, switched only while drawing so
   * that the window's own messages stay the user's. */
  {
    g_autoptr(QuadrantLanguageSwitch) language = quadrant_language_push (quadrant_register_get_language (self->reg));

    stepped = quadrant_print_pdf_step (pdf, QUADRANT_PRINT_PDF_ROWS_PER_STEP,
                                       QUADRANT_PRINT_PDF_PAGES_PER_STEP, &error);
  }
  if (!stepped)
    {
      self->step_id = 0;
      finish (self, error);
      return G_SOURCE_REMOVE;
    }

  set_progress_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  /* A handler may have stopped the export, or an edit started it over. */
  if (self->pdf != pdf)
    return G_SOURCE_REMOVE;

  if (!quadrant_print_pdf_is_done (pdf))
    return G_SOURCE_CONTINUE;

  self->step_id = 0;
  g_clear_object (&self->pdf);
  commit (self);
  return G_SOURCE_REMOVE;
}

/* Only when the live register is exported: an edit would mix two versions
 * into one PDF, so the export starts over. */
static void
live_changed_cb (QuadrantPdfExport *self)
{
  stop (self);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  prepare (self);
}

/* ---- prepare ---- */

typedef struct {
  GBytes           *snapshot;
  GFile            *file;
  QuadrantRegister *reg;        /* out: the copy, or NULL to export the live register */
  GFile            *temp_file;  /* out */
  GOutputStream    *stream;     /* out */
} Prepare;

static void
prepare_free (Prepare *prepare)
{
  g_clear_pointer (&prepare->snapshot, g_bytes_unref);
  g_clear_object (&prepare->file);
  g_clear_object (&prepare->reg);
  g_clear_object (&prepare->temp_file);
  g_clear_object (&prepare->stream);
  g_free (prepare);
}

static void
prepare_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Prepare *prepare = data;
  g_autoptr(GFile) folder = g_file_get_parent (prepare->file);
  g_autofree char *base = g_file_get_basename (prepare->file);
  g_autoptr(GFileOutputStream) stream = NULL;
  GError *error = NULL;

  if (prepare->snapshot != NULL)
    {
      g_autoptr(GError) read_error = NULL;

      prepare->reg = quadrant_reader_load_data (g_bytes_get_data (prepare->snapshot, NULL),
                                                g_bytes_get_size (prepare->snapshot), base,
                                                &read_error);
      if (prepare->reg == NULL)
        g_debug ("No copy of the register (%s): exporting it as it is", read_error->message);
    }

  /* Hidden, in the target's folder so the rename is atomic; a random part so
   * two exports to the same file never share one. */
  for (guint i = 0; stream == NULL && i < 16; i++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.part", base, g_random_int ());

      g_clear_object (&prepare->temp_file);
      g_clear_error (&error);
      prepare->temp_file = g_file_get_child (folder, name);
      stream = g_file_create (prepare->temp_file, G_FILE_CREATE_NONE, cancellable, &error);
      if (stream == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
    }
  if (stream == NULL)
    {
      g_clear_object (&prepare->temp_file);
      g_task_return_error (task, error);
      return;
    }

  prepare->stream = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 64 * 1024);
  g_task_return_boolean (task, TRUE);
}

static void
prepare_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  QuadrantPdfExport *self = QUADRANT_PDF_EXPORT (source);
  Prepare *prepare = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = g_task_propagate_boolean (G_TASK (result), &error);

  /* Stopped meanwhile (Cancel, or an edit started the export over with a
   * task of its own): whatever this one made goes. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      if (ok)
        {
          g_output_stream_close (prepare->stream, NULL, NULL);
          g_file_delete (prepare->temp_file, NULL, NULL);
        }
      return;
    }
  if (!ok)
    {
      finish (self, error);
      return;
    }

  self->temp_file = g_steal_pointer (&prepare->temp_file);
  self->stream = g_steal_pointer (&prepare->stream);
  if (prepare->reg != NULL)
    g_set_object (&self->reg, prepare->reg);
  else
    {
      g_set_object (&self->reg, self->live);
      self->changed_id = g_signal_connect_swapped (self->live, "changed",
                                                   G_CALLBACK (live_changed_cb), self);
    }

  self->stage = STAGE_DRAW;
  {
    g_autoptr(QuadrantLanguageSwitch) language = quadrant_language_push (quadrant_register_get_language (self->reg));

    self->pdf = quadrant_print_pdf_new (self->reg, self->stream);
  }
  /* Below redrawing and input: the window always goes first. */
  self->step_id = g_idle_add_full (G_PRIORITY_LOW, step_cb, self, NULL);
  set_progress_text (self);
}

static void
prepare (QuadrantPdfExport *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, prepare_done_cb, NULL);
  Prepare *data = g_new0 (Prepare, 1);

  self->stage = STAGE_PREPARE;
  /* A copy to export while the window goes on editing: written here, where
   * the register lives, read back in the thread. */
  data->snapshot = quadrant_writer_to_bytes (self->live);
  data->file = g_object_ref (self->file);
  g_task_set_task_data (task, data, (GDestroyNotify) prepare_free);
  g_task_set_source_tag (task, prepare);
  /* A cancelled task may still have created the temporary file: see it. */
  g_task_set_check_cancellable (task, FALSE);
  set_progress_text (self);
  g_task_run_in_thread (task, prepare_thread);
}

/* ---- GObject ---- */

static void
window_destroy_cb (QuadrantPdfExport *self)
{
  quadrant_pdf_export_cancel (self);
}

static void
quadrant_pdf_export_dispose (GObject *object)
{
  QuadrantPdfExport *self = (QuadrantPdfExport *) object;

  if (self->stage != STAGE_FINISHED)
    stop (self);
  remove_bar (self);
  g_clear_weak_pointer (&self->window);

  G_OBJECT_CLASS (quadrant_pdf_export_parent_class)->dispose (object);
}

static void
quadrant_pdf_export_finalize (GObject *object)
{
  QuadrantPdfExport *self = (QuadrantPdfExport *) object;

  g_clear_object (&self->live);
  g_clear_object (&self->reg);
  g_clear_object (&self->file);
  g_clear_object (&self->temp_file);
  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (quadrant_pdf_export_parent_class)->finalize (object);
}

static void
quadrant_pdf_export_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  QuadrantPdfExport *self = QUADRANT_PDF_EXPORT (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, quadrant_pdf_export_get_progress (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_pdf_export_class_init (QuadrantPdfExportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = quadrant_pdf_export_dispose;
  object_class->finalize = quadrant_pdf_export_finalize;
  object_class->get_property = quadrant_pdf_export_get_property;

  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
quadrant_pdf_export_init (QuadrantPdfExport *self)
{
  self->cancellable = g_cancellable_new ();
}

/* ---- public API ---- */

QuadrantPdfExport *
quadrant_pdf_export_start (GtkWindow        *window,
                           QuadrantRegister *reg,
                           GFile            *file)
{
  QuadrantPdfExport *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = quadrant_pdf_export_get_running (window);
  if (self != NULL)
    return self;

  self = g_object_new (QUADRANT_TYPE_PDF_EXPORT, NULL);
  g_set_weak_pointer (&self->window, window);
  self->live = g_object_ref (reg);
  self->file = g_object_ref (file);
  /* The window keeps the export while it runs. */
  g_object_set_data_full (G_OBJECT (window), RUNNING_KEY, self, g_object_unref);
  g_signal_connect_object (window, "destroy", G_CALLBACK (window_destroy_cb), self,
                           G_CONNECT_SWAPPED);

  add_bar (self);
  prepare (self);

  return self;
}

QuadrantPdfExport *
quadrant_pdf_export_get_running (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), RUNNING_KEY);
}

void
quadrant_pdf_export_cancel (QuadrantPdfExport *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (QUADRANT_IS_PDF_EXPORT (self));

  /* The rename is under way and cannot be taken back half-done. */
  if (self->stage == STAGE_COMMIT || self->stage == STAGE_FINISHED)
    return;

  g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
  finish (self, error);
}

double
quadrant_pdf_export_get_progress (QuadrantPdfExport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PDF_EXPORT (self), 0);

  switch (self->stage)
    {
    case STAGE_PREPARE:
      return 0;
    case STAGE_DRAW:
      return self->pdf != NULL ? quadrant_print_pdf_get_progress (self->pdf) : 1;
    case STAGE_COMMIT:
    case STAGE_FINISHED:
    default:
      return 1;
    }
}

GFile *
quadrant_pdf_export_get_temp_file (QuadrantPdfExport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PDF_EXPORT (self), NULL);

  return self->temp_file;
}

GtkWidget *
quadrant_pdf_export_get_bar (QuadrantPdfExport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PDF_EXPORT (self), NULL);

  return self->bar;
}
