/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRoadmapEntry: an initiative or epic drawn as a bar in a lane; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_ROADMAP_ENTRY (wp_roadmap_entry_get_type ())

G_DECLARE_FINAL_TYPE (WpRoadmapEntry, wp_roadmap_entry, WP, ROADMAP_ENTRY, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_ROADMAP_ENTRY_LANE,
  WP_ROADMAP_ENTRY_TITLE,
  WP_ROADMAP_ENTRY_START,
  WP_ROADMAP_ENTRY_END,
  WP_ROADMAP_ENTRY_ITEMS,
  WP_ROADMAP_ENTRY_DEPENDS_ON,
  WP_ROADMAP_ENTRY_N_FIELDS
};

G_END_DECLS
