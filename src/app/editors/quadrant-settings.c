/* quadrant-settings.c: the application's GSettings */
#define G_LOG_DOMAIN "quadrant-settings"

#include "config.h"

#include "quadrant-settings.h"

GSettings *
quadrant_settings_new (void)
{
  return g_settings_new (APPLICATION_ID);
}

double
quadrant_settings_get_presentation_size (GSettings *settings)
{
  g_autoptr(GVariant) standard = g_settings_get_default_value (settings, "presentation-scale");

  return g_settings_get_double (settings, "presentation-scale") / g_variant_get_double (standard);
}

char *
quadrant_settings_dup_user_name (void)
{
  g_autoptr(GSettings) settings = quadrant_settings_new ();
  g_autofree char *name = NULL;

  name = g_strstrip (g_settings_get_string (settings, "user-name"));
  return *name != '\0' ? g_steal_pointer (&name) : NULL;
}

void
quadrant_settings_offer_user_name (const char *name)
{
  g_autoptr(GSettings) settings = quadrant_settings_new ();
  g_autofree char *current = NULL;
  g_autofree char *stripped = NULL;

  if (name == NULL)
    return;
  stripped = g_strstrip (g_strdup (name));
  current = g_strstrip (g_settings_get_string (settings, "user-name"));
  if (*current == '\0' && *stripped != '\0')
    g_settings_set_string (settings, "user-name", stripped);
}
