/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpBoardView: the Board page, its columns and swimlanes (wp-board-view.c). */
#pragma once

#include <adwaita.h>

#include "wp-board-column.h"
#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_BOARD_VIEW (wp_board_view_get_type ())

G_DECLARE_FINAL_TYPE (WpBoardView, wp_board_view, WP, BOARD_VIEW, AdwBin)

void           wp_board_view_set_document (WpBoardView *self,
                                           WpDocument  *document);
WpBoardColumn *wp_board_view_get_column   (WpBoardView *self,
                                           guint        index);
void           wp_board_view_show_lanes   (WpBoardView *self,
                                           gboolean     lanes);
void           wp_board_view_show_all     (WpBoardView *self,
                                           gboolean     all);

G_END_DECLS
