/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A product's own scorecard: criteria with a scale and a weight, and the items' ratings. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

/* The highest scale a criterion may have, and the largest weight. */
#define WP_SCORECARD_MAX_SCALE 100
#define WP_SCORECARD_MAX_WEIGHT 100

typedef struct {
  char   *id;
  char   *name;
  double  scale;    /* ratings go from 0 up to it */
  double  weight;   /* what a point of rating adds to the score, 0 or more */
} WpCriterion;

GArray  *wp_scorecard_criteria (WpDocument  *document);
double   wp_scorecard_rating   (WpEntity    *item,
                                const char  *criterion);
double   wp_scorecard_score    (WpDocument  *document,
                                WpEntity    *item);
char    *wp_scorecard_explain  (WpDocument  *document,
                                WpEntity    *item);

char    *wp_scorecard_add      (WpDocument  *document,
                                const char  *name);
gboolean wp_scorecard_change   (WpDocument  *document,
                                const char  *criterion,
                                const char  *name,
                                double       scale,
                                double       weight);
gboolean wp_scorecard_remove   (WpDocument  *document,
                                const char  *criterion);
gboolean wp_scorecard_rate     (WpDocument  *document,
                                WpEntity    *item,
                                const char  *criterion,
                                double       rating);

G_END_DECLS
