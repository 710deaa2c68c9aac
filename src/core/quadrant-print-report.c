/* quadrant-print-report.c: the register as printed pages, drawn with cairo and pango
 *
 * Pagination shapes every text once and keeps the shaped PangoLayouts in a
 * list of items per page; drawing a page replays its items. So what was
 * measured is exactly what is drawn, and the page count that the print dialog
 * or the PDF reports can never disagree with the pages themselves.
 */
#define G_LOG_DOMAIN "quadrant-print"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"
#include "quadrant-print-report.h"

#define FONT_FAMILY  "Sans"
#define BODY_SIZE    8.5
#define MARGIN       48.0   /* about 17 mm: inside every printer's hardware margin */
#define FOOTER_SPACE 26.0   /* between the body and the bottom margin */
#define CELL_PAD     3.5
#define LINE_WIDTH   0.5
#define MIN_SPLIT_LINES 4   /* a long cell starts on a page only with room for this many lines */

typedef enum {
  ITEM_TEXT,
  ITEM_FILL,
  ITEM_STROKE,
} ItemKind;

typedef struct {
  ItemKind     kind;
  double       x, y, width, height;
  PangoLayout *layout;  /* ITEM_TEXT: drawn at (x, y - offset), clipped to the rectangle */
  double       offset;
  double       grey;
} Item;

typedef struct {
  GArray   *items;      /* of Item */
  gboolean  map;
} Page;

typedef struct {
  const char *title;
  double      weight;
} Column;

typedef struct {
  const Column *columns;
  guint         n_columns;
  double        widths[8];
  PangoLayout  *header[8];   /* NULL: a table without header row */
  double        header_height;
  char         *continued;   /* a line above the repeated header, or NULL */
  gboolean      label_column; /* the first column is shaded (key/value tables) */
} Table;

struct _QuadrantPrintReport
{
  GObject           parent_instance;

  QuadrantRegister *reg;
  PangoContext     *context;
  GPtrArray        *pages;        /* of Page */

  /* Paper and the current position while paginating */
  double            width, height;
  double            top, bottom, left, right;
  double            y;
  guint             map_page;
};

G_DEFINE_FINAL_TYPE (QuadrantPrintReport, quadrant_print_report, G_TYPE_OBJECT)

/* ---- items and pages ---- */

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_array_unref (page->items);
  g_free (page);
}

