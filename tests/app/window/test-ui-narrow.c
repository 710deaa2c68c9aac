/* test-ui-narrow.c: the window works from 600 px wide: the editors fold over
 * their lists and come out when something is chosen */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "quadrant-application.h"
#include "quadrant-language.h"
#include "quadrant-map-canvas.h"
#include "quadrant-map-view.h"
#include "quadrant-parties-view-private.h"
#include "quadrant-requirements-view-columns.h"
#include "quadrant-requirements-view-private.h"
#include "quadrant-test-data.h"
#include "quadrant-test-ui.h"
#include "quadrant-window-private.h"

static QuadrantApplication *app;

typedef struct {
  QuadrantRegister *reg;
  QuadrantDocument *document;
  QuadrantWindow   *window;
} Fixture;

static void
open_window (Fixture *fixture,
             int      width)
{
  fixture->reg = quadrant_test_load_example ();
  fixture->document = quadrant_document_new (fixture->reg, NULL, NULL);
  fixture->window = quadrant_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  quadrant_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  quadrant_test_wait_frames (3);
  /* Made narrow as a person would, after it opened at its usual size. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 700);
  quadrant_test_wait_frames (3);
}

static void
close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  quadrant_test_spin_pending ();
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->reg);
}

static AdwFlap *
parties_flap (Fixture *fixture)
{
  return ADW_FLAP (QUADRANT_PARTIES_VIEW (fixture->window->parties_view)->paned);
}

static AdwFlap *
requirements_flap (Fixture *fixture)
{
  return QUADRANT_REQUIREMENTS_VIEW (fixture->window->requirements_view)->paned;
}

static gboolean
flap_revealed (gpointer data)
{
  return adw_flap_get_reveal_progress (data) >= 1.0;
}

/* The window narrows to 600 px: every page fits (the Map page's toolbar
 * turns to icons), so the window's own minimum does too. */
static void
test_narrowest (void)
{
  Fixture fixture = { 0 };
  int min = 0;

  open_window (&fixture, 600);
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (fixture.window->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_test_message ("%s: %d", G_OBJECT_TYPE_NAME (page), min);
      g_assert_cmpint (min, <=, 600);
    }
  gtk_widget_measure (GTK_WIDGET (fixture.window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("window minimum width: %d", min);
  g_assert_cmpint (min, <=, 600);
  /* The surface includes the window's frame around the minimum. */
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (fixture.window))), <=, 620);
  close_window (&fixture);
}

static GtkWidget *
find_squeezer (GtkWidget *widget)
{
  if (ADW_IS_SQUEEZER (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_squeezer (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
squeezer_child (GtkWidget *squeezer,
                guint      position)
{
  g_autoptr(GtkSelectionModel) pages = adw_squeezer_get_pages (ADW_SQUEEZER (squeezer));
  g_autoptr(AdwSqueezerPage) page = g_list_model_get_item (G_LIST_MODEL (pages), position);

  return adw_squeezer_page_get_child (page);
}

/* The Map page at 600 px: the toolbar shows its icons, which toggle the
 * same things as the labelled buttons; at the usual size the labels are back. */
static void
test_map_toolbar (void)
{
  Fixture fixture = { 0 };
  QuadrantMapCanvas *canvas;
  GtkWidget *squeezer;
  GtkWidget *compact;
  GtkWidget *movement;

  open_window (&fixture, 600);
  adw_view_stack_set_visible_child (fixture.window->stack, fixture.window->map_page);
  quadrant_test_wait_frames (3);
  canvas = quadrant_map_view_get_canvas (QUADRANT_MAP_VIEW (fixture.window->map_page));
  squeezer = find_squeezer (fixture.window->map_page);
  g_assert_nonnull (squeezer);
  compact = squeezer_child (squeezer, 1);
  g_assert_true (adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer)) == compact);
  g_assert_true (gtk_widget_get_mapped (compact));

  /* Its first button is Show Movement, named for screen readers and tooltips. */
  movement = gtk_widget_get_first_child (compact);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (movement), ==,
                   "Show how the parties moved since the last recorded revision");
  g_assert_false (quadrant_map_canvas_get_show_movement (canvas));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (movement), TRUE);
  g_assert_true (quadrant_map_canvas_get_show_movement (canvas));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (movement), FALSE);

  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1200, 700);
  quadrant_test_wait_frames (3);
  g_assert_true (adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer)) == squeezer_child (squeezer, 0));
  close_window (&fixture);
}

