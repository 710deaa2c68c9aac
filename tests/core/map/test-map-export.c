/* test-map-export.c: the map as PNG, SVG and PDF
 *
 * The PNG decodes at the requested size, the SVG is well-formed XML naming
 * every placed party in <text> elements (and nothing confidential), the PDF
 * has exactly one page, and files are written atomically with clear errors.
 */
#define G_LOG_DOMAIN "test-map-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "quadrant-map-export.h"
#include "quadrant-map-layout.h"
#include "quadrant-map-render.h"
#include "quadrant-reader.h"

/* Fields that must never reach a map: presentation and exports are seen by
 * people who may not see them. */
#define SECRET_OWNER   "SecretOwner-4711"
#define SECRET_CONTACT "secret-contact@example.org"
#define SECRET_NOTES   "SecretNotes-0815"
#define SECRET_PLAN    "SecretPlan-2342"

static QuadrantParty *
add_party (QuadrantRegister *reg,
           const char       *name,
           int               power,
           int               interest,
           QuadrantSupport   support)
{
  g_autoptr(QuadrantParty) party = quadrant_party_new (NULL);

  quadrant_party_set_name (party, name);
  quadrant_party_set_power (party, power);
  quadrant_party_set_interest (party, interest);
  quadrant_party_set_current_support (party, support);
  quadrant_party_set_owner (party, SECRET_OWNER);
  quadrant_party_set_contact (party, SECRET_CONTACT);
  quadrant_party_set_notes (party, SECRET_NOTES);
  quadrant_party_set_engagement_communication (party, SECRET_PLAN);
  quadrant_party_set_engagement_channel (party, SECRET_PLAN);
  quadrant_party_set_engagement_responsible (party, SECRET_PLAN);
  quadrant_register_append_party_unrecorded (reg, party);
  return party;
}

static QuadrantRegister *
make_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  g_autoptr(QuadrantParty) unplaced = quadrant_party_new (NULL);

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Contoso & Partners");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_VERSION, "1.2");
  add_party (reg, "Regulator", 85, 70, QUADRANT_SUPPORT_NEUTRAL);
  add_party (reg, "R&D <lab> \"north\" 'wing'", 30, 80, QUADRANT_SUPPORT_SUPPORTIVE);
  add_party (reg, "Board of directors and the supervisory committee of the group", 95, 45,
             QUADRANT_SUPPORT_LEADING);
  add_party (reg, "Ransomware groups", 60, 10, QUADRANT_SUPPORT_RESISTANT);
  add_party (reg, "Patients", 10, 55, QUADRANT_SUPPORT_UNAWARE);
  add_party (reg, "Zürich Ωmega 株式会社", 50, 50, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_party_set_name (unplaced, "Not yet on the map");
  quadrant_register_append_party_unrecorded (reg, unplaced);
  return reg;
}

