/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Merging an imported product into an open one: what is reused by name, where
 * the items go, how references follow new ids, and that it is one undo step.
 */
#include "config.h"

#include <string.h>

#include "wp-import-report.h"
#include "test-documents.h"

static const char target_json[] =
  "{\"format\": \"waypoint\", \"version\": 1, \"product\": {\"name\": \"Open\"},"
  " \"columns\": [{\"id\": \"todo\", \"title\": \"To Do\"},"
  "               {\"id\": \"done\", \"title\": \"Done\"}],"
  " \"items\": [{\"id\": \"a\", \"rank\": \"V\", \"title\": \"Existing A\", \"status\": \"todo\"},"
  "            {\"id\": \"b\", \"rank\": \"k\", \"title\": \"Existing B\"}],"
  " \"sprints\": [{\"id\": \"s1\", \"name\": \"Sprint 1\"}],"
  " \"releases\": [{\"id\": \"r1\", \"name\": \"1.0\", \"rank\": \"a\"}]}";

/* Another board: "to do" and "Sprint 1" are the target's; "a" is an id the target uses. */
static const char incoming_json[] =
  "{\"format\": \"waypoint\", \"version\": 1, \"product\": {\"name\": \"Imported\"},"
  " \"columns\": [{\"id\": \"c1\", \"title\": \"to do\"}, {\"id\": \"c2\", \"title\": \"Review\"},"
  "               {\"id\": \"c3\", \"title\": \"Shipped\"}],"
  " \"items\": [{\"id\": \"a\", \"rank\": \"1\", \"title\": \"Epic\", \"kind\": \"epic\","
  "             \"status\": \"c1\"},"
  "            {\"id\": \"x\", \"rank\": \"2\", \"title\": \"Story\", \"epic\": \"a\","
  "             \"status\": \"c2\", \"sprint\": \"t1\", \"release\": \"r2\", \"labels\": [\"ux\"]},"
  "            {\"id\": \"y\", \"rank\": \"4\", \"title\": \"Shipped story\", \"status\": \"c3\","
  "             \"done\": \"2026-01-02\", \"sprint\": \"t2\"}],"
  " \"sprints\": [{\"id\": \"t1\", \"name\": \"sprint 1\"},"
  "               {\"id\": \"t2\", \"name\": \"Sprint 9\", \"unfinished_items\": [\"x\"]}],"
  " \"releases\": [{\"id\": \"r2\", \"name\": \"2.0\", \"rank\": \"3\"}],"
  " \"feedback\": [{\"id\": \"f\", \"text\": \"Want it\", \"items\": [\"a\", \"gone\"]}]}";

static WpEntity *
nth (WpDocument *document,
     WpKind      kind,
     guint       i)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (wp_document_get_list (document, kind), i);

  return entity;
}

static const char *
title_of (WpDocument *document,
          WpKind      kind,
          const char *id)
{
  WpEntity *entity = wp_document_lookup (document, kind, id);

  g_assert_nonnull (entity);

  return wp_entity_get_display_name (entity);
}

