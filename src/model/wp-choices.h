/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The values the choice fields of the format accept (wp-choices.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The values that choice fields of the format accept, in their natural order. */
extern const char * const wp_kinds[];
extern const char * const wp_moscow[];
extern const char * const wp_score_columns[];
extern const char * const wp_reach_sources[];
extern const char * const wp_sprint_states[];
extern const char * const wp_goal_outcomes[];

G_END_DECLS
