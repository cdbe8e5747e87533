/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpSprint: A sprint: its goal, dates and state, and the notes of its review. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-sprint.h"

struct _WpSprint
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpSprint, wp_sprint, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "name", WP_FIELD_STRING },
  { "goal", WP_FIELD_STRING },
  { "start", WP_FIELD_DATE, TRUE },
  { "end", WP_FIELD_DATE, TRUE },
  { "state", WP_FIELD_CHOICE, FALSE, .choices = wp_sprint_states, .default_choice = "planned" },
  { "review_notes", WP_FIELD_STRING },
  { "goal_met", WP_FIELD_CHOICE, TRUE, .choices = wp_goal_outcomes },
  { "review_slides", WP_FIELD_STRV },
  { "committed_points", WP_FIELD_NUMBER },
  { "unfinished_items", WP_FIELD_REFS, .ref_kind = WP_KIND_ITEM },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_SPRINT_N_FIELDS);

static void
wp_sprint_class_init (WpSprintClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_SPRINT,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_sprint_init (WpSprint *self)
{
}
