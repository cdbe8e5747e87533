/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Forecasts from how many items get done a day, not from points (wp-throughput.c). */
#pragma once

#include "wp-document.h"
#include "wp-monte-carlo.h"

G_BEGIN_DECLS

/* How many days of history a throughput forecast samples unless the user chooses. */
#define WP_THROUGHPUT_DAYS 90

/* The days whose done counts a throughput forecast samples, both included, as Julian days. */
typedef struct {
  guint32 first_day;
  guint32 last_day;
} WpThroughputPeriod;

GArray  *wp_throughput_counts        (WpDocument               *document,
                                      const WpThroughputPeriod *period);
void     wp_throughput_period        (guint32                  today,
                                      guint                    days,
                                      WpThroughputPeriod       *period);
gboolean wp_throughput_when          (const guint              *counts,
                                      guint                     n_counts,
                                      guint                     items,
                                      double                    split_rate,
                                      guint32                   start_day,
                                      guint32                   seed,
                                      guint                     runs,
                                      guint32                   days[WP_N_PERCENTILES]);
gboolean wp_throughput_how_many      (const guint              *counts,
                                      guint                     n_counts,
                                      guint                     n_days,
                                      guint32                   seed,
                                      guint                     runs,
                                      guint                     items[WP_N_PERCENTILES]);
guint    wp_release_remaining_items  (WpDocument               *document,
                                      WpEntity                 *release);

G_END_DECLS
