/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The slides of a sprint review, made from the document (wp-review.c). */
#pragma once

#include "wp-document.h"
#include "wp-velocity.h"

G_BEGIN_DECLS

/* The slides of a sprint review, in their default order. */
typedef enum {
  WP_SLIDE_TITLE,
  WP_SLIDE_GOAL,
  WP_SLIDE_DELIVERED,
  WP_SLIDE_NOT_DELIVERED,
  WP_SLIDE_BURNDOWN,
  WP_SLIDE_VELOCITY,
  WP_SLIDE_FORECAST,
  WP_SLIDE_CYCLE_TIME,
  WP_SLIDE_FLOW,
  WP_SLIDE_ROADMAP,
  WP_SLIDE_FEEDBACK,
  WP_SLIDE_NEXT,
  WP_SLIDE_DISCUSSION,
  WP_N_SLIDE_KINDS
} WpSlideKind;

typedef struct {
  char     *text;
  char     *detail;   /* points, a date, a customer: shown beside the text; NULL for none */
  gboolean  group;    /* the name of a group of the lines below (an epic, Now, Next) */
} WpSlideLine;

typedef struct {
  WpSlideKind  kind;
  char        *heading;
  char        *lead;    /* the sentence under the heading; "" for none */
  GPtrArray   *lines;   /* (element-type WpSlideLine) */
} WpSlide;

const char *wp_slide_kind_id        (WpSlideKind  kind);
gboolean    wp_slide_kind_from_id   (const char  *id,
                                     WpSlideKind *kind);
const char *wp_slide_kind_name      (WpSlideKind  kind);

WpEntity   *wp_review_pick_sprint   (WpDocument  *document,
                                     const char  *id_or_name);
GArray     *wp_review_get_kinds     (WpEntity    *sprint);
WpSlide    *wp_review_slide_new     (WpDocument  *document,
                                     WpEntity    *sprint,
                                     WpSlideKind  kind,
                                     guint32      today);
GPtrArray  *wp_review_build         (WpDocument  *document,
                                     WpEntity    *sprint,
                                     guint32      today);
void        wp_slide_free           (WpSlide     *slide);
char       *wp_review_forecast_detail (const WpReleaseForecast *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpSlide, wp_slide_free)

G_END_DECLS
