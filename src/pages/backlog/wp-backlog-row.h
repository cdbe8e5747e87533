/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpBacklogRow: one item or release line of the ranked backlog (wp-backlog-row.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_BACKLOG_ROW (wp_backlog_row_get_type ())

G_DECLARE_FINAL_TYPE (WpBacklogRow, wp_backlog_row, WP, BACKLOG_ROW, AdwBin)

WpBacklogRow *wp_backlog_row_new          (void);
void          wp_backlog_row_bind         (WpBacklogRow *self,
                                           WpDocument   *document,
                                           WpEntity     *entity,
                                           guint         number,
                                           guint         customers);
void          wp_backlog_row_unbind       (WpBacklogRow *self);
WpEntity     *wp_backlog_row_get_entity   (WpBacklogRow *self);
void          wp_backlog_row_set_number   (WpBacklogRow *self,
                                           guint         number);
void          wp_backlog_row_set_compact  (WpBacklogRow *self,
                                           gboolean      compact);
void          wp_backlog_row_set_points   (WpBacklogRow *self,
                                           double        points);
void          wp_backlog_row_set_score    (WpBacklogRow *self,
                                           int           score);
void          wp_backlog_row_set_forecast (WpBacklogRow *self,
                                           const char   *forecast,
                                           const char   *forecast_more,
                                           gboolean      late);
void          wp_backlog_row_refresh      (WpBacklogRow *self);
void          wp_backlog_row_set_preview  (WpBacklogRow *self,
                                           const char   *preview,
                                           gboolean      late);
void          wp_backlog_row_edit_title   (WpBacklogRow *self);
gboolean      wp_backlog_row_get_editing  (WpBacklogRow *self);

G_END_DECLS
