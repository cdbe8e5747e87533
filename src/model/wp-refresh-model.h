/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRefreshModel: a list store passed through, that can report one item as changed. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WP_TYPE_REFRESH_MODEL (wp_refresh_model_get_type ())

G_DECLARE_FINAL_TYPE (WpRefreshModel, wp_refresh_model, WP, REFRESH_MODEL, GObject)

WpRefreshModel *wp_refresh_model_new     (GListStore     *store);
void            wp_refresh_model_refresh (WpRefreshModel *self,
                                          gpointer        item);

G_END_DECLS
