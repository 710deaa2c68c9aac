/* quadrant-document-serialise.c: the register as bytes, in steps
 *
 * Serialising 5,000 parties takes a few hundred milliseconds; done in one go
 * on the main thread, a save or a draft froze the window that long. Here it
 * runs in short steps from an idle source, so input and redraws go between
 * them. The register must not change meanwhile: an edit starts it over, and
 * after a few restarts (someone typing throughout) the rest is done at once.
 */
#define G_LOG_DOMAIN "quadrant-document"

#include "config.h"

#include "quadrant-document-private.h"
#include "quadrant-writer.h"

/* Time for one step: well inside a frame, so the window never stalls. */
#define STEP_USEC     (4 * 1000)
#define MAX_RESTARTS  3

typedef struct
{
  QuadrantRegister  *reg;
  GFile             *file;      /* named in errors, or NULL */
  QuadrantWriterJob *job;
  guint64            state;     /* of the register when the job started */
  guint              source;
  gulong             changed_handler;
  gulong             previewed_handler;
  guint              restarts;
  gboolean           check;
  gboolean           changed;
} Serialise;

static void
serialise_free (Serialise *data)
{
  g_clear_handle_id (&data->source, g_source_remove);
  g_clear_signal_handler (&data->changed_handler, data->reg);
  g_clear_signal_handler (&data->previewed_handler, data->reg);
  g_clear_pointer (&data->job, quadrant_writer_job_free);
  g_clear_object (&data->reg);
  g_clear_object (&data->file);
  g_free (data);
}

static void
register_changed_cb (Serialise *data)
{
  data->changed = TRUE;
}

static void
start_job (Serialise *data)
{
  g_clear_pointer (&data->job, quadrant_writer_job_free);
  data->changed = FALSE;
  data->state = quadrant_register_get_state (data->reg);
  data->job = quadrant_writer_job_new (data->reg, data->check);
}

static void
finish (GTask     *task,
        Serialise *data)
{
  GError *error = NULL;
  GBytes *bytes = quadrant_writer_job_finish (g_steal_pointer (&data->job), data->file, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static gboolean
step_cb (gpointer user_data)
{
  GTask *task = user_data;
  Serialise *data = g_task_get_task_data (task);

  if (data->changed)
    {
      start_job (data);
      if (++data->restarts > MAX_RESTARTS)
        {
          data->source = 0;
          finish (task, data);
          return G_SOURCE_REMOVE;
        }
    }

  if (!quadrant_writer_job_step (data->job, g_get_monotonic_time () + STEP_USEC))
    return G_SOURCE_CONTINUE;

  data->source = 0;
  finish (task, data);
  return G_SOURCE_REMOVE;
}

void
_quadrant_document_serialise_async (QuadrantDocument    *self,
                                    gboolean             check,
                                    GFile               *file,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);
  Serialise *data = g_new0 (Serialise, 1);

  g_task_set_source_tag (task, _quadrant_document_serialise_async);
  data->reg = g_object_ref (self->reg);
  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->check = check;
  data->changed_handler = g_signal_connect_swapped (data->reg, "changed",
                                                    G_CALLBACK (register_changed_cb), data);
  data->previewed_handler = g_signal_connect_swapped (data->reg, "previewed",
                                                      G_CALLBACK (register_changed_cb), data);
  g_task_set_task_data (task, data, (GDestroyNotify) serialise_free);
  start_job (data);

  /* After input and redrawing; the task keeps itself until the last step. */
  data->source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, step_cb, task, g_object_unref);
}

GBytes *
_quadrant_document_serialise_finish (QuadrantDocument  *self,
                                     GAsyncResult      *result,
                                     QuadrantRegister **reg,
                                     guint64           *state,
                                     GError           **error)
{
  Serialise *data = g_task_get_task_data (G_TASK (result));

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (reg != NULL)
    *reg = g_object_ref (data->reg);
  if (state != NULL)
    *state = data->state;
  return g_task_propagate_pointer (G_TASK (result), error);
}
