/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRoadmapLayout: rows per lane, overlapping entries in tracks, entries
 * without a lane, conflicts, progress, what the search finds.
 */
#include "config.h"

#include "wp-roadmap-geometry.h"
#include "wp-roadmap-layout.h"
#include "wp-text-match.h"

static WpEntity *
add_entity (WpDocument *document,
            GType       type,
            const char *id,
            guint       field,
            const char *text)
{
  g_autoptr(WpEntity) entity = wp_entity_new (type, id);

  wp_document_add (document, entity);
  wp_document_set_string (document, entity, field, text);

  return entity;
}

static WpEntity *
add_entry (WpDocument *document,
           const char *id,
           const char *lane,
           const char *start,
           const char *end)
{
  WpEntity *entry = add_entity (document, WP_TYPE_ROADMAP_ENTRY, id, WP_ROADMAP_ENTRY_TITLE, id);

  wp_document_set_string (document, entry, WP_ROADMAP_ENTRY_LANE, lane);
  wp_document_set_string (document, entry, WP_ROADMAP_ENTRY_START, start);
  wp_document_set_string (document, entry, WP_ROADMAP_ENTRY_END, end);

  return entry;
}

static void
test_rows_tracks_and_conflicts (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpRoadmapLayout) layout = wp_roadmap_layout_new ();
  WpEntity *a, *b, *c, *loose, *unscheduled;
  const char *depends[] = { "a", NULL };
  guint32 first, last;

  add_entity (document, WP_TYPE_LANE, "one", WP_LANE_TITLE, "One");
  add_entity (document, WP_TYPE_LANE, "two", WP_LANE_TITLE, "Two");
  a = add_entry (document, "a", "one", "2026-01-05", "2026-01-30");
  b = add_entry (document, "b", "one", "2026-01-19", "2026-02-13");   /* overlaps a */
  c = add_entry (document, "c", "one", "2026-02-02", "2026-02-27");   /* fits after a */
  loose = add_entry (document, "loose", NULL, "2026-03-02", NULL);     /* a day, no lane */
  unscheduled = add_entry (document, "later", "two", NULL, NULL);
  wp_document_set_strv (document, b, WP_ROADMAP_ENTRY_DEPENDS_ON, depends);
  wp_document_set_strv (document, c, WP_ROADMAP_ENTRY_DEPENDS_ON, depends);

  wp_roadmap_layout_compute (layout, document, NULL, NULL);

  /* Lanes in order, and a last row for the entry without one. */
  g_assert_cmpuint (wp_roadmap_layout_get_n_rows (layout), ==, 3);
  g_assert_cmpstr (wp_entity_get_id (wp_roadmap_layout_get_row (layout, 0)->lane), ==, "one");
  g_assert_null (wp_roadmap_layout_get_row (layout, 2)->lane);
  g_assert_cmpuint (wp_roadmap_layout_get_row (layout, 0)->tracks, ==, 2);
  g_assert_cmpuint (wp_roadmap_layout_get_row (layout, 1)->tracks, ==, 1);
  g_assert_cmpfloat (wp_roadmap_geometry_row_y (layout, 1), ==,
                     wp_roadmap_geometry_row_height (layout, 0));

  g_assert_cmpuint (wp_roadmap_layout_lookup (layout, a)->track, ==, 0);
  g_assert_cmpuint (wp_roadmap_layout_lookup (layout, b)->track, ==, 1);
  g_assert_cmpuint (wp_roadmap_layout_lookup (layout, c)->track, ==, 0);
  g_assert_cmpuint (wp_roadmap_layout_lookup (layout, loose)->row, ==, 2);
  g_assert_cmpuint (wp_roadmap_layout_lookup (layout, loose)->end, ==,
                    wp_roadmap_layout_lookup (layout, loose)->start);
  g_assert_null (wp_roadmap_layout_lookup (layout, unscheduled));

  /* b starts before a ends; c after. */
  g_assert_true (wp_roadmap_layout_lookup (layout, b)->conflict);
  g_assert_false (wp_roadmap_layout_lookup (layout, c)->conflict);

  g_assert_true (wp_roadmap_layout_get_span (layout, &first, &last));
  g_assert_cmpuint (first, ==, wp_roadmap_layout_lookup (layout, a)->start);
  g_assert_cmpuint (last, ==, wp_roadmap_layout_lookup (layout, loose)->end);
}

