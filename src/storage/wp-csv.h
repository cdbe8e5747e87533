/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading comma-separated values as spreadsheets write them (wp-csv.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *wp_csv_decode (GBytes      *bytes,
                          const char **encoding,
                          GError     **error);
GPtrArray *wp_csv_parse  (const char  *text,
                          GError     **error);

G_END_DECLS
