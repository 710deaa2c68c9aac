/* test-print-report.c: the printed report and its PDF export, read back with
 * poppler's own tools (pdfinfo, pdftotext) so the page count and the text
 * positions are not taken from the code under test */
#define G_LOG_DOMAIN "test-print-report"

#include "config.h"

#include "quadrant-check.h"

#include <glib/gstdio.h>
#include <cairo.h>
#include <string.h>
#include <unistd.h>

#include "quadrant-cli.h"
#include "quadrant-print-report.h"
#include "quadrant-reader.h"
#include "quadrant-relevance.h"
#include "quadrant-test-data.h"

#define HOSTILE "<script>alert(1)</script>"

typedef struct {
  char   *text;
  guint   page;       /* 0-based */
  double  x_min, y_min, x_max, y_max;
} Word;

typedef struct {
  GArray    *page_sizes;  /* of double pairs: width, height */
  GPtrArray *words;       /* of Word */
} TextBoxes;

static void
word_free (gpointer data)
{
  Word *word = data;

  g_free (word->text);
  g_free (word);
}

static void
text_boxes_free (TextBoxes *boxes)
{
  g_array_unref (boxes->page_sizes);
  g_ptr_array_unref (boxes->words);
  g_free (boxes);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TextBoxes, text_boxes_free)

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("pdfinfo and pdftotext (poppler-utils) are needed; `make deps` installs them");
      return FALSE;
    }

  return TRUE;
}

/* Writes bytes to a new temporary file and returns its path. */
static char *
write_temp_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("test-print-XXXXXX.pdf", &path, &error);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);

  return path;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

/* The page count that pdfinfo reads from the file. */
static guint
pdfinfo_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = run_tool (argv);
  const char *line = strstr (out, "\nPages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
}

