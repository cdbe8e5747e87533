/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpBoardColumn: one column of the board and its cards (wp-board-column.c). */
#pragma once

#include <adwaita.h>

#include "wp-demand.h"
#include "wp-document.h"

G_BEGIN_DECLS

/* A drop that changes the column only, keeping the item's place in the backlog. */
#define WP_BOARD_KEEP_RANK G_MAXUINT

#define WP_TYPE_BOARD_COLUMN (wp_board_column_get_type ())

G_DECLARE_FINAL_TYPE (WpBoardColumn, wp_board_column, WP, BOARD_COLUMN, AdwBin)

WpBoardColumn *wp_board_column_new          (WpDocument    *document,
                                             GListModel    *items,
                                             WpEntity      *column,
                                             WpDemand      *demand);
WpEntity      *wp_board_column_get_column   (WpBoardColumn *self);
GListModel    *wp_board_column_get_model    (WpBoardColumn *self);
void           wp_board_column_set_sprint   (WpBoardColumn *self,
                                             const char    *sprint_id);
void           wp_board_column_set_lane     (WpBoardColumn *self,
                                             const char    *epic_id);
const char    *wp_board_column_get_lane     (WpBoardColumn *self);
WpEntity      *wp_board_column_get_selected (WpBoardColumn *self);
void           wp_board_column_select       (WpBoardColumn *self,
                                             WpEntity      *item);
gboolean       wp_board_column_drop         (WpBoardColumn *self,
                                             WpItem        *item,
                                             guint          slot);
void           wp_board_column_update_header (WpBoardColumn *self);

G_END_DECLS
