/* test-print-paginate.c: the printed report paginated in steps, as the print
 * dialog does it, gives the same pages as paginating all at once; every step
 * does a bounded amount of work; and drawing a page lays out only that page */
#define G_LOG_DOMAIN "test-print-paginate"

#include "config.h"

#include "quadrant-check.h"

#include <cairo.h>
#include <string.h>

#include "bench/quadrant-generate.h"
#include "quadrant-print-pdf.h"
#include "quadrant-print-report-private.h"
#include "quadrant-reader.h"
#include "quadrant-test-data.h"
#include "quadrant-test-faults.h"

#define N_PARTIES      2000
#define N_REQUIREMENTS 3000
#define STEP_ROWS      37

typedef struct {
  guint              n_pages;
  QuadrantPrintMark *marks;
} Pages;

static void
pages_free (Pages *pages)
{
  g_free (pages->marks);
  g_free (pages);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pages, pages_free)

static QuadrantRegister *large_register;

static QuadrantRegister *
get_large_register (void)
{
  /* Shared by the tests: generating it takes a while under ASan. */
  if (large_register == NULL)
    large_register = quadrant_generate_register (N_PARTIES, N_REQUIREMENTS, 3);

  return large_register;
}

/* A context to measure text with, as the PDF export has. */
static cairo_t *
measuring_context (void)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

static Pages *
collect_pages (QuadrantPrintReport *report)
{
  Pages *pages = g_new0 (Pages, 1);

  pages->n_pages = quadrant_print_report_get_n_pages (report);
  pages->marks = g_new0 (QuadrantPrintMark, pages->n_pages);
  for (guint i = 0; i < pages->n_pages; i++)
    g_assert_true (quadrant_print_report_get_page_mark (report, i, &pages->marks[i]));
  g_assert_false (quadrant_print_report_get_page_mark (report, pages->n_pages, &pages->marks[0]));

  return pages;
}

/* Every page starts at the same place, to the last bit of its position. */
static void
assert_same_pages (Pages *a,
                   Pages *b)
{
  g_assert_cmpuint (a->n_pages, ==, b->n_pages);
  for (guint i = 0; i < a->n_pages; i++)
    {
      g_assert_cmpint (a->marks[i].stage, ==, b->marks[i].stage);
      g_assert_cmpuint (a->marks[i].party, ==, b->marks[i].party);
      g_assert_cmpuint (a->marks[i].row, ==, b->marks[i].row);
      g_assert_cmpint (a->marks[i].page, ==, b->marks[i].page);
      g_assert_true (a->marks[i].y == b->marks[i].y);
    }
}

static Pages *
paginate_at_once (QuadrantRegister *reg,
                  double            width,
                  double            height)
{
  g_autoptr(QuadrantPrintReport) report = quadrant_print_report_new (reg);
  cairo_t *cr = measuring_context ();
  guint n_pages;

  n_pages = quadrant_print_report_paginate (report, cr, width, height);
  cairo_destroy (cr);
  g_assert_true (quadrant_print_report_is_done (report));
  g_assert_cmpuint (n_pages, ==, quadrant_print_report_get_n_pages (report));

  return collect_pages (report);
}

/* Steps of max_rows until done, checking each step; n_steps gets their number. */
static Pages *
paginate_in_steps (QuadrantPrintReport *report,
                   guint                max_rows,
                   guint               *n_steps)
{
  cairo_t *cr = measuring_context ();
  guint steps = 0, units = 0, pages = 0;
  gboolean done = FALSE;

  quadrant_print_report_begin (report, cr, QUADRANT_PRINT_A4_WIDTH, QUADRANT_PRINT_A4_HEIGHT);
  cairo_destroy (cr);
  g_assert_false (quadrant_print_report_is_done (report));

  while (!done)
    {
      guint now_units, now_pages;

      done = quadrant_print_report_step (report, max_rows);
      steps++;
      now_units = quadrant_print_report_get_units_done (report);
      now_pages = quadrant_print_report_get_n_pages (report);

      /* At most max_rows rows a step, and exactly that many until the last. */
      g_assert_cmpuint (now_units - units, <=, max_rows);
      g_assert_cmpuint (now_units - units, >, 0);
      if (!done)
        g_assert_cmpuint (now_units - units, ==, max_rows);
      /* The pages found so far are kept. */
      g_assert_cmpuint (now_pages, >=, pages);
      g_assert_cmpint (done, ==, quadrant_print_report_is_done (report));
      units = now_units;
      pages = now_pages;
    }

  /* Done stays done. */
  g_assert_true (quadrant_print_report_step (report, max_rows));
  g_assert_cmpuint (quadrant_print_report_get_units_done (report), ==, units);

  *n_steps = steps;
  return collect_pages (report);
}

