/* quadrant-undo-stack.c: undo/redo of edit commands, with groups and a saved point */
#define G_LOG_DOMAIN "quadrant-undo-stack"

#include "config.h"

#include "quadrant-undo-stack.h"

/* A step is either one command or a group of steps, undone in reverse order. */
typedef struct _Step Step;
struct _Step
{
  const QuadrantCommandClass *klass; /* NULL for a group */
  gpointer                    data;
  GPtrArray                  *children; /* of Step, for a group */
  char                       *label;
  guint64                     serial;   /* identifies the state after this step */
};

struct _QuadrantUndoStack
{
  GObject parent_instance;

  GPtrArray *done;    /* of Step; the last one is undone next */
  GPtrArray *undone;  /* of Step; the last one is redone next */
  GPtrArray *groups;  /* of Step; open groups, innermost last */
  guint64    next_serial;
  guint64    saved_serial; /* serial of the state that was saved */
};

G_DEFINE_FINAL_TYPE (QuadrantUndoStack, quadrant_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  if (step->klass != NULL && step->klass->free != NULL)
    step->klass->free (step->data);
  g_clear_pointer (&step->children, g_ptr_array_unref);
  g_free (step->label);
  g_free (step);
}

static void
step_apply (Step *step)
{
  if (step->klass != NULL)
    step->klass->apply (step->data);
  else
    for (guint i = 0; i < step->children->len; i++)
      step_apply (g_ptr_array_index (step->children, i));
}

static void
step_revert (Step *step)
{
  if (step->klass != NULL)
    step->klass->revert (step->data);
  else
    for (guint i = step->children->len; i > 0; i--)
      step_revert (g_ptr_array_index (step->children, i - 1));
}

static guint64
current_serial (QuadrantUndoStack *self)
{
  if (self->done->len == 0)
    return 0;
  return ((Step *) g_ptr_array_index (self->done, self->done->len - 1))->serial;
}

/* Notifies what may have changed, comparing with the state before the change. */
static void
notify_state (QuadrantUndoStack *self,
              gboolean           could_undo,
              gboolean           could_redo,
              gboolean           was_dirty)
{
  if (could_undo != quadrant_undo_stack_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != quadrant_undo_stack_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_dirty != quadrant_undo_stack_is_dirty (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

#define SAVE_STATE(self) \
  gboolean could_undo = quadrant_undo_stack_can_undo (self); \
  gboolean could_redo = quadrant_undo_stack_can_redo (self); \
  gboolean was_dirty = quadrant_undo_stack_is_dirty (self)

#define NOTIFY_STATE(self) notify_state (self, could_undo, could_redo, was_dirty)

/* Records an applied step; the caller notifies what changed. */
static void
record_step (QuadrantUndoStack *self,
             Step              *step)
{
  if (self->groups->len > 0)
    {
      Step *group = g_ptr_array_index (self->groups, self->groups->len - 1);

      g_ptr_array_add (group->children, step);
      return;
    }

  step->serial = ++self->next_serial;
  g_ptr_array_add (self->done, step);
  /* A new edit makes the undone steps unreachable. */
  g_ptr_array_set_size (self->undone, 0);
}

static void
quadrant_undo_stack_finalize (GObject *object)
{
  QuadrantUndoStack *self = QUADRANT_UNDO_STACK (object);

  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->undone);
  g_ptr_array_unref (self->done);

  G_OBJECT_CLASS (quadrant_undo_stack_parent_class)->finalize (object);
}

static void
quadrant_undo_stack_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  QuadrantUndoStack *self = QUADRANT_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, quadrant_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, quadrant_undo_stack_can_redo (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, quadrant_undo_stack_is_dirty (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_undo_stack_class_init (QuadrantUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = quadrant_undo_stack_finalize;
  object_class->get_property = quadrant_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
quadrant_undo_stack_init (QuadrantUndoStack *self)
{
  self->done = g_ptr_array_new_with_free_func (step_free);
  self->undone = g_ptr_array_new_with_free_func (step_free);
  self->groups = g_ptr_array_new_with_free_func (step_free);
}

QuadrantUndoStack *
quadrant_undo_stack_new (void)
{
  return g_object_new (QUADRANT_TYPE_UNDO_STACK, NULL);
}

void
quadrant_undo_stack_push (QuadrantUndoStack          *self,
                          const QuadrantCommandClass *klass,
                          gpointer                    data,
                          const char                 *label)
{
  Step *step;

  g_return_if_fail (QUADRANT_IS_UNDO_STACK (self));
  g_return_if_fail (klass != NULL && klass->apply != NULL && klass->revert != NULL);

  step = g_new0 (Step, 1);
  step->klass = klass;
  step->data = data;
  step->label = g_strdup (label);

  {
    SAVE_STATE (self);

    klass->apply (data);
    record_step (self, step);
    NOTIFY_STATE (self);
  }
}

void
quadrant_undo_stack_begin_group (QuadrantUndoStack *self,
                                 const char        *label)
{
  Step *group;

  g_return_if_fail (QUADRANT_IS_UNDO_STACK (self));

  {
    /* Undo and redo are off while a group is open. */
    SAVE_STATE (self);

    group = g_new0 (Step, 1);
    group->children = g_ptr_array_new_with_free_func (step_free);
    group->label = g_strdup (label);
    g_ptr_array_add (self->groups, group);
    NOTIFY_STATE (self);
  }
}

void
quadrant_undo_stack_end_group (QuadrantUndoStack *self)
{
  Step *group;

  g_return_if_fail (QUADRANT_IS_UNDO_STACK (self));
  g_return_if_fail (self->groups->len > 0);

  {
    SAVE_STATE (self);

    group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
    if (group->children->len == 0)
      step_free (group);
    else
      record_step (self, group);
    NOTIFY_STATE (self);
  }
}

gboolean
quadrant_undo_stack_can_undo (QuadrantUndoStack *self)
{
  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), FALSE);
  return self->done->len > 0 && self->groups->len == 0;
}

gboolean
quadrant_undo_stack_can_redo (QuadrantUndoStack *self)
{
  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), FALSE);
  return self->undone->len > 0 && self->groups->len == 0;
}

const char *
quadrant_undo_stack_get_undo_label (QuadrantUndoStack *self)
{
  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), NULL);
  if (self->done->len == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (self->done, self->done->len - 1))->label;
}

