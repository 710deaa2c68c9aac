/* quadrant-test-faults.c: failures made by the system, not by hooks in the program */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/resource.h>

#include "quadrant-test-faults.h"

void
quadrant_test_limit_file_size (gssize bytes)
{
  struct rlimit limit;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  /* Past the limit the kernel also sends SIGXFSZ, which would end the test. */
  signal (SIGXFSZ, SIG_IGN);
  /* Only the soft limit: the hard one could not be raised again. */
  limit.rlim_cur = bytes >= 0 ? (rlim_t) bytes : limit.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

/* ---- A stream with room for so many bytes ---- */

#define QUADRANT_TYPE_TEST_FULL_STREAM (quadrant_test_full_stream_get_type ())
G_DECLARE_FINAL_TYPE (QuadrantTestFullStream, quadrant_test_full_stream, QUADRANT, TEST_FULL_STREAM,
                      GFilterOutputStream)

struct _QuadrantTestFullStream
{
  GFilterOutputStream parent_instance;
  gsize               room;
};

G_DEFINE_FINAL_TYPE (QuadrantTestFullStream, quadrant_test_full_stream, G_TYPE_FILTER_OUTPUT_STREAM)

static gssize
quadrant_test_full_stream_write (GOutputStream  *stream,
                                 const void     *buffer,
                                 gsize           count,
                                 GCancellable   *cancellable,
                                 GError        **error)
{
  QuadrantTestFullStream *self = QUADRANT_TEST_FULL_STREAM (stream);
  GOutputStream *base = g_filter_output_stream_get_base_stream (G_FILTER_OUTPUT_STREAM (stream));
  gssize written;

  if (self->room == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, g_strerror (ENOSPC));
      return -1;
    }
  written = g_output_stream_write (base, buffer, MIN (count, self->room), cancellable, error);
  if (written > 0)
    self->room -= written;
  return written;
}

static void
quadrant_test_full_stream_class_init (QuadrantTestFullStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = quadrant_test_full_stream_write;
}

static void
quadrant_test_full_stream_init (QuadrantTestFullStream *self)
{
}

GOutputStream *
quadrant_test_full_stream_new (GOutputStream *base,
                               gsize          room)
{
  QuadrantTestFullStream *self = g_object_new (QUADRANT_TYPE_TEST_FULL_STREAM, "base-stream", base, NULL);

  self->room = room;
  return G_OUTPUT_STREAM (self);
}
