/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What WpWindow's parts share: wp-window.c, wp-window-files.c and wp-window-drafts.c. */
#pragma once

#include "wp-document.h"
#include "wp-window.h"

G_BEGIN_DECLS

struct _WpWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwStatusPage        *welcome_page;
  AdwStatusPage        *opening_page;
  GtkWidget            *drafts_group;
  GtkListBox           *drafts_list;
  GtkWidget            *recent_group;
  GtkListBox           *recent_list;
  AdwViewStack         *view_stack;
  GtkMenuButton        *primary_menu_button;
  GtkRevealer          *conflicts_banner;
  GtkLabel             *conflicts_label;
  GMenu                *export_menu;

  GtkWidget            *focus_before_menu;  /* weak */
  GtkWindow            *shortcuts_window;   /* (nullable) until Ctrl+? */

  GPtrArray            *pages;          /* WpPageSlots in the view switcher's order, not owned */

  GSettings            *settings;
  GtkStringList        *recent_uris;
  GListStore           *drafts;

  /* The open document */
  WpDocument           *document;
  GFile                *file;
  char                 *etag;
  gboolean              read_only;
  char                 *draft_id;
  guint                 draft_source;
  GFileMonitor         *monitor;
  guint                 monitor_source;
  GStrv                 problems;
  gboolean              close_confirmed;
};

void _wp_window_set_document      (WpWindow   *self,
                                   WpDocument *document,
                                   GFile      *file,
                                   const char *etag,
                                   gboolean    read_only);
void _wp_window_show_toast        (WpWindow   *self,
                                   const char *message);
void _wp_window_show_error        (WpWindow   *self,
                                   const char *heading,
                                   const char *body);
char *_wp_window_dup_title        (WpWindow   *self);
WpEntity *_wp_window_pick_sprint  (WpWindow   *self);
void _wp_window_update_state      (WpWindow   *self);
void _wp_window_reload_drafts     (WpWindow   *self);

/* wp-window-files.c */
typedef void (*SavedCallback) (WpWindow *self);

void     _wp_window_class_init_files    (GtkWidgetClass   *widget_class);
gboolean _wp_window_close_request       (WpWindow        *self);
char    *_wp_window_describe_error      (const GError    *error);
void     _wp_window_save                (WpWindow         *self,
                                         SavedCallback     then);
void     _wp_window_connect_response    (AdwMessageDialog *dialog,
                                         GCallback         callback,
                                         WpWindow         *self);

/* wp-window-interop.c */
void     _wp_window_class_init_interop  (GtkWidgetClass  *widget_class);
void     _wp_window_fill_export_menu    (GMenu           *menu);
void     _wp_window_watch_conflicts     (WpWindow        *self);

/* wp-window-drafts.c */
void     _wp_window_class_init_drafts   (GtkWidgetClass  *widget_class);
void     _wp_window_init_drafts         (WpWindow        *self);
void     _wp_window_schedule_draft      (WpWindow        *self);
gboolean _wp_window_write_draft         (gpointer         user_data);
void     _wp_window_offer_draft_of_file (WpWindow        *self);
void     _wp_window_watch_file          (WpWindow        *self);
void     _wp_window_dispose_drafts      (WpWindow        *self);

G_END_DECLS