static void
test_preview_moves_one_entry (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpRoadmapLayout) layout = wp_roadmap_layout_new ();
  WpEntity *a;
  WpRoadmapPlace preview = { 0 };

  add_entity (document, WP_TYPE_LANE, "one", WP_LANE_TITLE, "One");
  add_entity (document, WP_TYPE_LANE, "two", WP_LANE_TITLE, "Two");
  a = add_entry (document, "a", "one", "2026-01-05", "2026-01-30");
  wp_roadmap_layout_compute (layout, document, NULL, NULL);
  preview = *wp_roadmap_layout_lookup (layout, a);
  preview.row = 1;
  preview.start += 7;
  preview.end += 7;

  wp_roadmap_layout_compute (layout, document, a, &preview);
  g_assert_cmpuint (wp_roadmap_layout_lookup (layout, a)->row, ==, 1);
  g_assert_cmpuint (wp_roadmap_layout_lookup (layout, a)->start, ==, preview.start);
  /* The document is not touched. */
  g_assert_cmpstr (wp_entity_get_string (a, WP_ROADMAP_ENTRY_LANE), ==, "one");
}

static void
test_progress_counts_done_points (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *entry, *done, *open;
  const char *items[] = { "done", "open", "unestimated", "gone", NULL };

  add_entity (document, WP_TYPE_COLUMN, "todo", WP_COLUMN_TITLE, "To Do");
  add_entity (document, WP_TYPE_COLUMN, "finished", WP_COLUMN_TITLE, "Done");
  done = add_entity (document, WP_TYPE_ITEM, "done", WP_ITEM_STATUS, "finished");
  open = add_entity (document, WP_TYPE_ITEM, "open", WP_ITEM_STATUS, "todo");
  add_entity (document, WP_TYPE_ITEM, "unestimated", WP_ITEM_STATUS, "finished");
  wp_document_set_number (document, done, WP_ITEM_ESTIMATE, 5);
  wp_document_set_number (document, open, WP_ITEM_ESTIMATE, 4);
  entry = add_entry (document, "e", NULL, "2026-01-05", "2026-01-30");
  g_assert_cmpfloat (wp_roadmap_entry_get_progress (document, entry), ==, 0);

  /* 5 + 1 (an item without an estimate counts one point) of 10; a missing item counts nothing. */
  wp_document_set_strv (document, entry, WP_ROADMAP_ENTRY_ITEMS, items);
  g_assert_cmpfloat_with_epsilon (wp_roadmap_entry_get_progress (document, entry), 0.6, 1e-9);
}

static void
test_search_finds_titles_and_linked_items (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *entry = add_entry (document, "Offline Maps Beta", NULL, "2026-01-05", "2026-01-30");
  const char *items[] = { "gpx", "gone", NULL };
  g_autofree char *title = wp_text_fold ("maps b");
  g_autofree char *linked = wp_text_fold ("GPX EXPORT");
  g_autofree char *nowhere = wp_text_fold ("battery");

  add_entity (document, WP_TYPE_ITEM, "gpx", WP_ITEM_TITLE, "GPX export");
  g_assert_true (wp_roadmap_entry_holds_text (document, entry, title));
  g_assert_false (wp_roadmap_entry_holds_text (document, entry, linked));

  /* A linked item that is gone is no match and no crash. */
  wp_document_set_strv (document, entry, WP_ROADMAP_ENTRY_ITEMS, items);
  g_assert_true (wp_roadmap_entry_holds_text (document, entry, linked));
  g_assert_false (wp_roadmap_entry_holds_text (document, entry, nowhere));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roadmap-layout/rows-tracks-and-conflicts", test_rows_tracks_and_conflicts);
  g_test_add_func ("/roadmap-layout/preview-moves-one-entry", test_preview_moves_one_entry);
  g_test_add_func ("/roadmap-layout/progress-counts-done-points", test_progress_counts_done_points);
  g_test_add_func ("/roadmap-layout/search-finds-titles-and-linked-items",
                   test_search_finds_titles_and_linked_items);

  return g_test_run ();
}