static QuadrantRegister *
load_example (void)
{
  const char *datadir = g_getenv ("QUADRANT_DATADIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  QuadrantRegister *reg;

  if (datadir == NULL)
    return NULL;
  path = g_build_filename (datadir, "examples", "northwind.quadrant.xml", NULL);
  file = g_file_new_for_path (path);
  reg = quadrant_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  return reg;
}

/* The names as the map shows them: what the layout put in each label. */
static GPtrArray *
placed_names (QuadrantRegister               *reg,
              const QuadrantMapExportOptions *options)
{
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  quadrant_map_layout_compute (layout, reg, options && options->width ? options->width : 1600,
                               options && options->height ? options->height : 1000, NULL);
  for (guint i = 0; i < quadrant_map_layout_get_n_markers (layout); i++)
    {
      const QuadrantMapMarker *m = quadrant_map_layout_get_marker (layout, i);

      /* A number on the map stands for the name, which the file has too. */
      if (m->key_number > 0 || m->label_overlaps)
        g_ptr_array_add (names, g_strdup (quadrant_party_get_name (m->party)));
      else
        g_ptr_array_add (names, g_strdup (pango_layout_get_text (quadrant_map_layout_get_label_layout (layout, i))));
    }
  return names;
}

typedef struct {
  GBytes *bytes;
  gsize   offset;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *reader = closure;
  gsize size;
  const guchar *all = g_bytes_get_data (reader->bytes, &size);

  if (reader->offset + length > size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, all + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes *bytes)
{
  Reader reader = { bytes, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_bytes, &reader);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  return *(const guint32 *) (const void *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

static void
test_png (void)
{
  g_autoptr(QuadrantRegister) reg = make_register ();
  static const int sizes[][2] = { { 0, 0 }, { 640, 400 }, { 333, 1234 }, { 16, 16 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      QuadrantMapExportOptions options = { .width = sizes[s][0], .height = sizes[s][1] };
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
      cairo_surface_t *surface;
      int width = sizes[s][0] ? sizes[s][0] : QUADRANT_MAP_EXPORT_DEFAULT_WIDTH;
      int height = sizes[s][1] ? sizes[s][1] : QUADRANT_MAP_EXPORT_DEFAULT_HEIGHT;

      bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_PNG, &options, &error);
      g_assert_no_error (error);
      g_assert_nonnull (bytes);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 8, "\x89PNG\r\n\x1a\n", 8);

      surface = decode_png (bytes);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);

      /* Something was drawn: the grid's centre differs from the corner
       * (background). The layout is the export's: its scale and options. */
      if (width >= 320)
        {
          QuadrantMapOptions map_options;
          QuadrantRect plot;
          double x, y;

          quadrant_map_options_init (&map_options);
          map_options.scale = CLAMP (sqrt ((double) width * height /
                                           (QUADRANT_MAP_EXPORT_DEFAULT_WIDTH *
                                            QUADRANT_MAP_EXPORT_DEFAULT_HEIGHT)), 0.75, 8.0);
          map_options.show_title = TRUE;
          map_options.show_unassessed = TRUE;
          map_options.complete_key = TRUE;
          quadrant_map_layout_compute (layout, reg, width, height, &map_options);
          plot = quadrant_map_layout_get_plot (layout);
          quadrant_map_layout_to_point (layout, 50, 50, &x, &y);
          g_assert_cmpfloat (plot.width, >, 0);
          g_assert_cmphex (pixel_at (surface, 1, 1), !=, pixel_at (surface, (int) x, (int) y));
        }
      cairo_surface_destroy (surface);
    }
}

static void
test_png_dark (void)
{
  g_autoptr(QuadrantRegister) reg = make_register ();
  QuadrantMapExportOptions light = { .width = 200, .height = 150 };
  QuadrantMapExportOptions dark = { .width = 200, .height = 150, .dark = TRUE };
  g_autoptr(GBytes) light_bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_PNG, &light, NULL);
  g_autoptr(GBytes) dark_bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_PNG, &dark, NULL);
  cairo_surface_t *a = decode_png (light_bytes);
  cairo_surface_t *b = decode_png (dark_bytes);
  guint32 pa = pixel_at (a, 0, 0), pb = pixel_at (b, 0, 0);

  /* The background corner: light is bright, dark is dark. */
  g_assert_cmpuint (pa & 0xff, >, 0xc0);
  g_assert_cmpuint (pb & 0xff, <, 0x40);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
collect_text (xmlNode   *node,
              GPtrArray *texts,
              guint     *n_elements)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcmp (child->name, (const xmlChar *) "text") == 0)
        {
          xmlChar *content = xmlNodeGetContent (child);

          g_ptr_array_add (texts, g_strdup ((const char *) content));
          xmlFree (content);
          (*n_elements)++;
        }
      else
        collect_text (child->children, texts, n_elements);
    }
}

