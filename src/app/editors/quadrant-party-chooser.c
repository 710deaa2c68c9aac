/* quadrant-party-chooser.c: "Add Requirement" on the Requirements page asks
 * for the party it belongs to: type to narrow the list, Enter to take the
 * highlighted party (the one suggested, at first). */
#define G_LOG_DOMAIN "quadrant-party-chooser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-party-chooser.h"

typedef struct {
  GtkListBox              *list;
  GtkSearchEntry          *search;
  QuadrantPartyChosenFunc  chosen;
  gpointer                 user_data;
  GDestroyNotify           destroy;
  guint                    done : 1;
} Chooser;

static void
chooser_free (gpointer data)
{
  Chooser *chooser = data;

  if (chooser->destroy != NULL)
    chooser->destroy (chooser->user_data);
  g_free (chooser);
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       data)
{
  Chooser *chooser = data;
  QuadrantParty *party = g_object_get_data (G_OBJECT (row), "quadrant-party");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (chooser->search));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  g_autofree char *name = g_utf8_casefold (quadrant_party_get_name (party), -1);

  return *needle == '\0' || strstr (name, needle) != NULL;
}

/* The highlighted row, or the first one shown. */
static GtkListBoxRow *
current_row (Chooser *chooser)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (chooser->list);

  if (selected != NULL && gtk_widget_get_child_visible (GTK_WIDGET (selected)))
    return selected;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (chooser->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* close: FALSE when a response button answered, which closes the dialog itself. */
static void
choose (AdwMessageDialog *dialog,
        GtkListBoxRow    *row,
        gboolean          close)
{
  Chooser *chooser = g_object_get_data (G_OBJECT (dialog), "chooser");
  QuadrantParty *party;

  if (chooser->done || row == NULL)
    return;
  chooser->done = TRUE;
  party = g_object_get_data (G_OBJECT (row), "quadrant-party");
  /* Closed first, so whatever chosen focuses keeps the focus. */
  g_object_ref (party);
  if (close)
    gtk_window_close (GTK_WINDOW (dialog));
  chooser->chosen (party, chooser->user_data);
  g_object_unref (party);
}

static void
search_changed_cb (AdwMessageDialog *dialog)
{
  Chooser *chooser = g_object_get_data (G_OBJECT (dialog), "chooser");
  GtkListBoxRow *row;

  gtk_list_box_invalidate_filter (chooser->list);
  row = current_row (chooser);
  if (row != NULL)
    gtk_list_box_select_row (chooser->list, row);
}

static void
search_activate_cb (AdwMessageDialog *dialog)
{
  Chooser *chooser = g_object_get_data (G_OBJECT (dialog), "chooser");

  choose (dialog, current_row (chooser), TRUE);
}

static void
row_activated_cb (AdwMessageDialog *dialog,
                  GtkListBoxRow    *row)
{
  choose (dialog, row, TRUE);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response)
{
  Chooser *chooser = g_object_get_data (G_OBJECT (dialog), "chooser");

  if (g_strcmp0 (response, "add") == 0)
    choose (dialog, current_row (chooser), FALSE);
}

/* Up and Down in the search move the highlight, as in a completion list. */
static gboolean
search_key_cb (GtkEventControllerKey *keys,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               Chooser               *chooser)
{
  GtkListBoxRow *row = current_row (chooser);
  GtkWidget *next;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_Up) || row == NULL)
    return GDK_EVENT_PROPAGATE;
  next = GTK_WIDGET (row);
  do
    next = keyval == GDK_KEY_Down ? gtk_widget_get_next_sibling (next) : gtk_widget_get_prev_sibling (next);
  while (next != NULL && !gtk_widget_get_child_visible (next));
  if (next != NULL && GTK_IS_LIST_BOX_ROW (next))
    gtk_list_box_select_row (chooser->list, GTK_LIST_BOX_ROW (next));
  return GDK_EVENT_STOP;
}

GtkWidget *
quadrant_party_chooser_present (GtkWindow               *parent,
                                QuadrantRegister        *reg,
                                QuadrantParty           *suggested,
                                QuadrantPartyChosenFunc  chosen,
                                gpointer                 user_data,
                                GDestroyNotify           destroy)
{
  GListModel *parties = quadrant_register_get_parties (reg);
  Chooser *chooser = g_new0 (Chooser, 1);
  AdwMessageDialog *dialog;
  GtkWidget *box, *scrolled;
  GtkEventController *keys;

  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  chooser->chosen = chosen;
  chooser->user_data = user_data;
  chooser->destroy = destroy;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Add Requirement"),
                                                       _("Whose requirement is it?")));
  g_object_set_data_full (G_OBJECT (dialog), "chooser", chooser, chooser_free);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "add", g_list_model_get_n_items (parties) > 0);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  chooser->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (chooser->search, "placeholder-text", _("Search parties"), NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (chooser->search));

  chooser->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (chooser->list), "boxed-list");
  gtk_list_box_set_filter_func (chooser->list, filter_cb, chooser, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), quadrant_party_get_name (party));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "quadrant-party", g_object_ref (party), g_object_unref);
      /* The suggested party comes first, in view and highlighted. */
      if (party == suggested)
        gtk_list_box_prepend (chooser->list, row);
      else
        gtk_list_box_append (chooser->list, row);
    }
  gtk_list_box_select_row (chooser->list, gtk_list_box_get_row_at_index (chooser->list, 0));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (chooser->list));
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_message_dialog_set_extra_child (dialog, box);

  g_signal_connect_object (chooser->search, "search-changed", G_CALLBACK (search_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (chooser->search, "activate", G_CALLBACK (search_activate_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (chooser->list, "row-activated", G_CALLBACK (row_activated_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_cb), chooser);
  gtk_widget_add_controller (GTK_WIDGET (chooser->search), keys);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (chooser->search));
  return GTK_WIDGET (dialog);
}