static Page *
current_page (QuadrantPrintReport *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

static void
new_page (QuadrantPrintReport *self)
{
  Page *page = g_new0 (Page, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (page->items, clear_item);
  g_ptr_array_add (self->pages, page);
  self->y = self->top;
}

static void
add_text (QuadrantPrintReport *self,
          PangoLayout         *layout,
          double               x,
          double               y,
          double               offset,
          double               visible)
{
  Item item = { ITEM_TEXT, x, y, 0, visible, g_object_ref (layout), offset, 0 };
  int width;

  pango_layout_get_size (layout, &width, NULL);
  item.width = pango_units_to_double (width);
  g_array_append_val (current_page (self)->items, item);
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
  Item item = { kind, x, y, width, height, NULL, 0, grey };

  g_array_append_val (current_page (self)->items, item);
}

/* ---- text ---- */

static PangoLayout *
make_layout (QuadrantPrintReport *self,
             const char          *text,
             double               size,
             PangoWeight          weight,
             PangoStyle           style,
             double               width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
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

static double
layout_height (PangoLayout *layout)
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
static void
add_paragraph (QuadrantPrintReport *self,
               const char          *text,
               double               size,
               PangoWeight          weight,
               PangoStyle           style,
               double               space_before,
               double               keep)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, size, weight, style,
                                               self->right - self->left);
  double height = layout_height (layout);

  if (self->y > self->top)
    self->y += space_before;
  if (self->y + height + keep > self->bottom && self->y > self->top)
    new_page (self);
  /* A paragraph taller than a page is unlikely (an organisation name); clip it. */
  add_text (self, layout, self->left, self->y, 0, MIN (height, self->bottom - self->y));
  self->y += height;
}

/* ---- tables ---- */

static void
table_init (QuadrantPrintReport *self,
            Table               *table,
            const Column        *columns,
            guint                n_columns,
            gboolean             with_header)
{
  double total = 0, body = self->right - self->left;

  g_assert (n_columns <= G_N_ELEMENTS (table->widths));
  memset (table, 0, sizeof *table);
  table->columns = columns;
  table->n_columns = n_columns;

  for (guint i = 0; i < n_columns; i++)
    total += columns[i].weight;
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = body * columns[i].weight / total;

  if (!with_header)
    return;

  for (guint i = 0; i < n_columns; i++)
    {
      table->header[i] = make_layout (self, _(columns[i].title), BODY_SIZE, PANGO_WEIGHT_BOLD,
                                      PANGO_STYLE_NORMAL, table->widths[i] - 2 * CELL_PAD);
      table->header_height = MAX (table->header_height,
                                  layout_height (table->header[i]) + 2 * CELL_PAD);
    }
}

static void
table_clear (Table *table)
{
  for (guint i = 0; i < table->n_columns; i++)
    g_clear_object (&table->header[i]);
  g_clear_pointer (&table->continued, g_free);
}

static void
table_add_header (QuadrantPrintReport *self,
                  Table               *table)
{
  double x = self->left;

  if (table->header[0] == NULL)
    return;

  for (guint i = 0; i < table->n_columns; i++)
    {
      add_box (self, ITEM_FILL, x, self->y, table->widths[i], table->header_height, 0.88);
      add_box (self, ITEM_STROKE, x, self->y, table->widths[i], table->header_height, 0.55);
      add_text (self, table->header[i], x + CELL_PAD, self->y + CELL_PAD, 0,
                layout_height (table->header[i]));
      x += table->widths[i];
    }
  self->y += table->header_height;
}

/* Space a new page of the table starts with (continuation line and header). */
static double
table_head_height (QuadrantPrintReport *self,
                   Table               *table)
{
  return table->header_height + (table->continued != NULL ? BODY_SIZE * 2 : 0);
}

static void
table_new_page (QuadrantPrintReport *self,
                Table               *table)
{
  new_page (self);
  if (table->continued != NULL)
    {
      g_autoptr(PangoLayout) layout = make_layout (self, table->continued, BODY_SIZE,
                                                   PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
                                                   self->right - self->left);
      double height;

      /* One line, keeping "(continued)" at its end even after a long name. */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
      height = MIN (layout_height (layout), BODY_SIZE * 2);

      add_text (self, layout, self->left, self->y, 0, height);
      self->y += BODY_SIZE * 2;
    }
  table_add_header (self, table);
}

static PangoLayout *
make_cell (QuadrantPrintReport *self,
           Table               *table,
           guint                column,
           const char          *text)
{
  gboolean label = table->label_column && column == 0;

  return make_layout (self, text != NULL && text[0] != '\0' ? text : "—",
                      BODY_SIZE, label ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                      PANGO_STYLE_NORMAL, table->widths[column] - 2 * CELL_PAD);
}

/* What must fit below a heading so that it does not end a page on its own:
 * the header row and the first row (or its first lines, if it is long). */
static double
table_keep_height (QuadrantPrintReport *self,
                   Table               *table,
                   const char * const  *first_row)
{
  double row = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      g_autoptr(PangoLayout) layout = make_cell (self, table, i, first_row[i]);

      row = MAX (row, layout_height (layout));
    }

  return table->header_height + MIN (row, MIN_SPLIT_LINES * BODY_SIZE * 1.2) + 2 * CELL_PAD;
}

/* Starts a table: its header row, on a new page unless its first row fits too. */
static void
table_begin (QuadrantPrintReport *self,
             Table               *table,
             const char * const  *first_row)
{
  if (self->y + table_keep_height (self, table, first_row) > self->bottom && self->y > self->top)
    new_page (self);
  table_add_header (self, table);
}

