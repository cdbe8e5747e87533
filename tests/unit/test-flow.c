/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFlow against status histories whose answers are known: when an item
 * started (its first column past the first, a removed column skipped, done
 * straight away counting), its cycle time and age with both ends counted,
 * the percentiles of the last 90 days, and their rebuild after a change.
 */
#include "config.h"

#include "test-documents.h"
#include "wp-date.h"
#include "wp-flow.h"

/* "[{day: today - ago, status: column}, …]" from "column@ago column@ago …". */
static char *
history (guint32     today,
         const char *changes)
{
  g_auto(GStrv) parts = g_strsplit (changes, " ", -1);
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) change = g_strsplit (parts[i], "@", 2);
      g_autofree char *day = wp_date_format (today - atoi (change[1]));

      g_string_append_printf (json, "%s{\"day\": \"%s\", \"status\": \"%s\"}", i > 0 ? ", " : "",
                              day, change[0]);
    }
  g_string_append_c (json, ']');

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static WpDocument *
board (guint32 today)
{
  g_autofree char *a = history (today, "todo@9 doing@7 done@3");
  g_autofree char *b = history (today, "todo@9 done@8");
  g_autofree char *c = history (today, "doing@5 review@4");
  g_autofree char *e = history (today, "gone@9 doing@6");
  g_autofree char *done_a = wp_date_format (today - 3), *done_b = wp_date_format (today - 8);
  g_autofree char *done_old = wp_date_format (today - 200);
  g_autofree char *old = history (today, "doing@210");
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"columns\": [{\"id\": \"todo\", \"title\": \"To Do\"},"
    "               {\"id\": \"doing\", \"title\": \"Doing\"},"
    "               {\"id\": \"review\", \"title\": \"Review\"},"
    "               {\"id\": \"done\", \"title\": \"Done\"}],"
    " \"items\": [{\"id\": \"a\", \"rank\": \"a\", \"status\": \"done\", \"done\": \"%s\","
    "              \"status_history\": %s},"
    "             {\"id\": \"b\", \"rank\": \"b\", \"status\": \"done\", \"done\": \"%s\","
    "              \"status_history\": %s},"
    "             {\"id\": \"c\", \"rank\": \"c\", \"status\": \"review\", \"status_history\": %s},"
    "             {\"id\": \"d\", \"rank\": \"d\", \"status\": \"doing\"},"
    "             {\"id\": \"e\", \"rank\": \"e\", \"status\": \"doing\", \"status_history\": %s},"
    "             {\"id\": \"f\", \"rank\": \"f\", \"status\": \"done\", \"done\": \"%s\"},"
    "             {\"id\": \"g\", \"rank\": \"g\", \"status\": \"done\", \"done\": \"%s\","
    "              \"status_history\": %s}]}",
    done_a, a, done_b, b, c, e, done_a, done_old, old);

  return read_json (json);
}

static WpEntity *
item (WpDocument *document,
      const char *id)
{
  return wp_document_lookup (document, WP_KIND_ITEM, id);
}

static void
test_starts_cycle_times_and_ages (void)
{
  guint32 today = wp_date_today (), started = 0;
  g_autoptr(WpDocument) document = board (today);
  WpFlow *flow = wp_document_get_flow (document);
  guint days = 0;

  g_assert_true (wp_flow_started (flow, item (document, "a"), &started));
  g_assert_cmpuint (started, ==, today - 7);
  g_assert_true (wp_flow_cycle_time (flow, item (document, "a"), &days));
  g_assert_cmpuint (days, ==, 5);
  /* Straight from to do to done: it started and ended on one day. */
  g_assert_true (wp_flow_cycle_time (flow, item (document, "b"), &days));
  g_assert_cmpuint (days, ==, 1);
  /* Not done, or done with no recorded start: no cycle time. */
  g_assert_false (wp_flow_cycle_time (flow, item (document, "c"), &days));
  g_assert_false (wp_flow_cycle_time (flow, item (document, "f"), &days));

  /* In review since it started five days ago, both days counted: six. */
  g_assert_cmpuint (wp_flow_age (flow, item (document, "c"), today), ==, 6);
  /* A removed column tells nothing; its next change does. */
  g_assert_cmpuint (wp_flow_age (flow, item (document, "e"), today), ==, 7);
  g_assert_cmpuint (wp_flow_age (flow, item (document, "d"), today), ==, 0);
  g_assert_cmpuint (wp_flow_age (flow, item (document, "a"), today), ==, 0);
}

static void
test_percentiles_and_rebuild (void)
{
  guint32 today = wp_date_today ();
  g_autoptr(WpDocument) document = board (today);
  WpFlow *flow = wp_document_get_flow (document);

  /* a took 5 days and b 1 in the last 90 days; g, done 200 days ago, is not counted. */
  g_assert_cmpuint (wp_flow_cycle_time_at (flow, 50), ==, 1);
  g_assert_cmpuint (wp_flow_cycle_time_at (flow, 85), ==, 5);

  /* c is done today: 6 days; the percentiles follow at once. */
  wp_document_set_status (document, WP_ITEM (item (document, "c")), "done");
  g_assert_cmpuint (wp_flow_cycle_time_at (flow, 50), ==, 5);
  g_assert_cmpuint (wp_flow_cycle_time_at (flow, 85), ==, 6);
  wp_document_undo (document);
  g_assert_cmpuint (wp_flow_cycle_time_at (flow, 85), ==, 5);
}

