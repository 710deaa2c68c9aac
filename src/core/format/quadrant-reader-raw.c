/* quadrant-reader-raw.c: the raw cursor
 *
 * libxml2's xmlTextReader does not say where in the bytes a node is. The
 * reader needs that for its error locations and to keep unknown content as
 * it was written, so a cursor follows the reader through the bytes: node by
 * node, with the checks only the raw bytes allow (the prolog, attributes
 * counted exactly).
 */
#define G_LOG_DOMAIN "quadrant-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "quadrant-reader-private.h"


static gsize
find_from (Reader     *self,
           gsize       from,
           const char *needle)
{
  const char *found;

  if (from >= self->length)
    return self->length;
  if (needle[1] == '\0')
    found = memchr (self->data + from, needle[0], self->length - from);
  else
    found = memmem (self->data + from, self->length - from, needle, strlen (needle));
  return found != NULL ? (gsize) (found - self->data) : self->length;
}

static gboolean
raw_has (Reader     *self,
         gsize       at,
         const char *prefix)
{
  gsize len = strlen (prefix);

  return at <= self->length && self->length - at >= len && memcmp (self->data + at, prefix, len) == 0;
}

/* Offset just past the end of what follows at, or the end of the data. */
gsize
_quadrant_reader_skip_past (Reader     *self,
           gsize       from,
           const char *terminator)
{
  gsize at = find_from (self, from, terminator);

  return MIN (at + strlen (terminator), self->length);
}

void
_quadrant_reader_track_node (Reader *self)
{
  gsize lt;

  switch (self->type)
    {
    case XML_READER_TYPE_ELEMENT:
    case XML_READER_TYPE_END_ELEMENT:
      self->node_start = find_from (self, self->pos, "<");
      self->pos = MIN (self->node_start + 1, self->length);
      self->pos_in_tag = TRUE;
      return;
    case XML_READER_TYPE_COMMENT:
      self->node_start = find_from (self, self->pos, "<");
      self->pos = _quadrant_reader_skip_past (self, self->node_start + 4, "-->");
      break;
    case XML_READER_TYPE_PROCESSING_INSTRUCTION:
      self->node_start = find_from (self, self->pos, "<");
      self->pos = _quadrant_reader_skip_past (self, self->node_start + 2, "?>");
      break;
    case XML_READER_TYPE_CDATA:
      /* libxml2 may report one long section as several nodes */
      lt = find_from (self, self->pos, "<");
      if (raw_has (self, lt, "<![CDATA["))
        {
          self->node_start = lt;
          self->pos = _quadrant_reader_skip_past (self, lt + 9, "]]>");
        }
      break;
    default:
      return;
    }
  self->pos_in_tag = FALSE;
}

/* Where the element whose start tag begins at start ends, or 0 when that
 * cannot be told from the raw bytes (libxml2 then reports why). */
gsize
_quadrant_reader_raw_element_end (Reader *self,
                 gsize   start)
{
  gsize p = start;
  int depth = 0;

  while ((p = find_from (self, p, "<")) < self->length)
    {
      gsize q;
      char quote = 0;

      if (raw_has (self, p, "<!--"))
        p = _quadrant_reader_skip_past (self, p + 4, "-->");
      else if (raw_has (self, p, "<![CDATA["))
        p = _quadrant_reader_skip_past (self, p + 9, "]]>");
      else if (raw_has (self, p, "<?"))
        p = _quadrant_reader_skip_past (self, p + 2, "?>");
      else if (raw_has (self, p, "</"))
        {
          p = _quadrant_reader_skip_past (self, p + 2, ">");
          if (--depth <= 0)
            return p;
        }
      else if (raw_has (self, p, "<!"))
        return 0;
      else
        {
          for (q = p + 1; q < self->length; q++)
            {
              char c = self->data[q];

              if (quote != 0)
                quote = c == quote ? 0 : quote;
              else if (c == '"' || c == '\'')
                quote = c;
              else if (c == '>')
                break;
            }
          if (q >= self->length)
            return 0;
          if (self->data[q - 1] != '/')
            depth++;
          p = q + 1;
          if (depth == 0)
            return p;
        }
    }
  return 0;
}

/* A register is UTF-8 and never has a DOCTYPE: refuse anything else before
 * libxml2 reads any of it. The raw cursor relies on both. */
