/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Sprint numbers (committed and completed points, velocity, burndown from done
 * dates, the release forecast) and planning (closing a sprint, a new one's
 * dates).
 */
#include "config.h"

#include "wp-date.h"
#include "wp-sprint-plan.h"
#include "wp-velocity.h"

static WpEntity *
add_sprint (WpDocument *document,
            const char *id,
            const char *state,
            const char *start,
            const char *end)
{
  g_autoptr(WpEntity) sprint = wp_entity_new (WP_TYPE_SPRINT, id);

  wp_document_add (document, sprint);
  wp_document_set_string (document, sprint, WP_SPRINT_NAME, id);
  wp_document_set_string (document, sprint, WP_SPRINT_STATE, state);
  wp_document_set_string (document, sprint, WP_SPRINT_START, start);
  wp_document_set_string (document, sprint, WP_SPRINT_END, end);

  return sprint;
}

static WpEntity *
add_item (WpDocument *document,
          const char *sprint,
          double      estimate,
          const char *done)
{
  g_autoptr(WpEntity) item = wp_entity_new (WP_TYPE_ITEM, NULL);

  wp_document_add (document, item);
  wp_document_set_string (document, item, WP_ITEM_SPRINT, sprint);
  if (estimate >= 0)
    wp_document_set_number (document, item, WP_ITEM_ESTIMATE, estimate);
  wp_document_set_string (document, item, WP_ITEM_DONE, done);

  /* The document holds it. */
  return item;
}

static void
test_points_and_velocity (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(GArray) history = NULL;
  WpEntity *current;

  /* Added out of order: the history follows the end dates. */
  add_sprint (document, "s2", "closed", "2026-08-15", "2026-08-28");
  add_sprint (document, "s1", "closed", "2026-08-01", "2026-08-14");
  add_sprint (document, "s3", "closed", "2026-08-29", "2026-09-11");
  add_sprint (document, "s4", "closed", "2026-09-12", "2026-09-25");
  current = add_sprint (document, "s5", "active", "2026-09-26", "2026-10-09");
  add_item (document, "s1", 5, "2026-08-10");
  add_item (document, "s1", 3, NULL);          /* not done: committed, not completed */
  add_item (document, "s2", 8, "2026-08-20");
  add_item (document, "s3", 13, "2026-09-01");
  add_item (document, "s3", -1, "2026-09-02"); /* no estimate counts nothing */
  add_item (document, "s4", 2, "2026-09-20");
  add_item (document, "s5", 8, "2026-09-30");
  add_item (document, "s5", 5, NULL);

  g_assert_cmpfloat (wp_sprint_committed_points (document, current), ==, 13);
  g_assert_cmpfloat (wp_sprint_completed_points (document, current), ==, 8);

  history = wp_velocity_history (document);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpfloat (g_array_index (history, double, 0), ==, 5);
  g_assert_cmpfloat (g_array_index (history, double, 1), ==, 8);
  g_assert_cmpfloat (g_array_index (history, double, 2), ==, 13);
  g_assert_cmpfloat (g_array_index (history, double, 3), ==, 2);

  /* The last three closed sprints; fewer when there are fewer. */
  g_assert_cmpfloat (wp_velocity_average (document, 3), ==, (8 + 13 + 2) / 3.0);
  g_assert_cmpfloat (wp_velocity_average (document, 10), ==, (5 + 8 + 13 + 2) / 4.0);
}

