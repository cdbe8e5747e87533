/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sprint points, velocity, burndown and release forecasts (wp-velocity.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

/* When the work above a release line is done, by a Monte Carlo simulation over past velocities. */
typedef struct {
  guint   sprints_p50;   /* sprints needed in half of the runs */
  guint   sprints_p85;   /* sprints needed in 85 of 100 runs */
  guint32 day_p50;       /* the last day of that sprint, as a Julian day */
  guint32 day_p85;
} WpForecast;

/* A sprint's points: what its items were estimated at, and what of that is done. */
typedef struct {
  double committed;
  double completed;
} WpSprintPoints;

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
double   wp_release_remaining_points (WpDocument  *document,
                                     WpEntity     *release);
GArray  *wp_release_forecasts       (WpDocument   *document,
                                     guint32       today);

G_END_DECLS
