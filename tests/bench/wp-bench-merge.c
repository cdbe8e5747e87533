/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Benchmark of the three-way merge (git's merge driver) on the generated
 * product of 10,000 items and 50,000 feedback entries: two copies, each with
 * its own 200 moves and 200 edits, merged, against reading the three files.
 * Best of three; it measures and never fails on time.
 */
#include "config.h"

#include "wp-bench.h"
#include "wp-reader.h"
#include "wp-three-way.h"
#include "wp-writer.h"

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static WpDocument *
read_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_read_document (g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes), NULL, NULL, &error);

  if (document == NULL)
    g_error ("%s", error->message);

  return document;
}

/* One side's edits: moves and new estimates of every other item from @first on. */
static GBytes *
edited (GBytes *base,
        guint   first)
{
  g_autoptr(WpDocument) document = read_bytes (base);
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(WpItem) item = g_list_model_get_item (items, (first + 2 * i * 37) % n);
      g_autoptr(WpItem) top = g_list_model_get_item (items, 0);

      wp_document_set_number (document, WP_ENTITY (item), WP_ITEM_ESTIMATE, 21);
      if (item != top)
        wp_document_move_item (document, item, NULL, top);
    }

  return wp_write_document (document);
}

/**
 * wp_bench_merge:
 *
 * Prints the merge table.
 */
void
wp_bench_merge (void)
{
  g_autoptr(WpDocument) generated = wp_bench_generate (10000);
  g_autoptr(GBytes) base = wp_write_document (generated);
  g_autoptr(GBytes) ours = edited (base, 0);
  g_autoptr(GBytes) theirs = edited (base, 1);
  double read_best = G_MAXDOUBLE, merge_best = G_MAXDOUBLE;
  guint conflicts = 0;

  for (guint round = 0; round < 3; round++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(WpDocument) b = read_bytes (base);
      g_autoptr(WpDocument) o = read_bytes (ours);
      g_autoptr(WpDocument) t = read_bytes (theirs);
      g_autoptr(WpDocument) merged = NULL;

      read_best = MIN (read_best, seconds_since (start));
      start = g_get_monotonic_time ();
      merged = wp_three_way_merge (b, o, t);
      merge_best = MIN (merge_best, seconds_since (start));
      conflicts = g_list_model_get_n_items (wp_document_get_list (merged, WP_KIND_CONFLICT));
    }

  g_print ("\nMerging two copies of 10,000 items and 50,000 feedback entries, 200 moves and 200 "
           "edits each (best of three)\n\n");
  g_print ("| reading the three files | merging   | ratio | conflicts |\n");
  g_print ("|-------------------------|-----------|-------|-----------|\n");
  g_print ("| %21.3f s | %7.3f s | %4.2fx | %9u |\n", read_best, merge_best,
           merge_best / read_best, conflicts);
}
