/* quadrant-finding.c: one problem found by the completeness check */
#define G_LOG_DOMAIN "quadrant-finding"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-finding.h"
#include "quadrant-party.h"
#include "quadrant-requirement.h"

struct _QuadrantFinding
{
  GObject parent_instance;

  QuadrantSeverity severity;
  char *code;
  char *message;

  /* Owned references: a finding keeps its subject alive while a view shows it. */
  QuadrantParty *party;
  QuadrantRequirement *requirement;
};

G_DEFINE_FINAL_TYPE (QuadrantFinding, quadrant_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_PARTY,
  PROP_REQUIREMENT,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
quadrant_finding_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  QuadrantFinding *self = QUADRANT_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_PARTY:
      g_value_set_object (value, self->party);
      break;
    case PROP_REQUIREMENT:
      g_value_set_object (value, self->requirement);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_finding_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  QuadrantFinding *self = QUADRANT_FINDING (object);

  /* All properties are construct-only: nothing to notify. */
  switch (prop_id)
    {
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;
    case PROP_PARTY:
      self->party = g_value_dup_object (value);
      break;
    case PROP_REQUIREMENT:
      self->requirement = g_value_dup_object (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_finding_dispose (GObject *object)
{
  QuadrantFinding *self = QUADRANT_FINDING (object);

  g_clear_object (&self->party);
  g_clear_object (&self->requirement);

  G_OBJECT_CLASS (quadrant_finding_parent_class)->dispose (object);
}

static void
quadrant_finding_finalize (GObject *object)
{
  QuadrantFinding *self = QUADRANT_FINDING (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (quadrant_finding_parent_class)->finalize (object);
}

static void
quadrant_finding_class_init (QuadrantFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                            G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = quadrant_finding_get_property;
  object_class->set_property = quadrant_finding_set_property;
  object_class->dispose = quadrant_finding_dispose;
  object_class->finalize = quadrant_finding_finalize;

  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       QUADRANT_TYPE_SEVERITY, QUADRANT_SEVERITY_INFO, flags);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_PARTY] =
    g_param_spec_object ("party", NULL, NULL, QUADRANT_TYPE_PARTY, flags);
  properties[PROP_REQUIREMENT] =
    g_param_spec_object ("requirement", NULL, NULL, QUADRANT_TYPE_REQUIREMENT, flags);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
quadrant_finding_init (QuadrantFinding *self)
{
}

QuadrantFinding *
quadrant_finding_new (QuadrantSeverity     severity,
                      const char          *code,
                      QuadrantParty       *party,
                      QuadrantRequirement *requirement,
                      const char          *message)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (party == NULL || QUADRANT_IS_PARTY (party), NULL);
  g_return_val_if_fail (requirement == NULL || QUADRANT_IS_REQUIREMENT (requirement), NULL);

  return g_object_new (QUADRANT_TYPE_FINDING,
                       "severity", severity,
                       "code", code,
                       "party", party,
                       "requirement", requirement,
                       "message", message,
                       NULL);
}

QuadrantSeverity
quadrant_finding_get_severity (QuadrantFinding *self)
{
  g_return_val_if_fail (QUADRANT_IS_FINDING (self), QUADRANT_SEVERITY_INFO);

  return self->severity;
}

const char *
quadrant_finding_get_code (QuadrantFinding *self)
{
  g_return_val_if_fail (QUADRANT_IS_FINDING (self), NULL);

  return self->code;
}

QuadrantParty *
quadrant_finding_get_party (QuadrantFinding *self)
{
  g_return_val_if_fail (QUADRANT_IS_FINDING (self), NULL);

  return self->party;
}

QuadrantRequirement *
quadrant_finding_get_requirement (QuadrantFinding *self)
{
  g_return_val_if_fail (QUADRANT_IS_FINDING (self), NULL);

  return self->requirement;
}

const char *
quadrant_finding_get_message (QuadrantFinding *self)
{
  g_return_val_if_fail (QUADRANT_IS_FINDING (self), NULL);

  return self->message;
}

char *
quadrant_finding_dup_subject (QuadrantFinding *self)
{
  g_autofree char *name = NULL;
  g_autofree char *statement = NULL;
  QuadrantParty *party;

  g_return_val_if_fail (QUADRANT_IS_FINDING (self), NULL);

  party = self->party;
  if (party == NULL && self->requirement != NULL)
    party = quadrant_requirement_get_party (self->requirement);

  if (party != NULL)
    name = quadrant_finding_shorten_text (quadrant_party_get_name (party),
                                          _("unnamed party"));
  if (self->requirement != NULL)
    statement = quadrant_finding_shorten_text (quadrant_requirement_get_statement (self->requirement),
                                               _("no statement"));

  if (name != NULL && statement != NULL)
    /* Translators: the subject of a finding in `quadrant --check` output */
    return g_strdup_printf (_("party \"%s\" / requirement \"%s\""), name, statement);
  if (statement != NULL)
    return g_strdup_printf (_("requirement \"%s\""), statement);
  if (name != NULL)
    return g_strdup_printf (_("party \"%s\""), name);

  /* Translators: the subject of a finding about the register's metadata */
  return g_strdup (_("register"));
}

char *
quadrant_finding_shorten_text (const char *text,
                               const char *fallback)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_chars = 0;
  gboolean pending_space = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup (fallback != NULL ? fallback : "");

  /* Runs of white space and control characters collapse to one space so that
   * a multi-line statement stays on one output line. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (n_chars + (pending_space ? 1 : 0) >= QUADRANT_FINDING_MAX_TEXT_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          n_chars++;
          pending_space = FALSE;
        }

      g_string_append_unichar (out, c);
      n_chars++;
    }

  if (out->len == 0)
    return g_strdup (fallback != NULL ? fallback : "");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
