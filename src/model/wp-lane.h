/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpLane: a roadmap lane that groups roadmap entries; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_LANE (wp_lane_get_type ())

G_DECLARE_FINAL_TYPE (WpLane, wp_lane, WP, LANE, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_LANE_TITLE,
  WP_LANE_N_FIELDS
};

G_END_DECLS
