/* quadrant-csv-import-values.c: the rules that turn a cell into a value
 *
 * Enumerations by the register file's word or the label shown in the
 * application, case-insensitively, with spaces, hyphens and underscores
 * alike, a missing plural "s" forgiven and the synonyms below; power and
 * interest as a whole number 0–100 (a trailing % allowed) or High, Medium,
 * Low; references as "kind: text" items separated by semicolons or lines.
 */
#define G_LOG_DOMAIN "quadrant-csv-import"

#include "config.h"

#include <string.h>

#include "quadrant-csv-import-private.h"
#include "quadrant-enum-types.h"
#include "quadrant-reference.h"

/* Lower case, with spaces and underscores as hyphens: "Not addressed" ->
 * "not-addressed", the register file's spelling. */
static char *
normalise_word (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean pending_hyphen = FALSE;

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '_' || *p == '-' || *p == '\t')
        {
          pending_hyphen = out->len > 0;
          continue;
        }
      if (pending_hyphen)
        g_string_append_c (out, '-');
      pending_hyphen = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

typedef struct {
  const char *word;
  int         value;
} Synonym;

static const Synonym kind_synonyms[] = {
  { "board-of-directors", QUADRANT_KIND_BOARD },
  { "directors", QUADRANT_KIND_BOARD },
  { "management", QUADRANT_KIND_SENIOR_LEADERSHIP },
  { "top-management", QUADRANT_KIND_SENIOR_LEADERSHIP },
  { "executives", QUADRANT_KIND_SENIOR_LEADERSHIP },
  { "employees", QUADRANT_KIND_STAFF },
  { "employee", QUADRANT_KIND_STAFF },
  { "personnel", QUADRANT_KIND_STAFF },
  { "workforce", QUADRANT_KIND_STAFF },
  { "investors", QUADRANT_KIND_SHAREHOLDERS },
  { "owners", QUADRANT_KIND_SHAREHOLDERS },
  { "department", QUADRANT_KIND_DEPARTMENTS },
  { "insurance-providers", QUADRANT_KIND_INSURERS },
  { "insurance-provider", QUADRANT_KIND_INSURERS },
  { "vendors", QUADRANT_KIND_SUPPLIERS },
  { "vendor", QUADRANT_KIND_SUPPLIERS },
  { "authorities", QUADRANT_KIND_REGULATORS },
  { "authority", QUADRANT_KIND_REGULATORS },
  { "government", QUADRANT_KIND_LEGISLATORS },
  { "press", QUADRANT_KIND_MEDIA },
  { "trade-unions", QUADRANT_KIND_UNIONS },
  { "works-council", QUADRANT_KIND_UNIONS },
  { "attackers", QUADRANT_KIND_MALICIOUS_ACTORS },
  { "threat-actors", QUADRANT_KIND_MALICIOUS_ACTORS },
  { "criminals", QUADRANT_KIND_MALICIOUS_ACTORS },
};

