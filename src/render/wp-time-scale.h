/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpTimeScale: the arithmetic of the roadmap timeline, days to pixels and back. */
#pragma once

#include "wp-date.h"

G_BEGIN_DECLS

/* What the axis of a timeline counts in, chosen by how wide a day is. */
typedef enum {
  WP_TIME_UNIT_DAY,
  WP_TIME_UNIT_WEEK,
  WP_TIME_UNIT_MONTH,
  WP_TIME_UNIT_QUARTER,
} WpTimeUnit;

#define WP_TIME_SCALE_MIN_DAY_WIDTH 0.25
#define WP_TIME_SCALE_MAX_DAY_WIDTH 80.0

/*
 * Maps days to pixels. Days are Julian day numbers as GDate counts them
 * (1 is 1 January of year 1); a date "2026-09-14" covers the day from its
 * x to the x of the next day.
 */
typedef struct {
  double origin;      /* the day at x = 0, fractional */
  double day_width;   /* pixels per day */
} WpTimeScale;

double     wp_time_scale_to_x       (const WpTimeScale *self,
                                     double             day);
double     wp_time_scale_to_day     (const WpTimeScale *self,
                                     double             x);
WpTimeUnit wp_time_scale_get_unit   (const WpTimeScale *self);
guint      wp_time_scale_snap_days  (const WpTimeScale *self);
guint32    wp_time_scale_snap       (const WpTimeScale *self,
                                     double             day);
guint32    wp_time_scale_next_tick  (const WpTimeScale *self,
                                     guint32            day);
void       wp_time_scale_zoom       (WpTimeScale       *self,
                                     double             factor,
                                     double             anchor_x);
char      *wp_time_scale_tick_label (const WpTimeScale *self,
                                     guint32            day);
void       wp_time_scale_fit        (WpTimeScale       *self,
                                     guint32            first,
                                     guint32            last,
                                     double             width);

G_END_DECLS
