/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reads JSON text into json-glib nodes, strictly as RFC 8259 writes it, so
 * that whatever Waypoint accepts it can write back without changing a value:
 *
 * - A number is kept as its text when the writer would not write that same
 *   text: integers beyond 64 bits, doubles beyond their range (1e400, 1e-400)
 *   and other spellings (1.0, 1E2, -0) come back byte for byte. Such a node
 *   holds a string that starts with a byte no UTF-8 text contains; only
 *   wp-json-number.c makes or reads it, through wp_json_node_*_number*().
 * - A \u escape of half a surrogate pair is refused with its place: it is not
 *   a character, and UTF-8 cannot hold it.
 * - The input must be UTF-8 (the caller checks); a leading byte order mark is
 *   skipped, as Windows tools write one.
 *
 * Nesting is kept on a stack of its own, not the C stack (json-glib 1.6
 * parses recursively), and limited to WP_JSON_MAX_DEPTH levels, as json-glib
 * still frees and copies nodes recursively.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wp-error.h"
#include "wp-json.h"

typedef struct {
  JsonNode *node;   /* the object or array being filled */
  char     *key;    /* in an object: the member whose value comes next */
  guint     count;  /* members or elements so far */
} Frame;

typedef struct {
  const char *data;
  const char *p;
  const char *end;
  GArray     *frames;
} Parser;

/**
 * wp_json_locate:
 * @data: a text
 * @offset: a byte offset in it
 * @line: (out): the line @offset is on, from 1
 * @column: (out): its column in characters, from 1
 */
void
wp_json_locate (const char *data,
                gsize       offset,
                guint      *line,
                guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

/* Where the parser is in the document's structure: items[3].title. */
static char *
path_of (Parser *parser)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < parser->frames->len; i++)
    {
      Frame *frame = &g_array_index (parser->frames, Frame, i);

      if (JSON_NODE_HOLDS_ARRAY (frame->node))
        g_string_append_printf (path, "[%u]", frame->count);
      else if (frame->key != NULL)
        g_string_append_printf (path, "%s%s", path->len > 0 ? "." : "", frame->key);
    }

  return g_string_free (path, FALSE);
}

static void
set_syntax_error (Parser      *parser,
                  const char  *at,
                  GError     **error,
                  const char  *reason)
{
  guint line, column;

  wp_json_locate (parser->data, at - parser->data, &line, &column);
  g_set_error (error, WP_ERROR, WP_ERROR_SYNTAX,
               _("The file is not valid JSON: line %u, column %u: %s"), line, column, reason);
}

static void
set_surrogate_error (Parser      *parser,
                     const char  *at,
                     GError     **error)
{
  g_autofree char *path = path_of (parser);
  g_autofree char *escape = g_strndup (at, 6);
  guint line, column;

  wp_json_locate (parser->data, at - parser->data, &line, &column);
  if (path[0] != '\0')
    /* Translators: %s are a JSON escape such as \ud800 and the place, such as items[3].title */
    g_set_error (error, WP_ERROR, WP_ERROR_ENCODING,
                 _("Line %u, column %u (%s) holds %s, half of a character without its "
                   "other half; no text can hold it."), line, column, path, escape);
  else
    g_set_error (error, WP_ERROR, WP_ERROR_ENCODING,
                 _("Line %u, column %u holds %s, half of a character without its other half; "
                   "no text can hold it."), line, column, escape);
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\n' || *parser->p == '\r'))
    parser->p++;
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;

  return -1;
}

