/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What every Monte Carlo forecast shares: a small, fast, seeded random
 * source (splitmix64; the simulations draw millions of samples, where
 * GRand's Mersenne Twister and range reduction were most of the time), and
 * reading percentiles off the sorted outcomes of the runs in the direction
 * a forecast means them: "85%: done within N days" is what 85 of 100 runs
 * needed at most; "85%: N items or more" is what 85 of 100 runs reached at
 * least, the 15th percentile of the counts.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <stdlib.h>

#include "wp-monte-carlo.h"

const guint wp_percentiles[WP_N_PERCENTILES] = { 50, 70, 85, 95 };

static guint64
next_random (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);

  return z ^ (z >> 31);
}

/**
 * wp_monte_carlo_draw:
 * @state: the random source's state, the seed at first
 * @n: how many there are to choose from, at least 1
 *
 * Returns: one of 0 to @n - 1, each as likely (the top 32 bits scaled to @n)
 */
guint
wp_monte_carlo_draw (guint64 *state,
                     guint    n)
{
  return (guint) (((next_random (state) >> 32) * n) >> 32);
}

static int
compare_values (const void *a,
                const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

void
wp_monte_carlo_sort (guint *values,
                     guint  runs)
{
  /* An empty GArray's data is NULL, which qsort() must not be given. */
  if (runs > 1)
    qsort (values, runs, sizeof (guint), compare_values);
}

/**
 * wp_monte_carlo_at_most:
 * @sorted: (array length=runs): the outcomes of the runs, smallest first
 * @runs: how many
 * @percent: 1 to 100
 *
 * Returns: the least outcome that @percent of 100 runs did not exceed
 */
guint
wp_monte_carlo_at_most (const guint *sorted,
                        guint        runs,
                        guint        percent)
{
  g_return_val_if_fail (runs > 0 && percent >= 1 && percent <= 100, 0);

  return sorted[((guint64) runs * percent + 99) / 100 - 1];
}

/**
 * wp_monte_carlo_at_least:
 * @sorted: (array length=runs): the outcomes of the runs, smallest first
 * @runs: how many
 * @percent: 1 to 100
 *
 * Returns: the greatest outcome that @percent of 100 runs reached or passed
 */
guint
wp_monte_carlo_at_least (const guint *sorted,
                         guint        runs,
                         guint        percent)
{
  g_return_val_if_fail (runs > 0 && percent >= 1 && percent <= 100, 0);

  return sorted[(guint64) runs * (100 - percent) / 100];
}
