/* main.c: binds the text domain and runs the application */
#define G_LOG_DOMAIN "quadrant"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "quadrant-application.h"
#include "quadrant-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(QuadrantApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* QUADRANT_LOCALEDIR, like QUADRANT_DATADIR, runs a build or a staged
   * install (meson install --destdir) with its own translations. */
  quadrant_language_bind (g_getenv ("QUADRANT_LOCALEDIR") != NULL ? g_getenv ("QUADRANT_LOCALEDIR") : LOCALEDIR);

  app = quadrant_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
