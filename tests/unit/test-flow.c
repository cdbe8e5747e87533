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

  return g_test_run ();
}
