/* quadrant-print-layout.c: text, boxes, pages and tables of the printed report
 *
 * Every piece of a page goes through add_text () or add_box (): while
 * paginating they only move the position down the page, while drawing they
 * draw what lands on the page being drawn. Measuring and drawing are thus one
 * code path and cannot disagree.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-print-report-private.h"

#define BODY_SIZE       QUADRANT_PRINT_BODY_SIZE
#define CELL_PAD        3.5
#define LINE_WIDTH      QUADRANT_PRINT_LINE_WIDTH
#define MIN_SPLIT_LINES 4   /* a long cell starts on a page only with room for this many lines */

typedef enum {
  ITEM_TEXT,
  ITEM_FILL,
  ITEM_STROKE,
} ItemKind;

/* ---- drawing what lands on the page ---- */

static gboolean
drawing_here (QuadrantPrintReport *self)
{
  return self->draw_cr != NULL && self->at.page == self->draw_page;
}

/* layout drawn at (x, y - offset), clipped to its lines from offset to offset + visible */
static void
add_text (QuadrantPrintReport *self,
          PangoLayout         *layout,
          double               x,
          double               y,
          double               offset,
          double               visible)
{
  cairo_t *cr = self->draw_cr;
  int width;

  if (!drawing_here (self))
    return;

  pango_layout_get_size (layout, &width, NULL);
  cairo_save (cr);
  /* Only whole lines of a split cell: the rest is on another page. */
  cairo_rectangle (cr, x - CELL_PAD, y, pango_units_to_double (width) + 2 * CELL_PAD, visible);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, x, y - offset);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
add_box (QuadrantPrintReport *self,
         ItemKind             kind,
         double               x,
         double               y,
         double               width,
         double               height,
         double               grey)
{
  cairo_t *cr = self->draw_cr;

  if (!drawing_here (self))
    return;

  cairo_set_source_rgb (cr, grey, grey, grey);
  if (kind == ITEM_STROKE)
    cairo_set_line_width (cr, LINE_WIDTH);
  cairo_rectangle (cr, x, y, width, height);
  if (kind == ITEM_FILL)
    cairo_fill (cr);
  else
    cairo_stroke (cr);
}

/* ---- pages ---- */

void
quadrant_print_new_page (QuadrantPrintReport *self)
{
  /* Pagination remembers where each page was opened; drawing only counts. */
  if (self->draw_cr == NULL)
    {
      QuadrantPrintPage page = { self->unit_start, FALSE };

      g_array_append_val (self->pages, page);
    }
  self->at.page++;
  self->at.y = self->top;
}

/* ---- text ---- */

PangoLayout *
quadrant_print_make_layout (QuadrantPrintReport *self,
                            const char          *text,
                            double               size,
                            PangoWeight          weight,
                            PangoStyle           style,
                            double               width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, QUADRANT_PRINT_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  /* Words longer than the cell break between characters rather than run out of it. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, pango_units_from_double (width));
  /* Plain text, never markup: register values are shown as they are. */
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

double
quadrant_print_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* The bottom of the last whole line that ends at most `room` below `from`
 * (layout coordinates); at least one more line, so every call makes progress. */
static double
fit_lines (PangoLayout *layout,
           double       from,
           double       room)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  double end = from;

  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      bottom = pango_units_to_double (logical.y + logical.height);
      if (top < from - 0.01)
        continue;
      if (bottom - from > room && end > from)
        break;
      end = bottom;
      if (bottom - from > room)
        break;
    }
  while (pango_layout_iter_next_line (iter));

  return end;
}

/* A heading or paragraph across the body; kept on the page with `keep` points
 * of what follows it. */
