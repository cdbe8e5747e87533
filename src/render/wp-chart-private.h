/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the sprint charts (wp-chart.c) and the flow charts (wp-flow-chart.c) share. */
#pragma once

#include <pango/pango.h>

#include "wp-chart.h"

G_BEGIN_DECLS

typedef struct {
  cairo_t            *cr;
  const WpChartStyle *style;
  double              left, top, right, bottom;   /* the plot area */
} WpChartPlot;

void   _wp_chart_set_color        (cairo_t            *cr,
                                   const WpChartColor *color);
double _wp_chart_text_in          (WpChartPlot        *plot,
                                   const WpChartColor *color,
                                   const char         *words,
                                   double              x,
                                   double              y,
                                   double              width,
                                   PangoAlignment      align);
double _wp_chart_text             (WpChartPlot        *plot,
                                   const char         *words,
                                   double              x,
                                   double              y,
                                   double              width,
                                   PangoAlignment      align);
double _wp_chart_grid             (WpChartPlot        *plot,
                                   double              most);
void   _wp_chart_message          (WpChartPlot        *plot,
                                   const char         *words,
                                   double              width,
                                   double              height);
void   _wp_chart_day_labels       (WpChartPlot        *plot,
                                   guint32             first,
                                   guint32             last);

/* wp-flow-chart.c */
GArray *_wp_chart_flow_data       (WpChartKind         kind,
                                   WpDocument         *document,
                                   WpEntity           *sprint,
                                   guint32             today);
void    _wp_chart_draw_cycle_time (WpChartPlot        *plot,
                                   GArray             *points,
                                   WpEntity           *sprint,
                                   guint32             today,
                                   double              width,
                                   double              height);
void    _wp_chart_draw_flow       (WpChartPlot        *plot,
                                   WpDocument         *document,
                                   GArray             *counts,
                                   WpEntity           *sprint,
                                   guint32             today,
                                   double              width,
                                   double              height);

G_END_DECLS