static char *
unescape (const char *text)
{
  g_autoptr(GString) s = g_string_new (text);

  g_string_replace (s, "&lt;", "<", 0);
  g_string_replace (s, "&gt;", ">", 0);
  g_string_replace (s, "&quot;", "\"", 0);
  g_string_replace (s, "&apos;", "'", 0);
  g_string_replace (s, "&amp;", "&", 0);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Every word of the PDF with its box, as `pdftotext -bbox` finds them. */
static TextBoxes *
pdftotext_boxes (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *out = run_tool (argv);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  TextBoxes *boxes = g_new0 (TextBoxes, 1);
  guint page = 0;

  boxes->page_sizes = g_array_new (FALSE, FALSE, sizeof (double));
  boxes->words = g_ptr_array_new_with_free_func (word_free);
  /* Pages and words in document order, so that each word knows its page. */
  regex = g_regex_new ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">|"
                       "<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"([-0-9.]+)\" "
                       "yMax=\"([-0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_assert_nonnull (regex);

  g_regex_match (regex, out, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *page_width = g_match_info_fetch (match, 1);

      if (page_width != NULL && page_width[0] != '\0')
        {
          g_autofree char *page_height = g_match_info_fetch (match, 2);
          double size[2] = { g_ascii_strtod (page_width, NULL), g_ascii_strtod (page_height, NULL) };

          g_array_append_vals (boxes->page_sizes, size, 2);
          page = boxes->page_sizes->len / 2 - 1;
        }
      else
        {
          Word *word = g_new0 (Word, 1);
          double *fields[] = { &word->x_min, &word->y_min, &word->x_max, &word->y_max };
          g_autofree char *text = g_match_info_fetch (match, 7);

          for (guint j = 0; j < G_N_ELEMENTS (fields); j++)
            {
              g_autofree char *value = g_match_info_fetch (match, j + 3);

              *fields[j] = g_ascii_strtod (value, NULL);
            }
          word->text = unescape (text);
          word->page = page;
          g_ptr_array_add (boxes->words, word);
        }
      g_match_info_next (match, NULL);
    }

  return boxes;
}

static guint
count_word (TextBoxes  *boxes,
            const char *text,
            guint      *first_page,
            guint      *last_page)
{
  guint count = 0;

  for (guint i = 0; i < boxes->words->len; i++)
    {
      Word *word = g_ptr_array_index (boxes->words, i);

      if (!g_str_equal (word->text, text))
        continue;
      if (count == 0 && first_page != NULL)
        *first_page = word->page;
      if (last_page != NULL)
        *last_page = word->page;
      count++;
    }

  return count;
}

static gboolean
page_has_word (TextBoxes  *boxes,
               guint       page,
               const char *text)
{
  for (guint i = 0; i < boxes->words->len; i++)
    {
      Word *word = g_ptr_array_index (boxes->words, i);

      if (word->page == page && g_str_equal (word->text, text))
        return TRUE;
    }

  return FALSE;
}

/* A text of exactly `length` characters made of numbered words ("name001
 * name002 …"); words gets its words. */
static char *
numbered_words (const char   *stem,
                gsize         length,
                GStrv        *words)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  while (text->len < length)
    g_string_append_printf (text, "%s%s%03u", text->len > 0 ? " " : "", stem, ++n);
  g_string_truncate (text, length);
  if (text->str[length - 1] == ' ')
    text->str[length - 1] = 'x';

  *words = g_strsplit (text->str, " ", -1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A small register with a 200-character party name and a 2,000-character
 * rationale: longer than a table cell is wide and than a page is tall. */
static QuadrantRegister *
make_long_register (char  **name,
                    GStrv  *name_words,
                    char  **rationale,
                    GStrv  *rationale_words)
{
  QuadrantRegister *reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);
  g_autoptr(QuadrantParty) other = quadrant_party_new (NULL);
  g_autoptr(QuadrantRequirement) req = quadrant_requirement_new (NULL);
  g_autoptr(QuadrantRequirement) req2 = quadrant_requirement_new (NULL);

  *name = numbered_words ("name", 200, name_words);
  *rationale = numbered_words ("rati", 2000, rationale_words);
  g_assert_cmpuint (strlen (*name), ==, 200);
  g_assert_cmpuint (strlen (*rationale), ==, 2000);

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Long Texts Ltd");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_CLASSIFICATION, "Confidential");

  quadrant_party_set_name (party, *name);
  quadrant_party_set_power (party, 70);
  quadrant_party_set_interest (party, 80);
  quadrant_requirement_set_statement (req, "Keep the long texts on the page");
  quadrant_requirement_set_decision (req, QUADRANT_DECISION_ADDRESSED);
  quadrant_requirement_set_rationale (req, *rationale);
  quadrant_party_append_requirement (party, req);
  quadrant_requirement_set_statement (req2, "A second requirement after the long one");
  quadrant_party_append_requirement (party, req2);
  quadrant_register_append_party_unrecorded (reg, party);

  quadrant_party_set_name (other, HOSTILE);
  quadrant_party_set_power (other, 20);
  quadrant_party_set_interest (other, 30);
  quadrant_register_append_party_unrecorded (reg, other);

  return reg;
}

static void
assert_inside_pages (TextBoxes *boxes)
{
  g_assert_cmpuint (boxes->words->len, >, 0);

  for (guint i = 0; i < boxes->words->len; i++)
    {
      Word *word = g_ptr_array_index (boxes->words, i);
      double width = g_array_index (boxes->page_sizes, double, 2 * word->page);
      double height = g_array_index (boxes->page_sizes, double, 2 * word->page + 1);

      if (word->x_min < 0 || word->y_min < 0 || word->x_max > width || word->y_max > height)
        g_error ("“%s” on page %u at %.1f,%.1f–%.1f,%.1f is outside the page (%.1f × %.1f)",
                 word->text, word->page + 1, word->x_min, word->y_min, word->x_max, word->y_max,
                 width, height);
    }
}

static void
test_example_pages (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TextBoxes) boxes = NULL;
  g_autofree char *path = NULL;
  GListModel *parties;
  guint n_pages = 0, pages;

  if (!have_poppler ())
    return;

  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  path = write_temp_pdf (pdf);

  /* Title page, map, parties and at least one page of requirements. */
  pages = pdfinfo_pages (path);
  g_assert_cmpuint (pages, >, 3);
  g_assert_cmpuint (pages, ==, n_pages);

  boxes = pdftotext_boxes (path);
  g_assert_cmpuint (boxes->page_sizes->len / 2, ==, pages);
  assert_inside_pages (boxes);

  /* The map's page is landscape, the others portrait. */
  for (guint i = 0; i < pages; i++)
    {
      double width = g_array_index (boxes->page_sizes, double, 2 * i);
      double height = g_array_index (boxes->page_sizes, double, 2 * i + 1);

      if (i == 1)
        g_assert_cmpfloat (width, >, height);
      else
        g_assert_cmpfloat (width, <, height);
    }

  /* Every page has its footer. */
  for (guint i = 0; i < pages; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_true (page_has_word (boxes, i, "Page"));
      g_assert_true (page_has_word (boxes, i, number));
    }

  /* Document control on the title page. */
  g_assert_true (page_has_word (boxes, 0, "Northwind"));
  g_assert_true (page_has_word (boxes, 0, "2027-03-01"));   /* next review */
  g_assert_true (page_has_word (boxes, 0, "2025-07-14"));   /* a revision */

  /* Every party is in the register tables, after the map. */
  parties = quadrant_register_get_parties (reg);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      g_auto(GStrv) words = g_strsplit (quadrant_party_get_name (party), " ", -1);
      guint last = 0;

      for (guint j = 0; words[j] != NULL; j++)
        {
          g_assert_cmpuint (count_word (boxes, words[j], NULL, &last), >, 0);
          g_assert_cmpuint (last, >=, 2);
        }
    }

  g_unlink (path);
}

