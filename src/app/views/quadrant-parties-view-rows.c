/* quadrant-parties-view-rows.c: the rows the Parties page shows: a large
 * register's first screen first, and finding, selecting, scrolling to and
 * focusing a row (GTK 4.8 has no API for the last two) */
#define G_LOG_DOMAIN "quadrant-parties-view"

#include "config.h"

#include <adwaita.h>

#include "quadrant-parties-view-private.h"

gboolean
_quadrant_parties_view_is_sorted (QuadrantPartiesView *self)
{
  return gtk_sorter_get_order (gtk_column_view_get_sorter (self->column_view)) != GTK_SORTER_ORDER_NONE;
}

/* ---- The first screen first ----
 *
 * GTK 4.8's list view keeps 200 rows alive (11 cells each here), and making
 * them is most of what a large register costs before the first frame. So a
 * large register shown in register order comes in two steps: the parties
 * that fit on the first screen, then, in the next frame, all of them. Both
 * steps show the same first rows; whatever needs the whole list (a search,
 * a sort, an edit, selecting a party) completes it first. */

#define STAGE_MIN_PARTIES 200

static gboolean
stage_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  QuadrantPartiesView *self = user_data;

  /* The first tick is in the frame that paints the first screen. */
  if (++self->stage_frames < 2)
    return G_SOURCE_CONTINUE;

  self->stage_tick = 0;
  self->staging = FALSE;
  gtk_slice_list_model_set_size (self->slice_model, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

void
_quadrant_parties_view_complete_list (QuadrantPartiesView *self)
{
  if (self->stage_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->stage_tick);
  self->stage_tick = 0;
  if (!self->staging)
    return;
  self->staging = FALSE;
  gtk_slice_list_model_set_size (self->slice_model, G_MAXUINT);
}

/* How many parties fit on the screen, at most, with room to spare (rows are
 * taller than 20 pixels). */
static guint
first_screen_rows (QuadrantPartiesView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->column_view));

  return CLAMP (height / 20 + 10, 30, 150);
}

void
_quadrant_parties_view_stage_first_screen (QuadrantPartiesView *self)
{
  if (self->reg == NULL || quadrant_register_get_n_parties (self->reg) <= STAGE_MIN_PARTIES ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      _quadrant_parties_view_is_sorted (self) || _quadrant_parties_view_is_filtering (self))
    return;

  gtk_slice_list_model_set_size (self->slice_model, first_screen_rows (self));
  self->staging = TRUE;
  self->stage_frames = 0;
  self->stage_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view), stage_tick_cb,
                                                   self, NULL);
}

/* ---- Finding and selecting rows ---- */

QuadrantParty *
_quadrant_parties_view_party_at (GListModel *model,
                                 guint       position)
{
  /* The stores keep the party alive while it is shown. */
  g_autoptr(QuadrantParty) party = g_list_model_get_item (model, position);
  return party;
}

guint
_quadrant_parties_view_find_shown (QuadrantPartiesView *self,
                                   QuadrantParty       *party)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n;

  _quadrant_parties_view_complete_list (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    if (_quadrant_parties_view_party_at (model, i) == party)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static GtkWidget *
inner_list_view (QuadrantPartiesView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

static void
scroll_to (QuadrantPartiesView *self,
           guint                position)
{
  GtkWidget *list = inner_list_view (self);

  /* GTK 4.8 has no gtk_column_view_scroll_to(); the list's own action does it. */
  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}

gboolean
_quadrant_parties_view_list_has_focus (QuadrantPartiesView *self)
{
  return (gtk_widget_get_state_flags (GTK_WIDGET (self->column_view)) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

/* GTK 4.8 has no API to move the list's keyboard cursor: focus the row
 * widget that shows position, found through the list items of its cells. */
static void
focus_row (QuadrantPartiesView *self,
           guint                position)
{
  GtkWidget *list = inner_list_view (self);

  if (list == NULL)
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *cell = gtk_widget_get_first_child (row);
      GtkWidget *label = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;
      GtkListItem *item = label != NULL ? g_object_get_data (G_OBJECT (label), "quadrant-list-item") : NULL;

      if (item != NULL && gtk_list_item_get_item (item) != NULL &&
          gtk_list_item_get_position (item) == position)
        {
          gtk_widget_grab_focus (row);
          return;
        }
    }
}

/* With focus, the keyboard cursor moves to the row too, so that the arrow
 * keys and Enter go on from the selected row and not from where focus was. */
void
_quadrant_parties_view_select_shown (QuadrantPartiesView *self,
                                     guint                position,
                                     gboolean             focus)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  scroll_to (self, position);
  if (focus)
    focus_row (self, position);
}

void
quadrant_parties_view_focus_add_requirement (QuadrantPartiesView *self)
{
  g_return_if_fail (QUADRANT_IS_PARTIES_VIEW (self));

  _quadrant_parties_view_reveal_editor (self);
  quadrant_party_editor_focus_add_requirement (self->editor);
}

/* A folded flap (a narrow window) hides the editor until a party is chosen. */
void
_quadrant_parties_view_reveal_editor (QuadrantPartiesView *self)
{
  AdwFlap *flap = ADW_FLAP (self->paned);

  if (adw_flap_get_folded (flap))
    adw_flap_set_reveal_flap (flap, TRUE);
}
