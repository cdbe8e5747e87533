/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpLane: A roadmap lane: a theme that groups roadmap entries. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-lane.h"

struct _WpLane
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpLane, wp_lane, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "title", WP_FIELD_STRING },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_LANE_N_FIELDS);

static void
wp_lane_class_init (WpLaneClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_LANE,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_lane_init (WpLane *self)
{
}