static void
table_add_row (QuadrantPrintReport *self,
               Table               *table,
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
      heights[i] = layout_height (layouts[i]);
      full = MAX (full, heights[i]);
    }
  full += 2 * CELL_PAD;

  /* A row that fits on a page is never split: it moves to the next page.
   * A taller one starts here, unless only a sliver of the page is left. */
  page_room = self->bottom - self->top - table_head_height (self, table);
  min_split = MIN_SPLIT_LINES * BODY_SIZE * 1.2 + 2 * CELL_PAD;
  if (self->y + full > self->bottom &&
      (full <= page_room || self->bottom - self->y < min_split))
    table_new_page (self, table);

  while (!done)
    {
      double room = self->bottom - self->y - 2 * CELL_PAD;
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
            add_box (self, ITEM_FILL, x, self->y, table->widths[i], fragment, 0.94);
          add_box (self, ITEM_STROKE, x, self->y, table->widths[i], fragment, 0.55);
          if (ends[i] > consumed[i])
            add_text (self, layouts[i], x + CELL_PAD, self->y + CELL_PAD,
                      consumed[i], ends[i] - consumed[i]);
          consumed[i] = ends[i];
          if (consumed[i] < heights[i] - 0.01)
            done = FALSE;
          x += table->widths[i];
        }
      self->y += fragment;

      if (!done)
        table_new_page (self, table);
    }

  for (guint i = 0; i < table->n_columns; i++)
    g_object_unref (layouts[i]);
}

/* ---- the sections ---- */

/* One row's cells, newly allocated, for an item of a list model. */
typedef char **(*RowFunc) (gpointer item);

/* A heading followed by a table of one row per item of items (or by
 * empty_text when there are none). The heading never ends a page alone. */
static void
add_table_section (QuadrantPrintReport *self,
                   const char          *heading,
                   double               heading_size,
                   double               space_before,
                   Table               *table,
                   GListModel          *items,
                   RowFunc              row_func,
                   const char          *empty_text)
{
  guint n_items = g_list_model_get_n_items (items);
  g_auto(GStrv) first = NULL;
  double keep = 0;

  if (n_items > 0)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, 0);

      first = row_func (item);
      keep = table_keep_height (self, table, (const char * const *) first);
    }

  add_paragraph (self, heading, heading_size, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                 space_before, 5 + (n_items > 0 ? keep : BODY_SIZE * 1.5));
  self->y += 5;

  if (n_items == 0)
    {
      add_paragraph (self, empty_text, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, 0);
      return;
    }

  table_begin (self, table, (const char * const *) first);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_auto(GStrv) cells = row_func (item);

      table_add_row (self, table, (const char * const *) cells);
    }
}

/* Cells are GStrv, so an unset value must not end the vector early. */
static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static const char *
or_dash (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : "—";
}

static char **
revision_row (gpointer item)
{
  QuadrantRevision *revision = item;
  char **cells = g_new0 (char *, 5);

  cells[0] = dup_text (quadrant_revision_get_version (revision));
  cells[1] = dup_text (quadrant_revision_get_date (revision));
  cells[2] = dup_text (quadrant_revision_get_author (revision));
  cells[3] = dup_text (quadrant_revision_get_summary (revision));

  return cells;
}

static void
add_title_page (QuadrantPrintReport *self)
{
  static const Column control_columns[] = {
    { NULL, 1 },
    { NULL, 3 },
  };
  static const Column revision_columns[] = {
    { N_("Version"), 1 },
    { N_("Date"), 1.3 },
    { N_("Author"), 2 },
    { N_("Summary"), 5 },
  };
  QuadrantRegister *reg = self->reg;
  GListModel *revisions = quadrant_register_get_revisions (reg);
  g_autofree char *counts = NULL;
  Table table;
  struct {
    const char *label;
    const char *value;
  } control[] = {
    { N_("Organisation"), quadrant_register_get_organisation (reg) },
    { N_("ISMS scope"), quadrant_register_get_scope (reg) },
    { N_("Owner"), quadrant_register_get_owner (reg) },
    { N_("Classification"), quadrant_register_get_classification (reg) },
    { N_("Version"), quadrant_register_get_version (reg) },
    { N_("Approved by"), quadrant_register_get_approved_by (reg) },
    { N_("Approval date"), quadrant_register_get_approval_date (reg) },
    { N_("Next review"), quadrant_register_get_next_review (reg) },
  };

  self->y = self->top + 40;
  add_paragraph (self, _("ISO/IEC 27001:2022, clause 4.2"), 10, PANGO_WEIGHT_NORMAL,
                 PANGO_STYLE_NORMAL, 0, 0);
  self->y += 6;
  add_paragraph (self, _("Interested Parties Register"), 24, PANGO_WEIGHT_BOLD,
                 PANGO_STYLE_NORMAL, 0, 0);
  self->y += 4;
  add_paragraph (self, or_dash (quadrant_register_get_organisation (reg)), 15,
                 PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, 0);
  counts = g_strdup_printf (_("%u interested parties, %u requirements"),
                            quadrant_register_get_n_parties (reg),
                            quadrant_register_get_n_requirements (reg));
  add_paragraph (self, counts, 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 4, 0);

  add_paragraph (self, _("Document Control"), 13, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 30, 40);
  self->y += 6;
  table_init (self, &table, control_columns, G_N_ELEMENTS (control_columns), FALSE);
  table.label_column = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (control); i++)
    {
      const char *cells[] = { _(control[i].label), control[i].value };

      table_add_row (self, &table, cells);
    }
  table_clear (&table);

  table_init (self, &table, revision_columns, G_N_ELEMENTS (revision_columns), TRUE);
  table.continued = dup_text (_("Revision history (continued)"));
  add_table_section (self, _("Revision History"), 13, 24, &table, revisions,
                     revision_row, _("No revisions recorded."));
  table_clear (&table);
}

