/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline's arithmetic: dates, date to pixel and back at each zoom, snapping, axis ticks. */
#include "config.h"

#include "test-days.h"
#include "wp-time-scale.h"

static void
assert_day (guint32     day,
            const char *expected)
{
  g_autofree char *text = wp_date_format (day);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_dates (void)
{
  guint32 day;

  assert_day (test_day ("2026-09-14"), "2026-09-14");
  g_assert_cmpuint (test_day ("2027-01-01") - test_day ("2026-12-31"), ==, 1);
  g_assert_cmpuint (test_day ("2028-03-01") - test_day ("2028-02-28"), ==, 2);

  g_assert_false (wp_date_parse (NULL, &day));
  g_assert_false (wp_date_parse ("", &day));
  g_assert_false (wp_date_parse ("2026-02-30", &day));
  g_assert_false (wp_date_parse ("2026-13-01", &day));
  g_assert_false (wp_date_parse ("2026-09-14T10:00", &day));
  g_assert_false (wp_date_parse ("14.09.2026", &day));
}

static void
test_mapping_at_each_zoom (void)
{
  const double widths[] = { 40, 8, 2, 0.5 };
  const WpTimeUnit units[] = { WP_TIME_UNIT_DAY, WP_TIME_UNIT_WEEK, WP_TIME_UNIT_MONTH,
                               WP_TIME_UNIT_QUARTER };
  guint32 start = test_day ("2026-09-14");

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      WpTimeScale scale = { start - 10.5, widths[i] };

      g_assert_cmpint (wp_time_scale_get_unit (&scale), ==, units[i]);
      g_assert_cmpfloat_with_epsilon (wp_time_scale_to_x (&scale, start), 10.5 * widths[i], 1e-9);
      g_assert_cmpfloat_with_epsilon (wp_time_scale_to_day (&scale,
                                                            wp_time_scale_to_x (&scale, start + 3)),
                                      start + 3, 1e-9);
      /* A day is as wide as the zoom says. */
      g_assert_cmpfloat_with_epsilon (wp_time_scale_to_x (&scale, start + 1) -
                                        wp_time_scale_to_x (&scale, start),
                                      widths[i], 1e-9);
    }
}

static void
test_snapping (void)
{
  WpTimeScale days = { 0, 40 }, weeks = { 0, 8 };
  guint32 monday = test_day ("2026-09-14"), thursday = test_day ("2026-09-17"),
          friday = test_day ("2026-09-18");

  g_assert_cmpuint (wp_time_scale_snap_days (&days), ==, 1);
  g_assert_cmpuint (wp_time_scale_snap_days (&weeks), ==, 7);

  g_assert_cmpuint (wp_time_scale_snap (&days, thursday + 0.4), ==, thursday);
  g_assert_cmpuint (wp_time_scale_snap (&days, thursday + 0.6), ==, friday);

  /* Weeks snap to the nearest Monday. */
  g_assert_cmpuint (wp_time_scale_snap (&weeks, thursday - 0.1), ==, monday);
  g_assert_cmpuint (wp_time_scale_snap (&weeks, friday), ==, monday + 7);
  g_assert_cmpuint (wp_time_scale_snap (&weeks, monday), ==, monday);
  assert_day (wp_time_scale_snap (&weeks, test_day ("2026-12-31")), "2026-12-28");
}

static void
test_ticks (void)
{
  WpTimeScale days = { 0, 40 }, weeks = { 0, 8 }, months = { 0, 2 }, quarters = { 0, 0.5 };
  guint32 day = test_day ("2026-09-16");

  assert_day (wp_time_scale_next_tick (&days, day), "2026-09-17");
  assert_day (wp_time_scale_next_tick (&weeks, day), "2026-09-21");
  assert_day (wp_time_scale_next_tick (&weeks, test_day ("2026-09-21")), "2026-09-28");
  assert_day (wp_time_scale_next_tick (&months, day), "2026-10-01");
  assert_day (wp_time_scale_next_tick (&months, test_day ("2026-12-01")), "2027-01-01");
  assert_day (wp_time_scale_next_tick (&quarters, day), "2026-10-01");
  assert_day (wp_time_scale_next_tick (&quarters, test_day ("2026-10-01")), "2027-01-01");
}

