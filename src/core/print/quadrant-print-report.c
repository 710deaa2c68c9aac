/* quadrant-print-report.c: the register as printed pages, drawn with cairo and pango
 *
 * Pagination runs the units of the report (quadrant-print-sections.c) a few
 * at a time and keeps, for every page, only where the unit that opened it
 * started. Drawing a page runs the layout again from there with the same code
 * and draws what lands on that page. So what was measured is exactly what is
 * drawn, the page count that the print dialog or the PDF reports can never
 * disagree with the pages themselves, and no page keeps shaped text in memory.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"
#include "quadrant-print-pdf.h"
#include "quadrant-print-report-private.h"

#define MARGIN       QUADRANT_PRINT_MARGIN
#define FOOTER_SPACE QUADRANT_PRINT_FOOTER_SPACE

G_DEFINE_FINAL_TYPE (QuadrantPrintReport, quadrant_print_report, G_TYPE_OBJECT)

/* ---- stepping ---- */

static void
forget_table (QuadrantPrintReport *self)
{
  quadrant_print_table_clear (&self->table);
  self->table_kind = QUADRANT_PRINT_TABLE_NONE;
}

/* Back to before the first unit, for the paper already set. */
static void
restart (QuadrantPrintReport *self)
{
  g_array_set_size (self->pages, 0);
  forget_table (self);
  self->at = (QuadrantPrintMark) { QUADRANT_PRINT_STAGE_TITLE, 0, 0, self->top, -1 };
  self->unit_start = self->at;
  self->units_done = 0;
  self->changed = FALSE;
  self->done = FALSE;
  self->paginating = TRUE;
}

/* Runs the units that draw page (0-based) from the mark of the unit that
 * opened it, drawing on cr only what lands on that page. */
static void
replay_page (QuadrantPrintReport *self,
             cairo_t             *cr,
             guint                page)
{
  QuadrantPrintPage *p = &g_array_index (self->pages, QuadrantPrintPage, page);
  QuadrantPrintMark at = self->at, unit_start = self->unit_start;
  guint units_done = self->units_done;

  self->draw_cr = cr;
  self->draw_page = page;
  self->at = p->start;
  self->units_done = 0;

  while (self->at.stage != QUADRANT_PRINT_STAGE_DONE && self->at.page <= (int) page)
    quadrant_print_run_unit (self);

  self->draw_cr = NULL;
  self->draw_units = self->units_done;
  self->at = at;
  self->unit_start = unit_start;
  self->units_done = units_done;
}

static void
register_changed_cb (QuadrantPrintReport *self)
{
  if (self->paginating)
    self->changed = TRUE;
}

/* ---- drawing ---- */

static void
draw_footer (QuadrantPrintReport *self,
             cairo_t             *cr,
             guint                page,
             double               width,
             double               height)
{
  const char *organisation = quadrant_register_get_organisation (self->reg);
  const char *classification = quadrant_register_get_classification (self->reg);
  double third = (width - 2 * MARGIN) / 3, baseline = height - MARGIN;
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) centre = NULL;
  g_autoptr(PangoLayout) right = NULL;

  /* Translators: in the footer of every printed page */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  left = quadrant_print_make_layout (self, organisation, 7.5, PANGO_WEIGHT_NORMAL,
                                     PANGO_STYLE_NORMAL, third - 6);
  centre = quadrant_print_make_layout (self, classification, 7.5, PANGO_WEIGHT_BOLD,
                                       PANGO_STYLE_NORMAL, third - 6);
  right = quadrant_print_make_layout (self, number, 7.5, PANGO_WEIGHT_NORMAL,
                                      PANGO_STYLE_NORMAL, third);
  pango_layout_set_alignment (centre, PANGO_ALIGN_CENTER);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  /* The footer is one line: long organisation names end in an ellipsis. */
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_ellipsize (centre, PANGO_ELLIPSIZE_END);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, QUADRANT_PRINT_LINE_WIDTH);
  cairo_move_to (cr, MARGIN, baseline - 14);
  cairo_line_to (cr, width - MARGIN, baseline - 14);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  cairo_move_to (cr, MARGIN, baseline - 10);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, MARGIN + third + 3, baseline - 10);
  pango_cairo_show_layout (cr, centre);
  cairo_move_to (cr, MARGIN + 2 * third, baseline - 10);
  pango_cairo_show_layout (cr, right);
  cairo_restore (cr);
}

