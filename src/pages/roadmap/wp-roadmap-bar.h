/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRoadmapBar: one roadmap entry on the timeline, a focusable bar in its lane's colour. */
#pragma once

#include <gtk/gtk.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_ROADMAP_BAR (wp_roadmap_bar_get_type ())

G_DECLARE_FINAL_TYPE (WpRoadmapBar, wp_roadmap_bar, WP, ROADMAP_BAR, GtkWidget)

GtkWidget *wp_roadmap_bar_new          (WpEntity     *entry);
WpEntity  *wp_roadmap_bar_get_entry    (WpRoadmapBar *self);
void       wp_roadmap_bar_set_text_offset (WpRoadmapBar *self,
                                           double        offset);
void       wp_roadmap_bar_set_facts    (WpRoadmapBar *self,
                                        const char   *where,
                                        double        progress,
                                        gboolean      conflict,
                                        guint         color);

G_END_DECLS
