/* bench-window-probe.h: what the window's frame clock says, frame by frame,
 * and what its lists show */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the window's frame clock tells us, frame by frame. */
typedef struct {
  GdkFrameClock *clock;
  gulong         before_handler;
  gulong         after_handler;
  gulong         update_handler;
  gulong         layout_handler;
  gulong         paint_handler;
  gint64         frame_start;     /* "before-paint" of the current frame */
  gint64         frame_cpu_start; /* cpu_now () then */
  gint64         layout_start;    /* the end of its "update" phase */
  gint64         paint_start;     /* the end of its "layout" phase */
  gint64         paint_end;       /* the end of its "paint" phase */
  guint          n_painted;

  /* Waiting for the first frame that shows rows of watched */
  GtkWidget     *watched;
  gint64         rows_painted;    /* its "after-paint", 0 until then */
  gint64         rows_cpu;        /* cpu_now () then */
  gint64         rows_frame_start;
  guint          full_n;          /* rows the watched list has once complete */
  gint64         full_painted;    /* the first "after-paint" with all of them */
  double         rows_layout_ms;  /* that frame's layout phase */
  double         rows_paint_ms;   /* and its paint phase */

  /* Scrolling */
  GtkAdjustment *adjustment;
  GtkWidget     *scrolled;        /* the column view being scrolled */
  guint          n_to_scroll;
  guint          n_scrolled;
  guint          n_wraps;
  gboolean       scrolled_this_frame;
  gint64         last_painted;    /* previous scrolled frame's "after-paint", or 0 */
  GArray        *work_ms;
  GArray        *work_cpu_ms;
  GArray        *interval_ms;
  GArray        *layout_ms;
  GArray        *paint_ms;
  guint          max_rows;
  guint          max_cells;
} Probe;

/* Milliseconds from start to end (µs of the monotonic clock). */
double     ms_between     (gint64      start,
                           gint64      end);
/* CPU time of all this process's threads, in µs. */
gint64     cpu_now        (void);

GtkWidget *find_descendant (GtkWidget *widget,
                            GType      type);
gboolean   has_text       (GtkWidget  *widget);
GtkWidget *inner_list     (GtkWidget  *column_view);
/* The rows and cells the list has as widgets now. */
void       count_widgets  (GtkWidget  *column_view,
                           guint      *rows,
                           guint      *cells);
/* Whether the list shows rows with text. */
gboolean   shows_rows     (GtkWidget  *column_view);
GtkWidget *column_view_of (GtkWidget  *page);

/* Follows the frame clock of window into probe. */
void       probe_attach   (Probe      *probe,
                           GtkWidget  *window);
void       probe_detach   (Probe      *probe);
/* Conditions to wait for, with the probe as data. */
gboolean   painted_once   (gpointer    data);
gboolean   rows_painted   (gpointer    data);
gboolean   full_painted   (gpointer    data);

G_END_DECLS