static gboolean
column_visible (GtkColumnView *view,
                guint          position)
{
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (view), position);

  return gtk_column_view_column_get_visible (column);
}

/* A column that should show and one that should not: both as expected
 * once the list has been fitted to its width. */
typedef struct {
  GtkColumnView *view;
  guint          shown;
  guint          hidden;
} ColumnState;

static gboolean
columns_are (gpointer data)
{
  ColumnState *state = data;

  return column_visible (state->view, state->shown) && !column_visible (state->view, state->hidden);
}

static gboolean
column_shows (gpointer data)
{
  ColumnState *state = data;

  return column_visible (state->view, state->shown);
}

static guint
n_visible_columns (GtkColumnView *view)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (gtk_column_view_get_columns (view)); i++)
    n += column_visible (view, i);
  return n;
}

/* Narrow, the lists keep the columns that matter (the name, the quadrant;
 * the statement, the party, the decision) and hide the rest; wide, the
 * hidden ones come back. */
static void
test_columns_fit (void)
{
  Fixture fixture = { 0 };
  GtkColumnView *parties;
  GtkColumnView *requirements;
  ColumnState state;
  guint narrow_parties, narrow_requirements;

  open_window (&fixture, 600);
  parties = QUADRANT_PARTIES_VIEW (fixture.window->parties_view)->column_view;
  requirements = QUADRANT_REQUIREMENTS_VIEW (fixture.window->requirements_view)->column_view;
  state = (ColumnState) { parties, COLUMN_QUADRANT, COLUMN_POWER };
  quadrant_test_spin_until (columns_are, &state);
  g_assert_true (column_visible (parties, COLUMN_NAME));
  g_assert_false (column_visible (parties, COLUMN_OWNER));
  g_assert_false (column_visible (parties, COLUMN_LAST_REVIEWED));
  narrow_parties = n_visible_columns (parties);

  adw_view_stack_set_visible_child (fixture.window->stack, fixture.window->requirements_view);
  state = (ColumnState) { requirements, REQUIREMENT_COLUMN_DECISION, REQUIREMENT_COLUMN_TYPE };
  quadrant_test_spin_until (columns_are, &state);
  g_assert_true (column_visible (requirements, REQUIREMENT_COLUMN_STATEMENT));
  g_assert_true (column_visible (requirements, REQUIREMENT_COLUMN_PARTY));
  g_assert_false (column_visible (requirements, REQUIREMENT_COLUMN_REVIEW_DATE));
  narrow_requirements = n_visible_columns (requirements);
  g_test_message ("narrow: %u party columns, %u requirement columns", narrow_parties, narrow_requirements);

  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1260, 700);
  state = (ColumnState) { requirements, REQUIREMENT_COLUMN_TYPE, 0 };
  quadrant_test_spin_until (column_shows, &state);
  g_assert_cmpuint (n_visible_columns (requirements), >, narrow_requirements);

  adw_view_stack_set_visible_child (fixture.window->stack, fixture.window->parties_view);
  state = (ColumnState) { parties, COLUMN_POWER, 0 };
  quadrant_test_spin_until (column_shows, &state);
  g_assert_cmpuint (n_visible_columns (parties), >, narrow_parties);
  g_test_message ("wide: %u party columns, %u requirement columns",
                  n_visible_columns (parties), n_visible_columns (requirements));
  close_window (&fixture);
}

static int
column_width (GtkColumnView *view,
              guint          position)
{
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (view), position);

  return gtk_column_view_column_get_fixed_width (column);
}

typedef struct {
  GtkColumnView *view;
  int            quadrant_width;
  guint          n_columns;
} ColumnsFitted;

