/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Planning sprints: closing one, planning items into it, the dates of the next. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

guint       wp_sprint_close        (WpDocument *document,
                                    WpEntity   *sprint,
                                    WpEntity   *next);
char       *wp_sprint_plan_items   (WpDocument *document,
                                    WpEntity   *sprint,
                                    GPtrArray  *items);
gboolean    wp_sprint_next_dates   (WpDocument *document,
                                    guint32     today,
                                    guint32    *start,
                                    guint32    *end);
char       *wp_sprint_new_name     (WpDocument *document,
                                    guint       ahead);
const char *wp_sprint_get_state    (WpEntity   *sprint);
WpEntity   *wp_sprint_in_state     (WpDocument *document,
                                    const char *state);
WpEntity   *wp_sprint_next_planned (WpDocument *document);

G_END_DECLS
