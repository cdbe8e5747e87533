/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every release's forecasts as JSON, for scripts (wp-forecast-export.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

GBytes *wp_forecast_export (WpDocument *document,
                            guint32     today);

G_END_DECLS
