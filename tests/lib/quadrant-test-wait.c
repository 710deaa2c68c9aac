/* quadrant-test-wait.c: waiting for conditions in tests, never for a time */
#include "config.h"

#include "quadrant-test-wait.h"

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
quadrant_test_spin_until (QuadrantTestCondition cond,
                          gpointer              data)
{
  guint wake;

  if (cond (data))
    return;

  /* Only a wake-up, not a limit: the loop ends when the condition holds. */
  wake = g_timeout_add (10, wake_cb, NULL);
  while (!cond (data))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

void
quadrant_test_spin_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
