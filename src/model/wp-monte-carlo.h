/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every forecast shares: a seeded random source and percentiles (wp-monte-carlo.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The percentiles forecasts give, as a stakeholder reads them: 50, 70, 85, 95 of 100 runs. */
typedef enum {
  WP_P50,
  WP_P70,
  WP_P85,
  WP_P95,
  WP_N_PERCENTILES
} WpPercentile;

extern const guint wp_percentiles[WP_N_PERCENTILES];

guint wp_monte_carlo_draw        (guint64 *state,
                                  guint    n);
void  wp_monte_carlo_sort        (guint   *values,
                                  guint    runs);
guint wp_monte_carlo_at_most     (const guint *sorted,
                                  guint        runs,
                                  guint        percent);
guint wp_monte_carlo_at_least    (const guint *sorted,
                                  guint        runs,
                                  guint        percent);

G_END_DECLS
