/* quadrant-print-pdf.c: the printed report written as a PDF, in steps
 *
 * Three phases: pagination (QuadrantPrintReport's own steps), drawing pages
 * onto a cairo PDF surface that streams each finished page out, and finishing
 * the surface (fonts, page tree, cross references), which cairo does in one
 * call. Cairo reports a failed write only as a status; the stream's GError is
 * kept beside it so the caller can say why (disk full, permissions).
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>

#include "quadrant-print-pdf.h"
#include "quadrant-print-report.h"

/* The share of the progress bar that pagination takes: it costs about as
 * much as drawing in tests/bench/bench-print. */
#define PAGINATION_SHARE 0.4

typedef enum {
  PHASE_PAGINATE,
  PHASE_DRAW,
  PHASE_DONE,
  PHASE_FAILED,
} Phase;

struct _QuadrantPrintPdf
{
  GObject              parent_instance;

  QuadrantPrintReport *report;
  GOutputStream       *stream;
  cairo_surface_t     *surface;
  cairo_t             *cr;

  Phase                phase;
  guint                n_drawn;
  guint                n_steps;
  gsize                written;
  GError              *error;        /* the first failed write */
};

G_DEFINE_FINAL_TYPE (QuadrantPrintPdf, quadrant_print_pdf, G_TYPE_OBJECT)

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  QuadrantPrintPdf *self = closure;
  gsize n_written = 0;

  if (self->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (self->stream, data, length, &n_written, NULL, &self->error))
    return CAIRO_STATUS_WRITE_ERROR;
  self->written += n_written;

  return CAIRO_STATUS_SUCCESS;
}

