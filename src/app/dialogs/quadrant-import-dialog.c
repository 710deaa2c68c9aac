/* quadrant-import-dialog.c: the spreadsheet import dialog
 *
 * Built in code: its grid has one column per column of the sheet, known only
 * once the file is read; choosing another sheet of a workbook builds it again. Every change of mapping validates the rows again against the
 * window's register, so the list of bad rows is always the one the Import
 * button would act on.
 */
#define G_LOG_DOMAIN "quadrant-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-import-dialog-private.h"
#include "quadrant-settings.h"
#include "quadrant-window.h"

/* Not more rows than this in the list of problems: past it, a count. */
#define MAX_LISTED_PROBLEMS 200

struct _QuadrantImportDialog
{
  AdwWindow parent_instance;

  /* Widgets */
  GtkWidget *import_button;
  GtkWidget *summary_label;
  GtkWidget *preview_scroll;
  GtkWidget *problems_label;
  GtkWidget *result_label;     /* the counts and what is not imported */
  GtkWidget *result_list;      /* the first parties as they will be imported */
  GtkWidget *medium_dropdown;
  GtkWidget *problems_list;
  GPtrArray *dropdowns;       /* GtkDropDown per column (not owned) */
  GPtrArray *interpreted;     /* GtkLabel per preview cell, column by column (not owned) */

  /* Owned references */
  QuadrantRegister  *document;
  QuadrantCsvImport *import;
  GSettings         *settings;

  char *file_name;
  guint n_problems;
  guint n_warnings;
  guint syncing : 1;
};

G_DEFINE_FINAL_TYPE (QuadrantImportDialog, quadrant_import_dialog, ADW_TYPE_WINDOW)

/* ---- Helpers ---- */

static void
sync_dropdowns (QuadrantImportDialog *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < self->dropdowns->len; i++)
    gtk_drop_down_set_selected (g_ptr_array_index (self->dropdowns, i),
                                quadrant_csv_import_get_mapping (self->import, i));
  self->syncing = FALSE;
}

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static void
add_problem_row (QuadrantImportDialog *self,
                 const char           *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_append (GTK_LIST_BOX (self->problems_list), label);
}

/* "External, regulators · power 80, interest 20 · 2 requirements" */
static char *
describe_party (QuadrantParty *party,
                guint          n_requirements)
{
  g_autoptr(GString) text = g_string_new (quadrant_party_get_name (party));

  g_string_append_printf (text, " — %s, %s", quadrant_enum_to_label (QUADRANT_TYPE_CATEGORY, quadrant_party_get_category (party)),
                          quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)));
  if (quadrant_party_is_placed (party))
    g_string_append_printf (text, _(" · power %d, interest %d"), quadrant_party_get_power (party),
                            quadrant_party_get_interest (party));
  else
    g_string_append (text, _(" · not assessed"));
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements", n_requirements),
                          n_requirements);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The counts, the columns not imported, and the first parties as they
 * will be in the register. */
