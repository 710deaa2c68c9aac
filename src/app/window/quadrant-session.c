/* quadrant-session.c: which window shows which document */
#define G_LOG_DOMAIN "quadrant-session"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-drafts.h"
#include "quadrant-lock-dialog.h"
#include "quadrant-session.h"
#include "quadrant-window.h"

struct _QuadrantSession
{
  GObject         parent_instance;

  GtkApplication *application;  /* not owned: it owns the session */
};

G_DEFINE_FINAL_TYPE (QuadrantSession, quadrant_session, G_TYPE_OBJECT)

/* ---- Helpers ---- */

static QuadrantWindow *
new_window (QuadrantSession *self)
{
  return quadrant_window_new (QUADRANT_APPLICATION (self->application));
}

/* The rule: from (or, without one, the active window) when it holds an
 * untouched new register, otherwise a new window. */
static QuadrantWindow *
window_for_document (QuadrantSession *self,
                     QuadrantWindow  *from)
{
  GtkWindow *active;

  if (from != NULL)
    return quadrant_window_is_untouched (from) ? from : new_window (self);

  active = gtk_application_get_active_window (self->application);
  if (QUADRANT_IS_WINDOW (active) && quadrant_window_is_untouched (QUADRANT_WINDOW (active)))
    return QUADRANT_WINDOW (active);
  return new_window (self);
}

/* Where to say that a file could not be opened. */
static QuadrantWindow *
window_for_error (QuadrantSession *self,
                  QuadrantWindow  *from)
{
  GtkWindow *active;

  if (from != NULL)
    return from;
  active = gtk_application_get_active_window (self->application);
  if (QUADRANT_IS_WINDOW (active))
    return QUADRANT_WINDOW (active);
  from = new_window (self);
  gtk_window_present (GTK_WINDOW (from));
  return from;
}

/* ---- Opening ---- */

typedef struct
{
  GFile          *file;   /* the register's file; NULL for a never-saved draft */
  QuadrantDraft  *draft;  /* when recovering */
  QuadrantWindow *from;
  QuadrantLock   *lock;   /* someone else's, asked about */
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_application_release (g_application_get_default ());
  g_clear_object (&data->file);
  g_clear_pointer (&data->draft, quadrant_draft_free);
  g_clear_object (&data->from);
  g_clear_pointer (&data->lock, quadrant_lock_free);
  g_free (data);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  QuadrantDocument *document = QUADRANT_DOCUMENT (object);
  g_autoptr(GTask) task = user_data;
  QuadrantSession *self = g_task_get_source_object (task);
  OpenData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  QuadrantWindow *from = data->from;
  QuadrantWindow *window;

  /* A window closed meanwhile is no longer one to use. */
  if (from != NULL && gtk_window_get_application (GTK_WINDOW (from)) == NULL)
    from = NULL;

  if (!(data->draft != NULL ? quadrant_document_recover_finish (document, result, &error)
                             : quadrant_document_load_finish (document, result, &error)))
    {
      /* A draft that fails stays where it is: offered again, or discarded. */
      quadrant_window_show_open_error (window_for_error (self, from),
                                       data->draft != NULL ? data->draft->file : data->file, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Opened twice before the first load ended: one window is enough. A
   * recovered draft is other work than the file's window shows: its own. */
  window = data->draft == NULL ? quadrant_session_find_window (self, data->file) : NULL;
  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
  else
    window = quadrant_session_show_document (self, document, from);
  if (data->draft == NULL)
    quadrant_window_add_recent (data->file);
  g_task_return_pointer (task, window, NULL);
}

/* Loads the file into a document of its own first: a file that fails
 * touches no window. A read-only document never writes a lock; Open Anyway
 * was the choice to work over the lock asked about, so saving asks no more. */
static void
start_load (GTask    *task,
            gboolean  read_only)
{
  OpenData *data = g_task_get_task_data (task);
  g_autoptr(QuadrantDocument) document = quadrant_document_new (NULL, NULL, NULL);

  quadrant_document_set_read_only (document, read_only);
  if (!read_only && data->lock != NULL)
    quadrant_document_accept_lock (document, data->lock);
  if (data->draft != NULL)
    quadrant_document_recover_async (document, data->draft, g_task_get_cancellable (task), loaded_cb, task);
  else
    quadrant_document_load_async (document, data->file, g_task_get_cancellable (task), loaded_cb, task);
}

/* ---- The question about someone else's lock ---- */

typedef struct
{
  GTask    *task;
  gboolean  answered;
} LockQuestion;

static void
lock_question_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           LockQuestion     *question)
{
  GTask *task = question->task;

  question->answered = TRUE;
  if (g_str_equal (response, QUADRANT_LOCK_RESPONSE_READ_ONLY))
    start_load (task, TRUE);
  else if (g_str_equal (response, QUADRANT_LOCK_RESPONSE_OPEN))
    start_load (task, FALSE);
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Opening was cancelled"));
      g_object_unref (task);
    }
}

/* Gone without an answer (its window closed under it): nothing opens. */
static void
lock_question_destroy_cb (AdwMessageDialog *dialog,
                          LockQuestion     *question)
{
  if (!question->answered)
    lock_question_response_cb (dialog, QUADRANT_LOCK_RESPONSE_CANCEL, question);
  g_free (question);
}

/* Someone else has file open, or left a lock: asks before loading. Nothing
 * changes in any window until the answer is Open. */
