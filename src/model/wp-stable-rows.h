/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpStableRows: a list shown as rows that keep their place (wp-stable-rows.c). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WP_TYPE_STABLE_ROWS (wp_stable_rows_get_type ())

G_DECLARE_FINAL_TYPE (WpStableRows, wp_stable_rows, WP, STABLE_ROWS, GObject)

WpStableRows *wp_stable_rows_new (GListModel *source);

G_END_DECLS
