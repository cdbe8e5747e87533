/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpThroughputForecast: each release's days from the items done a day, on the Sprints page. */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_THROUGHPUT_FORECAST (wp_throughput_forecast_get_type ())

G_DECLARE_FINAL_TYPE (WpThroughputForecast, wp_throughput_forecast, WP, THROUGHPUT_FORECAST,
                      AdwPreferencesGroup)

void wp_throughput_forecast_show (WpThroughputForecast *self,
                                  WpDocument           *document);

G_END_DECLS
