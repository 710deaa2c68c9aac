/* quadrant-reference-completion.c: suggestions from the references already
 * used in the register
 *
 * A popover under the entry lists the references of other requirements whose
 * text contains what was typed (ignoring case). It never takes the focus:
 * typing goes on in the entry, Down and Up move through the suggestions,
 * Enter or a click takes one, Escape closes the list. GtkEntryCompletion
 * needs a GtkEntry (an AdwEntryRow has none) and is deprecated after GTK 4.8.
 */
#define G_LOG_DOMAIN "quadrant-reference-completion"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "quadrant-enum-types.h"
#include "quadrant-enum-labels.h"
#include "quadrant-field.h"
#include "quadrant-reference-completion.h"

#define MAX_SHOWN 8

struct _QuadrantReferenceCompletion
{
  GObject parent_instance;

  GtkWidget          *entry;     /* not owned: the popover's parent */
  GtkWidget          *popover;
  GtkListBox         *list;
  GtkEventController *keys;
  GtkEventController *focus;
  guint               n_shown;
  guint               choosing : 1;
};

G_DEFINE_FINAL_TYPE (QuadrantReferenceCompletion, quadrant_reference_completion, G_TYPE_OBJECT)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Helpers ---- */

static gboolean
has_reference (GPtrArray  *refs,
               const char *folded)
{
  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      const QuadrantReference *ref = g_ptr_array_index (refs, i);
      g_autofree char *other = g_utf8_casefold (ref->text != NULL ? ref->text : "", -1);

      if (g_strcmp0 (other, folded) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The references of reg containing typed, once each, in register order. */
static GPtrArray *
matches (QuadrantRegister    *reg,
         QuadrantRequirement *requirement,
         const char          *typed)
{
  GPtrArray *found = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *needle = g_utf8_casefold (typed, -1);
  GPtrArray *own = requirement != NULL ? quadrant_requirement_get_references (requirement) : NULL;
  GListModel *parties = quadrant_register_get_parties (reg);

  g_strstrip (needle);
  for (guint p = 0; p < g_list_model_get_n_items (parties) && found->len < MAX_SHOWN; p++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, p);
      GListModel *requirements = quadrant_party_get_requirements (party);

      for (guint r = 0; r < g_list_model_get_n_items (requirements) && found->len < MAX_SHOWN; r++)
        {
          g_autoptr(QuadrantRequirement) other = g_list_model_get_item (requirements, r);
          GPtrArray *refs = quadrant_requirement_get_references (other);

          for (guint i = 0; refs != NULL && i < refs->len && found->len < MAX_SHOWN; i++)
            {
              const QuadrantReference *ref = g_ptr_array_index (refs, i);
              char *folded;

              if (ref->text == NULL || *ref->text == '\0')
                continue;
              folded = g_utf8_casefold (ref->text, -1);
              /* Typed in full already, or on this requirement: nothing to offer. */
              if (strstr (folded, needle) == NULL || g_strcmp0 (folded, needle) == 0 ||
                  has_reference (own, folded) || g_hash_table_contains (seen, folded))
                {
                  g_free (folded);
                  continue;
                }
              g_hash_table_add (seen, folded);
              g_ptr_array_add (found, (gpointer) ref);
            }
        }
    }
  return found;
}

static GtkWidget *
suggestion_row_new (const QuadrantReference *ref)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_label_new (ref->text);
  GtkWidget *kind = gtk_label_new (quadrant_enum_to_label (QUADRANT_TYPE_REFERENCE_KIND, ref->kind));

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (text), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* The focus stays in the entry while one is clicked. */
  gtk_widget_set_focusable (row, FALSE);
  g_object_set_data_full (G_OBJECT (row), "text", g_strdup (ref->text), g_free);
  g_object_set_data (G_OBJECT (row), "kind", GUINT_TO_POINTER (ref->kind));
  return row;
}

/* A popup is placed against its anchor on a monitor: the entry must show
 * in its window (not be scrolled out of it), as it does while someone types. */
static gboolean
entry_on_screen (QuadrantReferenceCompletion *self)
{
  GtkNative *native = gtk_widget_get_native (self->entry);
  graphene_rect_t bounds;

  if (native == NULL || !gtk_widget_get_mapped (self->entry) ||
      !gtk_widget_compute_bounds (self->entry, GTK_WIDGET (native), &bounds))
    return FALSE;
  return bounds.origin.x + bounds.size.width > 0 && bounds.origin.y + bounds.size.height > 0 &&
         bounds.origin.x < gtk_widget_get_width (GTK_WIDGET (native)) &&
         bounds.origin.y < gtk_widget_get_height (GTK_WIDGET (native));
}

static void
choose (QuadrantReferenceCompletion *self,
        GtkListBoxRow               *row)
{
  const char *text = g_object_get_data (G_OBJECT (row), "text");
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kind"));
  g_autofree char *chosen = g_strdup (text);

  quadrant_reference_completion_hide (self);
  self->choosing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), chosen);
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  self->choosing = FALSE;
  g_signal_emit (self, signals[CHOSEN], 0, chosen, kind);
}