static void
test_long_texts (void)
{
  g_autofree char *name = NULL;
  g_autofree char *rationale = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TextBoxes) boxes = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) name_words = NULL;
  g_auto(GStrv) rationale_words = NULL;
  guint n_pages = 0;
  guint first_page = G_MAXUINT, last_page = 0;

  if (!have_poppler ())
    return;

  reg = make_long_register (&name, &name_words, &rationale, &rationale_words);
  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  path = write_temp_pdf (pdf);
  g_assert_cmpuint (pdfinfo_pages (path), ==, n_pages);

  boxes = pdftotext_boxes (path);
  assert_inside_pages (boxes);

  /* Every word of the name, whole: in the parties table and above the
   * party's requirements (the map may shorten it). */
  for (guint i = 0; name_words[i] != NULL; i++)
    g_assert_cmpuint (count_word (boxes, name_words[i], NULL, NULL), >=, 2);

  /* Every word of the rationale exactly once: the cell is split across
   * pages, losing and repeating no line. */
  for (guint i = 0; rationale_words[i] != NULL; i++)
    {
      guint first = 0, last = 0;

      g_assert_cmpuint (count_word (boxes, rationale_words[i], &first, &last), ==, 1);
      first_page = MIN (first_page, first);
      last_page = MAX (last_page, last);
    }
  g_assert_cmpuint (last_page, >, first_page);

  /* The page that continues the cell repeats the table's header row. */
  g_assert_true (page_has_word (boxes, last_page, "(continued)"));
  g_assert_true (page_has_word (boxes, last_page, "Rationale"));
  g_assert_true (page_has_word (boxes, last_page, "References"));

  /* Register values are text, never markup. */
  g_assert_cmpuint (count_word (boxes, "<script>alert(1)</script>", NULL, NULL), >=, 2);

  g_unlink (path);
}

/* Independently of poppler: what each page draws stays on the paper. */
static void
test_ink_inside_pages (void)
{
  g_autofree char *name = NULL;
  g_autofree char *rationale = NULL;
  g_autoptr(QuadrantRegister) reg = NULL;
  g_autoptr(QuadrantRegister) example = quadrant_test_load_example ();
  g_auto(GStrv) name_words = NULL;
  g_auto(GStrv) rationale_words = NULL;
  QuadrantRegister *regs[2];

  reg = make_long_register (&name, &name_words, &rationale, &rationale_words);
  regs[0] = reg;
  regs[1] = example;

  for (guint r = 0; r < G_N_ELEMENTS (regs); r++)
    {
      g_autoptr(QuadrantPrintReport) report = quadrant_print_report_new (regs[r]);
      cairo_surface_t *measure = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (measure);
      guint n_pages;

      n_pages = quadrant_print_report_paginate (report, cr, QUADRANT_PRINT_A4_WIDTH,
                                                QUADRANT_PRINT_A4_HEIGHT);
      g_assert_cmpuint (n_pages, ==, quadrant_print_report_get_n_pages (report));
      g_assert_cmpuint (n_pages, >=, 4);
      g_assert_cmpuint (quadrant_print_report_get_map_page (report), ==, 1);
      cairo_destroy (cr);
      cairo_surface_destroy (measure);

      for (guint i = 0; i < n_pages; i++)
        {
          gboolean landscape = quadrant_print_report_page_is_landscape (report, i);
          double width = landscape ? QUADRANT_PRINT_A4_HEIGHT : QUADRANT_PRINT_A4_WIDTH;
          double height = landscape ? QUADRANT_PRINT_A4_WIDTH : QUADRANT_PRINT_A4_HEIGHT;
          cairo_surface_t *page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
          double x, y, w, h;

          g_assert_cmpint (landscape, ==, i == 1);
          cr = cairo_create (page);
          quadrant_print_report_draw_page (report, cr, i, width, height);
          cairo_destroy (cr);
          cairo_recording_surface_ink_extents (page, &x, &y, &w, &h);
          cairo_surface_destroy (page);

          /* Inside the paper with a margin of at least 10 mm all round. */
          g_assert_cmpfloat (w, >, 0);
          g_assert_cmpfloat (x, >=, 28);
          g_assert_cmpfloat (y, >=, 28);
          g_assert_cmpfloat (x + w, <=, width - 28);
          g_assert_cmpfloat (y + h, <=, height - 28);
        }
    }
}

