/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpTextArea: a text view that hands over typing at pauses (wp-text-area.c). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WP_TYPE_TEXT_AREA (wp_text_area_get_type ())

G_DECLARE_FINAL_TYPE (WpTextArea, wp_text_area, WP, TEXT_AREA, GtkTextView)

void  wp_text_area_set_text (WpTextArea *self,
                             const char *text);
char *wp_text_area_dup_text (WpTextArea *self);
void     wp_text_area_commit      (WpTextArea *self);
gboolean wp_text_area_has_pending (WpTextArea *self);

G_END_DECLS
