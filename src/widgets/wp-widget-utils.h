/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers for GTK widgets that the pages share (wp-widget-utils.c). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void        wp_number_row_show        (AdwEntryRow *row,
                                       double       number);
gboolean    wp_number_row_read        (AdwEntryRow *row,
                                       double      *number);
void        wp_label_set_text_or_hide (GtkLabel *label,
                                       const char *text);
GPtrArray  *wp_selection_dup_selected (GtkSelectionModel *model);
void        wp_entry_row_add_place_button (AdwEntryRow *row,
                                           const char  *icon_name,
                                           char        *name,
                                           GCallback    clicked,
                                           gpointer     user_data,
                                           guint        index,
                                           int          offset);
guint       wp_place_button_get_index  (GtkButton  *button);
int         wp_place_button_get_offset (GtkButton  *button);
gboolean    wp_widget_has_focus_within (GtkWidget  *widget);
void        wp_list_box_remove_all (GtkListBox *list);
GtkWidget  *wp_text_row_new           (const char *title,
                                       const char *subtitle);
void        wp_search_entry_escape_to (GtkSearchEntry *entry,
                                       GtkWidget      *list);
void        wp_search_entry_type_from (GtkSearchEntry *entry,
                                       GtkWidget      *list);
void        wp_search_bar_attach      (GtkSearchBar   *bar,
                                       GtkSearchEntry *entry,
                                       GtkWidget      *list);
void        wp_widget_name_list_item  (GtkWidget  *child,
                                       const char *name);
GtkWidget  *wp_icon_button_new        (const char *icon_name,
                                       const char *name);
void        wp_widget_set_tooltip     (GtkWidget  *widget,
                                       const char *text);

G_END_DECLS
