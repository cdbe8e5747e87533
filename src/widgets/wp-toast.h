/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Toasts from anywhere in a window, in the window's toast overlay (wp-toast.c). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void wp_show_toast (GtkWidget  *inside,
                    const char *message,
                    gboolean    with_undo);

G_END_DECLS
