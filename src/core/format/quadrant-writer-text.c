/* quadrant-writer-text.c: texts made fit for XML
 *
 * What the user typed may hold what XML 1.0 cannot carry; it is cleaned as
 * it is written, in one pass over the bytes for the usual text, and its
 * length checked against the reader's limit.
 */
#define G_LOG_DOMAIN "quadrant-writer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "quadrant-reader.h"
#include "quadrant-writer-private.h"

static inline gboolean
is_xml_char (gunichar c)
{
  return (c >= 0x20 && c <= 0xD7FF) || c == 0x9 || c == 0xA || c == 0xD
      || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* What a byte asks of the text it is in. */
enum {
  BYTE_ESCAPE    = 1 << 0,  /* < > & " and CR are escaped in element content */
  BYTE_NON_ASCII = 1 << 1,  /* the text must be checked to be valid UTF-8 */
  BYTE_INVALID   = 1 << 2,  /* a control character, not allowed in XML */
};

static guint8 byte_classes[256];

void
_quadrant_writer_init_text (void)
{
  static gsize initialised = 0;

  if (!g_once_init_enter (&initialised))
    return;

  for (guint c = 0; c < 0x20; c++)
    byte_classes[c] = BYTE_INVALID;
  byte_classes['\t'] = 0;
  byte_classes['\n'] = 0;
  byte_classes['\r'] = BYTE_ESCAPE;
  byte_classes['<'] = BYTE_ESCAPE;
  byte_classes['>'] = BYTE_ESCAPE;
  byte_classes['&'] = BYTE_ESCAPE;
  byte_classes['"'] = BYTE_ESCAPE;
  for (guint c = 0x80; c < 0x100; c++)
    byte_classes[c] = BYTE_NON_ASCII;

  g_once_init_leave (&initialised, 1);
}

static guint
classify_text (const char *text,
               gsize      *length)
{
  const guchar *p = (const guchar *) text;
  guint flags = 0;

  for (; *p != '\0'; p++)
    flags |= byte_classes[*p];
  *length = p - (const guchar *) text;

  if ((flags & BYTE_NON_ASCII) != 0
      && (!g_utf8_validate (text, *length, NULL)
          || memmem (text, *length, "\xEF\xBF\xBE", 3) != NULL      /* U+FFFE */
          || memmem (text, *length, "\xEF\xBF\xBF", 3) != NULL))    /* U+FFFF */
    flags |= BYTE_INVALID;

  return flags;
}

/* XML 1.0 cannot carry control characters, U+FFFE/U+FFFF or invalid UTF-8:
 * written as they are, they would make a file that nobody can load again. So
 * they are dropped (invalid UTF-8 is repaired) and the rest kept as it is.
 * Also says whether the text needs escaping in element content, as the few
 * that do not can be written without another pass over them. */
const char *
_quadrant_writer_clean_text (Writer     *self,
                             const char *text,
                             gsize      *length,
                             gboolean   *needs_escaping)
{
  g_autofree char *valid = NULL;
  guint flags = classify_text (text, length);

  if (G_UNLIKELY (flags & BYTE_INVALID))
    {
      valid = g_utf8_make_valid (text, -1);
      g_string_truncate (self->scratch, 0);
      for (const char *s = valid; *s != '\0'; s = g_utf8_next_char (s))
        {
          gunichar c = g_utf8_get_char (s);

          if (is_xml_char (c))
            g_string_append_unichar (self->scratch, c);
        }
      text = self->scratch->str;
      flags = classify_text (text, length);
      g_assert (!(flags & BYTE_INVALID));
    }

  if (needs_escaping != NULL)
    *needs_escaping = (flags & BYTE_ESCAPE) != 0;
  return text;
}

/* The reader refuses a text or attribute value longer than its limit: such
 * a file must not be written (checked only when saving, with ids set). */
void
_quadrant_writer_check_length (Writer     *self,
                               const char *name,
                               gsize       length)
{
  g_autofree char *limit = NULL;

  if (G_LIKELY (length <= QUADRANT_READER_MAX_TEXT_SIZE) || self->ids == NULL || self->problem != NULL)
    return;

  limit = g_format_size (QUADRANT_READER_MAX_TEXT_SIZE);
  /* Translators: "the text of <notes> is longer than 1.0 MB, …" */
  self->problem = g_strdup_printf (_("the text of <%s> is longer than %s, the most a register "
                                     "file can hold"), name, limit);
}
