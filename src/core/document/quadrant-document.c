/* quadrant-document.c: one open register: properties, selection, load and save
 *
 * Drafts and the file monitor are in quadrant-document-disk.c.
 */
#define G_LOG_DOMAIN "quadrant-document"

#include "config.h"

#include <glib/gi18n.h>

#include "quadrant-document-private.h"
#include "quadrant-language.h"
#include "quadrant-reader.h"
#include "quadrant-writer.h"

G_DEFINE_FINAL_TYPE (QuadrantDocument, quadrant_document, G_TYPE_OBJECT)

GParamSpec *_quadrant_document_properties[N_PROPS];
#define properties _quadrant_document_properties

/* ---- Helpers ---- */

void
_quadrant_document_notify_unsaved (QuadrantDocument *self,
                                   gboolean          was_unsaved)
{
  if (was_unsaved != quadrant_document_get_unsaved (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
set_busy (QuadrantDocument *self,
          gboolean          busy)
{
  if (self->saving == !!busy)
    return;
  self->saving = !!busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
register_changed_cb (QuadrantDocument *self,
                     QuadrantRegister *reg)
{
  _quadrant_document_schedule_draft (self);
}

static void
register_dirty_cb (QuadrantDocument *self,
                   GParamSpec       *pspec,
                   QuadrantRegister *reg)
{
  /* The recovered flag does not change here, so the dirty flag decides. */
  if (!self->recovered)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

/* A party that left the register (deleted, undone) is no longer selected. */
static void
parties_changed_cb (QuadrantDocument *self,
                    guint             position,
                    guint             removed,
                    guint             added,
                    GListModel       *parties)
{
  QuadrantParty *party = self->selected_party;

  if (party == NULL || removed == 0)
    return;
  if (quadrant_register_find_party (self->reg, quadrant_party_get_id (party)) != party)
    quadrant_document_set_selected_party (self, NULL);
}

static void
disconnect_register (QuadrantDocument *self)
{
  if (self->reg == NULL)
    return;
  g_clear_signal_handler (&self->changed_handler, self->reg);
  g_clear_signal_handler (&self->dirty_handler, self->reg);
  g_clear_signal_handler (&self->items_handler, quadrant_register_get_parties (self->reg));
}

/* Makes reg (from file, with etag) the document's register. */
static void
set_contents (QuadrantDocument *self,
              QuadrantRegister *reg,
              GFile            *file,
              const char       *etag,
              gboolean          recovered)
{
  gboolean was_unsaved = self->reg != NULL && quadrant_document_get_unsaved (self);
  gboolean file_changed = !(self->file == file || (self->file != NULL && file != NULL
                                                   && g_file_equal (self->file, file)));
  g_autoptr(GFile) old_file = self->file != NULL ? g_object_ref (self->file) : NULL;

  quadrant_document_set_selected_party (self, NULL);
  disconnect_register (self);
  g_set_object (&self->reg, reg);
  self->changed_handler = g_signal_connect_object (reg, "changed", G_CALLBACK (register_changed_cb),
                                                   self, G_CONNECT_SWAPPED);
  self->dirty_handler = g_signal_connect_object (reg, "notify::dirty", G_CALLBACK (register_dirty_cb),
                                                 self, G_CONNECT_SWAPPED);
  self->items_handler = g_signal_connect_object (quadrant_register_get_parties (reg), "items-changed",
                                                 G_CALLBACK (parties_changed_cb), self,
                                                 G_CONNECT_SWAPPED);
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  self->recovered = recovered;

  if (!self->closed)
    _quadrant_document_restart_monitor (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
  if (file_changed)
    {
      if (!self->closed)
        _quadrant_document_lock_file_changed (self, old_file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  _quadrant_document_notify_unsaved (self, was_unsaved);
}

/* ---- Loading ---- */

typedef struct
{
  GFile            *file;      /* what is read */
  QuadrantDraft    *draft;     /* when recovering */
  QuadrantRegister *reg;       /* what was read */
  char             *etag;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->draft, quadrant_draft_free);
  g_clear_object (&data->reg);
  g_free (data->etag);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;

  data->reg = quadrant_reader_load_file (data->file, data->draft != NULL ? NULL : &data->etag,
                                         &error);
  if (data->reg == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Back on the main thread: the register read becomes the document's. */
static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);
  g_autoptr(GTask) outer = user_data;
  LoadData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  /* The old register is gone for good (untouched, or the user chose to
   * revert): its draft must not come back at the next start. */
  quadrant_document_discard_draft (self);
  if (data->draft != NULL)
    {
      set_contents (self, data->reg, data->draft->original, data->draft->etag, TRUE);
      /* Keep writing to the same draft, so that exactly one copy survives. */
      self->draft_id = g_strdup (data->draft->id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_ID]);
    }
  else
    set_contents (self, data->reg, data->file, data->etag, FALSE);

  g_task_return_boolean (outer, TRUE);
}

static void
start_load (QuadrantDocument    *self,
            LoadData            *data,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  GTask *outer = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GTask) task = g_task_new (self, cancellable, load_done_cb, outer);

  g_task_set_source_tag (outer, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/* ---- Saving ---- */

typedef struct
{
  GFile            *file;
  gboolean          overwrite;
  GBytes           *bytes;     /* serialised when the save starts */
  QuadrantRegister *reg;       /* and of which register, in which state */
  guint64           state;
  char             *expected_etag;
  char             *new_etag;
  QuadrantSafeFileNotice notice;  /* what the save changed besides the content */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_object (&data->reg);
  g_free (data->expected_etag);
  g_free (data->new_etag);
  g_free (data);
}

static void start_next_save (QuadrantDocument *self);

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (quadrant_writer_save_bytes (data->bytes, data->file, data->expected_etag,
                                  &data->new_etag, &data->notice, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);
  g_autoptr(GTask) outer = user_data;
  SaveData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  gboolean was_unsaved = quadrant_document_get_unsaved (self);
  gboolean same_file = self->file != NULL && g_file_equal (self->file, data->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
    }
  else if (data->reg != self->reg)
    {
      /* Another register was loaded meanwhile; this one was saved, no more. */
      g_task_return_boolean (outer, TRUE);
    }
  else
    {
      g_free (self->etag);
      self->etag = g_steal_pointer (&data->new_etag);
      self->save_notice = data->notice;
      if (!same_file)
        {
          g_autoptr(GFile) old_file = self->file != NULL ? g_object_ref (self->file) : NULL;

          g_set_object (&self->file, data->file);
          _quadrant_document_restart_monitor (self);
          _quadrant_document_leave_read_only (self);
          _quadrant_document_lock_file_changed (self, old_file);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
        }

      self->recovered = FALSE;
      quadrant_register_mark_saved_state (self->reg, data->state);
      quadrant_document_discard_draft (self);
      /* Edits made while the file was written still need their draft. */
      if (quadrant_register_is_dirty (self->reg))
        _quadrant_document_schedule_draft (self);
      _quadrant_document_notify_unsaved (self, was_unsaved);
      g_task_return_boolean (outer, TRUE);
    }

  set_busy (self, FALSE);
  _quadrant_document_saved_to_disk (self);
  start_next_save (self);
}

/* The bytes are ready (serialised here, where the register lives, in steps):
 * a worker writes them. */
static void
serialised_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);
  GTask *outer = user_data;
  SaveData *data = g_task_get_task_data (outer);
  g_autoptr(GTask) task = NULL;
  SaveData *copy;
  GError *error = NULL;
  gboolean same_file;

  data->bytes = _quadrant_document_serialise_finish (self, result, &data->reg, &data->state, &error);
  if (data->bytes == NULL)
    {
      g_task_return_error (outer, error);
      g_object_unref (outer);
      set_busy (self, FALSE);
      start_next_save (self);
      return;
    }

  same_file = self->file != NULL && g_file_equal (self->file, data->file);
  data->expected_etag = !data->overwrite && same_file ? g_strdup (self->etag) : NULL;

  /* The worker gets its own copy, so the outer task's data stays the caller's. */
  copy = g_new0 (SaveData, 1);
  copy->file = g_object_ref (data->file);
  copy->bytes = g_bytes_ref (data->bytes);
  copy->reg = g_object_ref (data->reg);
  copy->state = data->state;
  copy->expected_etag = g_strdup (data->expected_etag);

  task = g_task_new (self, g_task_get_cancellable (outer), save_done_cb, outer);
  g_task_set_task_data (task, copy, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static void
start_save (QuadrantDocument *self,
            GTask            *outer)
{
  SaveData *data = g_task_get_task_data (outer);

  if (g_task_return_error_if_cancelled (outer))
    {
      g_object_unref (outer);
      start_next_save (self);
      return;
    }

  if (data->file == NULL)
    data->file = self->file != NULL ? g_object_ref (self->file) : NULL;
  if (data->file == NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The register has no file to save to yet"));
      g_object_unref (outer);
      start_next_save (self);
      return;
    }

  /* Their file stays theirs: a read-only document saves under a new name only. */
  if (self->read_only && self->file != NULL && g_file_equal (data->file, self->file))
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                               _("The register is open read-only; save it under another name"));
      g_object_unref (outer);
      start_next_save (self);
      return;
    }

  set_busy (self, TRUE);
  _quadrant_document_serialise_async (self, TRUE, data->file, serialised_cb, outer);
}

static void
start_next_save (QuadrantDocument *self)
{
  GTask *next;

  if (self->saving)
    return;
  next = g_queue_pop_head (&self->pending_saves);
  if (next != NULL)
    start_save (self, next);
}

/* ---- GObject ---- */

static void
quadrant_document_dispose (GObject *object)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);

  quadrant_document_close (self);
  disconnect_register (self);
  g_clear_object (&self->selected_party);

  G_OBJECT_CLASS (quadrant_document_parent_class)->dispose (object);
}

static void
quadrant_document_finalize (GObject *object)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);

  g_assert (g_queue_is_empty (&self->pending_saves));
  g_clear_object (&self->reg);
  _quadrant_document_release_lock (self);
  g_clear_pointer (&self->other_lock, quadrant_lock_free);
  g_clear_pointer (&self->accepted_lock, quadrant_lock_free);
  g_clear_object (&self->file);
  g_free (self->etag);
  g_free (self->drafts_dir);
  g_free (self->draft_id);
  g_free (self->draft_to_remove);
  g_free (self->dismissed_etag);
  g_free (self->disk_etag);

  G_OBJECT_CLASS (quadrant_document_parent_class)->finalize (object);
}

static void
quadrant_document_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_DRAFT_ID:
      g_value_set_string (value, self->draft_id);
      break;
    case PROP_UNSAVED:
      g_value_set_boolean (value, quadrant_document_get_unsaved (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->saving);
      break;
    case PROP_SELECTED_PARTY:
      g_value_set_object (value, self->selected_party);
      break;
    case PROP_CHANGED_ON_DISK:
      g_value_set_boolean (value, self->changed_on_disk);
      break;
    case PROP_LOCKED_ELSEWHERE:
      g_value_set_boolean (value, self->other_lock != NULL);
      break;
    case PROP_DELETED_ON_DISK:
      g_value_set_boolean (value, self->deleted_on_disk);
      break;
    case PROP_DRAFT_INTERVAL:
      g_value_set_uint (value, self->draft_interval);
      break;
    case PROP_DRAFTS_DIR:
      g_value_set_string (value, self->drafts_dir);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_document_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QuadrantDocument *self = QUADRANT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_SELECTED_PARTY:
      quadrant_document_set_selected_party (self, g_value_get_object (value));
      break;
    case PROP_DRAFT_INTERVAL:
      quadrant_document_set_draft_interval (self, g_value_get_uint (value));
      break;
    case PROP_READ_ONLY:
      quadrant_document_set_read_only (self, g_value_get_boolean (value));
      break;
    case PROP_DRAFTS_DIR:
      if (g_value_get_string (value) != NULL)
        {
          g_free (self->drafts_dir);
          self->drafts_dir = g_value_dup_string (value);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
quadrant_document_class_init (QuadrantDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = quadrant_document_dispose;
  object_class->finalize = quadrant_document_finalize;
  object_class->get_property = quadrant_document_get_property;
  object_class->set_property = quadrant_document_set_property;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL, QUADRANT_TYPE_REGISTER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DRAFT_ID] =
    g_param_spec_string ("draft-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_PARTY] =
    g_param_spec_object ("selected-party", NULL, NULL, QUADRANT_TYPE_PARTY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CHANGED_ON_DISK] =
    g_param_spec_boolean ("changed-on-disk", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DELETED_ON_DISK] =
    g_param_spec_boolean ("deleted-on-disk", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCKED_ELSEWHERE] =
    g_param_spec_boolean ("locked-elsewhere", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* 0 until the window binds the setting: no drafts without it. */
  properties[PROP_DRAFT_INTERVAL] =
    g_param_spec_uint ("draft-interval", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DRAFTS_DIR] =
    g_param_spec_string ("drafts-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
quadrant_document_init (QuadrantDocument *self)
{
  g_queue_init (&self->pending_saves);
  self->drafts_dir = quadrant_drafts_get_default_dir ();
}

/* ---- Public API ---- */

QuadrantDocument *
quadrant_document_new (QuadrantRegister *reg,
                       GFile            *file,
                       const char       *etag)
{
  g_autoptr(QuadrantRegister) empty = NULL;
  QuadrantDocument *self;

  g_return_val_if_fail (reg == NULL || QUADRANT_IS_REGISTER (reg), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  if (reg == NULL)
    {
      /* A new register is written in the language the user reads. */
      reg = empty = quadrant_register_new ();
      quadrant_register_set_language (reg, quadrant_language_current ());
    }
  self = g_object_new (QUADRANT_TYPE_DOCUMENT, NULL);
  set_contents (self, reg, file, etag, FALSE);
  return self;
}

QuadrantRegister *
quadrant_document_get_register (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), NULL);
  return self->reg;
}

GFile *
quadrant_document_get_file (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
quadrant_document_get_etag (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), NULL);
  return self->etag;
}

const char *
quadrant_document_get_draft_id (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), NULL);
  return self->draft_id;
}

gboolean
quadrant_document_get_unsaved (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);
  return self->recovered || quadrant_register_is_dirty (self->reg);
}

gboolean
quadrant_document_is_untouched (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);

  return self->file == NULL
         && !self->recovered
         && !self->saving
         && !quadrant_register_is_dirty (self->reg)
         && !quadrant_register_can_undo (self->reg)
         && !quadrant_register_can_redo (self->reg);
}

