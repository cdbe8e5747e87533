/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRoadmapEntry: a roadmap entry: an initiative or epic drawn as a bar in a
 * lane, from start to end.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-roadmap-entry.h"

struct _WpRoadmapEntry
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpRoadmapEntry, wp_roadmap_entry, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "lane", WP_FIELD_REF, TRUE, WP_KIND_LANE },
  { "title", WP_FIELD_STRING },
  { "start", WP_FIELD_DATE, TRUE },
  { "end", WP_FIELD_DATE, TRUE },
  { "items", WP_FIELD_REFS, TRUE, WP_KIND_ITEM },
  { "depends_on", WP_FIELD_REFS, TRUE, WP_KIND_ENTRY },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_ROADMAP_ENTRY_N_FIELDS);

static void
wp_roadmap_entry_class_init (WpRoadmapEntryClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_ENTRY,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_roadmap_entry_init (WpRoadmapEntry *self)
{
}
