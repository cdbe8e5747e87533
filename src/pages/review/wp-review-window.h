/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpReviewWindow: the sprint review, full screen (wp-review-window.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_REVIEW_WINDOW (wp_review_window_get_type ())

G_DECLARE_FINAL_TYPE (WpReviewWindow, wp_review_window, WP, REVIEW_WINDOW, GtkWindow)

WpReviewWindow *wp_review_window_present   (GtkWindow      *parent,
                                            WpDocument     *document,
                                            WpEntity       *sprint);
guint           wp_review_window_get_slide (WpReviewWindow *self);
guint           wp_review_window_get_n_slides (WpReviewWindow *self);
const char     *wp_review_window_get_mode  (WpReviewWindow *self);

G_END_DECLS