static void
test_burndown (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *sprint = add_sprint (document, "s1", "active", "2026-09-01", "2026-09-05");
  WpEntity *undated = add_sprint (document, "s2", "planned", NULL, NULL);
  g_autoptr(GArray) burndown = NULL;
  g_autoptr(GArray) none = NULL;
  /* Committed as it starts, then left at the end of each of its five days. */
  const double expected[] = { 16, 16, 13, 13, 8, 8 };

  add_item (document, "s1", 3, "2026-09-02");
  add_item (document, "s1", 5, "2026-09-04");
  add_item (document, "s1", 8, NULL);
  add_item (document, "s2", 40, NULL);

  burndown = wp_sprint_burndown (document, sprint);
  g_assert_cmpuint (burndown->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpfloat (g_array_index (burndown, double, i), ==, expected[i]);

  none = wp_sprint_burndown (document, undated);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_forecast (void)
{
  const double steady[] = { 10, 10, 10 }, mixed[] = { 5, 15 }, nothing[] = { 0, 0 };
  guint32 first;
  WpForecast forecast, again;

  g_assert_true (wp_date_parse ("2026-10-12", &first));

  /* The same velocity every time: 35 points take four sprints, whatever the draws. */
  g_assert_true (wp_forecast_run (steady, G_N_ELEMENTS (steady), 35, first, 14, 1, 1000,
                                  &forecast));
  g_assert_cmpuint (forecast.sprints[WP_P50], ==, 4);
  g_assert_cmpuint (forecast.sprints[WP_P85], ==, 4);
  g_assert_cmpuint (forecast.days[WP_P50], ==, first + 4 * 14 - 1);

  /*
   * 5 or 15 points, 20 to do: two sprints in 3 of 4 runs (15+5, 15+15, 5+15), three in 1 of 8
   * (5+5+15), four in 1 of 8: 50 and 70 of 100 runs need two sprints, 85 three, 95 four.
   */
  g_assert_true (wp_forecast_run (mixed, G_N_ELEMENTS (mixed), 20, first, 14, 42, 10000,
                                  &forecast));
  g_assert_cmpuint (forecast.sprints[WP_P50], ==, 2);
  g_assert_cmpuint (forecast.sprints[WP_P70], ==, 2);
  g_assert_cmpuint (forecast.sprints[WP_P85], ==, 3);
  g_assert_cmpuint (forecast.sprints[WP_P95], ==, 4);
  g_assert_cmpuint (forecast.days[WP_P85], ==, first + 3 * 14 - 1);
  g_assert_cmpuint (forecast.days[WP_P95], ==, first + 4 * 14 - 1);

  /* The same seed, the same forecast. */
  g_assert_true (wp_forecast_run (mixed, G_N_ELEMENTS (mixed), 200, first, 14, 7, 500, &forecast));
  g_assert_true (wp_forecast_run (mixed, G_N_ELEMENTS (mixed), 200, first, 14, 7, 500, &again));
  g_assert_cmpmem (&forecast, sizeof forecast, &again, sizeof again);

  /* Nothing done yet: no forecast. */
  g_assert_false (wp_forecast_run (nothing, G_N_ELEMENTS (nothing), 20, first, 14, 1, 100,
                                   &forecast));
  g_assert_false (wp_forecast_run (NULL, 0, 20, first, 14, 1, 100, &forecast));
}

static WpEntity *
item_at (WpDocument *document,
         guint       position)
{
  g_autoptr(WpEntity)
    item = g_list_model_get_item (wp_document_get_list (document, WP_KIND_ITEM), position);

  return item;
}

static void
test_close_sprint (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *sprint = add_sprint (document, "s1", "active", "2026-09-01", "2026-09-14");
  WpEntity *next = add_sprint (document, "s2", "planned", "2026-09-15", "2026-09-28");
  WpEntity *backlog_top, *finished, *first_left, *second_left;

  backlog_top = add_item (document, NULL, 1, NULL);
  finished = add_item (document, "s1", 3, "2026-09-10");
  first_left = add_item (document, "s1", 5, NULL);
  add_item (document, NULL, 2, NULL);
  second_left = add_item (document, "s1", 8, NULL);

  /* To the top of the backlog, in their order, out of any sprint: one step. */
  g_assert_cmpuint (wp_sprint_close (document, sprint, NULL), ==, 2);
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_STATE), ==, "closed");
  g_assert_true (item_at (document, 0) == first_left);
  g_assert_true (item_at (document, 1) == second_left);
  g_assert_true (item_at (document, 2) == backlog_top);
  g_assert_null (wp_entity_get_string (first_left, WP_ITEM_SPRINT));
  g_assert_cmpstr (wp_entity_get_string (finished, WP_ITEM_SPRINT), ==, "s1");
  g_assert_cmpfloat (wp_sprint_completed_points (document, sprint), ==, 3);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Close “s1”");
  /* The sprint keeps what it committed to and what it did not finish. */
  g_assert_cmpfloat (wp_sprint_committed_points (document, sprint), ==, 16);
  g_assert_cmpstr (wp_entity_get_strv (sprint, WP_SPRINT_UNFINISHED_ITEMS)[0], ==,
                   wp_entity_get_id (first_left));
  g_assert_cmpstr (wp_entity_get_strv (sprint, WP_SPRINT_UNFINISHED_ITEMS)[1], ==,
                   wp_entity_get_id (second_left));
  {
    g_autoptr(GArray) burndown = wp_sprint_burndown (document, sprint);
    g_autoptr(GHashTable) table = wp_sprint_points_table (document);

    g_assert_cmpfloat (g_array_index (burndown, double, burndown->len - 1), ==, 13);
    g_assert_cmpfloat (((WpSprintPoints *) g_hash_table_lookup (table, "s1"))->committed, ==, 16);
  }

  /* Undone at once; then into the next sprint, where they stay in place. */
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_STATE), ==, "active");
  g_assert_cmpfloat (wp_entity_get_number (sprint, WP_SPRINT_COMMITTED_POINTS), <, 0);
  g_assert_true (item_at (document, 0) == backlog_top);
  g_assert_cmpstr (wp_entity_get_string (second_left, WP_ITEM_SPRINT), ==, "s1");
  g_assert_cmpuint (wp_sprint_close (document, sprint, next), ==, 2);
  g_assert_cmpstr (wp_entity_get_string (first_left, WP_ITEM_SPRINT), ==, "s2");
  g_assert_cmpstr (wp_entity_get_string (second_left, WP_ITEM_SPRINT), ==, "s2");
  g_assert_true (item_at (document, 0) == backlog_top);
  g_assert_cmpfloat (wp_sprint_committed_points (document, next), ==, 13);
}