/* Letter paper: pagination follows the size it is given. */
static void
test_paper_size (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(QuadrantPrintReport) report = quadrant_print_report_new (reg);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint a4, small, landscape;

  a4 = quadrant_print_report_paginate (report, cr, QUADRANT_PRINT_A4_WIDTH, QUADRANT_PRINT_A4_HEIGHT);
  /* A5 has half the area: more pages. */
  small = quadrant_print_report_paginate (report, cr, 419.5, 595.3);
  g_assert_cmpuint (small, >, a4);
  g_assert_cmpuint (quadrant_print_report_get_n_pages (report), ==, small);
  /* On landscape paper nothing needs turning. */
  landscape = quadrant_print_report_paginate (report, cr, QUADRANT_PRINT_A4_HEIGHT, QUADRANT_PRINT_A4_WIDTH);
  for (guint i = 0; i < landscape; i++)
    g_assert_false (quadrant_print_report_page_is_landscape (report, i));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A new, empty register still prints: title page, map, an empty register. */
static void
test_empty_register (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TextBoxes) boxes = NULL;
  g_autofree char *path = NULL;
  guint n_pages = 0;

  if (!have_poppler ())
    return;

  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 3);
  path = write_temp_pdf (pdf);
  g_assert_cmpuint (pdfinfo_pages (path), ==, 3);

  boxes = pdftotext_boxes (path);
  assert_inside_pages (boxes);
  g_assert_true (page_has_word (boxes, 2, "No"));
  g_assert_true (page_has_word (boxes, 2, "recorded."));
  g_assert_false (page_has_word (boxes, 2, "Decisions"));

  g_unlink (path);
}

