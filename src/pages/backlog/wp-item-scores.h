/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpItemScores: an item's RICE and WSJF numbers in its details, and its scores explained. */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_ITEM_SCORES (wp_item_scores_get_type ())

G_DECLARE_FINAL_TYPE (WpItemScores, wp_item_scores, WP, ITEM_SCORES, AdwPreferencesGroup)

void wp_item_scores_show (WpItemScores *self,
                          WpDocument   *document,
                          WpEntity     *item);

G_END_DECLS