static void
test_next_dates (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  guint32 today, start, end, expected;

  g_assert_true (wp_date_parse ("2026-11-28", &today));
  g_assert_false (wp_sprint_next_dates (document, today, &start, &end));
  g_assert_cmpuint (start, ==, today);
  g_assert_cmpuint (end, ==, today + 13);

  /* After the latest one, as long as it was (three weeks here). */
  add_sprint (document, "s1", "closed", "2026-09-01", "2026-09-21");
  add_sprint (document, "s2", "planned", NULL, NULL);
  add_sprint (document, "s0", "closed", "2026-08-01", "2026-08-14");
  g_assert_true (wp_sprint_next_dates (document, today, &start, &end));
  g_assert_true (wp_date_parse ("2026-09-22", &expected));
  g_assert_cmpuint (start, ==, expected);
  g_assert_cmpuint (end, ==, expected + 20);
}

static void
test_states (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *closed = add_sprint (document, "s1", "closed", "2026-01-05", "2026-01-18");
  WpEntity *active = add_sprint (document, "s2", "active", "2026-01-19", "2026-02-01");
  WpEntity *later = add_sprint (document, "s4", "planned", "2026-02-16", "2026-03-01");
  WpEntity *sooner = add_sprint (document, "s3", "planned", "2026-02-02", "2026-02-15");
  WpEntity *undated = add_sprint (document, "s5", NULL, NULL, NULL);

  g_assert_cmpstr (wp_sprint_get_state (closed), ==, "closed");
  g_assert_cmpstr (wp_sprint_get_state (undated), ==, "planned");
  g_assert_true (wp_sprint_in_state (document, "active") == active);
  g_assert_true (wp_sprint_in_state (document, "closed") == closed);
  /* Unfinished work goes to the planned sprint that starts first. */
  g_assert_true (wp_sprint_next_planned (document) == sooner);
  g_assert_true (later != sooner);

  wp_document_set_string (document, active, WP_SPRINT_STATE, "closed");
  g_assert_null (wp_sprint_in_state (document, "active"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/velocity/points-and-history", test_points_and_velocity);
  g_test_add_func ("/velocity/burndown", test_burndown);
  g_test_add_func ("/velocity/forecast", test_forecast);
  g_test_add_func ("/sprint-plan/close", test_close_sprint);
  g_test_add_func ("/sprint-plan/next-dates", test_next_dates);
  g_test_add_func ("/sprint-plan/states", test_states);

  return g_test_run ();
}
