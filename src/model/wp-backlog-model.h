/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpBacklogModel: the backlog as one list, items with the release lines merged in by rank. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_BACKLOG_MODEL (wp_backlog_model_get_type ())

G_DECLARE_FINAL_TYPE (WpBacklogModel, wp_backlog_model, WP, BACKLOG_MODEL, GObject)

WpBacklogModel *wp_backlog_model_new (WpDocument *document,
                                      GListModel *items);

G_END_DECLS
