/* quadrant-refine-window.c: deciding the candidates of a brainstorm one by one
 *
 * Nothing takes the keyboard focus (the buttons are for the mouse), so
 * every decision key reaches the window's key controller; Tab makes the
 * reason entry focusable and focuses it, and Enter or Esc there gives the
 * keys back.
 */
#define G_LOG_DOMAIN "quadrant-refine"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-enum-types.h"
#include "quadrant-refine-window.h"
#include "quadrant-relevance.h"

struct _QuadrantRefineWindow
{
  GtkWindow parent_instance;

  /* Widgets */
  GtkWidget        *progress_label;
  GtkWidget        *name_label;
  GtkWidget        *detail_label;
  GtkWidget        *reason_entry;
  GtkWidget        *buttons;
  GtkWidget        *keys_label;

  /* Owned references */
  QuadrantRegister *reg;
  GPtrArray        *candidates;

  /* State */
  guint             index;
  guint             placed[4]; /* per quadrant, to spread the markers */
};

G_DEFINE_FINAL_TYPE (QuadrantRefineWindow, quadrant_refine_window, GTK_TYPE_WINDOW)

/* Power and interest of the middle of each quadrant, keys 1 to 4. */
static const struct {
  int power;
  int interest;
} quadrant_centres[4] = {
  { 75, 75 }, /* manage closely */
  { 75, 25 }, /* keep satisfied */
  { 25, 75 }, /* keep informed */
  { 25, 25 }, /* monitor */
};

/* ---- Helpers ---- */

static void
set_typing (QuadrantRefineWindow *self,
            gboolean              typing)
{
  gtk_widget_set_can_focus (self->reason_entry, typing);
  if (typing)
    gtk_widget_grab_focus (self->reason_entry);
  else
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

static void
set_scale (GtkWidget *label,
           double     scale,
           gboolean   bold)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attributes);
  pango_attr_list_unref (attributes);
}

static guint
count_decided (QuadrantRefineWindow *self,
               QuadrantRelevance     relevance)
{
  guint n = 0;

  for (guint i = 0; i < self->candidates->len; i++)
    if (quadrant_party_get_relevance (g_ptr_array_index (self->candidates, i)) == relevance)
      n++;
  return n;
}

static void
show_done (QuadrantRefineWindow *self)
{
  guint relevant = count_decided (self, QUADRANT_RELEVANCE_RELEVANT);
  guint not_relevant = count_decided (self, QUADRANT_RELEVANCE_NOT_RELEVANT);
  guint open = count_decided (self, QUADRANT_RELEVANCE_TO_DECIDE);
  g_autoptr(GString) summary = g_string_new (NULL);

  gtk_label_set_text (GTK_LABEL (self->progress_label), "");
  gtk_label_set_text (GTK_LABEL (self->name_label),
                      self->candidates->len == 0 ? _("No candidates to decide") : _("All candidates seen"));
  g_string_append_printf (summary, ngettext ("%u party was judged relevant.", "%u parties were judged relevant.",
                                             relevant), relevant);
  g_string_append_c (summary, '\n');
  g_string_append_printf (summary, ngettext ("%u party was judged not relevant.",
                                             "%u parties were judged not relevant.", not_relevant), not_relevant);
  if (open > 0)
    {
      g_string_append_c (summary, '\n');
      g_string_append_printf (summary, ngettext ("%u candidate is still to be decided.",
                                                 "%u candidates are still to be decided.", open), open);
    }
  gtk_label_set_text (GTK_LABEL (self->detail_label), summary->str);
  gtk_widget_set_visible (self->reason_entry, FALSE);
  gtk_widget_set_visible (self->buttons, FALSE);
  gtk_label_set_text (GTK_LABEL (self->keys_label), _("Press Esc or Enter to close."));
}

static void
update (QuadrantRefineWindow *self)
{
  QuadrantParty *party = quadrant_refine_window_get_current (self);
  g_autofree char *progress = NULL;
  g_autofree char *detail = NULL;
  QuadrantRelevance relevance;

  if (party == NULL)
    {
      show_done (self);
      return;
    }

  progress = g_strdup_printf (_("Candidate %u of %u"), self->index + 1, self->candidates->len);
  gtk_label_set_text (GTK_LABEL (self->progress_label), progress);
  gtk_label_set_text (GTK_LABEL (self->name_label), quadrant_party_get_name (party));

  /* A candidate seen again (Back) says what was decided. */
  relevance = quadrant_party_get_relevance (party);
  if (relevance == QUADRANT_RELEVANCE_TO_DECIDE)
    detail = g_strdup (quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)));
  else
    detail = g_strdup_printf (_("%s, decided: %s"),
                              quadrant_enum_to_label (QUADRANT_TYPE_KIND, quadrant_party_get_kind (party)),
                              quadrant_enum_to_label (QUADRANT_TYPE_RELEVANCE, relevance));
  gtk_label_set_text (GTK_LABEL (self->detail_label), detail);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), quadrant_party_get_relevance_rationale (party));
  gtk_widget_set_visible (self->reason_entry, TRUE);
  gtk_widget_set_visible (self->buttons, TRUE);
  set_typing (self, FALSE);
}

