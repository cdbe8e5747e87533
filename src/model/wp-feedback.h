/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFeedback: a piece of customer feedback; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_FEEDBACK (wp_feedback_get_type ())

G_DECLARE_FINAL_TYPE (WpFeedback, wp_feedback, WP, FEEDBACK, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_FEEDBACK_RECEIVED,
  WP_FEEDBACK_CUSTOMER,
  WP_FEEDBACK_SEGMENT,
  WP_FEEDBACK_SOURCE,
  WP_FEEDBACK_TEXT,
  WP_FEEDBACK_IMPORTANCE,
  WP_FEEDBACK_ITEMS,
  WP_FEEDBACK_TAGS,
  WP_FEEDBACK_N_FIELDS
};

G_END_DECLS