static char *
dup_position_value (int value)
{
  if (value == QUADRANT_NOT_ASSESSED)
    return dup_text (C_("power or interest", "Not assessed"));

  return g_strdup_printf ("%d", value);
}

static char *
dup_support (QuadrantParty *party)
{
  QuadrantSupport current = quadrant_party_get_current_support (party);
  QuadrantSupport desired = quadrant_party_get_desired_support (party);
  const char *current_label = quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, current);

  if (current == desired)
    return dup_text (current_label);

  /* Translators: current → desired support of a party */
  return g_strdup_printf (_("%s → %s"), current_label,
                          quadrant_enum_to_label (QUADRANT_TYPE_SUPPORT, desired));
}

static char **
party_row (gpointer item)
{
  QuadrantParty *party = item;
  char **cells = g_new0 (char *, 8);

  cells[0] = dup_text (quadrant_party_get_name (party));
  cells[1] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)));
  cells[2] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY,
                                               quadrant_party_get_category (party)));
  cells[3] = dup_position_value (quadrant_party_get_power (party));
  cells[4] = dup_position_value (quadrant_party_get_interest (party));
  cells[5] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_QUADRANT,
                                               quadrant_party_get_quadrant (party)));
  cells[6] = dup_support (party);

  return cells;
}

static void
add_parties (QuadrantPrintReport *self)
{
  static const Column columns[] = {
    { N_("Party"), 3.2 },
    { N_("Kind"), 1.8 },
    { N_("Category"), 1.3 },
    { N_("Power"), 1.1 },
    { N_("Interest"), 1.1 },
    { N_("Quadrant"), 1.6 },
    { N_("Support"), 1.9 },
  };
  GListModel *parties = quadrant_register_get_parties (self->reg);
  Table table;

  table_init (self, &table, columns, G_N_ELEMENTS (columns), TRUE);
  table.continued = dup_text (_("Interested parties (continued)"));
  add_table_section (self, _("Interested Parties"), 13, 0, &table, parties,
                     party_row, _("No interested parties recorded."));
  table_clear (&table);
}