const char *
quadrant_undo_stack_get_redo_label (QuadrantUndoStack *self)
{
  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), NULL);
  if (self->undone->len == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (self->undone, self->undone->len - 1))->label;
}

gboolean
quadrant_undo_stack_undo (QuadrantUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), FALSE);

  if (!quadrant_undo_stack_can_undo (self))
    return FALSE;

  {
    SAVE_STATE (self);

    step = g_ptr_array_steal_index (self->done, self->done->len - 1);
    step_revert (step);
    g_ptr_array_add (self->undone, step);
    NOTIFY_STATE (self);
  }
  return TRUE;
}

gboolean
quadrant_undo_stack_redo (QuadrantUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), FALSE);

  if (!quadrant_undo_stack_can_redo (self))
    return FALSE;

  {
    SAVE_STATE (self);

    step = g_ptr_array_steal_index (self->undone, self->undone->len - 1);
    step_apply (step);
    g_ptr_array_add (self->done, step);
    NOTIFY_STATE (self);
  }
  return TRUE;
}

void
quadrant_undo_stack_mark_saved (QuadrantUndoStack *self)
{
  g_return_if_fail (QUADRANT_IS_UNDO_STACK (self));

  {
    SAVE_STATE (self);

    self->saved_serial = current_serial (self);
    NOTIFY_STATE (self);
  }
}

guint64
quadrant_undo_stack_get_state (QuadrantUndoStack *self)
{
  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), 0);
  return current_serial (self);
}

void
quadrant_undo_stack_mark_saved_state (QuadrantUndoStack *self,
                                      guint64            state)
{
  g_return_if_fail (QUADRANT_IS_UNDO_STACK (self));

  {
    SAVE_STATE (self);

    self->saved_serial = state;
    NOTIFY_STATE (self);
  }
}

gboolean
quadrant_undo_stack_is_dirty (QuadrantUndoStack *self)
{
  g_return_val_if_fail (QUADRANT_IS_UNDO_STACK (self), FALSE);
  return current_serial (self) != self->saved_serial;
}