static void
test_zoom_keeps_anchor_and_limits (void)
{
  WpTimeScale scale = { 1000, 8 };
  double anchor = wp_time_scale_to_day (&scale, 300);

  wp_time_scale_zoom (&scale, 2, 300);
  g_assert_cmpfloat_with_epsilon (scale.day_width, 16, 1e-9);
  g_assert_cmpfloat_with_epsilon (wp_time_scale_to_day (&scale, 300), anchor, 1e-9);

  wp_time_scale_zoom (&scale, 1000, 0);
  g_assert_cmpfloat (scale.day_width, ==, WP_TIME_SCALE_MAX_DAY_WIDTH);
  wp_time_scale_zoom (&scale, 1e-6, 0);
  g_assert_cmpfloat (scale.day_width, ==, WP_TIME_SCALE_MIN_DAY_WIDTH);
}

static void
test_fit (void)
{
  WpTimeScale scale = { 0, 1 };
  guint32 first = test_day ("2026-09-14"), last = test_day ("2027-06-30");

  wp_time_scale_fit (&scale, first, last, 1000);
  g_assert_cmpfloat (wp_time_scale_to_x (&scale, first), >, 0);
  g_assert_cmpfloat (wp_time_scale_to_x (&scale, last + 1), <, 1000);
  g_assert_cmpfloat (wp_time_scale_to_x (&scale, first), >, 1000 / 30.0);

  /* One day cannot be wider than the limit; it sits in the middle. */
  wp_time_scale_fit (&scale, first, first, 1000);
  g_assert_cmpfloat (scale.day_width, ==, WP_TIME_SCALE_MAX_DAY_WIDTH);
  g_assert_cmpfloat_with_epsilon (wp_time_scale_to_x (&scale, first + 0.5), 500, 1e-6);
}

static void
test_labels (void)
{
  WpTimeScale days = { 0, 40 }, weeks = { 0, 8 }, months = { 0, 2 }, quarters = { 0, 0.5 };
  guint32 day = test_day ("2026-09-14");
  g_autofree char *day_label = wp_time_scale_tick_label (&days, day);
  g_autofree char *week_label = wp_time_scale_tick_label (&weeks, day);
  g_autofree char *month_label = wp_time_scale_tick_label (&months, test_day ("2026-09-01"));
  g_autofree char *quarter_label = wp_time_scale_tick_label (&quarters, test_day ("2026-07-01"));
  g_autofree char *span = wp_date_describe_span (day, test_day ("2026-11-27"));

  g_assert_cmpstr (day_label, ==, "14");
  {
    g_autofree char *first_of_month = wp_time_scale_tick_label (&days, test_day ("2026-12-01"));

    g_assert_cmpstr (first_of_month, ==, "1 Dec");
  }
  g_assert_cmpstr (week_label, ==, "14 Sep");
  g_assert_cmpstr (month_label, ==, "Sep 2026");
  g_assert_cmpstr (quarter_label, ==, "Q3 2026");
  g_assert_cmpstr (span, ==, "14 Sep 2026 – 27 Nov 2026");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-scale/dates", test_dates);
  g_test_add_func ("/time-scale/mapping-at-each-zoom", test_mapping_at_each_zoom);
  g_test_add_func ("/time-scale/snapping", test_snapping);
  g_test_add_func ("/time-scale/ticks", test_ticks);
  g_test_add_func ("/time-scale/zoom-keeps-anchor-and-limits", test_zoom_keeps_anchor_and_limits);
  g_test_add_func ("/time-scale/fit", test_fit);
  g_test_add_func ("/time-scale/labels", test_labels);

  return g_test_run ();
}
