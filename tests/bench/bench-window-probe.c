/* bench-window-probe.c: what the window's frame clock says, frame by frame,
 * and what its lists show */
#include "config.h"

#include <time.h>

#include "bench-window-probe.h"

double
ms_between (gint64 start,
            gint64 end)
{
  return (end - start) / 1000.0;
}

/* CPU time of all this process's threads, in µs: less disturbed than wall
 * time by other work on a shared machine. */
gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

gboolean
has_text (GtkWidget *widget)
{
  const char *text = NULL;

  /* List cells may show text with either. */
  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  if (text != NULL && *text != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child))
      return TRUE;
  return FALSE;
}

/* The list inside a column view (the header is its other child). */
GtkWidget *
inner_list (GtkWidget *column_view)
{
  return find_descendant (column_view, GTK_TYPE_LIST_VIEW);
}

/* Row widgets of the list, and the cell widgets in them. */
void
count_widgets (GtkWidget *column_view,
               guint     *rows,
               guint     *cells)
{
  GtkWidget *list = inner_list (column_view);

  *rows = *cells = 0;
  if (list == NULL)
    return;
  for (GtkWidget *r = gtk_widget_get_first_child (list); r != NULL; r = gtk_widget_get_next_sibling (r))
    {
      (*rows)++;
      for (GtkWidget *c = gtk_widget_get_first_child (r); c != NULL; c = gtk_widget_get_next_sibling (c))
        (*cells)++;
    }
}

/* TRUE once the list has a row that shows text. */
gboolean
shows_rows (GtkWidget *column_view)
{
  GtkWidget *list = inner_list (column_view);

  if (list == NULL)
    return FALSE;
  for (GtkWidget *r = gtk_widget_get_first_child (list); r != NULL; r = gtk_widget_get_next_sibling (r))
    if (gtk_widget_get_mapped (r) && has_text (r))
      return TRUE;
  return FALSE;
}

GtkWidget *
column_view_of (GtkWidget *page)
{
  return find_descendant (page, GTK_TYPE_COLUMN_VIEW);
}

/* ---- Frame clock ---- */

static void
before_paint_cb (GdkFrameClock *clock,
                 Probe         *probe)
{
  probe->frame_start = g_get_monotonic_time ();
  probe->frame_cpu_start = cpu_now ();
}

/* Connected after GTK's own handlers, so each runs at the end of its phase. */
static void
update_cb (GdkFrameClock *clock,
           Probe         *probe)
{
  probe->layout_start = g_get_monotonic_time ();
}

static void
layout_cb (GdkFrameClock *clock,
           Probe         *probe)
{
  probe->paint_start = g_get_monotonic_time ();
}

static void
paint_cb (GdkFrameClock *clock,
          Probe         *probe)
{
  probe->paint_end = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Probe         *probe)
{
  gint64 now = g_get_monotonic_time ();

  probe->n_painted++;

  if (probe->watched != NULL && probe->rows_painted == 0 && shows_rows (probe->watched))
    {
      probe->rows_painted = now;
      probe->rows_cpu = cpu_now ();
      probe->rows_frame_start = probe->frame_start;
      probe->rows_layout_ms = ms_between (probe->layout_start, probe->paint_start);
      probe->rows_paint_ms = ms_between (probe->paint_start, probe->paint_end);
    }

  if (probe->watched != NULL && probe->full_n > 0 && probe->full_painted == 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (probe->watched)))) >= probe->full_n)
    probe->full_painted = now;

  if (probe->scrolled_this_frame)
    {
      double work = ms_between (probe->frame_start, now);
      double work_cpu = ms_between (probe->frame_cpu_start, cpu_now ());
      double layout = ms_between (probe->layout_start, probe->paint_start);
      double paint = ms_between (probe->paint_start, probe->paint_end);
      guint rows, cells;

      probe->scrolled_this_frame = FALSE;
      g_array_append_val (probe->work_ms, work);
      g_array_append_val (probe->work_cpu_ms, work_cpu);
      g_array_append_val (probe->layout_ms, layout);
      g_array_append_val (probe->paint_ms, paint);
      if (probe->last_painted != 0)
        {
          double interval = ms_between (probe->last_painted, now);

          g_array_append_val (probe->interval_ms, interval);
        }
      probe->last_painted = now;

      count_widgets (probe->scrolled, &rows, &cells);
      probe->max_rows = MAX (probe->max_rows, rows);
      probe->max_cells = MAX (probe->max_cells, cells);
    }
}

void
probe_attach (Probe     *probe,
              GtkWidget *window)
{
  probe->clock = gtk_widget_get_frame_clock (window);
  g_assert (probe->clock != NULL);
  probe->before_handler = g_signal_connect (probe->clock, "before-paint", G_CALLBACK (before_paint_cb), probe);
  probe->update_handler = g_signal_connect (probe->clock, "update", G_CALLBACK (update_cb), probe);
  probe->layout_handler = g_signal_connect (probe->clock, "layout", G_CALLBACK (layout_cb), probe);
  probe->paint_handler = g_signal_connect (probe->clock, "paint", G_CALLBACK (paint_cb), probe);
  probe->after_handler = g_signal_connect (probe->clock, "after-paint", G_CALLBACK (after_paint_cb), probe);
}

void
probe_detach (Probe *probe)
{
  if (probe->clock != NULL)
    {
      g_clear_signal_handler (&probe->before_handler, probe->clock);
      g_clear_signal_handler (&probe->update_handler, probe->clock);
      g_clear_signal_handler (&probe->layout_handler, probe->clock);
      g_clear_signal_handler (&probe->paint_handler, probe->clock);
      g_clear_signal_handler (&probe->after_handler, probe->clock);
    }
  probe->clock = NULL;
}

gboolean
painted_once (gpointer data)
{
  Probe *probe = data;

  return probe->n_painted > 0;
}

gboolean
rows_painted (gpointer data)
{
  Probe *probe = data;

  return probe->rows_painted != 0;
}

gboolean
full_painted (gpointer data)
{
  Probe *probe = data;

  return probe->rows_painted != 0 && probe->full_painted != 0;
}