void
quadrant_print_add_paragraph (QuadrantPrintReport *self,
                              const char          *text,
                              double               size,
                              PangoWeight          weight,
                              PangoStyle           style,
                              double               space_before,
                              double               keep)
{
  g_autoptr(PangoLayout) layout = quadrant_print_make_layout (self, text, size, weight, style,
                                                              self->right - self->left);
  double height = quadrant_print_layout_height (layout);

  if (self->at.y > self->top)
    self->at.y += space_before;
  if (self->at.y + height + keep > self->bottom && self->at.y > self->top)
    quadrant_print_new_page (self);
  /* A paragraph taller than a page is unlikely (an organisation name); clip it. */
  add_text (self, layout, self->left, self->at.y, 0, MIN (height, self->bottom - self->at.y));
  self->at.y += height;
}

/* ---- tables ---- */

void
quadrant_print_table_init (QuadrantPrintReport       *self,
                           QuadrantPrintTable        *table,
                           const QuadrantPrintColumn *columns,
                           guint                      n_columns,
                           gboolean                   with_header,
                           const double              *widest)
{
  double min[G_N_ELEMENTS (table->widths)] = { 0, };

  g_assert (n_columns <= G_N_ELEMENTS (table->widths));
  memset (table, 0, sizeof *table);
  table->columns = columns;
  table->n_columns = n_columns;

  /* Room for the widest word of the cells and of the header, and the
   * padding; a point more, as Pango wraps at the exact width. */
  for (guint i = 0; i < n_columns; i++)
    {
      double word = widest != NULL ? widest[i] : 0;

      if (with_header)
        word = MAX (word, quadrant_print_widest_word (self, _(columns[i].title), TRUE));
      min[i] = word > 0 ? word + 2 * CELL_PAD + 1 : 0;
    }
  quadrant_print_fit_widths (columns, n_columns, self->right - self->left, min, table->widths);

  if (!with_header)
    return;

  for (guint i = 0; i < n_columns; i++)
    {
      table->header[i] = quadrant_print_make_layout (self, _(columns[i].title), BODY_SIZE,
                                                     PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                                                     table->widths[i] - 2 * CELL_PAD);
      quadrant_print_keep_words (self, table->header[i], TRUE);
      table->header_height = MAX (table->header_height,
                                  quadrant_print_layout_height (table->header[i]) + 2 * CELL_PAD);
    }
}

void
quadrant_print_table_clear (QuadrantPrintTable *table)
{
  for (guint i = 0; i < table->n_columns; i++)
    g_clear_object (&table->header[i]);
  g_clear_pointer (&table->continued, g_free);
  table->n_columns = 0;
}

static void
table_add_header (QuadrantPrintReport *self,
                  QuadrantPrintTable  *table)
{
  double x = self->left;

  if (table->header[0] == NULL)
    return;

  for (guint i = 0; i < table->n_columns; i++)
    {
      add_box (self, ITEM_FILL, x, self->at.y, table->widths[i], table->header_height, 0.88);
      add_box (self, ITEM_STROKE, x, self->at.y, table->widths[i], table->header_height, 0.55);
      add_text (self, table->header[i], x + CELL_PAD, self->at.y + CELL_PAD, 0,
                quadrant_print_layout_height (table->header[i]));
      x += table->widths[i];
    }
  self->at.y += table->header_height;
}

/* Space a new page of the table starts with (continuation line and header). */
static double
table_head_height (QuadrantPrintTable *table)
{
  return table->header_height + (table->continued != NULL ? BODY_SIZE * 2 : 0);
}

static void
table_new_page (QuadrantPrintReport *self,
                QuadrantPrintTable  *table)
{
  quadrant_print_new_page (self);
  if (table->continued != NULL)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double height;

      layout = quadrant_print_make_layout (self, table->continued, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                           PANGO_STYLE_ITALIC, self->right - self->left);
      /* One line, keeping "(continued)" at its end even after a long name. */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
      height = MIN (quadrant_print_layout_height (layout), BODY_SIZE * 2);

      add_text (self, layout, self->left, self->at.y, 0, height);
      self->at.y += BODY_SIZE * 2;
    }
  table_add_header (self, table);
}

