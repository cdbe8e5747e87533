/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Numbers as wp-json.c reads them: a node holds a number the writer writes
 * as it was read (an int64 or a double in their shortest spelling), or a
 * number kept as its text. Such a node holds a string that starts with a
 * byte no UTF-8 text contains; only these functions make or read it. They
 * are the model's, since the values of its JSON fields hold such numbers.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <errno.h>
#include <math.h>

#include "wp-json-number.h"

/* Starts the string of a number kept as its text: 0xFF never occurs in UTF-8. */
#define NUMBER_TEXT_MARK '\xff'

/**
 * wp_json_node_new_number_text:
 * @text: a number as JSON writes it
 * @length: its length in bytes
 *
 * Returns: (transfer full): a node the writer writes as @text
 */
JsonNode *
wp_json_node_new_number_text (const char *text,
                              gsize       length)
{
  g_autoptr(GString) marked = g_string_sized_new (length + 1);

  g_string_append_c (marked, NUMBER_TEXT_MARK);
  g_string_append_len (marked, text, length);

  return json_node_init_string (json_node_alloc (), marked->str);
}

/**
 * wp_json_node_get_number_text:
 * @node: a node
 *
 * Returns: (nullable): the text of a number kept as it was read, or %NULL
 */
const char *
wp_json_node_get_number_text (JsonNode *node)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);

  return text != NULL && text[0] == NUMBER_TEXT_MARK ? text + 1 : NULL;
}

gboolean
wp_json_node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE || wp_json_node_get_number_text (node);
}

/**
 * wp_json_node_get_number:
 * @node: a node
 * @value: (out): its value
 *
 * Returns: whether @node is a number that a double holds: not one beyond
 *   the range of doubles, however it is written
 */
gboolean
wp_json_node_get_number (JsonNode *node,
                         double   *value)
{
  const char *text = wp_json_node_get_number_text (node);

  if (text != NULL)
    {
      errno = 0;
      *value = g_ascii_strtod (text, NULL);
      return errno != ERANGE && isfinite (*value);
    }
  if (!wp_json_node_is_number (node))
    return FALSE;
  *value = json_node_get_double (node);

  return isfinite (*value);
}

/* A real text: not a number kept as it was written. */
gboolean
wp_json_node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
         wp_json_node_get_number_text (node) == NULL;
}

/**
 * wp_json_format_number:
 * @value: a finite number
 * @buffer: where to write it, %G_ASCII_DTOSTR_BUF_SIZE bytes
 * @size: its size
 *
 * Writes the shortest text that reads back as @value; whole numbers without
 * a fraction.
 */
void
wp_json_format_number (double  value,
                       char   *buffer,
                       gsize   size)
{
  g_return_if_fail (isfinite (value));

  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_snprintf (buffer, size, "%.0f", value);
      return;
    }

  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, size, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
}