static void
test_merge_below (void)
{
  g_autoptr(WpDocument) target = read_json (target_json);
  g_autoptr(WpDocument) incoming = read_json (incoming_json);
  g_autofree char *before = written (target);
  g_autofree char *incoming_before = written (incoming);
  g_autofree char *after = NULL, *undone = NULL, *redone = NULL, *incoming_after = NULL;
  WpEntity *epic, *story, *shipped, *sprint9;
  GListModel *columns = wp_document_get_list (target, WP_KIND_COLUMN);
  GListModel *items = wp_document_get_list (target, WP_KIND_ITEM);

  wp_document_merge (target, incoming, WP_MERGE_BOTTOM, "Import");

  /* Columns: "to do" is "To Do"; Review comes before Done; Shipped, the last, is Done. */
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 3);
  g_assert_cmpstr (wp_entity_get_string (nth (target, WP_KIND_COLUMN, 0), WP_COLUMN_TITLE), ==,
                   "To Do");
  g_assert_cmpstr (wp_entity_get_string (nth (target, WP_KIND_COLUMN, 1), WP_COLUMN_TITLE), ==,
                   "Review");
  g_assert_cmpstr (wp_entity_get_id (nth (target, WP_KIND_COLUMN, 2)), ==, "done");

  /* The items below the backlog, in order, the release line of 2.0 among them. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 5);
  g_assert_cmpstr (wp_entity_get_id (nth (target, WP_KIND_ITEM, 1)), ==, "b");
  epic = nth (target, WP_KIND_ITEM, 2);
  story = nth (target, WP_KIND_ITEM, 3);
  shipped = nth (target, WP_KIND_ITEM, 4);
  g_assert_cmpstr (wp_entity_get_display_name (epic), ==, "Epic");
  g_assert_cmpstr (wp_entity_get_display_name (story), ==, "Story");
  g_assert_cmpstr (wp_entity_get_display_name (shipped), ==, "Shipped story");
  g_assert_cmpstr (wp_entity_get_id (epic), !=, "a");
  g_assert_cmpstr (wp_entity_get_id (story), ==, "x");

  /* Every reference follows: the epic's new id, the target's column and sprint. */
  g_assert_cmpstr (wp_entity_get_string (story, WP_ITEM_EPIC), ==, wp_entity_get_id (epic));
  g_assert_cmpstr (wp_entity_get_string (epic, WP_ITEM_STATUS), ==, "todo");
  g_assert_cmpstr (title_of (target, WP_KIND_COLUMN, wp_entity_get_string (story, WP_ITEM_STATUS)),
                   ==, "Review");
  g_assert_cmpstr (wp_entity_get_string (story, WP_ITEM_SPRINT), ==, "s1");
  g_assert_cmpstr (wp_entity_get_string (shipped, WP_ITEM_STATUS), ==, "done");
  g_assert_cmpstr (wp_entity_get_string (shipped, WP_ITEM_DONE), ==, "2026-01-02");
  g_assert_cmpstr (wp_entity_get_strv (story, WP_ITEM_LABELS)[0], ==, "ux");
  g_assert_cmpstr (title_of (target, WP_KIND_RELEASE, wp_entity_get_string (story,
                                                                          WP_ITEM_RELEASE)),
                   ==, "2.0");
  sprint9 = nth (target, WP_KIND_SPRINT, 1);
  g_assert_cmpstr (wp_entity_get_display_name (sprint9), ==, "Sprint 9");
  g_assert_cmpstr (wp_entity_get_strv (sprint9, WP_SPRINT_UNFINISHED_ITEMS)[0], ==, "x");
  {
    WpEntity *release = wp_document_lookup (target, WP_KIND_RELEASE,
                                            wp_entity_get_string (story, WP_ITEM_RELEASE));
    const char *line = wp_entity_get_string (release, WP_RELEASE_RANK);

    g_assert_cmpstr (wp_entity_get_string (story, WP_ITEM_RANK), <, line);
    g_assert_cmpstr (line, <, wp_entity_get_string (shipped, WP_ITEM_RANK));
    g_assert_cmpstr (wp_entity_get_string (nth (target, WP_KIND_RELEASE, 0), WP_RELEASE_RANK), <,
                     wp_entity_get_string (epic, WP_ITEM_RANK));
  }
  /* Feedback asks for the epic under its new id; what pointed nowhere is gone. */
  {
    WpEntity *feedback = nth (target, WP_KIND_FEEDBACK, 0);
    const char * const *asked = wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS);

    g_assert_cmpuint (g_strv_length ((char **) asked), ==, 1);
    g_assert_cmpstr (asked[0], ==, wp_entity_get_id (epic));
  }
  g_assert_cmpstr (wp_entity_get_string (WP_ENTITY (wp_document_get_product (target)),
                                         WP_PRODUCT_NAME), ==, "Open");

  /* One undo step, both ways, to the byte; the imported product is as it was. */
  after = written (target);
  g_assert_true (wp_document_undo (target));
  undone = written (target);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (wp_document_undo (target));
  g_assert_true (wp_document_redo (target));
  redone = written (target);
  g_assert_cmpstr (redone, ==, after);
  incoming_after = written (incoming);
  g_assert_cmpstr (incoming_after, ==, incoming_before);
}

