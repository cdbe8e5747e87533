/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Comma-separated values as spreadsheets write and read them (wp-csv.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *wp_csv_decode (GBytes      *bytes,
                          const char **encoding,
                          GError     **error);
GPtrArray *wp_csv_parse  (const char  *text,
                          GError     **error);
void        wp_csv_append_field (GString    *line,
                                 const char *text);
const char *wp_csv_unguard      (const char *text);

G_END_DECLS