/* Whitespace-insensitive: a wrapped name's lines are separate <tspan>s. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
check_svg (QuadrantRegister *reg,
           GBytes           *bytes,
           const QuadrantMapExportOptions *options)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = placed_names (reg, options);
  g_autoptr(GHashTable) squeezed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlDoc *doc;
  xmlNode *root;
  guint n_text_elements = 0;

  doc = xmlReadMemory (data, (int) size, "map.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  g_assert_nonnull (root->ns);
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.w3.org/2000/svg");

  collect_text (root, texts, &n_text_elements);
  for (guint i = 0; i < texts->len; i++)
    {
      char *text = squeeze (g_ptr_array_index (texts, i));
      const char *rest = text;

      /* A name in the numbered key follows its number. */
      while (g_ascii_isdigit (*rest))
        rest++;
      if (rest != text && *rest != '\0')
        g_hash_table_add (squeezed, g_strdup (rest));
      g_hash_table_add (squeezed, text);
    }

  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *name = squeeze (g_ptr_array_index (names, i));

      if (!g_hash_table_contains (squeezed, name))
        g_error ("the SVG has no <text> for “%s”", (const char *) g_ptr_array_index (names, i));
    }

  /* Only names and positions: nothing confidential anywhere in the file. */
  g_assert_null (g_strstr_len (data, size, SECRET_OWNER));
  g_assert_null (g_strstr_len (data, size, SECRET_CONTACT));
  g_assert_null (g_strstr_len (data, size, SECRET_NOTES));
  g_assert_null (g_strstr_len (data, size, SECRET_PLAN));

  xmlFreeDoc (doc);
}

static void
test_svg (void)
{
  g_autoptr(QuadrantRegister) reg = make_register ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, NULL, &error);
  g_assert_no_error (error);
  check_svg (reg, bytes, NULL);

  data = g_bytes_get_data (bytes, &size);
  /* Names are text with a font, not outlines; special characters escaped. */
  g_assert_nonnull (g_strstr_len (data, size, "font-family="));
  g_assert_nonnull (g_strstr_len (data, size, ">Regulator</text>"));
  g_assert_nonnull (g_strstr_len (data, size, "R&amp;D &lt;lab&gt; &quot;north&quot; &apos;wing&apos;"));
  g_assert_nonnull (g_strstr_len (data, size, "Zürich Ωmega 株式会社"));
  /* The unplaced party is not on the map, but named under it. */
  g_assert_null (g_strstr_len (data, size, ">Not yet on the map</text>"));
  g_assert_nonnull (g_strstr_len (data, size, "Not yet assessed: Not yet on the map"));
  /* Title and legend are included. */
  g_assert_nonnull (g_strstr_len (data, size, "Contoso &amp; Partners — Stakeholder map"));
  g_assert_nonnull (g_strstr_len (data, size, ">Supportive</text>"));
  g_assert_nonnull (g_strstr_len (data, size, ">Manage closely</text>"));
  g_assert_true (g_str_has_prefix (data, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  g_assert_nonnull (g_strstr_len (data, size, "width=\"1600\" height=\"1000\""));
}

static void
test_svg_example (void)
{
  g_autoptr(QuadrantRegister) reg = load_example ();
  QuadrantMapExportOptions options = { .width = 1200, .height = 800, .show_movement = TRUE,
                                       .size_by_requirements = TRUE, .presentation = TRUE };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (reg == NULL)
    {
      g_test_skip ("QUADRANT_DATADIR is not set");
      return;
    }

  bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, &options, &error);
  g_assert_no_error (error);
  check_svg (reg, bytes, &options);
}

/* Too many names for the room: those without a place are hidden text (still
 * found by a search), and a note says how many. */
