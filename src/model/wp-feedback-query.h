/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFeedbackQuery: which feedback entries the Feedback page shows, by search and filters. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

/* Which entries the linked filter keeps. */
typedef enum {
  WP_LINKED_ANY,
  WP_LINKED_YES,
  WP_LINKED_NO,
} WpLinkedFilter;

/* How a change of the query changed what it keeps, as GtkFilterChange says it. */
typedef enum {
  WP_QUERY_DIFFERENT,
  WP_QUERY_LESS_STRICT,
  WP_QUERY_MORE_STRICT,
} WpQueryChange;

#define WP_TYPE_FEEDBACK_QUERY (wp_feedback_query_get_type ())

G_DECLARE_FINAL_TYPE (WpFeedbackQuery, wp_feedback_query, WP, FEEDBACK_QUERY, GObject)

WpFeedbackQuery *wp_feedback_query_new          (WpDocument      *document);
void             wp_feedback_query_set_text     (WpFeedbackQuery *self,
                                                 const char      *text);
void             wp_feedback_query_set_field    (WpFeedbackQuery *self,
                                                 guint            field,
                                                 const char      *value);
const char      *wp_feedback_query_get_field    (WpFeedbackQuery *self,
                                                 guint            field);
void             wp_feedback_query_set_importance (WpFeedbackQuery *self,
                                                 int              importance);
void             wp_feedback_query_set_linked   (WpFeedbackQuery *self,
                                                 WpLinkedFilter   linked);
void             wp_feedback_query_set_received (WpFeedbackQuery *self,
                                                 const char      *from,
                                                 const char      *to);
guint            wp_feedback_query_count_filters (WpFeedbackQuery *self);
void             wp_feedback_query_clear_filters (WpFeedbackQuery *self);
gboolean         wp_feedback_query_matches      (WpFeedbackQuery *self,
                                                 WpEntity        *feedback);
gboolean         wp_feedback_query_prepare      (WpFeedbackQuery *self,
                                                 guint           *position,
                                                 guint            count);
GStrv            wp_feedback_query_list_values  (WpFeedbackQuery *self,
                                                 guint            field);

G_END_DECLS