QuadrantSafeFileNotice
quadrant_document_get_save_notice (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), QUADRANT_SAFE_FILE_NOTICE_NONE);
  return self->save_notice;
}

gboolean
quadrant_document_get_busy (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), FALSE);
  return self->saving;
}

QuadrantParty *
quadrant_document_get_selected_party (QuadrantDocument *self)
{
  g_return_val_if_fail (QUADRANT_IS_DOCUMENT (self), NULL);
  return self->selected_party;
}

void
quadrant_document_set_selected_party (QuadrantDocument *self,
                                      QuadrantParty    *party)
{
  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));
  g_return_if_fail (party == NULL || QUADRANT_IS_PARTY (party));

  if (g_set_object (&self->selected_party, party))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PARTY]);
}

void
quadrant_document_load_async (QuadrantDocument    *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  LoadData *data;

  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  start_load (self, data, quadrant_document_load_async, cancellable, callback, user_data);
}

gboolean
quadrant_document_load_finish (QuadrantDocument  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
quadrant_document_recover_async (QuadrantDocument    *self,
                                 const QuadrantDraft *draft,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  LoadData *data;

  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));
  g_return_if_fail (draft != NULL);

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (draft->file);
  data->draft = quadrant_draft_copy (draft);
  start_load (self, data, quadrant_document_recover_async, cancellable, callback, user_data);
}

gboolean
quadrant_document_recover_finish (QuadrantDocument  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
quadrant_document_save_async (QuadrantDocument    *self,
                              GFile               *file,
                              gboolean             overwrite,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;
  SaveData *data;

  g_return_if_fail (QUADRANT_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, quadrant_document_save_async);
  data = g_new0 (SaveData, 1);
  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->overwrite = overwrite;
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  g_queue_push_tail (&self->pending_saves, task);
  start_next_save (self);
}

gboolean
quadrant_document_save_finish (QuadrantDocument  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
