/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exporting from a page: where to save, then drawing and writing (wp-export-file.c). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Draws the export; %NULL with @error set when it cannot. */
typedef GBytes *(*WpExportFunc) (gpointer   data,
                                 GError   **error);

void wp_export_file_ask (GtkWidget      *widget,
                         const char     *title,
                         const char     *suggested_name,
                         WpExportFunc    export,
                         gpointer        data,
                         GDestroyNotify  destroy);

G_END_DECLS
