/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpColumn: a column of the board, one step of the workflow; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_COLUMN (wp_column_get_type ())

G_DECLARE_FINAL_TYPE (WpColumn, wp_column, WP, COLUMN, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_COLUMN_TITLE,
  WP_COLUMN_WIP_LIMIT,
  WP_COLUMN_N_FIELDS
};

G_END_DECLS
