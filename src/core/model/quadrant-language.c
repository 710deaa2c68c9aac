/* quadrant-language.c: the language of the messages, and of a register */
#define G_LOG_DOMAIN "quadrant-language"

#include "config.h"

#include <glib/gi18n.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "quadrant-extras.h"
#include "quadrant-language.h"
#include "quadrant-types.h"

#define LANGUAGE_ATTRIBUTE "xml:lang"

struct _QuadrantLanguageSwitch {
  char *old_language;   /* NULL: LANGUAGE was not set */
  char *old_messages;   /* the LC_MESSAGES locale before */
};

const char *
quadrant_language_current (void)
{
  /* Translators: the code of the language you translate into, such as "de"
   * or "fr": written into reports (HTML lang) and into new registers
   * (xml:lang), as the language they are written in */
  return C_("language code", "en");
}

const char *
quadrant_language_date_pattern (void)
{
  /* Translators: how reports and the window write a date: {year}, {month}
   * and {day} are replaced by numbers (month and day with two digits), for
   * example "{day}.{month}.{year}"; the register file keeps ISO dates */
  return C_("report date pattern", "{year}-{month}-{day}");
}

char *
quadrant_language_dup_date_pattern (const char *language)
{
  g_autoptr(QuadrantLanguageSwitch) language_switch = NULL;

  /* Switching costs a reload of the catalogue: not for the language in use. */
  if (language == NULL || g_str_equal (language, quadrant_language_current ()))
    return g_strdup (quadrant_language_date_pattern ());
  language_switch = quadrant_language_push (language);
  return g_strdup (quadrant_language_date_pattern ());
}

char *
quadrant_language_format_date (const char *iso)
{
  return quadrant_language_format_date_with (iso, quadrant_language_date_pattern ());
}

char *
quadrant_language_format_date_with (const char *iso,
                                    const char *pattern)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (pattern != NULL, NULL);

  if (iso == NULL)
    return NULL;
  if (!quadrant_date_is_valid (iso))
    return g_strdup (iso);

  text = g_string_new (NULL);
  for (const char *p = pattern; *p != '\0';)
    {
      static const struct {
        const char *placeholder;
        guint       offset, length;  /* in YYYY-MM-DD */
      } parts[] = { { "{year}", 0, 4 }, { "{month}", 5, 2 }, { "{day}", 8, 2 } };
      gboolean replaced = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (parts) && !replaced; i++)
        if (g_str_has_prefix (p, parts[i].placeholder))
          {
            g_string_append_len (text, iso + parts[i].offset, parts[i].length);
            p += strlen (parts[i].placeholder);
            replaced = TRUE;
          }
      if (!replaced)
        g_string_append_c (text, *p++);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Reads between min and max digits at *text, and moves past them. */
static gboolean
read_number (const char **text,
             guint        min,
             guint        max,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (n < max && g_ascii_isdigit ((*text)[n]))
    {
      *value = *value * 10 + (guint) ((*text)[n] - '0');
      n++;
    }
  if (n < min || g_ascii_isdigit ((*text)[n]))
    return FALSE;
  *text += n;
  return TRUE;
}

/* text read with a pattern of {year}, {month}, {day} and literal characters,
 * as ISO; NULL when it does not match or is no day of the calendar. */
char *
quadrant_language_parse_date_with (const char *text,
                                   const char *pattern)
{
  guint year = 0, month = 0, day = 0;
  gboolean seen[3] = { FALSE, FALSE, FALSE };
  const char *t = text;
  const char *p = pattern;
  g_autofree char *iso = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (pattern != NULL, NULL);

  while (*p != '\0')
    {
      if (g_str_has_prefix (p, "{year}"))
        {
          if (!read_number (&t, 4, 4, &year))
            return NULL;
          seen[0] = TRUE;
          p += strlen ("{year}");
        }
      else if (g_str_has_prefix (p, "{month}"))
        {
          if (!read_number (&t, 1, 2, &month))
            return NULL;
          seen[1] = TRUE;
          p += strlen ("{month}");
        }
      else if (g_str_has_prefix (p, "{day}"))
        {
          if (!read_number (&t, 1, 2, &day))
            return NULL;
          seen[2] = TRUE;
          p += strlen ("{day}");
        }
      else if (*t++ != *p++)
        return NULL;
    }
  if (*t != '\0' || !seen[0] || !seen[1] || !seen[2])
    return NULL;

  iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return quadrant_date_is_valid (iso) ? g_steal_pointer (&iso) : NULL;
}

