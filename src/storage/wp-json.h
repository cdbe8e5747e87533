/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Strict JSON text to json-glib nodes (wp-json.c); numbers kept as written (wp-json-number.h). */
#pragma once

#include <json-glib/json-glib.h>

#include "wp-json-number.h"

G_BEGIN_DECLS

/* Deeper than this the parser refuses: json-glib frees and copies nodes recursively. */
#define WP_JSON_MAX_DEPTH 1000

gboolean    wp_json_check_text           (const char *data,
                                          gsize       length,
                                          GError    **error);
JsonNode   *wp_json_parse                (const char *data,
                                          gsize       length,
                                          GError    **error);
void        wp_json_locate               (const char *data,
                                          gsize       offset,
                                          guint      *line,
                                          guint      *column);

G_END_DECLS
