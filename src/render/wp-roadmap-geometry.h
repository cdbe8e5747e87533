/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The roadmap's rows and bars in pixels, for the timeline on screen and the export alike. */
#pragma once

#include "wp-roadmap-layout.h"

G_BEGIN_DECLS

#define WP_ROADMAP_BAR_HEIGHT   30.0
#define WP_ROADMAP_TRACK_GAP     6.0
#define WP_ROADMAP_LANE_PADDING 10.0

double wp_roadmap_geometry_row_y      (WpRoadmapLayout      *layout,
                                       guint                 row);
double wp_roadmap_geometry_row_height (WpRoadmapLayout      *layout,
                                       guint                 row);
guint  wp_roadmap_geometry_row_at     (WpRoadmapLayout      *layout,
                                       double                y);
double wp_roadmap_geometry_bar_y      (WpRoadmapLayout      *layout,
                                       const WpRoadmapPlace *place);
double wp_roadmap_geometry_height     (WpRoadmapLayout      *layout);

G_END_DECLS
