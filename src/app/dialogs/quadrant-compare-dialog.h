/* quadrant-compare-dialog.h: Compare with File…, what changed since an earlier register
 *
 * For the management review (clause 9.3.2 asks about changes in interested
 * parties' needs and expectations): the window's register compared with an
 * earlier one the user chooses (a file, the backup FILE~, a version checked
 * out of git), one line per change, each party followed by its requirements.
 */
#pragma once

#include <adwaita.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

/* The dialog listing the changes from earlier to current; label names the
 * earlier register ("version 2.0", a file name). Not yet shown. */
AdwMessageDialog *quadrant_compare_dialog_new       (GtkWindow        *parent,
                                                     QuadrantRegister *current,
                                                     QuadrantRegister *earlier,
                                                     const char       *label);
/* The changes listed, as lines. */
GPtrArray        *quadrant_compare_dialog_get_lines (AdwMessageDialog *dialog);

/* win.compare: asks for the earlier register, then shows the dialog. */
void              quadrant_compare_dialog_activated (GtkWidget        *window,
                                                     const char       *action_name,
                                                     GVariant         *parameter);

G_END_DECLS
