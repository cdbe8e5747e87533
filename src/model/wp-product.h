/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpProduct: the product itself, its vision board and Definition of Done; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_PRODUCT (wp_product_get_type ())

G_DECLARE_FINAL_TYPE (WpProduct, wp_product, WP, PRODUCT, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_PRODUCT_NAME,
  WP_PRODUCT_VISION,
  WP_PRODUCT_TARGET_GROUP,
  WP_PRODUCT_NEEDS,
  WP_PRODUCT_PRODUCT,
  WP_PRODUCT_BUSINESS_GOALS,
  WP_PRODUCT_DEFINITION_OF_DONE,
  WP_PRODUCT_SCORE_COLUMN,
  WP_PRODUCT_REACH_FROM,
  WP_PRODUCT_REACH_DAYS,
  WP_PRODUCT_SCORECARD,
  WP_PRODUCT_N_FIELDS
};

G_END_DECLS