/* ---- Callbacks ---- */

static void
row_activated_cb (QuadrantReferenceCompletion *self,
                  GtkListBoxRow               *row)
{
  choose (self, row);
}

static gboolean
key_pressed_cb (QuadrantReferenceCompletion *self,
                guint                        keyval,
                guint                        keycode,
                GdkModifierType              state,
                GtkEventControllerKey       *controller)
{
  GtkListBoxRow *selected;
  int index;

  if (self->n_shown == 0 || !gtk_widget_get_visible (self->popover))
    return GDK_EVENT_PROPAGATE;

  selected = gtk_list_box_get_selected_row (self->list);
  index = selected != NULL ? gtk_list_box_row_get_index (selected) : -1;
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      index = MIN (index + 1, (int) self->n_shown - 1);
      gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, index));
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (index <= 0)
        gtk_list_box_unselect_all (self->list);
      else
        gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, index - 1));
      return GDK_EVENT_STOP;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* Without a suggestion chosen, Enter keeps what was typed. */
      if (selected == NULL)
        return GDK_EVENT_PROPAGATE;
      choose (self, selected);
      return GDK_EVENT_STOP;
    case GDK_KEY_Escape:
      quadrant_reference_completion_hide (self);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
focus_leave_cb (QuadrantReferenceCompletion *self)
{
  quadrant_reference_completion_hide (self);
}

/* ---- GObject ---- */

static void
quadrant_reference_completion_dispose (GObject *object)
{
  quadrant_reference_completion_detach (QUADRANT_REFERENCE_COMPLETION (object));

  G_OBJECT_CLASS (quadrant_reference_completion_parent_class)->dispose (object);
}

static void
quadrant_reference_completion_class_init (QuadrantReferenceCompletionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = quadrant_reference_completion_dispose;

  /* (text, kind): the suggestion taken, already in the entry. */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);
}

static void
quadrant_reference_completion_init (QuadrantReferenceCompletion *self)
{
}

/* ---- Public API ---- */

QuadrantReferenceCompletion *
quadrant_reference_completion_new (GtkWidget *entry)
{
  QuadrantReferenceCompletion *self;
  GtkWidget *scrolled;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  self = g_object_new (QUADRANT_TYPE_REFERENCE_COMPLETION, NULL);
  self->entry = entry;

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("References used in the register"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb),
                           self, G_CONNECT_SWAPPED);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  /* As wide as the references need (up to their labels' maximum). */
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  /* Not modal: the entry keeps the focus and the keys. */
  self->popover = gtk_popover_new ();
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_widget_set_can_focus (self->popover, FALSE);
  gtk_popover_set_child (GTK_POPOVER (self->popover), scrolled);
  gtk_widget_set_parent (self->popover, entry);

  self->keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->keys, "key-pressed", G_CALLBACK (key_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (entry, g_object_ref (self->keys));

  /* Suggestions take no focus, so the focus leaving is the user's move. */
  self->focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (self->focus, "leave", G_CALLBACK (focus_leave_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (entry, g_object_ref (self->focus));
  return self;
}

void
quadrant_reference_completion_update (QuadrantReferenceCompletion *self,
                                      QuadrantRegister            *reg,
                                      QuadrantRequirement         *requirement)
{
  g_autoptr(GPtrArray) found = NULL;
  const char *typed;
  GtkWidget *child;

  g_return_if_fail (QUADRANT_IS_REFERENCE_COMPLETION (self));

  if (self->entry == NULL || self->choosing)
    return;
  typed = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (reg == NULL || quadrant_text_is_blank (typed))
    {
      quadrant_reference_completion_hide (self);
      return;
    }

  found = matches (reg, requirement, typed);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < found->len; i++)
    gtk_list_box_append (self->list, suggestion_row_new (g_ptr_array_index (found, i)));
  self->n_shown = found->len;

  if (found->len == 0)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  else if (entry_on_screen (self))
    gtk_popover_popup (GTK_POPOVER (self->popover));
}

void
quadrant_reference_completion_hide (QuadrantReferenceCompletion *self)
{
  g_return_if_fail (QUADRANT_IS_REFERENCE_COMPLETION (self));

  self->n_shown = 0;
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

guint
quadrant_reference_completion_get_n_shown (QuadrantReferenceCompletion *self)
{
  g_return_val_if_fail (QUADRANT_IS_REFERENCE_COMPLETION (self), 0);

  return self->popover != NULL && gtk_widget_get_visible (self->popover) ? self->n_shown : 0;
}

void
quadrant_reference_completion_detach (QuadrantReferenceCompletion *self)
{
  g_return_if_fail (QUADRANT_IS_REFERENCE_COMPLETION (self));

  if (self->entry == NULL)
    return;
  gtk_widget_remove_controller (self->entry, self->keys);
  gtk_widget_remove_controller (self->entry, self->focus);
  g_clear_object (&self->keys);
  g_clear_object (&self->focus);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  self->list = NULL;
  self->entry = NULL;
}
