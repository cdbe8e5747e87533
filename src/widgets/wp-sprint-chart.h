/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpSprintChart: one sprint chart on screen, drawn as the PDF draws it (wp-sprint-chart.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"
#include "wp-chart.h"

G_BEGIN_DECLS

#define WP_TYPE_SPRINT_CHART (wp_sprint_chart_get_type ())

G_DECLARE_FINAL_TYPE (WpSprintChart, wp_sprint_chart, WP, SPRINT_CHART, GtkWidget)

void wp_sprint_chart_show (WpSprintChart *self,
                           WpDocument    *document,
                           WpEntity      *sprint);

G_END_DECLS