/* ---- Tests ---- */

static guint
count_plans (QuadrantRegister *reg)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      n += quadrant_party_has_engagement_plan (party) ? 1 : 0;
    }
  return n;
}

static guint
count_findings (QuadrantRegister *reg)
{
  g_autoptr(GPtrArray) findings = quadrant_check_register (reg, NULL);

  return findings->len;
}

/* The units of a register's report: see test_steps_match. */
static guint
expected_units (QuadrantRegister *reg)
{
  guint n_parties = quadrant_register_get_n_parties (reg);
  guint per_unit = QUADRANT_PRINT_CHECK_PARTIES_PER_UNIT;

  return 9 + 2 * n_parties + quadrant_register_get_n_requirements (reg) +
         count_plans (reg) + count_findings (reg) + MAX (1, (n_parties + per_unit - 1) / per_unit);
}

static void
test_steps_match (void)
{
  QuadrantRegister *reg = get_large_register ();
  g_autoptr(QuadrantPrintReport) report = quadrant_print_report_new (reg);
  g_autoptr(Pages) at_once = NULL;
  g_autoptr(Pages) stepped = NULL;
  g_autoptr(Pages) one_by_one = NULL;
  guint n_steps = 0, n_units;

  at_once = paginate_at_once (reg, QUADRANT_PRINT_A4_WIDTH, QUADRANT_PRINT_A4_HEIGHT);
  /* A register this size runs to hundreds of pages. */
  g_assert_cmpuint (at_once->n_pages, >, 500);

  stepped = paginate_in_steps (report, STEP_ROWS, &n_steps);
  assert_same_pages (at_once, stepped);

  /* One unit per party row and per party's heading, one per requirement,
   * one per engagement plan and per finding, one per few parties checked
   * for the findings, and the title, map, five headings (all parties
   * generated are relevant: none in the table of those not relevant), how
   * parties were identified and the sign-off: many steps, none of them
   * large. */
  n_units = quadrant_print_report_get_units_done (report);
  g_assert_cmpuint (n_units, ==, 9 + 2 * N_PARTIES + N_REQUIREMENTS + count_plans (reg) + count_findings (reg) +
                                 N_PARTIES / QUADRANT_PRINT_CHECK_PARTIES_PER_UNIT);
  g_assert_cmpuint (n_steps, ==, (n_units + STEP_ROWS - 1) / STEP_ROWS);
  g_assert_cmpuint (n_steps, >, 100);

  /* The same object paginated again, a row at a time. */
  one_by_one = paginate_in_steps (report, 1, &n_steps);
  assert_same_pages (at_once, one_by_one);
  g_assert_cmpuint (n_steps, ==, n_units);
}

/* Pages laid out from their marks draw the same whatever was drawn before,
 * and drawing the last page lays out only a few rows, not the whole report. */