static void
update_result (QuadrantImportDialog *self)
{
  guint n_parties = quadrant_csv_import_get_n_parties (self->import);
  guint n_requirements = quadrant_csv_import_get_n_requirements (self->import);
  g_autofree char *parties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u party", "%u parties", n_parties), n_parties);
  g_autofree char *requirements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements",
                                                                n_requirements), n_requirements);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) unmapped = g_string_new (NULL);
  guint shown = 0;

  /* TRANSLATORS: "Adds 4 parties and 5 requirements." */
  g_string_append_printf (text, _("Adds %s and %s."), parties, requirements);
  for (guint c = 0; c < quadrant_csv_import_get_n_columns (self->import); c++)
    if (quadrant_csv_import_get_mapping (self->import, c) == QUADRANT_CSV_FIELD_NONE)
      {
        const char *header = quadrant_csv_import_get_header (self->import, c);

        if (unmapped->len > 0)
          g_string_append (unmapped, ", ");
        g_string_append (unmapped, header[0] != '\0' ? header : "?");
      }
  if (unmapped->len > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, quadrant_csv_import_get_unmapped_to_notes (self->import)
                                    ? _("Into the notes: %s.") : _("Not imported: %s."), unmapped->str);
    }
  for (guint f = QUADRANT_CSV_FIELD_POWER; f <= QUADRANT_CSV_FIELD_INTEREST; f++)
    if (quadrant_csv_import_get_scale (self->import, f) != 100)
      {
        g_string_append_c (text, ' ');
        g_string_append_printf (text, _("%s is read on a scale of 1 to %u."), quadrant_csv_field_to_label (f),
                                quadrant_csv_import_get_scale (self->import, f));
      }
  gtk_label_set_text (GTK_LABEL (self->result_label), text->str);

  for (guint i = 0; i < quadrant_csv_import_get_n_planned (self->import) && shown < QUADRANT_IMPORT_DIALOG_PREVIEW_ROWS; i++)
    {
      gboolean is_new;
      guint n;
      QuadrantParty *party = quadrant_csv_import_get_planned_party (self->import, i, &is_new, &n);
      g_autofree char *line = NULL;
      GtkWidget *label;

      if (is_new)
        line = describe_party (party, n);
      else
        /* TRANSLATORS: requirements added to a party the register has */
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (already in the register) · %u more requirement",
                                             "%s (already in the register) · %u more requirements", n),
                                quadrant_party_get_name (party), n);
      label = gtk_label_new (line);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 3);
      gtk_widget_set_margin_bottom (label, 3);
      gtk_list_box_append (GTK_LIST_BOX (self->result_list), label);
      shown++;
    }
  gtk_widget_set_visible (self->result_list, shown > 0);
}

/* Validates again and shows the result. */
/* The second line of each preview cell, after the mapping or a choice changed. */
static void
update_interpreted (QuadrantImportDialog *self)
{
  guint n_columns = quadrant_csv_import_get_n_columns (self->import);

  for (guint i = 0; n_columns > 0 && i < self->interpreted->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (self->interpreted, i);
      gboolean unreadable = FALSE;
      guint n_rows = self->interpreted->len / n_columns;
      /* Column by column, as build_preview () made them. */
      g_autofree char *value = quadrant_csv_import_interpret_cell (self->import, i % n_rows, i / n_rows,
                                                                  &unreadable);
      g_autofree char *text = value != NULL ? g_strconcat ("→ ", value, NULL) : NULL;

      gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
      gtk_widget_set_tooltip_text (label, value);
      if (unreadable)
        {
          gtk_widget_add_css_class (label, "warning");
          gtk_widget_remove_css_class (label, "dim-label");
        }
      else
        {
          gtk_widget_remove_css_class (label, "warning");
          gtk_widget_add_css_class (label, "dim-label");
        }
    }
}

