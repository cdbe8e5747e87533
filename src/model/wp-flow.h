/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFlow: when items started, how long they took, how long the open ones have been going. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_FLOW (wp_flow_get_type ())

G_DECLARE_FINAL_TYPE (WpFlow, wp_flow, WP, FLOW, GObject)

/* A done item on the cycle-time scatterplot. */
typedef struct {
  guint32 done;   /* the day it was done, a Julian day */
  guint   days;   /* its cycle time */
} WpCyclePoint;

WpFlow  *wp_flow_new           (WpDocument *document);
gboolean wp_flow_started       (WpFlow     *self,
                                WpEntity   *item,
                                guint32    *day);
gboolean wp_flow_cycle_time    (WpFlow     *self,
                                WpEntity   *item,
                                guint      *days);
guint    wp_flow_cycle_time_at (WpFlow     *self,
                                guint       percent);
guint    wp_flow_age           (WpFlow     *self,
                                WpEntity   *item,
                                guint32     today);

void     wp_flow_chart_days    (WpEntity   *sprint,
                                guint32     today,
                                guint32    *from,
                                guint32    *to);
void     wp_flow_cycle_days    (WpEntity   *sprint,
                                guint32     today,
                                guint32    *from,
                                guint32    *to);
GArray  *wp_flow_cycle_points  (WpFlow     *self,
                                guint32     from,
                                guint32     to);
guint   *wp_flow_sorted_days   (GArray     *points);
GArray  *wp_flow_cumulative    (WpFlow     *self,
                                guint32     from,
                                guint32     to);

G_END_DECLS