char *
quadrant_language_parse_date (const char *text)
{
  g_autofree char *stripped = NULL;
  char *iso;

  if (text == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return g_strdup ("");

  iso = quadrant_language_parse_date_with (stripped, quadrant_language_date_pattern ());
  if (iso == NULL)
    iso = quadrant_language_parse_date_with (stripped, "{year}-{month}-{day}");
  return iso;
}

gboolean
quadrant_language_is_valid (const char *code)
{
  gsize length;

  if (code == NULL)
    return FALSE;
  length = strlen (code);
  if (length == 0 || length > 35 || !g_ascii_isalpha (code[0]))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (code[i]) && code[i] != '-')
      return FALSE;
  return code[length - 1] != '-';
}

static guint
find_language (QuadrantExtras *extras)
{
  for (guint i = 0; i < extras->attributes->len; i++)
    {
      QuadrantExtraAttribute *attribute = g_ptr_array_index (extras->attributes, i);

      if (g_str_equal (attribute->name, LANGUAGE_ATTRIBUTE))
        return i;
    }
  return G_MAXUINT;
}

const char *
quadrant_register_get_language (QuadrantRegister *reg)
{
  QuadrantExtras *extras;
  guint i;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  extras = quadrant_register_get_extras (reg);
  i = find_language (extras);
  if (i == G_MAXUINT)
    return NULL;
  return ((QuadrantExtraAttribute *) g_ptr_array_index (extras->attributes, i))->value;
}

void
quadrant_register_set_language (QuadrantRegister *reg,
                                const char       *language)
{
  QuadrantExtras *extras;
  guint i;

  g_return_if_fail (QUADRANT_IS_REGISTER (reg));
  g_return_if_fail (language == NULL || quadrant_language_is_valid (language));

  extras = quadrant_register_get_extras (reg);
  i = find_language (extras);
  if (i != G_MAXUINT)
    {
      if (g_strcmp0 (((QuadrantExtraAttribute *) g_ptr_array_index (extras->attributes, i))->value, language) == 0)
        return;
      g_ptr_array_remove_index (extras->attributes, i);
    }
  if (language != NULL)
    quadrant_extras_add_attribute (extras, LANGUAGE_ATTRIBUTE, language);
}

void
quadrant_language_bind (const char *localedir)
{
  g_return_if_fail (localedir != NULL);

  /* GLib's g_dgettext () (behind C_ () and the labels of the enums) decides
   * at its first call whether to translate at all, and decides not to when
   * the default domain is set, has no translation for the locale, and the
   * locale is neither C nor English: under C.UTF-8 a report asked for in
   * German (--lang de) got English labels. Asked before the domain is set,
   * it decides to translate, as GLib's documentation advises. */
  g_dgettext (GETTEXT_PACKAGE, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* gettext reads LANGUAGE only when the messages locale is not "C". */
static void
reload_messages (const char *messages)
{
  if ((messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")) &&
      setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
    setlocale (LC_MESSAGES, messages != NULL ? messages : "C");
  /* Setting the text domain again, even to the same one, is how a program
   * tells gettext that LANGUAGE changed (setlocale to the same locale does
   * nothing). */
  textdomain (textdomain (NULL));
}

QuadrantLanguageSwitch *
quadrant_language_push (const char *language)
{
  QuadrantLanguageSwitch *self = g_new0 (QuadrantLanguageSwitch, 1);
  const char *messages = setlocale (LC_MESSAGES, NULL);
  g_autofree char *posix = NULL;

  self->old_language = g_strdup (g_getenv ("LANGUAGE"));
  self->old_messages = g_strdup (messages);
  if (language == NULL || language[0] == '\0')
    return self;

  /* gettext's catalogues are named de, de_CH: a tag's hyphen is an underscore. */
  posix = g_strdelimit (g_strdup (language), "-", '_');
  g_setenv ("LANGUAGE", posix, TRUE);
  reload_messages (self->old_messages);
  return self;
}

void
quadrant_language_pop (QuadrantLanguageSwitch *self)
{
  if (self == NULL)
    return;

  if (self->old_language != NULL)
    g_setenv ("LANGUAGE", self->old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (self->old_messages != NULL)
    setlocale (LC_MESSAGES, self->old_messages);
  textdomain (textdomain (NULL));
  g_free (self->old_language);
  g_free (self->old_messages);
  g_free (self);
}
