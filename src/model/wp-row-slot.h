/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRowSlot: one row of a WpStableRows list, showing an item of the list underneath. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WP_TYPE_ROW_SLOT (wp_row_slot_get_type ())

G_DECLARE_FINAL_TYPE (WpRowSlot, wp_row_slot, WP, ROW_SLOT, GObject)

WpRowSlot *wp_row_slot_new      (gpointer   item);
gpointer   wp_row_slot_get_item (WpRowSlot *self);
void       wp_row_slot_set_item (WpRowSlot *self,
                                 gpointer   item);

G_END_DECLS