static void
draw_map (QuadrantPrintReport *self,
          cairo_t             *cr,
          double               width,
          double               height)
{
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantMapOptions options;
  double map_width = width - 2 * MARGIN;
  double map_height = height - 2 * MARGIN - FOOTER_SPACE;

  quadrant_map_options_init (&options);
  options.show_title = TRUE;
  options.show_legend = TRUE;
  /* Every party named on the page: in the numbered key as many columns as
   * it takes, and those not yet assessed under the map, as in exports. */
  options.show_unassessed = TRUE;
  options.complete_key = TRUE;
  quadrant_map_layout_compute (layout, self->reg, map_width, map_height, &options);

  cairo_save (cr);
  cairo_translate (cr, MARGIN, MARGIN);
  cairo_rectangle (cr, 0, 0, map_width, map_height);
  cairo_clip (cr);
  quadrant_map_render (cr, layout, self->reg, NULL);
  cairo_restore (cr);
}

/* ---- GObject ---- */

static void
quadrant_print_report_dispose (GObject *object)
{
  QuadrantPrintReport *self = (QuadrantPrintReport *) object;

  g_clear_signal_handler (&self->changed_id, self->reg);
  forget_table (self);
  quadrant_print_fit_forget (self);

  G_OBJECT_CLASS (quadrant_print_report_parent_class)->dispose (object);
}

/* The register proper leaves out the parties judged not relevant (clause
 * 4.2 a); they get a section of their own. Sorted once per pagination
 * (again: at its start, as the register may have changed since the last). */
GListModel *
quadrant_print_parties (QuadrantPrintReport *self,
                        gboolean             again)
{
  if (again)
    {
      g_clear_object (&self->considered);
      g_clear_object (&self->not_relevant);
    }
  if (self->considered == NULL)
    {
      GListModel *parties = quadrant_register_get_parties (self->reg);

      self->considered = g_list_store_new (QUADRANT_TYPE_PARTY);
      self->not_relevant = g_list_store_new (QUADRANT_TYPE_PARTY);
      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

          g_list_store_append (quadrant_party_get_relevance (party) == QUADRANT_RELEVANCE_NOT_RELEVANT
                               ? self->not_relevant : self->considered, party);
        }
    }
  return G_LIST_MODEL (self->considered);
}

static void
quadrant_print_report_finalize (GObject *object)
{
  QuadrantPrintReport *self = (QuadrantPrintReport *) object;

  g_clear_object (&self->reg);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->check_run, quadrant_check_run_free);
  g_clear_object (&self->considered);
  g_clear_object (&self->not_relevant);
  g_clear_object (&self->since);
  g_clear_pointer (&self->since_label, g_free);
  g_clear_pointer (&self->changes, g_strfreev);

  G_OBJECT_CLASS (quadrant_print_report_parent_class)->finalize (object);
}

static void
quadrant_print_report_class_init (QuadrantPrintReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = quadrant_print_report_dispose;
  object_class->finalize = quadrant_print_report_finalize;
}

static void
quadrant_print_report_init (QuadrantPrintReport *self)
{
  self->pages = g_array_new (FALSE, TRUE, sizeof (QuadrantPrintPage));
}

/* ---- public API ---- */

QuadrantPrintReport *
quadrant_print_report_new (QuadrantRegister *reg)
{
  QuadrantPrintReport *self;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  self = g_object_new (QUADRANT_TYPE_PRINT_REPORT, NULL);
  self->reg = g_object_ref (reg);
  /* An edit while paginating in steps would mix two versions of the register. */
  self->changed_id = g_signal_connect_swapped (reg, "changed", G_CALLBACK (register_changed_cb), self);

  return self;
}

QuadrantRegister *
quadrant_print_report_get_register (QuadrantPrintReport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), NULL);

  return self->reg;
}

void
quadrant_print_report_set_since (QuadrantPrintReport *self,
                                 QuadrantRegister    *since,
                                 const char          *label)
{
  g_return_if_fail (QUADRANT_IS_PRINT_REPORT (self));
  g_return_if_fail (since == NULL || QUADRANT_IS_REGISTER (since));

  g_set_object (&self->since, since);
  g_free (self->since_label);
  self->since_label = g_strdup (label != NULL ? label : "");
  g_clear_pointer (&self->changes, g_strfreev);
}

void
quadrant_print_report_begin (QuadrantPrintReport *self,
                             cairo_t             *cr,
                             double               width,
                             double               height)
{
  cairo_font_options_t *font_options;

  g_return_if_fail (QUADRANT_IS_PRINT_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 4 * MARGIN && height > 4 * MARGIN + FOOTER_SPACE);

  /* The table's header rows and the words were shaped with the old context. */
  forget_table (self);
  quadrant_print_fit_forget (self);

  /* One point per user unit, and metrics that do not depend on the device's
   * hinting, so text measures the same for the screen's printer and a PDF. */
  g_clear_object (&self->context);
  self->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (self->context, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);

  self->width = width;
  self->height = height;
  self->left = MARGIN;
  self->right = width - MARGIN;
  self->top = MARGIN;
  self->bottom = height - MARGIN - FOOTER_SPACE;

  restart (self);
}

