/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The start-up benchmark's probe: when a window first paints, and first paints a document. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void wp_startup_report_watch (GtkWindow *window);

G_END_DECLS
