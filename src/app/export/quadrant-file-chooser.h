/* quadrant-file-chooser.h: the file choosers of a document window
 *
 * Every export and every file the window reads besides its register is
 * chosen the same way: a modal chooser that starts in the register's folder,
 * with the kind of file it wants as its filter.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A chooser to save an export as name, beside the register file beside
 * (may be NULL: a register never saved), offering filter. */
GtkFileChooserNative *quadrant_file_chooser_new_export (GtkWindow     *parent,
                                                        const char    *title,
                                                        GFile         *beside,
                                                        const char    *name,
                                                        GtkFileFilter *filter);

/* A chooser to open a file other than a register (accept_label names what
 * happens to it), starting beside the register file beside (may be NULL);
 * filter first, then "All files". */
GtkFileChooserNative *quadrant_file_chooser_new_open   (GtkWindow     *parent,
                                                        const char    *title,
                                                        const char    *accept_label,
                                                        GFile         *beside,
                                                        GtkFileFilter *filter);

G_END_DECLS
