/* quadrant-column-fit.c: the less important columns of a list hide when it
 * is narrow
 *
 * The width to fill is the page size of the scrolled window's horizontal
 * adjustment, which changes whenever the list is given another width. Which
 * columns are shown depends only on that width (never on which columns are
 * shown now), so showing or hiding one cannot make the decision flip back.
 * The change is made in the next frame's update phase (a tick), so that it
 * is laid out in that frame, never during the allocation that reported the
 * width.
 *
 * Column widths are designed for text at 96 dpi. Larger text (GNOME's text
 * scaling sets the Xft DPI) widens every column by as much, so that a
 * quadrant still reads "Manage closely" rather than "Manage c…": fewer
 * columns fit, and those that do are whole.
 */
#define G_LOG_DOMAIN "quadrant-column-fit"

#include "config.h"

#include "quadrant-column-fit.h"

typedef struct {
  GtkColumnView *view;       /* not owned: the data lives on it */
  GtkAdjustment *adjustment;
  guint         *order;
  guint          n_order;
  int            first_width;
  int           *design_widths; /* each column's fixed width at 96 dpi (0: none) */
  guint          n_columns;
  double         scale;      /* the text scale the widths were last set for */
  int            width;      /* the width last fitted, or -1 */
  gulong         changed_id;
  GtkSettings   *settings;
  gulong         dpi_id;
  guint          tick_id;
} ColumnFit;

/* The tick, if any, goes with the view: this is freed when the view is. */
static void
column_fit_free (gpointer data)
{
  ColumnFit *fit = data;

  g_clear_signal_handler (&fit->changed_id, fit->adjustment);
  g_clear_signal_handler (&fit->dpi_id, fit->settings);
  g_clear_object (&fit->adjustment);
  g_clear_object (&fit->settings);
  g_free (fit->design_widths);
  g_free (fit->order);
  g_free (fit);
}

static int
column_width (GtkColumnViewColumn *column)
{
  int width = gtk_column_view_column_get_fixed_width (column);

  return width > 0 ? width : 100;
}

/* Text size against the 96 dpi the widths were designed for. */
static double
text_scale (ColumnFit *fit)
{
  int dpi = 0;

  g_object_get (fit->settings, "gtk-xft-dpi", &dpi, NULL);
  return dpi > 0 ? CLAMP (dpi / (96.0 * 1024), 0.5, 4.0) : 1.0;
}

static void
scale_columns (ColumnFit *fit,
               double     scale)
{
  GListModel *columns = gtk_column_view_get_columns (fit->view);

  fit->scale = scale;
  for (guint i = 0; i < fit->n_columns && i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (fit->design_widths[i] > 0)
        gtk_column_view_column_set_fixed_width (column, (int) (fit->design_widths[i] * scale + 0.5));
    }
}

static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  ColumnFit *fit = data;
  GListModel *columns = gtk_column_view_get_columns (fit->view);
  int width = (int) gtk_adjustment_get_page_size (fit->adjustment);
  double scale = text_scale (fit);
  int used = 0;
  gboolean room = TRUE;

  fit->tick_id = 0;
  fit->width = width;
  if (scale != fit->scale)
    scale_columns (fit, scale);
  for (guint i = 0; i < fit->n_order; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, fit->order[i]);

      if (column == NULL)
        continue;
      used += i == 0 && fit->first_width > 0 ? (int) (fit->first_width * scale) : column_width (column);
      /* Once one column does not fit, the less important ones stay hidden
       * too, so that the columns shown are always the most important. */
      room = room && (i == 0 || used <= width);
      gtk_column_view_column_set_visible (column, room);
    }
  return G_SOURCE_REMOVE;
}

static void
adjustment_changed_cb (GtkAdjustment *adjustment,
                       ColumnFit     *fit)
{
  int width = (int) gtk_adjustment_get_page_size (adjustment);

  /* Unallocated (0) says nothing about the width to come. */
  if (width <= 0 || width == fit->width || fit->tick_id != 0)
    return;
  fit->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (fit->view), fit_tick_cb, fit, NULL);
}

/* The text size changed: the columns are fitted again. */
static void
dpi_changed_cb (GtkSettings *settings,
                GParamSpec  *pspec,
                ColumnFit   *fit)
{
  fit->width = -1;
  if (fit->tick_id == 0)
    fit->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (fit->view), fit_tick_cb, fit, NULL);
}

void
quadrant_column_fit_attach (GtkColumnView *view,
                            const guint   *order,
                            guint          n_order,
                            int            first_width)
{
  GtkWidget *scrolled = gtk_widget_get_parent (GTK_WIDGET (view));
  ColumnFit *fit;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled));
  g_return_if_fail (n_order > 0);

  fit = g_new0 (ColumnFit, 1);
  fit->view = view;
  fit->adjustment = g_object_ref (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  fit->order = g_memdup2 (order, n_order * sizeof (guint));
  fit->n_order = n_order;
  fit->first_width = first_width;
  fit->n_columns = g_list_model_get_n_items (gtk_column_view_get_columns (view));
  fit->design_widths = g_new0 (int, MAX (fit->n_columns, 1));
  for (guint i = 0; i < fit->n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), i);

      fit->design_widths[i] = gtk_column_view_column_get_fixed_width (column);
    }
  fit->scale = 1.0;
  fit->width = -1;
  g_object_set_data_full (G_OBJECT (view), "quadrant-column-fit", fit, column_fit_free);
  fit->changed_id = g_signal_connect (fit->adjustment, "changed", G_CALLBACK (adjustment_changed_cb), fit);
  fit->settings = g_object_ref (gtk_widget_get_settings (GTK_WIDGET (view)));
  fit->dpi_id = g_signal_connect (fit->settings, "notify::gtk-xft-dpi", G_CALLBACK (dpi_changed_cb), fit);
}

void
quadrant_column_fit_detach (GtkColumnView *view)
{
  ColumnFit *fit;
  GListModel *columns;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  fit = g_object_get_data (G_OBJECT (view), "quadrant-column-fit");
  if (fit == NULL)
    return;
  if (fit->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (view), fit->tick_id);
  fit->tick_id = 0;
  g_object_set_data (G_OBJECT (view), "quadrant-column-fit", NULL);

  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      gtk_column_view_column_set_visible (column, TRUE);
    }
}
