/* test-ui-evidence.c: the CSV import dialog and the catalogue dialogs,
 * driven through what their widgets do */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "quadrant-application.h"
#include "quadrant-catalogue-dialog.h"
#include "quadrant-csv.h"
#include "quadrant-import-dialog.h"
#include "quadrant-report.h"
#include "quadrant-report-export.h"
#include "quadrant-resources.h"
#include "quadrant-window.h"
#include "quadrant-test-ui.h"
#include "quadrant-test-wait.h"

static QuadrantApplication *app;

static QuadrantCsvImport *
parse (const char *csv)
{
  g_autoptr(GError) error = NULL;
  QuadrantCsvImport *import = quadrant_csv_import_new_from_data (csv, strlen (csv), &error);

  g_assert_no_error (error);
  return import;
}

static gboolean
window_is_open (GtkWindow *window)
{
  return gtk_widget_get_visible (GTK_WIDGET (window));
}

/* args: the file chooser and the GFile it should have selected. */
static gboolean
chooser_has_file (gpointer data)
{
  gpointer *args = data;
  g_autoptr(GFile) selected = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (args[0]));

  return selected != NULL && g_file_equal (selected, args[1]);
}

/* args: a path and the size it should reach. */
static gboolean
file_has_size (gpointer data)
{
  gpointer *args = data;
  GStatBuf st;

  return g_stat (args[0], &st) == 0 && (gsize) st.st_size >= GPOINTER_TO_SIZE (args[1]);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static void
test_import_dialog (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantCsvImport) import =
    parse ("Stakeholder;Clout;Interest;Need\nRegulator;high;high;Breach notice\nPress;loud;10;\nStaff;20;60;Privacy\n");
  QuadrantImportDialog *dialog;

  g_settings_set_string (settings, "csv-import-mapping", "");
  dialog = quadrant_import_dialog_new (NULL, reg, import, "parties.csv", settings);
  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();

  /* "Clout" is no known heading: not mapped, so no row has a power problem yet. */
  g_assert_cmpint (quadrant_import_dialog_get_mapping (dialog, 0), ==, QUADRANT_CSV_FIELD_NAME);
  g_assert_cmpint (quadrant_import_dialog_get_mapping (dialog, 1), ==, QUADRANT_CSV_FIELD_NONE);
  g_assert_cmpint (quadrant_import_dialog_get_mapping (dialog, 3), ==, QUADRANT_CSV_FIELD_STATEMENT);
  /* Interest without power is no problem: the parties stay unassessed. */
  g_assert_cmpuint (quadrant_import_dialog_get_n_problems (dialog), ==, 0);
  g_assert_cmpuint (quadrant_import_dialog_get_n_warnings (dialog), ==, 0);

  /* Mapping Clout to power: "loud" cannot be read, a warning, its row stays. */
  quadrant_import_dialog_set_mapping (dialog, 1, QUADRANT_CSV_FIELD_POWER);
  g_assert_cmpint (quadrant_import_dialog_get_mapping (dialog, 1), ==, QUADRANT_CSV_FIELD_POWER);
  g_assert_cmpuint (quadrant_import_dialog_get_n_problems (dialog), ==, 0);
  g_assert_cmpuint (quadrant_import_dialog_get_n_warnings (dialog), ==, 1);
  /* The preview says what each cell becomes. */
  g_assert_cmpstr (quadrant_import_dialog_get_interpreted (dialog, 0, 1), ==, "→ 80");
  g_assert_cmpstr (quadrant_import_dialog_get_interpreted (dialog, 1, 1), ==, "→ Not a rating: kept in the notes");
  g_assert_cmpstr (quadrant_import_dialog_get_interpreted (dialog, 2, 2), ==, "→ 60");
  g_assert_cmpstr (quadrant_import_dialog_get_interpreted (dialog, 0, 3), ==, "");
  /* Nothing changes before Import. */
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);

  /* A field moves: mapping Need to name unmaps Stakeholder. */
  quadrant_import_dialog_set_mapping (dialog, 3, QUADRANT_CSV_FIELD_NAME);
  g_assert_cmpint (quadrant_import_dialog_get_mapping (dialog, 0), ==, QUADRANT_CSV_FIELD_NONE);
  quadrant_import_dialog_set_mapping (dialog, 0, QUADRANT_CSV_FIELD_NAME);
  quadrant_import_dialog_set_mapping (dialog, 3, QUADRANT_CSV_FIELD_STATEMENT);
  g_assert_cmpuint (quadrant_import_dialog_get_n_warnings (dialog), ==, 1);

  /* QUADRANT_TEST_SCREENSHOT=FILE: the dialog before Import, to look at. */
  if (g_getenv ("QUADRANT_TEST_SCREENSHOT") != NULL)
    {
      const char *argv[] = { "import", "-window", "root", g_getenv ("QUADRANT_TEST_SCREENSHOT"), NULL };
      guint frames = 0;
      guint tick = gtk_widget_add_tick_callback (GTK_WIDGET (dialog), count_frame_cb, &frames, NULL);

      /* Painted a few times since the last change, so the shot shows it. */
      while (frames < 5)
        g_main_context_iteration (NULL, TRUE);
      gtk_widget_remove_tick_callback (GTK_WIDGET (dialog), tick);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }

  g_assert_true (quadrant_import_dialog_accept (dialog));
  quadrant_test_spin_pending ();
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 3);
  g_assert_cmpuint (quadrant_register_get_n_requirements (reg), ==, 2);

  /* One undo step. */
  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
  g_assert_false (quadrant_register_can_undo (reg));

  /* The mapping is remembered and used for the next file with those columns. */
  {
    g_autofree char *remembered = g_settings_get_string (settings, "csv-import-mapping");
    g_autoptr(QuadrantCsvImport) next = parse ("Need,Clout,Stakeholder\nr,low,X\n");
    QuadrantImportDialog *again;

    g_assert_cmpstr (remembered, ==, "name=Stakeholder,power=Clout,interest=Interest,requirement=Need");
    again = quadrant_import_dialog_new (NULL, reg, next, "next.csv", settings);
    g_assert_cmpint (quadrant_import_dialog_get_mapping (again, 1), ==, QUADRANT_CSV_FIELD_POWER);
    g_assert_cmpint (quadrant_import_dialog_get_mapping (again, 2), ==, QUADRANT_CSV_FIELD_NAME);
    gtk_window_destroy (GTK_WINDOW (again));
  }
  quadrant_test_spin_pending ();
}