static gboolean
columns_fitted (gpointer data)
{
  ColumnsFitted *fitted = data;

  return column_width (fitted->view, COLUMN_QUADRANT) == fitted->quadrant_width
         && n_visible_columns (fitted->view) == fitted->n_columns;
}

static gboolean
fewer_columns (gpointer data)
{
  ColumnsFitted *fitted = data;

  return column_width (fitted->view, COLUMN_QUADRANT) == fitted->quadrant_width
         && n_visible_columns (fitted->view) < fitted->n_columns;
}

/* Text at 1.5 times its size (GNOME's large text): every column is 1.5
 * times as wide, so what it shows is not cut short, and fewer fit; back at
 * the usual size, the columns are as they were. */
static void
test_columns_large_text (void)
{
  Fixture fixture = { 0 };
  GtkSettings *settings;
  GtkColumnView *parties;
  ColumnState state;
  ColumnsFitted usual, large;
  int dpi = 0;

  open_window (&fixture, 1260);
  parties = QUADRANT_PARTIES_VIEW (fixture.window->parties_view)->column_view;
  state = (ColumnState) { parties, COLUMN_POWER, 0 };
  quadrant_test_spin_until (column_shows, &state);
  usual = (ColumnsFitted) { parties, column_width (parties, COLUMN_QUADRANT), n_visible_columns (parties) };
  g_assert_cmpint (usual.quadrant_width, >, 0);

  settings = gtk_widget_get_settings (GTK_WIDGET (fixture.window));
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  large = (ColumnsFitted) { parties, (int) (usual.quadrant_width * 1.5 + 0.5), usual.n_columns };
  quadrant_test_spin_until (fewer_columns, &large);
  g_assert_true (column_visible (parties, COLUMN_NAME));
  g_assert_true (column_visible (parties, COLUMN_QUADRANT));
  g_test_message ("large text: %u of %u party columns", n_visible_columns (parties), usual.n_columns);

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  quadrant_test_spin_until (columns_fitted, &usual);
  close_window (&fixture);
}

/* At its narrowest the party editor is folded away until a party is selected; then
 * it slides over the list, with that party in it. */
static void
test_parties_fold (void)
{
  Fixture fixture = { 0 };
  QuadrantParty *party;

  open_window (&fixture, 600);
  g_assert_true (adw_flap_get_folded (parties_flap (&fixture)));
  g_assert_false (adw_flap_get_reveal_flap (parties_flap (&fixture)));

  party = g_list_model_get_item (quadrant_register_get_parties (fixture.reg), 2);
  g_object_unref (party);
  quadrant_parties_view_select_party (QUADRANT_PARTIES_VIEW (fixture.window->parties_view), party);
  quadrant_test_spin_until (flap_revealed, parties_flap (&fixture));
  g_assert_true (quadrant_party_editor_get_party (QUADRANT_PARTIES_VIEW (fixture.window->parties_view)->editor)
                 == party);
  close_window (&fixture);
}

/* The same on the Requirements page, which fits in 600 px on its own (the
 * window's other pages may need more): its editor folds and comes out. */
static void
test_requirements_fold (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_test_load_example ();
  GtkWidget *window = gtk_window_new ();
  QuadrantRequirementsView *view = QUADRANT_REQUIREMENTS_VIEW (quadrant_requirements_view_new ());
  g_autoptr(QuadrantParty) party = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autoptr(QuadrantRequirement) requirement = g_list_model_get_item (quadrant_party_get_requirements (party), 0);

  quadrant_requirements_view_set_register (view, reg);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_window_present (GTK_WINDOW (window));
  quadrant_test_wait_frames (3);
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), <=, 620);
  g_assert_true (adw_flap_get_folded (view->paned));
  g_assert_false (adw_flap_get_reveal_flap (view->paned));

  quadrant_requirements_view_select_requirement (view, requirement);
  quadrant_test_spin_until (flap_revealed, view->paned);
  g_assert_true (quadrant_requirement_editor_get_requirement (view->editor) == requirement);
  gtk_window_destroy (GTK_WINDOW (window));
  quadrant_test_spin_pending ();
}

