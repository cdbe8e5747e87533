/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpSprint: a sprint, its goal, dates, state and review notes; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_SPRINT (wp_sprint_get_type ())

G_DECLARE_FINAL_TYPE (WpSprint, wp_sprint, WP, SPRINT, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_SPRINT_NAME,
  WP_SPRINT_GOAL,
  WP_SPRINT_START,
  WP_SPRINT_END,
  WP_SPRINT_STATE,
  WP_SPRINT_REVIEW_NOTES,
  WP_SPRINT_GOAL_MET,
  WP_SPRINT_REVIEW_SLIDES,
  WP_SPRINT_COMMITTED_POINTS,
  WP_SPRINT_UNFINISHED_ITEMS,
  WP_SPRINT_N_FIELDS
};

G_END_DECLS