static void
test_import_dialog_nothing_importable (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantCsvImport) import = parse ("Power,Interest\n1,2\n");
  QuadrantImportDialog *dialog = quadrant_import_dialog_new (NULL, reg, import, "x.csv", NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
  /* No name column: the button refuses and the dialog stays. */
  g_assert_false (quadrant_import_dialog_accept (dialog));
  g_assert_true (window_is_open (GTK_WINDOW (dialog)));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
  g_assert_false (quadrant_register_can_undo (reg));
  gtk_window_destroy (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();
}

static QuadrantCatalogue *
load_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  QuadrantCatalogue *catalogue = quadrant_catalogue_load_default (&error);

  g_assert_no_error (error);
  return catalogue;
}

static void
test_catalogue_add (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load_catalogue ();
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  QuadrantCatalogueDialog *dialog = quadrant_catalogue_dialog_new_for_register (NULL, catalogue, reg);

  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();

  g_assert_cmpuint (quadrant_catalogue_dialog_get_n_shown (dialog), ==, quadrant_catalogue_get_n_entries (catalogue));
  quadrant_catalogue_dialog_set_search (dialog, "regulator");
  g_assert_cmpuint (quadrant_catalogue_dialog_get_n_shown (dialog), >=, 2);
  g_assert_cmpuint (quadrant_catalogue_dialog_get_n_shown (dialog), <, quadrant_catalogue_get_n_entries (catalogue));
  quadrant_catalogue_dialog_set_search (dialog, "zzzz nothing");
  g_assert_cmpuint (quadrant_catalogue_dialog_get_n_shown (dialog), ==, 0);
  quadrant_catalogue_dialog_set_search (dialog, "");

  /* Nothing ticked: Add does nothing. */
  quadrant_catalogue_dialog_accept (dialog);
  g_assert_true (window_is_open (GTK_WINDOW (dialog)));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);

  quadrant_catalogue_dialog_set_checked (dialog, "staff", TRUE);
  quadrant_catalogue_dialog_set_checked (dialog, "customers", TRUE);
  quadrant_catalogue_dialog_set_checked (dialog, "media", TRUE);
  quadrant_catalogue_dialog_set_checked (dialog, "media", FALSE);
  quadrant_catalogue_dialog_accept (dialog);
  quadrant_test_spin_pending ();

  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
  {
    g_autoptr(QuadrantParty) first = g_list_model_get_item (quadrant_register_get_parties (reg), 0);

    /* Catalogue order, not the order of ticking. */
    g_assert_cmpstr (quadrant_party_get_name (first), ==, quadrant_catalogue_find_entry (catalogue, "staff")->name);
    g_assert_cmpuint (quadrant_party_get_n_undecided (first), ==, quadrant_party_get_n_requirements (first));
  }
  g_assert_true (quadrant_register_undo (reg));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 0);
}

