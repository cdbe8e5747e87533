/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading and saving documents as files without ever losing data (wp-file.c). */
#pragma once

#include "wp-reader.h"

G_BEGIN_DECLS

/* The largest file Waypoint opens: far beyond any product (100,000 items are ~280 MB). */
#define WP_FILE_MAX_SIZE (G_GUINT64_CONSTANT (1) << 30)

WpDocument *wp_file_load           (GFile         *file,
                                    char         **etag,
                                    GPtrArray    **problems,
                                    gboolean      *read_only,
                                    GCancellable  *cancellable,
                                    GError       **error);
gboolean    wp_file_save           (WpDocument    *document,
                                    GFile         *file,
                                    const char    *expected_etag,
                                    char         **new_etag,
                                    GCancellable  *cancellable,
                                    GError       **error);
GBytes     *wp_file_read_bytes     (GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);
GFile      *wp_file_get_backup     (GFile         *file);

G_END_DECLS