static void
test_merge_above (void)
{
  g_autoptr(WpDocument) target = read_json (target_json);
  g_autoptr(WpDocument) incoming = read_json (incoming_json);
  WpEntity *release;

  wp_document_merge (target, incoming, WP_MERGE_TOP, "Import");

  g_assert_cmpstr (wp_entity_get_display_name (nth (target, WP_KIND_ITEM, 0)), ==, "Epic");
  g_assert_cmpstr (wp_entity_get_display_name (nth (target, WP_KIND_ITEM, 2)), ==,
                   "Shipped story");
  g_assert_cmpstr (wp_entity_get_id (nth (target, WP_KIND_ITEM, 3)), ==, "a");
  /* 2.0's line sits between the story and the shipped story, above the open product's. */
  release = wp_document_lookup (target, WP_KIND_RELEASE,
                                wp_entity_get_string (nth (target, WP_KIND_ITEM, 1),
                                                      WP_ITEM_RELEASE));
  g_assert_cmpstr (wp_entity_get_display_name (release), ==, "2.0");
  g_assert_cmpstr (wp_entity_get_string (release, WP_RELEASE_RANK), <,
                   wp_entity_get_string (nth (target, WP_KIND_ITEM, 2), WP_ITEM_RANK));
  g_assert_cmpstr (wp_entity_get_string (nth (target, WP_KIND_ITEM, 2), WP_ITEM_RANK), <,
                   wp_entity_get_string (nth (target, WP_KIND_ITEM, 3), WP_ITEM_RANK));
}

static void
test_merge_into_empty (void)
{
  g_autoptr(WpDocument) target = wp_document_new ();
  g_autoptr(WpDocument) incoming = read_json (incoming_json);
  GListModel *columns = wp_document_get_list (target, WP_KIND_COLUMN);

  wp_document_merge (target, incoming, WP_MERGE_BOTTOM, "Import");

  /* Nothing to reuse: everything comes with its own ids, in order. */
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 3);
  g_assert_cmpstr (wp_entity_get_id (nth (target, WP_KIND_COLUMN, 0)), ==, "c1");
  g_assert_cmpstr (wp_entity_get_id (nth (target, WP_KIND_COLUMN, 2)), ==, "c3");
  g_assert_cmpstr (wp_entity_get_id (nth (target, WP_KIND_ITEM, 0)), ==, "a");
  g_assert_cmpstr (wp_entity_get_string (nth (target, WP_KIND_ITEM, 1), WP_ITEM_EPIC), ==, "a");
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (target, WP_KIND_SPRINT)), ==,
                    2);
}

/* What a preview says is reused: columns and sprints by name, the last column as the done one. */
static void
test_merge_reused (void)
{
  g_autoptr(WpDocument) target = read_json (target_json);
  g_autoptr(WpDocument) incoming = read_json (incoming_json);
  g_autoptr(WpDocument) empty = wp_document_new ();
  g_auto(GStrv) columns = wp_document_merge_reused (target, incoming, WP_KIND_COLUMN);
  g_auto(GStrv) sprints = wp_document_merge_reused (target, incoming, WP_KIND_SPRINT);
  g_auto(GStrv) releases = wp_document_merge_reused (target, incoming, WP_KIND_RELEASE);
  g_auto(GStrv) into_empty = wp_document_merge_reused (empty, incoming, WP_KIND_COLUMN);
  const char * const expected_columns[] = { "to do", "Shipped", NULL };
  const char * const expected_sprints[] = { "sprint 1", NULL };

  g_assert_true (g_strv_equal ((const char * const *) columns, expected_columns));
  g_assert_true (g_strv_equal ((const char * const *) sprints, expected_sprints));
  g_assert_cmpuint (g_strv_length (releases), ==, 0);
  g_assert_cmpuint (g_strv_length (into_empty), ==, 0);

  /* A preview counts what is new to the target only. */
  {
    g_autoptr(WpImportReport) report = wp_import_report_new ();
    g_auto(GStrv) alone = wp_import_report_summarize (report, incoming, NULL);
    g_auto(GStrv) into = wp_import_report_summarize (report, incoming, target);
    const char * const expected_alone[] = {
      "3 columns", "3 items", "2 sprints", "1 release", "1 feedback entry", NULL
    };
    const char * const expected_into[] = {
      "1 column", "3 items", "1 sprint", "1 release", "1 feedback entry", NULL
    };

    g_assert_true (g_strv_equal ((const char * const *) alone, expected_alone));
    g_assert_true (g_strv_equal ((const char * const *) into, expected_into));
  }

  /* The merge does what the preview said: two columns reused, one added. */
  wp_document_merge (target, incoming, WP_MERGE_BOTTOM, "Import");
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (target, WP_KIND_COLUMN)),
                    ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (target, WP_KIND_SPRINT)),
                    ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/below", test_merge_below);
  g_test_add_func ("/merge/above", test_merge_above);
  g_test_add_func ("/merge/into-empty", test_merge_into_empty);
  g_test_add_func ("/merge/reused", test_merge_reused);

  return g_test_run ();
}