static void
register_created_cb (QuadrantCatalogueDialog  *dialog,
                     QuadrantRegister         *reg,
                     QuadrantRegister        **out)
{
  g_set_object (out, reg);
}

static void
test_catalogue_template (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load_catalogue ();
  g_autoptr(QuadrantRegister) created = NULL;
  QuadrantCatalogueDialog *dialog = quadrant_catalogue_dialog_new_for_template (NULL, catalogue);

  g_signal_connect (dialog, "register-created", G_CALLBACK (register_created_cb), &created);
  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();

  quadrant_catalogue_dialog_set_organisation (dialog, "  Acme Ltd ");
  quadrant_catalogue_dialog_set_scope (dialog, "Online shop");
  quadrant_catalogue_dialog_set_checked (dialog, "senior-leadership", TRUE);
  quadrant_catalogue_dialog_set_checked (dialog, "data-protection-authority", TRUE);
  quadrant_catalogue_dialog_accept (dialog);
  quadrant_test_spin_pending ();

  g_assert_nonnull (created);
  g_assert_cmpstr (quadrant_register_get_organisation (created), ==, "Acme Ltd");
  g_assert_cmpstr (quadrant_register_get_scope (created), ==, "Online shop");
  g_assert_cmpuint (quadrant_register_get_n_parties (created), ==, 2);
  /* Unsaved work, undone in one step. */
  g_assert_true (quadrant_register_is_dirty (created));
  g_assert_true (quadrant_register_undo (created));
  g_assert_cmpuint (quadrant_register_get_n_parties (created), ==, 0);
  g_assert_false (quadrant_register_can_undo (created));
}

/* From the keyboard: typing starts in Organisation; Enter in the search
 * ticks the first entry shown and selects the search for the next name. */
static void
test_catalogue_template_keyboard (void)
{
  g_autoptr(QuadrantCatalogue) catalogue = load_catalogue ();
  g_autoptr(QuadrantRegister) created = NULL;
  QuadrantCatalogueDialog *dialog = quadrant_catalogue_dialog_new_for_template (NULL, catalogue);
  GtkWidget *focus, *row, *search;
  int start = -1, end = -1;

  g_signal_connect (dialog, "register-created", G_CALLBACK (register_created_cb), &created);
  gtk_window_present (GTK_WINDOW (dialog));
  quadrant_test_spin_pending ();

  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_nonnull (focus);
  row = gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Organisation");

  search = quadrant_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "board of directors");
  g_signal_emit_by_name (search, "activate");
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (search), &start, &end));
  g_assert_cmpint (end - start, ==, (int) strlen ("board of directors"));
  gtk_editable_set_text (GTK_EDITABLE (search), "data protection authority");
  g_signal_emit_by_name (search, "activate");
  /* Enter again unticks: a slip is undone the way it was made. */
  gtk_editable_set_text (GTK_EDITABLE (search), "shareholders");
  g_signal_emit_by_name (search, "activate");
  g_signal_emit_by_name (search, "activate");

  quadrant_catalogue_dialog_accept (dialog);
  quadrant_test_spin_pending ();
  g_assert_nonnull (created);
  g_assert_cmpuint (quadrant_register_get_n_parties (created), ==, 2);
  {
    g_autoptr(QuadrantParty) first = g_list_model_get_item (quadrant_register_get_parties (created), 0);
    g_autoptr(QuadrantParty) second = g_list_model_get_item (quadrant_register_get_parties (created), 1);

    g_assert_cmpstr (quadrant_party_get_name (first), ==, quadrant_catalogue_find_entry (catalogue, "board")->name);
    g_assert_cmpstr (quadrant_party_get_name (second), ==,
                     quadrant_catalogue_find_entry (catalogue, "data-protection-authority")->name);
  }
}