static void
step (QuadrantRefineWindow *self,
      int                   delta)
{
  if (delta < 0 && self->index == 0)
    return;
  if (delta > 0 && self->index >= self->candidates->len)
    return;
  self->index += delta;
  update (self);
}

/* quadrant: -1 to leave it in the tray, else 0–3 as keys 1–4. */
static void
decide (QuadrantRefineWindow *self,
        QuadrantRelevance     relevance,
        int                   quadrant,
        const char           *reason)
{
  QuadrantParty *party = quadrant_refine_window_get_current (self);

  if (party == NULL)
    return;

  quadrant_register_begin_group (self->reg, relevance == QUADRANT_RELEVANCE_RELEVANT
                                 ? _("Mark as Relevant") : _("Mark as Not Relevant"));
  quadrant_register_decide_relevance (self->reg, party, relevance, reason, NULL);
  if (quadrant >= 0)
    {
      /* Spread in a 3 × 3 pattern around the middle, so markers do not hide each other. */
      guint k = self->placed[quadrant]++ % 9;
      int power = quadrant_centres[quadrant].power + ((int) (k % 3) - 1) * 8;
      int interest = quadrant_centres[quadrant].interest + ((int) (k / 3) - 1) * 8;

      quadrant_register_move_party (self->reg, party, power, interest);
    }
  quadrant_register_end_group (self->reg);
  step (self, 1);
}

/* ---- Callbacks ---- */

static void
reason_activate_cb (QuadrantRefineWindow *self)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));

  decide (self, QUADRANT_RELEVANCE_NOT_RELEVANT, -1, reason);
}

static void
relevant_clicked_cb (QuadrantRefineWindow *self)
{
  decide (self, QUADRANT_RELEVANCE_RELEVANT, -1, NULL);
}

static void
not_relevant_clicked_cb (QuadrantRefineWindow *self)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));

  decide (self, QUADRANT_RELEVANCE_NOT_RELEVANT, -1, reason[0] != '\0' ? reason : NULL);
}

static void
skip_clicked_cb (QuadrantRefineWindow *self)
{
  step (self, 1);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                QuadrantRefineWindow  *self)
{
  gboolean typing = gtk_widget_has_focus (self->reason_entry);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  if (keyval == GDK_KEY_Escape)
    {
      if (typing)
        set_typing (self, FALSE);
      else
        gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    }
  if (typing)
    return FALSE;

  if (quadrant_refine_window_get_current (self) == NULL)
    {
      if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
        gtk_window_close (GTK_WINDOW (self));
      else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Page_Up)
        step (self, -1);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_r: case GDK_KEY_R: case GDK_KEY_y: case GDK_KEY_Y:
      decide (self, QUADRANT_RELEVANCE_RELEVANT, -1, NULL);
      return TRUE;
    case GDK_KEY_1: case GDK_KEY_2: case GDK_KEY_3: case GDK_KEY_4:
      decide (self, QUADRANT_RELEVANCE_RELEVANT, (int) (keyval - GDK_KEY_1), NULL);
      return TRUE;
    case GDK_KEY_KP_1: case GDK_KEY_KP_2: case GDK_KEY_KP_3: case GDK_KEY_KP_4:
      decide (self, QUADRANT_RELEVANCE_RELEVANT, (int) (keyval - GDK_KEY_KP_1), NULL);
      return TRUE;
    case GDK_KEY_n: case GDK_KEY_N:
      decide (self, QUADRANT_RELEVANCE_NOT_RELEVANT, -1, NULL);
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_Page_Down: case GDK_KEY_space:
      step (self, 1);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_Page_Up:
      step (self, -1);
      return TRUE;
    case GDK_KEY_Tab: case GDK_KEY_ISO_Left_Tab:
      set_typing (self, TRUE);
      return TRUE;
    default:
      return FALSE;
    }
}

/* ---- GObject ---- */

static void
quadrant_refine_window_dispose (GObject *object)
{
  QuadrantRefineWindow *self = QUADRANT_REFINE_WINDOW (object);

  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_object (&self->reg);

  G_OBJECT_CLASS (quadrant_refine_window_parent_class)->dispose (object);
}

