/* quadrant-parties-view-filter.c: the search and the filters of the
 * Parties page: which parties the list shows */
#define G_LOG_DOMAIN "quadrant-parties-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-parties-view-private.h"
#include "quadrant-enum-labels.h"

/* ---- Filtering ---- */

gboolean
_quadrant_parties_view_is_filtering (QuadrantPartiesView *self)
{
  return (self->search_casefold != NULL && *self->search_casefold != '\0') ||
         gtk_drop_down_get_selected (self->category_filter) > 0 ||
         gtk_drop_down_get_selected (self->quadrant_filter) > 0 ||
         gtk_drop_down_get_selected (self->support_filter) > 0 ||
         gtk_drop_down_get_selected (self->relevance_filter) > 0;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL || *haystack == '\0')
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_party (gpointer item,
              gpointer user_data)
{
  QuadrantPartiesView *self = user_data;
  QuadrantParty *party = item;
  guint category = gtk_drop_down_get_selected (self->category_filter);
  guint quadrant = gtk_drop_down_get_selected (self->quadrant_filter);
  guint support = gtk_drop_down_get_selected (self->support_filter);
  guint relevance = gtk_drop_down_get_selected (self->relevance_filter);
  const char *needle = self->search_casefold;

  /* Drop-down index 0 is "All …", so index - 1 is the enum value. */
  if (category > 0 && category != GTK_INVALID_LIST_POSITION &&
      (guint) quadrant_party_get_category (party) != category - 1)
    return FALSE;
  if (quadrant > 0 && quadrant != GTK_INVALID_LIST_POSITION &&
      (guint) quadrant_party_get_quadrant (party) != quadrant - 1)
    return FALSE;
  if (support > 0 && support != GTK_INVALID_LIST_POSITION &&
      (guint) quadrant_party_get_current_support (party) != support - 1)
    return FALSE;
  if (relevance > 0 && relevance != GTK_INVALID_LIST_POSITION &&
      (guint) quadrant_party_get_relevance (party) != relevance - 1)
    return FALSE;

  if (needle == NULL || *needle == '\0')
    return TRUE;
  return contains_casefold (quadrant_party_get_name (party), needle) ||
         contains_casefold (quadrant_party_get_code (party), needle) ||
         contains_casefold (quadrant_party_get_description (party), needle) ||
         contains_casefold (quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)), needle) ||
         contains_casefold (quadrant_enum_to_nick (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)), needle) ||
         contains_casefold (quadrant_party_get_owner (party), needle);
}

static void
search_changed_cb (QuadrantPartiesView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  _quadrant_parties_view_complete_list (self);
  g_free (self->search_casefold);
  self->search_casefold = g_utf8_casefold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
stop_search_cb (QuadrantPartiesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
filter_selected_cb (QuadrantPartiesView *self)
{
  _quadrant_parties_view_complete_list (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
_quadrant_parties_view_reset_filters (QuadrantPartiesView *self)
{
  _quadrant_parties_view_complete_list (self);
  g_clear_pointer (&self->search_casefold, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_filter, 0);
  gtk_drop_down_set_selected (self->quadrant_filter, 0);
  gtk_drop_down_set_selected (self->support_filter, 0);
  gtk_drop_down_set_selected (self->relevance_filter, 0);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
setup_filter_drop_down (GtkDropDown *drop_down,
                        const char  *all_label,
                        GType        enum_type)
{
  g_autoptr(GtkStringList) labels = quadrant_enum_labels_new (enum_type, all_label);

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (drop_down, 0);
}

/* ---- Set-up, for the view ---- */

void
_quadrant_parties_view_init_filters (QuadrantPartiesView *self)
{
  self->filter = gtk_custom_filter_new (filter_party, self, NULL);

  setup_filter_drop_down (self->category_filter, _("All categories"), QUADRANT_TYPE_CATEGORY);
  setup_filter_drop_down (self->quadrant_filter, _("All quadrants"), QUADRANT_TYPE_QUADRANT);
  setup_filter_drop_down (self->support_filter, _("All support levels"), QUADRANT_TYPE_SUPPORT);
  g_signal_connect_swapped (self->category_filter, "notify::selected", G_CALLBACK (filter_selected_cb), self);
  g_signal_connect_swapped (self->quadrant_filter, "notify::selected", G_CALLBACK (filter_selected_cb), self);
  g_signal_connect_swapped (self->support_filter, "notify::selected", G_CALLBACK (filter_selected_cb), self);
  setup_filter_drop_down (self->relevance_filter, _("All parties considered"), QUADRANT_TYPE_RELEVANCE);
  g_signal_connect_swapped (self->relevance_filter, "notify::selected", G_CALLBACK (filter_selected_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self);
}