/* The one toplevel of type, or NULL. */
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_assert_null (found);
          found = window;
        }
    }

  return found;
}

static guint
count_toplevels (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      n += G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window));
    }

  return n;
}

/* The window's actions and the app's template action open the dialogs, and
 * what they do lands in the window's register or in a new window. */
static void
test_window_actions (void)
{
  QuadrantWindow *window = quadrant_window_new (app);
  QuadrantRegister *reg = quadrant_window_get_register (window);
  QuadrantCatalogueDialog *dialog;
  guint n_windows;

  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_spin_pending ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-from-catalogue", NULL));
  quadrant_test_spin_pending ();
  dialog = (QuadrantCatalogueDialog *) find_toplevel (QUADRANT_TYPE_CATALOGUE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  quadrant_catalogue_dialog_set_checked (dialog, "sector-regulators", TRUE);
  quadrant_catalogue_dialog_accept (dialog);
  quadrant_test_spin_pending ();
  g_assert_null (find_toplevel (QUADRANT_TYPE_CATALOGUE_DIALOG));
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 1);
  g_assert_true (quadrant_window_has_unsaved_changes (window));

  /* The window has unsaved work: the template opens in a new window. */
  n_windows = count_toplevels (QUADRANT_TYPE_WINDOW);
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template", NULL);
  quadrant_test_spin_pending ();
  dialog = (QuadrantCatalogueDialog *) find_toplevel (QUADRANT_TYPE_CATALOGUE_DIALOG);
  g_assert_nonnull (dialog);
  quadrant_catalogue_dialog_set_organisation (dialog, "Template Test Ltd");
  quadrant_catalogue_dialog_set_checked (dialog, "customers", TRUE);
  quadrant_catalogue_dialog_accept (dialog);
  quadrant_test_spin_pending ();
  g_assert_cmpuint (count_toplevels (QUADRANT_TYPE_WINDOW), ==, n_windows + 1);
  g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 1);
  {
    GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
    gboolean seen = FALSE;

    for (GList *l = windows; l != NULL; l = l->next)
      if (QUADRANT_IS_WINDOW (l->data) && l->data != (gpointer) window)
        {
          QuadrantRegister *created = quadrant_window_get_register (l->data);

          if (g_strcmp0 (quadrant_register_get_organisation (created), "Template Test Ltd") == 0)
            {
              seen = TRUE;
              g_assert_cmpuint (quadrant_register_get_n_parties (created), ==, 1);
              g_assert_true (quadrant_window_has_unsaved_changes (l->data));
            }
        }
    g_assert_true (seen);
  }

  /* Import CSV asks for a file, then shows the dialog for it. */
  {
    g_autofree char *dir = g_dir_make_tmp ("quadrant-test-import-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "people.csv", NULL);
    g_autoptr(GFile) csv = g_file_new_for_path (path);
    GtkWindow *chooser;
    QuadrantImportDialog *import;

    g_assert_true (g_file_set_contents (path, "Party;Power;Interest\nAuditors;60;70\n", -1, NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-csv", NULL));
    quadrant_test_spin_pending ();
    chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_assert_nonnull (chooser);
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), csv, NULL));
    /* The chooser selects the file once its folder has loaded. */
    {
      gpointer args[] = { chooser, csv };

      quadrant_test_spin_until (chooser_has_file, args);
    }
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    quadrant_test_spin_pending ();
    import = (QuadrantImportDialog *) find_toplevel (QUADRANT_TYPE_IMPORT_DIALOG);
    g_assert_nonnull (import);
    g_assert_cmpuint (quadrant_import_dialog_get_n_problems (import), ==, 0);
    g_assert_true (quadrant_import_dialog_accept (import));
    quadrant_test_spin_pending ();
    g_assert_cmpuint (quadrant_register_get_n_parties (reg), ==, 2);
    g_unlink (path);
    g_rmdir (dir);
  }

  /* Export HTML Report asks where, then writes the report there. */
  {
    g_autofree char *dir = g_dir_make_tmp ("quadrant-test-export-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "evidence.html", NULL);
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autoptr(GBytes) expected = quadrant_report_to_html (reg, NULL, NULL);
    g_autofree char *written = NULL;
    gsize length = 0;
    GtkWindow *chooser;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-html-report", NULL));
    quadrant_test_spin_pending ();
    chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_assert_nonnull (chooser);
    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "evidence.html");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

    /* The write is asynchronous and a new file exists before it is
     * complete: wait for its full size. */
    {
      gpointer args[] = { path, GSIZE_TO_POINTER (g_bytes_get_size (expected)) };

      quadrant_test_spin_until (file_has_size, args);
    }
    quadrant_test_spin_pending ();
    g_assert_true (g_file_get_contents (path, &written, &length, NULL));
    g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
    g_unlink (path);
    g_rmdir (dir);
  }

  /* Export CSV: the table and the words the action names. */
  {
    g_autofree char *dir = g_dir_make_tmp ("quadrant-test-export-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "parties.csv", NULL);
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autofree char *expected = quadrant_csv_export (reg, QUADRANT_EXPORT_TABLE_PARTIES, FALSE);
    g_autofree char *written = NULL;
    GtkWindow *chooser;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", "s", "parties-words"));
    quadrant_test_spin_pending ();
    chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_assert_nonnull (chooser);
    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "parties.csv");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    /* Written through a temporary file renamed over the name: complete once there. */
    {
      gpointer args[] = { path, GSIZE_TO_POINTER (1) };

      quadrant_test_spin_until (file_has_size, args);
    }
    g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
    g_assert_cmpstr (written, ==, expected);
    g_unlink (path);
    g_rmdir (dir);
  }

  /* Export Spreadsheet: an Excel workbook whose first sheet is the parties. */
  {
    g_autofree char *dir = g_dir_make_tmp ("quadrant-test-export-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "register.xlsx", NULL);
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(QuadrantWorkbook) workbook = NULL;
    g_autoptr(GError) error = NULL;
    GtkWindow *chooser;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-xlsx", NULL));
    quadrant_test_spin_pending ();
    chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_assert_nonnull (chooser);
    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "register.xlsx");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    {
      gpointer args[] = { path, GSIZE_TO_POINTER (1) };

      quadrant_test_spin_until (file_has_size, args);
    }
    workbook = quadrant_workbook_new_from_file (file, QUADRANT_WORKBOOK_FORMAT_XLSX, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (quadrant_workbook_get_sheet_name (workbook, 0), ==, "Parties");
    g_assert_cmpuint (quadrant_workbook_get_n_rows (workbook, 0), ==, 1 + quadrant_register_get_n_parties (reg));
    g_unlink (path);
    g_rmdir (dir);
  }
}

