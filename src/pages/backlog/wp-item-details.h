/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpItemDetails: every field of one backlog item, to edit (wp-item-details.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_ITEM_DETAILS (wp_item_details_get_type ())

G_DECLARE_FINAL_TYPE (WpItemDetails, wp_item_details, WP, ITEM_DETAILS, AdwBin)

void      wp_item_details_set_item (WpItemDetails *self,
                                    WpDocument    *document,
                                    WpEntity      *item);
WpEntity *wp_item_details_get_item (WpItemDetails *self);

G_END_DECLS