static void
test_draw_one_page (void)
{
  QuadrantRegister *reg = get_large_register ();
  g_autoptr(QuadrantPrintReport) report = quadrant_print_report_new (reg);
  g_autoptr(QuadrantPrintReport) fresh = quadrant_print_report_new (reg);
  cairo_t *cr = measuring_context ();
  guint n_pages, last;
  cairo_surface_t *images[2];

  n_pages = quadrant_print_report_paginate (report, cr, QUADRANT_PRINT_A4_WIDTH,
                                            QUADRANT_PRINT_A4_HEIGHT);
  g_assert_cmpuint (quadrant_print_report_paginate (fresh, cr, QUADRANT_PRINT_A4_WIDTH,
                                                    QUADRANT_PRINT_A4_HEIGHT), ==, n_pages);
  cairo_destroy (cr);
  last = n_pages - 1;

  /* report draws a few pages first, fresh only the last. */
  for (guint r = 0; r < 2; r++)
    {
      QuadrantPrintReport *which = r == 0 ? report : fresh;
      cairo_t *page_cr;

      images[r] = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) QUADRANT_PRINT_A4_WIDTH,
                                              (int) QUADRANT_PRINT_A4_HEIGHT);
      page_cr = cairo_create (images[r]);
      if (r == 0)
        {
          for (guint i = 2; i < 6; i++)
            quadrant_print_report_draw_page (which, page_cr, n_pages / i, QUADRANT_PRINT_A4_WIDTH,
                                             QUADRANT_PRINT_A4_HEIGHT);
        }
      cairo_set_source_rgb (page_cr, 1, 1, 1);
      cairo_paint (page_cr);
      quadrant_print_report_draw_page (which, page_cr, last, QUADRANT_PRINT_A4_WIDTH,
                                       QUADRANT_PRINT_A4_HEIGHT);
      cairo_destroy (page_cr);
      cairo_surface_flush (images[r]);

      /* The last page and the row that may have opened it: a handful of
       * rows out of thousands. */
      g_test_message ("units run to draw the last page: %u",
                      quadrant_print_report_get_draw_units (which));
      g_assert_cmpuint (quadrant_print_report_get_draw_units (which), >, 0);
      g_assert_cmpuint (quadrant_print_report_get_draw_units (which), <, 100);
    }

  g_assert_cmpint (cairo_image_surface_get_stride (images[0]), ==,
                   cairo_image_surface_get_stride (images[1]));
  g_assert_true (memcmp (cairo_image_surface_get_data (images[0]),
                         cairo_image_surface_get_data (images[1]),
                         cairo_image_surface_get_stride (images[0]) *
                         cairo_image_surface_get_height (images[0])) == 0);

  /* Something was drawn: not every pixel is white. */
  {
    const guint32 *pixels = (const guint32 *) cairo_image_surface_get_data (images[0]);
    gsize n = (gsize) cairo_image_surface_get_stride (images[0]) / 4 *
              cairo_image_surface_get_height (images[0]);
    gboolean ink = FALSE;

    for (gsize i = 0; i < n && !ink; i++)
      ink = (pixels[i] & 0xffffff) != 0xffffff;
    g_assert_true (ink);
  }

  /* Pagination is not disturbed by drawing. */
  g_assert_cmpuint (quadrant_print_report_get_n_pages (report), ==, n_pages);
  g_assert_true (quadrant_print_report_is_done (report));

  cairo_surface_destroy (images[0]);
  cairo_surface_destroy (images[1]);
}

/* An edit between two steps (the window stays usable while printing) starts
 * pagination over, so the pages are those of the edited register. */
static void
test_edit_while_paginating (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (300, 600, 5);
  g_autoptr(QuadrantPrintReport) report = quadrant_print_report_new (reg);
  g_autoptr(QuadrantParty) first = NULL;
  g_autoptr(QuadrantParty) second = NULL;
  g_autoptr(Pages) expected = NULL;
  g_autoptr(Pages) stepped = NULL;
  cairo_t *cr = measuring_context ();

  quadrant_print_report_begin (report, cr, QUADRANT_PRINT_A4_WIDTH, QUADRANT_PRINT_A4_HEIGHT);
  cairo_destroy (cr);
  for (guint i = 0; i < 20; i++)
    g_assert_false (quadrant_print_report_step (report, 10));

  /* A party with all its requirements goes: the rows after it move up. */
  first = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_assert_cmpuint (g_list_model_get_n_items (quadrant_party_get_requirements (first)), >, 0);
  quadrant_register_remove_party (reg, first);

  while (!quadrant_print_report_step (report, 10))
    ;
  stepped = collect_pages (report);
  expected = paginate_at_once (reg, QUADRANT_PRINT_A4_WIDTH, QUADRANT_PRINT_A4_HEIGHT);
  assert_same_pages (expected, stepped);
  /* Started over: every unit of the edited register was laid out since. */
  g_assert_cmpuint (quadrant_print_report_get_units_done (report), ==, expected_units (reg));

  /* An edit after pagination is done keeps the pages (the print job has them). */
  second = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  quadrant_register_remove_party (reg, second);
  g_assert_true (quadrant_print_report_step (report, 10));
  g_assert_cmpuint (quadrant_print_report_get_n_pages (report), ==, expected->n_pages);
}

/* The example register: the pages it had before pagination went stepwise. */
static void
test_example (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(QuadrantPrintReport) report = quadrant_print_report_new (reg);
  g_autoptr(Pages) at_once = NULL;
  g_autoptr(Pages) stepped = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  guint n_steps = 0, n_pdf_pages = 0;

  at_once = paginate_at_once (reg, QUADRANT_PRINT_A4_WIDTH, QUADRANT_PRINT_A4_HEIGHT);
  stepped = paginate_in_steps (report, 3, &n_steps);
  assert_same_pages (at_once, stepped);
  g_assert_cmpuint (n_steps, >, 5);

  /* Title page, map, parties, requirements, communication plan, findings
   * and sign-off of northwind.quadrant.xml on A4 with Debian's fonts. */
  g_assert_cmpuint (at_once->n_pages, ==, 13);
  pdf = quadrant_print_report_to_pdf (reg, &n_pdf_pages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pdf_pages, ==, 13);

  /* The map's page is opened by its own unit, the register's first page
   * right after it. */
  g_assert_cmpint (stepped->marks[0].stage, ==, QUADRANT_PRINT_STAGE_TITLE);
  g_assert_cmpint (stepped->marks[1].stage, ==, QUADRANT_PRINT_STAGE_MAP);
  g_assert_cmpint (stepped->marks[2].stage, ==, QUADRANT_PRINT_STAGE_MAP);
  g_assert_cmpuint (quadrant_print_report_get_map_page (report), ==, 1);
}

