/* quadrant-settings.c: the application's GSettings, where there are any */
#define G_LOG_DOMAIN "quadrant-settings"

#include "config.h"

#include "quadrant-settings.h"

GSettings *
quadrant_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "user-name"))
    return NULL;
  return g_settings_new (APPLICATION_ID);
}

char *
quadrant_settings_dup_user_name (void)
{
  g_autoptr(GSettings) settings = quadrant_settings_new ();
  g_autofree char *name = NULL;

  if (settings == NULL)
    return NULL;
  name = g_strstrip (g_settings_get_string (settings, "user-name"));
  return *name != '\0' ? g_steal_pointer (&name) : NULL;
}

void
quadrant_settings_offer_user_name (const char *name)
{
  g_autoptr(GSettings) settings = quadrant_settings_new ();
  g_autofree char *current = NULL;
  g_autofree char *stripped = NULL;

  if (settings == NULL || name == NULL)
    return;
  stripped = g_strstrip (g_strdup (name));
  current = g_strstrip (g_settings_get_string (settings, "user-name"));
  if (*current == '\0' && *stripped != '\0')
    g_settings_set_string (settings, "user-name", stripped);
}
