/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scrolling a scrolled window while a drag is near its edges (wp-drag-scroll.c). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void wp_drag_scroll_attach (GtkScrolledWindow *scroller);

G_END_DECLS
