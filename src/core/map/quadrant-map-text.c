/* quadrant-map-text.c: shaping the text of the stakeholder map
 *
 * Text is shaped once per name (and per fixed text, size and weight) and kept
 * in the layout's caches, so a frame that shows the same names again measures
 * nothing: only a new or renamed party costs a Pango layout.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-map-layout-private.h"

void
_quadrant_map_text_metrics_free (gpointer data)
{
  TextMetrics *metrics = data;

  g_clear_object (&metrics->layout);
  g_free (metrics);
}

static TextMetrics *
measure (QuadrantMapLayout *self,
         const char        *text,
         double             size,
         gboolean           bold,
         double             max_width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  TextMetrics *metrics = g_new0 (TextMetrics, 1);
  PangoRectangle logical;

  pango_font_description_set_family (font, self->font_family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  metrics->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (metrics->layout, font);
  if (max_width > 0)
    {
      pango_layout_set_width (metrics->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (metrics->layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (metrics->layout, text, -1);
  pango_layout_get_extents (metrics->layout, NULL, &logical);
  metrics->width = (double) logical.width / PANGO_SCALE;
  metrics->height = (double) logical.height / PANGO_SCALE;
  metrics->baseline = (double) pango_layout_get_baseline (metrics->layout) / PANGO_SCALE;

  return metrics;
}

/* The name as shown: one paragraph, not too long, never empty. */
static char *
display_name (const char *name)
{
  g_autofree char *text = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup (_("(no name)"));

  text = g_strdup (name);
  for (char *p = text; *p; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  g_strstrip (text);
  if (*text == '\0')
    return g_strdup (_("(no name)"));

  if (g_utf8_strlen (text, -1) > LABEL_MAX_CHARS)
    {
      g_autofree char *head = g_utf8_substring (text, 0, LABEL_MAX_CHARS - 1);

      g_strchomp (head);
      return g_strconcat (head, "…", NULL);
    }

  return g_steal_pointer (&text);
}

const TextMetrics *
_quadrant_map_label_metrics (QuadrantMapLayout *self,
                             QuadrantParty     *party)
{
  const char *name = quadrant_party_get_name (party);
  TextMetrics *metrics;
  g_autofree char *text = NULL;

  metrics = g_hash_table_lookup (self->label_cache, name ? name : "");
  if (metrics != NULL)
    return metrics;

  text = display_name (name);
  metrics = measure (self, text, self->label_size, FALSE, LABEL_MAX_WIDTH * self->scale);
  g_hash_table_insert (self->label_cache, g_strdup (name ? name : ""), metrics);
  return metrics;
}

const TextMetrics *
_quadrant_map_text_metrics_wrapped (QuadrantMapLayout *self,
                                    const char        *text,
                                    double             size,
                                    gboolean           bold,
                                    double             max_width)
{
  g_autofree char *key = g_strdup_printf ("%g|%d|%g|%s", size, bold, max_width, text);
  TextMetrics *metrics = g_hash_table_lookup (self->text_cache, key);

  if (metrics == NULL)
    {
      metrics = measure (self, text, size, bold, max_width);
      g_hash_table_insert (self->text_cache, g_steal_pointer (&key), metrics);
    }
  return metrics;
}

QuadrantMapText *
_quadrant_map_add_text_wrapped (QuadrantMapLayout   *self,
                                QuadrantMapTextRole  role,
                                const char          *text,
                                double               size,
                                gboolean             bold,
                                double               x,
                                double               y,
                                double               max_width)
{
  const TextMetrics *metrics = _quadrant_map_text_metrics_wrapped (self, text, size, bold, max_width);
  QuadrantMapText item = { 0 };

  item.role = role;
  item.text = pango_layout_get_text (metrics->layout);
  item.rect = (QuadrantRect) { x, y, metrics->width, metrics->height };
  item.x = x;
  item.y = y + metrics->baseline;
  item.size = size;
  item.bold = bold;
  g_array_append_val (self->texts, item);
  g_ptr_array_add (self->text_layouts, g_object_ref (metrics->layout));

  return &g_array_index (self->texts, QuadrantMapText, self->texts->len - 1);
}