static char *
dup_references (QuadrantRequirement *requirement)
{
  GPtrArray *refs = quadrant_requirement_get_references (requirement);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < refs->len; i++)
    {
      QuadrantReference *ref = g_ptr_array_index (refs, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a reference of a decision, e.g. "Control: A.5.34" */
      g_string_append_printf (text, _("%s: %s"),
                              quadrant_enum_to_label (QUADRANT_TYPE_REFERENCE_KIND, ref->kind),
                              ref->text != NULL ? ref->text : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char **
requirement_row (gpointer item)
{
  QuadrantRequirement *req = item;
  char **cells = g_new0 (char *, 7);

  cells[0] = dup_text (quadrant_requirement_get_statement (req));
  cells[1] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_REQUIREMENT_TYPE,
                                               quadrant_requirement_get_requirement_type (req)));
  cells[2] = dup_text (quadrant_requirement_get_source (req));
  cells[3] = dup_text (quadrant_enum_to_label (QUADRANT_TYPE_DECISION,
                                               quadrant_requirement_get_decision (req)));
  cells[4] = dup_text (quadrant_requirement_get_rationale (req));
  cells[5] = dup_references (req);

  return cells;
}

static void
add_requirements (QuadrantPrintReport *self)
{
  static const Column columns[] = {
    { N_("Requirement"), 3.2 },
    { N_("Type"), 1.4 },
    { N_("Source"), 1.8 },
    { N_("Decision"), 1.5 },
    { N_("Rationale"), 3.0 },
    { N_("References"), 1.9 },
  };
  GListModel *parties = quadrant_register_get_parties (self->reg);

  /* Without parties the parties table already says there is nothing. */
  if (g_list_model_get_n_items (parties) == 0)
    return;

  add_paragraph (self, _("Requirements and Decisions"), 13, PANGO_WEIGHT_BOLD,
                 PANGO_STYLE_NORMAL, 24, 80);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      const char *name = or_dash (quadrant_party_get_name (party));
      Table table;

      table_init (self, &table, columns, G_N_ELEMENTS (columns), TRUE);
      /* Translators: above the repeated header of a party's requirements on a new page */
      table.continued = g_strdup_printf (_("%s (continued)"), name);
      add_table_section (self, name, 10.5, 14, &table, quadrant_party_get_requirements (party),
                         requirement_row, _("No requirements recorded."));
      table_clear (&table);
    }
}

/* ---- drawing ---- */

static void
draw_items (cairo_t *cr,
            Page    *page)
{
  for (guint i = 0; i < page->items->len; i++)
    {
      Item *item = &g_array_index (page->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          cairo_save (cr);
          /* Only whole lines of a split cell: the rest is on another page. */
          cairo_rectangle (cr, item->x - CELL_PAD, item->y, item->width + 2 * CELL_PAD, item->height);
          cairo_clip (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_move_to (cr, item->x, item->y - item->offset);
          pango_cairo_show_layout (cr, item->layout);
          cairo_restore (cr);
          break;

        case ITEM_FILL:
          cairo_set_source_rgb (cr, item->grey, item->grey, item->grey);
          cairo_rectangle (cr, item->x, item->y, item->width, item->height);
          cairo_fill (cr);
          break;

        case ITEM_STROKE:
        default:
          cairo_set_source_rgb (cr, item->grey, item->grey, item->grey);
          cairo_set_line_width (cr, LINE_WIDTH);
          cairo_rectangle (cr, item->x, item->y, item->width, item->height);
          cairo_stroke (cr);
          break;
        }
    }
}

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
  left = make_layout (self, organisation, 7.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, third - 6);
  centre = make_layout (self, classification, 7.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, third - 6);
  right = make_layout (self, number, 7.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, third);
  pango_layout_set_alignment (centre, PANGO_ALIGN_CENTER);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  /* The footer is one line: long organisation names end in an ellipsis. */
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_ellipsize (centre, PANGO_ELLIPSIZE_END);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, LINE_WIDTH);
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
  g_autoptr(PangoLayout) note = NULL;
  g_autoptr(GString) unplaced = g_string_new (NULL);
  GListModel *parties = quadrant_register_get_parties (self->reg);
  QuadrantMapOptions options;
  double map_width = width - 2 * MARGIN;
  double map_height = height - 2 * MARGIN - FOOTER_SPACE;

  /* Parties not yet assessed have no place on the map; name them below it so
   * that a reader of the page does not take them for forgotten. */
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_is_placed (party))
        continue;
      if (unplaced->len > 0)
        /* Translators: between the names of parties in a list */
        g_string_append (unplaced, _(", "));
      g_string_append (unplaced, or_dash (quadrant_party_get_name (party)));
    }
  if (unplaced->len > 0)
    {
      /* Translators: below the printed map; %s is a list of party names */
      g_autofree char *text = g_strdup_printf (_("Not yet assessed, so not on the map: %s"),
                                               unplaced->str);

      note = make_layout (self, text, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, map_width);
      /* At most three lines; the register tables list every party anyway. */
      pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (note, -3);
      map_height -= layout_height (note) + 8;

      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      cairo_move_to (cr, MARGIN, MARGIN + map_height + 8);
      pango_cairo_show_layout (cr, note);
      cairo_restore (cr);
    }

  quadrant_map_options_init (&options);
  options.show_title = TRUE;
  options.show_legend = TRUE;
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
quadrant_print_report_finalize (GObject *object)
{
  QuadrantPrintReport *self = (QuadrantPrintReport *) object;

  g_clear_object (&self->reg);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (quadrant_print_report_parent_class)->finalize (object);
}

