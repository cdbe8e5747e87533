/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpItemPicker: a backlog item picked by typing its title (wp-item-picker.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_ITEM_PICKER (wp_item_picker_get_type ())

G_DECLARE_FINAL_TYPE (WpItemPicker, wp_item_picker, WP, ITEM_PICKER, AdwWindow)

WpItemPicker *wp_item_picker_new    (GtkWindow    *parent,
                                     WpDocument   *document);
void          wp_item_picker_search (WpItemPicker *self,
                                     const char   *text);

G_END_DECLS
