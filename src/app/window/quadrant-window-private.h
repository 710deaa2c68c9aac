/* quadrant-window-private.h: what the parts of QuadrantWindow share
 *
 * quadrant-window.c has the widgets, pages, title, undo and the edit actions;
 * quadrant-window-files.c opening, saving, closing and recent files;
 * quadrant-window-disk.c drafts and the file monitor.
 */
#pragma once

#include "quadrant-window.h"

G_BEGIN_DECLS

struct _QuadrantWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwViewSwitcherTitle *switcher_title;
  AdwWindowTitle       *document_title;
  AdwViewStack         *stack;
  AdwToastOverlay      *toast_overlay;
  GtkMenuButton        *menu_button;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkBox               *bars_box;  /* the header bar and the bars under it */
  GtkInfoBar           *disk_bar;
  GtkLabel             *disk_bar_label;
  GtkWidget            *disk_bar_reload;
  GMenu                *recent_menu;

  /* Pages (created in code, so the window builds before every view exists) */
  GtkWidget            *parties_view;
  GtkWidget            *requirements_view;
  GtkWidget            *map_page;
  GtkWidget            *findings_view;
  AdwViewStackPage     *findings_page;

  /* Owned references */
  QuadrantRegister     *document;
  GFile                *file;
  char                 *etag;
  GFileMonitor         *monitor;
  GSettings            *settings;
  char                 *draft_id;
  char                 *dismissed_etag;  /* the change on disk the user dismissed */
  GtkNativeDialog      *chooser;
  GPtrArray            *close_tasks;     /* GTasks waiting for the close question */

  /* State */
  gulong                changed_handler;
  gulong                notify_handler;
  guint                 draft_source;
  guint                 undo_source;
  guint                 bind_source;
  guint                 bound_pages;       /* bits of the pages that have the document */
  guint                 monitor_source;
  guint                 recovered : 1;     /* unsaved although the register is at its saved point */
  guint                 syncing_selection : 1; /* the Parties page and the map follow each other */
  guint                 close_confirmed : 1;
  guint                 closing : 1;       /* a close question is open */
};

/* quadrant-window.c */
void     _quadrant_window_update_title   (QuadrantWindow   *self);
void     _quadrant_window_update_actions (QuadrantWindow   *self);
/* Gives one page, or all of them, the window's document if not yet done. */
void     _quadrant_window_bind_page      (QuadrantWindow   *self,
                                          GtkWidget        *page);
void     _quadrant_window_bind_pages     (QuadrantWindow   *self);
void     _quadrant_window_show_error     (QuadrantWindow   *self,
                                          const char       *heading,
                                          const char       *body);

/* quadrant-window-files.c */
void     _quadrant_window_files_class_init (GtkWidgetClass *widget_class);
void     _quadrant_window_files_init       (QuadrantWindow *self);
void     _quadrant_window_files_dispose    (QuadrantWindow *self);
gboolean _quadrant_window_close_request  (QuadrantWindow   *self);
char    *_quadrant_window_document_name  (QuadrantWindow   *self);
/* Reloads the file, asking first when that throws away unsaved changes. */
void     _quadrant_window_reload_with_confirmation (QuadrantWindow *self);

/* quadrant-window-disk.c */
void     _quadrant_window_disk_init      (QuadrantWindow   *self);
void     _quadrant_window_disk_dispose   (QuadrantWindow   *self);
/* Called when the document or its file changes: drops the old document's
 * draft and watches the new file. */
void     _quadrant_window_disk_document_changed (QuadrantWindow   *self,
                                                 QuadrantRegister *old_document);
void     _quadrant_window_write_draft    (QuadrantWindow   *self);
void     _quadrant_window_remove_draft   (QuadrantWindow   *self);
void     _quadrant_window_restart_monitor (QuadrantWindow  *self);
void     _quadrant_window_hide_disk_bar  (QuadrantWindow   *self);
/* Called after every edit: a draft is written within draft-interval seconds. */
void     _quadrant_window_schedule_draft (QuadrantWindow   *self);

G_END_DECLS
