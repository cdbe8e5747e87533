/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sprint points, velocity, burndown and release forecasts (wp-velocity.c). */
#pragma once

#include "wp-document.h"
#include "wp-monte-carlo.h"

G_BEGIN_DECLS

/* When the work above a release line is done, by a Monte Carlo simulation over past velocities. */
typedef struct {
  guint   sprints[WP_N_PERCENTILES];  /* sprints needed in 50, 70, 85 and 95 of 100 runs */
  guint32 days[WP_N_PERCENTILES];     /* the last day of those sprints, as Julian days */
} WpForecast;

/* A sprint's points: what its items were estimated at, and what of that is done. */
typedef struct {
  double committed;
  double completed;
} WpSprintPoints;

/* Forecasts already run, kept while what they were run for holds (wp_forecast_memo_new()). */
typedef struct _WpForecastMemo WpForecastMemo;

/* A release with work left above its line, and when that work is done. */
typedef struct {
  WpEntity   *release;   /* a reference the array holds */
  double      remaining;
  WpForecast  forecast;
} WpReleaseForecast;

GHashTable *wp_sprint_points_table  (WpDocument   *document);
GPtrArray *wp_sprint_items          (WpDocument   *document,
                                     WpEntity     *sprint,
                                     gboolean      done);
double   wp_items_points            (GPtrArray    *items);
double   wp_sprint_committed_points (WpDocument   *document,
                                     WpEntity     *sprint);
double   wp_sprint_completed_points (WpDocument   *document,
                                     WpEntity     *sprint);
GPtrArray *wp_velocity_closed_sprints (WpDocument *document);
GArray  *wp_velocity_history        (WpDocument   *document);
double   wp_velocity_average        (WpDocument   *document,
                                     guint         last);
GArray  *wp_sprint_burndown         (WpDocument   *document,
                                     WpEntity     *sprint);
gboolean wp_forecast_run            (const double *velocities,
                                     guint         n_velocities,
                                     double        remaining,
                                     guint32       first_day,
                                     guint         sprint_days,
                                     guint32       seed,
                                     guint         runs,
                                     WpForecast   *forecast);
void     wp_forecast_next_sprint    (WpDocument   *document,
                                     guint32       today,
                                     guint32      *start,
                                     guint32      *end);
char    *wp_forecast_describe       (WpDocument       *document,
                                     const WpForecast *forecast,
                                     WpPercentile      percentile);
double   wp_remaining_points_before (WpDocument   *document,
                                     const char   *rank);
double   wp_release_remaining_points (WpDocument  *document,
                                     WpEntity     *release);
GArray  *wp_release_forecasts       (WpDocument   *document,
                                     guint32       today);
WpForecastMemo *wp_forecast_memo_new      (void);
void            wp_forecast_memo_free     (WpForecastMemo *memo);
GArray         *wp_release_forecasts_memo (WpDocument     *document,
                                           guint32         today,
                                           WpForecastMemo *memo);

gboolean        wp_release_forecast_if    (WpDocument     *document,
                                           guint32         today,
                                           WpEntity       *release,
                                           double          remaining,
                                           WpForecastMemo *memo,
                                           WpForecast     *forecast);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpForecastMemo, wp_forecast_memo_free)

G_END_DECLS
