/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpSprintsView: the Sprints page, planning and closing sprints (wp-sprints-view.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_SPRINTS_VIEW (wp_sprints_view_get_type ())

G_DECLARE_FINAL_TYPE (WpSprintsView, wp_sprints_view, WP, SPRINTS_VIEW, AdwBin)

void      wp_sprints_view_set_document (WpSprintsView *self,
                                        WpDocument    *document);
WpEntity *wp_sprints_view_add_sprint   (WpSprintsView *self);
WpEntity *wp_sprints_view_get_selected (WpSprintsView *self);

G_END_DECLS