gboolean
quadrant_print_report_step (QuadrantPrintReport *self,
                            guint                max_rows)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), TRUE);
  g_return_val_if_fail (self->context != NULL, TRUE);
  g_return_val_if_fail (max_rows > 0, FALSE);

  if (self->done)
    return TRUE;

  /* Pages laid out before an edit may not fit the rest: start again. */
  if (self->changed)
    restart (self);

  for (guint i = 0; i < max_rows && self->at.stage != QUADRANT_PRINT_STAGE_DONE; i++)
    quadrant_print_run_unit (self);

  if (self->at.stage == QUADRANT_PRINT_STAGE_DONE)
    {
      self->done = TRUE;
      self->paginating = FALSE;
    }

  return self->done;
}

gboolean
quadrant_print_report_is_done (QuadrantPrintReport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), FALSE);

  return self->done;
}

double
quadrant_print_report_get_progress (QuadrantPrintReport *self)
{
  guint n_parties, n_units;

  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), 0);

  if (self->done)
    return 1;
  if (!self->paginating)
    return 0;

  /* One unit per row as quadrant-print-sections.c runs them: title, map,
   * two headings, a row and a heading per party, a row per requirement. */
  n_parties = quadrant_register_get_n_parties (self->reg);
  n_units = n_parties > 0 ? 4 + 2 * n_parties + quadrant_register_get_n_requirements (self->reg) : 3;

  return MIN ((double) self->units_done / n_units, 1.0);
}

guint
quadrant_print_report_paginate (QuadrantPrintReport *self,
                                cairo_t             *cr,
                                double               width,
                                double               height)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 4 * MARGIN && height > 4 * MARGIN + FOOTER_SPACE, 0);

  quadrant_print_report_begin (self, cr, width, height);
  while (!quadrant_print_report_step (self, G_MAXUINT))
    ;

  return self->pages->len;
}

guint
quadrant_print_report_get_n_pages (QuadrantPrintReport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), 0);

  return self->pages->len;
}

guint
quadrant_print_report_get_map_page (QuadrantPrintReport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), 0);

  for (guint i = 0; i < self->pages->len; i++)
    if (g_array_index (self->pages, QuadrantPrintPage, i).map)
      return i;

  return 1;
}

gboolean
quadrant_print_report_page_is_landscape (QuadrantPrintReport *self,
                                         guint                page)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), FALSE);
  g_return_val_if_fail (page < self->pages->len, FALSE);

  return g_array_index (self->pages, QuadrantPrintPage, page).map && self->width < self->height;
}

void
quadrant_print_report_draw_page (QuadrantPrintReport *self,
                                 cairo_t             *cr,
                                 guint                page,
                                 double               width,
                                 double               height)
{
  g_return_if_fail (QUADRANT_IS_PRINT_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  if (g_array_index (self->pages, QuadrantPrintPage, page).map)
    draw_map (self, cr, width, height);
  else
    replay_page (self, cr, page);
  draw_footer (self, cr, page, width, height);
  cairo_restore (cr);
}

guint
quadrant_print_report_get_units_done (QuadrantPrintReport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), 0);

  return self->units_done;
}

guint
quadrant_print_report_get_draw_units (QuadrantPrintReport *self)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), 0);

  return self->draw_units;
}

gboolean
quadrant_print_report_get_page_mark (QuadrantPrintReport *self,
                                     guint                page,
                                     QuadrantPrintMark   *mark)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  if (page >= self->pages->len)
    return FALSE;

  *mark = g_array_index (self->pages, QuadrantPrintPage, page).start;
  return TRUE;
}

GBytes *
quadrant_print_report_to_pdf (QuadrantRegister  *reg,
                              guint             *n_pages,
                              GError           **error)
{
  return quadrant_print_report_to_pdf_since (reg, NULL, NULL, n_pages, error);
}

GBytes *
quadrant_print_report_to_pdf_since (QuadrantRegister  *reg,
                                    QuadrantRegister  *since,
                                    const char        *since_label,
                                    guint             *n_pages,
                                    GError           **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(QuadrantPrintPdf) pdf = NULL;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (since == NULL || QUADRANT_IS_REGISTER (since), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pdf = quadrant_print_pdf_new (reg, stream);
  if (since != NULL)
    quadrant_print_pdf_set_since (pdf, since, since_label);
  while (!quadrant_print_pdf_is_done (pdf))
    if (!quadrant_print_pdf_step (pdf, G_MAXUINT, G_MAXUINT, error))
      return NULL;

  if (n_pages != NULL)
    *n_pages = quadrant_print_pdf_get_n_pages (pdf);

  g_output_stream_close (stream, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}
