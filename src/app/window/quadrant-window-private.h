/* quadrant-window-private.h: what the parts of QuadrantWindow share
 *
 * quadrant-window.c has the widgets, pages, title and undo state;
 * quadrant-window-actions.c the edit, page and export actions;
 * quadrant-window-files.c opening, saving, closing and recent files;
 * quadrant-window-disk.c the changed-on-disk and lock bars;
 * quadrant-window-read-only.c what a read-only document turns off.
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
  GtkStack             *content_stack;   /* the pages, or the welcome page */
  GtkStack             *title_stack;     /* the view switcher, or the name */
  GtkWidget            *welcome_page;
  AdwToastOverlay      *toast_overlay;
  GtkMenuButton        *menu_button;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkBox               *bars_box;  /* the header bar and the bars under it */
  GtkInfoBar           *disk_bar;
  GtkLabel             *disk_bar_label;
  GtkWidget            *disk_bar_reload;
  GtkInfoBar           *lock_bar;   /* someone else has the file open (made in code) */
  GtkLabel             *lock_bar_label;
  GtkWidget            *lock_bar_edit;     /* Edit Anyway, when read-only */
  GtkWidget            *lock_bar_dismiss;
  GMenu                *recent_menu;

  /* Pages (created in code, so the window builds before every view exists) */
  GtkWidget            *parties_view;
  GtkWidget            *requirements_view;
  GtkWidget            *map_page;
  GtkWidget            *findings_view;
  AdwViewStackPage     *findings_page;

  /* Owned references */
  QuadrantDocument     *document;
  QuadrantRegister     *reg;             /* the document's, while connected */
  GSettings            *settings;
  GtkNativeDialog      *chooser;
  GPtrArray            *close_tasks;     /* GTasks waiting for the close question */
  GBinding             *list_selection;  /* the document's selection and the pages' */
  GBinding             *map_selection;

  /* State */
  gulong                changed_handler;
  gulong                notify_handler;
  guint                 undo_source;
  guint                 bind_source;
  guint                 bound_pages;       /* bits of the pages that have the document */
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
/* Leaves the welcome page for the register's pages (no-op when not shown). */
void     _quadrant_window_hide_welcome   (QuadrantWindow   *self);
void     _quadrant_window_show_error     (QuadrantWindow   *self,
                                          const char       *heading,
                                          const char       *body);

/* quadrant-window-actions.c */
void     _quadrant_window_actions_class_init (GtkWidgetClass *widget_class);

/* quadrant-window-files.c */
void     _quadrant_window_files_class_init (GtkWidgetClass *widget_class);
void     _quadrant_window_files_init       (QuadrantWindow *self);
void     _quadrant_window_files_dispose    (QuadrantWindow *self);
gboolean _quadrant_window_close_request  (QuadrantWindow   *self);
char    *_quadrant_window_document_name  (QuadrantWindow   *self);
/* Reloads the file, asking first when that throws away unsaved changes. */
void     _quadrant_window_reload_with_confirmation (QuadrantWindow *self);

/* quadrant-window-disk.c: the bar that says the file changed on disk */
void     _quadrant_window_disk_init      (QuadrantWindow   *self);
/* Shows or hides the bar after the document's disk state. */
void     _quadrant_window_update_disk_bar (QuadrantWindow  *self);
/* Shows or hides the bar that says who else has the file open. */
void     _quadrant_window_update_lock_bar (QuadrantWindow  *self);
/* Before a save over the document's own file: when someone else has it
 * open and the user has not yet chosen to work over their lock (Open,
 * Edit or Save Anyway), asks whether to save over their work and returns TRUE; answered
 * (save: TRUE to go on) calls back with task. FALSE: nobody else, save. */
typedef void (*QuadrantWindowLockAnswer) (QuadrantWindow *self,
                                          GTask          *task,
                                          gboolean        save);
gboolean _quadrant_window_ask_lock       (QuadrantWindow          *self,
                                          GTask                   *task,
                                          QuadrantWindowLockAnswer answered);

/* quadrant-window-read-only.c: follows the document's read-only property:
 * the pages, the edit actions and the bar. */
void     _quadrant_window_update_read_only (QuadrantWindow *self);
/* Whether the window's document may be edited now. */
gboolean _quadrant_window_can_edit        (QuadrantWindow *self);

G_END_DECLS
