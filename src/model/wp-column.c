/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpColumn: a column of the board: one step of the team’s workflow, with an
 * optional WIP limit (0 = none).
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-column.h"

struct _WpColumn
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpColumn, wp_column, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "title", WP_FIELD_STRING },
  { "wip_limit", WP_FIELD_INT, .min = 0, .max = 100000 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_COLUMN_N_FIELDS);

static void
wp_column_class_init (WpColumnClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_COLUMN,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_column_init (WpColumn *self)
{
}
