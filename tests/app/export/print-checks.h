/* print-checks.h: what the printing tests share: the application they run
 * in, poppler's view of a PDF, registers to print, the file chooser */
#pragma once

#include <gtk/gtk.h>

#include "quadrant-application.h"
#include "quadrant-register.h"

G_BEGIN_DECLS

/* GTK and the application, with everything they write under a new
 * *tmp_root; print_checks_finish () removes it (unless
 * QUADRANT_KEEP_TEST_FILES is set) and frees it. */
QuadrantApplication *print_checks_init            (int                  *argc,
                                                   char               ***argv,
                                                   const char           *name,
                                                   char                **tmp_root);
void                 print_checks_finish          (QuadrantApplication  *app,
                                                   char                 *tmp_root);

/* FALSE, the test skipped, without poppler's pdfinfo. */
gboolean             print_checks_have_pdfinfo    (void);
/* What pdfinfo says: the page count and the size of page (1-based). */
guint                print_checks_pdfinfo_pages   (const char           *path,
                                                   guint                 page,
                                                   double               *width,
                                                   double               *height);
/* The page count of reg's report on A4, as the core paginates it. */
guint                print_checks_core_pages      (QuadrantRegister     *reg);
/* A register of n_parties parties with a requirement each. */
QuadrantRegister    *print_checks_make_register   (guint                 n_parties);

/* The file chooser open over parent, or NULL. */
GtkWidget           *print_checks_find_chooser    (GtkWindow            *parent);
/* Waits until chooser has expected chosen. */
void                 print_checks_wait_for_choice (GtkWidget            *chooser,
                                                   GFile                *expected);

G_END_DECLS