static PangoLayout *
make_cell (QuadrantPrintReport *self,
           QuadrantPrintTable  *table,
           guint                column,
           const char          *text)
{
  gboolean label = table->label_column && column == 0;
  PangoLayout *layout = quadrant_print_make_layout (self, text != NULL && text[0] != '\0' ? text : "—",
                                                    BODY_SIZE, label ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                                    PANGO_STYLE_NORMAL, table->widths[column] - 2 * CELL_PAD);

  quadrant_print_keep_words (self, layout, label);
  return layout;
}

/* What must fit below a heading so that it does not end a page on its own:
 * the header row and the first row (or its first lines, if it is long). */
double
quadrant_print_table_keep_height (QuadrantPrintReport *self,
                                  QuadrantPrintTable  *table,
                                  const char * const  *first_row)
{
  double row = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      g_autoptr(PangoLayout) layout = make_cell (self, table, i, first_row[i]);

      row = MAX (row, quadrant_print_layout_height (layout));
    }

  return table->header_height + MIN (row, MIN_SPLIT_LINES * BODY_SIZE * 1.2) + 2 * CELL_PAD;
}

/* Starts a table: its header row, on a new page unless its first row fits too. */
void
quadrant_print_table_begin (QuadrantPrintReport *self,
                            QuadrantPrintTable  *table,
                            const char * const  *first_row)
{
  double keep = quadrant_print_table_keep_height (self, table, first_row);

  if (self->at.y + keep > self->bottom && self->at.y > self->top)
    quadrant_print_new_page (self);
  table_add_header (self, table);
}

void
quadrant_print_table_add_row (QuadrantPrintReport *self,
                              QuadrantPrintTable  *table,
                              const char * const  *cells)
{
  PangoLayout *layouts[G_N_ELEMENTS (table->widths)] = { NULL, };
  double consumed[G_N_ELEMENTS (table->widths)] = { 0, };
  double heights[G_N_ELEMENTS (table->widths)] = { 0, };
  double full = 0, page_room, min_split;
  gboolean done = FALSE;

  for (guint i = 0; i < table->n_columns; i++)
    {
      layouts[i] = make_cell (self, table, i, cells[i]);
      heights[i] = quadrant_print_layout_height (layouts[i]);
      full = MAX (full, heights[i]);
    }
  full += 2 * CELL_PAD;

  /* A row that fits on a page is never split: it moves to the next page.
   * A taller one starts here, unless only a sliver of the page is left. */
  page_room = self->bottom - self->top - table_head_height (table);
  min_split = MIN_SPLIT_LINES * BODY_SIZE * 1.2 + 2 * CELL_PAD;
  if (self->at.y + full > self->bottom &&
      (full <= page_room || self->bottom - self->at.y < min_split))
    table_new_page (self, table);

  while (!done)
    {
      double room = self->bottom - self->at.y - 2 * CELL_PAD;
      double ends[G_N_ELEMENTS (table->widths)];
      double fragment = 0, x = self->left;

      done = TRUE;
      for (guint i = 0; i < table->n_columns; i++)
        {
          ends[i] = consumed[i] < heights[i] ? fit_lines (layouts[i], consumed[i], room) : consumed[i];
          fragment = MAX (fragment, ends[i] - consumed[i]);
        }
      fragment += 2 * CELL_PAD;

      for (guint i = 0; i < table->n_columns; i++)
        {
          if (table->label_column && i == 0)
            add_box (self, ITEM_FILL, x, self->at.y, table->widths[i], fragment, 0.94);
          add_box (self, ITEM_STROKE, x, self->at.y, table->widths[i], fragment, 0.55);
          if (ends[i] > consumed[i])
            add_text (self, layouts[i], x + CELL_PAD, self->at.y + CELL_PAD,
                      consumed[i], ends[i] - consumed[i]);
          consumed[i] = ends[i];
          if (consumed[i] < heights[i] - 0.01)
            done = FALSE;
          x += table->widths[i];
        }
      self->at.y += fragment;

      if (!done)
        table_new_page (self, table);
    }

  for (guint i = 0; i < table->n_columns; i++)
    g_object_unref (layouts[i]);
}
