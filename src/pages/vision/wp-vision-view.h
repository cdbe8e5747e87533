/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpVisionView: the Vision page, the vision board and Definition of Done (wp-vision-view.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_VISION_VIEW (wp_vision_view_get_type ())

G_DECLARE_FINAL_TYPE (WpVisionView, wp_vision_view, WP, VISION_VIEW, AdwBin)

void wp_vision_view_set_document (WpVisionView *self,
                                  WpDocument   *document);

G_END_DECLS