static const Synonym decision_synonyms[] = {
  { "yes", QUADRANT_DECISION_ADDRESSED },
  { "y", QUADRANT_DECISION_ADDRESSED },
  { "partial", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
  { "partially", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
  { "partly", QUADRANT_DECISION_PARTIALLY_ADDRESSED },
  { "no", QUADRANT_DECISION_NOT_ADDRESSED },
  { "n", QUADRANT_DECISION_NOT_ADDRESSED },
  { "open", QUADRANT_DECISION_UNDECIDED },
  { "pending", QUADRANT_DECISION_UNDECIDED },
  { "tbd", QUADRANT_DECISION_UNDECIDED },
};

static const Synonym type_synonyms[] = {
  { "law", QUADRANT_REQUIREMENT_TYPE_LEGAL },
  { "statutory", QUADRANT_REQUIREMENT_TYPE_LEGAL },
  { "regulation", QUADRANT_REQUIREMENT_TYPE_REGULATORY },
  { "contract", QUADRANT_REQUIREMENT_TYPE_CONTRACTUAL },
  { "commercial", QUADRANT_REQUIREMENT_TYPE_BUSINESS },
};

static const Synonym priority_synonyms[] = {
  { "med", QUADRANT_PRIORITY_MEDIUM },
  { "normal", QUADRANT_PRIORITY_MEDIUM },
};

static const Synonym support_synonyms[] = {
  { "opposed", QUADRANT_SUPPORT_RESISTANT },
  { "supporter", QUADRANT_SUPPORT_SUPPORTIVE },
};

static gboolean
parse_enum_with (GType          type,
                 const char    *text,
                 const Synonym *synonyms,
                 gsize          n_synonyms,
                 int           *value)
{
  g_autofree char *word = normalise_word (text);
  g_autofree char *plural = g_strconcat (word, "s", NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  if (quadrant_enum_from_nick (type, word, value) ||
      quadrant_enum_from_nick (type, plural, value))
    return TRUE;

  for (guint i = 0; i < klass->n_values; i++)
    {
      int v = klass->values[i].value;
      g_autofree char *label = normalise_word (quadrant_enum_to_label (type, v));

      if (g_str_equal (word, label))
        {
          *value = v;
          return TRUE;
        }
    }

  for (gsize i = 0; i < n_synonyms; i++)
    if (g_str_equal (word, synonyms[i].word))
      {
        *value = synonyms[i].value;
        return TRUE;
      }

  return FALSE;
}

/* The enumerations with synonyms of their own. */
static const struct {
  GType          (*get_type) (void);
  const Synonym   *synonyms;
  gsize            n_synonyms;
} enum_synonyms[] = {
  { quadrant_kind_get_type, kind_synonyms, G_N_ELEMENTS (kind_synonyms) },
  { quadrant_decision_get_type, decision_synonyms, G_N_ELEMENTS (decision_synonyms) },
  { quadrant_requirement_type_get_type, type_synonyms, G_N_ELEMENTS (type_synonyms) },
  { quadrant_priority_get_type, priority_synonyms, G_N_ELEMENTS (priority_synonyms) },
  { quadrant_support_get_type, support_synonyms, G_N_ELEMENTS (support_synonyms) },
};

gboolean
_quadrant_csv_parse_enum (GType       type,
                          const char *text,
                          int        *value)
{
  for (gsize i = 0; i < G_N_ELEMENTS (enum_synonyms); i++)
    if (type == enum_synonyms[i].get_type ())
      return parse_enum_with (type, text, enum_synonyms[i].synonyms, enum_synonyms[i].n_synonyms, value);

  return parse_enum_with (type, text, NULL, 0, value);
}

/* The words a user may write, for messages: "internal, external". */
char *
_quadrant_csv_dup_enum_words (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GString *words = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (words, ", ");
      g_string_append (words, quadrant_enum_to_label (type, klass->values[i].value));
    }

  return g_string_free (words, FALSE);
}

gboolean
_quadrant_csv_parse_level (const char *text,
                           int        *value)
{
  g_autofree char *word = normalise_word (text);
  g_autofree char *number = g_strdup (text);
  gint64 n;
  gsize len;

  if (g_str_equal (word, "high") || g_str_equal (word, "h"))
    *value = QUADRANT_CSV_HIGH;
  else if (g_str_equal (word, "medium") || g_str_equal (word, "med") || g_str_equal (word, "m"))
    *value = QUADRANT_CSV_MEDIUM;
  else if (g_str_equal (word, "low") || g_str_equal (word, "l"))
    *value = QUADRANT_CSV_LOW;
  else
    {
      /* "80" or "80%" */
      len = strlen (number);
      if (len > 0 && number[len - 1] == '%')
        number[len - 1] = '\0';
      g_strstrip (number);
      if (!g_ascii_string_to_signed (number, 10, 0, 100, &n, NULL))
        return FALSE;
      *value = (int) n;
    }

  return TRUE;
}

GPtrArray *
_quadrant_csv_parse_references (const char *text)
{
  GPtrArray *refs = quadrant_reference_array_new ();
  g_auto(GStrv) items = g_strsplit_set (text, ";\n", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *colon = strchr (item, ':');
      int kind = QUADRANT_REFERENCE_KIND_OTHER;
      const char *rest = item;

      if (item[0] == '\0')
        continue;

      if (colon != NULL)
        {
          g_autofree char *prefix = g_strndup (item, colon - item);

          if (_quadrant_csv_parse_enum (QUADRANT_TYPE_REFERENCE_KIND, g_strstrip (prefix), &kind))
            rest = colon + 1;
          else
            kind = QUADRANT_REFERENCE_KIND_OTHER;
        }

      {
        g_autofree char *copy = g_strstrip (g_strdup (rest));

        if (copy[0] != '\0')
          g_ptr_array_add (refs, quadrant_reference_new (kind, copy));
      }
    }

  return refs;
}
