/* quadrant-reader-build.c: building the model
 *
 * The parser does not touch the model: it emits ops, which a builder applies.
 * For a large file the parser runs in a thread of its own and the builder in
 * the calling thread, so that libxml2 and the creation of thousands of
 * objects overlap; both only ever see values that were already checked.
 */
#define G_LOG_DOMAIN "quadrant-reader"

#include "config.h"

#include <string.h>

#include "quadrant-reader-private.h"

/* The object of the builder that a field belongs to. */
static inline gpointer
field_target (Builder                 *builder,
              const QuadrantFieldInfo *info)
{
  switch (info->object)
    {
    case QUADRANT_FIELD_OBJECT_REGISTER: return builder->reg;
    case QUADRANT_FIELD_OBJECT_PARTY: return builder->party;
    case QUADRANT_FIELD_OBJECT_REQUIREMENT: return builder->requirement;
    default: g_assert_not_reached ();
    }
}

/* Moves everything in from (which is freed) to the end of into. */
void
_quadrant_reader_move_extras (QuadrantExtras *into,
                              QuadrantExtras *from)
{
  quadrant_extras_merge (into, from);
}

void
_quadrant_reader_apply_batch (Builder *builder,
                              Batch   *batch)
{
  /* The whole table, indexed by QuadrantField. */
  const QuadrantFieldInfo *fields = quadrant_field_get_info (0);

  for (guint i = 0; i < batch->n_ops; i++)
    {
      const Op *op = &batch->ops[i];
      const char *text = op->text != NO_TEXT ? (const char *) batch->text->data + op->text : NULL;

      switch ((OpCode) op->code)
        {
        case OP_TEXT:
          fields[op->field].set_text (field_target (builder, &fields[op->field]), text);
          break;
        case OP_NUMBER:
          fields[op->field].set_number (field_target (builder, &fields[op->field]), op->number);
          break;
        case OP_PARTY:
          g_clear_object (&builder->party);
          g_ptr_array_set_size (builder->requirements, 0);
          builder->party = quadrant_party_new (text);
          break;
        case OP_PARTY_EXTRAS:
          _quadrant_reader_move_extras (quadrant_party_get_extras (builder->party), op->pointer);
          break;
        case OP_PARTY_END:
          _quadrant_party_append_requirements (builder->party,
                                               (QuadrantRequirement **) builder->requirements->pdata,
                                               builder->requirements->len);
          g_ptr_array_set_size (builder->requirements, 0);
          quadrant_register_append_party_unrecorded (builder->reg, builder->party);
          g_clear_object (&builder->party);
          break;
        case OP_REQUIREMENT:
          g_clear_object (&builder->requirement);
          g_clear_pointer (&builder->references, g_ptr_array_unref);
          builder->requirement = quadrant_requirement_new (text);
          break;
        case OP_REFERENCE:
          if (builder->references == NULL)
            builder->references = quadrant_reference_array_new ();
          g_ptr_array_add (builder->references, quadrant_reference_new (op->field, text));
          ((QuadrantReference *) g_ptr_array_index (builder->references, builder->references->len - 1))->extras =
            op->pointer;
          break;
        case OP_REQUIREMENT_EXTRAS:
          _quadrant_reader_move_extras (quadrant_requirement_get_extras (builder->requirement), op->pointer);
          break;
        case OP_REQUIREMENT_END:
          if (builder->references != NULL)
            quadrant_requirement_set_references (builder->requirement, builder->references);
          g_clear_pointer (&builder->references, g_ptr_array_unref);
          /* appended all at once at the party's end */
          g_ptr_array_add (builder->requirements, g_steal_pointer (&builder->requirement));
          break;
        case OP_REVISION:
          quadrant_register_append_revision_unrecorded (builder->reg, op->pointer);
          g_object_unref (op->pointer);
          break;
        case OP_REGISTER_EXTRAS:
          _quadrant_reader_move_extras (quadrant_register_get_extras (builder->reg), op->pointer);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  batch->n_ops = 0;
  g_byte_array_set_size (batch->text, 0);
}

/* Hands the current batch to the builder; with last, the parser is done. */
void
_quadrant_reader_flush (Reader   *self,
                        gboolean  last)
{
  Batch *batch = self->batch;

  batch->last = last;
  if (self->threaded)
    {
      g_async_queue_push (self->full, batch);
      self->batch = last ? NULL : g_async_queue_pop (self->empty);
    }
  else
    _quadrant_reader_apply_batch (self->builder, batch);
}

Op *
_quadrant_reader_emit (Reader     *self,
                       OpCode      code,
                       guint       field,
                       const char *text)
{
  Op *op;

  if (self->batch->n_ops == BATCH_OPS)
    _quadrant_reader_flush (self, FALSE);

  op = &self->batch->ops[self->batch->n_ops++];
  op->code = code;
  op->field = field;
  op->number = 0;
  op->pointer = NULL;
  op->text = NO_TEXT;
  if (text != NULL)
    {
      /* text from _quadrant_reader_read_text() has its length at hand */
      gsize length = self->text != NULL && text == self->text->str ? self->text->len : strlen (text);

      op->text = self->batch->text->len;
      g_byte_array_append (self->batch->text, (const guint8 *) text, length + 1);
    }
  return op;
}

void
_quadrant_reader_emit_number (Reader *self,
                              OpCode  code,
                              guint   field,
                              int     number)
{
  _quadrant_reader_emit (self, code, field, NULL)->number = number;
}

void
_quadrant_reader_emit_pointer (Reader   *self,
                               OpCode    code,
                               gpointer  pointer)
{
  if (pointer != NULL)
    _quadrant_reader_emit (self, code, 0, NULL)->pointer = pointer;
}
