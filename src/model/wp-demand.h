/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpDemand: how many customers asked for each item, and how much (wp-demand.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_DEMAND (wp_demand_get_type ())

G_DECLARE_FINAL_TYPE (WpDemand, wp_demand, WP, DEMAND, GObject)

WpDemand *wp_demand_new       (WpDocument *document);
guint     wp_demand_customers (WpDemand   *self,
                               const char *item_id);
guint     wp_demand_weight    (WpDemand   *self,
                               const char *item_id);
WpDocument *wp_demand_get_document (WpDemand *self);
guint     wp_demand_reach     (WpDemand   *self,
                               const char *item_id,
                               guint32     today);

G_END_DECLS
