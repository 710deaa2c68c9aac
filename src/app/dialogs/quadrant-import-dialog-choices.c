/* quadrant-import-dialog-choices.c: how the import dialog reads the values
 *
 * Medium on the high or low side, the other axis of a party rated on one,
 * unmapped columns into the notes, and cells of several requirements split
 * by lines or "; ". Each change validates the rows again.
 */
#define G_LOG_DOMAIN "quadrant-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-import-dialog-private.h"

static void
medium_selected_cb (GtkDropDown          *dropdown,
                    GParamSpec           *pspec,
                    QuadrantImportDialog *self)
{
  quadrant_csv_import_set_medium_high (_quadrant_import_dialog_get_import (self), gtk_drop_down_get_selected (dropdown) == 0);
  _quadrant_import_dialog_revalidate (self);
}

static void
other_axis_selected_cb (GtkDropDown          *dropdown,
                        GParamSpec           *pspec,
                        QuadrantImportDialog *self)
{
  const int values[] = { QUADRANT_NOT_ASSESSED, QUADRANT_CSV_HIGH, QUADRANT_CSV_LOW };
  guint selected = gtk_drop_down_get_selected (dropdown);

  quadrant_csv_import_set_other_axis (_quadrant_import_dialog_get_import (self), values[MIN (selected, G_N_ELEMENTS (values) - 1)]);
  _quadrant_import_dialog_revalidate (self);
}

static void
notes_toggled_cb (GtkCheckButton       *check,
                  QuadrantImportDialog *self)
{
  quadrant_csv_import_set_unmapped_to_notes (_quadrant_import_dialog_get_import (self), gtk_check_button_get_active (check));
  _quadrant_import_dialog_revalidate (self);
}

static void
split_toggled_cb (GtkCheckButton       *check,
                  QuadrantImportDialog *self)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (check));
  GtkWidget *lines = g_object_get_data (G_OBJECT (box), "split-lines");
  GtkWidget *semicolons = g_object_get_data (G_OBJECT (box), "split-semicolons");

  quadrant_csv_import_set_split (_quadrant_import_dialog_get_import (self), gtk_check_button_get_active (GTK_CHECK_BUTTON (lines)),
                                 gtk_check_button_get_active (GTK_CHECK_BUTTON (semicolons)));
  _quadrant_import_dialog_revalidate (self);
}

static GtkWidget *
labelled_dropdown (GtkWidget            *box,
                   const char           *label_text,
                   const char * const   *items,
                   guint                 selected,
                   GCallback             callback,
                   QuadrantImportDialog *self)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  g_signal_connect_object (dropdown, "notify::selected", callback, self, 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);
  return dropdown;
}

/* How levels, one-axis ratings, unmapped columns and cells of several
 * requirements are read: each change validates again. */
GtkWidget *
_quadrant_import_dialog_build_choices (QuadrantImportDialog  *self,
                                       GtkWidget            **medium_dropdown)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *levels = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *checks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *medium_high = g_strdup_printf (_("High (%d)"), QUADRANT_CSV_MEDIUM_HIGH);
  g_autofree char *medium_low = g_strdup_printf (_("Low (%d)"), QUADRANT_CSV_MEDIUM_LOW);
  const char *medium_items[] = { medium_high, medium_low, NULL };
  const char *axis_items[] = { _("Unassessed, rating in the notes"), _("The other axis high"), _("The other axis low"), NULL };
  GtkWidget *notes = gtk_check_button_new_with_mnemonic (_("Columns not imported into the _notes"));
  GtkWidget *lines = gtk_check_button_new_with_mnemonic (_("One requirement per _line"));
  GtkWidget *semicolons = gtk_check_button_new_with_mnemonic (_("Split requirements at “_; ”"));

  *medium_dropdown = labelled_dropdown (levels, _("_Medium counts as"), medium_items,
                                             quadrant_csv_import_get_medium_high (_quadrant_import_dialog_get_import (self)) ? 0 : 1,
                                             G_CALLBACK (medium_selected_cb), self);
  labelled_dropdown (levels, _("Rated on one _axis only"), axis_items,
                     quadrant_csv_import_get_other_axis (_quadrant_import_dialog_get_import (self)) == QUADRANT_NOT_ASSESSED ? 0 :
                     quadrant_csv_import_get_other_axis (_quadrant_import_dialog_get_import (self)) >= 50 ? 1 : 2,
                     G_CALLBACK (other_axis_selected_cb), self);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (notes), quadrant_csv_import_get_unmapped_to_notes (_quadrant_import_dialog_get_import (self)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lines), quadrant_csv_import_get_split_lines (_quadrant_import_dialog_get_import (self)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (semicolons), quadrant_csv_import_get_split_semicolons (_quadrant_import_dialog_get_import (self)));
  g_object_set_data (G_OBJECT (checks), "split-lines", lines);
  g_object_set_data (G_OBJECT (checks), "split-semicolons", semicolons);
  g_signal_connect_object (notes, "toggled", G_CALLBACK (notes_toggled_cb), self, 0);
  g_signal_connect_object (lines, "toggled", G_CALLBACK (split_toggled_cb), self, 0);
  g_signal_connect_object (semicolons, "toggled", G_CALLBACK (split_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (checks), notes);
  gtk_box_append (GTK_BOX (checks), lines);
  gtk_box_append (GTK_BOX (checks), semicolons);

  gtk_box_append (GTK_BOX (box), levels);
  gtk_box_append (GTK_BOX (box), checks);
  return box;
}
