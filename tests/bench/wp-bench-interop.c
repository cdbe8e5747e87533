/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Benchmarks of importing and exporting: the real Trello board of
 * ../shared/testdata/interop, the same board repeated to 10,000 cards and a
 * Jira export repeated to 10,000 issues, each against reading the same bytes
 * alone (json-glib for JSON, the CSV reader for CSV); then the generated
 * 10,000-item product written in every export format. Best of three, wall
 * time in this process; it measures and never fails on time.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "wp-bench.h"
#include "wp-csv-export.h"
#include "wp-csv.h"
#include "wp-date.h"
#include "wp-html-export.h"
#include "wp-import.h"
#include "wp-json.h"
#include "wp-markdown-export.h"
#include "wp-roadmap-export.h"
#include "wp-writer.h"

typedef double (*Measure) (gconstpointer data);

static double
best_of_three (Measure       measure,
               gconstpointer data)
{
  double best = measure (data);

  for (guint i = 0; i < 2; i++)
    best = MIN (best, measure (data));

  return best;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

typedef struct {
  const char *format;
  GBytes     *bytes;
} Import;

static double
measure_import (gconstpointer data)
{
  const Import *import = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpImport) importer = wp_import_new (import->format, &error);
  g_autoptr(WpImportReport) report = wp_import_report_new ();
  g_autoptr(WpDocument) document = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!wp_import_read (importer, import->bytes, &error) ||
      (document = wp_import_build (importer, report, NULL, &error)) == NULL)
    g_error ("%s", error->message);

  return seconds_since (start);
}

static double
measure_json_glib (gconstpointer data)
{
  const Import *import = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (import->bytes, &length);
  gint64 start = g_get_monotonic_time ();

  if (!json_parser_load_from_data (parser, text, length, &error))
    g_error ("%s", error->message);

  return seconds_since (start);
}

static double
measure_csv_reader (gconstpointer data)
{
  const Import *import = data;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autofree char *text = wp_csv_decode (import->bytes, NULL, &error);
  g_autoptr(GPtrArray) rows = text != NULL ? wp_csv_parse (text, &error) : NULL;

  if (rows == NULL)
    g_error ("%s", error->message);

  return seconds_since (start);
}

static guint
count_items (const Import *import)
{
  g_autoptr(WpImport) importer = wp_import_new (import->format, NULL);
  g_autoptr(WpImportReport) report = wp_import_report_new ();
  g_autoptr(WpDocument) document = NULL;

  wp_import_read (importer, import->bytes, NULL);
  document = wp_import_build (importer, report, NULL, NULL);

  return g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_ITEM));
}

static void
print_import (const char *what,
              const char *format,
              GBytes     *bytes,
              Measure     alone,
              const char *alone_name)
{
  Import import = { format, bytes };
  double imported = best_of_three (measure_import, &import);
  double read = best_of_three (alone, &import);

  g_print ("| %-40s | %6u | %7.1f | %8.3f s | %-9s %7.3f s | %5.2fx |\n", what,
           count_items (&import), g_bytes_get_size (bytes) / 1e6, imported, alone_name, read,
           imported / read);
}

