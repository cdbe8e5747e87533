/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpItem: a backlog item, ordered by its rank key; its field indexes; what a search finds. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_ITEM (wp_item_get_type ())

G_DECLARE_FINAL_TYPE (WpItem, wp_item, WP, ITEM, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_ITEM_RANK,
  WP_ITEM_TITLE,
  WP_ITEM_DESCRIPTION,
  WP_ITEM_KIND,
  WP_ITEM_STATUS,
  WP_ITEM_ESTIMATE,
  WP_ITEM_VALUE,
  WP_ITEM_EFFORT,
  WP_ITEM_REACH,
  WP_ITEM_IMPACT,
  WP_ITEM_CONFIDENCE,
  WP_ITEM_TIME_CRITICALITY,
  WP_ITEM_RISK_REDUCTION,
  WP_ITEM_RATINGS,
  WP_ITEM_MOSCOW,
  WP_ITEM_LABELS,
  WP_ITEM_EPIC,
  WP_ITEM_SPRINT,
  WP_ITEM_RELEASE,
  WP_ITEM_ACCEPTANCE,
  WP_ITEM_DONE,
  WP_ITEM_CREATED,
  WP_ITEM_UPDATED,
  WP_ITEM_STATUS_HISTORY,
  WP_ITEM_N_FIELDS
};

gboolean wp_item_holds_text (WpEntity   *item,
                             const char *folded_needle);

G_END_DECLS
