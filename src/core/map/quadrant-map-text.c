/* quadrant-map-text.c: shaping the text of the stakeholder map
 *
 * Text is shaped once per name (and per fixed text, size and weight) and kept
 * in the layout's caches, so a frame that shows the same names again measures
 * nothing: only a new or renamed party costs a Pango layout.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "quadrant-map-layout-private.h"

void
_quadrant_map_text_metrics_free (gpointer data)
{
  TextMetrics *metrics = data;

  if (metrics == NULL)
    return;
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

  if (*name == '\0')
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

/* A party's last name and its metrics (owned by label_cache): a compute
 * finds every name by the party's address and one string comparison. */
typedef struct {
  char              *name;
  const TextMetrics *metrics;
} PartyLabel;

static void
party_label_free (gpointer data)
{
  PartyLabel *label = data;

  g_free (label->name);
  g_free (label);
}

GHashTable *
_quadrant_map_party_labels_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, party_label_free);
}

const TextMetrics *
_quadrant_map_label_metrics (QuadrantMapLayout *self,
                             QuadrantParty     *party)
{
  const char *name = quadrant_party_get_name (party);
  PartyLabel *label = g_hash_table_lookup (self->party_labels, party);
  TextMetrics *metrics;
  g_autofree char *text = NULL;

  if (name == NULL)
    name = "";
  if (label != NULL && strcmp (label->name, name) == 0)
    return label->metrics;

  metrics = g_hash_table_lookup (self->label_cache, name);
  if (metrics == NULL)
    {
      text = display_name (name);
      metrics = measure (self, text, self->label_size, FALSE, LABEL_MAX_WIDTH * self->text_scale);
      g_hash_table_insert (self->label_cache, g_strdup (name), metrics);
    }
  if (label == NULL)
    {
      label = g_new0 (PartyLabel, 1);
      g_hash_table_insert (self->party_labels, party, label);
    }
  g_free (label->name);
  label->name = g_strdup (name);
  label->metrics = metrics;
  return metrics;
}

/* Fixed text is looked up by all that shapes it, without building a key. */
typedef struct {
  double    size, max_width;
  gboolean  bold;
  char     *text;
} TextKey;

static guint
text_key_hash (gconstpointer data)
{
  const TextKey *key = data;

  return g_str_hash (key->text) ^ (guint) (key->size * 64) ^ ((guint) key->bold << 30) ^
         (guint) (key->max_width * 8);
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *x = a, *y = b;

  return x->size == y->size && x->max_width == y->max_width && x->bold == y->bold &&
         strcmp (x->text, y->text) == 0;
}

static void
text_key_free (gpointer data)
{
  TextKey *key = data;

  g_free (key->text);
  g_free (key);
}

GHashTable *
_quadrant_map_text_cache_new (void)
{
  return g_hash_table_new_full (text_key_hash, text_key_equal, text_key_free,
                                _quadrant_map_text_metrics_free);
}

const TextMetrics *
_quadrant_map_text_metrics_wrapped (QuadrantMapLayout *self,
                                    const char        *text,
                                    double             size,
                                    gboolean           bold,
                                    double             max_width)
{
  TextKey key = { size, max_width, !!bold, (char *) text };
  TextMetrics *metrics = g_hash_table_lookup (self->text_cache, &key);

  if (metrics == NULL)
    {
      TextKey *owned = g_new (TextKey, 1);

      *owned = key;
      owned->text = g_strdup (text);
      metrics = measure (self, text, size, bold, max_width);
      g_hash_table_insert (self->text_cache, owned, metrics);
    }
  return metrics;
}

const TextMetrics *
_quadrant_map_number_metrics (QuadrantMapLayout *self,
                              guint              number)
{
  char text[16];

  /* Numbers are asked for over and over while names are placed. */
  if (number < self->numbers->len && g_ptr_array_index (self->numbers, number) != NULL)
    return g_ptr_array_index (self->numbers, number);

  g_snprintf (text, sizeof text, "%u", number);
  if (number >= self->numbers->len)
    g_ptr_array_set_size (self->numbers, number + 1);
  g_ptr_array_index (self->numbers, number) = measure (self, text, self->label_size, TRUE, -1);
  return g_ptr_array_index (self->numbers, number);
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