void
_quadrant_import_dialog_revalidate (QuadrantImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems, *warnings;
  guint good;

  clear_list (self->problems_list);
  clear_list (self->result_list);

  if (!quadrant_csv_import_check_mapping (self->import, &error))
    {
      self->n_problems = 0;
      gtk_label_set_text (GTK_LABEL (self->problems_label), error->message);
      gtk_widget_set_visible (self->problems_list, FALSE);
      gtk_button_set_label (GTK_BUTTON (self->import_button), _("_Import"));
      gtk_widget_set_sensitive (self->import_button, FALSE);
      return;
    }

  /* High, Medium and Low as the user set them in Preferences; Medium on the
   * side of the boundary chosen here, never on it. */
  if (self->settings != NULL)
    {
      int medium = g_settings_get_int (self->settings, "rating-medium");

      if (!quadrant_csv_import_get_medium_high (self->import))
        medium = 100 - medium;
      quadrant_csv_import_set_levels (self->import,
                                      g_settings_get_int (self->settings, "rating-high"),
                                      medium,
                                      g_settings_get_int (self->settings, "rating-low"));
    }
  problems = quadrant_csv_import_validate (self->import, self->document);
  warnings = quadrant_csv_import_get_warnings (self->import);
  good = quadrant_csv_import_get_n_good_rows (self->import);
  self->n_problems = problems->len;
  self->n_warnings = warnings->len;

  for (guint i = 0; i < problems->len && i < MAX_LISTED_PROBLEMS; i++)
    {
      QuadrantCsvProblem *problem = g_ptr_array_index (problems, i);
      /* TRANSLATORS: a row of a spreadsheet that cannot be imported, and why */
      g_autofree char *text = g_strdup_printf (_("Line %u: %s"), problem->line, problem->message);

      add_problem_row (self, text);
    }
  for (guint i = 0; i < warnings->len && i < MAX_LISTED_PROBLEMS; i++)
    {
      QuadrantCsvProblem *warning = g_ptr_array_index (warnings, i);
      /* TRANSLATORS: a value that cannot be read; its row is imported */
      g_autofree char *text = g_strdup_printf (_("Line %u, warning: %s"), warning->line, warning->message);

      add_problem_row (self, text);
    }
  if (problems->len + warnings->len > 2 * MAX_LISTED_PROBLEMS)
    {
      g_autofree char *text = g_strdup_printf (_("… and more"));

      add_problem_row (self, text);
    }
  update_result (self);

  gtk_widget_set_visible (self->problems_list, problems->len + warnings->len > 0);
  if (problems->len == 0)
    {
      g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "The row can be imported.",
                                                            "All %u rows can be imported.", good),
                                               good);
      g_autofree char *kept = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u value cannot be read and is kept in the notes:",
                                                            "%u values cannot be read and are kept in the notes:",
                                                            warnings->len),
                                               warnings->len);
      g_autofree char *text = warnings->len > 0 ? g_strconcat (rows, " ", kept, NULL) : g_strdup (rows);

      gtk_label_set_text (GTK_LABEL (self->problems_label), text);
      gtk_button_set_label (GTK_BUTTON (self->import_button), _("_Import"));
    }
  else
    {
      g_autofree char *bad_rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u row cannot be imported",
                                                                "%u rows cannot be imported",
                                                                problems->len),
                                                   problems->len);
      g_autofree char *good_rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u row can:",
                                                                 "%u rows can:",
                                                                 good),
                                                    good);
      /* TRANSLATORS: "3 rows cannot be imported; 12 rows can:", made of the
       * two counted pieces above */
      g_autofree char *text = g_strdup_printf (C_("import problems", "%s; %s"), bad_rows, good_rows);

      gtk_label_set_text (GTK_LABEL (self->problems_label), text);
      gtk_button_set_label (GTK_BUTTON (self->import_button), _("_Import Good Rows"));
    }
  gtk_widget_set_sensitive (self->import_button, good > 0);
  update_interpreted (self);
}

/* ---- Callbacks ---- */

static void
dropdown_selected_cb (GtkDropDown          *dropdown,
                      GParamSpec           *pspec,
                      QuadrantImportDialog *self)
{
  guint column;

  if (self->syncing)
    return;

  if (!g_ptr_array_find (self->dropdowns, dropdown, &column))
    g_return_if_reached ();

  quadrant_import_dialog_set_mapping (self, column, gtk_drop_down_get_selected (dropdown));
}

static void
import_clicked_cb (QuadrantImportDialog *self)
{
  quadrant_import_dialog_accept (self);
}

/* ---- Construction ---- */

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  g_autofree char *one_line = g_strdup (text != NULL ? text : "");
  GtkWidget *label;

  /* A preview cell on one line: line breaks inside cells would make rows uneven. */
  g_strdelimit (one_line, "\r\n\t", ' ');
  label = gtk_label_new (one_line);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (text != NULL && text[0] != '\0')
    gtk_widget_set_tooltip_text (label, text);

  return label;
}

