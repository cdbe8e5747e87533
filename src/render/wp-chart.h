/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The charts drawn with cairo: burndown, velocity, release forecast, cycle time, flow. */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "wp-document.h"
#include "wp-review.h"

G_BEGIN_DECLS

typedef enum {
  WP_CHART_BURNDOWN,
  WP_CHART_VELOCITY,
  WP_CHART_FORECAST,
  WP_CHART_CYCLE_TIME,   /* each item done, by its done day and cycle time */
  WP_CHART_FLOW,         /* the items in each column, day by day, stacked */
} WpChartKind;

#define WP_TYPE_CHART_KIND (wp_chart_kind_get_type ())
GType wp_chart_kind_get_type (void);

typedef struct {
  double red, green, blue, alpha;
} WpChartColor;

/* The colours and the text size a chart is drawn with. */
typedef struct {
  WpChartColor ink;      /* text, axes and the line of what happened */
  WpChartColor accent;   /* bars and markers */
  WpChartColor muted;    /* grid and the ideal line */
  WpChartColor on_accent; /* text on a bar */
  double       text_size;
} WpChartStyle;

gboolean    wp_chart_kind_of_slide (WpSlideKind   slide,
                                    WpChartKind  *kind);
WpSlideKind wp_chart_kind_slide    (WpChartKind   kind);

void wp_chart_style_init (WpChartStyle *style,
                          gboolean      dark,
                          double        text_size);
GArray *wp_chart_data    (WpChartKind         kind,
                          WpDocument         *document,
                          WpEntity           *sprint,
                          guint32             today);
void wp_chart_draw       (cairo_t            *cr,
                          WpChartKind         kind,
                          WpDocument         *document,
                          WpEntity           *sprint,
                          GArray             *data,
                          guint32             today,
                          double              width,
                          double              height,
                          const WpChartStyle *style);

G_END_DECLS
