/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpItem: A backlog item: a story, bug, task, spike or epic, ordered by its rank key. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-item.h"

struct _WpItem
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpItem, wp_item, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "rank", WP_FIELD_STRING },
  { "title", WP_FIELD_STRING },
  { "description", WP_FIELD_STRING },
  { "kind", WP_FIELD_CHOICE, FALSE, .choices = wp_kinds, .default_choice = "story" },
  { "status", WP_FIELD_REF, TRUE, WP_KIND_COLUMN },
  { "estimate", WP_FIELD_NUMBER, TRUE },
  { "value", WP_FIELD_NUMBER, TRUE },
  { "effort", WP_FIELD_NUMBER, TRUE },
  { "moscow", WP_FIELD_CHOICE, TRUE, .choices = wp_moscow, .default_choice = NULL },
  { "labels", WP_FIELD_STRV },
  { "epic", WP_FIELD_REF, TRUE, WP_KIND_ITEM },
  { "sprint", WP_FIELD_REF, TRUE, WP_KIND_SPRINT },
  { "release", WP_FIELD_REF, TRUE, WP_KIND_RELEASE },
  { "acceptance", WP_FIELD_CHECKLIST },
  { "done", WP_FIELD_DATE, TRUE },
  { "created", WP_FIELD_TIMESTAMP },
  { "updated", WP_FIELD_TIMESTAMP },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_ITEM_N_FIELDS);

static void
wp_item_class_init (WpItemClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_ITEM,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_item_init (WpItem *self)
{
}
