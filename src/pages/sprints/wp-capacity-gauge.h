/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpCapacityGauge: a sprint's planned points against the team's capacity (wp-capacity-gauge.c). */
#pragma once

#include <gtk/gtk.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_CAPACITY_GAUGE (wp_capacity_gauge_get_type ())

G_DECLARE_FINAL_TYPE (WpCapacityGauge, wp_capacity_gauge, WP, CAPACITY_GAUGE, GtkBox)

void wp_capacity_gauge_show (WpCapacityGauge *self,
                             WpDocument      *document,
                             double           planned);

G_END_DECLS
