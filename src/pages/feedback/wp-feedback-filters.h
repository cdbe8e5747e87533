/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFeedbackFilters: the Feedback page's row of filters (wp-feedback-filters.c). */
#pragma once

#include <adwaita.h>

#include "wp-feedback-query.h"

G_BEGIN_DECLS

#define WP_TYPE_FEEDBACK_FILTERS (wp_feedback_filters_get_type ())

G_DECLARE_FINAL_TYPE (WpFeedbackFilters, wp_feedback_filters, WP, FEEDBACK_FILTERS, AdwBin)

void wp_feedback_filters_set_query  (WpFeedbackFilters *self,
                                     WpFeedbackQuery   *query);
void wp_feedback_filters_set_active (WpFeedbackFilters *self,
                                     gboolean           active);
void wp_feedback_filters_refill     (WpFeedbackFilters *self);
void wp_feedback_filters_clear      (WpFeedbackFilters *self);

G_END_DECLS
