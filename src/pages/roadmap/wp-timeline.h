/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpTimeline: the roadmap's entries as bars on a time axis, edited by dragging them. */
#pragma once

#include <gtk/gtk.h>

#include "wp-document.h"
#include "wp-time-scale.h"

G_BEGIN_DECLS

#define WP_TYPE_TIMELINE (wp_timeline_get_type ())

G_DECLARE_FINAL_TYPE (WpTimeline, wp_timeline, WP, TIMELINE, GtkWidget)

void               wp_timeline_set_document (WpTimeline *self,
                                             WpDocument *document);
const WpTimeScale *wp_timeline_get_scale    (WpTimeline *self);
void               wp_timeline_zoom         (WpTimeline *self,
                                             double      factor);
void               wp_timeline_fit_all      (WpTimeline *self);
void               wp_timeline_show_today   (WpTimeline *self);
GtkWidget         *wp_timeline_get_bar      (WpTimeline *self,
                                             WpEntity   *entry);
WpEntity          *wp_timeline_get_selected (WpTimeline *self);
WpEntity          *wp_timeline_add_entry    (WpTimeline *self);
void               wp_timeline_select       (WpTimeline *self,
                                             WpEntity   *entry);

G_END_DECLS
