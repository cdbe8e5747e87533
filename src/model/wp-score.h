/* SPDX-License-Identifier: GPL-3.0-or-later */
/* RICE, WSJF and the scorecard: an item's own scores, and the arithmetic behind them. */
#pragma once

#include "wp-demand.h"

G_BEGIN_DECLS

typedef enum {
  WP_SCORE_RICE,  /* reach × impact × confidence ÷ effort */
  WP_SCORE_WSJF,  /* (value + time criticality + risk reduction) ÷ effort */
  WP_SCORE_SCORECARD,  /* the product's own criteria: the sum of weight × rating */
} WpScoreKind;

const char *wp_score_name      (WpScoreKind  kind);
int         wp_score_kind_of   (const char  *column);
double  wp_score         (WpScoreKind  kind,
                          WpDemand    *demand,
                          WpEntity    *item);
double  wp_score_reach   (WpDemand    *demand,
                          WpEntity    *item,
                          gboolean    *from_feedback);
char   *wp_score_explain (WpScoreKind  kind,
                          WpDemand    *demand,
                          WpEntity    *item);

G_END_DECLS
