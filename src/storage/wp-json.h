/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Strict JSON text to json-glib nodes, and numbers kept as written (wp-json.c). */
#pragma once

#include <json-glib/json-glib.h>

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

JsonNode   *wp_json_node_new_number_text (const char *text,
                                          gsize       length);
const char *wp_json_node_get_number_text (JsonNode   *node);
gboolean    wp_json_node_is_number       (JsonNode   *node);
gboolean    wp_json_node_get_number      (JsonNode   *node,
                                          double     *value);
gboolean    wp_json_node_is_string       (JsonNode   *node);
void        wp_json_format_number        (double      value,
                                          char       *buffer,
                                          gsize       size);

G_END_DECLS
