/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The values the choice fields of the format accept, in their natural order. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"

const char * const wp_kinds[] = { "story", "bug", "task", "spike", "epic", NULL };
const char * const wp_moscow[] = { "must", "should", "could", "wont", NULL };
const char * const wp_sprint_states[] = { "planned", "active", "closed", NULL };
const char * const wp_goal_outcomes[] = { "met", "partly", "missed", NULL };
const char * const wp_score_columns[] = { "rice", "wsjf", "scorecard", NULL };
const char * const wp_reach_sources[] = { "customers", "mentions", NULL };