/* At the default size nothing folds: list and editor side by side. */
static void
test_default_size (void)
{
  Fixture fixture = { 0 };

  open_window (&fixture, 1100);
  g_assert_false (adw_flap_get_folded (parties_flap (&fixture)));
  g_assert_false (adw_flap_get_folded (requirements_flap (&fixture)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (QUADRANT_PARTIES_VIEW (fixture.window->parties_view)->editor_stack)));
  close_window (&fixture);
}

/* Whether widget lies whole inside the part of the Parties page that shows it. */
static gboolean
shown_whole (GtkWidget *widget,
             GtkWidget *page)
{
  graphene_rect_t bounds;
  int natural = 0;

  g_assert_true (gtk_widget_compute_bounds (widget, page, &bounds));
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_test_message ("%s at %.0f–%.0f of %d, natural width %d", G_OBJECT_TYPE_NAME (widget),
                  bounds.origin.x, bounds.origin.x + bounds.size.width, gtk_widget_get_width (page), natural);
  return bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (page) &&
         bounds.size.width >= natural;
}

/* In French, whose "All …" filters are the longest, every filter of the
 * Parties page shows whole at the usual size and at the narrowest, and Tab
 * reaches each of them in turn. */
static void
test_filters_whole (void)
{
  const int widths[] = { 1100, 600 };
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autoptr(QuadrantLanguageSwitch) french = quadrant_language_push ("fr");
      Fixture fixture = { 0 };
      QuadrantPartiesView *view;
      GtkWidget *filters[4];
      GtkWidget *list;

      open_window (&fixture, widths[i]);
      view = QUADRANT_PARTIES_VIEW (fixture.window->parties_view);
      filters[0] = GTK_WIDGET (view->category_filter);
      filters[1] = GTK_WIDGET (view->quadrant_filter);
      filters[2] = GTK_WIDGET (view->support_filter);
      filters[3] = GTK_WIDGET (view->relevance_filter);
      /* Translated, so the test measures French and not English. */
      g_assert_cmpstr (_("Search parties"), ==, "Rechercher des parties");
      list = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (view->search_entry)));

      for (guint j = 0; j < G_N_ELEMENTS (filters); j++)
        g_assert_true (shown_whole (filters[j], list));

      gtk_widget_grab_focus (GTK_WIDGET (view->search_entry));
      for (guint j = 0; j < G_N_ELEMENTS (filters); j++)
        {
          GtkWidget *focus;

          g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture.window), GTK_DIR_TAB_FORWARD));
          focus = gtk_root_get_focus (GTK_ROOT (fixture.window));
          g_assert_true (focus == filters[j] || gtk_widget_is_ancestor (focus, filters[j]));
        }
      close_window (&fixture);
    }

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  setlocale (LC_ALL, old_locale);
}

/* GTK 4.8 warns, now and then, that it snapshots the window's view stack
 * before allocating it when a window starts below its pages' natural width;
 * nothing is drawn wrong and the next frame has it. That one warning is not
 * fatal here; every other stays so. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  if ((log_level & G_LOG_LEVEL_WARNING) != 0)
    for (gsize i = 0; i < n_fields; i++)
      if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 &&
          strstr (fields[i].value, "without a current allocation") != NULL)
        return G_LOG_WRITER_HANDLED;
  if ((log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR)) != 0)
    {
      g_log_writer_default (log_level, fields, n_fields, user_data);
      g_test_fail ();
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  app = quadrant_test_ui_init_app (&argc, &argv, "test-ui-narrow");
  /* The writer above fails the test on any other warning. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);

  g_test_add_func ("/narrow/narrowest", test_narrowest);
  g_test_add_func ("/narrow/map-toolbar", test_map_toolbar);
  g_test_add_func ("/narrow/columns-fit", test_columns_fit);
  g_test_add_func ("/narrow/columns-large-text", test_columns_large_text);
  g_test_add_func ("/narrow/parties-fold", test_parties_fold);
  g_test_add_func ("/narrow/requirements-fold", test_requirements_fold);
  g_test_add_func ("/narrow/default-size", test_default_size);
  g_test_add_func ("/narrow/filters-whole", test_filters_whole);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
