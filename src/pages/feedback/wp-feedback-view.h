/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFeedbackView: the Feedback page, what customers said (wp-feedback-view.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_FEEDBACK_VIEW (wp_feedback_view_get_type ())

G_DECLARE_FINAL_TYPE (WpFeedbackView, wp_feedback_view, WP, FEEDBACK_VIEW, AdwBin)

void        wp_feedback_view_set_document (WpFeedbackView *self,
                                           WpDocument     *document);
GListModel *wp_feedback_view_get_model    (WpFeedbackView *self);
WpEntity   *wp_feedback_view_get_selected (WpFeedbackView *self);
GPtrArray  *wp_feedback_view_get_selection (WpFeedbackView *self);
void        wp_feedback_view_link         (WpFeedbackView *self,
                                           WpEntity       *item);
WpEntity   *wp_feedback_view_create_item  (WpFeedbackView *self);
GtkListBox *wp_feedback_view_get_requested (WpFeedbackView *self);
void        wp_feedback_view_search       (WpFeedbackView *self,
                                           const char     *text);
void        wp_feedback_view_sort         (WpFeedbackView *self,
                                           guint           column,
                                           GtkSortType     direction);

G_END_DECLS
