/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The strict JSON reader (wp-json.c): values, escapes, numbers kept as written, every error. */
#include "config.h"

#include <string.h>

#include "wp-error.h"
#include "wp-json.h"
#include "wp-reader.h"
#include "wp-writer.h"

static JsonNode *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = wp_json_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);

  return node;
}

static void
assert_syntax_error (const char *text,
                     const char *message)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = wp_json_parse (text, strlen (text), &error);

  g_assert_null (node);
  g_assert_error (error, WP_ERROR, WP_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_values (void)
{
  const char *text = "\xEF\xBB\xBF { \"a\" : [1, -2.5, true, false, null, {}, []],"
                     "\n\"b\": \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\","
                     " \"a\": 7 }";
  g_autoptr(JsonNode) root = parse_ok (text);
  JsonObject *object = json_node_get_object (root);

  /* The byte order mark is skipped; a repeated name keeps its last value. */
  g_assert_cmpint (json_object_get_size (object), ==, 2);
  g_assert_cmpint (json_object_get_int_member (object, "a"), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (object, "b"), ==, "x\"\\/\b\f\n\r\té😀");
}

static char *
nested (guint depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, "[{\"k\":");
  g_string_append (text, "1");
  for (guint i = 0; i < depth; i++)
    g_string_append (text, "}]");

  return g_string_free (text, FALSE);
}

static void
test_nesting (void)
{
  g_autofree char *deep = nested (WP_JSON_MAX_DEPTH / 2);
  g_autofree char *too_deep = nested (200000);
  g_autoptr(JsonNode) root = parse_ok (deep);
  g_autoptr(GError) error = NULL;
  JsonNode *node;
  guint depth = 0;

  for (node = root; JSON_NODE_HOLDS_ARRAY (node); depth++)
    node = json_object_get_member (json_array_get_object_element (json_node_get_array (node), 0),
                                   "k");
  g_assert_cmpuint (depth, ==, WP_JSON_MAX_DEPTH / 2);

  /* No input overflows the stack: the parser keeps its own, and stops at a depth. */
  g_assert_null (wp_json_parse (too_deep, strlen (too_deep), &error));
  g_assert_error (error, WP_ERROR, WP_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "Line 1, column 3001 is nested more than 1000 levels deep.");
}

static void
test_syntax_errors (void)
{
  assert_syntax_error ("[1,]",
                       "The file is not valid JSON: line 1, column 4: expected a value here");
  assert_syntax_error (
    "{\"a\" 1}", "The file is not valid JSON: line 1, column 6: expected “:” after the member "
                 "name");
  assert_syntax_error ("{\n  \"a\": 01}",
                       "The file is not valid JSON: line 2, column 8: this is not a number as JSON "
                       "writes it");
  assert_syntax_error ("[\"a\nb\"]",
                       "The file is not valid JSON: line 1, column 4: a line break or control "
                       "character in a text must be escaped");
  assert_syntax_error ("[\"abc",
                       "The file is not valid JSON: line 1, column 6: the file ends inside "
                       "a text");
  assert_syntax_error ("[\"\\x\"]", "The file is not valid JSON: line 1, column 3: this is not an "
                       "escape JSON knows");
  assert_syntax_error ("[\"\\u12\"]", "The file is not valid JSON: line 1, column 3: \\u must be "
                       "followed by four hexadecimal digits");
  assert_syntax_error ("{} {}", "The file is not valid JSON: line 1, column 4: there is more after "
                       "the end of the document");
  assert_syntax_error ("[1 2]",
                       "The file is not valid JSON: line 1, column 4: expected “,” or “]”");
  assert_syntax_error ("{\"a\": 1", "The file is not valid JSON: line 1, column 8: the file ends "
                       "before the document does");
  assert_syntax_error ("[NaN]",
                       "The file is not valid JSON: line 1, column 2: expected a value here");
  assert_syntax_error ("[truey]", "The file is not valid JSON: line 1, column 2: expected a value "
                       "here");
  assert_syntax_error ("{'a': 1}",
                       "The file is not valid JSON: line 1, column 2: expected a member "
                       "name in double quotes");
  assert_syntax_error ("", "The file is not valid JSON: line 1, column 1: the file ends where a "
                       "value should be");
}