static void
test_svg_crowded (void)
{
  g_autoptr(QuadrantRegister) reg = quadrant_register_new ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantMapExportOptions options = { .width = 800, .height = 500 };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  QuadrantMapOptions map_options;
  const char *data, *p;
  gsize size;
  guint n_hidden = 0;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Interested party number %u", i);

      add_party (reg, name, (i * 37) % 101, (i * 61) % 101, (QuadrantSupport) (i % 5));
    }

  /* The export's own layout: same size, and the scale it picks (the smallest). */
  quadrant_map_options_init (&map_options);
  map_options.scale = 0.75;
  map_options.show_title = TRUE;
  map_options.show_unassessed = TRUE;
  map_options.complete_key = TRUE;
  quadrant_map_layout_compute (layout, reg, 800, 500, &map_options);
  g_assert_cmpuint (quadrant_map_layout_get_n_overlapping (layout), >, 0);

  bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, &options, &error);
  g_assert_no_error (error);
  check_svg (reg, bytes, &options);

  data = g_bytes_get_data (bytes, &size);
  for (p = data; (p = strstr (p, "visibility=\"hidden\"")) != NULL; p++)
    n_hidden++;
  /* Hidden: the names without any place, and those whose number stands
   * for them on the map (they are in the key). */
  g_assert_cmpuint (n_hidden, ==, quadrant_map_layout_get_n_overlapping (layout) +
                                  quadrant_map_layout_get_n_numbered (layout));
  /* The key says how many found no room (a line may wrap after any word). */
  note = g_strdup_printf ("%u parties", quadrant_map_layout_get_n_overlapping (layout));
  g_assert_nonnull (strstr (data, note));
  g_assert_nonnull (strstr (data, "without"));
}

static guint
count_pages (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = data + size;
  guint n = 0;

  /* "/Type /Page" but not "/Type /Pages" (the page tree); memmem because
   * compressed streams hold NUL bytes. */
  for (const char *p = data; (p = memmem (p, end - p, "/Type /Page", 11)) != NULL; p++)
    if (p + 11 >= end || p[11] != 's')
      n++;
  return n;
}

static void
test_pdf (void)
{
  g_autoptr(QuadrantRegister) reg = make_register ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  gsize size;
  const char *data;

  bytes = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (count_pages (bytes), ==, 1);

  if (pdfinfo != NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("test-map-export-XXXXXX", &error);
      g_autofree char *path = g_build_filename (dir, "map.pdf", NULL);
      g_autofree char *out = NULL;
      const char *argv[] = { pdfinfo, path, NULL };
      int status;

      g_assert_no_error (error);
      g_file_set_contents (path, data, size, &error);
      g_assert_no_error (error);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", out, G_REGEX_MULTILINE, 0));
      g_assert_nonnull (strstr (out, "Contoso & Partners"));
      /* A4 landscape by default. */
      g_assert_true (g_regex_match_simple ("^Page size:\\s+842 x 595 pts", out, G_REGEX_MULTILINE, 0));
      g_unlink (path);
      g_rmdir (dir);
    }
}