static void
quadrant_print_report_class_init (QuadrantPrintReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = quadrant_print_report_finalize;
}

static void
quadrant_print_report_init (QuadrantPrintReport *self)
{
  self->pages = g_ptr_array_new_with_free_func (page_free);
}

/* ---- public API ---- */

QuadrantPrintReport *
quadrant_print_report_new (QuadrantRegister *reg)
{
  QuadrantPrintReport *self;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  self = g_object_new (QUADRANT_TYPE_PRINT_REPORT, NULL);
  self->reg = g_object_ref (reg);

  return self;
}

guint
quadrant_print_report_paginate (QuadrantPrintReport *self,
                                cairo_t             *cr,
                                double               width,
                                double               height)
{
  cairo_font_options_t *font_options;
  Page *map;

  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 4 * MARGIN && height > 4 * MARGIN + FOOTER_SPACE, 0);

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
  g_ptr_array_set_size (self->pages, 0);

  new_page (self);
  add_title_page (self);

  new_page (self);
  map = current_page (self);
  map->map = TRUE;
  self->map_page = self->pages->len - 1;

  new_page (self);
  add_parties (self);
  add_requirements (self);

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

  return self->map_page;
}

gboolean
quadrant_print_report_page_is_landscape (QuadrantPrintReport *self,
                                         guint                page)
{
  g_return_val_if_fail (QUADRANT_IS_PRINT_REPORT (self), FALSE);
  g_return_val_if_fail (page < self->pages->len, FALSE);

  return ((Page *) g_ptr_array_index (self->pages, page))->map && self->width < self->height;
}

void
quadrant_print_report_draw_page (QuadrantPrintReport *self,
                                 cairo_t             *cr,
                                 guint                page,
                                 double               width,
                                 double               height)
{
  Page *p;

  g_return_if_fail (QUADRANT_IS_PRINT_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  if (p->map)
    draw_map (self, cr, width, height);
  else
    draw_items (cr, p);
  draw_footer (self, cr, page, width, height);
  cairo_restore (cr);
}

static cairo_status_t
write_to_array_cb (void                *closure,
                   const unsigned char *data,
                   unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

GBytes *
quadrant_print_report_to_pdf (QuadrantRegister  *reg,
                              guint             *n_pages,
                              GError           **error)
{
  g_autoptr(QuadrantPrintReport) report = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree char *title = NULL;
  const char *organisation;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint count;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = quadrant_print_report_new (reg);
  surface = cairo_pdf_surface_create_for_stream (write_to_array_cb, data,
                                                 QUADRANT_PRINT_A4_WIDTH, QUADRANT_PRINT_A4_HEIGHT);
  organisation = quadrant_register_get_organisation (reg);
  if (organisation != NULL && organisation[0] != '\0')
    /* Translators: the title of a PDF; %s is the organisation */
    title = g_strdup_printf (_("%s — Interested Parties Register"), organisation);
  else
    title = g_strdup (_("Interested Parties Register"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Quadrant");

  cr = cairo_create (surface);
  count = quadrant_print_report_paginate (report, cr, QUADRANT_PRINT_A4_WIDTH,
                                          QUADRANT_PRINT_A4_HEIGHT);
  for (guint i = 0; i < count; i++)
    {
      double width = QUADRANT_PRINT_A4_WIDTH, height = QUADRANT_PRINT_A4_HEIGHT;

      if (quadrant_print_report_page_is_landscape (report, i))
        {
          width = QUADRANT_PRINT_A4_HEIGHT;
          height = QUADRANT_PRINT_A4_WIDTH;
        }
      cairo_pdf_surface_set_size (surface, width, height);
      quadrant_print_report_draw_page (report, cr, i, width, height);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  if (n_pages != NULL)
    *n_pages = count;

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
