/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRoadmapView: the Roadmap page, its timeline or its Now, Next and Later columns. */
#pragma once

#include <adwaita.h>

#include "wp-document.h"
#include "wp-timeline.h"

G_BEGIN_DECLS

#define WP_TYPE_ROADMAP_VIEW (wp_roadmap_view_get_type ())

G_DECLARE_FINAL_TYPE (WpRoadmapView, wp_roadmap_view, WP, ROADMAP_VIEW, AdwBin)

void        wp_roadmap_view_set_document (WpRoadmapView *self,
                                          WpDocument    *document);
WpTimeline *wp_roadmap_view_get_timeline (WpRoadmapView *self);

G_END_DECLS