/* The items in each column @ago days before today, as wp_flow_cumulative() counted them. */
static void
assert_day (GArray     *counts,
            guint       ago,
            const char *expected)
{
  g_autofree char *found = g_strdup_printf ("%u %u %u %u",
                                            g_array_index (counts, guint, (10 - ago) * 4 + 0),
                                            g_array_index (counts, guint, (10 - ago) * 4 + 1),
                                            g_array_index (counts, guint, (10 - ago) * 4 + 2),
                                            g_array_index (counts, guint, (10 - ago) * 4 + 3));

  g_assert_cmpstr (found, ==, expected);
}

/*
 * To do, doing, review, done at the end of each day: a history's column until the next
 * change, an unknown column left out, a done item done from its done day (g, done long ago
 * with a history that stops in progress; f, with none), an item with neither left out (d).
 */
static void
test_cumulative_flow (void)
{
  guint32 today = wp_date_today ();
  g_autoptr(WpDocument) document = board (today);
  g_autoptr(GArray) counts = wp_flow_cumulative (wp_document_get_flow (document), today - 10,
                                                 today);

  g_assert_cmpuint (counts->len, ==, 11 * 4);
  assert_day (counts, 10, "0 0 0 1");
  assert_day (counts, 9, "2 0 0 1");
  assert_day (counts, 8, "1 0 0 2");
  assert_day (counts, 7, "0 1 0 2");
  assert_day (counts, 6, "0 2 0 2");
  assert_day (counts, 5, "0 3 0 2");
  assert_day (counts, 4, "0 2 1 2");
  assert_day (counts, 3, "0 1 1 4");
  assert_day (counts, 0, "0 1 1 4");
}

/* The items done in the days asked for whose start is known, with their cycle times. */
static void
test_cycle_points (void)
{
  guint32 today = wp_date_today (), from, to;
  g_autoptr(WpDocument) document = board (today);
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) none = NULL;

  wp_flow_cycle_days (NULL, today, &from, &to);
  g_assert_cmpuint (to, ==, today);
  g_assert_cmpuint (from, ==, today - 89);
  points = wp_flow_cycle_points (wp_document_get_flow (document), from, to);
  g_assert_cmpuint (points->len, ==, 2);
  g_assert_cmpuint (g_array_index (points, WpCyclePoint, 0).done, ==, today - 3);
  g_assert_cmpuint (g_array_index (points, WpCyclePoint, 0).days, ==, 5);
  g_assert_cmpuint (g_array_index (points, WpCyclePoint, 1).done, ==, today - 8);
  g_assert_cmpuint (g_array_index (points, WpCyclePoint, 1).days, ==, 1);
  none = wp_flow_cycle_points (wp_document_get_flow (document), today - 2, today);
  g_assert_cmpuint (none->len, ==, 0);
}

/* A sprint's days up to today; the cycle-time chart's at least 90 of them. */
static void
test_chart_days (void)
{
  guint32 today = wp_date_today (), from, to;
  g_autofree char *start = wp_date_format (today - 4), *end = wp_date_format (today + 9);
  g_autofree char *later = wp_date_format (today + 3);
  g_autoptr(WpEntity) sprint = wp_entity_new (WP_TYPE_SPRINT, NULL);

  wp_entity_set_string (sprint, WP_SPRINT_START, start);
  wp_entity_set_string (sprint, WP_SPRINT_END, end);
  wp_flow_chart_days (sprint, today, &from, &to);
  g_assert_cmpuint (from, ==, today - 4);
  g_assert_cmpuint (to, ==, today);
  wp_flow_cycle_days (sprint, today, &from, &to);
  g_assert_cmpuint (from, ==, today - 89);
  g_assert_cmpuint (to, ==, today);
  /* Not begun: the 90 days up to today. */
  wp_entity_set_string (sprint, WP_SPRINT_START, later);
  wp_flow_chart_days (sprint, today, &from, &to);
  g_assert_cmpuint (from, ==, today - 89);
  g_assert_cmpuint (to, ==, today);
}

static void
test_no_history (void)
{
  g_autoptr(WpDocument) document = read_json (
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"columns\": [{\"id\": \"todo\", \"title\": \"To Do\"},"
    "               {\"id\": \"done\", \"title\": \"Done\"}],"
    " \"items\": [{\"id\": \"a\", \"rank\": \"a\", \"status\": \"done\","
    "              \"done\": \"2026-01-01\"}]}");

  g_assert_cmpuint (wp_flow_cycle_time_at (wp_document_get_flow (document), 85), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flow/starts-cycle-times-and-ages", test_starts_cycle_times_and_ages);
  g_test_add_func ("/flow/percentiles-and-rebuild", test_percentiles_and_rebuild);
  g_test_add_func ("/flow/no-history", test_no_history);
  g_test_add_func ("/flow/cumulative-flow", test_cumulative_flow);
  g_test_add_func ("/flow/cycle-points", test_cycle_points);
  g_test_add_func ("/flow/chart-days", test_chart_days);

  return g_test_run ();
}
