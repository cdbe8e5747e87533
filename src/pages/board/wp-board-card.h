/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpBoardCard: one item on the board (wp-board-card.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_BOARD_CARD (wp_board_card_get_type ())

G_DECLARE_FINAL_TYPE (WpBoardCard, wp_board_card, WP, BOARD_CARD, AdwBin)

WpBoardCard *wp_board_card_new      (void);
void         wp_board_card_bind     (WpBoardCard *self,
                                     WpDocument  *document,
                                     WpEntity    *item,
                                     guint        customers);
void         wp_board_card_unbind   (WpBoardCard *self);
WpEntity    *wp_board_card_get_item (WpBoardCard *self);

G_END_DECLS