static void
test_lone_surrogates (void)
{
  const char *cases[][2] = {
    { "{\"items\": [{\"title\": \"a\\ud800b\"}]}", "Line 1, column 24 (items[0].title) holds "
      "\\ud800, half of a character without its other half; no text can hold it." },
    { "[\"\\uDd1e\\uD834\"]", "Line 1, column 3 ([0]) holds \\uDd1e, half of a character without "
      "its other half; no text can hold it." },
    { "{\"\\uDFAA\": 0}", "Line 1, column 3 holds \\uDFAA, half of a character without its other "
      "half; no text can hold it." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      JsonNode *node = wp_json_parse (cases[i][0], strlen (cases[i][0]), &error);

      g_assert_null (node);
      g_assert_error (error, WP_ERROR, WP_ERROR_ENCODING);
      g_assert_cmpstr (error->message, ==, cases[i][1]);
    }
}

static void
test_numbers (void)
{
  /* Canonical numbers become values; any other spelling is kept as written. */
  const struct { const char *text; GType type; gboolean as_written; } cases[] = {
    { "0", G_TYPE_INT64, FALSE },
    { "-9223372036854775808", G_TYPE_INT64, FALSE },
    { "9223372036854775807", G_TYPE_INT64, FALSE },
    { "9223372036854775808", G_TYPE_STRING, TRUE },
    { "-123123123123123123123123123123", G_TYPE_STRING, TRUE },
    { "0.5", G_TYPE_DOUBLE, FALSE },
    { "1e+300", G_TYPE_DOUBLE, FALSE },
    { "1e300", G_TYPE_STRING, TRUE },
    { "1.0", G_TYPE_STRING, TRUE },
    { "-0", G_TYPE_STRING, TRUE },
    { "1e400", G_TYPE_STRING, TRUE },
    { "-1e+9999", G_TYPE_STRING, TRUE },
    { "1.23e-9999998", G_TYPE_STRING, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = parse_ok (cases[i].text);

      g_assert_cmpint (json_node_get_value_type (node), ==, cases[i].type);
      g_assert_true (wp_json_node_is_number (node));
      g_assert_false (wp_json_node_is_string (node));
      if (cases[i].as_written)
        g_assert_cmpstr (wp_json_node_get_number_text (node), ==, cases[i].text);
      else
        g_assert_null (wp_json_node_get_number_text (node));
    }
}

static void
test_number_values (void)
{
  const struct { const char *text; gboolean fits; double value; } cases[] = {
    { "2.50", TRUE, 2.5 },
    { "1E2", TRUE, 100 },
    { "1e400", FALSE, 0 },
    { "1e-400", FALSE, 0 },
    { "100000000000000000000", TRUE, 1e20 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = parse_ok (cases[i].text);
      double value;

      g_assert_cmpint (wp_json_node_get_number (node, &value), ==, cases[i].fits);
      if (cases[i].fits)
        g_assert_cmpfloat (value, ==, cases[i].value);
    }
}

static char *
round_trip (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = wp_read_document (text, strlen (text), NULL, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  bytes = wp_write_document (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_unknown_members_come_back (void)
{
  const char *document = "{\"format\": \"waypoint\", \"version\": 1, \"x-big\": "
                         "[100000000000000000000, 1.5e+9999, -1e+9999, 1e400, 1.0, -0, 1E2, 0.5],"
                         " \"items\": [{\"id\": \"a\", \"title\": \"A\", \"x-n\": "
                         "-123123123123123123123123123123}]}";
  g_autofree char *once = round_trip (document);
  g_autofree char *twice = round_trip (once);

  g_assert_nonnull (strstr (once, "    100000000000000000000,\n    1.5e+9999,\n    -1e+9999,\n"
                                  "    1e400,\n    1.0,\n    -0,\n    1E2,\n    0.5\n"));
  g_assert_nonnull (strstr (once, "\"x-n\": -123123123123123123123123123123"));
  g_assert_cmpstr (once, ==, twice);
}

static void
test_known_fields_refuse_what_they_cannot_hold (void)
{
  const char *cases[][2] = {
    { "{\"format\": \"waypoint\", \"version\": 1, \"items\": [{\"id\": \"a\"}, {\"id\": \"b\", "
      "\"estimate\": 1e400}]}", "items[1].estimate: expected a number of at least 0, got 1e400" },
    { "{\"format\": \"waypoint\", \"version\": 1, \"feedback\": [{\"id\": \"f\", \"importance\": "
      "100000000000000000000}]}", "feedback[0].importance: expected a whole number from 1 to 3, "
      "got 100000000000000000000" },
    { "{\"format\": \"waypoint\", \"version\": 1, \"items\": [{\"id\": \"a\", \"title\": 1e400}]}",
      "items[0].title: expected a text, got 1e400" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WpDocument) document = wp_read_document (cases[i][0], strlen (cases[i][0]), NULL,
                                                         NULL, &error);

      g_assert_null (document);
      g_assert_error (error, WP_ERROR, WP_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i][1]);
    }
}

static void
test_known_numbers_in_other_spellings (void)
{
  const char *document = "{\"format\": \"waypoint\", \"version\": 1, \"items\": [{\"id\": \"a\", "
                         "\"estimate\": 2.50, \"value\": 8E0}]}";
  g_autofree char *written = round_trip (document);

  /* The value is kept; a known field is written in the canonical form. */
  g_assert_nonnull (strstr (written, "\"estimate\": 2.5,"));
  g_assert_nonnull (strstr (written, "\"value\": 8,"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/values", test_values);
  g_test_add_func ("/json/nesting", test_nesting);
  g_test_add_func ("/json/syntax-errors", test_syntax_errors);
  g_test_add_func ("/json/lone-surrogates", test_lone_surrogates);
  g_test_add_func ("/json/numbers", test_numbers);
  g_test_add_func ("/json/number-values", test_number_values);
  g_test_add_func ("/json/unknown-members-come-back", test_unknown_members_come_back);
  g_test_add_func ("/json/known-fields-refuse", test_known_fields_refuse_what_they_cannot_hold);
  g_test_add_func ("/json/known-numbers-in-other-spellings", test_known_numbers_in_other_spellings);

  return g_test_run ();
}
