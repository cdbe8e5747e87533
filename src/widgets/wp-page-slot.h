/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPageSlot: a page's place in the window, which makes the page the first time it is shown. */
#pragma once

#include "wp-page.h"

G_BEGIN_DECLS

#define WP_TYPE_PAGE_SLOT (wp_page_slot_get_type ())

G_DECLARE_FINAL_TYPE (WpPageSlot, wp_page_slot, WP, PAGE_SLOT, GtkWidget)

WpPageSlot *wp_page_slot_new           (GType       page_type);
const char *wp_page_slot_get_name      (WpPageSlot *self);
const char *wp_page_slot_get_title     (WpPageSlot *self);
const char *wp_page_slot_get_icon_name (WpPageSlot *self);
void        wp_page_slot_set_document  (WpPageSlot *self,
                                        WpDocument *document);
WpPage     *wp_page_slot_get_page      (WpPageSlot *self);
WpPage     *wp_page_slot_make_page     (WpPageSlot *self);
gboolean    wp_page_slot_reveal        (WpPageSlot *self,
                                        WpEntity   *entity);

G_END_DECLS