static GtkWidget *
build_preview (QuadrantImportDialog *self)
{
  GtkWidget *grid = gtk_grid_new ();
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  guint n_columns = quadrant_csv_import_get_n_columns (self->import);
  guint n_rows = MIN (quadrant_csv_import_get_n_rows (self->import), QUADRANT_IMPORT_DIALOG_PREVIEW_ROWS);

  for (guint f = 0; f < QUADRANT_CSV_N_FIELDS; f++)
    gtk_string_list_append (fields, quadrant_csv_field_to_label (f));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);

  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (fields)), NULL);
      g_autofree char *accessible = g_strdup_printf (_("Field for column “%s”"),
                                                     quadrant_csv_import_get_header (self->import, c));

      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_ptr_array_add (self->dropdowns, dropdown);
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self, 0);
      gtk_grid_attach (GTK_GRID (grid), dropdown, c, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell_label (quadrant_csv_import_get_header (self->import, c), TRUE), c, 1, 1, 1);

      for (guint r = 0; r < n_rows; r++)
        {
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          GtkWidget *interpreted = cell_label (NULL, FALSE);

          /* Under the text of the sheet, what it becomes in the register. */
          gtk_widget_add_css_class (interpreted, "caption");
          gtk_box_append (GTK_BOX (box), cell_label (quadrant_csv_import_get_cell (self->import, r, c), FALSE));
          gtk_box_append (GTK_BOX (box), interpreted);
          g_ptr_array_add (self->interpreted, interpreted);
          gtk_grid_attach (GTK_GRID (grid), box, c, r + 2, 1, 1);
        }
    }

  return grid;
}


static void
update_summary (QuadrantImportDialog *self)
{
  QuadrantWorkbook *workbook = quadrant_csv_import_get_workbook (self->import);
  const char *name = self->file_name != NULL ? self->file_name : _("Spreadsheet");
  guint n_rows = quadrant_csv_import_get_n_rows (self->import);
  g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
  g_autofree char *what = NULL;
  g_autofree char *summary = NULL;
  guint requirements_sheet;

  if (quadrant_workbook_get_format (workbook) == QUADRANT_WORKBOOK_FORMAT_CSV)
    {
      char separator = quadrant_csv_import_get_separator (self->import);
      const char *encoding = quadrant_workbook_get_encoding (workbook);

      /* One sentence per separator, so that no word is glued in. */
      if (separator == ';')
        /* TRANSLATORS: "parties.csv: 12 rows, Windows-1252 text separated by semicolons" */
        what = g_strdup_printf (_("%s: %s, %s text separated by semicolons"), name, rows, encoding);
      else if (separator == '\t')
        /* TRANSLATORS: "parties.csv: 12 rows, UTF-8 text separated by tabs" */
        what = g_strdup_printf (_("%s: %s, %s text separated by tabs"), name, rows, encoding);
      else
        /* TRANSLATORS: "parties.csv: 12 rows, UTF-8 text separated by commas" */
        what = g_strdup_printf (_("%s: %s, %s text separated by commas"), name, rows, encoding);
    }
  else
    /* TRANSLATORS: "register.xlsx, sheet “Parties”: 12 rows below the header in row 3" */
    what = g_strdup_printf (_("%s, sheet “%s”: %s below the header in row %u"), name,
                            quadrant_workbook_get_sheet_name (workbook, quadrant_csv_import_get_sheet (self->import)),
                            rows, quadrant_csv_import_get_header_line (self->import));

  summary = g_strconcat (what, ". ", _("Choose the register field for each column; the guess comes from the column headings."), NULL);
  requirements_sheet = quadrant_csv_import_find_requirements_sheet (self->import);
  if (requirements_sheet != G_MAXUINT)
    {
      g_autofree char *joined = g_strdup_printf (_("The requirements on sheet “%s” are imported with these parties."),
                                                 quadrant_workbook_get_sheet_name (workbook, requirements_sheet));

      g_free (summary);
      summary = g_strconcat (what, ". ", joined, " ",
                             _("Choose the register field for each column; the guess comes from the column headings."), NULL);
    }
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
}

