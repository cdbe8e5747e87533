/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedback: a piece of customer feedback: who said what, when, how
 * important it is, and the items it asks for.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-feedback.h"

struct _WpFeedback
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpFeedback, wp_feedback, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "received", WP_FIELD_TIMESTAMP },
  { "customer", WP_FIELD_STRING },
  { "segment", WP_FIELD_STRING },
  { "source", WP_FIELD_STRING },
  { "text", WP_FIELD_STRING },
  { "importance", WP_FIELD_INT, .min = 1, .max = 3 },
  { "items", WP_FIELD_REFS, TRUE, WP_KIND_ITEM },
  { "tags", WP_FIELD_STRV },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_FEEDBACK_N_FIELDS);

static void
wp_feedback_class_init (WpFeedbackClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_FEEDBACK,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_feedback_init (WpFeedback *self)
{
}