/* The four hex digits after "\u" at @at, or -1. */
static int
read_hex4 (Parser     *parser,
           const char *at)
{
  int value = 0;

  if (parser->end - at < 6)
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = hex_digit (at[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* A \u escape (or two, for a surrogate pair) at parser->p, appended to @text as UTF-8. */
static gboolean
read_unicode_escape (Parser   *parser,
                     GString  *text,
                     GError  **error)
{
  const char *at = parser->p;
  int unit = read_hex4 (parser, at);
  gunichar character;

  if (unit < 0)
    {
      set_syntax_error (parser, at, error, _("\\u must be followed by four hexadecimal digits"));
      return FALSE;
    }
  parser->p += 6;
  character = unit;
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    {
      set_surrogate_error (parser, at, error);
      return FALSE;
    }
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      int low = parser->end - parser->p >= 6 && parser->p[0] == '\\' && parser->p[1] == 'u'
                ? read_hex4 (parser, parser->p) : -1;

      if (low < 0xDC00 || low > 0xDFFF)
        {
          set_surrogate_error (parser, at, error);
          return FALSE;
        }
      parser->p += 6;
      character = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
  g_string_append_unichar (text, character);

  return TRUE;
}

static gboolean
read_escape (Parser   *parser,
             GString  *text,
             GError  **error)
{
  static const char plain[] = "\"\\/bfnrt";
  static const char meant[] = "\"\\/\b\f\n\r\t";
  const char *found;

  if (parser->p + 1 >= parser->end)
    {
      set_syntax_error (parser, parser->p, error, _("the file ends inside a text"));
      return FALSE;
    }
  if (parser->p[1] == 'u')
    return read_unicode_escape (parser, text, error);

  found = parser->p[1] != '\0' ? strchr (plain, parser->p[1]) : NULL;
  if (found == NULL)
    {
      set_syntax_error (parser, parser->p, error, _("this is not an escape JSON knows"));
      return FALSE;
    }
  g_string_append_c (text, meant[found - plain]);
  parser->p += 2;

  return TRUE;
}

/* The string that starts at parser->p (a quote), or NULL. */
static char *
read_string (Parser  *parser,
             GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  parser->p++;
  while (parser->p < parser->end)
    {
      const char *run = parser->p;

      while (parser->p < parser->end && *parser->p != '"' && *parser->p != '\\' &&
             (guchar) *parser->p >= 0x20)
        parser->p++;
      g_string_append_len (text, run, parser->p - run);
      if (parser->p == parser->end)
        break;
      if (*parser->p == '"')
        {
          parser->p++;
          return g_string_free (g_steal_pointer (&text), FALSE);
        }
      if ((guchar) *parser->p < 0x20)
        {
          set_syntax_error (parser, parser->p, error,
                            _("a line break or control character in a text must be escaped"));
          return NULL;
        }
      if (!read_escape (parser, text, error))
        return NULL;
    }

  set_syntax_error (parser, parser->p, error, _("the file ends inside a text"));
  return NULL;
}

static gboolean
skip_digits (Parser *parser)
{
  const char *start = parser->p;

  while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
    parser->p++;

  return parser->p > start;
}

/* The text a number node is written as, unless it is kept as it was read. */
static char *
canonical_text (JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  wp_json_format_number (json_node_get_double (node), buffer, sizeof buffer);

  return g_strdup (buffer);
}

/* A node for @text, a number as JSON writes it; kept as text where a value would change it. */
static JsonNode *
number_node (const char *text,
             gsize       length,
             gboolean    whole)
{
  g_autofree char *copy = g_strndup (text, length);
  g_autoptr(JsonNode) node = json_node_alloc ();
  g_autofree char *canonical = NULL;
  gint64 integer;
  double value;

  if (whole && g_ascii_string_to_signed (copy, 10, G_MININT64, G_MAXINT64, &integer, NULL))
    json_node_init_int (node, integer);
  else
    {
      errno = 0;
      value = g_ascii_strtod (copy, NULL);
      if (errno == ERANGE || !isfinite (value))
        return wp_json_node_new_number_text (text, length);
      json_node_init_double (node, value);
    }

  canonical = canonical_text (node);
  if (!g_str_equal (canonical, copy))
    return wp_json_node_new_number_text (text, length);

  return g_steal_pointer (&node);
}

static JsonNode *
read_number (Parser  *parser,
             GError **error)
{
  const char *start = parser->p;
  gboolean whole = TRUE;

  if (*parser->p == '-')
    parser->p++;
  if (parser->p < parser->end && *parser->p == '0')
    parser->p++;
  else if (!skip_digits (parser))
    goto invalid;
  if (parser->p < parser->end && *parser->p == '.')
    {
      parser->p++;
      whole = FALSE;
      if (!skip_digits (parser))
        goto invalid;
    }
  if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
    {
      parser->p++;
      whole = FALSE;
      if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
        parser->p++;
      if (!skip_digits (parser))
        goto invalid;
    }
  if (parser->p < parser->end && (g_ascii_isalnum (*parser->p) || *parser->p == '.'))
    goto invalid;

  return number_node (start, parser->p - start, whole);

invalid:
  set_syntax_error (parser, start, error, _("this is not a number as JSON writes it"));
  return NULL;
}

static JsonNode *
read_word (Parser  *parser,
           GError **error)
{
  static const char * const words[] = { "true", "false", "null" };
  JsonNode *node;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize length = strlen (words[i]);

      if ((gsize) (parser->end - parser->p) < length ||
          memcmp (parser->p, words[i], length) != 0 ||
          (parser->p + length < parser->end && g_ascii_isalnum (parser->p[length])))
        continue;
      parser->p += length;
      node = json_node_alloc ();
      if (i == 2)
        return json_node_init_null (node);
      return json_node_init_boolean (node, i == 0);
    }

  set_syntax_error (parser, parser->p, error, _("expected a value here"));
  return NULL;
}

static JsonNode *
open_container (Parser   *parser,
                gboolean  object,
                GError  **error)
{
  JsonNode *node;
  Frame frame = { NULL, NULL, 0 };
  guint line, column;

  if (parser->frames->len >= WP_JSON_MAX_DEPTH)
    {
      wp_json_locate (parser->data, parser->p - parser->data, &line, &column);
      g_set_error (error, WP_ERROR, WP_ERROR_TOO_DEEP,
                   _("Line %u, column %u is nested more than %u levels deep."),
                   line, column, WP_JSON_MAX_DEPTH);
      return NULL;
    }
  node = json_node_alloc ();
  frame.node = node;

  if (object)
    json_node_take_object (json_node_init (node, JSON_NODE_OBJECT), json_object_new ());
  else
    json_node_take_array (json_node_init (node, JSON_NODE_ARRAY), json_array_new ());
  g_array_append_val (parser->frames, frame);
  parser->p++;

  return node;
}

/* After "{" or ",": a member's name and its colon. */
static gboolean
read_key (Parser  *parser,
          GError **error)
{
  Frame *top = &g_array_index (parser->frames, Frame, parser->frames->len - 1);

  skip_space (parser);
  if (parser->p >= parser->end || *parser->p != '"')
    {
      set_syntax_error (parser, parser->p, error, _("expected a member name in double quotes"));
      return FALSE;
    }
  top->key = read_string (parser, error);
  if (top->key == NULL)
    return FALSE;
  skip_space (parser);
  if (parser->p >= parser->end || *parser->p != ':')
    {
      set_syntax_error (parser, parser->p, error, _("expected “:” after the member name"));
      return FALSE;
    }
  parser->p++;

  return TRUE;
}

/*
 * A value, or the start of a container: then *@opened says so and the caller
 * reads what is inside it first.
 */
static JsonNode *
read_value (Parser   *parser,
            gboolean *opened,
            GError  **error)
{
  JsonNode *node;
  char *text;

  *opened = FALSE;
  skip_space (parser);
  if (parser->p >= parser->end)
    {
      set_syntax_error (parser, parser->p, error, _("the file ends where a value should be"));
      return NULL;
    }

  switch (*parser->p)
    {
    case '{':
    case '[':
      *opened = TRUE;
      return open_container (parser, *parser->p == '{', error);
    case '"':
      text = read_string (parser, error);
      if (text == NULL)
        return NULL;
      node = json_node_init_string (json_node_alloc (), text);
      g_free (text);
      return node;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return read_number (parser, error);
    default:
      return read_word (parser, error);
    }
}

/* Puts @value into the innermost container; returns whether that was the root. */
static gboolean
attach (Parser   *parser,
        JsonNode *value)
{
  Frame *top;

  if (parser->frames->len == 0)
    return TRUE;

  top = &g_array_index (parser->frames, Frame, parser->frames->len - 1);
  if (JSON_NODE_HOLDS_OBJECT (top->node))
    {
      /* A repeated name keeps its last value, as most readers do. */
      json_object_set_member (json_node_get_object (top->node), top->key, value);
      g_clear_pointer (&top->key, g_free);
    }
  else
    json_array_add_element (json_node_get_array (top->node), value);
  top->count++;

  return FALSE;
}

/*
 * After a value inside a container: a comma (then what comes next) or the
 * container's end. Returns the closed container, to be attached in turn, or
 * NULL to read the next value (or on an error).
 */
static JsonNode *
after_value (Parser   *parser,
             gboolean *failed,
             GError  **error)
{
  Frame *top = &g_array_index (parser->frames, Frame, parser->frames->len - 1);
  gboolean object = JSON_NODE_HOLDS_OBJECT (top->node);
  JsonNode *closed;

  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ',')
    {
      parser->p++;
      *failed = object && !read_key (parser, error);
      return NULL;
    }
  if (parser->p < parser->end && *parser->p == (object ? '}' : ']'))
    {
      parser->p++;
      closed = top->node;
      g_array_remove_index (parser->frames, parser->frames->len - 1);
      return closed;
    }

  set_syntax_error (parser, parser->p, error,
                    parser->p >= parser->end ? _("the file ends before the document does")
                    : object ? _("expected “,” or “}”") : _("expected “,” or “]”"));
  *failed = TRUE;
  return NULL;
}

/* Right after "{" or "[": the empty container's end, or the first member's name. */
static gboolean
start_container (Parser   *parser,
                 JsonNode *node,
                 gboolean *empty,
                 GError  **error)
{
  gboolean object = JSON_NODE_HOLDS_OBJECT (node);

  skip_space (parser);
  *empty = parser->p < parser->end && *parser->p == (object ? '}' : ']');
  if (*empty)
    {
      parser->p++;
      g_array_remove_index (parser->frames, parser->frames->len - 1);
      return TRUE;
    }

  return !object || read_key (parser, error);
}

/* What was read of the containers still open when the text turned out wrong. */
static void
clear_frames (GArray *frames)
{
  for (guint i = 0; i < frames->len; i++)
    {
      Frame *frame = &g_array_index (frames, Frame, i);

      g_free (frame->key);
      json_node_unref (frame->node);
    }
}

static JsonNode *
parse (Parser  *parser,
       GError **error)
{
  for (;;)
    {
      gboolean opened, failed = FALSE, empty = FALSE;
      JsonNode *value = read_value (parser, &opened, error);

      if (value == NULL)
        return NULL;
      if (opened)
        {
          if (!start_container (parser, value, &empty, error))
            return NULL;
          if (!empty)
            continue;
        }
      /* The value is complete: attach it, and every container it completes. */
      for (;;)
        {
          if (attach (parser, value))
            return value;
          value = after_value (parser, &failed, error);
          if (failed)
            return NULL;
          if (value == NULL)
            break;
        }
    }
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;

  return TRUE;
}

/**
 * wp_json_check_text:
 * @data: a file's contents
 * @length: their length
 * @error: %WP_ERROR_EMPTY or %WP_ERROR_ENCODING with the place
 *
 * Checks what comes before the JSON: that the file holds something, in UTF-8.
 *
 * Returns: whether it does
 */
gboolean
wp_json_check_text (const char  *data,
                    gsize        length,
                    GError     **error)
{
  const char *end = NULL;
  guint line, column;

  if (is_blank (data, length))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  wp_json_locate (data, end - data, &line, &column);
  g_set_error (error, WP_ERROR, WP_ERROR_ENCODING,
               _("The file is not UTF-8 text: line %u, column %u holds bytes that are not."),
               line, column);

  return FALSE;
}

/**
 * wp_json_parse:
 * @data: UTF-8 JSON text
 * @length: its length in bytes
 * @error: a %WP_ERROR_SYNTAX with the line and column, or a %WP_ERROR_ENCODING
 *   for half a surrogate pair
 *
 * Returns: (transfer full) (nullable): the value the text holds
 */
JsonNode *
wp_json_parse (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  Parser parser = { data, data, data + length, frames };
  JsonNode *root;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    parser.p += 3;

  root = parse (&parser, error);
  if (root == NULL)
    {
      clear_frames (frames);
      return NULL;
    }

  skip_space (&parser);
  if (parser.p < parser.end)
    {
      set_syntax_error (&parser, parser.p, error, _("there is more after the end of the document"));
      json_node_unref (root);
      return NULL;
    }

  return root;
}
