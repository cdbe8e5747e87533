/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The CSV reader every import shares, on csv-spectrum (../shared/testdata/csv):
 * each file is read and compared field by field with the JSON its authors wrote
 * for it, and again with semicolons, as a spreadsheet in a comma-decimal
 * locale saves it.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "wp-csv.h"

static char *
spectrum_path (const char *folder,
               const char *name)
{
  return g_build_filename (g_getenv ("WP_TESTDATA") ?: "", "csv", "csv-spectrum", folder, name,
                           NULL);
}

static GPtrArray *
parse_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *decoded = wp_csv_decode (bytes, NULL, &error);
  GPtrArray *rows;

  g_assert_no_error (error);
  rows = wp_csv_parse (decoded, &error);
  g_assert_no_error (error);

  return rows;
}

/* The rows after the header, as the expected JSON's objects, member by member. */
static void
assert_like_json (GPtrArray  *rows,
                  JsonArray  *expected,
                  const char *name)
{
  GStrv header = rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;

  g_test_message ("%s", name);
  g_assert_cmpuint (rows->len > 0 ? rows->len - 1 : 0, ==, json_array_get_length (expected));
  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = g_ptr_array_index (rows, r);
      JsonObject *object = json_array_get_object_element (expected, r - 1);

      g_assert_cmpuint (g_strv_length (row), ==, json_object_get_size (object));
      for (guint c = 0; header[c] != NULL; c++)
        g_assert_cmpstr (row[c], ==, json_object_get_string_member (object, header[c]));
    }
}

/* @text with its separating commas (outside quotes) as semicolons. */
static char *
with_semicolons (const char *text)
{
  char *copy = g_strdup (text);
  gboolean quoted = FALSE;

  for (char *p = copy; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        *p = ';';
    }

  return copy;
}

static void
test_spectrum (void)
{
  g_autofree char *folder = spectrum_path ("csvs", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint files = 0;

  if (dir == NULL)
    {
      g_test_skip ("../shared/testdata/csv is not there");
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *csv_path = spectrum_path ("csvs", name);
      g_autofree char *base = g_strndup (name, strlen (name) - strlen (".csv"));
      g_autofree char *json_name = g_strconcat (base, ".json", NULL);
      g_autofree char *json_path = spectrum_path ("json", json_name);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *semicolons = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GPtrArray) semicolon_rows = NULL;

      if (!g_str_has_suffix (name, ".csv"))
        continue;
      g_assert_true (g_file_get_contents (csv_path, &text, NULL, &error));
      g_assert_true (json_parser_load_from_file (parser, json_path, &error));
      g_assert_no_error (error);

      rows = parse_text (text);
      assert_like_json (rows, json_node_get_array (json_parser_get_root (parser)), name);
      /* json.csv holds commas in JSON text; the others survive a change of separator. */
      if (strstr (name, "json") != NULL)
        continue;
      semicolons = with_semicolons (text);
      semicolon_rows = parse_text (semicolons);
      assert_like_json (semicolon_rows, json_node_get_array (json_parser_get_root (parser)), name);
      files++;
    }
  g_assert_cmpuint (files, >=, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/spectrum", test_spectrum);

  return g_test_run ();
}
