/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpDateButton: a day, and a calendar to pick another (wp-date-button.c). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WP_TYPE_DATE_BUTTON (wp_date_button_get_type ())

G_DECLARE_FINAL_TYPE (WpDateButton, wp_date_button, WP, DATE_BUTTON, AdwBin)

GtkWidget  *wp_date_button_new      (void);
void        wp_date_button_set_date (WpDateButton *self,
                                     const char   *date);
const char *wp_date_button_get_date (WpDateButton *self);

G_END_DECLS
