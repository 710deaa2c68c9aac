/* quadrant-import-vocabulary.c: the words the import recognises
 *
 * Read once, on first use, into one table per group of compacted word ->
 * meaning. A broken user file is reported on the log and left out; the
 * shipped file is compiled in, so it is always there.
 */
#define G_LOG_DOMAIN "quadrant-vocabulary"

#include "config.h"

#include <string.h>

#include "quadrant-data-file.h"
#include "quadrant-import-vocabulary.h"

#define VOCABULARY_FILE "import-vocabulary.ini"

static GHashTable *groups; /* group -> (compact word -> interned meaning) */

char *
quadrant_vocabulary_compact (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  GString *out = g_string_new (NULL);

  /* Decomposed, an accented letter is its base letter and a combining mark,
   * which is not alphanumeric and so is left out with the punctuation. */
  for (const char *p = decomposed != NULL ? decomposed : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
add_key_file (GKeyFile *file)
{
  g_auto(GStrv) names = g_key_file_get_groups (file, NULL);

  for (guint g = 0; names[g] != NULL; g++)
    {
      g_autofree char *group = g_strdup (names[g]);
      char *space = strchr (group, ' ');
      g_auto(GStrv) keys = NULL;
      GHashTable *table;

      /* "[kind de]": the group is "kind", the language only a label. */
      if (space != NULL)
        *space = '\0';
      table = g_hash_table_lookup (groups, group);
      if (table == NULL)
        {
          table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (groups, g_strdup (group), table);
        }

      keys = g_key_file_get_keys (file, names[g], NULL, NULL);
      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_auto(GStrv) words = g_key_file_get_string_list (file, names[g], keys[k], NULL, NULL);
          const char *meaning = g_intern_string (keys[k]);

          for (guint w = 0; words != NULL && words[w] != NULL; w++)
            {
              char *word = quadrant_vocabulary_compact (words[w]);

              /* The first meaning read wins: no word means two things. */
              if (word[0] == '\0' || g_hash_table_contains (table, word))
                g_free (word);
              else
                g_hash_table_insert (table, word, (gpointer) meaning);
            }
        }
    }
}

static gpointer
load_vocabulary (gpointer data)
{
  g_autofree char *user_path = g_build_filename (g_get_user_config_dir (), "quadrant", VOCABULARY_FILE, NULL);
  g_autoptr(GKeyFile) user = g_key_file_new ();
  g_autoptr(GKeyFile) shipped = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);

  if (g_key_file_load_from_file (user, user_path, G_KEY_FILE_NONE, &error))
    add_key_file (user);
  else if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_warning ("%s is left out: %s", user_path, error->message);
  g_clear_error (&error);

  bytes = quadrant_data_file_load (VOCABULARY_FILE, &error);
  if (bytes == NULL ||
      !g_key_file_load_from_data (shipped, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  G_KEY_FILE_NONE, &error))
    g_critical ("The import vocabulary cannot be read: %s", error->message);
  else
    add_key_file (shipped);

  return NULL;
}

const char *
quadrant_vocabulary_lookup (const char *group,
                            const char *text)
{
  static GOnce once = G_ONCE_INIT;
  g_autofree char *word = NULL;
  GHashTable *table;
  const char *meaning;
  gsize len;

  g_return_val_if_fail (group != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  g_once (&once, load_vocabulary, NULL);

  table = g_hash_table_lookup (groups, group);
  if (table == NULL)
    return NULL;

  word = quadrant_vocabulary_compact (text);
  if (word[0] == '\0')
    return NULL;
  meaning = g_hash_table_lookup (table, word);
  if (meaning != NULL)
    return meaning;

  /* "Suppliers" for "Supplier" and the other way round. */
  len = strlen (word);
  if (len > 3 && word[len - 1] == 's')
    {
      word[len - 1] = '\0';
      meaning = g_hash_table_lookup (table, word);
      if (meaning != NULL)
        return meaning;
    }
  else
    {
      g_autofree char *plural = g_strconcat (word, "s", NULL);

      meaning = g_hash_table_lookup (table, plural);
    }

  return meaning;
}