static void
sheet_selected_cb (GtkDropDown          *dropdown,
                   GParamSpec           *pspec,
                   QuadrantImportDialog *self)
{
  QuadrantWorkbook *workbook = quadrant_csv_import_get_workbook (self->import);
  guint sheet = gtk_drop_down_get_selected (dropdown);
  g_autoptr(QuadrantCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;

  if (sheet == GTK_INVALID_LIST_POSITION || sheet == quadrant_csv_import_get_sheet (self->import))
    return;

  import = quadrant_csv_import_new_from_workbook (workbook, sheet, &error);
  if (import == NULL)
    {
      /* Stay on the sheet that works; say why the other does not. */
      gtk_drop_down_set_selected (dropdown, quadrant_csv_import_get_sheet (self->import));
      gtk_label_set_text (GTK_LABEL (self->problems_label), error->message);
      return;
    }

  g_set_object (&self->import, import);
  g_ptr_array_set_size (self->dropdowns, 0);
  g_ptr_array_set_size (self->interpreted, 0);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->preview_scroll), build_preview (self));
  update_summary (self);
  sync_dropdowns (self);
  _quadrant_import_dialog_revalidate (self);
}

static GtkWidget *
build_sheet_row (QuadrantImportDialog *self,
                 QuadrantWorkbook     *workbook)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Sheet"));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < quadrant_workbook_get_n_sheets (workbook); i++)
    gtk_string_list_append (names, quadrant_workbook_get_sheet_name (workbook, i));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), quadrant_csv_import_get_sheet (self->import));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (sheet_selected_cb), self, 0);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), dropdown);

  return row;
}

static void
build (QuadrantImportDialog *self,
       const char           *file_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *preview_frame = gtk_frame_new (NULL);
  GtkWidget *preview_scroll = gtk_scrolled_window_new ();
  GtkWidget *problems_scroll = gtk_scrolled_window_new ();
  QuadrantWorkbook *workbook = quadrant_csv_import_get_workbook (self->import);

  gtk_window_set_title (GTK_WINDOW (self), _("Import Spreadsheet"));
  gtk_window_set_default_size (GTK_WINDOW (self), 820, 620);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (gtk_window_close), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  g_signal_connect_object (self->import_button, "clicked", G_CALLBACK (import_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  self->summary_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->summary_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary_label), 0);
  gtk_box_append (GTK_BOX (content), self->summary_label);

  if (quadrant_workbook_get_n_sheets (workbook) > 1)
    gtk_box_append (GTK_BOX (content), build_sheet_row (self, workbook));

  self->preview_scroll = preview_scroll;
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (preview_scroll), build_preview (self));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (preview_scroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (preview_scroll), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (preview_scroll), 320);
  gtk_frame_set_child (GTK_FRAME (preview_frame), preview_scroll);
  gtk_box_append (GTK_BOX (content), preview_frame);
  gtk_box_append (GTK_BOX (content), _quadrant_import_dialog_build_choices (self, &self->medium_dropdown));

  self->result_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->result_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->result_label), 0);
  gtk_widget_add_css_class (self->result_label, "heading");
  gtk_box_append (GTK_BOX (content), self->result_label);
  self->result_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->result_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->result_list, "boxed-list");
  gtk_box_append (GTK_BOX (content), self->result_list);

  self->problems_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->problems_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->problems_label), 0);
  gtk_widget_add_css_class (self->problems_label, "heading");
  gtk_box_append (GTK_BOX (content), self->problems_label);

  self->problems_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->problems_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->problems_list, "boxed-list");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (problems_scroll), self->problems_list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (problems_scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (problems_scroll, TRUE);
  gtk_box_append (GTK_BOX (content), problems_scroll);

  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* ---- GObject ---- */

static void
quadrant_import_dialog_dispose (GObject *object)
{
  QuadrantImportDialog *self = QUADRANT_IMPORT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->import);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->dropdowns, g_ptr_array_unref);
  g_clear_pointer (&self->interpreted, g_ptr_array_unref);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (quadrant_import_dialog_parent_class)->dispose (object);
}

