/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFeedbackResults: the feedback entries a WpFeedbackQuery keeps, as a GListModel. */
#pragma once

#include "wp-feedback-query.h"

G_BEGIN_DECLS

#define WP_TYPE_FEEDBACK_RESULTS (wp_feedback_results_get_type ())

G_DECLARE_FINAL_TYPE (WpFeedbackResults, wp_feedback_results, WP, FEEDBACK_RESULTS, GObject)

WpFeedbackResults *wp_feedback_results_new (WpDocument      *document,
                                            WpFeedbackQuery *query);

G_END_DECLS
