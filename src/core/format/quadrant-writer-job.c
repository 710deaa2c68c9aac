/* quadrant-writer-job.c: the canonical document written in steps
 *
 * Revisions, then parties, one at a time until a deadline, so that a large
 * register can be serialised on the thread that owns it between other work
 * (the document saves this way). Writing it in one go is the same job run to
 * the end.
 */
#define G_LOG_DOMAIN "quadrant-writer"

#include "config.h"

#include "quadrant-writer-private.h"

struct _QuadrantWriterJob
{
  Writer            writer;
  QuadrantRegister *reg;
  guint             next_revision;  /* revisions first (each lists every party), */
  guint             next_party;     /* then the parties */
  gboolean          middle_done;    /* between the two */
};

QuadrantWriterJob *
_quadrant_writer_job_new (QuadrantRegister *reg,
                          gboolean          check)
{
  QuadrantWriterJob *job = g_new0 (QuadrantWriterJob, 1);

  job->reg = g_object_ref (reg);
  _quadrant_writer_open (&job->writer, check);
  _quadrant_writer_write_start (&job->writer, reg);
  return job;
}

gboolean
_quadrant_writer_job_step (QuadrantWriterJob *job,
                           gint64             until)
{
  GListModel *revisions = quadrant_register_get_revisions (job->reg);
  GListModel *parties = quadrant_register_get_parties (job->reg);
  guint n_revisions = g_list_model_get_n_items (revisions);
  guint n_parties = g_list_model_get_n_items (parties);

  /* At least one item a step, so that every step gets somewhere. */
  do
    {
      if (job->next_revision < n_revisions)
        {
          g_autoptr(QuadrantRevision) revision = g_list_model_get_item (revisions, job->next_revision);

          _quadrant_writer_write_revision (&job->writer, revision);
          job->next_revision++;
        }
      else if (!job->middle_done)
        {
          _quadrant_writer_write_middle (&job->writer, job->reg);
          job->middle_done = TRUE;
        }
      else if (job->next_party < n_parties)
        {
          g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, job->next_party);

          _quadrant_writer_write_party (&job->writer, party, job->next_party);
          job->next_party++;
        }
      else
        break;
    }
  while (until < 0 || g_get_monotonic_time () < until);

  return job->middle_done && job->next_party >= n_parties;
}

void
_quadrant_writer_job_free (QuadrantWriterJob *job)
{
  Writer *self = &job->writer;

  g_clear_pointer (&self->writer, xmlFreeTextWriter);  /* flushes and frees the output buffer */
  g_clear_pointer (&self->party_ids, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  if (self->scratch != NULL)
    g_string_free (self->scratch, TRUE);
  g_clear_pointer (&self->out, g_byte_array_unref);
  g_free (self->problem);
  g_clear_object (&job->reg);
  g_free (job);
}

GBytes *
_quadrant_writer_job_finish (QuadrantWriterJob  *job,
                             char              **problem)
{
  Writer *self = &job->writer;
  GBytes *bytes = NULL;

  while (!_quadrant_writer_job_step (job, -1))
    ;
  _quadrant_writer_write_end (self, job->reg);
  g_clear_pointer (&self->writer, xmlFreeTextWriter);

  if (self->problem != NULL)
    {
      if (problem != NULL)
        *problem = g_steal_pointer (&self->problem);
    }
  else
    {
      _quadrant_writer_remember_size (self->out->len);
      bytes = g_byte_array_free_to_bytes (g_steal_pointer (&self->out));
    }
  _quadrant_writer_job_free (job);
  return bytes;
}

/* The document; with problem given, also checks that it can be loaded again,
 * and returns NULL with *problem set when it could not. */
GBytes *
_quadrant_writer_build_document (QuadrantRegister  *reg,
                                 char             **problem)
{
  return _quadrant_writer_job_finish (_quadrant_writer_job_new (reg, problem != NULL), problem);
}
