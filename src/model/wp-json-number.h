/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers in json-glib nodes as the reader keeps them: exactly as written (wp-json-number.c). */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

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
