/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Throughput forecasts against histories whose answers are known exactly:
 * the days of "when", the counts of "how many" read in the direction a
 * forecast means them, every day of the history drawn (the first and the
 * last too), the split rate, the default period, and the counts and items
 * left that a document gives.
 */
#include "config.h"

#include "test-days.h"
#include "test-documents.h"
#include "wp-date.h"
#include "wp-throughput.h"

#define RUNS 10000

static void
test_when_known_answers (void)
{
  const guint steady[] = { 2, 2, 2 }, coin[] = { 0, 2 }, nothing[] = { 0, 0, 0 };
  guint32 start = test_day ("2026-12-07"), days[WP_N_PERCENTILES];

  /* Two a day: ten items take five days, whatever the draws; the first day counts. */
  g_assert_true (wp_throughput_when (steady, G_N_ELEMENTS (steady), 10, 1, start, 1, RUNS, days));
  for (guint p = 0; p < WP_N_PERCENTILES; p++)
    g_assert_cmpuint (days[p], ==, start + 4);

  /*
   * Two items, a day doing 0 or 2: done on day k with probability 2^-k. Done within 1 day in
   * 50% of runs, 2 in 75%, 3 in 87.5%, 4 in 93.75%, 5 in 96.9%.
   */
  g_assert_true (wp_throughput_when (coin, G_N_ELEMENTS (coin), 2, 1, start, 42, RUNS, days));
  g_assert_cmpuint (days[WP_P50], ==, start);
  g_assert_cmpuint (days[WP_P70], ==, start + 1);
  g_assert_cmpuint (days[WP_P85], ==, start + 2);
  g_assert_cmpuint (days[WP_P95], ==, start + 4);

  /* Nothing left is done on the first day; a history of nothing done forecasts nothing. */
  g_assert_true (wp_throughput_when (coin, G_N_ELEMENTS (coin), 0, 1, start, 42, RUNS, days));
  g_assert_cmpuint (days[WP_P95], ==, start);
  g_assert_false (wp_throughput_when (nothing, G_N_ELEMENTS (nothing), 3, 1, start, 1, RUNS,
                                      days));
  g_assert_false (wp_throughput_when (NULL, 0, 3, 1, start, 1, RUNS, days));
}

/* A history where only its first or its last day did anything: both must be drawn. */
static void
test_every_day_drawn (void)
{
  const guint last[] = { 0, 0, 0, 0, 1 }, first[] = { 1, 0, 0, 0, 0 };
  guint32 start = test_day ("2026-12-07");
  guint32 days_last[WP_N_PERCENTILES], days_first[WP_N_PERCENTILES];
  guint items[WP_N_PERCENTILES];

  /* One item, done on a day with probability 1/5: within k days in 1 - 0.8^k of runs, so in
     half of them by day 4 (59%), 85 of 100 by day 9 (86.6%), 95 by day 14 (95.6%). */
  g_assert_true (wp_throughput_when (last, 5, 1, 1, start, 3, RUNS, days_last));
  g_assert_true (wp_throughput_when (first, 5, 1, 1, start, 3, RUNS, days_first));
  g_assert_cmpuint (days_last[WP_P50], ==, start + 3);
  g_assert_cmpuint (days_last[WP_P85], ==, start + 8);
  g_assert_cmpuint (days_last[WP_P95], ==, start + 13);
  g_assert_cmpmem (days_last, sizeof days_last, days_first, sizeof days_first);

  /* 20 days of the last history: 4 on average; at least 1 in 98.8% of runs. */
  g_assert_true (wp_throughput_how_many (last, 5, 20, 3, RUNS, items));
  g_assert_cmpuint (items[WP_P95], >=, 1);
}

static void
test_how_many_reads_at_least (void)
{
  const guint coin[] = { 0, 2 }, steady[] = { 3 };
  guint items[WP_N_PERCENTILES];

  /* Two days of 0 or 2: 0 in 25% of runs, 2 in 50%, 4 in 25%. "N or more" in 50 and 70 of 100
     runs is 2 (75% reach it), in 85 and 95 of 100 it is 0; never the 85th percentile, 4. */
  g_assert_true (wp_throughput_how_many (coin, G_N_ELEMENTS (coin), 2, 9, RUNS, items));
  g_assert_cmpuint (items[WP_P50], ==, 2);
  g_assert_cmpuint (items[WP_P70], ==, 2);
  g_assert_cmpuint (items[WP_P85], ==, 0);
  g_assert_cmpuint (items[WP_P95], ==, 0);

  g_assert_true (wp_throughput_how_many (steady, 1, 10, 9, RUNS, items));
  for (guint p = 0; p < WP_N_PERCENTILES; p++)
    g_assert_cmpuint (items[p], ==, 30);
  g_assert_false (wp_throughput_how_many (NULL, 0, 10, 9, RUNS, items));
}

