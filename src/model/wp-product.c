/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpProduct: The product itself: its name, the vision board and the Definition of Done. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-product.h"

struct _WpProduct
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpProduct, wp_product, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "name", WP_FIELD_STRING },
  { "vision", WP_FIELD_STRING },
  { "target_group", WP_FIELD_STRING },
  { "needs", WP_FIELD_STRING },
  { "product", WP_FIELD_STRING },
  { "business_goals", WP_FIELD_STRING },
  { "definition_of_done", WP_FIELD_STRV },
  { "score_column", WP_FIELD_CHOICE, TRUE, .choices = wp_score_columns, .default_choice = NULL,
    .optional = TRUE },
  { "reach_from", WP_FIELD_CHOICE, TRUE, .choices = wp_reach_sources, .default_choice = NULL,
    .optional = TRUE },
  { "reach_days", WP_FIELD_INT, .min = 0, .max = 3650, .optional = TRUE },
  { "scorecard", WP_FIELD_JSON, .optional = TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_PRODUCT_N_FIELDS);

static void
wp_product_class_init (WpProductClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_PRODUCT,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_product_init (WpProduct *self)
{
}
