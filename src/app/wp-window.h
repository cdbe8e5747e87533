/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpWindow: one product document and its pages, or the welcome page (wp-window.c). */
#pragma once

#include <adwaita.h>

#include "wp-application.h"
#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_WINDOW (wp_window_get_type ())

G_DECLARE_FINAL_TYPE (WpWindow, wp_window, WP, WINDOW, AdwApplicationWindow)

WpWindow   *wp_window_new              (WpApplication *application);
WpDocument *wp_window_get_document     (WpWindow      *self);
const char *wp_window_get_draft_id     (WpWindow      *self);
void        wp_window_new_product      (WpWindow      *self);
void        wp_window_open_file        (WpWindow      *self,
                                        GFile         *file);
GFile      *wp_window_get_file         (WpWindow      *self);
gboolean    wp_window_has_document     (WpWindow      *self);
const char *wp_window_get_visible_page (WpWindow      *self);

G_END_DECLS
