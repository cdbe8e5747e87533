/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpListDrop: reordering a list view by drag and drop (wp-list-drop.c). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WP_TYPE_LIST_DROP (wp_list_drop_get_type ())

G_DECLARE_FINAL_TYPE (WpListDrop, wp_list_drop, WP, LIST_DROP, GObject)

/*
 * The object a row offers when it is dragged (a new reference), or NULL when
 * it cannot be dragged.
 */
typedef GObject *(*WpListDropObjectFunc) (GtkWidget *row);

WpListDrop *wp_list_drop_new         (GtkListView       *list_view,
                                      GtkScrolledWindow *scroller,
                                      GType              row_type,
                                      GType              value_type);
void        wp_list_drop_attach_row  (GtkWidget         *row,
                                      GtkListItem       *list_item);
guint       wp_list_drop_row_position (GtkWidget        *row);
void        wp_list_drop_add_drag_source (GtkWidget     *row,
                                          WpListDropObjectFunc get_object);

G_END_DECLS