static void
test_to_file (void)
{
  g_autoptr(QuadrantRegister) reg = make_register ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "map.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (quadrant_map_export_to_file (reg, QUADRANT_MAP_FORMAT_SVG, NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));

  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_assert_false (quadrant_map_export_to_file (reg, QUADRANT_MAP_FORMAT_PNG, NULL, bad, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An impossible size is refused before anything is drawn or written. */
  {
    QuadrantMapExportOptions options = { .width = 100000, .height = 10 };

    g_assert_false (quadrant_map_export_to_file (reg, QUADRANT_MAP_FORMAT_PNG, &options, file, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    g_assert_nonnull (strstr (error->message, "100000"));
    g_clear_error (&error);
    g_clear_pointer (&contents, g_free);
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL) && g_str_has_prefix (contents, "<?xml"));
  }

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_parse_size (void)
{
  static const struct {
    const char *text;
    gboolean ok;
    int width, height;
  } cases[] = {
    { "1600x1000", TRUE, 1600, 1000 },
    { "640X480", TRUE, 640, 480 },
    { "16x8192", TRUE, 16, 8192 },
    { "15x100", FALSE },
    { "100x8193", FALSE },
    { "100", FALSE },
    { "x100", FALSE },
    { "100x", FALSE },
    { "100x100x100", FALSE },
    { "-100x100", FALSE },
    { "1e3x100", FALSE },
    { " 100x100", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      int width = -1, height = -1;
      gboolean ok = quadrant_map_export_parse_size (cases[i].text, &width, &height, &error);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_cmpint (width, ==, cases[i].width);
          g_assert_cmpint (height, ==, cases[i].height);
        }
      else
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
          g_assert_nonnull (strstr (error->message, "WIDTHxHEIGHT"));
        }
    }
}

static void
test_formats (void)
{
  QuadrantMapFormat format;

  g_assert_true (quadrant_map_format_from_name ("png", &format));
  g_assert_cmpint (format, ==, QUADRANT_MAP_FORMAT_PNG);
  g_assert_true (quadrant_map_format_from_name ("SVG", &format));
  g_assert_cmpint (format, ==, QUADRANT_MAP_FORMAT_SVG);
  g_assert_true (quadrant_map_format_from_name ("pdf", &format));
  g_assert_cmpint (format, ==, QUADRANT_MAP_FORMAT_PDF);
  g_assert_false (quadrant_map_format_from_name ("jpeg", &format));
  g_assert_cmpstr (quadrant_map_format_to_name (QUADRANT_MAP_FORMAT_SVG), ==, "svg");
  g_assert_cmpstr (quadrant_map_format_content_type (QUADRANT_MAP_FORMAT_PDF), ==, "application/pdf");
}

/* The renderer draws the selection, focus and movement without complaint on
 * every surface, and the presentation style differs from the normal one. */
static void
test_render_options (void)
{
  g_autoptr(QuadrantRegister) reg = make_register ();
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  g_autoptr(QuadrantParty) first = g_list_model_get_item (quadrant_register_get_parties (reg), 0);
  g_autoptr(QuadrantParty) second = g_list_model_get_item (quadrant_register_get_parties (reg), 1);
  QuadrantMapOptions options;
  cairo_surface_t *normal, *presentation;
  guint n_different = 0;

  quadrant_register_record_revision (reg, "1.0", "2026-01-01", "Test", "Baseline");
  quadrant_register_move_party (reg, first, 20, 20);

  quadrant_map_options_init (&options);
  options.show_movement = TRUE;
  quadrant_map_layout_compute (layout, reg, 400, 300, &options);
  g_assert_true (quadrant_map_layout_find_marker (layout, first)->has_previous);
  g_assert_false (quadrant_map_layout_find_marker (layout, second)->has_previous);

  normal = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  presentation = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  {
    cairo_t *cr = cairo_create (normal);

    quadrant_map_render (cr, layout, reg, NULL);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
  }
  {
    QuadrantMapRenderOptions render = { .selected = first, .focused = second, .hovered = second,
                                        .presentation = TRUE, .show_movement = TRUE };
    cairo_t *cr = cairo_create (presentation);

    quadrant_map_render (cr, layout, reg, &render);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
  }

  for (int y = 0; y < 300; y += 3)
    for (int x = 0; x < 400; x += 3)
      n_different += pixel_at (normal, x, y) != pixel_at (presentation, x, y);
  g_assert_cmpuint (n_different, >, 100);

  cairo_surface_destroy (normal);
  cairo_surface_destroy (presentation);
}

static guint
count_text (const char *haystack,
            const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p++)
    n++;
  return n;
}

/* Support goals: with the option, an arrowhead beside each placed party whose
 * desired support differs from its current one, and a legend entry saying
 * what the arrowheads mean, inside the legend's box; without it, neither. */
static void
test_support_goals (void)
{
  g_autoptr(QuadrantRegister) reg = make_register ();
  GListModel *parties = quadrant_register_get_parties (reg);
  g_autoptr(QuadrantMapLayout) layout = quadrant_map_layout_new ();
  QuadrantMapExportOptions options = { 0 };
  QuadrantMapOptions map_options;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) goals = NULL;
  g_autoptr(GBytes) plain_png = NULL;
  g_autoptr(GBytes) goals_png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *goals_text = NULL;
  const QuadrantMapText *entry = NULL;
  QuadrantRect legend;
  guint n_differing = 0;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      /* Leading wants no more; everyone else wants Supportive. */
      if (quadrant_party_get_current_support (party) != QUADRANT_SUPPORT_LEADING)
        quadrant_party_set_desired_support (party, QUADRANT_SUPPORT_SUPPORTIVE);
      else
        quadrant_party_set_desired_support (party, QUADRANT_SUPPORT_LEADING);
      if (quadrant_party_is_placed (party) &&
          quadrant_party_get_desired_support (party) != quadrant_party_get_current_support (party))
        n_differing++;
    }
  g_assert_cmpuint (n_differing, ==, 4);

  plain = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, &options, &error);
  g_assert_no_error (error);
  plain_png = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_PNG, &options, &error);
  g_assert_no_error (error);
  options.show_support_goal = TRUE;
  goals = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_SVG, &options, &error);
  g_assert_no_error (error);
  goals_png = quadrant_map_export_bytes (reg, QUADRANT_MAP_FORMAT_PNG, &options, &error);
  g_assert_no_error (error);

  plain_text = g_strndup (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));
  goals_text = g_strndup (g_bytes_get_data (goals, NULL), g_bytes_get_size (goals));
  g_assert_cmpuint (count_text (plain_text, "class=\"goal\""), ==, 0);
  g_assert_null (strstr (plain_text, "Arrowhead: the support wanted"));
  g_assert_cmpuint (count_text (goals_text, "class=\"goal\""), ==, n_differing);
  g_assert_nonnull (strstr (goals_text, "Arrowhead: the support wanted"));
  /* The PNG draws them too. */
  g_assert_false (g_bytes_equal (plain_png, goals_png));

  /* In the layout: the entry and its sample inside the legend's box. */
  quadrant_map_options_init (&map_options);
  map_options.show_support_goal = TRUE;
  quadrant_map_layout_compute (layout, reg, 1600, 1000, &map_options);
  legend = quadrant_map_layout_get_legend (layout);
  for (guint i = 0; i < quadrant_map_layout_get_n_texts (layout); i++)
    if (quadrant_map_layout_get_text (layout, i)->legend_kind == QUADRANT_MAP_LEGEND_GOAL)
      entry = quadrant_map_layout_get_text (layout, i);
  g_assert_nonnull (entry);
  g_assert_cmpfloat (entry->rect.x, >=, legend.x);
  g_assert_cmpfloat (entry->rect.y, >=, legend.y);
  g_assert_cmpfloat (entry->rect.x + entry->rect.width, <=, legend.x + legend.width);
  g_assert_cmpfloat (entry->rect.y + entry->rect.height, <=, legend.y + legend.height);
  g_assert_cmpfloat (entry->marker_x - entry->marker_radius, >=, legend.x);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/export/png", test_png);
  g_test_add_func ("/map/export/png-dark", test_png_dark);
  g_test_add_func ("/map/export/svg", test_svg);
  g_test_add_func ("/map/export/svg-example", test_svg_example);
  g_test_add_func ("/map/export/svg-crowded", test_svg_crowded);
  g_test_add_func ("/map/export/pdf", test_pdf);
  g_test_add_func ("/map/export/support-goals", test_support_goals);
  g_test_add_func ("/map/export/to-file", test_to_file);
  g_test_add_func ("/map/export/parse-size", test_parse_size);
  g_test_add_func ("/map/export/formats", test_formats);
  g_test_add_func ("/map/render/options", test_render_options);

  return g_test_run ();
}