/* The PDF in steps, as the window exports it: the same PDF as all at once,
 * each step within its budget, progress that only grows. */
static void
test_pdf_in_steps (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (120, 400, 3);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(QuadrantPrintPdf) pdf = quadrant_print_pdf_new (reg, stream);
  g_autoptr(GBytes) at_once = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0, drawn = 0, max_drawn = 0;
  double progress = 0;

  at_once = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >, 10);

  g_assert_cmpfloat (quadrant_print_pdf_get_progress (pdf), ==, 0);
  g_assert_cmpuint (quadrant_print_pdf_get_n_pages (pdf), ==, 0);
  while (!quadrant_print_pdf_is_done (pdf))
    {
      g_assert_true (quadrant_print_pdf_step (pdf, 7, 3, &error));
      g_assert_no_error (error);
      max_drawn = MAX (max_drawn, quadrant_print_pdf_get_n_drawn (pdf) - drawn);
      drawn = quadrant_print_pdf_get_n_drawn (pdf);
      g_assert_cmpfloat (quadrant_print_pdf_get_progress (pdf), >=, progress);
      progress = quadrant_print_pdf_get_progress (pdf);
      g_assert_true (progress == 1.0 || !quadrant_print_pdf_is_done (pdf));
    }
  g_assert_cmpfloat (progress, ==, 1.0);
  g_assert_cmpuint (max_drawn, ==, 3);
  g_assert_cmpuint (quadrant_print_pdf_get_n_pages (pdf), ==, n_pages);
  g_assert_cmpuint (quadrant_print_pdf_get_n_drawn (pdf), ==, n_pages);
  /* Units of 7 rows; the title page, the map's page, the others by 3; and
   * one step to finish the PDF. */
  g_assert_cmpuint (quadrant_print_pdf_get_n_steps (pdf), ==,
                    (expected_units (reg) + 6) / 7 + 2 + (n_pages - 2 + 2) / 3 + 1);
  /* Steps after the end do nothing. */
  g_assert_true (quadrant_print_pdf_step (pdf, 7, 3, &error));

  /* The same bytes but for the creation date that cairo writes. */
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  {
    g_autoptr(GBytes) stepped = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
    const char *a = g_bytes_get_data (at_once, NULL), *b = g_bytes_get_data (stepped, NULL);
    gsize size = g_bytes_get_size (at_once), differing = 0;

    g_assert_cmpuint (g_bytes_get_size (stepped), ==, size);
    g_assert_true (memcmp (a, "%PDF-", 5) == 0);
    for (gsize i = 0; i < size; i++)
      differing += a[i] != b[i];
    g_assert_cmpuint (differing, <=, 14);  /* D:YYYYMMDDHHmmSS */
  }
}

/* A write that fails (the disk is full) fails the step that made it, says
 * why, and every step after it. */
static void
test_pdf_write_fails (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_generate_register (60, 100, 4);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) full = quadrant_test_full_stream_new (stream, 30000);
  g_autoptr(QuadrantPrintPdf) pdf = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ok = 0;

  pdf = quadrant_print_pdf_new (reg, full);

  while (quadrant_print_pdf_step (pdf, 10, 1, &error))
    {
      g_assert_false (quadrant_print_pdf_is_done (pdf));
      n_ok++;
    }
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (n_ok, >, 5);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), <=, 30000);
  g_clear_error (&error);
  g_assert_false (quadrant_print_pdf_step (pdf, 10, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_false (quadrant_print_pdf_is_done (pdf));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/paginate/steps-match-all-at-once", test_steps_match);
  g_test_add_func ("/print/paginate/draw-one-page", test_draw_one_page);
  g_test_add_func ("/print/paginate/edit-while-paginating", test_edit_while_paginating);
  g_test_add_func ("/print/paginate/example", test_example);
  g_test_add_func ("/print/pdf/steps", test_pdf_in_steps);
  g_test_add_func ("/print/pdf/write-fails", test_pdf_write_fails);

  status = g_test_run ();
  g_clear_object (&large_register);

  return status;
}
