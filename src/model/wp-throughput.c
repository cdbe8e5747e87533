/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Throughput forecasts: from the number of items done on each day of a
 * past period (days with none included, so that weekends and holidays weigh
 * as they did), a Monte Carlo simulation draws a past day for every future
 * day. "When will these N items be done" runs until N are done; "how many by
 * this day" adds the draws of its days. Items that grow (split into more
 * items) are met with a split rate: N becomes N times the rate. Epics are
 * containers, not work: they count neither as done nor as left.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <math.h>

#include "wp-date.h"
#include "wp-throughput.h"

/* A run that has not finished after ten years tells nothing more: it is "later". */
#define MAX_DAYS 3650


static gboolean
is_work (WpEntity *item)
{
  return g_strcmp0 (wp_entity_get_string (item, WP_ITEM_KIND), "epic") != 0;
}

/**
 * wp_throughput_period:
 * @today: today, as a Julian day
 * @days: how many days, %WP_THROUGHPUT_DAYS unless the user chose
 * @period: (out): the @days before @today (today is not over yet)
 */
void
wp_throughput_period (guint32             today,
                      guint               days,
                      WpThroughputPeriod *period)
{
  period->first_day = today - days;
  period->last_day = today - 1;
}

/**
 * wp_throughput_counts:
 * @document: a document
 * @period: the days
 *
 * Returns: (transfer full) (element-type guint): for each day of @period, how many items
 *   (not epics) were done on it
 */
GArray *
wp_throughput_counts (WpDocument               *document,
                      const WpThroughputPeriod *period)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint n_days = period->last_day >= period->first_day
                 ? period->last_day - period->first_day + 1 : 0;
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (guint));

  g_array_set_size (counts, n_days);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *done = wp_entity_get_string (item, WP_ITEM_DONE);
      guint32 day = 0;

      if (done != NULL && wp_date_parse (done, &day) && day >= period->first_day &&
          day <= period->last_day && is_work (item))
        g_array_index (counts, guint, day - period->first_day)++;
    }

  return counts;
}

static gboolean
any_done (const guint *counts,
          guint        n_counts)
{
  for (guint i = 0; i < n_counts; i++)
    if (counts[i] > 0)
      return TRUE;

  return FALSE;
}

/* Days until @items are done, drawing a past day for each; MAX_DAYS + 1 for "later". */
static guint
days_needed (const guint *counts,
             guint        n_counts,
             guint        items,
             guint64     *state)
{
  guint done = 0, days = 0;

  while (done < items && days <= MAX_DAYS)
    {
      done += counts[wp_monte_carlo_draw (state, n_counts)];
      days++;
    }

  return days;
}

/**
 * wp_throughput_when:
 * @counts: (array length=n_counts): items done on each day of the history
 * @n_counts: how many days the history has
 * @items: how many items are left
 * @split_rate: how many items each one left becomes, 1 when none grows
 * @start_day: the first day of the work, as a Julian day
 * @seed: the seed of the random draws: the same history gives the same forecast
 * @runs: how many times to simulate, 10,000 for a stable answer
 * @days: (out): the day by which 50, 70, 85 and 95 of 100 runs were done (0 for more than ten
 *   years)
 *
 * Returns: whether there is a forecast: %FALSE when nothing was done in the history
 */
gboolean
wp_throughput_when (const guint *counts,
                    guint        n_counts,
                    guint        items,
                    double       split_rate,
                    guint32      start_day,
                    guint32      seed,
                    guint        runs,
                    guint32      days[WP_N_PERCENTILES])
{
  g_autofree guint *needed = NULL;
  guint64 state = seed;
  guint total = (guint) MIN (ceil (items * MAX (split_rate, 1.0)), G_MAXUINT);

  g_return_val_if_fail (runs > 0, FALSE);

  if (!any_done (counts, n_counts))
    return FALSE;

  needed = g_new (guint, runs);
  for (guint run = 0; run < runs; run++)
    needed[run] = days_needed (counts, n_counts, total, &state);
  wp_monte_carlo_sort (needed, runs);
  for (guint p = 0; p < WP_N_PERCENTILES; p++)
    {
      guint n_days = wp_monte_carlo_at_most (needed, runs, wp_percentiles[p]);

      /* Nothing left is done the day before the work starts: the first day is spent on it. */
      days[p] = n_days > MAX_DAYS ? 0 : start_day + MAX (n_days, 1) - 1;
    }

  return TRUE;
}

/**
 * wp_throughput_how_many:
 * @counts: (array length=n_counts): items done on each day of the history
 * @n_counts: how many days the history has
 * @n_days: how many days ahead
 * @seed: the seed of the random draws
 * @runs: how many times to simulate, 10,000 for a stable answer
 * @items: (out): how many items 50, 70, 85 and 95 of 100 runs did at least
 *
 * Returns: whether there is a forecast: %FALSE for an empty history
 */
gboolean
wp_throughput_how_many (const guint *counts,
                        guint        n_counts,
                        guint        n_days,
                        guint32      seed,
                        guint        runs,
                        guint        items[WP_N_PERCENTILES])
{
  g_autofree guint *done = NULL;
  guint64 state = seed;

  g_return_val_if_fail (runs > 0, FALSE);

  if (n_counts == 0)
    return FALSE;

  done = g_new0 (guint, runs);
  for (guint run = 0; run < runs; run++)
    for (guint day = 0; day < n_days; day++)
      done[run] += counts[wp_monte_carlo_draw (&state, n_counts)];
  wp_monte_carlo_sort (done, runs);
  for (guint p = 0; p < WP_N_PERCENTILES; p++)
    items[p] = wp_monte_carlo_at_least (done, runs, wp_percentiles[p]);

  return TRUE;
}

/**
 * wp_release_remaining_items:
 * @document: a document
 * @release: one of its releases
 *
 * Returns: how many items above @release's line are not done (epics not counted)
 */
guint
wp_release_remaining_items (WpDocument *document,
                            WpEntity   *release)
{
  const char *line = wp_entity_get_string (release, WP_RELEASE_RANK);
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint left = 0;

  if (line == NULL)
    return 0;
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      left += g_strcmp0 (wp_entity_get_string (item, WP_ITEM_RANK), line) < 0 &&
              wp_entity_get_string (item, WP_ITEM_DONE) == NULL && is_work (item);
    }

  return left;
}