static void
ask_about_lock (QuadrantSession    *self,
                GTask              *task,
                const QuadrantLock *lock,
                QuadrantLockState   state)
{
  OpenData *data = g_task_get_task_data (task);
  GtkWindow *parent = data->from != NULL ? GTK_WINDOW (data->from)
                                         : gtk_application_get_active_window (self->application);
  AdwMessageDialog *dialog;
  LockQuestion *question = g_new0 (LockQuestion, 1);

  /* No window yet (quadrant FILE): the window that will show the register
   * comes up first, with the start page, and the question is modal over it
   * instead of a window of its own that can open behind others. Cancel
   * leaves it there, to choose another register. */
  if (parent == NULL)
    {
      QuadrantWindow *window = new_window (self);

      quadrant_window_show_welcome (window);
      gtk_window_present (GTK_WINDOW (window));
      data->from = g_object_ref (window);
      parent = GTK_WINDOW (window);
    }
  dialog = quadrant_lock_dialog_new (parent, data->file, lock, state);
  data->lock = quadrant_lock_copy (lock);
  question->task = task;
  g_signal_connect (dialog, "response", G_CALLBACK (lock_question_response_cb), question);
  g_signal_connect (dialog, "destroy", G_CALLBACK (lock_question_destroy_cb), question);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Every way of opening and recovering comes through here, so this is where
 * to ask about someone else's lock. A lock left behind by the very process
 * whose draft is recovered is that crash's: taken over without a word. */
static void
start (QuadrantSession *self,
       GTask           *task)
{
  OpenData *data = g_task_get_task_data (task);
  g_autoptr(QuadrantLock) lock = data->file != NULL ? quadrant_lock_read (data->file) : NULL;
  QuadrantLockState state = quadrant_lock_get_state (lock, NULL);

  if (state == QUADRANT_LOCK_STATE_STALE_PROCESS && data->draft != NULL && data->draft->pid != 0 &&
      lock->pid == data->draft->pid)
    state = QUADRANT_LOCK_STATE_NONE;
  if (quadrant_lock_dialog_needed (state))
    ask_about_lock (self, task, lock, state);
  else
    start_load (task, FALSE);
}

/* ---- GObject ---- */

static void
quadrant_session_class_init (QuadrantSessionClass *klass)
{
}

static void
quadrant_session_init (QuadrantSession *self)
{
}

/* ---- Public API ---- */

QuadrantSession *
quadrant_session_get_default (void)
{
  GApplication *app = g_application_get_default ();
  QuadrantSession *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);

  self = g_object_get_data (G_OBJECT (app), "quadrant-session");
  if (self == NULL)
    {
      self = g_object_new (QUADRANT_TYPE_SESSION, NULL);
      self->application = GTK_APPLICATION (app);
      g_object_set_data_full (G_OBJECT (app), "quadrant-session", self, g_object_unref);
    }
  return self;
}

GList *
quadrant_session_list_windows (QuadrantSession *self)
{
  GList *result = NULL;

  g_return_val_if_fail (QUADRANT_IS_SESSION (self), NULL);

  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    if (QUADRANT_IS_WINDOW (l->data))
      result = g_list_append (result, l->data);
  return result;
}

QuadrantWindow *
quadrant_session_find_window (QuadrantSession *self,
                              GFile           *file)
{
  g_autoptr(GList) windows = NULL;

  g_return_val_if_fail (QUADRANT_IS_SESSION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  windows = quadrant_session_list_windows (self);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      GFile *other = quadrant_window_get_file (l->data);

      if (other != NULL && g_file_equal (other, file))
        return l->data;
    }
  return NULL;
}

QuadrantWindow *
quadrant_session_show_document (QuadrantSession  *self,
                                QuadrantDocument *document,
                                QuadrantWindow   *from)
{
  QuadrantWindow *window;

  g_return_val_if_fail (QUADRANT_IS_SESSION (self), NULL);
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (from == NULL || QUADRANT_IS_WINDOW (from), NULL);

  window = window_for_document (self, from);
  quadrant_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

void
quadrant_session_open_async (QuadrantSession     *self,
                             GFile               *file,
                             QuadrantWindow      *from,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  QuadrantWindow *window;
  OpenData *data;

  g_return_if_fail (QUADRANT_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (from == NULL || QUADRANT_IS_WINDOW (from));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, quadrant_session_open_async);

  window = quadrant_session_find_window (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      g_task_return_pointer (task, window, NULL);
      return;
    }

  /* No window may be open yet (quadrant FILE): the application must not
   * quit while the file loads. */
  g_application_hold (G_APPLICATION (self->application));
  data = g_new0 (OpenData, 1);
  data->file = g_object_ref (file);
  data->from = from != NULL ? g_object_ref (from) : NULL;
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  start (self, g_steal_pointer (&task));
}

void
quadrant_session_recover_async (QuadrantSession     *self,
                                const QuadrantDraft *draft,
                                QuadrantWindow      *from,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  OpenData *data;

  g_return_if_fail (QUADRANT_IS_SESSION (self));
  g_return_if_fail (draft != NULL);
  g_return_if_fail (from == NULL || QUADRANT_IS_WINDOW (from));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, quadrant_session_recover_async);
  g_application_hold (G_APPLICATION (self->application));
  data = g_new0 (OpenData, 1);
  data->draft = quadrant_draft_copy (draft);
  data->file = draft->original != NULL ? g_object_ref (draft->original) : NULL;
  data->from = from != NULL ? g_object_ref (from) : NULL;
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  start (self, task);
}

QuadrantWindow *
quadrant_session_open_finish (QuadrantSession  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