static GBytes *
read_fixture (const char *testdata,
              const char *name)
{
  g_autofree char *path = g_build_filename (testdata, "interop", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

/* The board with its cards repeated to @n_cards, each copy with an id and title of its own. */
static GBytes *
repeat_board (GBytes *board,
              guint   n_cards)
{
  g_autoptr(JsonNode) root = wp_json_parse (g_bytes_get_data (board, NULL),
                                            g_bytes_get_size (board), NULL);
  JsonArray *cards = json_object_get_array_member (json_node_get_object (root), "cards");
  guint n = json_array_get_length (cards);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *text;

  for (guint i = n; i < n_cards; i++)
    {
      /* json_node_copy() would share the object: through text, each card is its own. */
      g_autofree char *original = json_to_string (json_array_get_element (cards, i % n), FALSE);
      JsonNode *copy = json_from_string (original, NULL);
      JsonObject *card = json_node_get_object (copy);
      /* Trello's ids begin with the creation time, which the import reads. */
      g_autofree char *id = g_strdup_printf ("%.16s%08x",
                                             json_object_get_string_member (card, "id"), i);
      g_autofree char *name = g_strdup_printf ("%s %u", json_object_get_string_member_with_default (
                                                          card, "name", ""), i);

      json_object_set_string_member (card, "id", id);
      json_object_set_string_member (card, "name", name);
      json_array_add_element (cards, copy);
    }
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

static int
column_named (GStrv       header,
              const char *name)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i;

  return -1;
}

/* The export's issues repeated to @n_issues, with keys, ids and ranks of their own. */
static GBytes *
repeat_jira (GBytes *export,
             guint   n_issues)
{
  g_autofree char *text = wp_csv_decode (export, NULL, NULL);
  g_autoptr(GPtrArray) rows = wp_csv_parse (text, NULL);
  GStrv header = g_ptr_array_index (rows, 0);
  int key = column_named (header, "Issue key"), id = column_named (header, "Issue id");
  int rank = column_named (header, "Custom field (Rank)");
  GString *csv = g_string_new (NULL);

  for (guint r = 0; r < n_issues + 1; r++)
    {
      GStrv row = g_ptr_array_index (rows, r == 0 ? 0 : 1 + (r - 1) % (rows->len - 1));

      for (guint c = 0; row[c] != NULL; c++)
        {
          g_autofree char *cell = NULL;

          if (r > 0 && (int) c == key)
            cell = g_strdup_printf ("BEN-%u", r);
          else if (r > 0 && (int) c == id)
            cell = g_strdup_printf ("%u", 20000 + r);
          else if (r > 0 && (int) c == rank)
            cell = g_strdup_printf ("0|i%06u:", r);
          if (c > 0)
            g_string_append_c (csv, ',');
          wp_csv_append_field (csv, cell != NULL ? cell : row[c]);
        }
      g_string_append (csv, "\r\n");
    }

  return g_string_free_to_bytes (csv);
}

static void
bench_imports (const char *testdata)
{
  g_autoptr(GBytes) board = read_fixture (testdata, "trello-gocd-test-drive-large.json");
  g_autoptr(GBytes) jira = read_fixture (testdata, "jira-cloud-2025-all-fields-tes.csv");
  g_autoptr(GBytes) big_board = NULL;
  g_autoptr(GBytes) big_jira = NULL;

  g_print ("Importing (best of three; alone = reading the same bytes without importing; "
           "ratio = import / alone)\n\n");
  if (board == NULL || jira == NULL)
    {
      g_print ("%s/interop is not there: no import measured\n", testdata);
      return;
    }
  big_board = repeat_board (board, 10000);
  big_jira = repeat_jira (jira, 10000);
  g_print ("| file                                     | items  | MB      | import     | alone"
           "               | ratio  |\n");
  g_print ("|------------------------------------------|--------|---------|------------|-------"
           "--------------|--------|\n");
  print_import ("Trello, the large real board", "trello", board, measure_json_glib, "json-glib");
  print_import ("Trello, the same board to 10,000 cards", "trello", big_board, measure_json_glib,
                "json-glib");
  print_import ("Jira CSV, the real export", "jira-csv", jira, measure_csv_reader, "CSV");
  print_import ("Jira CSV, the same issues to 10,000", "jira-csv", big_jira, measure_csv_reader,
                "CSV");
}

typedef struct {
  const char *name;
  GBytes   *(*write) (WpDocument *document);
} Export;

static GBytes *
export_markdown (WpDocument *document)
{
  return wp_markdown_export (document, NULL, wp_date_today ());
}

static GBytes *
export_html (WpDocument *document)
{
  return wp_html_export (document, wp_date_today ());
}

static GBytes *
export_roadmap_svg (WpDocument *document)
{
  return wp_roadmap_export (document, WP_EXPORT_SVG, NULL);
}

static void
bench_exports (void)
{
  static const Export exports[] = {
    { "json", wp_write_document },
    { "csv", wp_csv_export_items },
    { "feedback-csv", wp_csv_export_feedback },
    { "markdown", export_markdown },
    { "html", export_html },
    { "roadmap-svg", export_roadmap_svg },
  };
  g_autoptr(WpDocument) document = wp_bench_generate (10000);

  g_print ("\nExporting the generated product of 10,000 items and 50,000 feedback entries "
           "(best of three)\n\n");
  g_print ("| format        | time      | MB      |\n");
  g_print ("|---------------|-----------|---------|\n");
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      double best = G_MAXDOUBLE;
      gsize size = 0;

      for (guint round = 0; round < 3; round++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr(GBytes) bytes = exports[i].write (document);

          best = MIN (best, seconds_since (start));
          size = g_bytes_get_size (bytes);
        }
      g_print ("| %-13s | %7.3f s | %7.1f |\n", exports[i].name, best, size / 1e6);
    }
}

/**
 * wp_bench_interop:
 * @testdata: the folder of the shared test data
 *
 * Prints the import and export tables.
 */
void
wp_bench_interop (const char *testdata)
{
  bench_imports (testdata);
  bench_exports ();
}