/* Fails the export when cairo or the stream did; TRUE while all is well. */
static gboolean
check (QuadrantPrintPdf  *self,
       GError           **error)
{
  cairo_status_t status = cairo_surface_status (self->surface);

  if (self->error == NULL && status == CAIRO_STATUS_SUCCESS && self->cr != NULL)
    status = cairo_status (self->cr);
  if (self->error == NULL && status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  if (self->error == NULL)
    g_set_error (&self->error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not make the PDF: %s"), cairo_status_to_string (status));
  self->phase = PHASE_FAILED;
  if (error != NULL)
    *error = g_error_copy (self->error);

  return FALSE;
}

static void
draw_pages (QuadrantPrintPdf *self,
            guint             max_pages)
{
  guint n_pages = quadrant_print_report_get_n_pages (self->report);
  guint map_page = quadrant_print_report_get_map_page (self->report);

  for (guint i = 0; i < max_pages && self->n_drawn < n_pages; i++)
    {
      double width = QUADRANT_PRINT_A4_WIDTH, height = QUADRANT_PRINT_A4_HEIGHT;

      /* The map of a large register takes longest to draw: a step of its own. */
      if (i > 0 && (self->n_drawn == map_page || self->n_drawn == map_page + 1))
        break;

      if (quadrant_print_report_page_is_landscape (self->report, self->n_drawn))
        {
          width = QUADRANT_PRINT_A4_HEIGHT;
          height = QUADRANT_PRINT_A4_WIDTH;
        }
      cairo_pdf_surface_set_size (self->surface, width, height);
      quadrant_print_report_draw_page (self->report, self->cr, self->n_drawn, width, height);
      cairo_show_page (self->cr);
      self->n_drawn++;
    }
}

/* ---- GObject ---- */

static void
quadrant_print_pdf_finalize (GObject *object)
{
  QuadrantPrintPdf *self = (QuadrantPrintPdf *) object;

  /* Destroying an unfinished surface finishes it, writing to the stream: a
   * stopped export must not write any more. */
  if (self->error == NULL)
    g_set_error_literal (&self->error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
  g_clear_pointer (&self->cr, cairo_destroy);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_object (&self->report);
  g_clear_object (&self->stream);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (quadrant_print_pdf_parent_class)->finalize (object);
}

static void
quadrant_print_pdf_class_init (QuadrantPrintPdfClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = quadrant_print_pdf_finalize;
}

static void
quadrant_print_pdf_init (QuadrantPrintPdf *self)
{
}

/* ---- public API ---- */

QuadrantPrintPdf *
quadrant_print_pdf_new (QuadrantRegister *reg,
                        GOutputStream    *stream)
{
  QuadrantPrintPdf *self;
  g_autofree char *title = NULL;
  const char *organisation;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self = g_object_new (QUADRANT_TYPE_PRINT_PDF, NULL);
  self->report = quadrant_print_report_new (reg);
  self->stream = g_object_ref (stream);
  self->surface = cairo_pdf_surface_create_for_stream (write_cb, self, QUADRANT_PRINT_A4_WIDTH,
                                                       QUADRANT_PRINT_A4_HEIGHT);

  organisation = quadrant_register_get_organisation (reg);
  if (organisation != NULL && organisation[0] != '\0')
    /* Translators: the title of a PDF; %s is the organisation */
    title = g_strdup_printf (_("%s — Interested Parties Register"), organisation);
  else
    title = g_strdup (_("Interested Parties Register"));
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATOR, "Quadrant");

  self->cr = cairo_create (self->surface);
  quadrant_print_report_begin (self->report, self->cr, QUADRANT_PRINT_A4_WIDTH,
                               QUADRANT_PRINT_A4_HEIGHT);
  self->phase = PHASE_PAGINATE;

  return self;
}

void
quadrant_print_pdf_set_since (QuadrantPrintPdf *self,
                              QuadrantRegister *since,
                              const char       *label)
{
  g_return_if_fail (QUADRANT_IS_PRINT_PDF (self));
  g_return_if_fail (quadrant_print_pdf_get_n_steps (self) == 0);

  quadrant_print_report_set_since (self->report, since, label);
}

gboolean
quadrant_print_pdf_step (QuadrantPrintPdf  *self,
                         guint              max_rows,
                         guint              max_pages,
                         GError           **error)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_PDF (self), FALSE);
  g_return_val_if_fail (max_rows > 0 && max_pages > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check (self, error))
    return FALSE;

  self->n_steps++;
  switch (self->phase)
    {
    case PHASE_PAGINATE:
      if (quadrant_print_report_step (self->report, max_rows))
        self->phase = PHASE_DRAW;
      break;

    case PHASE_DRAW:
      if (self->n_drawn < quadrant_print_report_get_n_pages (self->report))
        {
          draw_pages (self, max_pages);
          break;
        }
      /* Every page is out: what is left is cairo's one last write. */
      g_clear_pointer (&self->cr, cairo_destroy);
      cairo_surface_finish (self->surface);
      if (!check (self, error))
        return FALSE;
      self->phase = PHASE_DONE;
      break;

    case PHASE_DONE:
      break;

    case PHASE_FAILED:
    default:
      g_assert_not_reached ();
    }

  return check (self, error);
}

gboolean
quadrant_print_pdf_is_done (QuadrantPrintPdf *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_PDF (self), FALSE);

  return self->phase == PHASE_DONE;
}

double
quadrant_print_pdf_get_progress (QuadrantPrintPdf *self)
{
  guint n_pages;

  g_return_val_if_fail (QUADRANT_IS_PRINT_PDF (self), 0);

  switch (self->phase)
    {
    case PHASE_PAGINATE:
      return PAGINATION_SHARE * quadrant_print_report_get_progress (self->report);
    case PHASE_DRAW:
    case PHASE_FAILED:
      n_pages = quadrant_print_report_get_n_pages (self->report);
      /* Just short of the end until the last write is done. */
      return PAGINATION_SHARE +
             (1 - PAGINATION_SHARE) * 0.99 * (n_pages > 0 ? (double) self->n_drawn / n_pages : 0);
    case PHASE_DONE:
    default:
      return 1;
    }
}

guint
quadrant_print_pdf_get_n_pages (QuadrantPrintPdf *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_PDF (self), 0);

  return self->phase == PHASE_PAGINATE ? 0 : quadrant_print_report_get_n_pages (self->report);
}

guint
quadrant_print_pdf_get_n_drawn (QuadrantPrintPdf *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_PDF (self), 0);

  return self->n_drawn;
}

guint
quadrant_print_pdf_get_n_steps (QuadrantPrintPdf *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_PDF (self), 0);

  return self->n_steps;
}
