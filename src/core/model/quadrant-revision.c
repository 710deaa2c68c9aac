/* quadrant-revision.c: one entry of the register's revision history */
#define G_LOG_DOMAIN "quadrant-revision"

#include "config.h"

#include "quadrant-extras.h"
#include "quadrant-revision.h"

struct _QuadrantRevision
{
  GObject parent_instance;

  char           *version;
  char           *date;
  char           *author;
  char           *summary;
  GArray         *positions; /* of QuadrantPosition */
  QuadrantExtras *extras;    /* created on first use */
};

G_DEFINE_FINAL_TYPE (QuadrantRevision, quadrant_revision, G_TYPE_OBJECT)

/* Only the summary may be corrected later (through the register's edit API);
 * the rest of a revision is what happened and stays as recorded. */
enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
position_clear (gpointer data)
{
  QuadrantPosition *position = data;

  g_clear_pointer (&position->party_id, g_free);
  g_clear_pointer (&position->extras, quadrant_extras_free);
}

static void
quadrant_revision_finalize (GObject *object)
{
  QuadrantRevision *self = QUADRANT_REVISION (object);

  g_free (self->version);
  g_free (self->date);
  g_free (self->author);
  g_free (self->summary);
  g_array_unref (self->positions);
  g_clear_pointer (&self->extras, quadrant_extras_free);

  G_OBJECT_CLASS (quadrant_revision_parent_class)->finalize (object);
}

static void
quadrant_revision_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  QuadrantRevision *self = QUADRANT_REVISION (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_revision_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QuadrantRevision *self = QUADRANT_REVISION (object);
  const char *summary;

  switch (prop_id)
    {
    case PROP_SUMMARY:
      summary = g_value_get_string (value);
      if (summary == NULL)
        summary = "";
      if (g_strcmp0 (self->summary, summary) != 0)
        {
          g_free (self->summary);
          self->summary = g_strdup (summary);
          g_object_notify_by_pspec (object, properties[PROP_SUMMARY]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_revision_class_init (QuadrantRevisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = quadrant_revision_finalize;
  object_class->get_property = quadrant_revision_get_property;
  object_class->set_property = quadrant_revision_set_property;

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
quadrant_revision_init (QuadrantRevision *self)
{
  self->positions = g_array_new (FALSE, FALSE, sizeof (QuadrantPosition));
  g_array_set_clear_func (self->positions, position_clear);
}

QuadrantRevision *
quadrant_revision_new (const char *version,
                       const char *date,
                       const char *author,
                       const char *summary)
{
  QuadrantRevision *self = g_object_new (QUADRANT_TYPE_REVISION, NULL);

  self->version = g_strdup (version != NULL ? version : "");
  self->date = g_strdup (date != NULL ? date : "");
  self->author = g_strdup (author != NULL ? author : "");
  self->summary = g_strdup (summary != NULL ? summary : "");
  return self;
}

const char *
quadrant_revision_get_version (QuadrantRevision *self)
{
  g_return_val_if_fail (QUADRANT_IS_REVISION (self), NULL);
  return self->version;
}

const char *
quadrant_revision_get_date (QuadrantRevision *self)
{
  g_return_val_if_fail (QUADRANT_IS_REVISION (self), NULL);
  return self->date;
}

const char *
quadrant_revision_get_author (QuadrantRevision *self)
{
  g_return_val_if_fail (QUADRANT_IS_REVISION (self), NULL);
  return self->author;
}

const char *
quadrant_revision_get_summary (QuadrantRevision *self)
{
  g_return_val_if_fail (QUADRANT_IS_REVISION (self), NULL);
  return self->summary;
}

GArray *
quadrant_revision_get_positions (QuadrantRevision *self)
{
  g_return_val_if_fail (QUADRANT_IS_REVISION (self), NULL);
  return self->positions;
}

const QuadrantPosition *
quadrant_revision_find_position (QuadrantRevision *self,
                                 const char       *party_id)
{
  g_return_val_if_fail (QUADRANT_IS_REVISION (self), NULL);

  for (guint i = 0; i < self->positions->len; i++)
    {
      const QuadrantPosition *position = &g_array_index (self->positions, QuadrantPosition, i);

      if (g_strcmp0 (position->party_id, party_id) == 0)
        return position;
    }
  return NULL;
}

void
quadrant_revision_add_position (QuadrantRevision *self,
                                const char       *party_id,
                                int               power,
                                int               interest,
                                QuadrantSupport   support)
{
  QuadrantPosition position = { g_strdup (party_id), power, interest, support };

  g_return_if_fail (QUADRANT_IS_REVISION (self));
  g_array_append_val (self->positions, position);
}

QuadrantExtras *
quadrant_revision_get_extras (QuadrantRevision *self)
{
  g_return_val_if_fail (QUADRANT_IS_REVISION (self), NULL);

  if (self->extras == NULL)
    self->extras = quadrant_extras_new ();
  return self->extras;
}