static void
quadrant_import_dialog_class_init (QuadrantImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = quadrant_import_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
quadrant_import_dialog_init (QuadrantImportDialog *self)
{
  self->dropdowns = g_ptr_array_new ();
  self->interpreted = g_ptr_array_new ();
}

/* ---- Public API ---- */

QuadrantImportDialog *
quadrant_import_dialog_new (GtkWindow         *parent,
                            QuadrantRegister  *reg,
                            QuadrantCsvImport *import,
                            const char        *file_name,
                            GSettings         *settings)
{
  QuadrantImportDialog *self;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (QUADRANT_IS_CSV_IMPORT (import), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  /* Announced as a dialog, not as another main window. */
  self = g_object_new (QUADRANT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                       NULL);
  self->document = g_object_ref (reg);
  self->import = g_object_ref (import);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;

  /* The last mapping wins over the guess where its columns exist here. */
  if (settings != NULL)
    {
      g_autofree char *remembered = g_settings_get_string (settings, "csv-import-mapping");

      if (remembered[0] != '\0')
        {
          g_auto(GStrv) items = g_strsplit (remembered, ",", -1);

          /* Item by item, so that one column missing here does not lose the rest. */
          for (guint i = 0; items[i] != NULL; i++)
            quadrant_csv_import_apply_mapping_string (import, items[i], NULL);
        }
    }

  self->file_name = g_strdup (file_name);
  build (self, file_name);
  update_summary (self);
  sync_dropdowns (self);
  _quadrant_import_dialog_revalidate (self);

  return self;
}

void
quadrant_import_dialog_set_mapping (QuadrantImportDialog *self,
                                    guint                 column,
                                    QuadrantCsvField      field)
{
  g_return_if_fail (QUADRANT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (column < self->dropdowns->len);

  quadrant_csv_import_set_mapping (self->import, column, field);
  sync_dropdowns (self);
  _quadrant_import_dialog_revalidate (self);
}

QuadrantCsvImport *
_quadrant_import_dialog_get_import (QuadrantImportDialog *self)
{
  return self->import;
}

QuadrantCsvField
quadrant_import_dialog_get_mapping (QuadrantImportDialog *self,
                                    guint                 column)
{
  g_return_val_if_fail (QUADRANT_IS_IMPORT_DIALOG (self), QUADRANT_CSV_FIELD_NONE);
  g_return_val_if_fail (column < self->dropdowns->len, QUADRANT_CSV_FIELD_NONE);

  return gtk_drop_down_get_selected (g_ptr_array_index (self->dropdowns, column));
}

guint
quadrant_import_dialog_get_n_warnings (QuadrantImportDialog *self)
{
  g_return_val_if_fail (QUADRANT_IS_IMPORT_DIALOG (self), 0);

  return self->n_warnings;
}

const char *
quadrant_import_dialog_get_interpreted (QuadrantImportDialog *self,
                                        guint                 row,
                                        guint                 column)
{
  guint i;

  g_return_val_if_fail (QUADRANT_IS_IMPORT_DIALOG (self), NULL);

  i = column * (self->interpreted->len / MAX (quadrant_csv_import_get_n_columns (self->import), 1)) + row;
  g_return_val_if_fail (i < self->interpreted->len, NULL);
  return gtk_label_get_text (g_ptr_array_index (self->interpreted, i));
}

guint
quadrant_import_dialog_get_n_problems (QuadrantImportDialog *self)
{
  g_return_val_if_fail (QUADRANT_IS_IMPORT_DIALOG (self), 0);

  return self->n_problems;
}

gboolean
quadrant_import_dialog_accept (QuadrantImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (QUADRANT_IS_IMPORT_DIALOG (self), FALSE);

  if (!gtk_widget_get_sensitive (self->import_button))
    return FALSE;

  /* The user saw the bad rows listed and chose the good ones. Quadrant's own
   * workbook brings its requirements sheet along, as on the command line. */
  if (!quadrant_csv_import_apply_joined (self->import, self->document, TRUE, NULL, NULL, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->problems_label), error->message);
      return FALSE;
    }

  if (self->settings != NULL)
    {
      g_autofree char *mapping = quadrant_csv_import_dup_mapping_string (self->import);

      g_settings_set_string (self->settings, "csv-import-mapping", mapping);
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
