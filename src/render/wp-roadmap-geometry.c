/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The roadmap's geometry in pixels. WpRoadmapLayout says which row and
 * track each entry is in and how many tracks each row has; these functions
 * turn that into the heights and positions that both the timeline on screen
 * and the exported picture draw with, so that the two always agree. A row
 * is its tracks of bars with a gap between two tracks and a padding above
 * and below; rows follow each other without a gap.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include "wp-roadmap-geometry.h"

/**
 * wp_roadmap_geometry_row_y:
 * @layout: a computed layout
 * @row: one of its rows
 *
 * Returns: the top of @row, from the top of the first row
 */
double
wp_roadmap_geometry_row_y (WpRoadmapLayout *layout,
                           guint            row)
{
  const WpRoadmapRow *facts = wp_roadmap_layout_get_row (layout, row);

  g_return_val_if_fail (facts != NULL, 0);

  /* Above it: two paddings a row, a bar a track, and in each row a gap fewer than tracks. */
  return row * 2 * WP_ROADMAP_LANE_PADDING + facts->first_track * WP_ROADMAP_BAR_HEIGHT +
         (facts->first_track - row) * WP_ROADMAP_TRACK_GAP;
}

/**
 * wp_roadmap_geometry_row_height:
 * @layout: a computed layout
 * @row: one of its rows
 *
 * Returns: the height of @row, its paddings included
 */
double
wp_roadmap_geometry_row_height (WpRoadmapLayout *layout,
                                guint            row)
{
  const WpRoadmapRow *facts = wp_roadmap_layout_get_row (layout, row);

  g_return_val_if_fail (facts != NULL, 0);

  return 2 * WP_ROADMAP_LANE_PADDING + facts->tracks * WP_ROADMAP_BAR_HEIGHT +
         (facts->tracks - 1) * WP_ROADMAP_TRACK_GAP;
}

/**
 * wp_roadmap_geometry_row_at:
 * @layout: a computed layout
 * @y: a height, from the top of the first row
 *
 * Returns: the row at @y, or %G_MAXUINT above or below all rows
 */
guint
wp_roadmap_geometry_row_at (WpRoadmapLayout *layout,
                            double           y)
{
  for (guint i = 0; i < wp_roadmap_layout_get_n_rows (layout); i++)
    {
      double top = wp_roadmap_geometry_row_y (layout, i);

      if (y >= top && y < top + wp_roadmap_geometry_row_height (layout, i))
        return i;
    }

  return G_MAXUINT;
}

/**
 * wp_roadmap_geometry_bar_y:
 * @layout: a computed layout
 * @place: where an entry is in it
 *
 * Returns: the top of the entry's bar, from the top of the first row
 */
double
wp_roadmap_geometry_bar_y (WpRoadmapLayout      *layout,
                           const WpRoadmapPlace *place)
{
  return wp_roadmap_geometry_row_y (layout, place->row) + WP_ROADMAP_LANE_PADDING +
         place->track * (WP_ROADMAP_BAR_HEIGHT + WP_ROADMAP_TRACK_GAP);
}

/**
 * wp_roadmap_geometry_height:
 * @layout: a computed layout
 *
 * Returns: the height of all rows together
 */
double
wp_roadmap_geometry_height (WpRoadmapLayout *layout)
{
  guint n = wp_roadmap_layout_get_n_rows (layout);

  if (n == 0)
    return 0;

  return wp_roadmap_geometry_row_y (layout, n - 1) + wp_roadmap_geometry_row_height (layout, n - 1);
}