static void
test_report_file_name (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/northwind.quadrant.xml");
  g_autoptr(GFile) plain = g_file_new_for_path ("/tmp/register.xml");
  g_autofree char *a = quadrant_report_export_dup_name (file, "Ignored");
  g_autofree char *b = quadrant_report_export_dup_name (plain, NULL);
  g_autofree char *c = quadrant_report_export_dup_name (NULL, "Acme/Sub: Ltd");
  g_autofree char *d = quadrant_report_export_dup_name (NULL, "");

  g_assert_cmpstr (a, ==, "northwind-report.html");
  g_assert_cmpstr (b, ==, "register-report.html");
  g_assert_cmpstr (c, ==, "Acme-Sub- Ltd-report.html");
  g_assert_cmpstr (d, ==, "interested-parties-report.html");
}

int
main (int   argc,
      char *argv[])
{
  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-evidence");

  g_test_add_func ("/import-dialog/map-and-import", test_import_dialog);
  g_test_add_func ("/import-dialog/nothing-importable", test_import_dialog_nothing_importable);
  g_test_add_func ("/catalogue-dialog/add", test_catalogue_add);
  g_test_add_func ("/catalogue-dialog/template", test_catalogue_template);
  g_test_add_func ("/catalogue-dialog/template-keyboard", test_catalogue_template_keyboard);
  g_test_add_func ("/evidence/window-actions", test_window_actions);
  g_test_add_func ("/evidence/report-file-name", test_report_file_name);

  return g_test_run ();
}