static void
quadrant_refine_window_class_init (QuadrantRefineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = quadrant_refine_window_dispose;
}

static GtkWidget *
new_button (QuadrantRefineWindow *self,
            const char           *label,
            const char           *style,
            GCallback             callback)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_focusable (button, FALSE);
  if (style != NULL)
    gtk_widget_add_css_class (button, style);
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_swapped (button, "clicked", callback, self);
  gtk_box_append (GTK_BOX (self->buttons), button);
  return button;
}

static void
quadrant_refine_window_init (QuadrantRefineWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autoptr(GString) help = g_string_new (NULL);

  gtk_window_set_title (GTK_WINDOW (self), _("Refine Candidates"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1000, 640);
  gtk_widget_add_css_class (GTK_WIDGET (self), "quadrant-refine");

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 48);
  gtk_widget_set_margin_end (box, 48);
  gtk_widget_set_margin_top (box, 48);
  gtk_widget_set_margin_bottom (box, 48);

  self->progress_label = gtk_label_new (NULL);
  set_scale (self->progress_label, 1.6, FALSE);
  gtk_widget_add_css_class (self->progress_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->progress_label);

  /* Large enough to read from the back of the room. */
  self->name_label = gtk_label_new (NULL);
  set_scale (self->name_label, 4.0, TRUE);
  gtk_label_set_wrap (GTK_LABEL (self->name_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->name_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), self->name_label);

  self->detail_label = gtk_label_new (NULL);
  set_scale (self->detail_label, 1.8, FALSE);
  gtk_label_set_justify (GTK_LABEL (self->detail_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), self->detail_label);

  self->reason_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->reason_entry),
                                  _("Why not relevant? Press Tab, type it and press Enter"));
  gtk_widget_set_halign (self->reason_entry, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (self->reason_entry, 640, -1);
  gtk_widget_add_css_class (self->reason_entry, "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  gtk_widget_set_can_focus (self->reason_entry, FALSE);
  g_signal_connect_swapped (self->reason_entry, "activate", G_CALLBACK (reason_activate_cb), self);
  gtk_box_append (GTK_BOX (box), self->reason_entry);

  self->buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (self->buttons, GTK_ALIGN_CENTER);
  new_button (self, _("Relevant"), "suggested-action", G_CALLBACK (relevant_clicked_cb));
  new_button (self, _("Not Relevant"), "destructive-action", G_CALLBACK (not_relevant_clicked_cb));
  new_button (self, _("Skip"), NULL, G_CALLBACK (skip_clicked_cb));
  gtk_box_append (GTK_BOX (box), self->buttons);

  /* One line per key, each a whole sentence for translators. */
  g_string_append (help, _("R: relevant, placed later from the tray"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("1, 2, 3, 4: relevant, placed in Manage closely, Keep satisfied, Keep informed or Monitor"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("N: not relevant, reason added later"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("Tab: type the reason why not, then Enter"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("Right arrow: skip; Left arrow: back; Esc: done"));
  self->keys_label = gtk_label_new (help->str);
  gtk_widget_add_css_class (self->keys_label, "dim-label");
  gtk_label_set_justify (GTK_LABEL (self->keys_label), GTK_JUSTIFY_CENTER);
  set_scale (self->keys_label, 1.2, FALSE);
  gtk_box_append (GTK_BOX (box), self->keys_label);

  gtk_window_set_child (GTK_WINDOW (self), box);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* ---- Public API ---- */

QuadrantRefineWindow *
quadrant_refine_window_new (GtkWindow        *parent,
                            QuadrantRegister *reg)
{
  QuadrantRefineWindow *self;
  GListModel *parties;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (QUADRANT_IS_REGISTER (reg), NULL);

  /* Announced as a dialog, not as another main window. */
  self = g_object_new (QUADRANT_TYPE_REFINE_WINDOW,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                       NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
    }
  self->reg = g_object_ref (reg);
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  parties = quadrant_register_get_parties (reg);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(QuadrantParty) party = g_list_model_get_item (parties, i);

      if (quadrant_party_get_relevance (party) == QUADRANT_RELEVANCE_TO_DECIDE)
        g_ptr_array_add (self->candidates, g_steal_pointer (&party));
    }
  update (self);
  return self;
}

QuadrantParty *
quadrant_refine_window_get_current (QuadrantRefineWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_REFINE_WINDOW (self), NULL);

  if (self->index >= self->candidates->len)
    return NULL;
  return g_ptr_array_index (self->candidates, self->index);
}

guint
quadrant_refine_window_get_n_candidates (QuadrantRefineWindow *self)
{
  g_return_val_if_fail (QUADRANT_IS_REFINE_WINDOW (self), 0);

  return self->candidates->len;
}