static void
test_cli_export (void)
{
  g_autofree char *input = quadrant_test_data_path ("examples/northwind.quadrant.xml");
  g_autofree char *dir = NULL;
  g_autofree char *output = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GBytes) pdf = NULL;
  guint n_pages = 0;
  gsize length;

  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("test-print-XXXXXX", &error);
  g_assert_no_error (error);
  output = g_build_filename (dir, "report.pdf", NULL);

  g_assert_cmpint (quadrant_cli_export ("pdf-report", output, input, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  g_file_get_contents (output, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pdfinfo_pages (output), ==, n_pages);

  g_unlink (output);
  g_rmdir (dir);
}

/* All the PDF's text with runs of white space made one space. */
static char *
pdf_plain_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };
  g_autofree char *out = run_tool (argv);
  g_auto(GStrv) words = g_strsplit_set (out, " \n\t\f\r", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (text, "%s ", words[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What the HTML report has, the printed one has too: the owners and
 * priorities, the communication plan, the open findings and a sign-off. */
static void
test_closing_sections (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(GPtrArray) findings = quadrant_check_register (reg, NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  if (!have_poppler ())
    return;

  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  path = write_temp_pdf (pdf);
  text = pdf_plain_text (path);

  /* The board: its owner, and its regulatory requirement's priority and owner. */
  g_assert_nonnull (strstr (text, "Owner: Chief Executive Officer"));
  g_assert_nonnull (strstr (text, "High priority"));
  g_assert_nonnull (strstr (text, "Owner: Company secretary"));
  g_assert_nonnull (strstr (text, "Communication Plan"));
  /* A party's engagement plan, as in the example (the board's). */
  g_assert_nonnull (strstr (text, "Twice a year"));
  g_assert_nonnull (strstr (text, "Open Findings"));
  g_assert_cmpuint (findings->len, >, 0);
  {
    g_auto(GStrv) words = g_strsplit (quadrant_finding_get_message (g_ptr_array_index (findings, 0)), " ", 3);

    /* The first words, which no line break separates from each other. */
    g_assert_nonnull (strstr (text, words[0]));
  }
  g_assert_nonnull (strstr (text, "Sign-off"));
  g_assert_nonnull (strstr (text, "Signature"));
  /* The sign-off comes last. */
  g_assert_true (strstr (text, "Sign-off") > strstr (text, "Open Findings"));
  g_assert_true (strstr (text, "Open Findings") > strstr (text, "Communication Plan"));

  g_unlink (path);
}

/* Clause 4.2 a): the parties judged not relevant leave the register's table
 * and are listed, with their reason and date, in a section of their own. */
static void
test_not_relevant (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  const char *section;
  guint n_pages = 0;

  if (!have_poppler ())
    return;

  name = g_strdup (quadrant_party_get_name (party));
  quadrant_register_decide_relevance (reg, party, QUADRANT_RELEVANCE_NOT_RELEVANT,
                                      "Outside the ISMS scope of the portal", "2026-02-01");
  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  path = write_temp_pdf (pdf);
  text = pdf_plain_text (path);

  section = strstr (text, "Parties Considered and Not Relevant");
  g_assert_nonnull (section);
  g_assert_true (section > strstr (text, "Communication Plan"));
  g_assert_true (section < strstr (text, "Open Findings"));
  g_assert_nonnull (strstr (section, "Outside the ISMS scope of the portal"));
  g_assert_nonnull (strstr (section, "2026-02-01"));
  /* Not in the register's tables before it (the title page may name it as
   * the approver: the example's first party approved the register). */
  {
    /* The last heading of that name before the section (the first is the title). */
    const char *table = g_strrstr_len (text, section - text, "Interested Parties ");
    g_autofree char *tables = NULL;

    g_assert_nonnull (table);
    tables = g_strndup (table, section - table);
    g_assert_null (strstr (tables, name));
  }

  g_unlink (path);
}

/* Clause 4.2 a): how the parties were identified, as the HTML report has
 * it: each method, how many parties it found and what became of them, and
 * when; parties without a method last, as not recorded. */
static void
test_identification (void)
{
  struct {
    const char             *name;
    QuadrantIdentification  method;
    const char             *date;
    QuadrantRelevance       relevance;
  } parties[] = {
    { "Alpha Bank", QUADRANT_IDENTIFICATION_BRAINSTORMING, "2026-03-05", QUADRANT_RELEVANCE_RELEVANT },
    { "Beta Press", QUADRANT_IDENTIFICATION_UNSPECIFIED, NULL, QUADRANT_RELEVANCE_RELEVANT },
    { "Gamma Union", QUADRANT_IDENTIFICATION_RISK_ASSESSMENT, "2026-02-02", QUADRANT_RELEVANCE_TO_DECIDE },
    { "Delta Club", QUADRANT_IDENTIFICATION_BRAINSTORMING, "2026-01-10", QUADRANT_RELEVANCE_NOT_RELEVANT },
  };
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  const char *section;
  guint n_pages = 0;

  if (!have_poppler ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

      quadrant_party_set_name (party, parties[i].name);
      quadrant_party_set_identified_by (party, parties[i].method);
      quadrant_party_set_identified_on (party, parties[i].date);
      quadrant_party_set_relevance (party, parties[i].relevance);
      if (parties[i].relevance == QUADRANT_RELEVANCE_NOT_RELEVANT)
        quadrant_party_set_relevance_rationale (party, "No stake in the information");
      quadrant_register_add_party (reg, party);
    }
  pdf = quadrant_print_report_to_pdf (reg, &n_pages, &error);
  g_assert_no_error (error);
  path = write_temp_pdf (pdf);
  text = pdf_plain_text (path);

  section = strstr (text, "How Parties Were Identified");
  g_assert_nonnull (section);
  g_assert_true (section < strstr (text, "Parties Considered and Not Relevant"));
  /* Method, found, relevant, not relevant, to decide, when. */
  g_assert_nonnull (strstr (section, "Brainstorming 2 1 1 0 2026-01-10 to 2026-03-05 "
                                     "Risk assessment 1 0 0 1 2026-02-02 "
                                     "Not recorded 1 1 0 0 — "));

  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/report/example-pages", test_example_pages);
  g_test_add_func ("/print/report/long-texts", test_long_texts);
  g_test_add_func ("/print/report/ink-inside-pages", test_ink_inside_pages);
  g_test_add_func ("/print/report/paper-size", test_paper_size);
  g_test_add_func ("/print/report/empty", test_empty_register);
  g_test_add_func ("/print/report/closing-sections", test_closing_sections);
  g_test_add_func ("/print/report/not-relevant", test_not_relevant);
  g_test_add_func ("/print/report/identification", test_identification);
  g_test_add_func ("/print/report/cli-export", test_cli_export);

  return g_test_run ();
}
