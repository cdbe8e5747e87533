/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpBacklogView: the Backlog page, the ranked list and its release lines (wp-backlog-view.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_BACKLOG_VIEW (wp_backlog_view_get_type ())

G_DECLARE_FINAL_TYPE (WpBacklogView, wp_backlog_view, WP, BACKLOG_VIEW, AdwBin)

void        wp_backlog_view_set_document (WpBacklogView *self,
                                          WpDocument    *document);
GListModel *wp_backlog_view_get_model    (WpBacklogView *self);
WpEntity   *wp_backlog_view_get_selected (WpBacklogView *self);
GPtrArray  *wp_backlog_view_get_selection (WpBacklogView *self);
void        wp_backlog_view_select       (WpBacklogView *self,
                                          WpEntity      *entity);
GListModel *wp_backlog_view_get_proposal (WpBacklogView *self);
void        wp_backlog_view_reveal       (WpBacklogView *self,
                                          WpEntity      *item);
void        wp_backlog_view_search       (WpBacklogView *self,
                                          const char    *text);
gboolean    wp_backlog_view_drop         (WpBacklogView *self,
                                          WpEntity      *entity,
                                          guint          position);
gboolean    wp_backlog_view_drop_entities (WpBacklogView *self,
                                           GPtrArray     *entities,
                                           guint          position);
void           wp_backlog_view_hover_entities (WpBacklogView *self,
                                               GPtrArray     *entities,
                                               guint          slot);

G_END_DECLS