gboolean
_quadrant_reader_check_prolog (Reader *self)
{
  gsize p = 0;

  if (raw_has (self, 0, "\xEF\xBB\xBF"))
    p = 3;
  /* UTF-16 and UTF-32 (with or without a byte order mark) and EBCDIC */
  for (gsize i = p; i < p + 4 && i < self->length; i++)
    if (self->data[i] == '\0' || (i == p && (guchar) self->data[i] >= 0x80))
      return _quadrant_reader_fail_at (self, 0, QUADRANT_READER_ERROR_MALFORMED,
                                       _("this file is not encoded in UTF-8, as a register must be"));
  if (raw_has (self, p, "<?xml") && p + 5 < self->length && g_ascii_isspace (self->data[p + 5]))
    p = _quadrant_reader_skip_past (self, p + 5, "?>");
  self->pos = p;

  while (p < self->length)
    {
      if (g_ascii_isspace (self->data[p]))
        p++;
      else if (raw_has (self, p, "<!--"))
        p = _quadrant_reader_skip_past (self, p + 4, "-->");
      else if (raw_has (self, p, "<?"))
        p = _quadrant_reader_skip_past (self, p + 2, "?>");
      else if (raw_has (self, p, "<!"))
        return _quadrant_reader_fail_at (self, p, QUADRANT_READER_ERROR_FORBIDDEN,
                                         _("a register must not have a DOCTYPE or other declarations"));
      else
        break;
    }
  return TRUE;
}

/* The number of attributes of the start tag at start (whose '<' it is), and
 * where the tag ends. */
static guint
count_attributes (Reader *self,
                  gsize   start,
                  gsize  *end)
{
  guint n = 0;
  char quote = 0;
  gsize p;

  for (p = start + 1; p < self->length; p++)
    {
      char c = self->data[p];

      if (quote != 0)
        quote = c == quote ? 0 : quote;
      else if (c == '"' || c == '\'')
        quote = c;
      else if (c == '=')
        n++;
      else if (c == '>')
        break;
    }
  *end = p;
  return n;
}

/* Walks the markup from the '<' at *from, '<' by '<', up to until (skipping
 * comments, CDATA and processing instructions, which may hold a '<'); FALSE
 * (with an error) at a start tag with too many attributes. *from is left at
 * the first '<' at or after until. */
static gboolean
check_tags_exactly (Reader *self,
                    gsize  *from,
                    gsize   until)
{
  const gsize longest = 5 * QUADRANT_READER_MAX_ATTRIBUTES;
  gsize p = *from;

  while (p < until && p < self->length)
    {
      char c = p + 1 < self->length ? self->data[p + 1] : '\0';
      gsize next, end;

      if (c == '!' || c == '?')
        {
          if (raw_has (self, p, "<!--"))
            p = _quadrant_reader_skip_past (self, p + 4, "-->");
          else if (raw_has (self, p, "<![CDATA["))
            p = _quadrant_reader_skip_past (self, p + 9, "]]>");
          else if (c == '?')
            p = _quadrant_reader_skip_past (self, p + 2, "?>");
          else
            p++;
          p = find_from (self, p, "<");
          continue;
        }

      next = find_from (self, p + 1, "<");
      if (c != '/' && next - p > longest && count_attributes (self, p, &end) > QUADRANT_READER_MAX_ATTRIBUTES)
        {
          g_autofree char *name = NULL;
          gsize name_end = p + 1;

          while (name_end < end && name_end - p < 64 && !g_ascii_isspace (self->data[name_end]))
            name_end++;
          name = g_utf8_make_valid (self->data + p + 1, name_end - p - 1);
          return _quadrant_reader_fail_at (self, p, QUADRANT_READER_ERROR_TOO_LARGE,
                                           _("<%s> has more than %d attributes"), name,
                                           QUADRANT_READER_MAX_ATTRIBUTES);
        }
      p = next;
    }
  *from = p;
  return TRUE;
}

/* libxml2 compares each attribute of an element with every other one before
 * the reader sees any, which takes time (and memory) that grows with the
 * square of their number: thousands of unknown attributes would stall the
 * load long before a limit of the reader could act. So start tags with more
 * than QUADRANT_READER_MAX_ATTRIBUTES are refused from the raw bytes first.
 *
 * Every attribute takes at least 5 bytes ( a=""), so only a tag that runs
 * that far before the next '<' can have too many. Those stretches are found
 * by jumping from '<' to the last '<' within that distance, which looks at
 * few bytes of a register; only before such a stretch (a long text, say) is
 * the markup walked '<' by '<', to tell tags from comments and CDATA. */
gboolean
_quadrant_reader_check_attribute_counts (Reader *self)
{
  const gsize longest = 5 * QUADRANT_READER_MAX_ATTRIBUTES;
  gsize exact = find_from (self, self->pos, "<");  /* walked exactly up to here */
  gsize p = exact;

  while (p + 1 < self->length)
    {
      gsize window = MIN (longest, self->length - p - 1);
      const char *last = memrchr (self->data + p + 1, '<', window);

      if (last != NULL)
        p = last - self->data;
      else if (window < longest)
        break;
      else
        {
          /* no '<' for longer than a tag with too many attributes */
          if (!check_tags_exactly (self, &exact, p + 1))
            return FALSE;
          p = MAX (p + 1, exact);
          p = find_from (self, p, "<");
        }
    }
  return TRUE;
}
