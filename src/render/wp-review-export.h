/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sprint review's slides drawn with cairo, and the deck as PDF (wp-review-export.c). */
#pragma once

#include <cairo.h>

#include "wp-review.h"

G_BEGIN_DECLS

/* A 16:9 page in points: 13.33 by 7.5 inches, the size of widescreen slides. */
#define WP_REVIEW_PAGE_WIDTH  960.0
#define WP_REVIEW_PAGE_HEIGHT 540.0

void    wp_review_draw_slide (cairo_t       *cr,
                              WpDocument    *document,
                              WpEntity      *sprint,
                              const WpSlide *slide,
                              guint32        today,
                              double         width,
                              double         height,
                              gboolean       dark);
GBytes *wp_review_export_pdf (WpDocument    *document,
                              WpEntity      *sprint,
                              guint32        today,
                              GError       **error);

G_END_DECLS