static void
test_split_rate_and_seed (void)
{
  const guint steady[] = { 2 }, mixed[] = { 0, 1, 3, 5 };
  guint32 start = test_day ("2026-12-07"), days[WP_N_PERCENTILES], again[WP_N_PERCENTILES];

  /* Ten items that each become 1.5: fifteen, eight days at two a day; below 1 counts as 1. */
  g_assert_true (wp_throughput_when (steady, 1, 10, 1.5, start, 1, 100, days));
  g_assert_cmpuint (days[WP_P50], ==, start + 7);
  g_assert_true (wp_throughput_when (steady, 1, 10, 0.5, start, 1, 100, days));
  g_assert_cmpuint (days[WP_P50], ==, start + 4);

  g_assert_true (wp_throughput_when (mixed, 4, 60, 1, start, 77, 2000, days));
  g_assert_true (wp_throughput_when (mixed, 4, 60, 1, start, 77, 2000, again));
  g_assert_cmpmem (days, sizeof days, again, sizeof again);
  for (guint p = 1; p < WP_N_PERCENTILES; p++)
    g_assert_cmpuint (days[p - 1], <=, days[p]);
}

static void
test_counts_from_a_document (void)
{
  g_autoptr(WpDocument) document = read_json (
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"items\": [{\"id\": \"a\", \"rank\": \"a\", \"done\": \"2026-12-01\"},"
    "             {\"id\": \"b\", \"rank\": \"b\", \"done\": \"2026-12-01\"},"
    "             {\"id\": \"e\", \"rank\": \"c\", \"kind\": \"epic\", \"done\": \"2026-12-02\"},"
    "             {\"id\": \"c\", \"rank\": \"d\", \"done\": \"2026-12-03\"},"
    "             {\"id\": \"d\", \"rank\": \"e\", \"done\": \"2026-08-01\"},"
    "             {\"id\": \"f\", \"rank\": \"f\"},"
    "             {\"id\": \"g\", \"rank\": \"h\", \"kind\": \"epic\"},"
    "             {\"id\": \"h\", \"rank\": \"j\"},"
    "             {\"id\": \"i\", \"rank\": \"x\"}],"
    " \"releases\": [{\"id\": \"r\", \"name\": \"MVP\", \"rank\": \"k\"}]}");
  WpThroughputPeriod period = { test_day ("2026-12-01"), test_day ("2026-12-04") };
  g_autoptr(GArray) counts = wp_throughput_counts (document, &period);
  const guint expected[] = { 2, 0, 1, 0 };

  /* The epic done on the 2nd is no work done; the item done in August is before the period. */
  g_assert_cmpmem (counts->data, counts->len * sizeof (guint), expected, sizeof expected);
  /* Above the line: f and h are left; the epic g is not work, i is below the line. */
  g_assert_cmpuint (wp_release_remaining_items (document, wp_document_lookup (document,
                                                                              WP_KIND_RELEASE,
                                                                              "r")), ==, 2);

  wp_throughput_period (test_day ("2026-12-07"), WP_THROUGHPUT_DAYS, &period);
  g_assert_cmpuint (period.first_day, ==, test_day ("2026-09-08"));
  g_assert_cmpuint (period.last_day, ==, test_day ("2026-12-06"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/throughput/when-known-answers", test_when_known_answers);
  g_test_add_func ("/throughput/every-day-drawn", test_every_day_drawn);
  g_test_add_func ("/throughput/how-many-reads-at-least", test_how_many_reads_at_least);
  g_test_add_func ("/throughput/split-rate-and-seed", test_split_rate_and_seed);
  g_test_add_func ("/throughput/counts-from-a-document", test_counts_from_a_document);

  return g_test_run ();
}
